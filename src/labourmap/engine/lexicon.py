"""The words the engine reads, by category and code (Simplified Chinese and lower-case English).

Written from how Chinese and English reports of labour conflict are phrased, never from a
labelled file. English terms match on word boundaries; a trailing ``*`` lets a word run on
(``strik*`` matches strikes, striking). A term listed under ``BLOCK`` suppresses every other
hit that lies inside it (停工 inside 责令停工 is an order, not a strike); one listed under
``BLOCK_FORMS`` suppresses only the forms of action inside it.
"""
from __future__ import annotations

# code -> terms, separated by | (kept as strings so that formatters leave them compact)
Table = dict[str, str]


def terms(table: Table) -> dict[str, tuple[str, ...]]:
    """The table with each code's terms split."""
    return {code: tuple(t for t in joined.split("|") if t) for code, joined in table.items()}


FORMS: Table = {
    "strike": (
        "全部停机|集体停机|全厂停机|都停机了|没人开机|谁都没开机|没有人开机|都没开机|未进车间|没有进车间|refusing to run the lines|refused to run the lines|refusing to run the line|refused to run the line|撂挑子|撂了挑子|都不开了|集体不开了|没上工|没有上工|一件没派|一件都没派|一件也没派|stopped sorting|stayed off work|refusing to work|nobody is logging in|not logging in|而请假|而集体请假|集体请了假|一起请了假|都请了假|不跑单|停止跑单|拒绝加班|一分钟都不加|未上岗|没上岗|没有上岗|不上岗|stopped seeing patients|stopped treating patients|不载客|放下扫帚|把扫帚放下|罢派|不送件|不派件|一单都不送|一单也不送|一单不送|不进车间|不肯进车间|不回车间|车间外面不进|停了线|一个都没下井|一个也没下井|没来接班|没来接夜班|都没来接|未出车|未按时出车|没按时出车|停了工|一起停的|集体停的|全趴窝|都趴窝|集体趴窝|不拉客|不拉活|不拉了|kept their cabs off|kept their taxis off|kept their trucks off|kept their vehicles off|约好一起停|约好了一起停|一起停了|彻底停了|罢工|停工|仍未复工|停了一天工|停了两天工|停了三天工|停了半天工|停了几天工|停了一天的工|不扫了|不扫地了|都停了|downed brooms|put down their brooms|boycotting classes|boycotted classes|left their classrooms|stayed out of their classrooms|stayed out of the classrooms|stayed out of class|stayed out of classes|collective leave|mass leave|罢驾|停运|罢课|罢教|停课|停跑|不跑了|不出车|没出车|拒绝出车|一辆都没出|一辆也没出|一辆没开出|一辆也没开出|一辆都没开出|一辆车也没开出|全部停开|停驶|停止营业|罢市|罢岗|怠工|罢运|停摆|集体停工|不干了|拒绝开工|拒绝上班|不开工|停止接单|拒绝接单|放下工具|罷工|strik*|"
        "全厂停了|全厂都停了|parked up|stayed off the road|stayed off the roads|struck|walked out|walkout|stopped work|stopped taking orders|stopped sweeping|stopped cleaning|"
        "stopped delivering|stopped driving|stopped deliveries|"
        "stayed off the job|halted production|downed tools|downing tools|laid down tools|stoppage|"
        "refused to work|stayed home|idled|went out on strike|walked off|walking off|go-slow|"
        "集体请假|拒绝上岗|停止工作|集体不上班|不接单|集体停|停扫|罢扫|罢送|罢跑|罢单|拒绝下井|不下井|拒绝复工|不上工|拒绝上工|"
        "停下手中的活|放下手中的活|停止送餐|停止派送|停止派件|拒绝派件|stopped working|logged off|"
        "switched off their apps|没进车间|没有进车间|走出车间|停止门诊|refusing orders|refused orders|refusing to take orders|refused to take orders|called in sick|calling in sick|sick-out|sickout|没上班|没去上班|没有上班|没来上班|没进教室|不进教室|没走进课堂|没有走进课堂|拒绝上课|不上课|没出工|不出工|没有出工|罢驶|parked their taxis|parked their cabs|parked their trucks|parked their buses|没开工|没有开工|没上线|没有上线|不上线|集体下线|站着不动|全停了|没一个人进车间|没人进车间|没有人进车间|没去干活|没有去干活|不去干活|没下井|没有下井|都没扫街|都没有扫街|不扫街了|拒绝扫街|拒绝上线|没接单|没有接单|车间是空的|车间空荡荡|refused to go out|refusing to go out"
    ),
    "protest": (
        "围着老板|围住老板|围着hr|围着人事|围着经理|围着厂长|围着领导|围着负责人|stood at the gate|stood at the gates|stood outside the|standing outside the|still at the gate|blocked its gate|blocked its gates|massed at|堵住厂门|堵住了厂门|堵着厂门|堵厂门|confronted the boss|confronted their boss|confronted the manager|confronted management|聚起来|聚了起来|围到|围过来|围了过来|拿喇叭|用喇叭|拿着喇叭|门口围了|门前围了|门外围了|找上门|上门讨要|上门讨薪|crowds of workers|crowd of workers|讨工资|demanding unpaid wages|demanding their unpaid wages|demanding their wages|demanding back pay|demanding their back pay|冲破围栏|冲破了围栏|冲破护栏|冲破隔离|推倒铁门|推倒大门|pushed through barrier*|broke through barrier*|抗议|聚集|冲破厂|冲破了厂|冲破大门|冲破了大门|冲破保安|冲破防线|集会|讨公道|门口聚了|门前聚了|聚了几十|聚了上百|聚了一大|赶去声援|赶来声援|前往声援|到场声援|冲破封锁|冲破了封锁|冲破警戒|大规模冲突|群体冲突|群体性冲突|拉横幅|拉起横幅|举着横幅|打横幅|挂横幅|贴着|横幅|围堵|讨说法|讨薪|要说法|堵在|堵着|围在|集体维权|上街|示威|"
        "包围|砸毁|砸烂|砸坏|孝服|披麻戴孝|picket*|横额|蹲着不走|站着不走|门口蹲着|举牌|举着牌|举牌子|举着牌子|聚在|维权|打起来|群殴|群毆|打群架|斗殴|冲出来|冲出厂|冲出了|推倒围栏|推倒栏杆|翻栏杆|打砸|被砸|骚乱|暴动|暴乱|围攻|对峙|"
        "堵门|堵住大门|喊口号|举着标语|打出标语|拉起标语|举标语|holding signs|held signs|held up signs|"
        "holding placards|held placards|blocked the gate|blocked the gates|blocked the entrance|"
        "blocked the factory gate|chanting slogans|chanted slogans|shouted slogans|门口停满|门口围满|门口挤满|门口站满|围满了人|挤满了人|took to the streets|surrounded|besieged|brawl*|rioted|rioting|riots|a riot|the riot|pushed past|stormed|smashed|scuffle*|fought|"
        "protest*|demonstrat*|rall*|clash*|gathered|banner*"
    ),
    "march": "结队步行|结队走到|列队行进|列队游行|沿街行进|游行|游街|一路走到|march*",
    "road_blockade": (
        "站到马路中间|阻断交通|阻断了交通|中断交通|中断了交通|站到了马路中间|站在马路中间|走到马路中间|站到马路中央|站到了马路中央|站在马路中央|jammed traffic|jamming traffic|blocked national highway|blocked a national highway|blocked the national highway|站到马路上|站到了马路上|全在马路上|都在马路上|路被堵|路口被堵|马路被堵|拦着车|堵塞铁路|堵铁路|上了铁路|卧轨|占据道路|占据主要道路|占据马路|occupying the railway|occupied the railway|blocked the railway|blocked a railway|拦住车辆|不让车走|不让车辆|拦截过往车辆|拦截车辆|拦截过往|堵路|堵住马路|blocked a highway|blocked the highway|blocked a main road|blocked the main road|blocked roads|堵马路|拦车|堵塞交通|堵死|躺在马路|堵公路|占据马路|拦路|封路|blocked the road|"
        "blocked a road|blocking lanes|blocked lanes|blocking the lanes|blocked the lanes|blocking two lanes|blocking all lanes|blockade*|blocked traffic|blocking traffic|拦下一辆|拦住一辆|拦下了一辆|拦住了一辆|拦停|"
        "堵住路口|堵住了路口|堵住道路|堵住了道路|堵国道|堵高速|堵桥|blocked a street|blocked the street|"
        "blocked a bridge|blocked the bridge|blocked an expressway|blocked the expressway"
    ),
    "sit_in": "占厂|占了厂|躺满|或坐或睡|或坐或躺|或躺或坐|sat there for|sitting there for|sleeping on the|sleeping in the|slept on the|slept in the|sitting on the ground|sat on the ground|sitting on the floor|sat on the floor|sitting on stools|sitting on plastic stools|sat on stools|sat on plastic stools|坐满一地|坐满了一地|坐满了大厅|camping in|驻守|轮班守|轮流守|搭帐篷|搭起帐篷|camping outside|camped out|sit-down|坐进了|坐了一天|坐了一整天|坐了一上午|坐了一下午|坐了一夜|整整坐了|sitting outside|sitting in front of|坐着不走|静坐|占据|睡在|打地铺|坐了一排|坐成一排|坐了一地|坐在门口|门口坐|席地而坐|坐在地上|sat outside|sat down|camped|sit-in|sat in|staged a sit*|occupied|occupying",
    "petition": (
        "又去市里|又去省里|又去县里|又去区里|又到市里|又到省里|又到县里|到我局|来我局|上访|请愿|信访|到政府|局门外|局门口|局门前|letters and visits bureau|政府门外|政府大门外|城管委门口|城管局门口|人社局大门|政府门口|政府门前|人社局门口|劳动局门口|petition*|government offices|"
        "city hall|to the city government|to the county government|to the district government|outside the city government|outside the county government|outside the district government"
    ),
    "other": "half-buried themselves|half buried themselves|buried themselves up to|把自己埋|把自己活埋|活埋自己|绝食|hunger strike|hunger strikes|hunger-strike|hunger striking|went on hunger",
    "self_harm_threat": (
        "作势要跳|作势跳楼|扬言要跳|扬言跳楼|威胁要跳|威胁跳楼|坐在窗台上|站在窗台上|窗台上坐|喊着要跳|嚷着要跳|闹着要跳|说要跳下去|up on the tower crane|up on a tower crane|一起跳下去|有人上塔吊|有人上了塔吊|就跳下去|要跳下去|站到楼顶|站到了楼顶|窗台边|跳楼|站上楼顶|楼顶边缘|站在楼顶边|爬上楼顶|爬上屋顶|站上屋顶|爬上吊塔|爬上烟囱|爬上桥|爬塔吊|爬上塔吊|塔吊上|爬上楼顶|站在楼顶|楼顶站|寻短见|轻生|跳河|跳桥|喝农药|爬到塔吊|爬上高压|爬上广告牌|自杀|"
        "以死相逼|crane protest|threatening to jump|threatened to jump|threaten to jump|"
        "climbed a crane|climbed onto|suicide|爬上吊车|爬上龙门吊|爬上高架|站在天台|爬上天台|站上天台|"
        "天台边|rooftop protest|threatened to leap|threatening to leap|登上塔吊|上了塔吊|登上楼顶|爬上吊臂|on top of a tower crane|on top of a crane|"
        "atop a crane|atop a tower crane|up a tower crane|climbed a tower crane"
    ),
}

INDUSTRY: Table = {
    "construction": (
        "施工平台|拆除旧厂房|拆除厂房|拆除老厂房|poured concrete|pouring concrete|浇筑|安置房|resettlement housing|building job|"
        "under construction|being built|expansion project|吊装|盖楼|盖房|盖公寓|盖宿舍|盖厂房|建厂房|盖车间|盖仓库|隧道|tunnel*|construction site*|扩建工程|改扩建|维修工程|加固工程|工棚|板房|中交集团|中交建|中交一|中交二|中交三|中交四|中交路桥|航务工程局|for building|were building|was building|to build|built a|built the|demolition|拆除作业|拆除工程|拆除施工|装饰公司|装饰工程|装修工人|装修工|做装修|装修师傅|tower crane*|housing site|construction worker*|labour subcontractor*|labor subcontractor*|工地|建筑工人|外墙|安置房|开发商|房地产|高速公路|连接线|防水|地下室|浇筑|钢筋|混凝土|project|施工|在建|项目部|包工头|塔吊|脚手架|装修|农民工|建筑公司|"
        "建设集团|建工|中建|中铁|基坑|楼盘|工程款|工程|泥瓦工|钢筋工|油漆工|电焊工|架子工|总包|分包|建设工程|修路|电梯井|升降机|"
        "construction*|building site|site workers|contractor|builder*|木工|竣工|管网|"
        "scaffold*|crane"
    ),
    "manufacturing": (
        "ship repair*|shiprepair*|修船|印染|dyeing|船舶|空调公司|空调厂|空调有限|汽车空调|空调器|厂房|食品生产|总装|作坊|distiller*|brewer*|家居|酒业|酒厂|机械厂|鞋业|汽配|家电|配件厂|工厂|厂|electric|车间|电子厂|鞋厂|服装厂|制衣|服饰|电器|光电|玩具|家具|纺织|生产线|流水线|普工|制造|化工|电池|"
        "轴承|化纤|羊毛衫|锻造|饰品|轮胎|汽车厂|代工|园区|厂区|加工|工业|制药|药业|屠宰|禽业|肉类加工|食品厂|变速箱|零部件|"
        "slaughterhouse*|meatpack*|poultry|pharmaceutical*|maker|makers|manufacturer*|factory|factories|plant|assembly line|"
        "manufactur*|workshop|shoe*|garment*|electronics|footwear|tire*|tyre*|钢铁|钢厂|炼钢|炼铁|"
        "iron and steel|steel|steelworks|auto components|auto parts|car parts|components|造船|船厂|shipyard*|"
        "shipbuild*|textile*|mill|mills|supplier|"
        # trades named in a firm's name: 锦宏印刷, 钞票纸业, 焦化厂, 机床集团, 塑胶制品, 精密电子, "Haoye Chemical"
        "印刷|纸业|造纸|焦化|机床|塑胶|塑料制品|五金|珠宝首饰|精密电子|电子有限|电子科技|照明有限|"
        # goods made, named in a firm's name: 华陶陶瓷有限公司, 海声音响, 鑫泰新材料, 鑫达箱包, 龙钢特钢
        "陶瓷有限|陶瓷厂|陶瓷公司|陶瓷集团|音响|新材料|箱包|有机硅|特钢|针织|皮具|knitting|knitwear|leather goods|ceramics co*|"
        "chemical*|printing|paper products|paper mill|plastic*|machine tool*|hardware|jewel*|laptop*|assembler*"
    ),
    "transport_logistics": (
        "外卖|dock worker*|dockworker*|docker*|container terminal|骑手|快递|司机|出租车|的哥|的士|网约车|滴滴|公交|货车|卡车|物流|配送|快递员|航空|机组|地铁司机|客运|货运|港口|"
        "船员|货船|船务|航运|海运|码头|乘务|驾驶员|运煤车|拉煤|运输车|危险品仓库|仓储|仓库|warehouse*|driver*|courier*|rider*|taxi*|delivery|logistics|bus |"
        "trucker*|truck drivers|货车司机|卡车司机|大货车司机|运煤司机|ride-hailing|cabbies"
    ),
    "services": (
        "月子中心|月嫂|产后护理|postpartum|maternity nurse*|洗碗厂|餐具消毒|洗涤厂|洗衣厂|布草洗涤|教育科技|课时费|street cleaner*|street sweeper*|店员|旗舰店|专卖店|后厨|食府|蜘蛛人|擦玻璃|外墙清洗|酒楼|饭馆|餐馆|酒家|环卫|保洁|清洁工|物业|保安|酒店|餐厅|餐饮|饭店|超市|商场|高尔夫|球童|俱乐部|公寓|门店|服务员|美容|健身房|培训机构|教培|"
        "家政|保姆|银行|客服|零售|cleaning contractor|cleaning company|property services|校外培训|辅导班|培训学校|tutoring|sanitation|cleaner*|street-cleaning|"
        "property management|hotel*|restaurant*|retail|supermarket*|"
        "security guard*|golf|caddies|sweeper*|"
        # a canteen, a guesthouse, a media firm: 大学食堂, 友谊宾馆, 传媒公司, "livestreaming"
        "食堂|宾馆|传媒|canteen*|livestream*"
    ),
    "mining": (
        "井场|修井|油井|采油|oil well*|oilfield*|coal washing|coal-washing|coal preparation|小矿|风钻|升井|采面|工作面|采煤|掘进|煤矿|矿工|矿井|洗煤|选煤|井下|矿山|矿业|煤业|露天矿|采矿|金矿|铁矿|矿区|矿上|coal mine|mine|mines|miners|mining|"
        "colliery|采石场|采石|打眼放炮|quarry|quarries"
    ),
    "education": "公学|教师|老师|教职工|代课|学校|中学|小学|幼儿园|教育局|高校|大学|teacher*|school*|universit*",
    "healthcare": "村医|乡村医生|卫生室|核酸检测点|核酸点|核酸采样|采样员|采样点|医护人员|民营医院|私立医院|卫生院|医护|护士|医生|医院职工|医院员工|卫生院|医务人员|nurse*|doctor*|hospital staff",
    "public_sector": "融媒体中心|广电局|广播电视局|radio & tv bureau|radio and tv bureau|协管员|综合行政执法|林场|事业单位|公务员|水务|粮站|粮库|协警|辅警|城管|村干部|civil servant*|forestry",
    "energy_utilities": (
        "气化厂|gasification|供热|锅炉|热电|电力施工|电力工人|电力职工|线路检修|检修线路|power line*|thermal power|power station|heating company|电厂|供电|电力|煤气|gas plant|coal gas|石油|石化|油田|天然气|燃气|输油|管道|自来水|供暖|发电|power plant|pipeline|oil|electric power|电网|"
        "refiner*|utility|utilities|power company"
    ),
    "agriculture": "采棉|摘棉|拾棉|渔船|远洋渔业|渔业公司|渔港|农业专业合作社|草场|农场|养殖|渔民|牧场|茶园|果园|种植|farm*|plantation",
}

# how strongly a hit counts towards its industry (default 1.0)
INDUSTRY_WEIGHT: dict[str, float] = {
    "食堂": 0.5, "canteen*": 0.5,  # (a plant's canteen, where its workers sit in, is the plant's)
    "truck drivers": 3, "货车司机": 4, "卡车司机": 4, "大货车司机": 4, "运煤司机": 4, "电力施工": 4,
    "线路检修": 2, "检修线路": 2,
    "扩建工程": 3, "改扩建": 3, "维修工程": 2, "加固工程": 2, "工棚": 3, "板房": 2, "中交集团": 3, "中交建": 3,
    "中交一": 3, "中交二": 3, "中交三": 3, "中交四": 3, "中交路桥": 3, "航务工程局": 3, "印染": 2,
    "dyeing": 2, "construction site*": 4, "船舶": 2, "厂房": 2, "食品生产": 2, "总装": 1.5, "升井": 2, "采面": 2, "工作面": 2,
    "采煤": 2, "掘进": 2, "核酸检测点": 3, "核酸点": 3, "核酸采样": 3, "采样员": 3, "采样点": 3, "食府": 2, "酒楼": 2, "饭馆": 2, "餐馆": 2,
    "酒家": 2, "草场": 2, "渔船": 3, "远洋渔业": 4, "渔业公司": 4, "渔港": 2, "采棉": 3, "摘棉": 3,
    "拾棉": 3, "农业专业合作社": 3, "货船": 2, "船务": 2, "协管员": 2, "综合行政执法": 2, "村医": 3,
    "乡村医生": 3, "店员": 2, "旗舰店": 2, "后厨": 2, "轴承": 2, "化纤": 2, "羊毛衫": 2,
 "小矿": 2, "风钻": 2, "吊装": 2, "盖楼": 3, "盖房": 3, "盖公寓": 3, "盖宿舍": 3,
    # (给人家盖厂房: a plant built is the builders' work, not the plant's trade)
    "盖厂房": 3, "建厂房": 3, "盖车间": 3, "盖仓库": 3,
    # (井场修井, 采油厂: oil and gas drawn from the ground are mined, as GB/T 4754 puts them)
    "井场": 2, "修井": 2, "油井": 2, "采油": 2, "oil well*": 2, "oilfield*": 2,
    "demolition": 4, "月子中心": 2, "postpartum": 2, "building job": 2, "拆除作业": 4, "拆除旧厂房": 4, "拆除厂房": 4, "拆除老厂房": 4, "拆除工程": 4, "拆除施工": 4, "power plant": 3, "power station": 3, "distiller*": 2, "工地": 3, "施工": 2, "在建": 3, "包工头": 4, "塔吊": 3, "厂": 1, "建筑工人": 3, "医护": 1, "工程": 0.8,
    "农民工": 1.5, "园区": 0.5, "工业": 0.5, "加工": 0.6, "学校": 0.7, "小学": 0.6, "中学": 0.6, "大学": 0.6,
    "司机": 2, "骑手": 3, "外卖": 3, "煤矿": 3, "教师": 3, "老师": 3, "plant": 1.5, "factory": 2, "mine": 2, "mines": 2,
    "coal mine": 3, "construction*": 2, "building site": 3, "drivers": 2, "riders": 3,
    "delivery": 2, "pipeline": 2, "oil": 1.5, "电厂": 1.5, "装修": 2, "管道": 1, "化工": 2, "升降机": 2, "电焊工": 2,
    "油漆工": 2, "服饰": 2, "电器": 1.5, "光电": 2, "鞋厂": 3, "电子厂": 3, "球童": 3, "高尔夫": 2, "环卫": 3,
    "school*": 0.6, "universit*": 0.5, "公寓": 1.5, "crane": 1, "rider*": 3, "driver*": 2,
    "sanitation": 3, "运煤车": 3, "拉煤": 3, "洗煤": 3, "选煤": 3, "gas plant": 3, "coal gas": 2, "制药": 2,
    "slaughterhouse*": 2, "poultry": 2, "开发商": 2, "安置房": 2, "危险品仓库": 2, "golf": 2, "property management": 2, "shoe*": 2, "footwear": 2,
    # a tutoring firm is a service, however many teachers it has; ride-hailing is transport;
    # renovation workers are builders, whoever's hotel or mall they fit out
    "培训机构": 5, "教培": 5, "校外培训": 5, "辅导班": 5, "培训学校": 5, "tutoring": 5, "网约车": 3,
    "采石场": 3, "装饰公司": 3, "装饰工程": 3, "装修工人": 9, "装修工": 9, "做装修": 9, "装修师傅": 9,
    "tower crane*": 3, "construction worker*": 3, "酒厂": 2, "机械厂": 2, "医生": 0.5, "采石": 2, "cleaning contractor": 3, "cleaning company": 3, "property services": 3, "iron and steel": 3, "steel": 1.5, "钢铁": 2, "钢厂": 3, "auto parts": 2,
    "auto components": 2, "car parts": 2,
    "electric power": 3, "电网": 2,
    # the work of building told (under construction, 施工平台): the builders' trade, whatever is built
    "施工平台": 4, "under construction": 4, "being built": 4, "expansion project": 3,
    "ship repair*": 3, "shiprepair*": 3, "修船": 3, "shipyard*": 3,
    # a plant that washes dishes or linen is a service; street cleaners are sanitation
    "洗碗厂": 3, "餐具消毒": 3, "洗涤厂": 3, "洗衣厂": 3, "布草洗涤": 3, "street cleaner*": 3, "street sweeper*": 3,
    "教育科技": 5, "课时费": 5, "coal washing": 3, "coal-washing": 3, "coal preparation": 3,
    "dock worker*": 3, "dockworker*": 3, "docker*": 3, "container terminal": 3, "蜘蛛人": 3, "擦玻璃": 2,
}

DEMANDS: Table = {
    "wage_arrears": (
        "工资压着|压着不发|没开支|未开支|没有开支|未及时发放|没及时发|没有及时发|发放延迟|延迟发放|工资只发了|wages were outstanding|wages are outstanding|outstanding wages|没发一分钱|没发钱|一分没影|一分钱没影|停发工资|停发了工资|工资停发|工资断了|工资就断了|断了工资|没足额|未足额|没有足额|had not received|have not received|hadn't received|haven't received|has not received|hasn't received|没出粮|未出粮|冇出粮|唔出粮|拖粮|欠粮|工资落空|工钱落空|yuan in wages|yuan in unpaid wages|yuan in back wages|结算工资|被拖了|拖着不发|没拿到一分|没见一分|没领到一分|owing|never paid|讨工资|未发放|没发放|没有发放|钱拿不到|拿不到钱|钱没拿到|至今没有拿到|至今没拿到|至今未拿到|没领到工资|没有领到工资|没领到钱|拖了好久|拖了很久|without pay|without their pay|without full pay|without their full pay|还我奖金|还我绩效|没见着工资|没见到工资|拖到现在|拖到今天|没给他钱|没给我们钱|没给我钱|waiting to be paid|hasn't paid|已经拖了|拖了两个月|拖了三个月|拖了几个月|拖了半年|一分没见|分文未见|分文没见|had not yet been paid|has not yet been paid|have not yet been paid|包工头跑了|钱不到账|不到账|要工资|至今没发|到现在没发|迟迟没发|一直没发|至今未发|without paying|has not paid|haven't paid|have not paid|hadn't paid|只发基本工资|只发了基本工资|没发全|还我工资|工资都没拿到|工资没拿到|工资也没拿到|only basic pay|欠薪|拖欠工资|欠工资|讨薪|血汗钱|没发工资|工资没发|没有工资|未发工资|不发工资|工资都没发|工钱|欠着工人|欠了|被欠|拖欠|"
        "讨要工资|追讨工资|补发|欠缴工资|一分没给|一分钱没给|一分钱也没给|一分钱都没给|分文未付|分文没给|分文不给|分文未给|没领到薪水|没拿到工资|工资还没|没到账|没结|欠款|讨要|要钱|工资一直|欠的|欠着|欠发|"
        "没付|拿不到工资|工资也没发|工资还没发|工资一直没发|工资也没有发|按时发放|足额发放|发放工资|结清|一分没拿到|一分钱没拿到|一分都没拿到|一分钱都没拿到|没拿到钱|老板跑路|拖着不结|不结工资|迟迟不结|一直不结|提现不了|无法提现|不能提现|领不到工资|工资没给|工钱没给|不结账|没结账|不给结|压着工资|扣着工资|back wages|"
        "hadn't been paid|haven't been paid|had not been paid|went unpaid|欠我|欠我们|欠他们|欠他|欠她|还欠|欠下|欠大家|拖着不给|不给钱|不给工资|一拖再拖|没钱发|说没钱|工资没到|没着落|"
        "unpaid wage*|wage arrears|owed wages|owes|withheld wages|withheld|"
        "withholding wages|back pay|without paying their wages|"
        "without being paid their wages|unpaid pay|not been paid|owed|"
        "wages still unpaid|unpaid|unpaid overtime|overtime wages|owe me|owe us|owe him|owe her|owe them"
    ),
    "pay": (
        "同工不同酬|equal pay|had not risen|has not risen|have not risen|hadn't risen|haven't risen|派件费|to base pay|to basic pay|一单最低|每单最低|一单才|一单只|fee per|per delivery|per trip|乱扣工资|承包金|rental fee|扣工资|克扣|wage deduction*|高温费|夜班费|heat allowance*|night-shift pay|night shift pay|poor treatment|到手才|到手只有|take-home pay|工时减少|减少工时|cut their working hours|cut working hours|cut their hours|保底工资|底薪|一次性奖励|奖励工资|年终奖|performance award*|performance pay|low pay|份钱|heat allowance|"
        "high-temperature allowance|maternity pay|maternity leave|产假工资|生育津贴|涨点工资|涨点钱|加点工资|加点钱|涨一点工资|没涨|不涨|没变过|原地不动|收入微薄|工资微薄|薪水微薄|薪资微薄|收入本就微薄|收入本来就微薄|pay frozen|wages frozen|frozen pay|补助|rates down|basic wage of|basic monthly wage of|时薪|调资|hourly rate*|allowance*|cut base pay|津贴|高温补贴|夜班补贴|overtime rate|per-parcel|cut basic pay|降到|降至|降为|下调|抽成|运价|分成|份子钱|per-order|cut monthly pay|cut their pay|cut pay|commission*|lower rates|运费|一降再降|一压再压|压价|收购价|派送费|工资太低|调高|涨了|over pay|"
        "rate cut*|fares|降薪|减薪|工资待遇|涨工资|加薪|绩效|奖金|补贴|单价|工价|计件|提成|最低工资|同工同酬|同城同酬|待遇|费率|每单|"
        "调高至|月薪由|加工资|配送费|送餐费|恢复原价|原单价|a cut of|a cut in|涨薪|调薪|wage increase*|salary increase*|higher pay|pay increase*|"
        "pay cut*|cut their rate|slashed|bonus*|raise*|pay rise|piece rate*|"
        "monthly fees|share money|rising fees|per-kilometre|per kilometre|wage cut*|higher wages|pay level*|better pay|more pay"
    ),
    "social_insurance": (
        "工伤保险|社保|社会保险|公积金|五险一金|养老保险|医保|social insurance|social security|"
        "housing fund|provident fund|pension contribution*"
    ),
    "severance": (
        "解除劳动合同|终止劳动合同|经济补偿|buyout|buy-out|补偿金|遣散费|买断|赔偿|不给赔|不肯赔|不赔|遣散|n+1|赔偿金|不给补偿|没有补偿|补偿|severance|compensation|"
        "redundancy pay"
    ),
    "relocation_closure": (
        "厂子倒了|厂子倒闭|将结业|月底结业|宣布结业|结业了|要结业|通知结业|要关了|要关门了|随厂|pausing operations|suspending operations|announced a move|plant moves to|factory moves to|production moves to|公司倒了|厂倒了|店倒了|机构倒了|全部关门|已关门|shut the factory|shut the plant|closing the plant|closing the factory|停业|关园|设备运走|设备搬走|搬走设备|拉走设备|运走设备|equipment being moved|move part of its production|move its production|factory would move|plant would move|说卖就卖|去产能|capacity cuts|capacity-cut|并入|并进|被兼并|兼并|shut all|shut its|production is moving|production was moving|production would move|production will move|停工待岗|裁员停工|factory shut|plant shut|lines sold off|equipment sold off|machinery sold off|folded into|merged into|taken over by|关掉部分|关掉了部分|关掉车间|关掉工厂|说倒就倒|moving the factory|moving the plant|move the factory|move the plant|agreed to buy|being bought|acquisition|acquired by|bought by|to close|close the plant|close the factory|"
        "move assembly|moving assembly|moved assembly|被卖|厂不办了|搬线|its new site|the new site|will close|would close|being moved to|闭店|关门了|都关门|一起关门|工厂关门|厂子关门|factories closed|factory closed|plant closed|closed without|说关就关|突然关门|shut its doors|closed its doors|搬到|搬走|关店|出售给|卖给|被出售|sold to|sale of|迁到|迁往|搬厂|搬迁|倒闭|关停|关厂|停产|破产|迁厂|被收购|收购|转让|合并|解散|关闭|撤场|外迁|relocat*|shut down|"
        "closure|closing|bankrupt*|closed down|closed suddenly|went bust|sale to|takeover|merger|moved production|"
        "transfer across|搬去|迁去|搬往|will move to|be moved to|move production|moving production"
    ),
    "injury_compensation": (
        "工伤|医药费|医疗费|治疗费|工伤认定|职业病赔偿|work-injury|work injury|medical bill*|"
        "medical costs|hospital bill|treatment"
    ),
    "hours_overtime": (
        "加班费|加班工资|overtime pay|untaken annual leave|unused annual leave|年休假|未休年假|一天都不休|一天也不休|都不休了|周日也要|周末也要|不让休|无法休息|不能休息|没法休息|休息不了|熬到凌晨|熬夜工作|熬夜加班|连日熬夜|连续熬夜|paid leave|带薪休假|带薪年假|take leave|taking leave|change of shifts|shift pattern*|shift system|才休一天|才歇一天|才能休一天|才能歇一天|才休息一天|one day off|days off|干十几个小时|干十多个小时|工作十几个小时|工作十多个小时|hours a day|work weekends|working weekends|worked weekends|work on weekends|加班|每月休|每周休|月休|超时工作|工时|996|双休|单休|hour shift*|-hour day*|休息日|连轴转|不让休息|调休|overtime|working hours|long hours|"
        "rest day*"
    ),
    "working_conditions": (
        "通风|防毒面具|防尘口罩|降温设备|工作条件|劳动条件|吃住条件|生活条件|工作环境|车间环境|living conditions|working conditions|宿舍|食宿|伙食|高温|防护|安全隐患|食堂|住宿|饭菜|环境恶劣|dormitor*|canteen*|meals|"
        "safety conditions|heat"
    ),
    "employment_relationship": (
        "formal employment status|formal employment|permanent status|regular status|不认劳动关系|转不了正|没转正|直接签合同|一年一签|没有劳动关系|不存在劳动关系|无劳动关系|没劳动关系|no employment relationship|没签过合同|没签过劳动合同|没有签合同|没有签劳动合同|没签劳动合同|没合同|没有合同|不续签|不再续签|不予续签|不续约|不续了|won't be renewed|not be renewed|not renewing|without a written contract|without a contract|fresh contracts|转正|转为正式|转成正式|签订新合同|签个正经合同|签正式合同|签订正式合同|a new contract|no employment contract|without an employment contract|without employment contracts|no written contract|never signed a contract|labour-dispatch|都没签过|从没签过|合同没签|合同都没签|合同也没签|labor-dispatch|dispatch agency|重新签合同|工龄清零|劳动法保护|sign new contracts|years of service|劳动合同|没签合同|未签合同|不签合同|劳务派遣|派遣公司|第三方派遣|不算员工|电子合同|纸质合同|确认劳动关系|"
        "improper contracts|labour contract*|labor contract*|no contract*|不是他们的员工|不是我们的员工|"
        "不是公司员工|不承认劳动关系|不承认是员工|not their employee*|not an employee|not employees|"
        "without contracts|dispatch workers|agency workers|misclassif*"
    ),
    "pension": "内退|内部退养|老有所养|养老保障|养老问题|退休|养老金|退休金|pension*|retirement",
    "fines_management": (
        "就罚|封号|封了我的号|封了号|号被封|罚得|被罚|罚钱|guards beating|guards were seen beating|beating a worker|保安殴打|扣罚|扣款|一单扣|每单扣|乱扣|管理费|罚款|扣钱|算法|保安打了|保安打人|被保安打|guards had beaten|guards beat|罚单|拉黑|辱骂|打骂|乱罚|fine*|blacklist*|algorithm*|new rules|"
        "penalt*"
    ),
    "discrimination": "wants younger|wanted younger|want younger|too old|嫌年纪大|嫌岁数大|嫌我们年纪大|歧视|怀孕|孕期|哺乳期|产假|pregnan*|maternity|discriminat*",
    "other": "无证营运|抢客|生意都抢|生意全抢|抢了生意|抢走了生意|抢走生意|unlicensed ride-hailing|非法营运|无证运营|非法运营|要求道歉|要道歉|要一句道歉|讨个道歉|要个道歉|demanding an apology|demanded an apology|demand an apology|要求放人|要求释放|demanding the release|demanded the release|release of colleagues|release of their colleagues|运营权|operating rights|集资款|made to invest|unlicensed cab*|unlicensed taxi*|illegal taxi*|illegal cab*|against ride-hailing|打车软件|网约专车|打击滴滴|筹组工会|组建工会|重组工会|组织工会|成立工会|独立工会|抢生意|黑车|set up a union|form a union|organise a union|organize a union",
}

# multinationals named by their brand (a supplier of one is not theirs: see classify.ownership)
BRANDS = (
    "ibm|panasonic|松下|sony|索尼|canon|佳能|nike|耐克|adidas|阿迪达斯|hitachi|日立|siemens|西门子|philips|"
    "飞利浦|intel|英特尔|dell|戴尔|nokia|诺基亚|toshiba|东芝|mitsubishi|三菱|夏普|omron|欧姆龙|epson|爱普生|"
    "carrefour|家乐福|starbucks|星巴克|uniqlo|优衣库|coca-cola|可口可乐|mcdonald's|麦当劳|kfc|肯德基|"
    "volkswagen|大众汽车|bosch|博世"
)


def brands() -> list[str]:
    """The brands, and in English their possessive too ("at IBM's plant")."""
    names = BRANDS.split("|")
    return names + [f"{n}'s" for n in names if n.isascii() and not n.endswith("'s")]


OWNERSHIP: Table = {
    "foreign_invested": (
        "港籍|台籍|hong kong owner|hong kong company|hong kong firm|taiwanese owner|owned by a hong kong|owned by a taiwan|hong kong-invested|taiwan-invested|taiwanese-invested|hong kong-funded|taiwan-funded|japanese-invested|"
        "korean-invested|foreign-funded|台湾老板|台商|港商|外商|香港老板|韩国老板|日本老板|"
        + "|".join(brands()) + "|港资|台资|外资|日资|韩资|美资|德资|合资|独资|外企|港企|台企|hong kong-owned|taiwanese|"
        "taiwan-owned|foreign-owned|foreign-invested|joint venture|hk-owned|hk-invested|hong kong-invested|"
        "japanese-owned|korean-owned|us parent|uk |us-owned|european|french-owned|german-owned|american-owned|"
        "british-owned|swiss-owned|dutch-owned|swedish-owned|singaporean-owned|singapore-owned|italian-owned|"
        "danish-owned|finnish-owned|european-owned|french-invested|german-invested|american-invested"
    ),
    "state_owned": "全民所有制|国有|国企|央企|国营|state-owned|state-run|state owned|soe|state-controlled",
    "private": "private hospital|private clinic|private school|private kindergarten|private university|private group|private firm|private enterprise|非法生产|黑作坊|无证生产|未工商登记|没有工商登记|合伙|民营|民办|私立|私企|私营|老板|包工头|老板娘|个体|privately owned|privately held|private company|privately run|private-run|boss",
    "government": "国有林场|国营林场|卫生院|社区卫生服务中心|public hospital|教育局|政府部门|事业单位|公立|公办|林业局|人民医院|people's hospital|government agency",
}

RESPONSES: Table = {
    "police": "派出所来人|派出所来了人|派出所已介入|派出所介入|派出所已经介入|警员|武警|交警|派出所都到了|派出所都来了|派出所带走|派出所也来|派出所来了|派出所的人|警察|警力|出动警|民警|警方|特警|防暴|警车|派出所出警|公安|警用|police|officers|riot police",
    "detention": "被警方控制|被公安机关控制|被依法控制|拘捕|带回派出所|带回了派出所|带到派出所|塞进警车|塞上警车|押上警车|押进警车|taken into custody|拖上警车|抓获|locked in a police station|held at a police station|关进派出所|关进了派出所|关在派出所|detention|hauled off|were locked up|been locked up|still locked up|are locked up|人上车|拉上警车|带上警车|带离|拘留|刑拘|带走|被抓|抓走|逮捕|被捕|判了|detain*|arrest*|taken away",
    "violence": "按在地上|摁在地上|按在了地上|头被打破|被打破|被推倒|推倒在地|按倒在地|被按倒|attacked them|attacked workers|attacked the workers|水枪|water cannon*|被打倒|打倒在地|knocked to the ground|掀翻|dragged away|dragged off|dragged them|dragged workers|dragged people|were dragged|was dragged|heavy-handed|pushed them back|执法粗暴|粗暴执法|暴力执法|硬拖|挨了打|被打了|scuffle*|rioted|rioting|强行驱散|拽着头发|揪着头发|拽头发|打进了医院|打进医院|被打伤|往地上推|头破血流|扭打|厮打|殴打|打人|打了人|辣椒水|胡椒喷雾|喷雾|推撞|推打|pepper spray|tear gas|挨打|冲突|打伤|击打|警棍|掐|推搡|beaten|beat |clash*|violence|hurt|assault*",
    "government_intervention": "成立工作组|成立了工作组|部门介入|部门已介入|部门表示已介入|部门其后表示已介入|工作专班|劳动保障所介入|政府出面|政府协调|政府介入|镇政府出面|街道出面|government stepped in|officials intervened",
    "union_intervention": "joined talks|joined the talks|brokered by the union|brokered by the trade union|brokered by the district trade union|brokered by the city trade union|brokered by the county trade union|mediated by the union|mediated by the trade union|工会介入|工会出面|工会协调|工会帮助",
    "negotiation": "出来谈|出来对话|和员工代表谈|与员工代表谈|跟员工代表谈|再谈一次|签了协议|签订了协议|三方签|backed down|商讨|磋商|brokered an agreement|reached an agreement|settled on|谈下来|谈妥|谈成|谈拢|商谈|谈到晚上|谈到半夜|谈到深夜|谈到凌晨|对话|会面|面谈|座谈|代表开会|met with|sat down with|协商|谈判|达成协议|坐下来谈|答应|谈了|妥协|商量|和解|agreed|negotiat*|talks|reached a deal",
}

ACCIDENT_TYPE: Table = {
    "explosion_fire": (
        "一声闷响|一声爆响|管道爆了|锅炉爆了|全是火|火海|爆裂|烫伤|场火|scald*|粉尘爆炸|爆炸|爆燃|燃爆|烧起来|烧了起来|ignited|pipe burst|火灾|着火|炸了|炸开|巨响|火光冲天|着了火|起火|失火|燃烧|闪爆|大火|explosion*|exploded|exploding|blast*|"
        "fire|ablaze|blaze"
    ),
    "collapse": "塔吊倾覆|吊塔倾覆|整体倒下|轰然倒下|倒下来|倒了下来|塌陷|山泥倾泻|压垮|吹倒|刮倒|塔吊倒|吊塔倒|gave way|given way|顶板|roof fall|坍塌|倒塌|塌方|山体滑坡|滑坡|泥石流|被埋压|埋压|掩埋|landslide*|mudslide*|buried|塌落|垮塌|塌了|塌下|冒顶|说塌就塌|collaps*|caved in|cave-in",
    "fall": "往下掉|plunged|plummeted|踩空|坠落|高处坠落|摔下|掉下|坠下|坠楼|坠亡|摔落|跌落|fell|fall*",
    "mine": "water burst|burst into the mine|inrush|outburst|透水|矿难|冒水|瓦斯突出|突水|flood*",
    "traffic": "overturned on|overturned in|overturned near|overturned and|追尾|侧翻|车底|碾压|渣土车|run over|ran over|车祸|交通事故|撞|翻车|traffic accident|crash*|hit by",
    "machinery": "被冲床|冲床压|冲床把|punch press*|机械伤害|lathe*|车床|搅拌机|料斗|hopper|concrete mixer|被卷到|卷到了|卷了进去|被卷入|被机器|caught in a machine|crushed|倾覆|龙门吊|机器|卷入|绞|压伤|轧断|轧伤|压断|切断|绞断|夹断|卷进|砸伤|砸断|起重机|crane|machine*",
    "other": "冻死|冻伤|失温|寒潮|hypothermia|froze to death|物体打击|翻沉|船翻了|渔船沉没|船只沉没|capsized|砸中|struck by falling|struck by a falling|hit by falling|hit by a falling|触电|电击|中暑|热射病|electrocut*|heatstroke|heat stroke",
    "poisoning_disease": (
        "下去救|下去施救|下井施救|下池施救|下罐施救|下去拉人|下井救人|下池救人|吸入气体|吸入有毒|吸入毒气|硫化氢|液氨|氨气|ammonia|confined space*|wastewater tank|sewage tank|septic tank|manure pit|有限空间|化粪池|污水井|污水池|血铅|铅中毒|沼气池|泄漏|化学品泄漏|毒气|有毒气体|chemical leak|toxic gas|中毒|gas leak|一氧化碳|煤气中毒|矽肺|尘肺|职业病|镉|苯|粉尘|硅肺|窒息|silicosis|pneumoconiosis|poison*|cadmium|"
        "benzene|black lung|asphyxiat*|suffocat*"
    ),
}

# cues that decide whether and what kind of incident a post reports
CUES: Table = {
    "accident": (
        "人就没了|人当场就没了|capsized|还没消息|还没有消息|生死未卜|再也联系不上|没能救过来|没能抢救过来|当场就没了|当场没了|伤得很重|伤得不轻|被120|120拉走|death of a|death of an|堵在里面|困在里面|堵在里头|困在里头|断指|severed|进了医院|taken to hospital|送院|没救回来|没能救回来|困在井下|困在矿井|困在矿下|疼晕|痛晕|晕了过去|昏了过去|一脚踩空|死了好多|死了不少|死了人|死了几|死了一个|死了两个|管道爆了|锅炉爆了|没能上来|没上来|没气了|没了气|没跑出来|再没回来|再也没回来|最后一程|victims|没抢救过来|没有抢救过来|没救过来|当场就不行了|当场不行了|进了icu|送进icu|lost his life|lost her life|lost their lives|救护车|在医院|ambulance*|事故|触电|中暑|遇难|死亡|人没了|工人没了|个人没了|被埋压|埋压|巨响|炸了|送医|抢救|遇难者|伤者|被掩埋|身亡|丧生|罹难|受伤|伤亡|被困|失联|被埋|救援|搜救|生命体征|条人命|遇险|确诊|诊断为|超标|accident|"
        "dead|killed|died|death toll|injured|buried|blaze|trapped|rescue*|missing|hurt|撕脱|骨折|住院治疗|在医院治疗|"
        "送往医院|抢救无效|burned|burnt|suffocated|to his death|to her death|to their deaths|treated in hospital"
    ),
    "help": (
        "帮他们维权|帮我们维权|帮他维权|帮她维权|帮助他们维权|帮忙维权|维权援助|帮他们讨薪|帮我们讨薪|posting complaints|posted complaints|complaints online|"
        "open appeal|public appeal|online appeal|put out an appeal|issued an appeal|向本网反映|向本报反映|向记者反映|向本台反映|打来新闻热线|新闻热线|share her story|share his story|share their story|share my story|china labour bulletin|中国劳工通讯|told his story|told her story|told their story|took his case|took her case|took their case|'s case to|viral|clip|留言板|网上留言|posted online|asking the government|asked the government|complained to|complained through|complained online|求助|帮帮|谁能帮|救救|求求|求大家|求转发|替我|我丈夫|我老公|我爸|我父亲|我哥|我是|我儿子|我女儿|我妈|我母亲|我弟|我姐|我妹|"
        "我妻子|我老婆|我爱人|好心人|指条路|有关部门|帮忙转发|求关注|求曝光|恳请|恳求|跪求|网传|网帖|发帖|求扩散转发|"
        "发片|发视频|拍视频|公开信|联名信|pleaded|pleads|plea for help|begged|please help|实名举报|走投无路|怎么办|求扩散|"
        "appeal for help|asks for help|asked for help|posted a video|"
        "posted an appeal|help me|open letter|my father|my mother|my husband|my wife|my son|"
        "my daughter|my brother|my sister|can anyone help|who can help|looking for a lawyer|懂法的朋友|"
        "懂行的朋友|懂的朋友|有没有律师|帮忙转一下|指点一下|该找谁|找谁说理|说理的地方|去哪投诉|哪里投诉|"
        "希望媒体|求媒体|麻烦大家|请大家帮|伸出援手|please share|asking for help|seeking help|"
        "can someone help|does anyone know|for help|in a video|video posted|what can i do|"
        "what should i do|what should we do|联名写信|联名上书|写信给"
    ),
    "first_person": "我|我们|俺|本人|my |i |we |our ",
    "worker": (
        "学生工|寒假工|暑假工|student worker*|courier*|驾驶员|蜘蛛人|builders|被辞退|自愿离职|被开除|劝退|sweepers|医护人员|医务人员|医护|医生|劳资纠纷|劳资矛盾|medical staff|health workers|labour dispute|labor dispute|工人|员工|职工|农民工|工友|司机|骑手|老师|教师|矿工|的哥|环卫工|保安|员工们|工人们|师傅|劳务工|派遣工|临时工|球童|"
        "快递员|外卖员|护士|打工人|作业人员|施工人员|电焊工|油漆工|环卫|保洁|清洁工|搬运工|装卸工|操作工|普工|民工|劳工|务工|打工|"
        "上班|上夜班|夜班|干活|船员|海员|乘务员|飞行员|厨师|店员|营业员|服务员|焊工|木工|钢筋工|架子工|学徒|实习生|合同工|外包工|"
        "女工|男工|职员|雇员|技术员|工程师|程序员|外卖小哥|快递小哥|小哥们|operator*|crew*|workforce|porter*|welder*|electrician*|mechanic*|bricklayer*|carpenter*|"
        "cleaners|guards|pilots|dockers|dockworkers|"
        "worker*|employee*|staff|drivers|cabbies|truckers|worked for|worked as|worked at|"
        "riders|teachers|miners|labourers|laborers|nurses|recruits|new hires"
    ),
    "collective": (
        "站满了人|挤满了人|围满了人|全厂|全车间|整个车间|整个工地|号人|几位|几名|多名|等人|一排|一群人|workers|employees|集体|一起|大家|一群|工人们|员工们|数百|上百|上千|数千|几十|几百|们|together|collectively|"
        "en masse"
    ),
    "consumer": "12315|年卡|会员卡|健身卡|办了卡|会员|退卡|退费|预付卡|业主|停贷|断供|房贷|mortgage*|退款|消费者|维权业主|房主|烂尾|交房|购房|买家|homeowners|refund*|customers|consumers",
    "student": "同学|学生|家长|students|pupils",
    "villager": "村民|噪音|拆迁户|征地|villagers|residents",
    "advert": "急招|招聘|包吃包住|入职|诚聘|高薪聘请|hiring|vacancies",
    "union_praise": (
        "送温暖|送清凉|年终盘点|工作亮点|娘家人|服务站点|爱心驿站|职业技能竞赛|service stations|"
        "skills competitions"
    ),
    "policy": (
        "专项行动|阶段性成效|approved a plan|legislature|statutory|表决通过|施行|征求意见|印发|出台|政策|公告|演练|通知|announced plans|regulations|law|"
        "economists"
    ),
    "stats": "死亡率|百万吨|年全国|共收录|全市共|全国共|前三季度|上半年全|据统计|统计显示|数据显示|同比|共发生|recorded|logged|strike map|statistics|per cent of|percent of",
    "history": "十年前的今天|历史上的今天|这段历史|那段历史|历史回顾|回顾历史|history of|周年|纪念活动|纪念|anniversary|centenary|commemorat*",
    # a trial over an old accident or dispute, told as the news of the day
    "court": "宣判|判处|判决书|庭审|开庭|sentenced|verdict|trial of|went on trial|stood trial",
    "academic": "论文|摘要|关键词|本文|研究|abstract|this paper|study",
    "praise": "夸|良心|点赞|好评|praised|发年终奖|发奖金|领奖金|年终奖到手|红包|福利好|开心|羡慕",
    "denial": "不信谣|不传谣|并无此事|不实信息|情况说明|辟谣|纯属谣言|系谣言|消息不实|传言不实|属于谣言|为谣言",
    "fiction": "小说《|连载中|求收藏|这部剧|那部剧|追剧|追完|the novel|this novel|a novel|fictional|观后感|影评|剧透|导演|film review|movie review|短剧|看全集|电视剧|网剧|连续剧|剧情|short drama|tv series|tv drama|episode|【连载|(连载|（连载|小说连载|连载·|连载第",
    "advice": "执业律师|律师答|律师回复|律师回答|lawyer answers|不成功不收费|咨询热线|【广告】|谢邀|普法|律师解答|律师提醒|法律小课堂|先说结论|lawyer explains|legal tips|小课堂|第二步|怎么维权:|怎么维权：",
    "abroad": "chinese embassy|chinese embassies|chinese consulate|chinese consulates|中国驻外使馆|中国大使馆|中国驻|旺角|九巴|城巴|港铁|长荣航空|中华航空|united auto workers|医管局|医院管理局|立法院|行政院|劳基法|台铁|港闻|劳工处",
    # a paper or a book announced: its actions are the study's material, not news
    "scholarly": "the authors|ethnograph*|fieldwork|working paper|peer-reviewed|田野调查|民族志|学报|期刊",
    # sellers and traders: a crowd of them is no crowd of workers
    "seller": "融资的民众|集资户|投资人|投资者|债权人|理财户|investors|creditors|bondholders|商户|商家|卖家|摊贩|摊主|店主|加盟商|经销商|merchants|sellers|vendors|shopkeepers|stallholders|franchisees",
    # a commentary told by its header: never a report, whatever it speaks of
    "op_ed": "【评论】|【社论】|【时评】|评论员",
    "commentary": "罢工潮|strike wave|wave of strikes|分析认为|analysts say|谁也说不准|不是哪个|整个系统|普遍|越来越|回暖|经济",
}

# phrases that look like a cue but are not one
_BLOCKED = (
    "buried themselves|buried himself|"
    "灵魂已经罢工|灵魂罢工|脑子罢工|大脑罢工|脑子已经罢工|大脑已经罢工|上街扫地|上街清扫|上街扫|上街摆摊|事故频发|谁能答应|谁会答应|谁肯答应|外资品牌|外国品牌|事故多发|事故频繁|release clip|safety clip|行政处罚|依法处罚|unpaid leave|social security bureau|labour and social security|labor and social security|提前退休|early retirement|大家就炸了|大家都炸了|炸了锅|炸开了锅|threatened fines|threatening fines|威胁要罚款|威胁罚款|扬言罚款|扬言要罚款|身穿防护服|穿着防护服|身着防护服|dormitory complex|dormitory compound|fair treatment|equal treatment|unfair treatment|不肯对话|拒绝对话|不愿对话|不肯谈|拒绝谈判|拒绝协商|urban management officers|urban-management officers|欠着费|欠费|欠医药费|停产一天|停产两天|停产三天|停产半天|停产几天|停产数日|not a strike|not a protest|开会研究|研究一下|研究研究|研究决定|研究解决|宿舍区|上街镇|上街乡|上街区|责令停工|放假一天|停工整改|一律停工|全部停用|停工停产整顿|停工待料|不停工|复工|工会说|一起去|反映问题|人民代表|代表大会|安全生产月|消防车辆|救护车辆|"
    "招工时|开工时|完工时|施工时|上工时|收工时|动工时|不答应|没答应|没有答应|不肯答应|出租房|跳楼价|跳楼甩卖|fire engines|"
    "fire officials|firefighters|fire department|fire trucks|"
    # 企业主: a business owner, no homeowner; 约谈: an official summons, no talks; the labour
    # contract law and the social insurance bureau are no demands
    "工会会员|企业主|业主要|约谈了|劳动合同法|labour contract law|labor contract law|社保局|社保部门|社保中心|"
    # 经济开发区: a zone's name, no comment on the economy
    "经济开发区|经济技术开发区|经济区|城巴士|无人员死亡|无人死亡|未造成人员死亡|no one was killed|no deaths"
)
BLOCK: tuple[str, ...] = tuple(_BLOCKED.split("|"))
# phrases in which a form of action is none, though the other words in them still count
# (宣布停产: the employer closes — no strike, but a closure)
BLOCK_FORMS: tuple[str, ...] = (
    "joint petition", "online petition", "petition letter", "published the petition",
    "signed the petition", "罢工潮", "strike wave", "wave of strikes", "signed a petition", "circulated a petition",
    "停电停工", "停水停电", "被砸伤", "被砸扁", "被砸断", "被砸骨折", "被砸中", "被砸死", "被砸成", "宣布停工", "宣布停产", "决定停产", "突然停产", "停工放假", "停产放假", "放假停工", "停工停产",
    "堵在里面", "堵在里头", "停工待岗", "裁员停工",
)

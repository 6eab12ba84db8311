"""Word lists of :mod:`labourmap.engine.employer`: what ends a name, what is no part of a name,
or no name."""

from __future__ import annotations

from labourmap.engine.text import MONTH_NAMES

STOP_PREFIXES = (
    "港资企业",
    "台资企业",
    "外资企业",
    "港资",
    "台资",
    "外资",
    "国有",
    "民营",
    "私营",
    "央企",
    "国企",
    "国营",
    "原国营",  # 原国营蜀兴制药厂: the plant the retired worked for, once state-run
    "原国有",
    "企业",
    "一家",
    "这家",
    "那家",
    "该",
    "某",
    "当地",
    "施工单位",
    "单位",
    "老板",
    "旗下",
    "大型",
    "小型",
    "边",  # 这边速达外卖: 这 stops the name, 边 is no part of it
    "做",  # 叫做宏达公司: 叫 stops the name
)
GENERIC = (
    "乡镇",
    "社区",
    "装修",
    "装饰",
    "爆破",
    "安装",
    "环卫",
    "保洁",
    "物业",
    "洗煤",
    "露天",
    "公交",
    "建筑",
    "物流",
    "快递",
    "电子",
    "服装",
    "家具",
    "劳务",
    "建设",
    "当地",
    "大型",
    "小型",
    "矿业",
    "煤矿",
    "工程",
    "化工",
    "玩具",
    "鞋",
    "制衣",
    "纺织",
    "印刷",
    "食品",
    "塑料",
    "五金",
    "机械",
    "汽车",
    "配件",
    "电器",
    "科技",
    "国有",
    "私营",
    "民营",
    "外资",
    "个体",
    "医疗",
    "器械",
    "设备",
    "一家",
    "这家",
    "那家",
    "某",
    "家私",
    "公司",
    "公办",
    "民办",
    "公立",
    "私立",
    "中小",
    "当地",
    "外卖",
    "平台",
    "国企",
    "央企",
    "国营",
    "连锁",
    "家电",
    "民营",
    # 外包公司, 关联公司, 一家印染公司, 工伤公司负责: what a firm does or is to another, or a
    # word run into 公司, not its name
    "外包",
    "关联",
    "印染",
    "工伤",
    "劳务派遣",
    "派遣",
    "保安",
    "清洁",
    "运输",
    "房地产",
    "包装",
    # 一家家装公司, 珠宝厂要搬, 保洁承包公司: what the firm does or is, not its name
    "家装",
    "珠宝",
    "承包",
    "培训",
    "餐饮",
    "商贸",
    "贸易",
    "水泥",
    "陶瓷",
    "制药",
    "皮革",
    "家纺",
    # 眼镜厂, 花炮厂, 出租车公司: what a firm makes or runs, not its name
    "眼镜",
    "花炮",
    "烟花",
    "鞭炮",
    "出租车",
    "客运",
    "本地",  # 与本地公司合资: a local firm, not its name
    "传媒",  # 一家传媒公司, 一家网络公司: what a firm does
    "广告",
    "网络",
    "咨询",
    "外地",
    "港区",  # 港区物流公司: a place's kind, not a name
    "重型",
    # 日资零部件厂, 一家汽配厂: what a plant makes, not its name
    "零部件",
    "汽配",
    "集团",  # 宾馆所属集团公司: the group, unnamed
    # 那家饰品厂, 板材厂又着火, 轧钢厂, 加盟总部, 盖职工公寓: what a works makes or is, not its name
    "饰品",
    "板材",
    "轧钢",
    "加盟",
    "职工",
    "代缴",  # 代缴公司的问题: what a firm does for another, not its name
    # 上市公司, 融资平台公司, 供销合作社: what a firm is, not its name
    "上市",
    "融资",
    "供销",
    # 附近多为木材加工厂, 那家金饰加工厂, 隔离酒店: what the works do or are for, not their name
    "木材",
    "加工",
    "金饰",
    "隔离",
)
EN_NOT = {
    "china",
    "the",
    "chinese",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "before",
    "workers",
    "covid-19",
    "lunar new year",
    "clb",
    "china labour bulletin",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "douyin",
    "weibo",
    "wechat",
    "tianya",
    "new",
    "local",
    "they",
    "she",
    "he",
    "it",
    "one",
    "over",
    "more",
    "some",
    "search",
    "building",
    "construction",
    "police",
    "iphone",
    "food",
    "food-delivery",  # "Food-delivery riders", "Agency workers": a trade, not a firm
    "agency",
    "delivery",
    "hundreds",
    "thousands",
    "dozens",
    "riot",
    "mine",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "rescuers",
    "officials",
    "an official",
    "strike map",
    "state council",
    "no",
    "no.",
    "migrant",
    "sanitation",
    "striking",
    "retired",
    "laid-off",
    "sacked", "dismissed", "fired", "unpaid",  # "Sacked workers from …": what befell them
    "former",
    "angry",
    "several",
    "many",
    "most",
    # "Truck drivers in …", "Taiwanese laptop maker": a trade or a nationality written with a
    # capital at a sentence's head or as an adjective, not a firm's name
    "truck",
    "taxi",
    "bus",
    "lorry",
    "van",
    "crane",
    "tower crane",
    "factory",
    "shipyard",
    "hospital",
    "hotel",
    "steel",
    "textile",
    "garment",
    "dock",
    "port",
    "taiwanese",
    "japanese",
    "korean",
    "south korean",
    "american",
    "german",
    "french",
    "british",
    "european",
    "foreign",
    "singaporean",
    "hong kong",
    "line",  # "Line 2" of a metro
    "teacher",  # "Teacher strikes over …": a trade at a sentence's head
    "teachers",
    # "Company named as …": the word alone, no name
    "company",
    "firm",
    # "owed for December", "by late April": a month
    *MONTH_NAMES,
    # "Seventy workers were on the platform", "Temporary staff at a hospital": a count or the
    # kind of worker at a sentence's head
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "temporary",
    "contract",
    "casual",
    "dispatch",
    "dispatched",
    "part-time",
    "full-time",
    "female",
    "elderly",
}

SUFFIXES: list[tuple[str, int]] = [  # (suffix, strength)
    ("股份有限公司", 5),
    ("有限责任公司", 5),
    ("有限公司", 5),
    ("公司", 4),
    ("集团", 3),
    ("煤业", 3),
    ("矿业", 3),
    ("煤矿", 3),
    ("金矿", 3),
    ("铁矿", 3),
    ("铜矿", 3),
    ("俱乐部", 3),
    ("电器", 2),
    ("光电", 2),
    ("电子", 2),
    ("科技", 2),
    ("实业", 2),
    ("生物", 2),
    ("服饰厂", 3),
    ("服装厂", 3),
    ("鞋厂", 3),
    ("工厂", 2),
    ("厂", 2),
    ("酒店", 2),
    ("商场", 2),
    ("超市", 2),
    ("物业", 2),
    ("汽配", 2),
    ("精密", 2),
    ("林业局", 3),
    ("林场", 2),
    ("农场", 2),
    ("公寓", 2),
    ("教育局", 2),
    ("工程局", 3),
    ("医院", 2),
    ("卫生院", 2), ("保健院", 2), ("融媒体中心", 2),  # 宾县妇幼保健院, 平阳县融媒体中心: a county's hospital, its media
    ("卫生服务中心", 2),
    ("总部", 2),
    ("鞋业", 2),
    ("食府", 2),  # 老米家清真食府, 福满楼酒家: a restaurant's name
    ("酒楼", 2),
    ("酒家", 2),
    ("饭店", 2),
    ("餐厅", 2),
    ("管理部门", 2),  # (OWING_ONLY)
    ("管理处", 2),
    ("管理所", 2),
    ("管理站", 2),
    ("办事处", 2),
    ("制衣", 2),
    ("纺织", 2),
    ("置业", 3),
    ("中学", 2),
    ("小学", 2),
    ("幼儿园", 2),
    ("学校", 2),
    ("地产", 3),
    ("外卖", 2),  # a delivery brand, only before its riders (速达外卖的骑手)
    ("快递", 2),
    # 开滦化工的车间, 海棠陶瓷被曝欠薪, 庄吉服饰门口: a trade word ends a firm's short name (not
    # 化工园区, 物流中心: TRADE_RUNS_ON; 化工二厂: a numbered plant, read as 厂)
    ("化工", 2),
    ("陶瓷", 2),
    ("服饰", 2),
    ("新材料", 2),
    ("物流", 2),
    ("电机", 2),
    ("钢铁", 2),
    ("光学", 2),
    ("橡塑", 2),
    ("商行", 2),
    # 恒丰化纤, 顺达速运: a trade word that ends a firm's short name
    ("化纤", 2),
    ("速运", 2),
    # 兴隆铝业, 津港船舶重工, 晋达五金, 新梦百货: a trade word that ends a firm's short name
    ("铝业", 2),
    ("乳业", 2),
    ("重工", 2),
    ("船舶修造", 2), ("船舶工业", 2), ("船舶制造", 2),  # 海泰船舶修造: a shipyard's short name
    ("建工", 2),
    ("百货", 2),
    ("时装", 2),
    ("五金", 2),
    ("零部件", 2),
    ("宾馆", 2),
    # 宿迁鑫宇木业, 丰棉农业专业合作社: a trade or a co-operative that employs
    ("木业", 2),
    ("合作社", 3),
    # 重庆美筑装饰: a trade word that ends a firm's short name (only with a place at its head,
    # see employer.chinese)
    ("装饰", 2),
    # 道里区环卫处, 郸城县教体局, 盘州市综合行政执法局: a public body named by its place
    ("环卫处", 2),
    ("环卫所", 2),
    ("教体局", 2),
    ("执法局", 2),
    # 双鸭山广播电视台拖欠员工工资: a city's broadcaster, named by its place (only as the one
    # that owes: OWING_ONLY; not 找到电视台求助)
    ("广播电视台", 2),
    ("电视台", 2),
    # …公路第一合同段总承包部: a road's main contractor's site office
    ("总承包部", 2),
]
TRADE = frozenset({"化工", "陶瓷", "服饰", "新材料", "物流", "电机", "钢铁", "光学", "橡塑", "装饰", "化纤", "速运"})
TRADE_RUNS_ON = frozenset("园区城业界品行链产中港站基")
# a suffix that runs into another word, and is then no suffix (冲床没装光电保护)
RUNS_INTO: dict[str, tuple[str, ...]] = {"光电": ("保护", "开关", "传感", "感应"), "生物": ("体",)}  # (发生物体打击)
# a public body's suffix, which names an employer only right before 拖欠 (汉沽殡葬管理部门拖欠)
OWING_ONLY = frozenset({"管理部门", "管理处", "管理所", "管理站", "办事处", "广播电视台", "电视台"})
# words that end what runs before a name (东莞一家塑胶厂, 抗议工厂): the name begins after them
CUT_WORDS = (
    "关于|并指|又指|还指|直指|指控|好几家|几家|我们|咱们|他们|俺们|如果|最后|聚集|工人|青年|反映|承建方|承包方|建设方|叫做|名叫|名为|供应商|代工厂|子公司|母公司|宣布|决定|突然|无预警|拒绝|同意|答应|开发商|总包方|总包|分包|承包商|施工方|这边|那边|一处|一座|一所|一个|一间|一家|这家|那家|某|该|抗议|要求|反对|投诉|举报|起诉|进入|来到|位于|就职于|任职于|供职于|旗下的|旗下|点多|时许|左右|下午|上午|凌晨|晚上|下属|号|今年|去年|第二宗|第三宗|宗|重大|特大|较大|一起|批评|承认|指责|谴责|声讨|控诉|好多|很多|许多|全市|全县|全区|全省|全国|全镇|附近|多家|各家|各地|"
    # 昨天公司贴公告, 还记得三月份深圳欧姆电子, 前期约8万元医药费公司出了: a day, a sum or a verb
    # run into the name
    "昨天|今天|前天|当天|后来|然后|随后|于是|结果|记得|月份|万元|医药费|工资|工钱|委托|"
    # 不满工厂搬迁, 讨薪影响公司运作, 受雇于三家派遣公司, 离开医院, 来上班厂门就被封了, 所有厂门,
    # 这么多厂: a verb or a count run into the suffix
    "不满|影响|受雇于|雇于|两家|三家|四家|五家|离开|上班|所有|第三方|而且|并且|但是|可是|因为|所以|么多|"
    # 反日浪潮波及日资工厂, 全民所有制企业中铁…, 将车辆退回公司, 这才知道厂: a verb or whose the
    # firm is, run into the name
    "波及|日资|港资|台资|外资|韩资|美资|欧资|所有制企业|所有制|退回|交回|送回|回到|返回|知道|"
    # 上礼拜环卫公司, 涉事工厂, 她们环卫公司, 孩子刚上幼儿园, 清点工厂设备: a day, a pointer, a
    # pronoun or a verb run into the name
    "上礼拜|这礼拜|礼拜|上周|这周|本周|上个月|这个月|上月|本月|涉事|她们|孩子|刚上|清点|查封|接管|以后|之后|厂方|"
    # 中午公司负责人, 周边小煤矿, 我旗一露天煤矿, 部分中小学, 多所乡镇学校, 堵住厂门: a time, a
    # place's word, a part or a verb run into the name
    "中午|傍晚|早上|今早|今晨|周边|我县|我市|我区|我旗|我镇|我省|部分|多所|堵住|围住|德资|"
    # 追讨外包公司拖欠的工资, 联名上书县教育局, 堵塞厂外马路, 近日公布X公司事故报告: a verb or a day
    # run into the name
    "追讨|讨要|上书|堵塞|压低|公布|近日|日前|"
    # 锦川电子（简称锦川电子）, （下称“滴道矿业”）: the short name's word; 隔壁公司, 当年农场,
    # 随即约谈X公司, 才发现公司, 要请示集团: a pointer, a day or a verb run into the name
    "以下简称|简称|下称|隔壁|当年|约谈|随即|发现|请示|要|什么|"
    # 车主围堵公司, 16年前遭工厂恶意关厂, 冬天砖厂歇了, 但因学校领导, 借改革名义成立融资平台公司,
    # 相关上市公司, 新接手公司, 因外判商广电物业: a verb, a time, a conjunction or a role run into the
    # name
    "围堵|年前|遭到|遭|冬天|夏天|春天|秋天|但因|由于|成立|相关|接手|外判商|外包商|外判|已经|"
    # 矿上和物流公司合起伙来: where, then the firm unnamed
    "矿上|厂里|感谢|谢谢|"
    # 住房公积金医院一直不给交, 说好安排隔离酒店: what is owed or a verb run into the name
    # (短路引燃纺织原料, 数十名退休林场职工: an event's verb or the workers' state run into the name)
    "公积金|社保|医保|安排|引燃|退休"
)
# 学校（民办）: what a firm is, in brackets, not its name
OWNERSHIP_WORDS = frozenset(
    {"民办", "公办", "私立", "公立", "国有", "国营", "国企", "央企", "民营", "私营",
     "港资", "台资", "外资", "日资", "韩资", "美资", "德资", "合资", "独资"}
)

# the public bodies workers complain to, never their employer
NOT_EMPLOYER = (
    "住建局",
    "人社局",
    "劳动局",
    "信访局",
    "公安局",
    "应急管理局",
    "安监局",
    "派出所",
    "法院",
    "政府",
    "总工会",
    "工会",
    "监察大队",
)

"""Demands told in phrases rather than the codebook's words.

- hours: work through a holiday (国庆长假被迫上班, "made to work through the National Day
  holiday", "no Golden Week off");
- conditions: new hires housed with the infected (跟阳了的老员工住一个楼, 与已确诊的员工同住,
  担心被感染, "housed alongside colleagues who had tested positive", "shortages of food and
  medicine"); lodgings and food told poor (住进简陋的方舱, 就为了吃口像样的饭), no fan to draw off fumes
  (连个排风扇都没装);
- social insurance: contributions paid at the floor (公司一直按最低基数给我交);
- fines and management: guards or managers who beat or harass workers (保安踹女工, 被五六名
  警卫围殴, 经理闯进女厕所, "the dismissal of two managers"), the platform's rules (平台订单规则,
  会员费, 送餐时间从43分钟压到37分钟, "membership fee");
- relocation and closure: the plant sold or its machines carried off (厂子卖了, 偷偷拉机器去阳江);
- pay: pay told low (工资低, 一个月不加班才九百块) a rate to be raised (提高收费标准), a pay
  reform found unfair (工资调整不合理), benefits cut (削减福利, 只是为了自己的福利, "benefit
  cuts"), a bonus put off (奖励被改成明年三月才发放, "bonuses pushed back"), a monthly rise asked
  ("700 yuan more a month in basic pay");
- the employment relationship: the staff kept on by the incoming contractor (新来的公司全员接收,
  "the incoming contractor would keep the whole workforce"), contracts signed carelessly or
  imposed (合同也乱签, 续签霸王合同, 改制合同, "operating contracts"), a post on the establishment (加快入编), a job back
  (讨要工作权), a resignation forced or refused (想辞职不给走, "force them to resign");
- other: an apology chanted ("chanting 'Apologise!'"), more taxis put on the road (继续增加投放车辆),
  app cars taking the fares ("app-based car services", 专车抢单, 网约车把生意抢光了).
"""

from __future__ import annotations

import re

_S = "，,。；;！!？?"
HOLIDAY = re.compile(
    rf"(?:国庆|春节|五一|十一|中秋|节假日|假期|长假|黄金周|法定假日?)[^{_S}]{{0,6}}?(?:被迫|被要求|照常|都得|还得|也得|也要|都要|还要)(?:上班|开工|干活)"
)
HOLIDAY_EN = re.compile(
    r"\bwork(?:ing|ed)? through (?:the )?(?:[\w-]+ ){0,3}?(?:holidays?|golden week|festival)\b|"
    r"\bno (?:golden week|national day|spring festival|holiday)(?: break| holiday)? off\b"
)
INFECTED = re.compile(
    rf"(?:确诊|阳了|阳性|感染)[^{_S}]{{0,12}}?(?:同住|住一个|住在一起|混住|一起住|住同一)|"
    rf"(?:同住|混住|一起住)[^{_S}]{{0,12}}?(?:确诊|阳了|阳性|感染)|(?:担心|害怕|怕)被?感染|"
    r"\b(?:housed|living|lived|live|kept|quarantined|put) (?:[\w-]+ ){0,3}?(?:alongside|with|together with) "
    r"(?:[\w-]+ ){0,3}?(?:who had |who have |who )?(?:tested positive|been infected|were infected)|"
    r"\btested positive\b[^.;]{0,40}?\bnot (?:kept|separated|isolated)\b|"
    r"\bshortages? of (?:food|medicine|water|supplies)\b"
)
# the plant sold or its machines carried off to another place: 厂子卖了六个亿, 偷偷拉机器去阳江
CARRIED_OFF = re.compile(
    rf"(?:厂子|工厂|厂|企业)(?:被|给)?卖了|(?:拉|搬|运|转移)(?:走)?了?(?:一批|部分|全部)?(?:机器|设备)(?:去|到|往|至)|"
    rf"偷偷(?:把[^{_S}]{{0,6}}?)?(?:拉|搬|运)(?:走|去)"
)
LIVING = re.compile(
    rf"(?:住进|住在|住的是|睡在)[^{_S}]{{0,6}}?(?:简陋|破旧|漏雨|漏风)|吃(?:口|顿|上)?(?:像样|好点|干净|热乎)的?饭|吃不饱|"
    r"排风扇|排风设备|通风设备"
)
# contributions paid at the floor: 公司一直按最低基数给我交
SI_FLOOR = re.compile(rf"(?:按|以)(?:最低|最少)(?:的|基数|档|标准)?[^{_S}]{{0,6}}?(?:交|缴)")
ABUSED = re.compile(
    rf"(?:保安|警卫|门卫|经理|主管|组长|线长|拉长)[^{_S}]{{0,6}}?(?:踹|踢|围殴|殴打|扇|辱骂|闯进女厕|闯入女厕)|"
    rf"(?:被|遭)[^{_S}]{{0,6}}?(?:保安|警卫|门卫)[^{_S}]{{0,4}}?(?:踹|踢|围殴|殴打|打)"
)
ABUSED_EN = re.compile(
    r"\b(?:dismissal|removal|sacking|firing|ouster) of (?:the |two |three |several |a |their )?(?:[\w-]+ )?"
    r"(?:managers?|supervisors?|foremen|bosses)\b"
)
RULES = re.compile(
    rf"(?:平台|订单|派单|计价|接单)规则|会员费|\bmembership fees?\b|"
    rf"(?:送餐|配送)(?:时间|时限|时长)[^{_S}]{{0,8}}?(?:压|砍|缩|减|降)"
)
PAY_LOW_TOLD = re.compile(r"(?:工资|薪水|薪资|收入|待遇|工钱)(?:太|很|偏|过|也|又|都|还)?低")
PAY_SUM = re.compile(
    rf"(?:一个月|每月|月薪|底薪|一天|每天|日薪)[^{_S}]{{0,6}}?(?:才|只有|仅)[\d一二两三四五六七八九十百千几]+(?:块|元|百)(?![块元]?(?:生活费|生活补助))"
)
RATE_UP = re.compile(rf"(?:提高|上调|调高)[^{_S}]{{0,4}}?(?:收费标准|计价标准|运价|单价|费率|派费|配送费)")
REFORM = re.compile(rf"(?:工资|薪酬|绩效)(?:调整|改革|方案)[^{_S}]{{0,4}}?(?:不合理|不公)")
BENEFITS = re.compile(
    rf"削减福利|福利[^{_S}]{{0,2}}?(?:削减|砍|取消|缩水)|(?:为了|争取|要回)(?:自己的|我们的)?福利|"
    r"\bbenefits? cuts?\b|\bcuts? (?:in|to) (?:their |workers' )?benefits\b"
)
PUT_OFF = re.compile(
    rf"(?:奖励|奖金|补贴|津贴)[^{_S}]{{0,10}}?(?:延后|推迟|改成|改到|拖到)|"
    r"\b(?:bonus(?:es)?|allowances?)\b[^.;]{0,30}?\b(?:pushed back|delayed|postponed|later than promised)\b"
)
MORE_A_MONTH = re.compile(r"\b[\d,]+ yuan (?:more|extra) (?:a|per) (?:month|day)\b")
KEPT_ON = re.compile(
    rf"(?:新来的|新接手的?|接手的?|新的?)新?(?:公司|外包公司|物业|承包商|服务商)[^{_S}]{{0,6}}?(?:全员|全数|全部|整体)?"
    r"(?:接收|聘用|留用|录用)|(?:全员|全数|原班人马)(?:接收|聘用|留用)|"
    r"\b(?:incoming|new) (?:contractor|company|employer|operator)\b[^.;]{0,30}?\b(?:keep|retain|hire|take on|employ)\b|"
    r"\bkeep (?:the )?(?:whole |entire )?(?:workforce|staff) on\b"
)
CONTRACTS = re.compile(
    rf"合同(?:也|都)?乱签|乱签合同|(?:霸王|不平等)[^{_S}]{{0,6}}?合同|续签[^{_S}]{{0,8}}?合同|改制合同|"
    r"\boperating contracts?\b|"
    rf"入编|纳入编制|解决编制|工作权|复岗|恢复(?:原)?岗位|"
    rf"(?:想|要)辞职(?:也)?不(?:给|让|准)|不(?:让|准|给)(?:我们|员工|工人)?辞职|"
    r"\b(?:forc\w+|pressur\w+) (?:them |workers |staff |her |him )?to resign\b|\breinstat\w+"
)
OTHER_TOLD = re.compile(
    r"\b(?:chant\w*|shout\w*|demand\w*|call\w* for)\b[^.;]{0,12}?\bapolog|"
    r"(?:增加|新增|继续)投放|投放(?:新的?)?(?:出租车|车辆|运力)|"
    r"\bapp-based (?:car|taxi|ride)|\bcar-hailing\b|"
    # app cars or black cabs taking the fares: 专车抢单, 网约车把生意抢光了, 网约车乱拉客,
    # "'zhuanche' apps taking their fares" (the cars themselves: not 网约车补贴把生意抢光, the
    # subsidies, nor a rider grabbing orders on the app: 骑手抢单)
    r"(?:网约车|专车|快车|黑车|私家车|滴滴|打车软件)(?:又|也|都|还|到处|满街)?(?:把(?:生意|活|客人?|乘客))?(?:全|都)?(?:抢单|抢光|抢走|乱拉客|抢了)|"
    r"\b(?:apps?|ride-hailing|zhuanche|private cars?|unlicensed (?:cabs?|cars?|taxis?))['\"]?[^.;]{0,24}?"
    r"\b(?:tak|steal|poach|grabb?|eat)(?:s|es|ing|en|ed)? (?:away )?(?:their |the |taxi )?(?:fares|passengers|customers)\b"
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_R15: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (HOLIDAY, "hours_overtime", ("国庆", "春节", "五一", "十一", "中秋", "假", "黄金周")),
    (HOLIDAY_EN, "hours_overtime", ("through", " off")),
    (INFECTED, "working_conditions", ("确诊", "阳", "感染", "positive", "infected", "shortage")),
    (CARRIED_OFF, "relocation_closure", ("卖了", "机器", "设备", "偷偷")),
    (LIVING, "working_conditions", ("简陋", "破旧", "漏", "饭", "吃不饱", "排风", "通风设备")),
    (SI_FLOOR, "social_insurance", ("最低", "最少")),
    (ABUSED, "fines_management", ("保安", "警卫", "门卫", "经理", "主管", "组长", "线长", "拉长")),
    (ABUSED_EN, "fines_management", ("dismissal of", "removal of", "sacking of", "firing of", "ouster of")),
    (RULES, "fines_management", ("规则", "会员费", "membership", "时间", "时限", "时长")),
    (PAY_LOW_TOLD, "pay", ("低",)),
    (PAY_SUM, "pay", ("才", "只有", "仅")),
    (RATE_UP, "pay", ("提高", "上调", "调高")),
    (REFORM, "pay", ("不合理", "不公")),
    (BENEFITS, "pay", ("福利", "benefit")),
    (PUT_OFF, "pay", ("延后", "推迟", "改成", "改到", "拖到", "pushed back", "delayed", "postponed", "later than")),
    (MORE_A_MONTH, "pay", ("more a", "extra a", "more per", "extra per")),
    (KEPT_ON, "employment_relationship", ("接收", "聘用", "留用", "录用", "incoming", "new ", "keep")),
    (CONTRACTS, "employment_relationship", ("合同", "编", "工作权", "岗", "辞职", "resign", "reinstat", "operating contract")),
    (OTHER_TOLD, "other", ("apolog", "投放", "app-based", "car-hailing", "抢单", "抢光", "抢走", "乱拉客", "抢了", "fares",
                           "passengers", "customers")),
)

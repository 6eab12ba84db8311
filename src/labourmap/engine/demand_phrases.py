"""Demands told in a phrase rather than a word: a pay item withheld, hours counted, a fine
told by its sum, shops closed by the count, pay compared with staff on the books, a rate cut
in English; and the words of conditions (食堂, 宿舍) that only name a place.
"""

from __future__ import annotations

import re

_NUM = r"(?:\d+|[一二两三四五六七八九十百几]+)"
# a working day past ten hours: 14, 十二, 十几
_LONG = r"(?:1\d|2[0-4]|十[一二三四五六七八九几多]?|十)"
# a pay item told withheld, either way round: 绩效还从去年八月拖到现在, 半年没发绩效,
# 拖了一年多的绩效工资, 年终绩效奖励到现在都没发, 绩效工资未及时发放 (not a raise: 工资没给涨过)
WITHHELD = re.compile(
    r"(?:工资|工钱|薪水|绩效|奖金|补贴|年终奖|奖励|提成)[^，,。；;！？]{0,8}?"
    r"(?:没发|未发|没有发|没给|没结|未结|停发|拖了|拖到现在|拖到今天|一分没|一分钱没|未及时发|没及时发|未按时发|没按时发|"
    # not received, or its payment raised as a problem: 未领到绩效工资, 反映绩效工资发放问题
    r"发放问题)(?!涨|加|调)|"
    r"(?:没发|未发|拖了|拖欠|未领到|没领到|没拿到)[^，,。；;！？]{0,6}?(?:绩效|奖金|补贴|年终奖|提成)|"
    # wages not received: 约二百名工人未领到12月至1月工资
    r"(?:未领到|未拿到)[^，,。；;！？]{0,8}?(?:工资|工钱|薪水)|"
    # in English: "unpaid year-end bonuses", "performance pay that was promised and never paid"
    r"\b(?:unpaid|withheld|owed) (?:[\w-]+ ){0,2}?(?:bonus(?:es)?|performance pay|allowances?|subsid(?:y|ies))\b|"
    r"\b(?:bonus(?:es)?|performance pay|allowances?|subsid(?:y|ies))\b[^.;]{0,30}?"
    r"\b(?:never (?:been )?paid|not (?:been )?paid|withheld|unpaid)\b"
)
# where a match of WITHHELD may begin (for finditer_at: WITHHELD begins with groups of words,
# which a search would try at every character)
WITHHELD_HEADS = re.compile(
    "工资|工钱|薪水|绩效|奖金|补贴|年终奖|奖励|提成|没发|未发|拖了|拖欠|未领到|没领到|没拿到|未拿到|"
    "unpaid|withheld|owed|bonus|performance pay|allowance|subsid"
)
# a pay item named where the post says elsewhere it was withheld: the same item, owed
PAY_ITEM_WORDS = re.compile(r"绩效|奖金|补贴|年终奖|提成|bonus|performance pay|allowance|subsid")
WITHHELD_WORDS = (
    "没发",
    "未发",
    "没结",
    "未结",
    "停发",
    "没有发",
    "没给",
    "拖到",
    "一分",
    "及时发",
    "按时发",
    "拖了",
    "拖欠",
    "发放问题",
    "领到",
    "没拿到",
    "未拿到",
    "unpaid",
    "withheld",
    "owed",
    "paid",
)
# hours counted: 一天干14个小时, 每天工作十几个小时, 一个月加一百多个小时, 晚上十点才能下班
HOURS_COUNTED = re.compile(
    rf"(?:一天|每天|天天)(?:却|都|还)?(?:(?:要|得)?(?:干|做|工作|上班|站)|(?:要|得)(?:跑|开车|开))(?:了)?{_LONG}多?个?(?:多)?(?:小时|钟头)|"
    rf"加(?:了)?{_NUM}多?个?小时|"
    r"(?:晚上|夜里)[^，,。；;]{0,4}点(?:多)?才(?:能|让|可以)?(?:下班|签退|收工)"
)
# a fine told by its sum: 超时一次罚50, 投诉一次罚两百, 不来的罚两百 (not a ticket, 罚单, nor a
# threat of one, 说要罚200)
FINED_SUM = re.compile(rf"(?<!要)罚(?:款)?{_NUM}(?:块|元)?(?!单)")
# shops or plants closed by the count: 突然关了三家店, 一下关了两个厂
CLOSED_COUNT = re.compile(rf"关了{_NUM}(?:家|个)(?:店|门店|分店|厂|工厂|超市)")
# pay compared with staff on the books: 正式工拿我们的两倍, 绩效只有在编的三分之一,
# 工资只有一半
_STAFF = r"(?:正式工|正式员工|在编|编内|合同工)"
STATUS_GAP = re.compile(
    rf"{_STAFF}[^，,。；;！？]{{0,10}}?(?:两倍|三倍|倍|一半|多拿|高出)|"
    rf"(?:只有|才|不到)[^，,。；;！？]{{0,3}}?{_STAFF}的?(?:一半|三分之一|二分之一|几分之一|\w?分之一)|"
    rf"和{_STAFF}[^，,。；;！？]{{0,6}}?一样[^。；;！？]{{0,16}}?(?:只有|才)[^，,。；;！？]{{0,4}}?(?:一半|几成)"
)
# the gap told of workers sent by an agency: the grievance is their status too
DISPATCHED = re.compile(r"派遣|合同制|编外|临时工|编制待遇|要编制")
# a rate cut in English: "a 20 yuan/tonne cut in haulage rates", "cuts to delivery fees"
RATE_CUT = re.compile(
    r"\bcuts? (?:in|to) (?:their |the )?(?:[\w-]+ ){0,2}?(?:rates?|fees?|prices?)\b"
)
# pay told against others doing the same job, in English: "for a fraction of the pay",
# "paid less for the same job", "pay that is far below that of staff nurses"
PAY_GAP_EN = re.compile(
    r"\ba fraction of (?:the|their|his|her) (?:pay|wages?|salar(?:y|ies))\b|"
    r"\bpaid (?:far |much )?less (?:for|than) (?:the same|doing the same)\b|"
    r"\b(?:pay|wages?|salar(?:y|ies))\b[^.;]{0,16}?\b(?:far |well )?below (?:that|those) of\b"
)
# a rate told by how little it pays: 一件派费才一毛几, 单价只有两块 (not 一单才五分钟: a time)
RATE_LOW = re.compile(
    r"(?:派费|派件费|单价|工价|一件|一公斤|一斤)[^，,。；;！？]{0,3}?(?:才|只有|只给)"
    r"(?:\d|[一两二三四五六七八九几]?毛|[一两二三四五六七八九几十]+块)"
)
# a rate promised and less paid: 说好一公斤两块，结账只给一块二
# (a date promised is arrears: 说好10号前发清，结果只发了一个月)
PROMISED_LESS = re.compile(
    r"说好的?(?:一|每)(?:天|公斤|斤|件|箱|吨|趟|车|小时|个|单|平|方|亩)[^。；;！？]{0,20}?(?:只给|只结|才给)"
)
# wages told as fallen by a share: 工资少了一大截 (not 收入少了一半, which competitors may do)
PAY_LESS = re.compile(r"(?:工资|薪水|工钱|底薪)[^，,。；;！？]{0,8}?少了(?:一大截|一半|很多|不少|[\d一二三四五六七八九十几百千])")
# dismissed by age, told as a hint: 嫌我们年纪大, 暗示年纪大了跟不上, 以年龄大为由
AGE_HINT = re.compile(r"(?:嫌|暗示|以|理由是)[^，,。；;！？]{0,3}?(?:年纪大|年龄大|岁数大)")
# workers a firm disowns: 说他是众包骑手, 说她是外包的, 不算他们的人
# (and a worker the firm says was brought in by a gang boss, or runs a business of his own:
# 说我是劳务队临时找的人, 说我爸是包工头找来的, 说我是"个体工商户", 老板说我们是门店加盟的,
# "says I was hired by a labour contractor"; not 说网点是加盟的, the outlet, nor 说他是闹事的人)
_WHO = r"(?:我们|他们|她们|我|他|她)(?:的)?(?:爸|妈|哥|弟|姐|妹|老公|丈夫|爱人|儿子|父亲)?"
_HIRER = r"(?:劳务|派遣|外包|包工头|工头|班组|中介|代理商|承包商|承包人)"
DISOWNED = re.compile(
    r"说(?:她|他|我|我们|他们|她们)(?:是|属于)(?:外包|劳务派遣|派遣|临时工|劳务工|众包)|"
    r"不算(?:他们|我们|公司|平台|站点|厂里|医院|单位)的(?:人|员工|职工)|"
    rf"说{_WHO}(?:只)?(?:是|属于)[“\"]?(?:[^，,。；;！!？?]{{0,8}}?{_HIRER}[^，,。；;！!？?]{{0,6}}?"
    r"(?:找来的|叫来的|招来的|请来的|的人|的员工|的工人)|个体工商户|个体户|(?:门店|店)?加盟(?:的|商))|"
    r"\bsays? (?:i|he|she|we|they) (?:was|were|is|are|had been) (?:hired|recruited|employed|taken on) "
    r"(?:by|through) (?:a |an |the )?(?:labou?r |sub-?)?(?:contractor|agency|agent|gang boss)"
)
# a named firm gone under: 那家“某某教育”倒了
NAMED_FELL = re.compile(r"(?:机构|公司|工厂|厂|门店|店|学校)[“\"「『][^”\"」』，,。；;！？]{1,10}[”\"」』]倒了")
# production moved away: 产能转移至东南亞, "move the lines to Guangxi", "a planned move of the plant to"
MOVED = re.compile(
    r"(?:产能|生产线|订单)[^，,。；;！？]{0,4}?(?:转移|搬|迁|转)(?:至|到|去|往)|"
    r"\bmov(?:e|es|ed|ing) (?:of )?(?:the |its |their )?(?:production |assembly )?"
    r"(?:lines?|plant|factory|operations|machines|equipment|workshops?) to\b"
)
# wages owed, told in English by the months or by their payment awaited: "wages for the last
# five months", "until October wages are paid", "outstanding 2022 performance pay"
OWED_EN = re.compile(
    r"\b(?:wages?|pay|salar(?:y|ies)) for the (?:last|past|previous) (?:[\w-]+ ){1,2}?months\b|"
    r"\buntil (?:their |the )?(?:[\w-]+ ){0,2}?(?:wages|pay) (?:are|is|were|have been|had been) paid\b|"
    r"\boutstanding (?:[\w-]+ ){1,3}?(?:pay|wages?|salar(?:y|ies))\b"
)
# work in the heat, told by the degrees: 中午四十度还要在露天干, "in 38 degrees" (not a fever)
HEAT_DEGREES = re.compile(
    r"(?:3[5-9]|4[0-5]|三十[五六七八九]|四十[一二三四五]?)多?(?:度|℃)(?![^，,。；;！？]{0,4}(?:烧|体温))|"
    r"\bin (?:3[5-9]|4[0-5])(?:-| )?(?:degrees?|°C)"
)
FEVER = re.compile(r"发烧|高烧|体温|fever")
# accidents told as frequent, a grievance about safety: 交通事故频发, 路上天天有人摔车出事
# (事故频发 is a BLOCK phrase of the lexicon: read here)
ACCIDENTS_OFTEN = re.compile(
    r"事故(?:频发|频繁|不断|多发)|(?:天天|经常|总是|隔三差五)(?:都)?有人(?:摔车|出事|受伤)|"
    r"\b(?:frequent|constant|repeated) (?:traffic )?accidents\b"
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_NEW: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (PAY_GAP_EN, "pay", ("fraction", "less", "below")),
    (RATE_LOW, "pay", ("才", "只")),
    (PROMISED_LESS, "pay", ("说好",)),
    (PAY_LESS, "pay", ("少了",)),
    (AGE_HINT, "discrimination", ("年纪大", "年龄大", "岁数大")),
    (DISOWNED, "employment_relationship", ("说", "不算", "say")),
    (NAMED_FELL, "relocation_closure", ("倒了",)),
    (MOVED, "relocation_closure", ("转", "搬", "迁", "mov")),
    (OWED_EN, "wage_arrears", ("month", "paid", "outstanding")),
    (HEAT_DEGREES, "working_conditions", ("度", "℃", "degree", "°")),
    (ACCIDENTS_OFTEN, "working_conditions", ("事故", "有人", "accidents")),
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_MORE: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (HOURS_COUNTED, "hours_overtime", ("小时", "钟头", "点")),
    (FINED_SUM, "fines_management", ("罚",)),
    (CLOSED_COUNT, "relocation_closure", ("关了",)),
    (STATUS_GAP, "pay", ("正式", "在编", "编内", "合同工")),
    (RATE_CUT, "pay", ("cut",)),
)
# conditions words that may only name a place: 堵在宿舍楼下面, 食堂承包商, "outside dormitories"
PLACE_ONLY = {"食堂", "宿舍", "dormitor*", "canteen", "canteen*"}
# the canteen or dormitory as a spot or a business: 宿舍楼下, 食堂门口, 食堂承包商, 宿舍区, 食堂召开
# (the canteen's staff, 食堂工人, 宿舍阿姨; the dormitory's water and power cut to drive the workers
# out, 宿舍被断水断电)
PLACE_AFTER = re.compile(
    r"门口|门前|楼|区|承包|外包|窗口|(?:的)?(?:工人|员工|阿姨|师傅|大妈|大姐)|(?:遭|被|也|都)?(?:断水断电|停水停电|断电断水|停电停水)|"
    # the dormitory's power cut or its people seized: 把宿舍电断了, 冲进车间和宿舍抓人
    r"(?:的)?(?:电|水)(?:也|都|给)?(?:断|停|掐)|(?:里|内)?抓|"
    # the canteen shut by its staff's strike: 食堂今天中午没开饭; a roommate: 我宿舍一个兄弟
    r"(?:今天|今早|今晚|中午|早上|晚上|今天中午|今天早上)?(?:没开|没有开)|(?:的)?(?:一个|几个|两个)?(?:兄弟|姐妹|工友|室友|舍友)|"
    # a meeting held or a crowd seated there: 到公司食堂召开说明会, 昨天食堂坐了一上午
    r"(?:里|内)?(?:坐了|坐着|召开|开会|举行|舉行|集合)"
)
PLACE_BEFORE = re.compile(
    r"\b(?:outside|in front of|near|(?:sat|sitting|sit|gathered|massed|slept|sleeping)(?: down)? (?:in|at|inside)|"
    r"(?:water|power|electricity)[\w ]{0,16}? cut (?:off )?(?:to|at|in)|"
    # the dormitory closed on the strikers: "close their dormitory", 关宿舍
    r"clos(?:e|ed|ing)|shut(?:ting)?|sit-in (?:in|at|inside))(?: the| their| its)?(?: factory| plant| company| staff)?\s?$|"
    r"(?:关|关闭|封|封了|关了)$"
)
# belongings moved out of the dormitory: 把宿舍东西搬走, 从二楼宿舍搬出来
PLACE_MOVED = re.compile(r"搬(?:走|出|离)")
# where the crowd waited or came from (在宿舍等消息, 从宿舍冲出来), no complaint of the place in the
# clause (在宿舍里热得睡不着 is one)
# (or went to: 拿木棍到宿舍, 冲进宿舍; not kept from it: 不准回宿舍睡觉)
PLACE_FROM = re.compile(r"(?:从|(?<![准让许能])(?:到|去|回|闯进|冲进))$")
# (or with another spot: 只在食堂和运动场待着)
PLACE_WAIT = re.compile(r"(?:[和与、][\u4e00-\u9fff]{1,4}?)?(?:里|内)?(?:等|待着)")
PLACE_FAULT = re.compile(r"热|冷|脏|挤|差|虫|漏|坏|臭|吵|空调|没水|没电|难吃|太贵|一间|住不")


def only_a_place(norm: str, start: int, end: int) -> bool:
    """The word names where the crowd stood or who ran it, not what the place is like."""
    if PLACE_AFTER.match(norm, end) is not None or PLACE_BEFORE.search(norm, max(0, start - 40), start):
        return True
    ce = min((k for k in (norm.find(c, end) for c in "，,。；;！？!?") if k >= 0), default=len(norm))
    if PLACE_FROM.search(norm, max(0, start - 2), start) is None and PLACE_WAIT.match(norm, end) is None and (
        PLACE_MOVED.search(norm, end, min(ce, end + 8)) is None
        and PLACE_MOVED.search(norm, max(0, start - 8), start) is None
    ):
        return False
    return PLACE_FAULT.search(norm, end, ce) is None

"""Head counts and sums of money, read from the numbers around their nouns (the dead and
injured are read by :mod:`labourmap.engine.casualties`).

* participants: a number before a classifier and a worker noun (上千名工人, 几十个工人,
  "hundreds of workers", "by the hundreds"); never one next to 死亡/受伤/代表/被带走 or after
  每, nor a workforce (现有员工3000人, "of its 40,000 staff"), a population (全镇五万多人),
  those detained ("the 48 workers police hauled off", 好几个老师被硬拖走) or a year ("since
  2022 and workers");
* amount: money (元/块/万, yuan) that is owed or a total (欠, 一共, 合计, "owes"); a sum per
  person (每人, "per", "each"), a sum paid (补发, 垫付, "a pay slip for"), a vague total
  (几百万, 不到三千元) or, where ten or more act, one worker's own sum (她自己就被欠2万元) is
  no amount.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from labourmap.engine.numbers import Quantity, bucket, en_quantities, zh_quantities
from labourmap.engine.others_counted import counted_otherwise

CLASSIFIER = re.compile(r"(?:多|余)?(?:名|个|位|人|多人|余人|号人)")
ZH_PEOPLE = (
    "工人",
    "员工",
    "职工",
    "农民工",
    "工友",
    "司机",
    "骑手",
    "老师",
    "教师",
    "矿工",
    "环卫工",
    "保安",
    "劳务工",
    "派遣工",
    "临时工",
    "球童",
    "快递员",
    "外卖员",
    "护士",
    "师傅",
    "女工",
    "男工",
    "建筑工人",
    "工",
    "人",
    "新员工",
    "的哥",
    "代课老师",
    "村民",
    "小哥",
    "外卖小哥",
    "快递小哥",
    "医生",
    "医护",
    "教职工",
    "姐妹",
    "兄弟",
    "同事",
)
# 数百工人, 上千员工: a number glued to the worker noun, with no classifier
BARE_PEOPLE = ("工人", "员工", "职工", "农民工", "民工", "工友", "矿工", "教师", "老师", "医护", "骑手", "司机")
# 两百多辆出租车停运: drivers on strike counted by their vehicles
VEHICLES = re.compile(
    r"(?:多|余)?辆(?:的士|出租车|出租|网约车|卡车|货车|集卡|集装箱卡车|泥头车|渣土车|大货车|公交车|车)|"
    r"(?:多|余)?台(?:的士|出租车|出租|网约车|车)"
)
NOT_PARTICIPANTS = (
    "死亡",
    "遇难",
    "身亡",
    "受伤",
    "被困",
    "失联",
    "代表",
    "人次",
    "丧生",
    "罹难",
    "重伤",
    "轻伤",
    "确诊",
    "被抓",
    "被拘",
    "被带走",
    "天",
    "岁",
    "年",
    "万",
    "月",
    "小时",
    "钟头",
    "点",
    "倍",
    "项",
    "星期",
    "礼拜",
    "工作日",
    "班",
)
# "more than 1,000 primary and middle school teachers": two words joined by and/or may stand
# before the others
# (not past a word that begins a clause or a phrase: "from September 1 to 5 as drivers gathered")
EN_PEOPLE = re.compile(
    r"^(?:\s+(?:[a-z'-]+\s+(?:and|or)\s+)?"
    r"(?:(?!(?:as|when|while|after|before|until|since|to|from|if|because|but|so|in|on|at|by)\s)"
    r"[a-z'-]+\s+){0,3}?)?(?:workers|employees|staff|drivers|riders|"
    r"teachers|miners|labourers|laborers|nurses|people|women|men|taxis|cabs|"
    r"couriers|cleaners|recruits|strikers|protesters|guards|builders|workmates|co-workers|"
    r"coworkers|colleagues|of them|of us)\b"
)
# "gathered by the hundreds", "came in their thousands": a crowd counted by its size alone
BARE_PERSONS = re.compile(r"(?:多|余)?(?:万)?(?:多|余)?人(?!员)")
POPULATION = re.compile(r"(?:全|本)(?:乡|村|镇|县|市|区|省)$|人口$")
EN_DETAINED_AFTER = re.compile(
    r"[^.,;]{0,40}?\b(?:hauled off|detained|arrested|taken away|rounded up|taken into custody)\b"
)
EN_DETAINED_BEFORE = re.compile(r"\b(?:detained|arrested|detaining|arresting|rounded up) $")
EN_BY_THE = re.compile(r"(?:by the|in their) $")
# "on 11 feb his workers": a day, then a noun
# (a month's name, not a word that begins like one: "junior", "marine")
EN_MONTH_AFTER = re.compile(
    r"^\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# 现有员工3000人, "2,000 of its 40,000 staff": the whole workforce, not those acting
WORKFORCE_ZH = re.compile(r"(?:现有|拥有|共有|雇有|雇用|雇佣)(?:员工|职工|工人|在职员工|正式员工)$")
# ……的企业，员工超过一千人。: the staff's size told as a fact about the firm, the clause ending
SIZE_ZH = re.compile(r"(?:^|[，,。；;])(?:员工|职工)(?:总数|人数)?(?:超过|逾|达|约|近)?$")
# 数百名警察和保安进厂: the police sent, not the workers acting
POLICE_ZH = ("警察", "警力", "民警", "特警", "武警", "防暴警", "公安", "警员", "城管", "辅警")
# 约有4万名员工，生产……; 该站共有六七十名环卫工。: what a firm has, told and left
HAS_BEFORE_ZH = re.compile(r"(?:约有|现有|拥有|雇有|共有|大约有)$")
# 二十多个兄弟被带走, 好几个老师被硬拖走, 17人被以扰乱公共秩序拘留: those detained, not the crowd
DETAINED_ZH = re.compile(
    r"被[^，,。；;]{0,10}?(?:带走|抓|拘|捕|拖走|拉走|抬走|架走|押走|扣押|关押)"
)
# "for 2016 that teachers", "since 2022 and workers": a year, then (not at once) a noun
EN_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
EN_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|for|from|until|till|by|before|after|early|late|mid|"
                            r"spring|summer|autumn|fall|winter|year|end of)[ -]$")
EN_AT_ONCE = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:workers|employees|staff|drivers|teachers|miners|people)\b")
WORKFORCE_EN = re.compile(
    r"\b(?:of its|workforce of|employs|employing|payroll of|[0-9,]+ of (?:the|its|their)"
    r"(?: [a-z'-]+'s)?) $"
)
# 全厂1000多名工人中有300多人: the whole, of which a part is counted
PART_OF_ZH = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:工人|员工|职工|工友|教师|老师|司机|骑手)(?:中|里|之中|当中)(?:有|的)?"
    r"(?:[0-9一二两三四五六七八九十百千几数近约上]|大部分|大多数|多数|一半|过半)"
)
# "the 200-strong workforce": a head count glued to the body it counts
EN_STRONG = re.compile(r"^-strong (?:workforce|staff|crew|team|crowd|group)\b")
# 三百来号老师, 一千多号工人, 七八十口子: 号 and 口子 count people in speech
ZH_HAO = re.compile(r"(?:多|余|来)?号|口子|口人")
EN_UNIT = re.compile(
    r"^\s*(?:yuan|rmb|dollars|usd|percent|%|km|kilomet|metres|meters|hours|days|"
    r"years|months|minutes|orders|times)\b"
)
EN_BARE_VAGUE = re.compile(r"^\s+(?:still|have|had|were|are|took|went|joined|gathered|marched)\b")
# "Thousands at a parts maker have been on strike": a crowd counted at its workplace
EN_VAGUE_AT = re.compile(
    r"\s+(?:at|from)\s[^.;]{0,100}?\b(?:on strike|struck|walked out|went out|protest|rallied|"
    r"gathered|marched|blocked|stopped work|downed tools|sat in|staged)"
)
# "around 200 took part": a crowd counted by those who took part
EN_TOOK_PART = re.compile(r"^\s+(?:people\s+)?(?:took part|participated|turned out|showed up|joined in)\b")
PER_PERSON = ("每人", "每个人", "人均", "每月", "每天", "每单", "一米", "每名", "每位", "每年")
OWED_ZH = (
    "欠",
    "拖欠",
    "一共",
    "共计",
    "合计",
    "总计",
    "总共",
    "累计",
    "讨要",
    "追讨",
    "应得",
    "工钱",
    "工资款",
    "工程款",
    "共",
)
OWED_STRONG = ("欠", "拖欠", "讨要", "追讨", "未付", "没给", "未结", "还差", "差我", "拒付", "拒不支付",
               "拒绝支付", "尚欠", "未支付", "未发放", "克扣", "扣发")
# a sum paid or received (补发的……合共不到三千元, "a pay slip for 2,924 yuan"), not one owed;
# 不到 (less than) gives no figure
PAID_ZH = re.compile(r"(?<![没未不有能])(?:补发|收到|拿到|领到|已付|已支付|垫付|预存|预付)|不到$")
PAID_EN = re.compile(r"\b(?:pay ?slip|received|(?:was|were|got|has|have been) paid|paid out)\b")
# "to pay the 37 million yuan", "pay off the 2 million yuan": a sum due
EN_PAY_BEFORE = re.compile(r"\b(?:to pay|pay off|paying|settle) (?:the |them |him |her |workers )?$")
TOTAL = ("一共", "共计", "合计", "总计", "总共", "累计", "共", "涉及金额", "涉案金额")
OWED_EN = ("owes", "owed", "owing", "unpaid", "arrears", "total", "totalling", "worth of wages",
           "demanding", "claiming", "seeking", "refused to pay", "refuses to pay", "bills of",
           "withheld", "withholding", "outstanding", "back pay", "back wages", "awarded him",
           "awarded her", "awarded them", "awarded the", "to demand", "suing for", "sue for",
           "sued for", "recover")
# 她自己就被欠2万元, 老板欠他4万, "owed him 140,000 yuan": one worker's own sum, which in a
# group's action is no total
ONE_OWED = re.compile(
    r"(?:欠|拖欠|差)(?:他|她|我)(?!们)|(?:他|她|我)(?:自己|本人|个人)(?:就|也|还)?(?:被)?(?:欠|拖欠)|"
    r"\bow(?:es|ed|ing) (?:him|her|me)\b|\b(?:he|she|i) (?:is|was|am) (?:still )?owed\b"
)
MONEY_AFTER = re.compile(r"^(?:多|余)?(?:万|亿)?(?:多|余)?(?:元|块|万|亿|圆|rmb)")
EN_MONEY_AFTER = re.compile(r"^\s?(?:yuan|rmb)\b")
# a sum claimed (要求赔偿110万元, 索赔) or one only offered (只愿赔偿20万元), which is no claim
CLAIMED_ZH = re.compile(
    r"要求[^，,。；;]{0,8}?(?:赔偿|补偿|支付|赔付|发放|付清|结清|偿还|清偿|补发|兑现)|索赔|索要|"
    # 法院判矿主赔我49万, 仲裁裁决公司支付: a sum a court or an arbitration awarded
    r"(?:判决?|裁决|判令)[^，,。；;]{0,6}?(?:赔偿?|补偿|支付|赔付|偿还)"
)
OFFERED_ZH = re.compile(r"只愿|只肯|只给|只同意|只答应|只赔|愿意赔|愿意给|提出赔偿")
# 三万八工资, 四十六万多: a sum in 万 needs no 元; 1.3万人 is people
NOT_MONEY_AFTER = re.compile(r"(?:多|余)?(?:人|名|个|位|起|次|辆|台|件|吨|平|亩|户|家|条|份|单|公里|米|字)")
PER_EN = re.compile(r"^\s*(?:per|a|each|for every|an)\b")
EN_MONEY_BEFORE = re.compile(r"(?:rmb|cny|¥|￥)\s?$")
# the sum, then what is unpaid: 两万三千元工资没结, 4800元收入提现不了, "3.1 million yuan in back pay"
OWED_AFTER = re.compile(
    r"(?:多|余)?(?:万|亿)?(?:元|块|圆)(?:的)?(?:工资|工钱|血汗钱|工程款|收入|货款|劳务费|报酬)?"
    r"(?:还|都|一直|至今|仍|迟迟|一分(?:钱)?(?:都|也)?)?(?:没|未|不)(?:有)?(?:结|给|发|付|到账|支付|兑现|拿到|领到|收到)|"
    # 20万元工资被拖欠, 工资约20万元早该结算了
    r"(?:多|余)?(?:万|亿)?(?:元|块)(?:的)?(?:工资|工钱|血汗钱|工程款|劳务费)?"
    r"(?:被(?:拖欠|欠|克扣|扣发|扣)|(?:早就|早)(?:该|应该|应)(?:结|发|付))|"
    r"(?:多|余)?(?:万|亿)?(?:元|块)(?:的)?(?:工资|收入|工钱)?(?:提现不了|无法提现|不能提现)|"
    r"\s?(?:yuan|rmb)?\s+(?:in|of)\s+(?:back pay|back wages|unpaid wages|wage arrears|arrears)|"
    # "the 15,000 yuan the site owed the couple": the sum, then who owes it
    r"\s?(?:yuan|rmb)\s+(?:that\s+)?(?:the|his|her|their|its)\s+(?:[a-z'-]+\s+){0,2}?(?:owed|owes)\b|"
    r"\s?(?:yuan|rmb)?\s+(?:they are|they were|he is|she is|he was|she was|still|that is|that was)"
    r"\s+(?:still\s+)?(?:owed|unpaid|outstanding)"
)


# 七百多万工钱，年都过不成了: a sum of earned pay, named as such
WAGES_AFTER = re.compile(r"(?:多|余)?(?:万|亿)?(?:多|余)?(?:元|块)?(?:的)?(?:工钱|血汗钱|工程款|辛苦钱)")
_CLAUSE_STOP = re.compile(r"[,，。；;、]")
_PHRASE_STOP = re.compile(r"[,，。；;：:！？!?]")
_SENTENCE_STOP = re.compile(r"[，,。；;！？]")
_EN_CASUALTY_AFTER = re.compile(r"^\s*(?:people\s+)?(?:dead|killed|injured|hurt|died)")
_EN_CASUALTY_NEAR = re.compile(r"\b(?:dead|killed|injured|hurt)\b")


class Count(NamedTuple):  # (a tuple: made many times a post, and quickly)
    value: int | str
    start: int
    end: int


def quantities(norm: str) -> list[Quantity]:
    """Every number, once: where two readings end together ("nearly 100" read in English and
    "100" in Chinese), the longer one, which holds the prefix."""
    found = sorted(
        zh_quantities(norm) + en_quantities(norm) + _few(norm), key=lambda q: (q.start, -q.end)
    )
    longest: dict[int, Quantity] = {}
    for q in found:
        longest.setdefault(q.end, q)
    return [q for q in found if longest[q.end] is q]


# 几 not after 十百千万 or a digit (the look-behind follows 几, so that a search skips to 几)
_FEW = re.compile(r"几(?<![十百千万0-9]几)[位个名]")


def _few(norm: str) -> list[Quantity]:
    """几位/几个/几名 — a few: below ten."""
    if "几" not in norm:
        return []
    return [Quantity(m.start(), m.end() - 1, None, 1, True) for m in _FEW.finditer(norm)]


def participants(norm: str, qs: list[Quantity], *, call: bool = False) -> Count | None:
    """The largest head count of people acting (as a bucket); ``call``: the post is a call for
    help (see :mod:`labourmap.engine.others_counted`)."""
    best: tuple[int, Quantity] | None = None
    for q in qs:
        after = norm[q.end : q.end + 48]
        before = norm[max(0, q.start - 3) : q.start]
        if any(b in before for b in ("每", "第", "近10倍")) or q.value == 1:
            continue
        if "前" in before and not _DAY_BEFORE.search(before):
            continue  # 前10名: a rank (not 前日有数百名工人: the day before yesterday)
        if POPULATION.search(norm, max(0, q.start - 3), q.start) and BARE_PERSONS.match(norm, q.end):
            continue  # 全乡三万多人: those who live there
        m = CLASSIFIER.match(after)
        if m is None and (
            VEHICLES.match(after) or after.startswith(BARE_PEOPLE) or _spoken_head(after, q)
            or _cabs_counted(norm, q, after)
        ):
            pass
        elif m:
            rest = after[m.end() :]
            if rest.startswith(NOT_PARTICIPANTS) or any(
                w in rest[:6] for w in ("死亡", "遇难", "受伤", "代表", "被抓", "被捕", "被拘", "被带走")
            ):
                continue
            if WORKFORCE_ZH.search(norm, max(0, q.start - 6), q.start) or PART_OF_ZH.match(rest):
                continue
            if rest.startswith(POLICE_ZH) or (
                SIZE_ZH.search(norm, max(0, q.start - 7), q.start) and rest[:1] in ("", "，", ",", "。", "；", ";")
            ):
                continue
            clause = _PHRASE_STOP.split(rest[:16])[0]
            if DETAINED_ZH.search(clause):
                continue  # 二十多个兄弟因为这事被带走了: those detained, not the crowd
            if HAS_BEFORE_ZH.search(norm, max(0, q.start - 4), q.start) and _told_and_left(rest):
                continue
            if m.group().endswith(("名", "个", "位")) and not rest.startswith(ZH_PEOPLE):
                # 三百多名来自湖南、江西的工人: who they are may run over a list
                segment = _PHRASE_STOP.split(rest[:24])[0]
                if not any(p in segment for p in ("工", "员", "师", "手", "机", "们", "患者")):
                    continue
        elif norm[q.start : q.end].isascii() and (
            (q.value is None and (EN_BARE_VAGUE.match(after) or EN_VAGUE_AT.match(norm, q.end)))
            or EN_TOOK_PART.match(after)
            or EN_STRONG.match(after)
            or (q.value is None and EN_BY_THE.search(norm, max(0, q.start - 10), q.start))
        ):
            pass
        elif (
            norm[q.start : q.end].isascii()
            and EN_PEOPLE.match(after)
            and not EN_UNIT.match(after)
            and not EN_MONTH_AFTER.match(after)
            and not WORKFORCE_EN.search(norm, max(0, q.start - 30), q.start)
        ):
            tail = after[:40]
            if EN_YEAR.fullmatch(norm, q.start, q.end) and (
                EN_YEAR_BEFORE.search(norm, max(0, q.start - 8), q.start) or not EN_AT_ONCE.match(tail)
            ):
                continue  # "the awards for 2016 that teachers in Hefei received": a year
            if _EN_CASUALTY_AFTER.match(tail):
                continue
            if _EN_CASUALTY_NEAR.search(norm[q.end : q.end + 25]):
                continue
            if EN_DETAINED_AFTER.match(norm, q.end) or EN_DETAINED_BEFORE.search(
                norm, max(0, q.start - 24), q.start
            ):
                continue  # "the 48 workers police hauled off": those detained, not the crowd
        else:
            continue
        if _EARLIER.search(norm, _sentence_start(norm, q.start), q.start):
            continue  # 十年前那次，上千人停工: another, earlier action's crowd
        if counted_otherwise(norm, q, call=call):
            continue  # 裁减数千人, "1,800 people have signed": not those acting
        if best is None or q.lower > best[0]:
            best = (q.lower, q)
    if best is None:
        return None
    name = bucket(best[0])
    return Count(name, best[1].start, best[1].end) if name else None


_DAY_BEFORE = re.compile(r"前[日天]")
_EARLIER = re.compile(r"那次|上次|那一次|上一次|当年|曾经|[0-9一二两三四五六七八九十几]年前(?!后)|years ago|back in (?:19|20)")
_SENTENCE_END = re.compile(r"[。！？!?\n]|\. ")


def _sentence_start(norm: str, pos: int) -> int:
    start = max(0, pos - 60)
    found = [m.end() for m in _SENTENCE_END.finditer(norm, start, pos)]
    return found[-1] if found else start


# 我们农民工, 老师们, 大家, "his workers", "we": a group of unknown size asks, not one worker
_MANY = re.compile(r"我们(?:农民工|工人|工友|这些|这帮|这群|一大帮|一帮|一群|一大群|一大批|一批)|"
                   r"(?:工人|老师|农民工|员工)们|"
                   r"我们是[^，。,！!]{0,20}?(?:农民工|工人|工友|员工|职工|老师|司机|骑手)|"
                   r"大家(?:都|一起|只能|只好)|\b(?:his|their) workers\b")


# 我是……承包人, 本人: one worker introduces himself, whoever else he speaks for
# "Teachers in Dafang county ...": a post that opens on workers in the plural
_MANY_EN_HEAD = re.compile(
    r"(?:[a-z'-]+ ){0,2}(?:teachers|workers|drivers|employees|nurses|riders|miners|couriers|"
    r"cleaners|builders)\b"
)
_ONE_SPEAKS = re.compile(r"我是|本人|我叫")


def speaks_for_many(norm: str) -> bool:
    """The call speaks for a group of workers (我们农民工, 老师们, "we"), of no stated size."""
    many = (
        ("们" in norm or "大家" in norm or "workers" in norm)  # (what each branch of _MANY needs)
        and _MANY.search(norm) is not None
    ) or _MANY_EN_HEAD.match(norm) is not None
    return many and _ONE_SPEAKS.search(norm) is None


# 出租车从1号起全停了，一千四百多台: the cabs named before, counted by 台/辆 alone
_BARE_CABS = re.compile(r"(?:多|余)?[台辆](?=[，,。；;！!])")
_CABS = ("出租车", "的士", "的哥", "网约车")


def _cabs_counted(norm: str, q: Quantity, after: str) -> bool:
    return (q.lower >= 10 and _BARE_CABS.match(after) is not None
            and any(c in norm[max(0, q.start - 30) : q.start] for c in _CABS))


def _told_and_left(rest: str) -> bool:
    """约有4万名员工，……: the noun, then the clause ends (no action follows the count)."""
    for noun in ZH_PEOPLE:
        if len(noun) > 1 and rest.startswith(noun):
            return rest[len(noun) : len(noun) + 1] in ("，", ",", "。", "；", ";", "")
    return False


def _spoken_head(after: str, q: Quantity) -> bool:
    """一百来号老师, 一千多号工人 (not 12号, a day), 七八十口子: people counted in speech."""
    h = ZH_HAO.match(after)
    if h is None:
        return False
    if h.group().startswith("口"):
        return True
    return (len(h.group()) > 1 or q.lower >= 100) and after.startswith(ZH_PEOPLE, h.end())


def amount(norm: str, qs: list[Quantity], *, many: bool = False) -> Count | None:
    """The total owed or claimed, in yuan: an owed sum (欠, owes) before a total (一共, 合计)
    before another claimed sum (应得, 工钱). ``many``: ten or more act, so that a sum owed to
    one of them (她自己就被欠2万元) is no total."""
    best: tuple[int, Count] | None = None
    for q in qs:
        if q.value is None:
            continue
        after = norm[q.end : q.end + 6]
        before = norm[max(0, q.start - 10) : q.start]
        text_q = norm[q.start : q.end]
        zh_money = MONEY_AFTER.match(after) or (
            ("万" in text_q or "亿" in text_q) and not NOT_MONEY_AFTER.match(after)
        )
        en_money = text_q.isascii() and (
            EN_MONEY_AFTER.match(after) or EN_MONEY_BEFORE.search(before)
        )
        if not (zh_money or en_money):
            continue
        clause = _SENTENCE_STOP.split(before)[-1]
        tail = norm[q.end : q.end + 24].replace("yuan", "", 1)
        if any(p in clause for p in PER_PERSON) or PER_EN.match(tail) or OFFERED_ZH.search(clause):
            continue
        if PAID_ZH.search(clause) or PAID_EN.search(norm, max(0, q.start - 30), q.start):
            continue
        wide = norm[max(0, q.start - 45) : q.start]
        if many and ONE_OWED.search(clause if not text_q.isascii() else wide[-24:]):
            continue
        if (
            any(w in clause for w in OWED_STRONG)
            or any(w in wide for w in OWED_EN)
            or OWED_AFTER.match(norm, q.end, q.end + 40)
        ):
            rank = 3
        elif (
            any(w in clause for w in TOTAL)
            or CLAIMED_ZH.search(clause)
            or (en_money and EN_PAY_BEFORE.search(norm, max(0, q.start - 24), q.start))
        ):
            rank = 2
        elif any(w in before for w in OWED_ZH) or (
            zh_money and WAGES_AFTER.match(norm, q.end) and not (q.approx and q.value == q.magnitude)
        ):  # 七百多万工钱: a sum of wages, where the post tells of none other (十几万: too rough)
            rank = 1
        else:
            continue
        value = q.value
        if zh_money and not text_q.endswith(("万", "亿")):
            unit = MONEY_AFTER.match(after)
            if unit and "万" in unit.group():
                value *= 10_000
            elif unit and "亿" in unit.group():
                value *= 100_000_000
        if best is None or rank > best[0]:
            best = (rank, Count(value, q.start, q.end))
    return best[1] if best else None

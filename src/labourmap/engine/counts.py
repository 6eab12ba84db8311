"""Head counts (and, from :mod:`labourmap.engine.money`, sums of money), read from the numbers around their nouns (the dead and
injured are read by :mod:`labourmap.engine.casualties`).

* participants: a number before a classifier and a worker noun (上千名工人, 几十个工人,
  "hundreds of workers", "by the hundreds"); never one next to 死亡/受伤/代表/被带走 or after
  每, nor a workforce (现有员工3000人, "of its 40,000 staff"), a population (全镇五万多人),
  those detained ("the 48 workers police hauled off", 好几个老师被硬拖走) or a year ("since
  2022 and workers");
* amount: see :mod:`labourmap.engine.money`.
"""

from __future__ import annotations

import re

from labourmap.engine.crowd_apart import beaten_or_held, places_counted
from labourmap.engine.crowd_glued import (
    and_others_en,
    glued_head,
    named_just_before,
    with_acting_en,
)
from labourmap.engine.crowd_told import (
    acted_en,
    after_the_police,
    guess_words,
    guessed_crowd,
    still_running,
    turnout_told,
    turnout_words,
)
from labourmap.engine.money import PAID_ZH as PAID_ZH  # (re-exported)
from labourmap.engine.money import amount as amount
from labourmap.engine.numbers import Count as Count
from labourmap.engine.numbers import Quantity, bucket
from labourmap.engine.numbers import quantities as quantities  # (re-exported)
from labourmap.engine.others_counted import counted_otherwise
from labourmap.engine.speaks_many import _MANY as _MANY  # (re-exported: a gate test reads it)
from labourmap.engine.speaks_many import speaks_for_many as speaks_for_many  # (re-exported)

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
    "老乡",
    "退休职工",
    "退休工人",
    "老职工",
    # 几十个大爷大妈, 十几个阿姨: older workers (sanitation, cleaning) named as people call them
    "大爷",
    "大妈",
    "阿姨",
    "大姐",
    "大叔",
    # 十来个小姑娘, 二十多个小伙子: young workers named as people call them
    "小姑娘", "姑娘", "小伙子", "小伙",
    # 三十多名教练和前台, 十二个尘肺病人: coaches at a gym, the sick who worked
    "教练",
    "病人",
    # 三十多名编辑、记者: newsroom staff
    "编辑",
    "记者",
    "主持人",
)
# 两百多名派遣护士, 四十多个四川老乡: the people noun after a word for their kind or their home
# (编辑部, 记者站: newsroom words that name places, read only at the count)
_PEOPLE_LATER = re.compile("|".join(p for p in ZH_PEOPLE if len(p) > 1 and p not in ("工人", "员工", "编辑", "记者")))
# 数百工人, 上千员工: a number glued to the worker noun, with no classifier
BARE_PEOPLE = ("工人", "员工", "职工", "农民工", "民工", "工友", "矿工", "教师", "老师", "医护", "骑手", "司机",
               "环卫工", "的哥", "老矿工", "退休工人", "退休职工", "退休矿工", "退休老", "护士", "建筑工")
# 两百多辆出租车停运: drivers on strike counted by their vehicles
# (上百辆拉煤车: any truck or cab, not a police car, an ambulance, a fire engine or a private car)
VEHICLES = re.compile(
    r"(?:多|余)?辆(?:的士|出租车|出租|网约车|卡车|货车|集卡|集装箱卡车|泥头车|渣土车|大货车|公交车|车|"
    r"[\u4e00-\u9fff]{1,3}?(?<![警护防法务家])车|"
    # 两百多辆承包经营的大巴: buses, with a word of how they are run
    r"(?:[\u4e00-\u9fff]{1,6}?的)?(?:中巴|大巴|小巴|客车|班车))|"
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
EN_PEOPLE = re.compile(  # ("a dozen or so workers": a rough count's "or so" before its noun)
    r"^(?:\s+or so)?(?:\s+(?:of\s+)?(?:[a-z'-]+\s+(?:and|or)\s+)?"
    r"(?:(?!(?:as|when|while|after|before|until|since|to|from|if|because|but|so|in|on|at|by|"
    # ("12 proposals among couriers": the words run past a preposition)
    r"among|for|with|against|about|over|into|across|through|per)\s)"
    # ("50 China Railway No.8 Bureau workers": a firm's name of up to four words, with a number)
    # ("240 owner-drivers": a noun with a word hyphened before it)
    r"(?:[a-z'-]+|no\.[0-9]+)\s+){0,4}?)?(?:[a-z]+-)?(?:workers|employees|staff|drivers|riders|"
    r"teachers|miners|labourers|laborers|nurses|people|women|men|taxis|cabs|"
    r"couriers|cleaners|recruits|strikers|protesters|guards|builders|workmates|co-workers|"
    r"coworkers|colleagues|retirees|pensioners|of them|of us|new hires|brothers|sisters|"
    # ("35 sewing machine operators", "crane operators", "dockworkers"): trades named in English
    r"(?<!bus )(?<!tour )(?<!ferry )(?<!network )(?<!mobile )operators|machinists|assemblers|welders|loaders|porters|dockers|dockworkers|technicians|"
    r"doctors|cashiers|clerks|waiters|cooks|chefs|janitors|sanitation workers|"
    # ("thousands of cabbies", "thirteen farmers who poured concrete"): the press's words for
    # drivers, and for migrant workers named by where they come from
    r"cabbies|truckers|haulers|hauliers|drillers|farmers)\b"
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
# (该厂有员工约1100人，…: what the plant has, told and left)
SIZE_ZH = re.compile(
    r"(?:(?:^|[，,。；;])(?:员工|职工)(?:总数|人数)?|[厂司矿店](?:约|大约|现|共)?有(?:员工|职工|工人)|"
    r"(?:^|[，,。；;])有(?:员工|职工|工人))(?:超过|逾|达|约|近)?$"
)
# 数百名警察和保安进厂: the police sent, not the workers acting
POLICE_ZH = ("警察", "警力", "民警", "特警", "武警", "防暴警", "公安", "警员", "城管", "辅警")
# 约有4万名员工，生产……; 该站共有六七十名环卫工。: what a firm has, told and left
# (该集团有约三万名员工, 鼎盛时有六千工人: what a firm has, or once had)
# (全市有上千名环卫工，: a trade's number in a whole town, told and left)
HAS_BEFORE_ZH = re.compile(
    r"(?:约有|现有|拥有|雇有|共有|大约有|[厂司矿店业团]有(?:约|大约|近|超过)?|"
    r"(?:全|本)(?:市|县|区|镇|省|国)(?:共|约|大约)?有(?:约|大约|近|超过)?|"
    r"(?:全盛|鼎盛|高峰|最多|兴旺)(?:时期|时候|时|期)?(?:曾)?有|曾有)$"
)
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
    # ("3,000 of Wuhan's 12,000 drivers": the whole, whoever's it is)
    r"\b(?:of its|workforce of|employs|employing|payroll of|[0-9,]+ of (?:the|its|their|[a-z'-]+'s)"
    r"(?: [a-z'-]+'s)?|(?:which|that|it) (?:has|had)|among(?: the| its| their)?) $"
)
# 全厂1000多名工人中有300多人: the whole, of which a part is counted
PART_OF_ZH = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:工人|员工|职工|工友|教师|老师|司机|骑手)(?:中|里|之中|当中)[，,]?(?:有|的)?"
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
# ("several hundred stopped work", "thousands walked out": a rough crowd told by what it did)
EN_BARE_VAGUE = re.compile(
    r"^\s+(?:still|have|had|were|are|took|went|joined|gathered|marched|stopped work|walked out|downed tools|"
    r"struck|staged|protested|rallied|blocked|sat in|refused)\b"
)
# "teachers protested at the bureau - several hundred, holding signs", "…, a dozen or so,": a
# rough head count set off after the people it counts
EN_SET_OFF_BEFORE = re.compile(r"(?:[-–—,:]|\bthere were|\babout|\baround|\bsome)\s*$")
EN_SET_OFF_AFTER = re.compile(r"(?:\s+or so|\s+of them|\s+in all)?\s*(?:[,;:.!?)]|-\s|$)")
EN_CROWD = re.compile(
    r"\b(?:workers|employees|staff|drivers|riders|teachers|miners|nurses|couriers|cleaners|protesters|"
    r"strikers|labourers|laborers|doctors|guards)\b"
)
# "truck drivers blocked the road - about a hundred rigs": drivers counted by their vehicles
EN_RIGS = re.compile(r"^\s+(?:rigs|trucks|lorries|taxis|cabs|vans)\b")
EN_DRIVERS = re.compile(r"\b(?:drivers|truckers|cabbies)\b")
# "Thousands at a parts maker have been on strike": a crowd counted at its workplace
EN_VAGUE_AT = re.compile(
    r"\s+(?:at|from)\s[^.;]{0,100}?\b(?:on strike|struck|walked out|went out|protest|rallied|"
    r"gathered|marched|blocked|stopped work|downed tools|sat in|staged)"
)
# "around 200 took part": a crowd counted by those who took part
EN_TOOK_PART = re.compile(r"^\s+(?:people\s+)?(?:took part|participated|turned out|showed up|joined in)\b")
_CLAUSE_STOP = re.compile(r"[,，。；;、]")
_PHRASE_STOP = re.compile(r"[,，。；;：:！？!?]")
_EN_CASUALTY_AFTER = re.compile(r"^\s*(?:people\s+)?(?:dead|killed|injured|hurt|died)")
_EN_CASUALTY_NEAR = re.compile(r"\b(?:dead|killed|injured|hurt)\b")



def participants(norm: str, qs: list[Quantity], *, call: bool = False) -> Count | None:
    """The largest head count of people acting (as a bucket); ``call``: the post is a call for
    help (see :mod:`labourmap.engine.others_counted`)."""
    best: tuple[int, Quantity] | None = None
    working: tuple[int, Quantity] | None = None
    # what the tests of a count with no classifier need in the text (each False without it)
    cabs = "辆" in norm or "台" in norm  # (VEHICLES, _BARE_CABS)
    hao = "号" in norm
    spoken = hao or "口" in norm  # (ZH_HAO)
    glued = hao or "籍" in norm or "司机" in norm  # (HAO_TRADE, FROM_HOME, DRIVERS)
    told, guess = turnout_words(norm), guess_words(norm)  # (turnout_told, guessed_crowd)
    for q in qs:
        after = norm[q.end : q.end + 48]
        before = norm[max(0, q.start - 3) : q.start]
        if q.value == 1 or "每" in before or "第" in before or before == "no.":
            continue  # (每, 第, "No.8 Bureau": no count)
        if before.endswith("月") and after[:1] in ("号", "日"):
            continue  # 6月9号人就没了: a day, not 9 people
        if before.endswith("前") and not _DAY_BEFORE.search(before):
            continue  # 前10名: a rank (not 前日有数百名工人, 日前，15名: a day)
        if (
            ("全" in before or "本" in before or "口" in before)  # (what POPULATION needs)
            and POPULATION.search(norm, max(0, q.start - 3), q.start)
            and BARE_PERSONS.match(norm, q.end)
        ):
            continue  # 全乡三万多人: those who live there
        m = CLASSIFIER.match(after)
        if m is None and (
            (v := VEHICLES.match(after) if cabs else None) or after.startswith(BARE_PEOPLE)
            or (spoken and _spoken_head(after, q))
            or (cabs and _cabs_counted(norm, q, after)) or (glued and glued_head(norm, q, after))
            or (told and turnout_told(norm, q)) or (guess and guessed_crowd(norm, q))
        ):
            if v is not None and still_running(norm, q.end + v.end()):
                continue  # 只有300多辆出租车还在营运: those running, not those stopped
            if HAS_BEFORE_ZH.search(norm, max(0, q.start - 6), q.start) and _told_and_left(after):
                continue  # 鼎盛时有六千工人，: a workforce told and left
        elif m:
            rest = after[m.end() :]
            if (rest.startswith(NOT_PARTICIPANTS) and not rest.startswith("天天")) or _NOT_NEAR.search(rest, 0, 6):
                continue
            window = norm[max(0, q.start - 7) : q.start]
            if (("有" in window or "雇" in window) and WORKFORCE_ZH.search(norm, max(0, q.start - 6), q.start)) or (
                ("中" in rest or "里" in rest) and PART_OF_ZH.match(rest)
            ):
                continue
            if rest.startswith(POLICE_ZH) or (
                rest[:1] in ("", "，", ",", "。", "；", ";") and "工" in window
                and SIZE_ZH.search(norm, max(0, q.start - 7), q.start)
            ):
                continue
            clause = _PHRASE_STOP.split(rest[:16])[0]
            if DETAINED_ZH.search(clause) or beaten_or_held(norm, q.start, clause):
                continue  # 二十多个兄弟因为这事被带走了: those detained, not the crowd
            if HAS_BEFORE_ZH.search(norm, max(0, q.start - 6), q.start) and _told_and_left(rest):
                continue
            if m.group().endswith("个") and (_UNITS_COUNTED.match(rest) or places_counted(rest)):
                continue  # 好几个网点的快递小哥, 十多个省区市: places counted, not people
            if m.group().endswith(("名", "个", "位")) and not rest.startswith(ZH_PEOPLE):
                # 三百多名来自湖南、江西的工人: who they are may run over a list
                segment = _PHRASE_STOP.split(rest[:24])[0]
                if not any(p in segment for p in ("工", "员", "师", "手", "机", "们", "患者")) and not (
                    _PEOPLE_LATER.search(segment, 0, 8)
                    or (segment == "" and _NAMED_BEFORE.search(norm, max(0, q.start - 30), q.start))
                    or named_just_before(norm, q, rest)
                    or (rest.startswith(_TOGETHER) and _NAMED_EARLIER.search(norm, max(0, q.start - 30), q.start))
                ):
                    continue
        elif norm[q.start : q.end].isascii() and (
            (q.value is None and (EN_BARE_VAGUE.match(after) or EN_VAGUE_AT.match(norm, q.end)))
            or EN_TOOK_PART.match(after)
            or EN_STRONG.match(after)
            or (q.value is None and EN_BY_THE.search(norm, max(0, q.start - 10), q.start))
            or _set_off_en(norm, q)
            or with_acting_en(norm, q)
            or and_others_en(norm, q)
            or acted_en(norm, q)
            or (told and turnout_told(norm, q))
            or (EN_RIGS.match(after) and EN_DRIVERS.search(norm, _sentence_start(norm, q.start, 160), q.start))
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
            if tail.startswith((" of them", " of us")) and after_the_police(norm, q, _sentence_start(norm, q.start, 160)):
                continue  # "riot police, about a hundred of them": the police counted
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
        if (any(w in after for w in _WORK_WORDS) and _AT_WORK.match(norm, q.end)) or _worked_before(norm, q):
            if working is None or q.lower > working[0]:  # 一百多名工人进入工地干活: those
                working = (q.lower, q)  # who worked there, counted only where none acted
            continue
        if best is None or q.lower > best[0]:
            best = (q.lower, q)
    best = best or working
    if best is None:
        return None
    name = bucket(best[0])
    return Count(name, best[1].start, best[1].end) if name else None


# (not 三百多个车间工人: the place word glued to the people noun names them)
_UNITS_COUNTED = re.compile(
    r"(?:网点|站点|工地|项目|车间|工厂|公司|部门|班组|单位|学校|医院|门店|分店|城市|地方|小区|楼盘|标段|工区|街道|片区|"
    r"仓库|分拣中心|配送站|省区|省市|省份|县市|区县|乡镇)"
    r"(?!工人|员工|职工|工友|农民工|民工|师傅|老师|教师|护士|医生|快递员|司机|骑手|保安)"
)
# 员工们坐在店里不走了，一百多个，: the workers named, then counted on their own at a phrase's end
# (骑手聚了五六十个，: or after the verb that gathered them)
_NAMED_NOUNS = r"(?:员工|工人|职工|工友|农民工|司机|骑手|老师|教师|环卫工|保安|护士|快递员|老乡)"
_NAMED_BEFORE = re.compile(
    _NAMED_NOUNS + r"(?:[^。！？!?\n]*[，,][^，,。！？!?\n]{0,3}|"
    r"[^，,。！？!?\n]{0,3}?(?:聚|来|去|到|围|堵|坐|站|集合|聚集|凑)了)$"
)
# 工人，今天二十多个一起去了信访局: the workers named, then counted as they act together
_TOGETHER = ("一起", "一块", "一同", "集体")
_NAMED_EARLIER = re.compile(_NAMED_NOUNS + r"[^。！？!?\n]{0,24}$")
_DAY_BEFORE = re.compile(r"前[日天]|[日目此之]前$")
_NOT_NEAR = re.compile("死亡|遇难|受伤|代表|被抓|被捕|被拘|被带走")
# 三十多名工人在这个工地干活: the clause tells of work done, not of an action (不干活: a strike)
_WORK_WORDS = ("干活", "打工", "务工", "做工")
_AT_WORK = re.compile(r"[^，,。；;！!？?]{0,36}?(?<![不没])(?<!拒绝)(?<!停止)(?:干活|打工|务工|做工)")
# 在开发区工地干活，湖南老乡一千多人，: the clause before tells of work, this one counts them and ends
_WORKED_BEFORE = re.compile(
    r"(?<![不没])(?:干活|打工|务工|做工|上班)[，,][\u4e00-\u9fff]{0,6}?(?:老乡|工人|员工|工友|农民工|职工|民工)"
    r"(?:有|共|约|共有)?$"
)


def _worked_before(norm: str, q: Quantity) -> bool:
    """在厂里打工，工友三千多人，: those who worked there, counted in a clause of their own."""
    return (
        norm[q.end : q.end + 3].lstrip("多余来名人个")[:1] in ("，", ",", "。", "；", ";")
        and _WORKED_BEFORE.search(norm, max(0, q.start - 16), q.start) is not None
    )
# (一年前的今天: the day the post looks back on, not another action)
_EARLIER = re.compile(r"那次|上次|那一次|上一次|当年|曾经|[0-9一二两三四五六七八九十几]年前(?!后|的今天|的这一天)|"
                      r"years ago|back in (?:19|20)")
# ([。！？!?\n]|\. written as one class first, so that a search skips to its characters)
_SENTENCE_END = re.compile(r"[。！？!?\n.](?:(?<=\.) |(?<!\.))")


def _sentence_start(norm: str, pos: int, reach: int = 60) -> int:
    start = max(0, pos - reach)
    found = [m.end() for m in _SENTENCE_END.finditer(norm, start, pos)]
    return found[-1] if found else start


# 出租车从1号起全停了，一千四百多台: the cabs named before, counted by 台/辆 alone
# (几百台停在路边: or counted as they stand idle)
_BARE_CABS = re.compile(r"(?:多|余)?[台辆](?=[，,。；;！!]|停|都|全|趴|不拉|不出)")
_CABS = ("出租车", "的士", "的哥", "网约车", "中巴", "大巴", "罢运")  # (参加罢运的车辆增加到140辆: the buses on strike)


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


def _set_off_en(norm: str, q: Quantity) -> bool:
    """A rough English head count (several hundred, a dozen) set off by commas or a dash after
    a people noun earlier in its sentence."""
    if q.value is not None and not (q.approx or not norm[q.start : q.end][:1].isdigit()):
        return False
    start = _sentence_start(norm, q.start, 160)
    return (
        EN_SET_OFF_BEFORE.search(norm, max(0, q.start - 12), q.start) is not None
        and EN_SET_OFF_AFTER.match(norm, q.end) is not None
        and EN_CROWD.search(norm, start, q.start) is not None
        and not after_the_police(norm, q, start)  # "riot police and hired men, about 300 in all"
    )

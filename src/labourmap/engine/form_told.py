"""Forms of action told in reporters' words: a claim carried to the boss, a night spent in a
lobby, a march on an office, a crowd crammed into one, a car stopped in the road, an air cushion
laid under a ledge.

1. Workers going together to the employer to claim their pay (工人们去项目部要工资, 十几名工人
   到公司讨要血汗钱, "a team went back to the plant to collect their unpaid wages") protest at
   the workplace; one worker's visit is no crowd (我去公司要工资: a plea).
2. A crowd crammed into an office ("crowded into the sales office", "packed into the lobby") is a
   protest there.
3. A night spent where the claim is pressed ("spent last night in the lobby of …", 在项目部
   大厅过夜) is a sit-in.
4. A march on a government ("marched on the provincial government") is a petition besides the
   march (the office is where it went).
5. The boss's car stopped in the road (把老板的车拦在马路上, 拦下仍在载客的同行) is a road
   blockade.
6. Firefighters laying an air cushion (消防在楼下铺了气垫, "an inflatable cushion") tell of a
   threat to jump.
7. A city gridlocked by the action ("the city was gridlocked") is a road blocked.
8. Things thrown at the police ("hurled stools at riot police", 向防暴警察扔砖头) are a protest.
9. A crowd that still has not left the site of its claim (讨薪的15名工人仍没有离开) sits in.
10. A case taken to an office ("took their case to the city federation of trade unions") and a
    crowd counted at an office's door pressing a claim (省水利厅门前，七八名农民工…讨工钱) are
    petitions; a "collective leave" taken by staff, or a service stopped as its drivers act
    ("bus services stopped on Monday as drivers gathered at …"), is a strike.
11. Not a protest: a place surrounded by things, not people (车站也被垃圾包围). Strikers waiting
    where they are for an answer (一百多个兄弟都在那等说法, 司机们就想要个说法) protest besides the
    strike (not at an office: that is the petition's).
13. A crowd of workers counted, or told together, gone to the employer's own offices (三十多个老师
    去公司总部, 几百人去厂部, 护士们集体到院办门口) in a post with a grievance is a protest there, its
    claim told or not (not a visit weighed or asked about: 要不要去厂部, 明天准备去总部).
12. A share of a fleet told stopped (全市一半的车都停了, 上千辆出租车都停了) in a post naming its
    drivers is a strike (not cars stopped in a jam: 路上车都停了); so are working vehicles kept
    idle in a post with a claim (上百辆的士停在广场不走, 集卡已经停了三天, 门口停满了出租车).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit
from labourmap.engine.offices import GOV_OFFICE, petitions
from labourmap.engine.text import sentence_bounds
from labourmap.engine.words_in import holds_any

_STOP = "，,。；;！!？?"
# who went: workers, plural or counted (工人们, 十几名工人, 一群工友) in the clause before (not
# 我们 or 大家 alone: a family's visit is a plea)
CROWD_BEFORE = re.compile(
    r"(?:工人|员工|工友|农民工|职工|师傅|司机|骑手)们|一帮|一群|一伙|集体|"
    r"[\d一二两三四五六七八九十百千几数]+(?:多|余|来)?(?:个|名|号|位)?(?:工人|员工|工友|农民工|职工|老乡|人)"
)
# the claim carried to the employer: 去项目部要工资, 到公司讨要血汗钱, 找到老板家讨薪
_EMPLOYER = r"项目部|公司|厂里|厂区|工厂|老板家|售楼部|办公室|总部|工地|开发商"
CLAIMED = re.compile(
    rf"(?:到|去|找到|赶到|来到|跑到|冲到)了?[^{_STOP}]{{0,10}}?(?:{_EMPLOYER})[^{_STOP}]{{0,4}}?"
    r"(?:要工资|要钱|讨要|讨钱|讨工钱|讨薪|索要|讨说法|要说法|要血汗钱)"
)
_CLAIM_KEYS = ("要工资", "要钱", "讨要", "讨钱", "讨工钱", "讨薪", "索要", "讨说法", "要说法", "要血汗钱")
CLAIMED_EN = re.compile(
    r"\b(?:went|returned|came|turned up|showed up|headed) (?:back )?to (?:the )?(?:[\w'&-]+ ){1,4}?(?:on [\w ]{1,16}? )?"
    r"(?:to (?:collect|demand|claim|ask for|press for|get)|demanding) (?:their |the |a )?(?:[\w'-]+ ){0,3}?"
    r"(?:wages|pay|back pay|money)\b"
)
# an office gone to is a petition, not the employer's door ("went to the labour bureau to demand pay")
OFFICE_EN = re.compile(r"\b(?:bureau|government|department|inspectorate|city hall|town hall|court|union)\b")
# a group named in English before it: "workers", "a team of", "dozens of"
CROWD_BEFORE_EN = re.compile(r"\b(?:workers|labou?rers|builders|employees|staff|drivers|riders|crew|team|group|dozens|hundreds)\b")
# workers named before a crowd crammed into an office (not "hundreds of people" who bought a product)
WORKERS_EN = re.compile(r"\b(?:workers|labou?rers|builders|employees|staff|drivers|riders|crew|teachers|nurses|miners)\b")
CRAMMED_EN = re.compile(
    r"\b(?:crowded|packed|crammed|poured|pushed|squeezed|surged) into (?:the |its |their |a )?(?:[\w'-]+ ){0,3}?"
    r"(?:office|offices|lobby|headquarters|hall|building|compound)\b"
)
NIGHT_EN = re.compile(
    r"\bspent (?:the |last |a |two |three |several |many |\w+ )?(?:cold )?nights? (?:in|at|outside|on|in front of) "
    r"(?:the )?(?:[\w'-]+ ){0,4}?(?:lobby|office|offices|headquarters|building|gate|gates|site|hall|steps|entrance)\b"
)
NIGHT = re.compile(rf"在[^{_STOP}]{{1,12}}?(?:大厅|门口|门前|项目部|办公楼|楼下|售楼部)(?:里|内)?(?:过夜|睡了一夜|待了一夜|守了一夜)")
# a crowd moved into the office it presses its claim at, to stay there (搬进县信访局办公室, 卷着铺盖
# 住进分包公司的办公室, 夜宿县信访局, "moved into the offices of the subcontractor"): a sit-in (not a
# firm moving house: 搬进新办公楼)
MOVED_IN = re.compile(
    rf"(?:搬进|住进|睡进|夜宿)了?(?![^{_STOP}]{{0,6}}?新)[^{_STOP}]{{0,10}}?"
    r"(?:办公室|办公楼|大厅|大堂|项目部|售楼部|信访局|信访办|政府)"
)
MOVED_IN_EN = re.compile(r"\bmoved into (?:the |its |their )?(?:[\w'-]+ ){0,3}?(?:offices?|lobby)\b")
MARCH_ON_EN = re.compile(
    r"\bmarch(?:ed|ing)? (?:on|to|towards) (?:the )?(?:[\w'-]+ ){0,3}?(?:government|party committee|city hall)\b"
)
# the boss's car stopped in the road: 把一辆奔驰拦在马路上, 拦下仍在载客的同行
CAR_STOPPED = re.compile(
    rf"把[^{_STOP}]{{0,8}}?(?:车|奔驰|宝马|轿车)[^{_STOP}]{{0,2}}?拦(?:在|住|下)|"
    rf"拦(?:下|住|截)了?[^{_STOP}]{{0,6}}?(?:载客的|拉客的|营运的|出车的)(?:同行|车|出租车|的士)"
)
CUSHION = re.compile(r"(?:铺|铺设|铺上|铺好|充|打)了?(?:救生)?气垫|\b(?:air|inflatable|safety) cushions?\b")
GRIDLOCK_EN = re.compile(r"\bgridlock(?:ed)?\b")
THROWN_EN = re.compile(
    r"\b(?:hurl(?:s|ed|ing)?|threw|throw(?:s|ing)?|pelt(?:s|ed|ing)?) [^.;!?]{0,60}?\bat (?:the )?(?:lines of )?"
    r"(?:riot |armed )?(?:police|officers|guards|security)\b"
)
THROWN = re.compile(rf"(?:向|朝)(?:防暴|特)?(?:警察|民警|警方|保安|警)[^{_STOP}]{{0,3}}?(?:扔|砸|投掷|丢|抛)")
STAYED = re.compile(r"(?:仍|还|一直|始终|依然|仍然)(?:没有|没|未|不肯|不愿)离开")
TOOK_CASE_EN = re.compile(
    r"\btook (?:their|the|its|his|her) (?:case|complaints?|grievances?|dispute) to (?:the )?(?:[\w'-]+ ){0,4}?"
    r"(?:government|bureau|federation of trade unions|trade union federation|trade unions|department|authorities|"
    r"inspectorate|city hall)\b"
)
# a service stopped while its drivers or staff act ("bus services across the city stopped on
# Monday as drivers gathered at the company's headquarters"): their strike
SERVICES_EN = re.compile(
    r"\b(?:bus|taxi|tram|delivery|courier|ferry|cleaning|sanitation) services? (?:[\w,-]+ ){0,5}?"
    r"(?:stopped|halted|ground to a halt)\b(?= [^.;!?]{0,40}?\b(?:as|while|when) [^.;!?]{0,20}?\b"
    r"(?:drivers|staff|workers|employees|couriers|riders|cleaners)\b)"
)
LEAVE_EN = re.compile(r"\bcollective (?:sick )?leave\b")
# a crowd counted, and a claim, in the sentence of an office's door
COUNTED = re.compile(r"[\d一二两三四五六七八九十百千几数]+(?:多|余|来)?(?:名|个|号|位)")
CLAIM = re.compile(r"讨|要钱|要工资|要说法|血汗钱")
# a place surrounded by things: 被垃圾包围, 被洪水包围 (not people: 被工人包围, 被几百人包围)
THINGS_AROUND = re.compile(rf"被(?![^{_STOP}]{{0,6}}?(?:人|工|员|民|司机|师傅|群众|家属|们))[^{_STOP}]{{1,6}}$")


# a share of a fleet stopped, and its drivers named in the post
FLEET = re.compile(
    rf"(?:一半|大半|大部分|多半|全市|全城|全县|几百辆|上百辆|上千辆|数百辆|数千辆|\d+辆)[^{_STOP}]{{0,5}}?"
    rf"(?:车|的士|出租车|公交|货车)[^{_STOP}]{{0,2}}?(?:都|全|全都|基本|基本上)?停(?:了|运|驶|摆)"
)
DRIVERS = re.compile(r"的哥|司机|师傅们|车主|\bdrivers\b|\bcabbies\b")
# working vehicles kept idle where their drivers stand (a post with a claim): 上百辆的士停在广场
# 不走, 集卡已经停了三天, 公司门口停满了出租车 (not cars in a jam: 车停在路上不动; nor private cars)
_WORK_CAR = r"(?:的士|出租车|集卡|集装箱卡车|公交车|班车|货车|卡车|大车|网约车|渣土车|电动车|电驴)"
IDLE_FLEET = re.compile(
    rf"{_WORK_CAR}[^{_STOP}]{{0,2}}?停在[^{_STOP}]{{1,12}}?不(?:走|开|跑)|"
    rf"{_WORK_CAR}(?:已经|都|全都|全)?停了[一两三四五六七八九十几\d]+天|"
    rf"停满了?[^{_STOP}]{{0,3}}?{_WORK_CAR}"
)


# a crowd gone to the employer's own offices: 三十多个老师去公司总部, 几百人去厂部, 护士们今天下午集体
# 到院办门口 (the crowd counted, plural, or told together; 人 counted only: 二十多人去了项目部)
_STAFF = r"工人|员工|工友|农民工|职工|老师|教师|护士|护工|医护|司机|骑手|环卫工|保安|保洁员?|矿工|师傅|老员工|老职工"
_EMPLOYER_OFFICE = r"厂部|矿部|院办|厂办|校办|总部|办公楼|行政楼|老板家|项目部|售楼部|项目经理部"
WENT_TO_EMPLOYER = re.compile(
    rf"(?:(?:(?:[\d一二两三四五六七八九十百千几数]+|上[百千万])(?:多|余|来)?(?:个|名|号|位)?|[十百千]来个)(?:{_STAFF}|人)|"
    rf"(?:{_STAFF})们|(?:{_STAFF})[^{_STOP}]{{0,6}}?(?:集体|一起|一同|结伴))"
    rf"[^{_STOP}]{{0,6}}?(?:去|到|跑去|跑到|来到|赶到|涌到|冲到|找到|围到)了?[^{_STOP}]{{0,6}}?(?:{_EMPLOYER_OFFICE})"
)
# a visit weighed, planned or asked about in the clause before: 要不要去, 明天准备去, 打算到
WENT_NOT_YET = re.compile(r"要不要|准备|打算|计划|想|明天|将|会不会|是否")
_EMPLOYER_OFFICE_KEYS = ("厂部", "矿部", "院办", "厂办", "校办", "总部", "办公楼", "行政楼", "老板家", "项目部", "售楼部")


def went_to_employer(doc: Doc) -> list[Hit]:
    """A crowd of workers gone to the employer's own offices, in a post with a grievance (not an
    office of the government's: that is a petition; not a visit only weighed or asked about)."""
    norm = doc.norm
    if not doc.of("demand") or not holds_any(norm, _EMPLOYER_OFFICE_KEYS):
        return []
    out = []
    for m in WENT_TO_EMPLOYER.finditer(norm):
        cs, ce = doc.clause(m.start())
        if GOV_OFFICE.search(norm, m.start(), m.end()) or WENT_NOT_YET.search(norm, cs, m.end()):
            continue
        if "吗" in norm[m.end() : ce] or norm[ce : ce + 1] in ("？", "?"):
            continue
        out.append(Hit(m.start(), m.end(), "form", "protest", "went"))
    return out


# an answer waited for or asked by the strikers (等说法, 要个说法), and who asks it
ANSWER = re.compile(r"(?:等|要|讨)个?说法")
ANSWER_CROWD = re.compile(r"大家|兄弟们|工友们|工人们|司机们|师傅们|骑手们|员工们|都|全")


def answer_sought(doc: Doc) -> list[Hit]:
    """In a strike: the strikers waiting where they are for an answer (一百多个兄弟都在那等说法,
    司机们就想要个说法), not at an office (that is a petition) and not one worker's wish."""
    norm = doc.norm
    out = []
    for m in ANSWER.finditer(norm):
        ss, se = sentence_bounds(norm, m.start())
        if GOV_OFFICE.search(norm, ss, se) or not ANSWER_CROWD.search(norm, ss, m.start()):
            continue
        out.append(Hit(m.start(), m.end(), "form", "protest", "answer"))
    return out


def things_around(norm: str, pos: int) -> bool:
    """包围 at ``pos`` told of a place with things round it (巴士站也被垃圾包围)."""
    return THINGS_AROUND.search(norm, max(0, pos - 8), pos) is not None


# words each match of an English pattern holds: where the text holds none, it is not tried
_EN_KEYS: dict[re.Pattern[str], tuple[str, ...]] = {
    CLAIMED_EN: ("went ", "returned ", "came ", "turned up ", "showed up ", "headed "),
    CRAMMED_EN: (" into ",),
    NIGHT_EN: ("night",),
    MARCH_ON_EN: ("march",),
    THROWN_EN: ("hurl", "threw", "throw", "pelt"),
    TOOK_CASE_EN: ("took ",),
    LEAVE_EN: ("leave",),
    SERVICES_EN: ("service",),
}


def _holds(norm: str, pattern: re.Pattern[str]) -> bool:
    return holds_any(norm, _EN_KEYS[pattern])


def _finditer(pattern: re.Pattern[str], norm: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(norm)``, not tried where the text holds none of its words."""
    return pattern.finditer(norm) if _holds(norm, pattern) else iter(())


def told(doc: Doc, out: list[Hit]) -> list[Hit]:
    """The forms told in the phrases above (``out``: the forms found so far)."""
    norm = doc.norm
    found: list[Hit] = []
    if holds_any(norm, _CLAIM_KEYS):
        for m in CLAIMED.finditer(norm):
            if CROWD_BEFORE.search(norm, doc.clause(m.start())[0], m.start()) or CROWD_BEFORE.search(
                    norm, m.start(), m.end()):
                found.append(Hit(m.start(), m.end(), "form", "protest", "claimed"))
    if norm.isascii() or " " in norm:
        for m in CLAIMED_EN.finditer(norm) if _holds(norm, CLAIMED_EN) else ():
            if CROWD_BEFORE_EN.search(norm, max(0, m.start() - 60), m.start()) and not OFFICE_EN.search(m.group()):
                found.append(Hit(m.start(), m.end(), "form", "protest", "claimed"))
        found += [Hit(m.start(), m.end(), "form", "protest", "told") for m in _finditer(CRAMMED_EN, norm)
                  if WORKERS_EN.search(norm, sentence_bounds(norm, m.start())[0], m.start())]  # (not investors, buyers)
        for pattern, code in ((NIGHT_EN, "sit_in"), (MARCH_ON_EN, "petition")):
            found += [Hit(m.start(), m.end(), "form", code, "told") for m in _finditer(pattern, norm)]
        if "gridlock" in norm and doc.of("demand") and not any(h.code == "road_blockade" for h in out):
            # (every match of GRIDLOCK_EN holds "gridlock")
            found += [Hit(m.start(), m.end(), "form", "road_blockade", "road") for m in GRIDLOCK_EN.finditer(norm)]
    if norm.isascii() or " " in norm:
        for pattern, code in ((THROWN_EN, "protest"), (TOOK_CASE_EN, "petition"), (LEAVE_EN, "strike"),
                              (SERVICES_EN, "strike")):
            found += [Hit(m.start(), m.end(), "form", code, "told") for m in _finditer(pattern, norm)]
    if "警" in norm:
        found += [Hit(m.start(), m.end(), "form", "protest", "told") for m in THROWN.finditer(norm)]
    if "离开" in norm and doc.of("demand"):
        found += [Hit(m.start(), m.end(), "form", "sit_in", "told") for m in STAYED.finditer(norm)
                  if COUNTED.search(norm, doc.clause(m.start())[0], m.start())]
    if not any(h.code == "petition" for h in out):
        for start, end in petitions(norm):
            ss, se = sentence_bounds(norm, start)
            if "门" in norm[start:end] and COUNTED.search(norm, end, se) and CLAIM.search(norm, end, se):
                found.append(Hit(start, end, "form", "petition", "petition"))
    if "停" in norm and DRIVERS.search(norm):
        found += [Hit(m.start(), m.end(), "form", "strike", "told") for m in FLEET.finditer(norm)]
    if "停" in norm and doc.of("demand"):
        found += [Hit(m.start(), m.end(), "form", "strike", "told") for m in IDLE_FLEET.finditer(norm)
                  if not m.group().startswith("停满") or DRIVERS.search(norm) or "骑手" in norm]
    if "夜" in norm:
        found += [Hit(m.start(), m.end(), "form", "sit_in", "told") for m in NIGHT.finditer(norm)]
    if ("搬进" in norm or "住进" in norm or "睡进" in norm or "夜宿" in norm or "moved into" in norm) and doc.of("demand"):
        found += [Hit(m.start(), m.end(), "form", "sit_in", "told") for p in (MOVED_IN, MOVED_IN_EN)
                  for m in p.finditer(norm)]  # 搬进县信访局办公室
    if "拦" in norm:
        found += [Hit(m.start(), m.end(), "form", "road_blockade", "road") for m in CAR_STOPPED.finditer(norm)]
    if "说法" in norm and any(h.code == "strike" for h in out) and all(h.code not in ("protest", "petition") for h in out):
        found += answer_sought(doc)
    if not any(h.code == "protest" for h in found):
        found += went_to_employer(doc)  # 几百人去厂部, 三十多个老师去公司总部
    if ("气垫" in norm or "cushion" in norm) and not any(h.code == "self_harm_threat" for h in out):
        found += [Hit(m.start(), m.end(), "form", "self_harm_threat", "cushion") for m in CUSHION.finditer(norm)]
    return found

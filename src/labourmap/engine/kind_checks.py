"""Readings of a post's kind that turn on who acted and what the rest of the post is about.

1. One person up a crane or on a roof to press a claim (一个小伙子爬上塔吊讨薪) is a plea,
   not three workers acting together: a call for help.
2. A dated action told beside a year's count (4日…集体停工。据统计，5月以来全国…) is still
   an action: the count is its background; and a count inside the words of an action
   ("logged" in "logged off") is none.
3. A denial that quotes the rumour (网传“某厂数百名工人堵路讨薪”的视频…系旧视频) reports no
   action: the forms inside the quotation marks are the rumour's.
4. A crash word inside a word of force (与警察发生推撞) is a scuffle, no traffic accident.
5. A blockade of a gate ("blockaded the gate", "blockading the factory entrance") is a protest
   at the workplace, not a road blocked.
6. A protest joined to another form by a conjunction (到政府部门上访及抗议, "petitioned
   officials and protested outside government buildings") is an act of its own, not the
   motive of the other.
7. "Missing" told of money or papers ("the missing social insurance contributions") is no one
   missing.
8. A claim only foreseen (听说厂明年可能要搬, 如果…) or asked about (能拿N+1吗？) is no dispute
   a worker asks help with yet.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from labourmap.engine.doc import Doc
from labourmap.engine.looking_back import years_back
from labourmap.engine.matcher import Hit
from labourmap.engine.not_real import denied_or_wished
from labourmap.engine.text import sentence_bounds

# one person named in the clause of the climb: 有个小伙子, 一名年轻男子, 他, "a worker"
ONE_PERSON = re.compile(
    r"(?:一名|一个|一位|有个|有一个|有一名|有位)[^，,。；;！!？?]{0,10}?"
    r"(?:男子|男人|小伙|工人|农民工|女子|女人|大哥|大叔|大姐|师傅|青年|民工|汉子)|"
    r"他(?!们)|她(?!们)|\b(?:a|one) (?:[\w-]+ ){0,3}?(?:man|worker|woman|labou?rer)\b"
)
# a headline's one man, bare, opening the clause: 【男子爬塔吊讨薪】, 小伙站上楼顶
BARE_ONE = re.compile(r"[【\s]*(?:男子|女子|小伙子?|大叔|大哥|大姐|汉子|老汉)")
# a crowd counted: 十几个工友, 四名男子, "a dozen workers"
CROWD = re.compile(
    r"(?:多|余|来|几)?(?:个|名|位|号)?(?:工人|员工|工友|农民工|职工|男子|人)|\s(?:workers|men)\b"
)


def lone_climber(doc: Doc, forms: list[Hit], claims: Collection[str] = ()) -> bool:
    """Every form is a climb or a threat to jump, each told of one person, and no crowd is
    counted in the post (十几个工友拉着横幅 makes it a collective action). A claim named beside
    the climb (爬上塔吊，称包工头欠他工钱…讨薪: a term of ``claims``) is its motive, no act."""
    if not forms:
        return False  # (no act)
    acts = [h for h in forms if h.term not in claims]
    if not acts or any(h.code != "self_harm_threat" for h in acts):
        return False
    if any(q.lower >= 2 and CROWD.match(doc.norm, q.end) for q in doc.quantities):
        return False
    return all(
        ONE_PERSON.search(doc.norm, doc.clause(h.start)[0], h.end)
        or BARE_ONE.match(doc.norm, doc.clause(h.start)[0])
        for h in acts
    )


def dated_action(doc: Doc, forms: list[Hit]) -> bool:
    """A form told in a sentence with a day and no count (据统计, 同比): an event beside the
    statistics, not a statistic."""
    if not doc.dates or not forms:
        return False
    counted = [h.start for h in doc.of("cue", "stats")]
    for h in forms:
        start, end = sentence_bounds(doc.norm, h.start)
        if any(start <= c < end for c in counted):
            continue
        if any(start <= d.start < end and not d.report for d in doc.dates):
            return True
    return False


def counted_apart(doc: Doc, forms: list[Hit]) -> bool:
    """A count or an anniversary named outside the words of an action ("logged" inside
    "logged off" is no record kept). Not the anniversary of the workers' own action, told by
    its years (十年前的今天…八百多个工人一起停了线, 大罢工90周年): the post retells that action."""
    own = forms and doc.cue_counts().get("worker") and years_back(doc.norm)
    kept = ("stats",) if own else ("stats", "history")
    return any(
        not any(f.start <= h.start < f.end for f in forms)
        for h in doc.hits
        if h.cat == "cue" and h.code in kept
    )


JOINED_BEFORE = re.compile(r"(?:及|和|并|并且|还|又|\band (?:also )?)$")
PLACE_AFTER = re.compile(r" (?:outside|in front of|at the|at a)\b")
CLAUSE_STOPS = "。，,；;！!？?\n"


def joined_protest(norm: str, h: Hit) -> bool:
    """抗议 or "protested" joined by 及/并/and to another act, with no object of its own."""
    if not JOINED_BEFORE.search(norm, max(0, h.start - 5), h.start):
        return False
    if h.term.isascii():
        return PLACE_AFTER.match(norm, h.end) is not None
    return (
        h.end >= len(norm)
        or norm[h.end] in CLAUSE_STOPS
        or norm[h.end : h.end + 2] in ("了。", "了，")
    )


def quoted(norm: str, pos: int) -> bool:
    """``pos`` lies inside “…” (the normal form of every kind of Chinese quotation mark)."""
    return norm.rfind("“", 0, pos) > norm.rfind("”", 0, pos)


# single quotation marks in English: one opening after a space, one closing before a space or a stop
_OPEN_EN = re.compile(r"(?:^|[\s(])'")
_CLOSE_EN = re.compile(r"'(?=[\s.,;:!?)]|$)")


def in_quotes(norm: str, pos: int) -> bool:
    """``pos`` lies inside “…” or, in English, inside '…' ("chanting 'Pay me my wages!'")."""
    if quoted(norm, pos):
        return True
    opens = [m.end() for m in _OPEN_EN.finditer(norm, 0, pos)]
    closes = [m.start() for m in _CLOSE_EN.finditer(norm, 0, pos)]
    return bool(opens) and (not closes or opens[-1] > closes[-1])


def own_words(doc: Doc) -> bool:
    """A word of the first person told outside quotation marks: the poster speaks of themselves
    (我爸在工地摔伤了), not a chant or a quoted worker (喊“还我工资，我要回家过年”)."""
    return any(h.code == "first_person" and not in_quotes(doc.norm, h.start) for h in doc.of("cue"))


def only_quoted(norm: str, forms: list[Hit]) -> bool:
    """No form of action told outside quotation marks."""
    return all(quoted(norm, h.start) for h in forms)


def in_a_fray(doc: Doc, h: Hit) -> bool:
    """A crash (撞) inside a word of force (推撞): people shoved, no vehicle."""
    return h.code == "traffic" and any(
        r.code == "violence" and r.start <= h.start and h.end <= r.end and r.end - r.start > h.end - h.start
        for r in doc.of("response")
    )


# the gate or entrance of a workplace after a word of blockade
GATE_AFTER = re.compile(r" (?:the |its |their )?(?:factory |plant |main |company |mine )?(?:gates?|entrances?)\b")


def at_the_gate(norm: str, h: Hit) -> Hit:
    """A blockade of a gate read as the protest it is; any other hit as it is."""
    if h.code == "road_blockade" and h.term == "blockade*" and GATE_AFTER.match(norm, h.end):
        return Hit(h.start, h.end, "form", "protest", h.term)
    return h


# a condition before the act: 再不装空调大家就不干了, 若资方仍不回应将发动罢工
CONDITION = re.compile(r"(?:再不|如果|若|要是|假如|否则|不然)[^。；;！!？?\n]{0,24}?(?:就|将|便|会)[^，,。；;！!？?\n]{0,6}$")
# an act named as the reason given: 以疫情停课为由, 借口停产
PRETEXT_BEFORE = re.compile(r"(?:以|借口|拿)[^，,。；;]{0,8}$")
PRETEXT_AFTER = re.compile(r"[^，,。；;]{0,4}?为(?:由|借口|理由)")
# an act asked about: 想问怎么维权, 不知道该如何讨薪 (a question, nothing done)
HOW_BEFORE = re.compile(r"(?:怎么|怎样|如何|咋)(?:样|去|才能|来)?$")


# a claim naming a work made of it: 讨薪视频, 讨薪诗文, 讨薪歌 (a video or a poem posted, no act)
# or a service named for claims: 讨薪绿色通道, 维权服务热线 (an office's channel, no act)
GENRE_AFTER = re.compile(r"(?:的)?(?:视频|短视频|诗|帖|歌|段子|小品|舞|短片|文章)"
                         r"|(?:服务)?(?:绿色通道|热线|专线|专窗|服务站|工作站|服务中心)")


# a plan with its time (计划自3月1日起停运, 准备下周一开始罢工): not done yet
PLANNED = re.compile(r"(?:计划|拟|准备|打算)(?:于|从|自|在)?[^，,。；;]{1,10}?(?:起|开始)$")


def not_done(norm: str, h: Hit) -> bool:
    """A strike or a protest only threatened under a condition (再不…就不干了), asked about
    (怎么维权), or named as
    the pretext of someone else's act (以疫情停课为由), or denied or only wished (没有聚集,
    想不干了; see not_real), or planned for a day (计划自3月1日起停运), or a protest word naming a work made of it (讨薪视频, 讨薪诗):
    nothing was done."""
    if denied_or_wished(norm, h.start):
        return True
    if h.code == "self_harm_threat":
        return False
    if h.code == "protest" and not h.term.isascii() and GENRE_AFTER.match(norm, h.end):
        return True  # 拍了段讨薪视频: a video of a claim
    start = max(0, h.start - 40)
    before = norm[start : h.start]
    if CONDITION.search(before) or PLANNED.search(before):
        return True
    if HOW_BEFORE.search(before) and norm[h.end : h.end + 1] != "了":
        return True  # (怎么停课了: why it happened, so it did)
    return bool(PRETEXT_BEFORE.search(before) and PRETEXT_AFTER.match(norm, h.end))


# what is missing when no one is: "the missing social insurance contributions", "missing wages"
MONEY_MISSING = re.compile(
    r" (?:social insurance|insurance|contributions?|wages?|pay|payments?|money|funds?|premiums?|"
    r"pensions?|housing fund|overtime|bonus(?:es)?|allowances?|records?|documents?)\b"
)


def money_missing(norm: str, h: Hit) -> bool:
    """"missing" at ``h`` told of money or papers, not of people."""
    return h.term == "missing" and MONEY_MISSING.match(norm, h.end) is not None


# a claim only foreseen or asked about: 听说厂明年可能要搬, 如果真搬了…能拿N+1吗？
PROSPECT = re.compile(r"如果|假如|要是|万一|可能|打算|准备|听说|会不会|能不能|\bif\b|\bmight\b|\bmay\b")


def a_prospect(doc: Doc, h: Hit) -> bool:
    """The claim at ``h`` is foreseen (可能要搬, 如果…) or asked about (能拿N+1吗？) in its clause."""
    cs, ce = doc.clause(h.start)
    return bool(PROSPECT.search(doc.norm, cs, h.start)) or doc.norm[ce : ce + 1] in ("？", "?") or (
        "吗" in doc.norm[h.end : ce]
    )


# a number of actions tallied: "recorded 1,100 strikes", 全年发生120起罢工 (not "two strikes")
TALLIED = re.compile(r"\b\d[\d,]*\d\s+(?:strikes|protests|collective actions|labou?r disputes)\b"
                     r"|\d{2,}(?:多|余)?起(?:罢工|集体|群体|劳资|讨薪)"
                     # counted after the word (罢工已达134起) or as a monitor's haul (共收集719起)
                     r"|(?:罢工|罢运|讨薪|集体行动|抗议|事件)(?:已达|达到?|共|为|共计)\d{2,}(?:多|余)?起"
                     r"|(?:收集|收录|记录|统计)(?:到|了)?\d{2,}(?:多|余)?起")


def tallied(norm: str) -> bool:
    """Actions counted by the dozen or the hundred: a tally, which the text model may not read
    as an incident (it learned that strikes and wages make one)."""
    return TALLIED.search(norm) is not None

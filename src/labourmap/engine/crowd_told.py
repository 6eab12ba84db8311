"""Crowds counted the way reports tell their size, read by :func:`labourmap.engine.counts.
participants`:

1. the size named as a figure of its own: 罢工人数已超过两万, 参与罢工的人数超过三千, 人数一度过万
   (a peak); "labour groups put the number involved at roughly 12,000", "the number of strikers
   had reached 2,500";
2. a rough guess set at the end of a clause, after a crowd told before it in the sentence:
   广场上坐满了工人，估计上千; 工人越聚越多，目测有两三百;
3. in English, a part of a whole that acts ("around 3,000 of Wuhan's 12,000 taxi drivers
   joined") and a range that acts ("between 150 and 200 downed tools");

and two counts that are not the crowd: the vehicles still running while the others stop
(只有300多辆出租车还在营运), and a head count set off after the police ("strikers faced riot
police and hired men, about 300 in all").
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Quantity

# 罢工人数已超过两万, 参与罢工的人数超过三千, 罢工工人人数约三千
TURNOUT_ZH = re.compile(
    r"(?:停工|罢工|罢运|罢课|参与|参加|抗议|游行|聚集|上访|示威|集会|讨薪|静坐)(?:的)?(?:工人|员工|职工|司机)?人数"
    r"(?:已经|已|一度|最多时|估计|据估计)?(?:达到|达|超过|逾|增至|升至|有|为|约|近|接近)?$"
    # 听说人数一度过万: a number told at its peak is a crowd's, whatever it did
    r"|人数(?:一度|最多时|高峰时)(?:达到|达|超过|逾|有|近|接近)?$"
)
# 估计上千, 目测有两三百, 少说也有一百多: a guess at a crowd's size
GUESS_ZH = re.compile(r"(?:估计|估摸|目测|少说|起码|至少|粗略一数|得有)(?:也|都)?(?:有|得有)?$")
GUESS_END = re.compile(r"(?:多|余|来)?(?:号)?(?:人|口人)?(?=[，,。；;！!？?…\n]|$)")
# the crowd, told before the guess in its sentence (一大片人, 好多工人, 员工们)
CROWD_BEFORE_ZH = re.compile(
    r"(?:一大片|一大群|一群|一帮|一大帮|黑压压|乌泱泱|好多|很多|大批|越聚越多)[^。！？!?\n]{0,3}?人|"
    r"工人|员工|职工|工友|农民工|司机|骑手|老师|教师|环卫工"
)
_SENTENCE_STOP = re.compile(r"[。！？!?\n]")
# "put the number at", "estimated the turnout at", "the number of strikers reached"
NUMBER_AT_EN = re.compile(
    r"\b(?:(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing)\s+the\s+"
    r"(?:number|figure|turnout|crowd|total)(?:\s+(?:involved|taking part|on strike|of (?:strikers|workers|"
    r"protesters|participants|people)))?(?:\s+out)?\s+at|"
    r"the number of (?:strikers|workers|protesters|participants|people)(?: (?:on strike|involved|taking part))?"
    r"\s+(?:has |had )?(?:reached|rose to|risen to|grew to|grown to|swelled to|topped|exceeded|stood at|stands at))"
    r"\s+(?:roughly |approximately |an estimated |perhaps |as many as )?$"
)
# "3,000 of Wuhan's 12,000 taxi drivers joined": a part that acts
_EN_NOUNS = (
    r"(?:workers|employees|staff|drivers|riders|teachers|miners|nurses|couriers|cleaners|labourers|"
    r"laborers|doctors|guards|people)"
)
PART_OF_WHOLE_EN = re.compile(
    r"\s+of\s+(?:the|its|their|[a-z'-]+'s)\s+(?:[a-z'-]+\s+)?[0-9][0-9,]*\s+(?:[a-z'-]+\s+){0,3}?" + _EN_NOUNS
    + r"\s+(?:have |had |were )?(?:joined|struck|walked out|stopped work|took part|went on strike|protested|"
    r"gathered|stayed (?:off|away|home))\b"
)
# "between 150 and 200 downed tools": a range of those acting, read at its low end
RANGE_ACTED_EN = re.compile(
    r"\s+(?:and|to|or)\s+[0-9][0-9,]*\s+(?:people\s+|workers\s+|employees\s+)?(?:have |had |were )?"
    r"(?:stopped work|walked out|downed tools|went on strike|struck|joined|took part|gathered|marched|"
    r"protested|rallied)\b"
)
# 只有300多辆出租车还在营运, 两百多辆的士照常出车: those still running, not those on strike
RUNNING_ZH = re.compile(r"(?:仍|还|仍在|还在|正常|照常|坚持|继续|在)?(?:营运|运营|出车|上路|拉客|载客|跑车|接单)")
# "riot police and hired men, about 300 in all": the nearest people before the count are the police
POLICE_EN = re.compile(r"\b(?:police(?:men)?|officers|thugs|hired (?:guards|men|thugs)|security forces)\b")
CROWD_EN = re.compile(
    r"\b(?:workers|employees|staff|drivers|riders|teachers|miners|nurses|couriers|cleaners|protesters|"
    r"strikers|labourers|laborers|doctors|guards)\b"
)


_TURNOUT_EN_WORDS = ("number", "figure", "turnout", "crowd", "total")
# every match of GUESS_ZH holds one of these
_GUESS_WORDS = re.compile(r"估计|估摸|目测|少说|起码|至少|粗略一数|得有")


def turnout_told(norm: str, q: Quantity) -> bool:
    """罢工人数已超过两万, "put the number at 12,000": the size of those acting, named as such."""
    if "人数" in norm[max(0, q.start - 10) : q.start] and TURNOUT_ZH.search(norm, max(0, q.start - 16), q.start):
        return True
    return (
        norm[q.start : q.end].isascii()
        and any(w in norm[max(0, q.start - 90) : q.start] for w in _TURNOUT_EN_WORDS)
        and NUMBER_AT_EN.search(norm, max(0, q.start - 90), q.start) is not None
    )


def turnout_words(norm: str) -> bool:
    """Whether the text holds what :func:`turnout_told` needs before a count (人数, or one of
    the English words its window is searched for): without it, no count is told so."""
    return "人数" in norm or any(w in norm for w in _TURNOUT_EN_WORDS)


def guess_words(norm: str) -> bool:
    """Whether the text holds a word of guessing, which :func:`guessed_crowd` needs."""
    return _GUESS_WORDS.search(norm) is not None


def guessed_crowd(norm: str, q: Quantity) -> bool:
    """广场上坐满了工人，估计上千，: a guess at the clause's end, the crowd told before it."""
    if q.lower < 10 or GUESS_ZH.search(norm, max(0, q.start - 6), q.start) is None:
        return False
    if GUESS_END.match(norm, q.end) is None:
        return False
    stops = [m.end() for m in _SENTENCE_STOP.finditer(norm, max(0, q.start - 80), q.start)]
    start = stops[-1] if stops else max(0, q.start - 80)
    return CROWD_BEFORE_ZH.search(norm, start, q.start) is not None


def acted_en(norm: str, q: Quantity) -> bool:
    """"3,000 of Wuhan's 12,000 taxi drivers joined", "between 150 and 200 downed tools"."""
    return (
        PART_OF_WHOLE_EN.match(norm, q.end) is not None or RANGE_ACTED_EN.match(norm, q.end) is not None
    )


def still_running(norm: str, pos: int) -> bool:
    """The vehicles counted (ending at ``pos``) still run: 只有300多辆出租车还在营运."""
    return RUNNING_ZH.match(norm, pos) is not None


def after_the_police(norm: str, q: Quantity, start: int) -> bool:
    """The last people named before the count (from ``start``) are the police or those hired."""
    police = [m.end() for m in POLICE_EN.finditer(norm, start, q.start)]
    if not police:
        return False
    crowd = [m.end() for m in CROWD_EN.finditer(norm, start, q.start)]
    return not crowd or police[-1] >= crowd[-1]

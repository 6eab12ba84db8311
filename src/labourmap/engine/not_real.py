"""Readings of an action or an accident that never happened, whatever words it uses.

1. An act denied or only wished (我们没有聚集闹事, 不上街, 暂未采取停工行动, 不存在欠薪及停工情况,
   好几个同事想不干了, 打算罢工, "did not strike", "no strike, no petition"): no action was taken. Not read: 不得不停工
   (they had to stop: they did), 不断聚集 (kept gathering).
2. A drill (应急救援演练, 模拟2名工人受伤, 消防演习): the casualties and the crowd are staged,
   no incident.
3. A place abroad that leads the post or its headline and is told as a place, by a province or
   a city of its own (越南平阳省一家鞋厂发生罢工), with the action or accident in its clause: the
   event is abroad, as with 在越南…. Not read: a nation naming a firm (日本电子大厂在苏州的工厂,
   韩国企业在天津).
"""

from __future__ import annotations

import re

# a word of denial or of a wish right before the act, perhaps with a verb of doing between
_NEG_ZH = re.compile(
    r"(?<!不得)(?:没有|没|不|未|并未|暂未|尚未|从未|不会|决不|绝不|不敢|不想|不愿|想|打算|准备|计划|考虑)"
    r"(?:采取|进行|组织|参与|参加|去|搞|过|任何)*$"
    r"|不存在[^，,。；;！!？?]{0,6}?(?:及|和|或|、)$"
)
# (and a bare "no": "there was no strike", "No strike, no petition")
_NEG_EN = re.compile(r"\b(?:did not|didn't|have not|haven't|has not|hasn't|never|not yet|no plans? to|no)\s(?:yet\s)?$")

# a drill told as such: 应急演练, 消防演习, "emergency drill", with the staged harm (模拟)
_DRILL = re.compile(r"演练|演习|\b(?:emergency|evacuation|fire|rescue) drills?\b")
_STAGED = re.compile(r"模拟|假设|\bsimulat")

# where a post or its headline starts: the text's start, or right after 】, ｜ or a line break
_LEAD_BEFORE = re.compile(r"(?:^|[】｜|\n]\s*)$")
# a province, state or city of the country right after it: 越南平阳省, 泰国罗勇府
_REGION_AFTER = re.compile(r"[^，,。；;\s在的]{0,4}?(?:省|州|市|郡|府)")


def denied_or_wished(norm: str, start: int) -> bool:
    """The act at ``start`` is denied or only wished in the words just before it."""
    before = norm[max(0, start - 16) : start]
    if before.isascii() or before[-1:] == " ":
        return _NEG_EN.search(before) is not None
    return _NEG_ZH.search(before) is not None


def a_drill(norm: str) -> bool:
    """The post tells of a drill with staged harm (模拟…受伤, "simulated casualties")."""
    if "演" not in norm and "drill" not in norm:
        return False  # (every _DRILL match holds 演 or "drill")
    return _DRILL.search(norm) is not None and _STAGED.search(norm) is not None


# a chapter's heading opening the post: 第二百五十一章：…, 【连载】第十七章 塔吊 (a serial, whatever it tells)
_CHAPTER = re.compile(r"\s*[【（(]?[^第\n]{0,6}?第[一二三四五六七八九十百千零两0-9]{1,8}章[：:\s】）)]")


def a_chapter(norm: str) -> bool:
    """The post opens with a chapter's heading: a serial's instalment, fiction."""
    return "章" in norm[:24] and _CHAPTER.match(norm) is not None


def leads_the_post(norm: str, start: int, end: int) -> bool:
    """A country at ``start``-``end`` opens the post or its headline, told as a place by one of
    its regions after it."""
    return (
        _LEAD_BEFORE.search(norm[max(0, start - 3) : start]) is not None
        and _REGION_AFTER.match(norm, end) is not None
    )

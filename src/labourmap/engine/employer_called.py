"""An employer named by what it is, then 叫 (厂叫宏利五金, 厂子叫…, 矿叫…, 老板的公司叫…): the
name after 叫 runs to the end of the clause; a central state firm's numbered bureau (中建八局,
中铁十四局, 中交隧道局), named without a firm's suffix; and a school named by its place and number
(昭通一中: No. 1 Middle School of Zhaotong)."""

from __future__ import annotations

import re
from typing import NamedTuple

_CALLED = re.compile(r"叫(?:做)?([\u4e00-\u9fffA-Za-z0-9（）()·&]{2,16})(?=[，。,.；;！!？?、\s#]|$)")
_KIND = ("厂", "矿", "公司", "单位", "企业", "厂子", "厂名", "公司名")
_NOT_A_NAME = ("我", "你", "他", "她", "大家", "人", "工人", "员工", "什么", "啥", "停", "不", "苦", "好", "来", "去")


class Called(NamedTuple):
    start: int
    end: int


def called(norm: str) -> list[Called]:
    """Names given after 厂叫/矿叫/公司叫, as (start, end) spans of norm."""
    if "叫" not in norm:
        return []
    return [
        Called(m.start(1), m.end(1))
        for m in _CALLED.finditer(norm)
        if norm.endswith(_KIND, 0, m.start() - (norm[m.start() - 1 : m.start()] == "名"))
        and not m.group(1).startswith(_NOT_A_NAME)
    ]


_BUREAU = re.compile(
    r"中(?:建|铁|交|冶|电建|水电|铁建)(?:[一二三四五六七八九十]{1,3}|隧道|路桥|港航|桥)局"
    r"(?:集团)?(?:有限公司|公司)?"
)


def bureaus(norm: str) -> list[Called]:
    """A central state firm's bureau (中建三局, 中铁十四局集团有限公司), as (start, end) spans."""
    if "局" not in norm:
        return []
    return [Called(m.start(), m.end()) for m in _BUREAU.finditer(norm)]


_SCHOOL_NO = re.compile(
    r"[一二三四五六七八九十]{1,2}中(?=的|老师|教师|学生|校|门口|罢课|停课|今天|昨天|[，。,.!！?？\s#]|$)"
)


def schools(norm: str, places: list[tuple[int, int]]) -> list[Called]:
    """A place, then a number and 中 (昭通一中, 东莞三中), as (start, end) spans; not 中年, 中学."""
    out: list[Called] = []
    for start, end in places:
        m = _SCHOOL_NO.match(norm, end)
        if m:
            out.append(Called(start, m.end()))
    return out

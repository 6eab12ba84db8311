"""An employer named by what it is, then 叫 (厂叫宏利五金, 厂子叫…, 矿叫…, 老板的公司叫…): the
name after 叫 runs to the end of the clause."""

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

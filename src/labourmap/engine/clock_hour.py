"""A part of the day with its hour on the clock (上午十点多, 早上7点), read by
:func:`labourmap.engine.event_day.part_of_day`: where a post names no day, an event told at an
hour the day of the post had already reached (上午十点多电梯掉下来了, posted at 13:20) happened
on the day of the post. An hour still to come (晚上八点, posted at 09:00) is a plan, not the event.
"""

from __future__ import annotations

import re

from labourmap.engine.model import Span
from labourmap.engine.numbers import parse_zh

# 上午十点多, 下午3点半, 凌晨两点: a part of the day, then an hour (点, not 时: 10时许 is a report's)
_AT_HOUR = re.compile(
    r"(?<![天日号晚明每次当那这个期周拜后前])(凌晨|清晨|早上|上午|中午|下午|傍晚|晚上)"
    r"([0-9]{1,2}|[一二两三四五六七八九十]{1,3})点"
)
_AFTERNOON = ("中午", "下午", "傍晚", "晚上")


def _hour(part: str, numeral: str) -> int | None:
    """The hour on a 24-hour clock, or None where it cannot be one."""
    value = int(numeral) if numeral.isdigit() else parse_zh(numeral.replace("两", "二"))[0]
    if value is None or not 0 <= value <= 24:
        return None
    if part in _AFTERNOON and value < 12 and not (part == "中午" and value == 11):
        value += 12  # 下午3点 is 15:00; 中午11点 stays 11:00
    return value


def hour_told(norm: str, posted_hour: int) -> Span | None:
    """The span of the first part of the day with its hour that the post's hour had reached
    (下午3点 posted at 17:00), or None (下午3点 posted at 09:00)."""
    if "点" not in norm:
        return None
    for m in _AT_HOUR.finditer(norm):
        hour = _hour(m.group(1), m.group(2))
        if hour is not None and hour <= posted_hour:
            return m.span()
    return None

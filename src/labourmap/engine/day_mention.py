"""A day named in a post (:class:`DateMention`), and the small readings every date module
shares: the relative words (今天, 昨天) and numbers written in figures or characters."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from labourmap.engine.numbers import parse_zh


class DateMention(NamedTuple):  # (a tuple: made many times a post, and quickly)
    start: int
    end: int
    day: date
    start_marker: bool = False  # "began on", 起, 开始: the first day of an action
    report: bool = False  # 12日通报, "said on Monday": the day of a statement, not of the event


ZH_REL = {
    "大前天": -3,
    "前天": -2,
    "前日": -2,
    "前晚": -2,
    "前夜": -2,
    "昨天": -1,
    "昨日": -1,
    "昨晚": -1,
    "昨夜": -1,
    "昨晨": -1,
    # 昨早爆发, 昨凌晨出事, 昨午: the press's short forms of yesterday's parts of the day
    "昨早": -1,
    "昨凌晨": -1,
    "昨午": -1,
    "昨中午": -1,
    "昨上午": -1,
    "昨下午": -1,
    "昨傍晚": -1,
    "今天": 0,
    "今日": 0,
    "今晨": 0,
    "今早": 0,
    "今晚": 0,
    "今夜": 0,
    "今天凌晨": 0,
    "今凌晨": 0,
    "今午": 0,
    "一大早": 0,
    "今儿": 0,
    "刚才": 0,
    "刚刚": 0,
}


def parse_num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    value, _, _ = parse_zh(s)
    return value


def safe_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None

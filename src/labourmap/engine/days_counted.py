"""Days counted back from the day of the post, read by :mod:`labourmap.engine.dates`: a number
of days before it (五天前, "two days ago"), and an action told as lasting a number of days up to
it (我们罢工三天了, 已经两天没开工了, "have been on strike for four days", "Day 2:") — its first
day, counted as the N-th day is (the post's day is the last of the N).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from labourmap.engine.date_context import same_sentence
from labourmap.engine.day_mention import DateMention, parse_num

_EN_N = r"two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2}"
_EN_COUNT = {w: i for i, w in enumerate(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 2)}

# 五天前, 3天前: a day counted back from the post's (几天前, 多天前 are vague: no day)
ZH_DAYS_AGO = re.compile(
    r"(?<![0-9一二三四五六七八九十两几多第])(?P<n>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})天(?:之)?前"
    r"(?!往|来|去|夕)"
)
# "five days ago", "2 days ago"
EN_DAYS_AGO = re.compile(rf"\b(?P<n>{_EN_N}) days ago\b")

# 我们罢工三天了, 已经两天没开工了: an action lasting N days up to the post (counted as 第N天)
ZH_LASTED_NOW = re.compile(
    r"(?:罢工|停工|罢课|罢运|停运|罢驶|静坐|堵路|不上班|不接单|不跑单)(?:已经|已)?"
    r"(?P<n>[0-9]{1,2}|[两二三四五六七八九十]{1,3})天了"
    r"|(?:已经|已)(?P<n2>[0-9]{1,2}|[两二三四五六七八九十]{1,3})天"
    r"(?:没|不)(?:开工|上班|干活|出车|接单|开机|复工)了"
)
# "have been on strike for four days", "three days on strike": the same in English
EN_LASTED_NOW = re.compile(
    r"\b(?:has|have) (?:now )?been (?:on strike|striking|protesting|sitting in|refusing to work) "
    rf"for (?:the (?:past|last) )?(?P<n>{_EN_N}) (?:straight |consecutive )?days\b"
    rf"|\b(?P<n2>{_EN_N}) days (?:on strike|into (?:the|their|a|its) (?:strike|walkout|protest|"
    r"stoppage|sit-in|standoff))\b"
)
# "Day 2: workers are still refusing…", "workers still at the gate day 4.": the N-th day of an
# action as a headline or told as still going on
EN_DAY_HEAD = re.compile(
    r"(?:^|\n)\s*day (?P<n>[0-9]{1,2})\s*[:\-\u2013\u2014]"
    r"|\bstill [^.;!?]{0,40}?\bday (?P<n2>[0-9]{1,2})(?=\s*(?:[.!;,]|$))"
)


def _count(word: str) -> int | None:
    return _EN_COUNT.get(word) or parse_num(word)


def days_ago(
    norm: str, found: list[DateMention], posted: date
) -> Iterator[tuple[int, int, date]]:
    """五天前, "two days ago": each span and the day it names, unless a day the story named
    comes before it (6月22日……就在五天前 counts back from that day, not from the post's)."""
    pats = ((ZH_DAYS_AGO,) if "天前" in norm or "天之前" in norm else ()) + (
        (EN_DAYS_AGO,) if "days ago" in norm else ()
    )
    for pat in pats:
        for m in pat.finditer(norm):
            n = _count(m["n"])
            if n and n <= 60 and not any(d.start < m.start() for d in found):
                yield m.start(), m.end(), posted - timedelta(days=n)


def lasting(norm: str, found: list[DateMention], posted: date | None) -> list[DateMention]:
    """罢工三天了, "on strike for four days", "Day 2:" where no day is named in its sentence: the
    action's first day, N-1 days before the post's, marked as a start."""
    if posted is None:
        return []
    pats = (
        ((ZH_LASTED_NOW,) if "天" in norm and "了" in norm else ())
        + ((EN_LASTED_NOW,) if " days" in norm else ())
        + ((EN_DAY_HEAD,) if "day " in norm and (norm.startswith("day ") or "still " in norm) else ())
    )
    out: list[DateMention] = []
    for pat in pats:
        for m in pat.finditer(norm):
            n = _count(m["n"] or m["n2"])
            if n and 2 <= n <= 60 and not any(
                not d.report and same_sentence(norm, d, m.start(), m.end()) for d in found
            ):
                out.append(DateMention(m.start(), m.end(), posted - timedelta(days=n - 1), True))
    return out

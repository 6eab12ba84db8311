"""A post that looks back on an event of years ago from its anniversary: "四年前的今天",
"十五年前的这个星期", "ten years ago today".

Its "today" and "this week" are the anniversary's, not the event's: the day it was written
stands in for no day of its event, the week it names is no week of the event, and a day read
as the day it was written (今天 resolved against it) is the event's day that many years back
(see :func:`event_day`). Its event is still joined by what identifies it (the employer,
the figures, a site), and by that day.

Read (on normalised text): a count of years (digits, Chinese numerals, or English words)
before 年前的 and a day or a week (今天, 这一天, 这天, 这个星期, 这周, 本周, 这个月); in
English, "N years ago today" and "N years ago this week" ("a year ago today", "one year ago
today": one); the Nth anniversary of an accident
or a strike (事故三周年, 矿难10周年: not 成立三周年, a firm's own). A vague count (二十多年前, "many
years ago") looks back without a number of years. Not read: 十年前干活的钱 (a debt of years
ago in a post about today), 两年前闹绩效那次 (an earlier dispute named beside today's).
"""

from __future__ import annotations

import re
from datetime import date

from labourmap.engine.day_mention import DateMention
from labourmap.engine.numbers import _en_words, parse_zh

VAGUE = -1  # it looks back, by a number of years it does not give exactly
_ANNIVERSARY = re.compile(
    r"([0-9一二三四五六七八九十两几多]+)年前的?(?:今天|今日|这一天|这天|这个?星期|这个?礼拜|这周|"
    r"本周|这个月|这一周)"
    r"|\b([a-z0-9 -]+?) years? ago (?:today|this week|this month)\b"
    r"|(?:事故|爆炸|坍塌|火灾|矿难|惨案|罢工|事件)的?([0-9一二三四五六七八九十两]+)周年"
)


def years_back(norm: str) -> int:
    """How many years back a normalised text looks from its anniversary: 0 for none,
    :data:`VAGUE` for a count it gives loosely (二十多年前)."""
    m = _ANNIVERSARY.search(norm)
    if not m:
        return 0
    if m.group(1) or m.group(3):
        body = m.group(1) or m.group(3)
        if body.isdigit():
            return int(body)
        value, _, approx = parse_zh(body)
        return value if value and not approx else VAGUE
    words = m.group(2).split()[-3:]  # "ten", "twenty five", "15"
    phrase = " ".join(words)
    if words[-1] in ("a", "one"):  # "a year ago today"
        return 1
    if phrase.isdigit():
        return int(phrase)
    value = _en_words(phrase)
    return value or VAGUE


def event_day(day: date | None, posted: date | None, back: int) -> date | None:
    """The day of a post's event: the day read, but for a post that looks back ``back`` years
    from an anniversary, whose "today" is read as the day it was written:
    that day as many years back (none, for a vague count)."""
    if not back or day is None or day != posted:
        return day
    if back < 0:
        return None
    try:
        return day.replace(year=day.year - back)
    except ValueError:  # 29 February
        return day.replace(year=day.year - back, day=28)


_NTH_ANNIVERSARY = re.compile(
    r"(?:事故|爆炸|坍塌|火灾|矿难|惨案|罢工|事件)的?([0-9]{1,3}|[一二三四五六七八九十两]{1,3})周年"
)


def anniversary_days(norm: str, posted: date, found: list[DateMention]) -> list[DateMention]:
    """“11·18”事故三周年。今天一早，家属来到矿区: on an accident's or a strike's Nth anniversary,
    the days read as the day of writing (今天, the event's month and day) are that day N years
    back (the anniversary's "today" is no day of the event)."""
    m = _NTH_ANNIVERSARY.search(norm)
    if m is None:
        return found
    body = m.group(1)
    n = int(body) if body.isdigit() else parse_zh(body)[0]
    if not n:
        return found
    back = event_day(posted, posted, n)
    return [d._replace(day=back) if d.day == posted and back else d for d in found]

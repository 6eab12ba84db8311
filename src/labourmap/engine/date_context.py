"""Days read in their context, after :mod:`labourmap.engine.dates` has found them: the N-th
day of an action (连续第三天, "the third day of the strike") gives its first day; the end of a
span (到14日) or the day work resumed is no first day; a day of an earlier year named as
background keeps that year; an event named by its day after another day (2日……距“11·8”事故)
is background; a day followed by 又 (again) makes the earlier day the first; "ended a four-day
strike on Tuesday" gives the first day three days before; "protesting for the 2nd day" in a post
that names no day counts back from the day of the post."""

from __future__ import annotations

import re
from datetime import date, timedelta

from labourmap.engine.day_mention import ZH_REL, DateMention, parse_num, safe_day
from labourmap.engine.text import ORDINALS, at_word_start

# 这已是他们连续第二天上街, "in the sixth day of their protest": the action began N-1 days before
ZH_NTH_DAY = re.compile(r"第(?P<n>[0-9]{1,2}|[二三四五六七八九十]{1,3})天")
ZH_NTH_BEFORE = re.compile(
    r"(?:连续|已是|已经是|已经|进入|是)(?:他们|她们|工人们|工人|罢工|停工|抗议)?(?:的)?(?:连续)?$"
)
# 5日已是他们在镇政府门口聚集的第五天: what they have been doing told between 已是 and 第
ZH_NTH_LONG = re.compile(r"(?:已是|已经是|已经)[^，,。；;！？]{2,18}?的$")
# 已经第三天了, 今天是第四天了: counted to the day of the post
ZH_NTH_NOW = re.compile(r"(?:已是|已经是|已经|今天是|今天已是|今天已经是)$")
# "the third day of the strike", "the strike entered its third day": (a bare "the second day"
# is the next day)
EN_NTH_DAY = re.compile(
    r"\b(?:(?P<v>entered|entering|went into|going into|reached|reaching) )?(?:the|their|its|"
    r"(?P<f>for a|for the)) "
    r"(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"[0-9]{1,2}(?:st|nd|rd|th)) (?:straight |consecutive |successive |full )?day(?P<t> of| in a row)?\b"
)
# "Day 3 of the strike at ...": a headline counted to the day of the post unless a day is named
EN_DAY_N = re.compile(  # (\bday written as day not after a word character: a search skips to it)
    r"day(?<!\wday) (?P<n>[0-9]{1,2}) (?:of|in) (?:the|their|a|its) "
    # ("Day 4 of the 'collective leave'": a strike under a name put in quotes)
    r"['\"]?(?:[a-z-]+ ){0,2}(?:strike|walkout|protest|sit-in|stoppage|blockade|standoff|leave\b)"
)
# 罢工到今天是第九天，: today named as the N-th day, counted to the day of the post
ZH_NTH_TODAY = re.compile(r"(?:今天|今日|至今)(?:已经|已)?是$")
# 罢工进入第四天。: an action entering its N-th day, told at the end of its clause, with no
# day named: counted to the day of the post
ZH_NTH_ENTER = re.compile(r"(?:罢工|停工|抗议|维权|讨薪|静坐|堵路)(?:已|已经)?进入$")
ZH_CLAUSE_END = re.compile(r"(?:了)?(?:[。！!；;，,\n]|$)")
# 拒绝加班第三天了, 罢工第五天了, 罢工已经是第六天, 垮塌第三天: an action's (or an accident's)
# N-th day told as reached now
ZH_NTH_ACTION = re.compile(
    r"(?:罢工|停工|罢课|罢运|停运|抗议|维权|讨薪|静坐|堵路|拒绝加班|不上班|不接单|不跑单|"
    r"塌方|坍塌|垮塌|透水|爆炸|救援)(?:已|已经)?(?:是)?$"
)
# 昨天又转到高速路口: the action was under way before this day
AGAIN_AFTER = re.compile(r"[^，。,；;！？]{0,6}?(?:又|再次|再度|again)")
# 到3月14日, 直到: the end of a span, not an event's first day; 从/自 … 到 is a range
UNTIL_BEFORE = re.compile(r"(?:到|直到)$")
FROM_BEFORE = re.compile(r"从|自")
# 今天复工, 5日罢工结束: the day work resumed ended the action
RESUMED_AFTER = re.compile(
    r"[^，。,；;！？]{0,8}?(?:复工|复产|恢复生产|恢复上班|恢复正常|被扑灭|被扑滅|扑灭|撲滅|熄灭|"
    r"(?:罢工|停工|抗议|静坐|对峙)(?:才)?(?:宣告)?(?:结束|落幕))"
)
# "resumed on Monday", "the stoppage ended on Thursday": the day an action stopped
# (each \b(?:…) written with at_word_start: a search skips to the words' first letters)
RESUMED_BEFORE_EN = re.compile(
    at_word_start(["resumed?", "returned to work", "return to work", "went back to work",
                   "back at work", "reopen(?:ed)?", "ended", "came to an end", "was called off",
                   "were called off"])
    + r"\b[^.;!?]{0,20}$"
)
# "ended a three-day strike on Thursday", "called off their 5-day walkout on 3 May": the action
# began N-1 days before the day it ended
EN_SPAN_ENDED = re.compile(
    at_word_start(["ended", "end", "ending", "called off", "calling off", "wrapped up", "concluded"])
    + r" (?:a|an|the|their|its) "
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})[- ]day"
    r"(?:-long)? (?:[a-z-]+ ){0,2}(?:strike|walkout|protest|sit-in|stoppage|blockade|standoff)s?"
    r"[^.;!?]{0,30}$"
)
_EN_COUNT = {w: i for i, w in enumerate(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 2)}
# 2012年河北某厂“2·28”爆炸: a day of an earlier year, named as background
YEAR_BEFORE = re.compile(r"((?:19|20)[0-9]{2})年[^。；;！？\n]{0,16}$")


def nth_day(norm: str, found: list[DateMention], posted: date | None) -> list[DateMention]:
    """连续第二天, "the sixth day of the protest", "for a third day" beside a named day (or right
    after it: 到今天第三天了): the day N-1 days before, marked as the first day; 已经第三天了
    or 拒绝加班第三天了 with no day named in its sentence counts from the day of the post."""
    out: list[DateMention] = []
    pats = ((ZH_NTH_DAY,) if "天" in norm and "第" in norm else ()) + (
        (EN_NTH_DAY,)
        if " day of" in norm
        or " day in a row" in norm
        or "ing into " in norm
        or "ent into " in norm
        or "enter" in norm
        or "reach" in norm
        or "for a " in norm
        or "for the " in norm
        else ()
    ) + ((EN_DAY_N,) if "day " in norm and " of " in norm else ())
    for pat in pats:
        for m in pat.finditer(norm):
            at = m.start()
            right_after = [d for d in found if d.end == at]
            if (
                pat is ZH_NTH_DAY
                and not right_after
                and not ZH_NTH_BEFORE.search(norm, max(0, at - 10), at)
                and not ZH_NTH_LONG.search(norm, max(0, at - 24), at)
                and not (
                    (norm.startswith("了", m.end()) or ZH_CLAUSE_END.match(norm, m.end()))
                    and ZH_NTH_ACTION.search(norm, max(0, at - 8), at)
                )
            ):
                continue  # 第二天 alone is the next day
            if pat is EN_NTH_DAY and not (m["v"] or m["t"] or m["f"]):
                continue
            n = ORDINALS.get(m["n"]) or parse_num(m["n"].rstrip("stndrh"))
            near = right_after or [
                d for d in found if not d.report and same_sentence(norm, d, at, m.end())
            ]
            # "protesting for the 2nd day", no day named in the post: counted to the post's day
            told_now = pat is EN_NTH_DAY and m["f"] and not found
            if n and n >= 2 and not near and posted is not None and (pat is EN_DAY_N or told_now):
                out.append(DateMention(at, m.end(), posted - timedelta(days=n - 1), True))
                continue
            if n and n >= 2 and not near and posted is not None and pat is ZH_NTH_DAY:
                if (
                    norm.startswith("了", m.end())
                    and (
                        ZH_NTH_NOW.search(norm, max(0, at - 6), at)
                        or ZH_NTH_ACTION.search(norm, max(0, at - 8), at)
                    )
                ) or (
                    ZH_NTH_TODAY.search(norm, max(0, at - 6), at)
                    and ZH_CLAUSE_END.match(norm, m.end())
                ) or (
                    # 罢工进入第四天。 员工停工第三天。 静坐第二天，: the N-th day ends its clause
                    (
                        ZH_NTH_ENTER.search(norm, max(0, at - 6), at)
                        or ZH_NTH_ACTION.search(norm, max(0, at - 8), at)
                    )
                    and ZH_CLAUSE_END.match(norm, m.end())
                ):
                    out.append(DateMention(at, m.end(), posted - timedelta(days=n - 1), True))
                continue
            if not n or n < 2 or not near:
                continue
            d = min(near, key=lambda x: (x.end > m.start(), abs(x.start - m.start())))
            if d.start_marker:
                continue  # 4日起罢工，至今已是第三天: counted from the first day, already named
            out.append(DateMention(m.start(), m.end(), d.day - timedelta(days=n - 1), True))
    return out


def same_sentence(norm: str, d: DateMention, start: int, end: int) -> bool:
    lo, hi = (d.end, start) if d.end <= start else (end, d.start)
    return hi - lo < 60 and SENTENCE_END.search(norm, lo, hi) is None


# ([。！？!?\n]|\. written as one class first, so that a search skips to its characters)
SENTENCE_END = re.compile(r"[。！？!?\n.](?:(?<=\.) |(?<!\.))")


def in_context(norm: str, found: list[DateMention], posted: date) -> list[DateMention]:
    """Read each day in its context: the end of a span (到14日) or the day work resumed is no
    first day; a day of an earlier year named as background keeps that year, and an event
    named by its day (“11·8”事故) after another day is background; a day followed by 又 (again)
    makes the earlier day just named the first."""
    out: list[DateMention] = []
    for d in found:
        text = norm[d.start : d.end]
        if (
            text not in ZH_REL
            and "年" not in text
            and ("月" in text or "日" in text or "号" in text or "·" in text)
        ):
            y = YEAR_BEFORE.search(norm, max(0, d.start - 22), d.start)
            if y and int(y.group(1)) != posted.year:
                day = safe_day(int(y.group(1)), d.day.month, d.day.day)
                if day is not None and day != d.day:
                    d = d._replace(day=day, report=True)
        if (
            (
                UNTIL_BEFORE.search(norm, max(0, d.start - 2), d.start)
                and not FROM_BEFORE.search(norm, max(0, d.start - 14), d.start)
            )
            or RESUMED_AFTER.match(norm, d.end)
            or (text.isascii() and RESUMED_BEFORE_EN.search(norm, max(0, d.start - 40), d.start))
        ):
            d = d._replace(report=True, start_marker=False)
        if text.isascii() and (span := EN_SPAN_ENDED.search(norm, max(0, d.start - 80), d.start)):
            d = d._replace(report=True, start_marker=False)  # the day it ended
            n = _EN_COUNT.get(span["n"]) or int(span["n"])
            if n >= 2:
                out.append(DateMention(d.start, d.end, d.day - timedelta(days=n - 1), True))
        if (
            "·" in text
            and not d.report
            and any(not e.report and e.day != d.day and "·" not in norm[e.start : e.end] for e in out)
        ):
            d = d._replace(report=True, start_marker=False)  # 2日…距该县“11·8”事故: background
        out.append(d)
    for d in out:
        if AGAIN_AFTER.match(norm, d.end) and not d.report:
            earlier = [e for e in out if not e.report and 0 < (d.day - e.day).days <= 7]
            if earlier:
                first = min(earlier, key=lambda e: e.day)
                out[out.index(first)] = first._replace(start_marker=True)
    return out

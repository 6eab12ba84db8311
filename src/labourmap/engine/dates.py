"""Days named in a post, resolved against the day it was posted.

Absolute (2024年10月17日, 10月17日, 17日/17号, "17 October", "October 17, 2024") and relative
(今天, 昨天, 昨早, 昨(16)日, 前天, 本周一, 上周五, N年前的今天, "yesterday", "on Monday", "on Wed.",
"downed tools Fri", "last Tuesday"; 五天前 and 罢工三天了: :mod:`labourmap.engine.days_counted`).
A day without month lies in the post's month, or the month before when it is after the post
day; a month-day without year likewise rolls back a year. Vague words (日前, 近日) give nothing.
Days announced for the future (将于, 明年, 下周一, "will") are dropped; "on 16 and 17 May" and
"from 23 to 25 February" name their first day too. 次日/第二天 ("the next day") is
the day after the last day named before it; a day followed by 通报/表示 or after "said on" is
marked as the day of a statement. In context: 连续第三天 ("the third day of the strike") beside
a day marks the first day two days before; a day followed by 又 (again) makes the earlier day
named the first; the end of a span (到14日), the day work resumed (今天复工) and a day of an
earlier year named as background (2012年……“2·28”爆炸) are no first days.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from labourmap.engine.date_context import in_context, nth_day
from labourmap.engine.day_mention import ZH_REL, DateMention, parse_num, safe_day
from labourmap.engine.days_counted import days_ago, lasting
from labourmap.engine.looking_back import anniversary_days
from labourmap.engine.text import MONTH_NAMES, at_word_start, finditer_gaps, gap_starts

_ZH_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"


def _after(chars: str, behind: str, rest: str) -> str:
    """``(?<!behind)[chars]rest`` written as one branch per character, with the look-behind
    after it (``c(?<!behind.)rest``): the same matches, and a search skips to the characters."""
    return "|".join(f"{c}(?<!{behind}.){rest}" for c in chars)


ZH_FULL = re.compile(rf"(?P<y>[0-9]{{4}})年(?P<m>{_ZH_NUM})月(?P<d>{_ZH_NUM})[日号]")
# 去年7月18日, 前年12月3号: a month and day of a year named by its distance from the post's
ZH_YEAR_REL = re.compile(rf"(?P<y>去年|前年|今年)(?P<m>{_ZH_NUM})月(?P<d>{_ZH_NUM})[日号]")
_YEARS_BACK = {"去年": 1, "前年": 2, "今年": 0}
# (?<![0-9年])(?P<m>_ZH_NUM)月…
ZH_MD = re.compile(
    "(?P<m>"
    + _after("0123456789", "[0-9年]", "[0-9]?")
    + "|"
    + _after("一二三四五六七八九十", "[0-9年]", "[一二三四五六七八九十]{0,2}")
    + rf")月(?P<d>{_ZH_NUM})[日号]"
)
# the things numbered with 号 (8号井, 3号高炉): no day of the month
_NUMBERED_THING = (
    "井|竖井|斜井|主井|副井|高炉|转炉|矿|炉|罐|塔|厂房|工作面|巷|采区|隧道|泊位|机组|生产线|宿舍|"
    "仓库|码头|泵|皮带|大倾角"
)
# 12号员工食堂, 3号宿舍, 5号岗, 2号厂区: a canteen, a dormitory, a gate or a plant's part numbered
# with 号 is no day of the month (号 before a site's word, after a word for whose it is)
_NAMED_SITE = (
    r"(?:员工|职工|工人|学生|教工|女工|男工)?(?:食堂|饭堂|餐厅|宿舍|公寓)|栋|幢|座|岗|哨|大门|侧门|"
    r"厂区|园区|工棚|板房|库房|配电房"
)
# (?<![0-9月年第])(?P<d>[0-9]{1,2}|[一二三十]{1,3}[一二三四五六七八九]?)[日号](?!…)
ZH_D = re.compile(
    "(?P<d>"
    + _after("0123456789", "[0-9月年第]", "[0-9]?")
    + "|"
    + _after("一二三十", "[0-9月年第]", "[一二三十]{0,2}[一二三四五六七八九]?")
    + f")(?:日|号(?!{_NUMBERED_THING}))"
    r"(?!线|楼|地块|院|门|车间|机|令|文|店|仓|桥|馆|口|站|床|病房|文件|公告|(?<=号)人(?![社民大]))"
    rf"(?!{_NAMED_SITE})"
)
# 5号、6号和8号矿井, 3号、4号两台机组: every number of a list before a numbered thing is no day
_NUMBERED_LIST = re.compile(
    r"(?:[、和及与][0-9]{1,2}号)*(?:[一二三四五六七八九十两0-9]{1,2}(?:个|座|台|条|口|栋))?"
    rf"(?:{_NUMBERED_THING}|线|楼|车间|机|站)"
)
# 昨(16)日, 今(3)日: the Taiwanese press's yesterday or today with its day of the month
ZH_PAREN_DAY = re.compile(r"[昨今前]\((?P<d>[0-9]{1,2})\)日")
# 15、16日, 12月15和16日: the days before the last of a list of days
_DAY_LIST = re.compile(r"(?<![0-9])(?:(?P<m>[0-9]{1,2})月)?(?P<d>[0-9]{1,2})[、和]$")
# “11·28”, 10·15事故: an event named by its month and day
ZH_EVENT_MD = re.compile(
    r"“(?P<m>[0-9]{1,2})[·.](?P<d>[0-9]{1,2})”|(?<![0-9.])(?P<m2>[0-9]{1,2})·(?P<d2>[0-9]{1,2})"
    r"(?=事故|爆炸|爆燃|坍塌|火灾|透水|矿难|特大|重大|较大)"
)
ZH_THIS_MONTH = re.compile(rf"(?P<w>本月|这个月|当月|上月|上个月)(?P<d>{_ZH_NUM})[日号]")
ZH_YEARS_AGO = re.compile(r"(?P<n>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})年前的今天")
# "one year ago today", "ten years ago today": the same day of an earlier year
EN_YEARS_AGO = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|a|[0-9]{1,2}) years? ago today\b"
)
_EN_YEARS = {w: i for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1)}
_EN_YEARS["a"] = 1
ZH_REL_RE = re.compile("|".join(sorted(ZH_REL, key=len, reverse=True)))
ZH_WEEKDAY = re.compile(r"(?P<w>本|这|上个|上)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天])")
# 下周一、周二: days of next week, and the days listed after one, are announced, not past
_NEXT_WEEK = ("下", "下个")
_LIST_JOIN = "、和及至到"
WEEKDAY_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_MON = r"(?P<mon>" + "|".join(_MONTH_NAMES) + r")\.?"


# \b(?P<d>[0-9]{1,2})…
EN_DMY = re.compile(
    rf"(?P<d>[0-9](?<!\w.)[0-9]?)(?:st|nd|rd|th)?\s+{_MON}(?:,?\s+(?P<y>[0-9]{{4}}))?\b"
)
# "on 16 and 17 May", "from 23 to 25 February": the first day of a span or list of days
EN_FIRST_OF = re.compile(r"(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th)?\s*(?:and|to|through|-)\s*$")
# (not "since March. 3/ Police came": a thread's part number after a sentence's end)
EN_MDY = re.compile(
    rf"\b{_MON}\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\b(?!/)(?:,?\s+(?P<y>[0-9]{{4}}))?"
)
# where a month may begin: every month's name begins with its first three letters
_MON3 = sorted({m[:3] for m in MONTHS})
_MDY_START, _MDY_GAP = gap_starts(_MON3)
# \b(?P<w>today|…)\b
EN_REL = re.compile(
    "(?P<w>"
    + at_word_start(
        [
            "today",
            "tonight",
            "this morning",
            "this afternoon",
            "this evening",
            "yesterday",
            "last night",
            "the day before yesterday",
        ]
    )
    + r")\b"
)
EN_REL_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "the day before yesterday": -2,
}
# 五一这天, 国庆节当天, 新年第一天: a holiday's day, named as a day (五一路, 五一广场 are no days)
ZH_HOLIDAY = re.compile(
    r"(?P<h>五一劳动节|五一|劳动节|国庆节|国庆|元旦)(?:这天|当天|那天|这一天|那一天)|新年(?:的)?[第头]一天"
)
ZH_HOLIDAY_DAY = {
    "五一劳动节": (5, 1),
    "五一": (5, 1),
    "劳动节": (5, 1),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "元旦": (1, 1),
}
EN_HOLIDAY = re.compile(at_word_start(["may day", "new year's day"]) + r"\b")  # (5-1, 1-1)
WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
EN_WEEKDAY = re.compile(r"\b(?P<last>last )?(?P<d>" + "|".join(WEEKDAYS_EN) + r")\b")
# (where a match of EN_WEEKDAY may begin)
_WEEKDAY_START, _WEEKDAY_GAP = gap_starts(["last ", *WEEKDAYS_EN])
# "on Wed.", "on Thurs": a weekday cut short, read only after "on" (not "sat", "wed" the verbs)
EN_WEEKDAY_SHORT = re.compile(
    r"\bon (?P<d>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:\.|\b)"
    # "downed tools Fri", "walked out Tues": a weekday cut short right after the action's verb
    r"|\b(?:downed tools|walked out|went on strike|struck|stopped work|staged a (?:strike|protest)) "
    r"(?P<v>mon|tue|tues|thu|thur|thurs|fri)(?:\.|\b)"
)
_SHORT_KEYS = ("on ", " tools ", "walked out ", "struck ", "stopped work ", "staged a ")
# (where a match of EN_WEEKDAY_SHORT may begin: its \\b, read as a word start)
_SHORT_FIRST, _SHORT_GAP = gap_starts(
    ["on ", "downed tools ", "walked out ", "went on strike ", "struck ", "stopped work ", "staged a "]
)

_LATIN = re.compile("[a-z]")
FUTURE_ZH = (
    "将于",
    "将在",
    "定于",
    "明年",
    "下个月",
    "下月",
    "计划",
    "承诺",
    "预计",
    "截至",
    "截止",
    "之前",
    "前补发",
    "起施行",
    "每月",
    "每个月",
    "每周",
    "每逢",
)
FUTURE_EN = ("will ", "would ", "due on", "by ", "deadline", "every ", "each ", "from ", "until ")
START_ZH = ("开始", "起", "以来", "至", "到")
LOOKING_BACK = ("回看", "回顾", "回头看", "再看", "重温")
# the day after the day just named: 8月28日宣布停产，工人次日起……
NEXT_DAY = re.compile(r"次日|翌日|第二天|隔天|the next day|the following day")
# 29日再发通报: a statement made again; 新华社北京4月11日电 (a dateline): the day of the report
REPORT_AFTER = re.compile(
    r"(?:上午|下午|晚间|晚上|晚|早)?(?:再次|再|又)?(?:发出|发)?(?:通报|通告|公告|发布|发布会|公布|披露|发文|表示|回应|介绍|称|说|证实|消息|讯|报道|[电電](?=[\s（(）)【\[]|$))"
)
REPORT_BEFORE_EN = re.compile(
    r"\b(?:said|says|told reporters|announced|reported|confirmed|apologi[sz]ed)"
    r"(?: in an? (?:[a-z'-]+ ){0,2}(?:statement|notice|post|release|interview)"
    r"| on (?:its|their) website)?\s+(?:on\s+)?$"
)
# a news dateline, "BEIJING, Jan 24 -": the day of the report, not of the event
DATELINE_BEFORE = re.compile(r"(?:^|\n|/ )[a-z][a-z .'-]{1,30},(?: [a-z][a-z .'-]{1,30},)? $")
DATELINE_AFTER = re.compile(r"\s*(?:\([a-z]+\))?\s*[-\u2013\u2014]")
# 记者今天从市应急局获悉: the day the news came, not the day of the event
REPORT_FROM = re.compile(
    r"(?:上午|下午|晚间)?(?:(?:从|向)[^，。,；;]{0,16}?(?:获悉|得知|了解到|证实)|获悉|证实)"
)
EN_WEEKEND = re.compile(r"\b(?:last|this past|over the) weekend\b")
START_EN = ("began", "started", "since", "from", "beginning")


def _month_day(posted: date, m: int, d: int) -> date | None:
    """This year's; a day up to two months ahead is announced (None), a later one was last
    year's."""
    day = safe_day(posted.year, m, d)
    if day and day > posted:
        if (day - posted).days <= 61:
            return None
        day = safe_day(posted.year - 1, m, d)
    return day


def _day_only(posted: date, d: int) -> date | None:
    if d > posted.day:
        first = posted.replace(day=1) - timedelta(days=1)
        return safe_day(first.year, first.month, d)
    return safe_day(posted.year, posted.month, d)


def _weekday(posted: date, wd: int, *, last_week: bool = False, this_week: bool = False) -> date:
    if this_week or last_week:
        monday = posted - timedelta(days=posted.weekday())
        day = monday + timedelta(days=wd)
        # 上周四 said on a Sunday: the week just past, its Sunday the first of a new one
        sunday = posted.weekday() == 6 and wd < 6
        return day - timedelta(days=7) if last_week and not sunday else day
    back = (posted.weekday() - wd) % 7
    return posted - timedelta(days=back)


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search, within a window, for whether any of the words is in it."""
    return re.compile("|".join(re.escape(w) for w in words))


_FUTURE_ZH_RE = _any_of(FUTURE_ZH)
_FUTURE_EN_RE = _any_of(tuple(w for w in FUTURE_EN if w != "from "))
_START_EN_RE = _any_of(START_EN)


def _future(norm: str, start: int, end: int) -> bool:
    if _FUTURE_ZH_RE.search(norm, max(0, start - 8), start):  # in the 8 characters before
        return True
    if (
        norm.startswith("前", end)
        and not norm.startswith(("前天", "前夕", "前后"), end)
        and ("月" in norm[start:end])
    ):
        return True  # 1月25日前发放: a deadline
    return _FUTURE_EN_RE.search(norm, max(0, start - 14), start) is not None


def _starts(norm: str, start: int, end: int) -> bool:
    if ZH_REL.get(norm[start:end], -1) >= 0:
        return False  # 从今天起: an announcement, not the start of an action (昨天起 is one)
    after = norm[end : end + 4].lstrip("）)")  # 周一（4日）起
    # (于4月14日爆发的工潮: the day an action broke out)
    if after[:1] in ("起",) or after.startswith(("开始", "爆发")) or after[:1] == "至":
        return True
    if after.startswith(("到今天", "到现在", "到今日", "一直到")):
        return True  # 周一到今天已经停工三天了: the first day of an action still going on
    return _START_EN_RE.search(norm, max(0, start - 16), start) is not None


def _report(norm: str, start: int, end: int) -> bool:
    if REPORT_AFTER.match(norm, end) is not None or REPORT_FROM.match(norm, end) is not None:
        return True
    if DATELINE_AFTER.match(norm, end) and DATELINE_BEFORE.search(norm, max(0, start - 64), start):
        return True
    before = norm[max(0, start - 40) : start]
    return (
        "sa" in before
        or "ann" in before
        or "rep" in before
        or "conf" in before
        or "told" in before
        or "apolog" in before
    ) and REPORT_BEFORE_EN.search(before) is not None


def _next_days(norm: str, found: list[DateMention]) -> list[DateMention]:
    """次日, "the next day": the day after the last day named before it."""
    out: list[DateMention] = []
    for m in NEXT_DAY.finditer(norm):
        before = [d for d in found if d.end <= m.start()]
        if before:
            day = max(before, key=lambda d: d.end).day + timedelta(days=1)
            out.append(DateMention(m.start(), m.end(), day, _starts(norm, m.start(), m.end())))
    return out


def find_dates(norm: str, posted: date | None) -> list[DateMention]:
    """Every day named in ``norm`` (text order), resolved; unresolvable ones are left out."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, day: date | None) -> None:
        if day is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        if _future(norm, start, end) or (posted and day > posted):
            return
        found.append(
            DateMention(start, end, day, _starts(norm, start, end), _report(norm, start, end))
        )

    has_month = "月" in norm
    has_day = "日" in norm or "号" in norm
    latin = _LATIN.search(norm) is not None
    for m in ZH_FULL.finditer(norm) if has_month and "年" in norm else ():
        y, mo, d = int(m["y"]), parse_num(m["m"]), parse_num(m["d"])
        if mo and d:
            add(m.start(), m.end(), safe_day(y, mo, d))
    if posted is None:
        found.sort(key=lambda x: x.start)
        return found
    for m in ZH_YEAR_REL.finditer(norm) if has_month and "年" in norm else ():
        mo, d = parse_num(m["m"]), parse_num(m["d"])
        if mo and d:
            add(m.start(), m.end(), safe_day(posted.year - _YEARS_BACK[m["y"]], mo, d))
    for m in ZH_YEARS_AGO.finditer(norm) if "年前" in norm else ():
        n = parse_num(m["n"])
        if n:
            add(m.start(), m.end(), safe_day(posted.year - n, posted.month, posted.day))
    for m in EN_YEARS_AGO.finditer(norm) if "ago today" in norm else ():
        n = _EN_YEARS.get(m["n"]) or parse_num(m["n"])
        if n:
            add(m.start(), m.end(), safe_day(posted.year - n, posted.month, posted.day))
    # ZH_MD needs 月, ZH_EVENT_MD “ or ·
    event = "“" in norm or "·" in norm
    for pat in ((ZH_MD,) if has_month else ()) + ((ZH_EVENT_MD,) if event else ()):
        for m in pat.finditer(norm):
            mo, d = parse_num(m["m"] or m["m2"]), parse_num(m["d"] or m["d2"])
            if mo and d and 1 <= mo <= 12:
                add(m.start(), m.end(), _month_day(posted, mo, d))
    for m in ZH_THIS_MONTH.finditer(norm) if has_month else ():
        d = parse_num(m["d"])
        if d and 1 <= d <= 31:
            if m["w"].startswith("上"):
                last = posted.replace(day=1) - timedelta(days=1)
                add(m.start(), m.end(), safe_day(last.year, last.month, d))
            else:
                add(m.start(), m.end(), safe_day(posted.year, posted.month, d))
    for m in ZH_D.finditer(norm) if has_day else ():
        d = parse_num(m["d"])
        if norm[m.end() - 1] == "号" and _NUMBERED_LIST.match(norm, m.end()):
            continue
        if d and 1 <= d <= 31:
            add(m.start(), m.end(), _day_only(posted, d))
            if norm.startswith(("、", "和"), m.start() - 1):  # 15、16日: the first day is a day too
                first = _DAY_LIST.search(norm, max(0, m.start() - 7), m.start())
                fd = int(first["d"]) if first else 0
                if first and 1 <= fd < d:
                    mo = int(first["m"]) if first["m"] else 0
                    day = _month_day(posted, mo, fd) if 1 <= mo <= 12 else _day_only(posted, fd)
                    add(first.start("d"), first.end("d"), day)
    for m in ZH_PAREN_DAY.finditer(norm) if has_day and ")日" in norm else ():
        d = int(m["d"])
        if 1 <= d <= 31:
            add(m.start(), m.end(), _day_only(posted, d))
    for m in ZH_REL_RE.finditer(norm) if not norm.isascii() else ():  # (all Chinese)
        if not norm.startswith(LOOKING_BACK, m.end()):  # 今日回看: the day of writing
            add(m.start(), m.end(), posted + timedelta(days=ZH_REL[m.group()]))
    announced = -2  # the end of the last day of next week named (下周一、周二)
    for m in (
        ZH_WEEKDAY.finditer(norm) if ("周" in norm or "星期" in norm or "礼拜" in norm) else ()
    ):
        w = m["w"] or ""
        at = m.start()
        if not w and (
            # (说一下周一的事: 一下 is "a little", no 下周 "next week")
            (
                at
                and norm.startswith(_NEXT_WEEK, at - 2 if norm[at - 1] == "个" else at - 1)
                and norm[at - 2 : at] != "一下"
            )
            or (at == announced + 1 and norm[announced] in _LIST_JOIN)
        ):
            announced = m.end()
            continue
        add(
            m.start(),
            m.end(),
            _weekday(
                posted,
                WEEKDAY_ZH[m["d"]],
                last_week=w.startswith("上"),
                this_week=w in ("本", "这"),
            ),
        )
    # a month's name begins with one of _MON3: without one, neither pattern can match
    for pat in (EN_DMY, EN_MDY) if latin and any(m in norm for m in _MON3) else ():
        for m in pat.finditer(norm) if pat is EN_DMY else finditer_gaps(EN_MDY, _MDY_START, _MDY_GAP, norm):
            mo, d = MONTHS[m["mon"]], int(m["d"])
            if (
                m["mon"] == "may"
                and pat is EN_MDY
                and not m["y"]
                and not norm[max(0, m.start() - 6) : m.start()].endswith(("on ", "since ", "of "))
            ):
                continue  # "may 5" is too often the verb
            day = safe_day(int(m["y"]), mo, d) if m["y"] else _month_day(posted, mo, d)
            add(m.start(), m.end(), day)
            first = EN_FIRST_OF.search(norm, max(0, m.start() - 16), m.start())
            if pat is EN_DMY and day and first and 1 <= int(first[1]) < d:
                add(first.start(1), first.end(1), day.replace(day=int(first[1])))
    for m in (
        ZH_HOLIDAY.finditer(norm)
        if ("五一" in norm or "劳动节" in norm or "国庆" in norm or "元旦" in norm or "新年" in norm)
        else ()
    ):
        add(m.start(), m.end(), _month_day(posted, *ZH_HOLIDAY_DAY[m["h"] or "元旦"]))
    for m in EN_HOLIDAY.finditer(norm) if latin and ("may day" in norm or "new year" in norm) else ():
        add(m.start(), m.end(), _month_day(posted, *((5, 1) if m.group()[0] == "m" else (1, 1))))
    for m in EN_REL.finditer(norm) if latin and any(w in norm for w in EN_REL_DAYS) else ():
        add(m.start(), m.end(), posted + timedelta(days=EN_REL_DAYS[m["w"]]))
    for m in EN_WEEKEND.finditer(norm) if latin and "weekend" in norm else ():
        back = (posted.weekday() - 5) % 7 or 7  # the Saturday before the post
        add(m.start(), m.end(), posted - timedelta(days=back))
    weekday = latin and "day" in norm and any(d in norm for d in WEEKDAYS_EN)
    for m in finditer_gaps(EN_WEEKDAY, _WEEKDAY_START, _WEEKDAY_GAP, norm) if weekday else ():  # monday …
        wd = WEEKDAYS_EN.index(m["d"])
        if m["last"]:
            back = (posted.weekday() - wd) % 7 or 7
            add(m.start(), m.end(), posted - timedelta(days=back))
        else:
            add(m.start(), m.end(), _weekday(posted, wd))
    for m in (
        finditer_gaps(EN_WEEKDAY_SHORT, _SHORT_FIRST, _SHORT_GAP, norm)
        if latin and any(k in norm for k in _SHORT_KEYS)
        else ()
    ):
        g = "d" if m["d"] else "v"
        add(m.start(g), m.end(), _weekday(posted, [w[:3] for w in WEEKDAYS_EN].index(m[g][:3])))
    for start, end, day in days_ago(norm, found, posted):
        add(start, end, day)
    found.sort(key=lambda x: x.start)
    found = in_context(norm, found, posted)
    found.extend(nth_day(norm, found, posted))
    found.extend(lasting(norm, found, posted))
    found.sort(key=lambda x: x.start)
    if found and (
        "次日" in norm
        or "翌日" in norm
        or "第二天" in norm
        or "隔天" in norm
        or (latin and ("next day" in norm or "following day" in norm))
    ):
        found.extend(d for d in _next_days(norm, found) if not posted or d.day <= posted)
        found.sort(key=lambda x: x.start)
    if found and "周年" in norm:
        found = anniversary_days(norm, posted, found)
    return found

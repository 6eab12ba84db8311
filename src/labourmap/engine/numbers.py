"""Numbers written in Chinese or English, with their spans: 五百多万 → 5,000,000; 三十余 → 30.

A number with 多/余/几/来 counts at its base figure. A vague number (数百, 几千, 上百, 近千,
"hundreds") has no exact value but a magnitude, which maps to a participants bucket; a vague
total of money (几百万) has no value at all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from labourmap.engine.text import finditer_gaps, gap_starts

DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
APPROX = "多余来"
VAGUE = "几数"

_NUM_CHARS = "0-9零一二两三四五六七八九十百千万亿几数多余来"
ZH_PRE = ("将近", "接近", "大约", "超过", "好几", "近", "上", "约", "逾", "超", "过")
_ZH_TAIL = rf"[{_NUM_CHARS}.]*"
_ZH_DIGITS = r"[0-9]*(?:,[0-9]{3})*(?:\.[0-9]+)?" + _ZH_TAIL
_ZH_BODY = rf"(?:[0-9]{_ZH_DIGITS}|[零一二两三四五六七八九十百千万亿几数]{_ZH_TAIL})"
# (prefix)?(body): a prefix (group pN: the body after ZH_PRE[N]), else a body alone. Every
# branch begins with a fixed character, so a search skips the text between numbers at once.
ZH_QTY = re.compile(
    "|".join(
        [
            *(f"{pre}(?P<p{i}>{_ZH_BODY})" for i, pre in enumerate(ZH_PRE)),
            *(f"{d}{_ZH_DIGITS}" for d in "0123456789"),
            *(f"{c}{_ZH_TAIL}" for c in "零一二两三四五六七八九十百千万亿几数"),
        ]
    )
)


class Count(NamedTuple):  # (a tuple: made many times a post, and quickly)
    """A value read from the text (a count, a bucket, a sum) with the span it was read from."""

    value: int | str
    start: int
    end: int


class Quantity(NamedTuple):  # (a tuple: made many times a post, and quickly)
    """A number read from the text: ``value`` is the base figure (None when vague),
    ``magnitude`` the power of ten it lies in; ``near`` for 近/nearly (just below)."""

    start: int
    end: int
    value: int | None
    magnitude: int
    approx: bool = False
    near: bool = False

    @property
    def lower(self) -> int:
        """The smallest count the expression allows (for buckets)."""
        if self.near:
            base = self.value if self.value is not None else self.magnitude
            return max(1, base - 1)
        return self.value if self.value is not None else self.magnitude


def _magnitude(n: int) -> int:
    m = 1
    while m * 10 <= n:
        m *= 10
    return m


@lru_cache(maxsize=4096)
def parse_zh(body: str) -> tuple[int | None, int, bool]:
    """(value or None if vague, magnitude, approximate) for a numeral body like 五百多万.
    (Remembered: the same few numerals come back in post after post.)"""
    total = 0
    section = 0
    number: float = 0
    have_number = False
    vague = False
    approx = False
    vague_mag = 0
    last_unit = 0  # the unit just read: 三万八 is 三万八千, 一千五 is 一千五百
    i = 0
    while i < len(body):
        c = body[i]
        if c.isdigit() or c == ".":
            j = i
            while j < len(body) and (body[j].isdigit() or body[j] in ".,"):
                j += 1
            try:
                number = float(body[i:j].replace(",", ""))
            except ValueError:
                return None, 0, False
            have_number = True
            i = j
            continue
        if c in DIGITS:
            number = DIGITS[c]
            have_number = True
            if last_unit >= 100 and c != "零" and body[i - 1 : i] in ("万", "亿", "千", "百"):
                tail = body[i + 1 : i + 2]
                if not tail or tail in APPROX:
                    number *= last_unit // 10
            last_unit = 0
            i += 1
            continue
        elif c in SMALL_UNITS:
            unit = SMALL_UNITS[c]
            if not have_number and vague:
                vague_mag = unit
            else:
                section += int((number if have_number else 1) * unit)
            number = 0
            have_number = False
            last_unit = unit
        elif c in BIG_UNITS:
            unit = BIG_UNITS[c]
            if vague and not section and not have_number:
                vague_mag = max(vague_mag, 1) * unit
            total = int((total + section + number or (0 if vague else 1)) * unit)
            section = 0
            number = 0
            have_number = False
            last_unit = unit
        elif c in VAGUE:
            if not have_number and not section and not total:
                vague = True  # leading 几/数: 几十, 数百
            else:
                approx = True  # 十几: base figure
        elif c in APPROX:
            approx = True
        i += 1
    value = int(total + section + number)
    if vague:
        return None, vague_mag or 1, True
    if value <= 0:
        return None, 0, approx
    return value, _magnitude(value), approx


# 经120确认死亡, 拨打110: the emergency numbers, dialled, not counted
HOTLINES = frozenset({"110", "119", "120", "122", "12345", "12333", "12351"})
_DIAL_BEFORE = ("经", "拨打", "打", "叫", "呼叫", "通过")
_DIAL_AFTER = ("急救", "救护", "到场", "赶到", "赶来", "出警", "医护", "医生", "热线", "电话", "求助")
_COUNTED = set("名人个位多余家辆台元块万千百亿座栋次条只户天年月日号岁米吨斤%.")


def _hotline(norm: str, start: int, end: int) -> bool:
    """Whether the digits at start..end are an emergency or complaints number being dialled."""
    if start and norm[start - 1].isdigit() or norm[end : end + 1].isdigit() or norm[end : end + 1] in _COUNTED:
        return False
    return norm[max(0, start - 2) : start].endswith(_DIAL_BEFORE) or norm.startswith(_DIAL_AFTER, end)


def zh_quantities(norm: str) -> list[Quantity]:
    """Every numeral in normalised Chinese text, with prefixes 近/上/约 read."""
    out: list[Quantity] = []
    for m in ZH_QTY.finditer(norm):
        group = m.lastgroup
        if group is None:
            pre = ""
            body = m.group()
        else:
            pre = ZH_PRE[int(group[1:])]
            body = m.group(group)
        while body and body[-1] in ".,":
            body = body[:-1]
        if not body or body in ("几", "数", "多", "余"):
            continue
        value, mag, approx = parse_zh(body)
        if mag == 0 or (body in HOTLINES and not pre and _hotline(norm, m.start(), m.end())):
            continue
        pre_read = pre
        if pre == "过" and body[0] not in "百千万":
            pre = ""  # 过3天: "after", not "over"
        if pre == "上" and value is not None and value < 10:
            pre = ""  # 车上一人, 楼上三个: "on", not "up to"
        if pre == "近" and norm[m.start() - 1 : m.start()] in ("附", "最", "邻", "临"):
            pre = ""  # 附近数百辆: "nearby", not "nearly"
        near = pre in ("近", "将近", "接近")
        if pre in ("上", "好几", "过") and value is not None and value == mag:
            value = None  # 上百, 上千: a magnitude, not a figure
        if near and value is not None and value == mag:
            value = None
        end = m.start() + len(pre_read) + len(body)
        start = end - len(pre) - len(body)
        out.append(Quantity(start, end, value, mag, approx or bool(pre), near))
    return out


EN_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
EN_VAGUE = {
    "dozens": 10,
    "scores": 10,
    "hundreds": 100,
    "thousands": 1000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 10_000,
}
_EN_WORD = "|".join(sorted(EN_WORDS, key=len, reverse=True))
_EN_SCALE = "hundred|thousand|million|dozen"
EN_QTY = re.compile(
    r"\b(?P<pre>nearly |almost |close to |about |around |more than |over |at least |some )?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<mult>million|m|bn|billion|k)\b)?"
    r"|(?P<vague>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|"
    rf"(?:several|a few|a couple of) (?:{_EN_SCALE}))"
    # two hundred, twenty-five, one thousand two hundred and fifty, a hundred, a dozen
    rf"|(?P<word>(?:an? (?:{_EN_SCALE})|{_EN_WORD})"
    rf"(?:(?:(?:(?<=hundred)|(?<=thousand)) and |[ -])(?:{_EN_WORD}|{_EN_SCALE}))*))\b"
)
_MULT = {
    "million": 1_000_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
    "k": 1000,
}


def _en_words(phrase: str) -> int:
    """two hundred and fifty → 250; twenty-five → 25; a dozen → 12."""
    total = current = 0
    for tok in re.split(r"[ -]", phrase):
        if tok in EN_WORDS:
            current += EN_WORDS[tok]
        elif tok in ("hundred", "dozen"):
            current = (current or 1) * EN_SCALE[tok]
        elif tok in ("thousand", "million"):
            total += (current or 1) * EN_SCALE[tok]
            current = 0
    return total + current


# where an English number may begin: a digit, or how each of EN_QTY's branches begins
_EN_BEGINS = (
    *("nearly ", "almost ", "close to ", "about ", "around ", "more than ", "over ", "at least "),
    "some ",
    *("tens of thousands", "hundreds of thousands", "dozens", "scores", "hundreds"),
    *("thousands", "several ", "a few ", "a couple of "),
    *(f"{a} {scale}" for a in ("a", "an") for scale in EN_SCALE),
    *EN_WORDS,
)
_EN_START, _EN_GAP = gap_starts(_EN_BEGINS, digits=True)


def en_quantities(norm: str) -> list[Quantity]:
    """Numbers in normalised (lower-case) English text."""
    out: list[Quantity] = []
    for m in finditer_gaps(EN_QTY, _EN_START, _EN_GAP, norm):
        pre = (m.group("pre") or "").strip()
        near = pre in ("nearly", "almost", "close to")
        start = m.start()
        if m.group("vague"):
            vague = m.group("vague")
            scale = vague.rsplit(" ", 1)[-1]
            mag = EN_VAGUE.get(vague) or (10 if scale == "dozen" else EN_SCALE[scale])
            out.append(Quantity(start, m.end(), None, mag, True, near))
            continue
        if m.group("word"):
            value = _en_words(m.group("word"))
        else:
            num = float(m.group("num").replace(",", ""))
            value = int(num * _MULT.get(m.group("mult") or "", 1))
        if value <= 0:
            continue
        end = m.end()
        plus = _PLUS.match(norm, end)  # "1,000+ workers", "a dozen-plus workers": at least
        if plus:
            end = plus.end()
        out.append(Quantity(start, end, value, _magnitude(value), bool(pre or plus), near))
    return out


_PLUS = re.compile(r"\+|-plus\b|-odd\b")


BUCKETS = ((10_000, "10000+"), (1000, "1000-9999"), (100, "100-999"), (10, "10-99"), (1, "1-9"))


def bucket(n: int) -> str | None:
    """The participants bucket for a head count."""
    for floor, name in BUCKETS:
        if n >= floor:
            return name
    return None


def quantities(norm: str) -> list[Quantity]:
    """Every number, once: where two readings end together ("nearly 100" read in English and
    "100" in Chinese) or begin together ("380 million" in English and "380" in Chinese), the
    longer one. A clock time (2:45 am, 下午4:50) counts nothing."""
    return _merged(norm, zh_quantities(norm), en_quantities(norm))


def quantities_many(norms: list[str]) -> list[list[Quantity]]:
    """:func:`quantities` of each text, each reader over all of them before the next."""
    zh = [zh_quantities(norm) for norm in norms]
    en = [en_quantities(norm) for norm in norms]
    return [_merged(*read) for read in zip(norms, zh, en, strict=True)]


def _merged(norm: str, zh: list[Quantity], en: list[Quantity]) -> list[Quantity]:
    others = en + _few(norm) + _counted_by(norm)
    clock = ":" in norm
    if not others:
        # Chinese numerals alone (most posts): read by one finditer, their spans lie inside
        # matches that do not overlap, so they come in order with starts and ends all different,
        # and the sort and the two tables below would keep every one, in this order.
        return [q for q in zh if not _on_the_clock(norm, q)] if clock else zh
    found = sorted(zh + others, key=_in_order)
    longest: dict[int, Quantity] = {}
    first: dict[int, Quantity] = {}
    for q in found:
        longest.setdefault(q.end, q)
        first.setdefault(q.start, q)
    return [
        q for q in found
        if longest[q.end] is q and first[q.start] is q and not (clock and _on_the_clock(norm, q))
    ]


def _in_order(q: Quantity) -> tuple[int, int]:
    """By start, the longer first."""
    return q.start, -q.end


_CLOCK = re.compile(r"[0-9]:[0-9]{2}")


def _on_the_clock(norm: str, q: Quantity) -> bool:
    """2:45 am, 下午4:50: the hour or the minutes of a time of day."""
    return (norm[q.end : q.end + 1] == ":" and _CLOCK.match(norm, q.end - 1) is not None) or (
        norm[q.start - 1 : q.start] == ":" and _CLOCK.match(norm, q.start - 2) is not None
    )


# 数以万计的工人, 数以千计: "by the ten thousand", a magnitude (的 read with it: the noun follows)
_COUNTED_BY = re.compile(r"数以(十万|百|千|万)计(?:的)?")
_BY_SIZE = {"百": 100, "千": 1000, "万": 10_000, "十万": 10_000}


def _counted_by(norm: str) -> list[Quantity]:
    if "数以" not in norm:
        return []
    return [Quantity(m.start(), m.end(), None, _BY_SIZE[m[1]], True) for m in _COUNTED_BY.finditer(norm)]


# 几 not after 十百千万 or a digit (the look-behind follows 几, so that a search skips to 几)
_FEW = re.compile(r"几(?<![十百千万0-9]几)[位个名]")


def _few(norm: str) -> list[Quantity]:
    """几位/几个/几名 — a few: below ten."""
    if "几" not in norm:
        return []
    return [Quantity(m.start(), m.end() - 1, None, 1, True) for m in _FEW.finditer(norm)]

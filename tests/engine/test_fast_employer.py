"""The employer step's fast forms find exactly what their plain forms find.

The walk left over a name's characters done by one search (``_STOPS_WALK``), the tests of
one post made once (``unnamed_here``), and quick tests of the text before a search: each is
checked against the plain form, on edge cases and on sample texts made of the words the
patterns look for.
"""

from __future__ import annotations

import random

import pytest

from labourmap.engine import (
    employer,
    employer_called,
    employer_en,
    employer_people,
    employer_quoted,
    employer_short,
    employer_trade,
)
from labourmap.engine.model import Span


def _plain_walk(norm: str, start: int, end: int, places: list[Span]) -> int:
    """The walk left of ``employer._trim_left`` as it was written, one character at a time."""
    name_ascii = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789（）()·&")
    i = start
    while i > 0 and end - i < 20:
        c = norm[i - 1]
        if not ("\u4e00" <= c <= "\u9fff" or c in name_ascii):
            break
        if c in employer.STOP_CHARS and not (
            norm[i - 2 : i] in employer.STOP_IN_WORDS
            or (norm[start:end] in ("环卫处", "环卫所")
                and any(ps < i - 1 < pe <= start and norm[pe - 1] in "区县旗" for ps, pe in places))
        ):
            break
        i -= 1
    return i


def _fast_walk(norm: str, start: int, end: int, places: list[Span]) -> int:
    """The same walk, as ``_trim_left`` now makes it (its first lines, copied)."""
    lo = max(0, end - 20)
    i = start
    if start > lo:
        window = norm[lo:start][::-1]
        i = lo
        k = 0
        while (b := employer._STOPS_WALK.search(window, k)) is not None:
            j = start - 1 - b.start()
            if norm[j] in employer.STOP_CHARS and (
                norm[j - 1 : j + 1] in employer.STOP_IN_WORDS
                or (norm[start:end] in ("环卫处", "环卫所")
                    and any(ps < j < pe <= start and norm[pe - 1] in "区县旗" for ps, pe in places))
            ):
                k = b.start() + 1
                continue
            i = j + 1
            break
    return i


def test_stops_walk_is_every_character_the_walk_stops_at() -> None:
    name_ascii = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789（）()·&")
    for code in [*range(0x3000, 0xA000), *range(0x20, 0x7F), 0xFF08, 0xFF09, 0xB7, 0x10000]:
        c = chr(code)
        plain = not ("\u4e00" <= c <= "\u9fff" or c in name_ascii) or c in employer.STOP_CHARS
        assert (employer._STOPS_WALK.match(c) is not None) == plain, hex(code)


NAME_WORDS = (
    "的|在|金属|附属|未来|金|属|来|道里区|环卫处|东莞|宏达|塑胶|，|。| |x|(|（|）|·|a|1|"
    "其中|中国|水利|公司|厂"
)


def _samples(n: int, seed: int) -> list[str]:
    pool = NAME_WORDS.split("|")
    rng = random.Random(seed)
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.mark.parametrize(
    "norm",
    ["宏达塑胶厂", "的宏达厂", "中荣金属制品厂", "云栖未来科技", "道里区环卫处", "望都县环卫处",
     "一二三四五六七八九十一二三四五六七八九十一二三四五厂", "厂", "在厂", "来厂"],
)
def test_walk_edge_cases(norm: str) -> None:
    places = [(0, 3)] if norm.startswith(("道里区", "望都县")) else []
    end = len(norm)
    for start in range(end):
        assert _fast_walk(norm, start, end, places) == _plain_walk(norm, start, end, places)


def test_walk_on_samples() -> None:
    for norm in _samples(3000, 5):
        places = [(k, k + 3) for k in range(len(norm) - 2) if norm[k : k + 3] == "道里区"]
        for end in range(1, len(norm) + 1):
            for start in range(max(0, end - 4), end):
                fast = _fast_walk(norm, start, end, places)
                assert fast == _plain_walk(norm, start, end, places), (norm, start, end)


UNNAMED_WORDS = (
    "局|教育局|关于|的情况说明|回应：|附近|一带|周边|旁边|对面|隔壁|隔壁的|旁边的|对面的|"
    "邻厂|是|公司|，|\n| |宏达"
)


def test_unnamed_here_is_the_three_tests() -> None:
    pool = UNNAMED_WORDS.split("|")
    rng = random.Random(3)
    for _ in range(3000):
        norm = "".join(rng.choice(pool) for _ in range(rng.randint(1, 10)))
        unnamed = employer_short.unnamed_here(norm)
        for start in range(len(norm)):
            for end in range(start + 1, len(norm) + 1):
                plain = (employer_short.signs_only(norm, start, end)
                         or employer_short.landmark(norm, end)
                         or employer_short.next_door(norm, start))
                assert unnamed(start, end) == plain, (norm, start, end)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Workers at the Xinyuan colliery struck.", True),
        ("The Renqiu public bus company halted.", True),
        ("the Shaodong education bureau said", True),
        ("The Chitan power station", True),
        ("The Kin Wah fireworks factory", True),
        ("the Daqing oilfield", True),
        ("The Xinyuan Colliery", False),  # (no lower-case word of what it is)
        ("the mine", False),
        ("The Foo minefield", False),
    ],
)
def test_the_named_words(text: str, found: bool) -> None:
    assert bool(employer_en.the_named(text)) == found
    assert bool(employer_en._THE_NAMED.search(text)) == found


@pytest.mark.parametrize(
    "text",
    ["IBM深圳工厂", "LG电子公司", "ABB集团", "在SONY厂", "IBM", "Foxconn workers", "LG电子",
     "IBM公 司"],
)
def test_latin_brand_gate(text: str) -> None:
    plain = employer_en._LATIN_BRAND.finditer(text)
    assert employer_en.latin_brand(text) == [
        employer_en.Candidate(m.start(1), m.end(1), 3) for m in plain
    ]


@pytest.mark.parametrize(
    "norm",
    ["我哥在润泰上夜班", "他在东莞华辉打工", "在华辉上白班", "在润泰干活了", "在鼎晟下井",
     "在润泰上", "上班在润泰", "在润泰上 班"],
)
def test_trade_names_gate(norm: str) -> None:
    if employer_trade._WORKS_AT.search(norm):
        assert employer_trade._WORK_WORDS.search(norm)
    plain = employer_trade._WORKS_AT.finditer(norm)
    assert [(c.start, c.end) for c in employer_trade.trade_names(norm, [])] == [
        (m.start(1), m.end(1)) for m in plain if 2 <= len(m.group(1)) <= 3
    ]


@pytest.mark.parametrize(
    "text",
    ["狮山这边Atsumitec的工友罢工", "#Artigas工人维权#", "狮山这边atsumitec的工友",
     "Artigas workers"],
)
def test_latin_staff_gate(text: str) -> None:
    plain = [
        employer_en.Candidate(m.start(1), m.end(1), 2)
        for m in employer_people._LATIN_STAFF.finditer(text)
        if m.group(1).lower() not in employer_people.EN_NOT
    ]
    chinese = any("\u4e00" <= c <= "\u9fff" for c in text)
    assert employer_people.latin_staff(text) == (plain if chinese else [])


@pytest.mark.parametrize(
    ("norm", "names"),
    [
        ("横幅“宏拓建设还钱”", ["宏拓建设"]),
        ('横幅"鸿运鞋业还我血汗钱!"', ["鸿运鞋业"]),
        ("宏拓建设还钱", []),
        ("昭通一中老师", []),
    ],
)
def test_banner_gate(norm: str, names: list[str]) -> None:
    found = [norm[c.start : c.end] for c in employer_quoted.quoted(norm)]
    assert [n for n in found if n in names] == names


def test_schools_gate() -> None:
    assert employer_called.schools("昭通一中老师罢课", [(0, 2)]) == [employer_called.Called(0, 4)]
    assert employer_called.schools("昭通一小老师", [(0, 2)]) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The strike at parts supplier Yutaka Giken idled the plant.", ["Yutaka Giken"]),
        ("A STRIKE at Yutaka Giken", ["Yutaka Giken"]),
        ("Workers at Yutaka Giken are owed wages.", ["Yutaka Giken"]),
        ("Yutaka Giken still owes them", ["Yutaka Giken"]),
        ("Yutaka Giken Co.", ["Yutaka Giken Co."]),
    ],
)
def test_english_gates(text: str, names: list[str]) -> None:
    assert [text[c.start : c.end] for c in employer_en.english(text)] == names

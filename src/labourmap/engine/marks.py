"""Marks that tell one event beyond its place and its days, for :mod:`~labourmap.engine.cluster`.

* :func:`same_figure` — two posts give one figure: the same toll or sum, or a sum one of them
  gives rounded (4.7亿 for 4.7961亿, "more than 470 million yuan" for 479.61 million, 48万
  for 479,600): the rounded sum keeps two significant digits or more, and is the other, a
  precise sum, cut or rounded to them (not 400万 for 4,163,500: one digit tells little; not
  420万 for 418万: two round sums are two sums). :func:`figure_marks` files a figure under
  every rounded form it can be told in.
* :func:`named_site` — a site named by its own name (天宁镇, 木孔镇, 响水煤矿, 锦程华府): a
  township, a street, a mine or plant, an estate or a zone, not a building site or a hospital
  seen in passing (在工地, 送到医院) nor a fellow villager (老乡).
* :func:`latin_names` — the names a Chinese post keeps in Latin letters (深圳Artigas製衣廠,
  狮山这边Atsumitec的工友, 赫比（Hi-P）): a foreign firm's own name, as ``n:`` marks; an English post's
  capitalised words, among which such a name is found, as ``w:`` marks. A well-known firm's
  Latin name (Nike, Uniqlo: a brand of many sites, most often a client) is no such mark.
* :func:`tells_wide` — a post telling of one action in many places (多地司机, 各地骑手停工, 全国
  各地门店, "drivers across the country"): a platform's or a brand's name tells its event
  without a city. Not read: 多地 of anything but workers or an action (多地气温, 多地法院).
* :func:`two_marks` — a named site both name, and the employer named in full or a figure (a
  sum of two significant digits or more, a toll of ten or more: :func:`marking_figure`): one
  event, even where the posts' places disagree (a plea names the workers' home, 我们是四川泸州
  的农民工, or a mine's name reads as a county elsewhere). A firm's name and a sum without the
  site are not enough: a common name (宏达电子) and a round sum recur in other provinces.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from labourmap.engine.known_firms import firms, latin_firm

if TYPE_CHECKING:
    from labourmap.engine.summary import IncidentSummary

# a site named by its own name: its suffix
_NAMED_SITE = re.compile(
    r"(?:镇|乡|街道|煤矿|电厂|华府|花园|家园|小区|公馆|雅苑|名苑|大厦|广场|工业区|开发区)$"
)
# characters that never begin a site's own name: words of the sentence around it (在工地,
# 送到医院, 几个煤矿, 的老乡), and a generic head (建筑工地, 施工工地)
_NOT_A_NAME = frozenset("的个在到了去来说是把被和跟给这那送躺还守求日几每各该本此某")
_GENERIC_HEADS = ("建筑", "施工", "在建", "楼盘", "城关")  # 城关镇: a county seat anywhere
_VILLAGER = ("老乡", "家乡", "同乡")
# a capitalised Latin word of five letters or more (Artigas, Atsumitec), or capitalised parts
# joined by a hyphen, a firm's spelling (Hi-P, Wal-Mart; not Singapore-owned), whole
_CAPITALISED = re.compile(
    r"(?<![A-Za-z-])(?:[A-Z][a-z]*-[A-Z][A-Za-z]*|[A-Z][a-z]{4,})(?![A-Za-z-])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[A-Za-z]")
_WIDE = re.compile(
    r"(?:多地|各地)[^,.;!?，。；！？]{0,8}?(?:司机|骑手|工人|员工|职工|教师|快递员|外卖员|师傅|"
    r"门店|罢工|停运|停工|讨薪|抗议|不接单)"
    r"|全国(?:多地|各地|多个|多座|十多个|数十个)|多个(?:城市|省份|省市)|多座城市"
    r"|across (?:the country|china|the nation)|nationwide|in (?:several|many|multiple|dozens of) "
    r"(?:cities|provinces)"
)
_WIDE_CUES = ("多地", "各地", "全国", "多个", "多座", "nationwide", "across", "cities", "provinces")
PRECISE = 4  # significant digits of a sum told to the yuan or near it (479,610,000; 47.96万)
TOLL_MARK = 10  # a toll that marks its event wherever it is told: ten dead or more


def _digits(n: int) -> str:
    return str(n).rstrip("0") or "0"


def _rounded(n: int, unit: int) -> tuple[int, int]:
    """``n`` cut to a multiple of ``unit``, and rounded to the nearest (half up)."""
    return n // unit * unit, (n + unit // 2) // unit * unit


def rounded_to(a: int, b: int) -> bool:
    """Whether ``b`` is ``a``, a precise sum (four significant digits or more), cut or rounded
    to ``b``'s significant digits, two or more: 470000000 (4.7亿) of 479610000, 480000 of
    479600. (Two round sums, 420万 and 418万, are two sums.)"""
    sig = len(_digits(b))
    if sig < 2 or len(str(a)) != len(str(b)) or len(_digits(a)) < max(PRECISE, sig + 1):
        return False
    return b in _rounded(a, 10 ** (len(str(b)) - sig))


def figure_marks(figure: str) -> set[str]:
    """The figure and, for a sum, every rounded form of it (two significant digits or more)
    that :func:`same_figure` holds the same: a rounded sum and the exact one share one."""
    out = {figure}
    if not figure.startswith("y:"):
        return out
    n = int(figure[2:])
    size = len(str(n))
    if len(_digits(n)) < PRECISE:
        return out
    for sig in range(2, len(_digits(n))):
        out.update(f"y:{m}" for m in _rounded(n, 10 ** (size - sig)) if len(str(m)) == size)
    return out


def same_figure(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two posts' figures agree: one toll or sum, or one sum rounded (:func:`rounded_to`)."""
    if a & b:
        return True
    sums_a = [int(f[2:]) for f in a if f.startswith("y:")]
    sums_b = [int(f[2:]) for f in b if f.startswith("y:")]
    return any(rounded_to(x, y) or rounded_to(y, x) for x in sums_a for y in sums_b)


def named_site(term: str) -> bool:
    """Whether a key term is a site named by its own name (天宁镇, 响水煤矿), in Chinese."""
    if term.startswith("py:") or term.isascii() or not _NAMED_SITE.search(term):
        return False
    if term.endswith(_VILLAGER) or term.startswith(_GENERIC_HEADS):
        return False
    return len(term) >= 3 and not any(c in _NOT_A_NAME for c in term[:2])


def latin_names(text: str) -> frozenset[str]:
    """``n:`` and the name, lower case, for each Latin name a Chinese post keeps (not a
    well-known firm's); ``w:`` and the word for each capitalised word of an English post."""
    words = set(_CAPITALISED.findall(text))
    if not words:
        return frozenset()
    if len(_CJK.findall(text)) > len(_LETTER.findall(text)):
        return frozenset("n:" + w.lower() for w in words if latin_firm(w) is None)
    return frozenset("w:" + w.lower() for w in words)


def latin_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """A Latin name one Chinese post keeps is found in the other post (either script)."""
    if not a or not b:
        return False
    for x, y in ((a, b), (b, a)):
        for m in x:
            if m[0] == "n" and (m in y or "w" + m[1:] in y):
                return True
    return False


SPREAD_TRADES = frozenset({"services", "transport_logistics", "construction", "energy_utilities"})


@lru_cache(maxsize=4096)
def spread_firm(a: str, b: str) -> bool:
    """Whether one of two employer names (as ``summary.employer_key`` gives them) holds a
    well-known firm of many sites: a platform, a chain, a contractor, a utility (美团, 肯德基,
    中建), or a maker whose name alone tells who owns it, a household brand with plants in
    many cities (富士康, 本田, 比亚迪): its name tells no one workplace."""
    names = _spread_names()
    return any(n in a or n in b for n in names)


@cache
def _spread_names() -> tuple[str, ...]:
    return tuple(f.name.lower() for f in firms()
                 if f.industry in SPREAD_TRADES or f.ownership_on_sight)


def tells_wide(norm: str) -> bool:
    """Whether a post (normalised) tells of one action in many places."""
    return any(cue in norm for cue in _WIDE_CUES) and bool(_WIDE.search(norm))


def _marking(figures: frozenset[str]) -> frozenset[str]:
    """The figures that mark an event wherever it is told (:func:`marking_figure`)."""
    return frozenset(f for f in figures if marking_figure(f))


def marking_figure(figure: str) -> bool:
    """A sum of two significant digits or more (35万, 47.96万; not 8万 nor 6000万, which many
    disputes share), or a toll of :data:`TOLL_MARK` or more."""
    n = int(figure[2:])
    return n >= TOLL_MARK if figure.startswith("k:") else len(_digits(n)) >= 2


def two_marks(a: IncidentSummary, b: IncidentSummary, same_name: bool) -> bool:
    """A named site both name, and the employer (``same_name``: one firm by a name of more
    than three characters) or a figure that marks its event (:func:`marking_figure`)."""
    if not any(named_site(t) for t in a.terms & b.terms):
        return False
    return same_name or bool(a.figures and b.figures
                             and same_figure(_marking(a.figures), _marking(b.figures)))

"""The summary of a post for grouping: what :func:`~labourmap.engine.cluster.score` compares.

:func:`summarise` reads an extracted post as an :class:`IncidentSummary`: its kind, province,
city and county, its day (or the day it was written), its employer as a comparable key
(:func:`employer_key`), its key terms (townships, sites and schools, each also romanised:
:func:`_site_terms`), its forms and demands, its figures (the toll and the sum owed), the weeks
it names, whether it tells its event apart from another or looks back from an anniversary, the
Latin names it keeps and whether it tells of an action in many places (:mod:`marks`), and the
character 3-grams of its text and of the post it passes on (:func:`shingles_of`).
:func:`profile_of` is that summary without the key, the days and the 3-grams: what the posts
that tell one event alike share.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from labourmap.engine.district_deixis import district_marks
from labourmap.engine.firm_core import role_only
from labourmap.engine.firm_forms import short_bureau
from labourmap.engine.known_firms import latin_firm, with_canonical
from labourmap.engine.looking_back import event_day, years_back
from labourmap.engine.marks import latin_names, tells_wide
from labourmap.engine.mine_names import mine_terms
from labourmap.engine.model import Extraction, Post
from labourmap.engine.named_in_text import text_heads
from labourmap.engine.person_names import person_terms
from labourmap.engine.reposts import quoted
from labourmap.engine.roads import road_terms
from labourmap.engine.spoken_towns import bare_names
from labourmap.engine.state_firms import chinese_name
from labourmap.engine.text import normalise
from labourmap.engine.told_apart import tells_apart, tells_sibling
from labourmap.engine.week_window import week_of

Day = date  # the field ``date`` below hides the type inside the class
SITE = re.compile(
    r"[\u4e00-\u9fff]{2}(?:中学|小学|大学城|大学|工地|园区|广场|大厦|项目|医院|车站|"
    r"机场|煤矿|电厂|镇|乡|街道|工业区|开发区|华府|花园|家园|小区|公馆|雅苑|名苑)"
)
EN_SITE = re.compile(
    r"\b([a-z]+(?:['’][a-z]+)? (?:town|township|village|road|street|avenue|island|district|"
    r"county))\b"
)
# words before "town" that name no place (the town labour office, their home village)
EN_GLUE = frozenset({"the", "a", "an", "this", "that", "our", "their", "his", "her", "its", "my",
                     "same", "home", "local", "whole", "nearby", "small", "one", "each", "every",
                     "another", "other", "which", "rural", "county", "city"})
DEIXIS = frozenset({"那个", "这个", "一个", "某个", "一处", "一家", "该处", "当地", "本地"})
# words of the sentence, not of a name, before a site's suffix: 中建九局的工地, 都到项目大门口,
# 守在工地, 人去镇里 (a place's own name holds none of them: 和平镇 and 来凤镇 do not count)
GLUE = frozenset("的在到了去是把被给")
SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "公司",
    "集团",
    "co.,ltd",
    "coltd",
    "co.",
    "ltd.",
    "ltd",
    "inc",
    "group",
    "company",
    "industrial",
)


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    """What grouping needs to know of a post or of a stored incident."""

    key: str
    kind: str | None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    date: date | None = None
    employer: str | None = None
    terms: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()  # forms and demands
    shingles: frozenset[str] = field(default=frozenset(), compare=False)
    posted: Day | None = None  # the day of the post: a stand-in where the text names none
    figures: frozenset[str] = frozenset()  # the toll and the sum owed: one event's fingerprint
    week: int = 0  # the weeks an undated post names (本周, last week): see week_window
    apart: bool = False  # it tells its event apart from another it names: see told_apart
    years_back: int = 0  # from an anniversary (四年前的今天): its day written is not its
    # event's (see looking_back)
    quoted: frozenset[str] = field(default=frozenset(), compare=False)  # the 3-grams of the
    # post a repost passes on (//@name:): see reposts
    latin: frozenset[str] = frozenset()  # Latin names a Chinese post keeps, an English post's
    # capitalised words: see marks.latin_names
    wide: bool = False  # it tells of one action in many places: see marks.tells_wide
    sibling: bool = False  # of another workplace of the firm it names (也是X的工地): its
    # employer is no mark (see told_apart.tells_sibling)
    heads: frozenset[str] = frozenset()  # naming no employer nor city, the runs of its text
    # where another's firm may stand (named_in_text)
    bare: frozenset[str] = frozenset()  # naming no city, the names it gives bare (泗港那边):
    # another's township (spoken_towns)


@lru_cache(maxsize=65536)
def employer_key(name: str | None) -> str | None:
    """A comparable employer name: NFKC, Simplified, lower case, no spaces or suffix; a
    well-known firm by its canonical name (Foxconn, 鸿海 -> 富士康: see
    :mod:`~labourmap.engine.known_firms`)."""
    if not name:
        return None
    s = normalise(unicodedata.normalize("NFKC", name))
    if s.startswith("china") and (bureau := chinese_name(_strip(_compact(s)))):
        return bureau  # China Railway 16th Bureau: 中铁十六局
    firm = latin_firm(unicodedata.normalize("NFKC", name))
    if firm:
        return firm
    compact = short_bureau(_compact(with_canonical(s)))  # 中建第九工程局: 中建九局
    return None if role_only(compact) else _strip(compact) or None  # 母公司: a role, no name


def _compact(s: str) -> str:
    return re.sub(r"[\s\"'“”‘’()（）《》,，.。\-_]", "", s) if not s.endswith("ele.me") else s


def _strip(s: str) -> str:
    """``s`` without a firm's suffix (有限公司, Co. Ltd)."""
    for suffix in SUFFIXES:
        suffix = suffix.replace(".", "").replace(",", "")
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
    return s


def compact_text(norm: str) -> str:
    """The normalised text with each run of white space as one space: what shingles are of."""
    return re.sub(r"\s+", " ", norm)


def shingles_of(compact: str) -> frozenset[str]:
    """The character 3-grams of a compact text."""
    return frozenset(compact[i : i + 3] for i in range(max(0, len(compact) - 2)))


def _shingles(norm: str) -> frozenset[str]:
    return shingles_of(compact_text(norm))


def quoted_shingles(compact: str) -> frozenset[str]:
    """The 3-grams of the post a compact text passes on, if it is a repost (:mod:`reposts`)."""
    body = quoted(compact)
    return shingles_of(body) if body else frozenset()


def _site_terms(norm: str) -> set[str]:
    """Townships, sites, schools and roads (:mod:`~labourmap.engine.roads`) named in the text,
    each also romanised (狮山镇 and "Shishan town" share ``py:shishan``)."""
    terms: set[str] = set()
    for m in SITE.finditer(norm):
        if m.group()[:2] in DEIXIS or GLUE.intersection(m.group()[:2]):
            continue  # 那个工地, 局的工地: no name
        terms.add(m.group())
        terms.add("py:" + _pinyin(m.group()[:2]))
    terms.update(t for r in road_terms(norm) for t in (r, "py:" + _pinyin(r[:2])))  # roads
    terms.update(mine_terms(norm))  # 山脚树矿 is 山脚树煤矿 (mine_names)
    terms.update(person_terms(norm))  # 员工李洪元: a worker named in full (person_names)
    for m in EN_SITE.finditer(norm):
        name, unit = m.group(1).rsplit(" ", 1)
        if name in EN_GLUE:
            continue  # the town labour office: no name
        name = re.sub("['’]", "", name)  # Chang'an town: 长安镇, py:changan
        terms.add(f"{name} {unit}")
        terms.add("py:" + name)
    return terms


def _figures(record: Mapping[str, Any]) -> frozenset[str]:
    """The toll (3 dead or more) and the sum owed (10,000 yuan or more) of a record."""
    out = set()
    killed, amount = record.get("killed"), record.get("amount_yuan")
    if isinstance(killed, int) and killed >= 3:
        out.add(f"k:{killed}")
    if isinstance(amount, (int, float)) and amount >= 10000:
        out.add(f"y:{round(amount)}")
    return frozenset(out)


def summarise(post: Post, ex: Extraction) -> IncidentSummary:
    """The summary of one extracted post (key = the post's id)."""
    norm = normalise(post.text)
    day = ex.value("date")
    profile = profile_of(ex, norm, post.text)
    back = profile.years_back
    return replace(profile, key=post.id,
                   date=event_day(date.fromisoformat(day) if day else None, post.posted_day, back),
                   posted=None if back else post.posted_day,
                   shingles=_shingles(norm), quoted=quoted_shingles(compact_text(norm)))


def profile_of(ex: Extraction, norm: str, text: str = "") -> IncidentSummary:
    """A post's summary without its key, its days and its shingles (``norm``: the post's
    normalised text, ``text`` the text as written, whose capitals tell a Latin name): what the
    posts that tell one event alike share, whatever their days."""
    fields = ex.fields

    def value(name: str) -> Any:
        found = fields.get(name)
        return found.value if found else None

    terms = _site_terms(norm)
    place = value("place")
    if place:
        terms.add(normalise(str(place)))
    terms |= district_marks(norm, value("city"), value("county"))  # 宝山那家: district_deixis
    codes = {f"f:{v}" for v in ex.value("forms")} | {f"d:{v}" for v in ex.value("demands")}
    back = years_back(norm)
    return IncidentSummary(
        key="",
        kind=value("kind"),
        province=value("province"),
        city=value("city"),
        county=value("county"),
        employer=employer_key(value("employer")),
        terms=_shared(frozenset(terms)),
        codes=_shared(frozenset(codes)),
        figures=_shared(_figures({"killed": value("killed"), "amount_yuan": value("amount_yuan")}))
        if ex.is_incident else frozenset(),  # as ``_figures(ex.record())``
        week=0 if value("date") or back else week_of(norm),
        apart=tells_apart(norm),
        sibling=tells_sibling(norm),
        years_back=back,
        latin=_shared(latin_names(text)),
        wide=tells_wide(norm),
        heads=text_heads(norm) if value("kind") and not value("employer") and not value(
            "city") else frozenset(),  # 中元汇吉那边: the other's firm (named_in_text)
        bare=bare_names(norm) if value("kind") and not value("city") else frozenset(),
    )


@lru_cache(maxsize=8192)
def _shared(values: frozenset[str]) -> frozenset[str]:
    """One object for equal sets that recur (the same demands, the same township)."""
    return values


@lru_cache(maxsize=65536)
def _pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name))

"""Which posts describe the same real event.

A post is summarised (:func:`summarise`) as kind, province/city/county, date, employer and key
terms; two summaries are compared by :func:`score`:

* a different kind, province, city or county, or dates more than a week apart, never merge;
* the same day (±3 days) +3, the same city +2, the same county +1, the same employer +4 (a
  different employer written in the same script −4), shared key terms (townships, sites,
  schools) +1 each, shared grievances or forms +1;
* near-duplicate texts (MinHash over character 3-grams, confirmed by the exact Jaccard
  similarity) +5.

A pair merges at :data:`THRESHOLD` when one of day, employer, key term or near-duplicate text
agrees. :func:`match_incident` attaches one summary to the best of a list of stored incidents;
:func:`cluster` groups a batch of posts with the same rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from labourmap.engine.model import Extraction, Post
from labourmap.engine.text import normalise

Day = date  # the field ``date`` below hides the type inside the class
THRESHOLD = 5.0
NEAR_DUPLICATE = 0.6
ALIASES = {
    "foxconn": "富士康",
    "yueyuen": "裕元",
    "meituan": "美团",
    "sinopec": "中石化",
    "ele.me": "饿了么",
    "didi": "滴滴",
    "byd": "比亚迪",
    "honda": "本田",
    "walmart": "沃尔玛",
}
SITE = re.compile(
    r"[\u4e00-\u9fff]{2}(?:中学|小学|大学城|大学|工地|园区|广场|大厦|项目|医院|车站|"
    r"机场|煤矿|电厂|镇|乡|街道|工业区|开发区)"
)
EN_SITE = re.compile(
    r"\b([a-z]+ (?:town|township|village|road|street|avenue|island|district|"
    r"county))\b"
)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Match:
    key: str
    score: float


def employer_key(name: str | None) -> str | None:
    """A comparable employer name: NFKC, Simplified, lower case, no spaces, suffix or alias."""
    if not name:
        return None
    s = normalise(unicodedata.normalize("NFKC", name))
    s = re.sub(r"[\s\"'“”‘’()（）《》,，.。\-_]", "", s) if not s.endswith("ele.me") else s
    for suffix in SUFFIXES:
        suffix = suffix.replace(".", "").replace(",", "")
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
    for alias, zh in ALIASES.items():
        if alias.replace(".", "") in s:
            return zh
    return s or None


def _shingles(norm: str) -> frozenset[str]:
    compact = re.sub(r"\s+", " ", norm)
    return frozenset(compact[i : i + 3] for i in range(max(0, len(compact) - 2)))


def _site_terms(norm: str) -> set[str]:
    """Townships, sites and schools named in the text, each also romanised (狮山镇 and
    "Shishan town" share ``py:shishan``)."""
    terms: set[str] = set()
    for m in SITE.finditer(norm):
        terms.add(m.group())
        terms.add("py:" + _pinyin(m.group()[:2]))
    for m in EN_SITE.finditer(norm):
        terms.add(m.group(1))
        terms.add("py:" + m.group(1).split(" ")[0])
    return terms


def _figures(record: Mapping[str, Any]) -> frozenset[str]:
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
    terms = _site_terms(norm)
    place = ex.value("place")
    if place:
        terms.add(normalise(str(place)))
    codes = {f"f:{v}" for v in ex.value("forms")} | {f"d:{v}" for v in ex.value("demands")}
    return IncidentSummary(
        key=post.id,
        kind=ex.value("kind"),
        province=ex.value("province"),
        city=ex.value("city"),
        county=ex.value("county"),
        date=date.fromisoformat(day) if day else None,
        employer=employer_key(ex.value("employer")),
        terms=frozenset(terms),
        codes=frozenset(codes),
        shingles=_shingles(norm),
        posted=post.posted_day,
        figures=_figures(ex.record()),
    )


def _common_run(a: str, b: str) -> int:
    """The length of the longest common substring."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name))


def same_employer(a: str, b: str) -> bool:
    """One name holds the other, or they share a run of four characters (宏达五金 in
    东莞长安镇宏达五金制品 and 宏达五金制品厂); across scripts, the romanised Chinese name
    holds the English one's first word or the reverse (瑞海公司 and Ruihai Logistics)."""
    if a in b or b in a:
        return True
    if a.isascii() != b.isascii():
        en, zh = (a, b) if a.isascii() else (b, a)
        zh = re.sub(r"[^\u4e00-\u9fff]", "", zh)
        if len(zh) < 2:
            return False
        py = _pinyin(zh)
        head = _pinyin(zh[:2])
        return len(en) >= 4 and (en in py or (len(head) >= 4 and en.startswith(head)))
    return not a.isascii() and not b.isascii() and _common_run(a, b) >= 4


def _same_script(a: str, b: str) -> bool:
    return a.isascii() == b.isascii()


def near_duplicate(a: IncidentSummary, b: IncidentSummary) -> bool:
    """The exact check: Jaccard similarity of character 3-grams."""
    if not a.shingles or not b.shingles:
        return False
    return len(a.shingles & b.shingles) / len(a.shingles | b.shingles) >= NEAR_DUPLICATE


def score(a: IncidentSummary, b: IncidentSummary, *, check_text: bool = True) -> float:
    """How strongly two summaries look like one event; negative infinity when they cannot be.
    ``check_text=False`` skips the text comparison (when MinHash found the pair unlike)."""
    never = float("-inf")
    if a.kind and b.kind and a.kind != b.kind:
        return never
    for x, y in ((a.province, b.province), (a.city, b.city), (a.county, b.county)):
        if x and y and x != y:
            return never
    total = 0.0
    gate = False
    if a.date and b.date:
        gap = abs((a.date - b.date).days)
        if gap > 7:
            return never
        if gap <= 3:
            total += 3
            gate = True
    else:  # a day missing: the days the posts were written stand in, more weakly
        da, db = a.date or a.posted, b.date or b.posted
        if da and db and abs((da - db).days) <= 2 and a.city and a.city == b.city:
            total += 3
            gate = True
    if a.city and a.city == b.city:
        total += 2
    if a.county and a.county == b.county:
        total += 1
    if a.employer and b.employer:
        if same_employer(a.employer, b.employer):
            total += 4
            gate = True
        elif _same_script(a.employer, b.employer):
            total -= 4
    both = a.terms & b.terms
    romanised = sum(1 for t in both if t.startswith("py:"))
    shared = max(romanised, len(both) - romanised)  # a site and its romanised form count once
    if shared:
        total += min(2, shared)
        gate = True
    if a.codes & b.codes:
        total += 1
    if a.figures & b.figures:  # 37 dead, 1.7 million owed: told alike in every script
        total += 3
        gate = True
    if check_text and near_duplicate(a, b):
        total += 5
        gate = True
    return total if gate else min(total, THRESHOLD - 0.5)


def match_incident(summary: IncidentSummary, candidates: Sequence[IncidentSummary]) -> Match | None:
    """The stored incident this post belongs to, or None (the ingest layer supplies candidates
    — e.g. the same province within a few weeks — as summaries with ``key`` = incident id)."""
    best: Match | None = None
    for cand in candidates:
        s = score(summary, cand)
        if s >= THRESHOLD and (best is None or s > best.score):
            best = Match(cand.key, s)
    return best


def _candidate_pairs(summaries: Sequence[IncidentSummary]) -> set[tuple[int, int]]:
    """Near-duplicate pairs by MinHash LSH (texts much alike even where fields are missing)."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=64)
    hashes = []
    for i, s in enumerate(summaries):
        mh = MinHash(num_perm=64)
        for sh in s.shingles:
            mh.update(sh.encode("utf-8"))
        hashes.append(mh)
        lsh.insert(str(i), mh)
    pairs: set[tuple[int, int]] = set()
    for i, mh in enumerate(hashes):
        for j in lsh.query(mh):
            k = int(j)
            if k != i:
                pairs.add((min(i, k), max(i, k)))
    return pairs


def cluster(items: Sequence[tuple[Post, Extraction]]) -> list[str | None]:
    """A group id per post (None for a post that is not an incident), in input order."""
    summaries = [summarise(p, e) for p, e in items]
    near = _candidate_pairs(summaries) if len(items) > 1 else set()
    groups: list[list[int]] = []
    out: list[str | None] = []
    for i, (summary, (_, ex)) in enumerate(zip(summaries, items, strict=True)):
        if not ex.is_incident:
            out.append(None)
            continue
        best: tuple[float, int] | None = None
        for g, members in enumerate(groups):
            s = max(
                score(summary, summaries[m], check_text=(min(i, m), max(i, m)) in near)
                for m in members
            )
            if s >= THRESHOLD and (best is None or s > best[0]):
                best = (s, g)
        if best is None:
            groups.append([i])
            out.append(f"K{len(groups)}")
        else:
            groups[best[1]].append(i)
            out.append(f"K{best[1] + 1}")
    return out


def summary_from_record(
    key: str, record: Mapping[str, Any], texts: Sequence[str] = ()
) -> IncidentSummary:
    """The summary of a stored incident from its contract record (kind, province, city,
    county, date, employer, place, forms, demands) and the texts of its first posts."""
    day = record.get("date")
    parsed: date | None = None
    if isinstance(day, date):
        parsed = day
    elif isinstance(day, str) and day:
        try:
            parsed = date.fromisoformat(day[:10])
        except ValueError:
            parsed = None
    terms: set[str] = set()
    shingles: frozenset[str] = frozenset()
    for text in texts[:3]:
        norm = normalise(text)
        terms |= _site_terms(norm)
        shingles = shingles | _shingles(norm)
    if record.get("place"):
        terms.add(normalise(str(record["place"])))
    codes = {f"f:{v}" for v in record.get("forms") or []} | {
        f"d:{v}" for v in record.get("demands") or []
    }
    return IncidentSummary(
        key=key,
        kind=record.get("kind"),
        province=record.get("province"),
        city=record.get("city"),
        county=record.get("county"),
        date=parsed,
        employer=employer_key(record.get("employer")),
        terms=frozenset(terms),
        codes=frozenset(codes),
        shingles=shingles,
        figures=_figures(record),
    )


def best_match(extraction: Extraction, post: Post, candidates: Sequence[Any]) -> Any | None:
    """For ingest: the ``id`` of the candidate (objects with ``id``, ``record`` and ``texts``)
    the post is about, or None."""
    if not extraction.is_incident:
        return None
    summary = summarise(post, extraction)
    stored = [
        summary_from_record(str(i), c.record, tuple(c.texts)) for i, c in enumerate(candidates)
    ]
    found = match_incident(summary, stored)
    return candidates[int(found.key)].id if found else None

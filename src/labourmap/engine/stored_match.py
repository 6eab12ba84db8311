"""Matching a post to stored incidents summarised from their contract records (kind, place,
date, employer, place text, forms, demands) and the texts of their first posts, with the rule
of :mod:`labourmap.engine.cluster`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from labourmap.engine.cluster import (
    IncidentSummary,
    _figures,
    _shingles,
    _site_terms,
    employer_key,
    match_incident,
    summarise,
)
from labourmap.engine.model import Extraction, Post
from labourmap.engine.text import normalise
from labourmap.engine.told_apart import tells_apart


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
        apart=bool(texts) and tells_apart(normalise(texts[0])),
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

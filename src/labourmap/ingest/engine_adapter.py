"""The project's engine (``labourmap.engine``) behind ingest's
:class:`~labourmap.ingest.extractor.Extractor`.

Matching uses the engine's own rule: a new post's summary against the summaries of every
stored post of each candidate incident (``match_incident``), as ``cluster`` compares a post
with every member of a group. A stored post is summarised from its text and the contract
record kept with it; summaries are cached by content hash for the run.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from labourmap.engine import Extraction, Found, IncidentSummary, Post, extract, match_incident
from labourmap.engine import summarise as engine_summarise
from labourmap.engine.model import SET_FIELDS, SINGLE_FIELDS
from labourmap.engine.pipeline import extract_many
from labourmap.ingest.extractor import Candidate, StoredPost

CACHE = 50_000


def extraction_from_record(post_id: str, record: Mapping[str, Any]) -> Extraction:
    """An extraction holding a stored contract record's values (without spans)."""
    ex = Extraction(id=post_id, is_incident=bool(record.get("is_incident", True)))
    for name in SINGLE_FIELDS:
        if record.get(name) is not None:
            ex.fields[name] = Found(record[name], (), 1.0)
    for name in SET_FIELDS:
        values = record.get(name) or []
        if values:
            ex.sets[name] = [Found(v, (), 1.0) for v in values]
    return ex


class EngineExtractor:
    """Stateless apart from a cache of summaries, so it pickles to cluster workers."""

    def __init__(self) -> None:
        self._summaries: OrderedDict[str, IncidentSummary] = OrderedDict()

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._summaries = OrderedDict()

    def extract(self, post: Post) -> Extraction:
        return extract(post)

    def extract_many(self, posts: Sequence[Post]) -> list[Extraction]:
        return list(extract_many(posts))

    def _stored(self, stored: StoredPost) -> IncidentSummary:
        found = self._summaries.get(stored.digest)
        if found is None:
            post = Post(id=stored.digest, text=stored.text)
            found = engine_summarise(post, extraction_from_record(stored.digest, stored.record))
            self._summaries[stored.digest] = found
            if len(self._summaries) > CACHE:
                self._summaries.popitem(last=False)
        return found

    def match(self, extraction: Extraction, post: Post,
              candidates: Sequence[Candidate]) -> int | None:
        summary = engine_summarise(post, extraction)
        pool = [replace(self._stored(p), key=str(c.id)) for c in candidates for p in c.posts]
        best = match_incident(summary, pool)
        return int(best.key) if best is not None else None

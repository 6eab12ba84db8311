"""Storing extracted posts: each post once (by content hash), each incident post attached to the
stored incident it is about — found among candidates by the engine's matcher — or made into a
new incident in review.

An incident made from a post carries the post's extracted fields (validated like any imported
record), a confidence per field in ``extras["confidence"]`` and the post's content hash in
``extras["extracted_from"]``; the post keeps the whole extraction — values, confidences and
evidence spans on its own text — in ``sources.extraction``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.engine.model import SET_FIELDS, Extraction
from labourmap.incidents.models import Incident, IncidentTag
from labourmap.incidents.records import COLUMNS, MULTI, RecordContext, parse_record
from labourmap.ingest.extractor import Candidate, Extractor, StoredPost
from labourmap.ingest.readers import CHINA, InPost
from labourmap.sources.models import Source

#: The extracted fields an incident takes from its first post.
FIELDS = ("kind", "forms", "industry", "demands", "ownership", "participants", "responses",
          "province", "city", "county", "place", "date", "employer", "amount_yuan", "killed",
          "injured", "accident_type")
SCALAR = tuple(c for c in COLUMNS if c not in MULTI)
#: Statuses of incidents a new post may attach to (not rejected, not merged away).
OPEN_STATUSES = ("draft", "in_review", "published")
WINDOW = timedelta(days=10)
MAX_CANDIDATES = 100
POSTS_PER_CANDIDATE = 20


@dataclass(frozen=True)
class Extracted:
    """A post read, its content hash and what the engine read from it."""

    item: InPost
    digest: str
    extraction: Extraction


@dataclass
class Tally:
    incidents_created: int = 0
    posts_attached: int = 0
    not_incidents: int = 0


def china_today() -> date:
    return datetime.now(CHINA).date()


def stored_hashes(session: Session, digests: Iterable[str]) -> set[str]:
    """Which of ``digests`` are stored already."""
    found: set[str] = set()
    wanted = list(dict.fromkeys(digests))
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        found.update(session.scalars(select(Source.content_hash)
                                     .where(Source.content_hash.in_(chunk))))
    return found


def incident_record(contract: Mapping[str, Any], ctx: RecordContext) -> dict[str, Any] | None:
    """An extraction's contract record as a valid incident record; a field the checks refuse is
    left empty (a wrong value costs more than a missing one). None when there is no valid kind.
    """
    raw: dict[str, Any] = {name: contract.get(name) for name in FIELDS}
    for _ in range(len(FIELDS)):
        rec, problems = parse_record(raw, ctx)
        if rec is not None:
            return rec
        fields = {p.field for p in problems}
        if "kind" in fields or not fields or None in fields:
            return None
        for name in fields:
            if name is not None:
                raw[name] = [] if name in SET_FIELDS else None
    return None


def confidences(extraction: Extraction) -> dict[str, Any]:
    out: dict[str, Any] = {name: round(f.confidence, 3) for name, f in extraction.fields.items()}
    for name, items in extraction.sets.items():
        if items:
            out[name] = {str(f.value): round(f.confidence, 3) for f in items}
    return out


def _date_text(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def candidates(session: Session, rec: dict[str, Any]) -> list[Candidate]:
    """Open incidents of the same kind near the record in time and place, each with its first
    posts (the engine compares a new post with every post of an incident)."""
    stmt = select(Incident).where(Incident.status.in_(OPEN_STATUSES),
                                  Incident.kind == rec["kind"])
    if rec.get("date"):
        stmt = stmt.where(Incident.date.between(rec["date"] - WINDOW, rec["date"] + WINDOW)
                          | Incident.date.is_(None))
    if rec.get("province"):
        stmt = stmt.where((Incident.province == rec["province"]) | Incident.province.is_(None))
    found = session.scalars(stmt.order_by(Incident.id.desc()).limit(MAX_CANDIDATES)).all()
    if not found:
        return []
    records = {inc.id: _contract(inc) for inc in found}
    posts: dict[int, list[StoredPost]] = {inc.id: [] for inc in found}
    rows = session.execute(select(Source.incident_id, Source.content_hash, Source.text,
                                  Source.extraction)
                           .where(Source.incident_id.in_(list(posts))).order_by(Source.id))
    for iid, digest, text, extraction in rows:
        if iid is not None and len(posts[iid]) < POSTS_PER_CANDIDATE:
            stored = (extraction or {}).get("record") or records[iid]
            posts[iid].append(StoredPost(digest=digest, text=text, record=stored))
    return [Candidate(id=inc.id, uid=inc.uid, record=records[inc.id],
                      posts=tuple(posts[inc.id])) for inc in found]


def _contract(inc: Incident) -> dict[str, Any]:
    record: dict[str, Any] = {name: getattr(inc, name) for name in FIELDS if name not in MULTI}
    record["date"] = _date_text(record["date"])
    record.update({m: inc.codes(m) for m in MULTI})
    record.update(id=inc.uid, is_incident=True)
    return record


def new_incident(rec: dict[str, Any], *, uid: str, extras: dict[str, Any]) -> Incident:
    values = {c: rec[c] for c in SCALAR}
    values.update(uid=uid, status="in_review", extras=extras)
    inc = Incident(**values)
    inc.tags = [IncidentTag(field=m, code=c) for m in MULTI for c in rec[m]]
    return inc


def source_for(ex: Extracted, *, incident_id: int | None) -> Source:
    post = ex.item.post
    text = post.text
    return Source(
        incident_id=incident_id, platform=post.platform or "other", external_id=post.id,
        url=post.url, posted_at=post.posted_at, lang=post.lang, title=ex.item.title, text=text,
        content_hash=ex.digest, public=False,
        extraction={"is_incident": ex.extraction.is_incident,
                    "record": ex.extraction.record(),
                    "evidence": ex.extraction.evidence(text)},
    )


def store_batch(session: Session, *, batch: Sequence[Extracted], extractor: Extractor,
                ctx: RecordContext) -> Tally:
    """Store ``batch`` in input order inside the caller's transaction."""
    tally = Tally()
    for ex in batch:
        rec = incident_record(ex.extraction.record(), ctx) if ex.extraction.is_incident else None
        if rec is None:
            session.add(source_for(ex, incident_id=None))
            tally.not_incidents += 1
            continue
        found = candidates(session, rec)
        chosen = extractor.match(ex.extraction, ex.item.post, found) if found else None
        if chosen is not None and any(c.id == chosen for c in found):
            session.add(source_for(ex, incident_id=chosen))
            tally.posts_attached += 1
        else:
            inc = new_incident(rec, uid=f"p-{ex.digest[:16]}",
                               extras={"confidence": confidences(ex.extraction),
                                       "extracted_from": ex.digest})
            session.add(inc)
            session.flush()
            session.add(source_for(ex, incident_id=inc.id))
            tally.incidents_created += 1
    return tally

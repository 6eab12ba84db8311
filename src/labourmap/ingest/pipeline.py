"""`labourmap ingest`: posts from files, directories and feeds → incidents in review.

The steps, in order, per batch of posts:

1. **read** (``readers.read_all``) — posts in input order; a bad line goes to the rejects file
   at once, with its file, line, code and reason.
2. **dedupe** (``_fresh``) — a post whose content hash is already stored, or earlier in the
   batch, is a duplicate: counted, not extracted, not stored again.
3. **extract** (``Runner.submit``) — here or on a Dask cluster; the next batch is extracted
   while this one is stored.
4. **store** (``store.store_batch``) — one transaction per batch: each post is stored once and
   attached to the incident it is about (stored in an earlier batch or run, or earlier in this
   batch) or made a new incident in review.

Crash safety follows from (2) and (4): a batch is stored whole or not at all, and a run after
a crash finds the posts of every committed batch stored, skips them as duplicates without
extracting them again, and stores the rest — in the same order, against the same stored
incidents — so the store ends as after one clean run.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from labourmap.codebook import get_codebook
from labourmap.db import Database
from labourmap.incidents.records import RecordContext
from labourmap.incidents.store import MAINTENANCE_ROWS, refresh_statistics
from labourmap.ingest.extractor import Extractor, Pending, Runner
from labourmap.ingest.readers import InPost, Item, Reject, read_all
from labourmap.ingest.store import Extracted, china_today, store_batch, stored_hashes
from labourmap.places import get_gazetteer
from labourmap.sources.service import content_hash

BATCH = 500


@dataclass
class IngestSummary:
    posts_read: int = 0
    incidents_created: int = 0
    posts_attached: int = 0
    not_incidents: int = 0
    duplicates: int = 0
    rejects: int = 0
    batches: int = 0
    rejects_file: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def post_hash(item: InPost) -> str:
    post = item.post
    return content_hash({"platform": post.platform, "url": post.url, "text": post.text})


class RejectsFile:
    """The rejects file, made at the first reject (one JSON object a line)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.fh: IO[str] | None = None

    def write(self, reject: Reject) -> None:
        if self.path is None:
            return
        if self.fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = self.path.open("w", encoding="utf-8")
        self.fh.write(json.dumps(reject.as_dict(), ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _batches(items: Iterable[Item], size: int, rejects: RejectsFile, summary: IngestSummary,
             on_reject: Callable[[Reject], None] | None) -> Iterator[list[InPost]]:
    batch: list[InPost] = []
    for item in items:
        if isinstance(item, Reject):
            summary.rejects += 1
            rejects.write(item)
            if on_reject:
                on_reject(item)
            continue
        summary.posts_read += 1
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _fresh(db: Database, batch: Sequence[InPost]) -> tuple[list[tuple[InPost, str]], int]:
    """The posts of ``batch`` not stored yet and not repeated in it; and how many were."""
    hashed = [(item, post_hash(item)) for item in batch]
    with db.sessions() as session:
        stored = stored_hashes(session, (d for _, d in hashed))
    fresh: list[tuple[InPost, str]] = []
    seen: set[str] = set()
    for item, digest in hashed:
        if digest in stored or digest in seen:
            continue
        seen.add(digest)
        fresh.append((item, digest))
    return fresh, len(batch) - len(fresh)


@dataclass
class _InFlight:
    posts: list[tuple[InPost, str]]
    pending: Pending


def _store(db: Database, flight: _InFlight, *, extractor: Extractor, ctx: RecordContext,
           summary: IngestSummary) -> None:
    extractions = flight.pending.result()
    with db.session() as session:
        # a post may have been stored by the batch before this one since it was deduped
        again = stored_hashes(session, (d for _, d in flight.posts))
        batch = [Extracted(item=item, digest=digest, extraction=ex)
                 for (item, digest), ex in zip(flight.posts, extractions, strict=True)
                 if digest not in again]
        tally = store_batch(session, batch=batch, extractor=extractor, ctx=ctx)
    summary.duplicates += len(flight.posts) - len(batch)
    summary.incidents_created += tally.incidents_created
    summary.posts_attached += tally.posts_attached
    summary.not_incidents += tally.not_incidents
    summary.batches += 1


def ingest(db: Database, *, sources: Sequence[str], extractor: Extractor, runner: Runner,
           rejects_path: Path | None = None, batch_size: int = BATCH,
           on_batch: Callable[[IngestSummary], None] | None = None,
           on_reject: Callable[[Reject], None] | None = None) -> IngestSummary:
    """Ingest every post of ``sources`` (files, directories, feed URLs); see the module doc."""
    summary = IngestSummary(rejects_file=str(rejects_path) if rejects_path else None)
    ctx = RecordContext(codebook=get_codebook(), gazetteer=get_gazetteer(), today=china_today(),
                        default_status="in_review")
    rejects = RejectsFile(rejects_path)
    flight: _InFlight | None = None
    try:
        for batch in _batches(read_all(sources), batch_size, rejects, summary, on_reject):
            fresh, repeated = _fresh(db, batch)
            summary.duplicates += repeated
            nxt = _InFlight(fresh, runner.submit([item.post for item, _ in fresh]))
            if flight is not None:
                _store(db, flight, extractor=extractor, ctx=ctx, summary=summary)
                if on_batch:
                    on_batch(summary)
            flight = nxt
        if flight is not None:
            _store(db, flight, extractor=extractor, ctx=ctx, summary=summary)
            if on_batch:
                on_batch(summary)
    finally:
        rejects.close()
    if rejects.fh is None:
        summary.rejects_file = None
    if summary.incidents_created + summary.posts_attached >= MAINTENANCE_ROWS:
        refresh_statistics(db.engine)
    return summary

"""Storing source posts: one row per distinct post (by content hash), linked to an incident."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from labourmap.codebook import get_codebook
from labourmap.errors import Problem
from labourmap.sources.models import SOURCES

FIELDS = ("platform", "external_id", "url", "posted_at", "lang", "title", "reference", "locator",
          "text", "public")


def content_hash(src: Mapping[str, Any]) -> str:
    """The identity of a post: the same platform, address and text are the same post."""
    parts = [str(src.get(k) or "").strip() for k in ("platform", "url", "reference", "locator")]
    parts.append(" ".join(str(src.get("text") or "").split()))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def parse_source(raw: Any, *, index: int) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Validate one source object of an incident row (``sources[index]``)."""
    name = f"sources[{index}]"
    if not isinstance(raw, dict):
        return None, [Problem("a source must be an object", field=name)]
    problems: list[Problem] = []
    unknown = sorted(set(raw) - set(FIELDS))
    for key in unknown:
        problems.append(Problem(f"unknown key {key!r}", field=f"{name}.{key}"))
    out: dict[str, Any] = {k: raw.get(k) for k in FIELDS}
    out["platform"] = out["platform"] or "other"
    if p := get_codebook().check("source_platform", out["platform"],
                                 field_name=f"{name}.platform"):
        problems.append(p)
    if out["posted_at"]:
        try:
            out["posted_at"] = datetime.fromisoformat(str(out["posted_at"]))
        except ValueError:
            problems.append(Problem("posted_at must be an ISO 8601 date-time",
                                    field=f"{name}.posted_at", value=out["posted_at"]))
    if not isinstance(out["public"], bool):
        if out["public"] is None:
            out["public"] = False
        else:
            problems.append(Problem("public must be true or false", field=f"{name}.public"))
    out["text"] = str(out["text"] or "")
    if not (out["text"] or out["url"] or out["reference"]):
        problems.append(Problem("a source needs a text, a url or a reference", field=name))
    return (None, problems) if problems else (out, [])


def attach_sources(conn: Connection, incident_id: int, sources: Sequence[dict[str, Any]]) -> int:
    """Store ``sources`` for an incident; a post already stored is not stored again.
    Returns how many were new."""
    table = SOURCES
    new = 0
    for src in sources:
        digest = content_hash(src)
        if conn.execute(select(table.c.id).where(table.c.content_hash == digest)).first():
            continue
        conn.execute(insert(table).values(**src, content_hash=digest, incident_id=incident_id))
        new += 1
    return new

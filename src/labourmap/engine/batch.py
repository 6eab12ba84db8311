"""Posts from JSON Lines, with bad lines reported (line number and reason), never dropped
silently. Only ``id``, ``text``, ``posted_at``, ``platform``, ``url`` and ``lang`` are read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from labourmap.engine.model import Post

CHINA = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class BadLine:
    line: int
    reason: str

    def message(self) -> str:
        return f"line {self.line}: {self.reason}; skipped"


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 time in China time (a naive time is taken to be China time already)."""
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=CHINA)
    return moment.astimezone(CHINA)


def post_from(row: dict[str, object]) -> Post:
    def opt(key: str) -> str | None:
        v = row.get(key)
        return v if isinstance(v, str) else None

    return Post(
        id=str(row["id"]),
        text=str(row["text"]),
        posted_at=parse_time(row.get("posted_at")),
        platform=opt("platform"),
        url=opt("url"),
        lang=opt("lang"),
    )


_raw_decode = json.JSONDecoder().raw_decode


def _loads(line: str) -> object:
    """``json.loads(line)``, read without its wrappers where the line is one JSON value and
    JSON's white space (a line's end): anything else goes to ``json.loads`` itself, which
    raises what it always does."""
    try:
        value, end = _raw_decode(line)
    except json.JSONDecodeError:
        return json.loads(line)
    if end != len(line) and line[end:].strip(" \t\n\r"):
        return json.loads(line)
    return value


def read_posts(lines: Iterable[str]) -> Iterator[Post | BadLine]:
    """Each non-blank line as a Post, or a BadLine saying why it is not one."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = _loads(line)
        except json.JSONDecodeError as exc:
            yield BadLine(n, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield BadLine(n, "not a JSON object")
        elif row.get("id") in (None, ""):
            yield BadLine(n, "no `id`")
        elif not isinstance(row.get("text"), str):
            yield BadLine(n, "no `text`" if "text" not in row else "`text` is not a string")
        else:
            yield post_from(row)

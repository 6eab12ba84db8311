"""`labourmap extract` and `labourmap cluster`: the ingest engine over JSON Lines.

Kept light: only the engine is imported (no database, no web stack).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import typer


@contextmanager
def _open(file: Path) -> Iterator[TextIO]:
    if str(file) == "-":
        yield sys.stdin
    else:
        try:
            with file.open(encoding="utf-8") as fh:
                yield fh
        except FileNotFoundError:
            typer.echo(f"error: no such file: {file}", err=True)
            raise typer.Exit(2) from None


def _finish(skipped: int, total: int, strict: bool) -> None:
    if skipped:
        typer.echo(f"skipped {skipped} of {total} lines", err=True)
        if strict:
            raise typer.Exit(1)


def _posts(file: Path):
    from labourmap.engine.batch import BadLine, read_posts

    with _open(file) as fh:
        for item in read_posts(fh):
            if isinstance(item, BadLine):
                typer.echo(f"{file}: {item.message()}", err=True)
            yield item


FILE = typer.Argument(..., help="JSON Lines of posts (id, text, posted_at …); - for stdin.")
STRICT = typer.Option(False, "--strict", help="Exit non-zero when any line was skipped.")


def extract_cmd(
    file: Path = FILE,
    strict: bool = STRICT,
    evidence: bool = typer.Option(False, "--evidence",
                                  help="Add each field's evidence spans and confidence."),
) -> None:
    """Extract incident fields from posts: one JSON object per post, in input order.

    Lines that are not JSON or lack `id` or `text` are reported on standard error with their
    line number and skipped; the count is reported at the end.

    Example: labourmap extract posts.jsonl > extracted.jsonl
    """
    from labourmap.engine import extract
    from labourmap.engine.batch import BadLine

    out = sys.stdout
    skipped = total = 0
    for item in _posts(file):
        total += 1
        if isinstance(item, BadLine):
            skipped += 1
            continue
        ex = extract(item)
        record = ex.record()
        if evidence:
            record["evidence"] = ex.evidence(item.text)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    _finish(skipped, total, strict)


def cluster_cmd(file: Path = FILE, strict: bool = STRICT) -> None:
    """Group posts that describe the same event: {"id", "incident"} per incident post.

    Posts are extracted one by one; only what grouping needs of each is kept, and the groups
    are printed in input order once the whole file is read.

    Example: labourmap cluster posts.jsonl
    """
    from labourmap.engine import extract
    from labourmap.engine.batch import BadLine
    from labourmap.engine.grouping import Grouping

    grouping = Grouping()
    skipped = total = 0
    for item in _posts(file):
        total += 1
        if isinstance(item, BadLine):
            skipped += 1
            continue
        grouping.add(item, extract(item))
    out = sys.stdout
    for post_id, group in grouping.labels():
        if group is not None:
            out.write(json.dumps({"id": post_id, "incident": group}, ensure_ascii=False) + "\n")
    out.flush()
    _finish(skipped, total, strict)

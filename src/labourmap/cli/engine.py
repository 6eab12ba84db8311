"""`labourmap extract` and `labourmap cluster`: the ingest engine over JSON Lines.

Kept light: only the engine is imported (no database, no web stack).
"""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

if TYPE_CHECKING:
    from labourmap.engine.model import Extraction, Post


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


class _Counted:
    """The posts of a file with their extractions, in order; lines that are not posts are
    reported on standard error and counted."""

    def __init__(self, rules_only: bool = False) -> None:
        self.total = self.skipped = 0
        self.rules_only = rules_only

    def _posts(self, file: Path) -> Iterator[Post]:
        from labourmap.engine.batch import BadLine, read_posts

        with _open(file) as fh:
            for item in read_posts(fh):
                self.total += 1
                if isinstance(item, BadLine):
                    self.skipped += 1
                    typer.echo(f"{file}: {item.message()}", err=True)
                else:
                    yield item

    def read(self, file: Path) -> Iterator[tuple[Post, Extraction]]:
        from labourmap.engine.pipeline import extract_many

        posts: deque[Post] = deque()

        def kept() -> Iterator[Post]:
            for post in self._posts(file):
                posts.append(post)
                yield post

        for ex in extract_many(kept(), rules_only=self.rules_only):
            yield posts.popleft(), ex


FILE = typer.Argument(..., help="JSON Lines of posts (id, text, posted_at …); - for stdin.")
STRICT = typer.Option(False, "--strict", help="Exit non-zero when any line was skipped.")
RULES_ONLY = typer.Option(False, "--rules-only",
                          help="Leave the text model out: the rules alone decide.")


def extract_cmd(
    file: Path = FILE,
    strict: bool = STRICT,
    evidence: bool = typer.Option(False, "--evidence",
                                  help="Add each field's evidence spans and confidence."),
    rules_only: bool = RULES_ONLY,
) -> None:
    """Extract incident fields from posts: one JSON object per post, in input order.

    Lines that are not JSON or lack `id` or `text` are reported on standard error with their
    line number and skipped; the count is reported at the end.

    Example: labourmap extract posts.jsonl > extracted.jsonl
    """
    out = sys.stdout
    counted = _Counted(rules_only)
    for item, ex in counted.read(file):
        record = ex.record()
        if evidence:
            record["evidence"] = ex.evidence(item.text)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    _finish(counted.skipped, counted.total, strict)


def cluster_cmd(file: Path = FILE, strict: bool = STRICT, rules_only: bool = RULES_ONLY) -> None:
    """Group posts that describe the same event: {"id", "incident"} per incident post.

    Posts are extracted in order; only what grouping needs of each is kept, and the groups
    are printed in input order once the whole file is read.

    Example: labourmap cluster posts.jsonl
    """
    from labourmap.engine.grouping import Grouping

    grouping = Grouping()
    counted = _Counted(rules_only)
    for item, ex in counted.read(file):
        grouping.add(item, ex)
    out = sys.stdout
    for post_id, group in grouping.labels():
        if group is not None:
            out.write(json.dumps({"id": post_id, "incident": group}, ensure_ascii=False) + "\n")
    out.flush()
    _finish(counted.skipped, counted.total, strict)

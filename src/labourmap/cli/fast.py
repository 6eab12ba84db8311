"""The work of `labourmap extract` and `labourmap cluster`, and their start without Typer.

:func:`run_extract` and :func:`run_cluster` are what the two commands do; the Typer commands
of :mod:`labourmap.cli.engine` call them. :func:`fast_main` runs them straight from the
command line when it is written plainly (``extract [--strict] [--evidence] [--rules-only]
FILE``, ``cluster [--strict] [--rules-only] FILE``): then neither Typer nor pydantic is
imported, which saves a sixth of a second of start-up on every run. Anything else
(``--help``, an unknown option, a second file …) goes to Typer, which prints the usual help
and errors.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from labourmap.engine.batch import BadLine
    from labourmap.engine.model import Extraction, Post

Warn = Callable[[str], None]

# json.dumps(record, ensure_ascii=False) makes a new encoder on every call; one will do
_encode = json.JSONEncoder(ensure_ascii=False).encode


def warn(message: str) -> None:
    """A line on standard error (as ``typer.echo(message, err=True)`` writes it)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _open(file: Path, warn: Warn) -> TextIO | None:
    if str(file) == "-":
        return sys.stdin
    try:
        return file.open(encoding="utf-8")
    except FileNotFoundError:
        warn(f"error: no such file: {file}")
        return None


def _posts(fh: TextIO, file: Path, warn: Warn) -> Iterator[Post | BadLine]:
    from labourmap.engine.batch import BadLine, read_posts

    for item in read_posts(fh):
        if isinstance(item, BadLine):
            warn(f"{file}: {item.message()}")
        yield item


def _finish(skipped: int, total: int, strict: bool, warn: Warn) -> int:
    if skipped:
        warn(f"skipped {skipped} of {total} lines")
        if strict:
            return 1
    return 0


class _Read:
    """The posts of a file with their extractions, in input order (the engine reads them in
    batches); lines that are not posts are reported and counted."""

    def __init__(self, fh: TextIO, file: Path, warn: Warn, rules_only: bool) -> None:
        self.fh, self.file, self.warn, self.rules_only = fh, file, warn, rules_only
        self.skipped = self.total = 0

    def _kept(self, waiting: deque[Post]) -> Iterator[Post]:
        from labourmap.engine.batch import BadLine

        for item in _posts(self.fh, self.file, self.warn):
            self.total += 1
            if isinstance(item, BadLine):
                self.skipped += 1
                continue
            waiting.append(item)
            yield item

    def __iter__(self) -> Iterator[tuple[Post, Extraction]]:
        from labourmap.engine import extract_many

        waiting: deque[Post] = deque()
        with _fewer_collections():
            for ex in extract_many(self._kept(waiting), rules_only=self.rules_only):
                yield waiting.popleft(), ex


# The engine makes many short-lived objects for each post, which reference counting frees:
# few are in cycles. At the cyclic collector's usual threshold (700 new objects) it would run
# after every few posts, for about 4% of the time of a large file.
COLLECT_AFTER = 50_000  # new objects


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector's first threshold raised to COLLECT_AFTER while it lasts."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], COLLECT_AFTER), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def run_extract(file: Path, strict: bool, evidence: bool, warn: Warn = warn,
                rules_only: bool = False) -> int:
    """One JSON object per post, in input order; the exit code."""
    fh = _open(file, warn)
    if fh is None:
        return 2
    out = sys.stdout
    write = out.write
    read = _Read(fh, file, warn, rules_only)
    try:
        for post, ex in read:
            record = ex.record()
            if evidence:
                record["evidence"] = ex.evidence(post.text)
            write(_encode(record) + "\n")
    finally:
        if fh is not sys.stdin:
            fh.close()
    out.flush()
    return _finish(read.skipped, read.total, strict, warn)


def run_cluster(file: Path, strict: bool, warn: Warn = warn, rules_only: bool = False) -> int:
    """{"id", "incident"} per incident post, in input order once all are read; the exit code."""
    from labourmap.engine.grouping import Grouping

    fh = _open(file, warn)
    if fh is None:
        return 2
    grouping = Grouping()
    read = _Read(fh, file, warn, rules_only)
    try:
        for post, ex in read:
            grouping.add(post, ex)
    finally:
        if fh is not sys.stdin:
            fh.close()
    out = sys.stdout
    for post_id, group in grouping.labels():
        if group is not None:
            out.write(_encode({"id": post_id, "incident": group}) + "\n")
    out.flush()
    return _finish(read.skipped, read.total, strict, warn)


_FLAGS = {"extract": ("--strict", "--evidence", "--rules-only"),
          "cluster": ("--strict", "--rules-only")}


def plain(args: list[str]) -> tuple[str, Path, set[str]] | None:
    """(command, file, flags) when the arguments are ``extract``/``cluster``, each of its
    flags at most once, and one file (``-`` or a name not beginning with ``-``); else None."""
    if not args or args[0] not in _FLAGS:
        return None
    flags: set[str] = set()
    files: list[str] = []
    for a in args[1:]:
        if a in _FLAGS[args[0]] and a not in flags:
            flags.add(a)
        elif a == "-" or (a and not a.startswith("-")):
            files.append(a)
        else:
            return None
    if len(files) != 1:
        return None
    return args[0], Path(files[0]), flags


def fast_main(args: list[str]) -> int | None:
    """Run a plainly written ``extract`` or ``cluster``: its exit code; None for Typer."""
    call = plain(args)
    if call is None:
        return None
    command, file, flags = call
    try:
        rules_only = "--rules-only" in flags
        if command == "extract":
            return run_extract(file, "--strict" in flags, "--evidence" in flags,
                               rules_only=rules_only)
        return run_cluster(file, "--strict" in flags, rules_only=rules_only)
    except BrokenPipeError:  # `labourmap extract … | head`: quietly, as Click does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit
        return 1
    except KeyboardInterrupt:
        warn("Aborted!")
        return 1

"""`labourmap extract` and `labourmap cluster`: the ingest engine over JSON Lines.

Kept light: only the engine is imported (no database, no web stack). The work is in
:mod:`labourmap.cli.fast`, which also starts a plainly written command without Typer.
"""

from __future__ import annotations

from pathlib import Path

import typer

from labourmap.cli.fast import run_cluster, run_extract


def _warn(message: str) -> None:
    typer.echo(message, err=True)


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
    code = run_extract(file, strict, evidence, warn=_warn, rules_only=rules_only)
    if code:
        raise typer.Exit(code)


def cluster_cmd(file: Path = FILE, strict: bool = STRICT, rules_only: bool = RULES_ONLY) -> None:
    """Group posts that describe the same event: {"id", "incident"} per incident post.

    Posts are extracted in order; only what grouping needs of each is kept, and the groups
    are printed in input order once the whole file is read.

    Example: labourmap cluster posts.jsonl
    """
    code = run_cluster(file, strict, warn=_warn, rules_only=rules_only)
    if code:
        raise typer.Exit(code)

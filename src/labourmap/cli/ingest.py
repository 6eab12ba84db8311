"""`labourmap ingest`: posts from files, directories and feeds → incidents in review."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

import typer

from labourmap.cli.common import console, handle_errors, open_database, settings
from labourmap.errors import Problem, ValidationError
from labourmap.ingest import extractor as extractors
from labourmap.ingest.pipeline import BATCH, IngestSummary, ingest
from labourmap.ingest.readers import Reject

MAX_SHOWN_REJECTS = 20


def _rejects_path(given: Path | None) -> Path:
    if given is not None:
        return given
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return settings().var_dir / "rejects" / f"ingest-{stamp}.jsonl"


@handle_errors
def ingest_cmd(
    sources: list[str] = typer.Argument(
        ..., help="JSON Lines or CSV files, directories of them, or RSS/Atom feed URLs."),
    engine: str = typer.Option("local", help="Where extraction runs: local or dask."),
    scheduler: str | None = typer.Option(
        None, help="Dask scheduler address (tcp://host:8786); without it, a LocalCluster."),
    workers: int = typer.Option(2, min=1, help="Worker processes of the LocalCluster."),
    batch: int = typer.Option(BATCH, min=1, help="Posts per transaction."),
    rejects: Path | None = typer.Option(
        None, help="File for bad lines (default: var/rejects/ingest-<time>.jsonl)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="A line per stored batch."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if a line was "
                                "rejected (the other posts are still stored)."),
) -> None:
    """Ingest posts from files, directories and feeds into incidents in review.

    Each post's fields are extracted (with evidence and confidence), and the post is attached
    to the incident it is about or made a new one in review. A post already stored is counted
    as a duplicate and stored once; a run stopped half-way can be run again and ends as one
    clean run would.

    Example: labourmap ingest posts.jsonl feeds/ https://example.org/feed.atom --engine dask
    """
    if engine not in ("local", "dask"):
        raise ValidationError("invalid option", [Problem(
            "--engine must be local or dask", field="engine", value=engine)])
    db = open_database()
    extractor = extractors.default_extractor()
    path = _rejects_path(rejects)

    def batch_done(s: IngestSummary) -> None:
        if verbose:
            console.print(f"batch {s.batches} stored: {s.posts_read} posts read so far",
                          highlight=False, markup=False)

    shown = 0

    def rejected(r: Reject) -> None:
        nonlocal shown
        shown += 1
        if shown <= MAX_SHOWN_REJECTS:
            console.print(f"reject: {r.origin}, line {r.line}: {r.reason} [{r.code}]",
                          highlight=False, markup=False)

    with ExitStack() as stack:
        runner: extractors.Runner
        if engine == "dask":
            from labourmap.ingest.dask_runner import DaskRunner

            runner = stack.enter_context(DaskRunner(extractor, scheduler=scheduler,
                                                    workers=workers))
        else:
            runner = extractors.LocalRunner(extractor)
        summary = ingest(db, sources=sources, extractor=extractor, runner=runner,
                         rejects_path=path, batch_size=batch, on_batch=batch_done,
                         on_reject=rejected)
    console.print(
        f"{summary.posts_read} posts read: {summary.incidents_created} incidents created, "
        f"{summary.posts_attached} posts attached, {summary.not_incidents} not incidents, "
        f"{summary.duplicates} duplicates, {summary.rejects} rejects"
        + (f" (in {summary.rejects_file})" if summary.rejects_file else ""), highlight=False,
        markup=False)
    if strict and summary.rejects:
        raise typer.Exit(1)

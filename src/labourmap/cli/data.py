"""`labourmap demo load` and `labourmap synth`: demo and synthetic incidents."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer

from labourmap.cli.common import console, handle_errors, open_database, progress_bar
from labourmap.demo import load_all_demo
from labourmap.incidents.fileio import WRITERS, detect_format
from labourmap.incidents.store import MAINTENANCE_ROWS, refresh_statistics, write_records
from labourmap.synth import synth_incidents

demo_app = typer.Typer(help="The demo data: real incidents, unions and union contacts from "
                       "the seed documents.", no_args_is_help=True)


@demo_app.command("load")
@handle_errors
def demo_load() -> None:
    """Load the demo: incidents (published, with their sources), then the union directory and
    the union contacts of CLB's accountability report; loading twice changes nothing.

    Example: labourmap demo load
    """
    db = open_database()
    result = load_all_demo(db)
    inc, acc = result.incidents, result.accountability
    console.print(f"demo: {inc.rows} incidents — {inc.created} created, "
                  f"{inc.updated} updated, {inc.unchanged} unchanged; "
                  f"{inc.sources_added} sources added", highlight=False)
    u = acc.unions
    console.print(f"demo: {u.rows} unions — {u.created} created, {u.updated} updated, "
                  f"{u.unchanged} unchanged", highlight=False)
    c = acc.contacts
    console.print(f"demo: {c.rows} union contacts in "
                  f"{c.cases_created + c.cases_updated + c.cases_unchanged} cases — "
                  f"{c.cases_created} created, {c.cases_updated} replaced, "
                  f"{c.cases_unchanged} unchanged", highlight=False)


@handle_errors
def synth_cmd(
    incidents: int = typer.Option(..., "--incidents", min=1, help="How many incidents to make."),
    seed: int = typer.Option(1, help="Random seed: the same seed makes the same incidents."),
    out: Path | None = typer.Option(None, "--out", "-o",
                                    help="Write a .csv or .jsonl file instead of the database."),
    status: str = typer.Option("published", help="Status of the incidents made."),
) -> None:
    """Make realistic synthetic incidents (for benchmarks), into the database or a file.

    Example: labourmap synth --incidents 100000 --seed 7 --out synth.csv
    """
    rows = synth_incidents(incidents, seed=seed, status=status)
    with progress_bar("synthesising", total=incidents) as advance:
        if out is not None:
            fmt = detect_format(out)
            tmp = out.with_name(out.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = WRITERS[fmt](_counting(rows, advance), fh)
            tmp.replace(out)
            console.print(f"wrote {n} incidents to {out}", highlight=False)
            return
        db = open_database()
        created = 0
        batch: list[dict[str, object]] = []
        with db.engine.begin() as conn:
            for i, rec in enumerate(rows, start=1):
                batch.append(rec)
                if len(batch) == 20000 or i == incidents:
                    summary, _ = write_records(conn, batch)
                    created += summary.created
                    batch = []
                    advance(i)
        if created >= MAINTENANCE_ROWS:
            refresh_statistics(db.engine)
        console.print(f"added {created} synthetic incidents", highlight=False)


def _counting(rows: Iterator[dict[str, Any]], advance: Callable[[int], None]
              ) -> Iterator[dict[str, Any]]:
    for i, row in enumerate(rows, start=1):
        if i % 5000 == 0:
            advance(i)
        yield row

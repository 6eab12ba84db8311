"""`labourmap import` and `labourmap export`: incidents to and from files."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer

from labourmap.cli.common import console, handle_errors, open_database, progress_bar
from labourmap.incidents.fileio import FORMATS, detect_format
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.transfer import export, import_file


def _lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


@handle_errors
def import_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .csv or .jsonl file."),
    fmt: str | None = typer.Option(None, "--format", help="csv or jsonl (default: by suffix)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only validate; write nothing."),
    status: str = typer.Option("in_review", help="Status of rows that leave `status` empty."),
) -> None:
    """Import incidents from CSV or JSON Lines, all or nothing.

    Every row is checked first (codes, division codes and their parents, dates, counts); any bad
    row stops the import with a list of every bad row and field, and nothing is written.

    Example: labourmap import incidents.csv --dry-run
    """
    db = open_database()
    with progress_bar(f"importing {file.name}", total=_lines(file)) as advance:
        result = import_file(db, file, fmt=fmt, dry_run=dry_run, default_status=status,
                             progress=advance)
    if dry_run:
        console.print(f"{file}: {result.rows} rows are valid (dry run: nothing written)")
    else:
        console.print(f"{file}: {result.rows} rows — {result.created} created, "
                      f"{result.updated} updated, {result.unchanged} unchanged, "
                      f"{result.sources_added} sources added", highlight=False)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


@handle_errors
def export_cmd(
    out: Path | None = typer.Option(None, "--out", "-o", help="File to write (default: stdout)."),
    fmt: str | None = typer.Option(None, "--format", help="csv, jsonl or geojson."),
    all_statuses: bool = typer.Option(False, "--all-statuses",
                                      help="Every status, unmasked (a private backup)."),
    kind: str | None = typer.Option(None, help="Kinds, comma-separated."),
    province: str | None = typer.Option(None, help="Province codes, comma-separated."),
    industry: str | None = typer.Option(None, help="Industries, comma-separated."),
    date_from: str | None = typer.Option(None, "--from", help="First day, YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Last day, YYYY-MM-DD."),
) -> None:
    """Export incidents as CSV, JSON Lines or GeoJSON (published ones only, by default).

    Example: labourmap export --format geojson --province 440000 -o guangdong.geojson
    """
    kind_fmt = fmt or (detect_format(out) if out else "csv")
    if kind_fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    flt = IncidentFilter(kind=_split(kind), province=_split(province), industry=_split(industry),
                         date_from=date.fromisoformat(date_from) if date_from else None,
                         date_to=date.fromisoformat(date_to) if date_to else None)
    if all_statuses:
        flt.status = []
    flt.validate()
    db = open_database()
    with db.sessions() as session:
        if out is None:
            n = export(session, sys.stdout, fmt=kind_fmt, flt=flt, public=not all_statuses)
        else:
            tmp = out.with_name(out.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = export(session, fh, fmt=kind_fmt, flt=flt, public=not all_statuses)
            tmp.replace(out)
    console.print(f"exported {n} incidents", highlight=False)

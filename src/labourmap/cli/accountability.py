"""`labourmap accountability`: the report, and investigations to and from CSV."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer

from labourmap.accountability.report import FORMATS, RENDERERS, accountability_report
from labourmap.accountability.service import CaseFilter
from labourmap.accountability.transfer import export_contacts, import_contacts
from labourmap.cli.common import console, handle_errors, open_database
from labourmap.errors import Problem, ValidationError

app = typer.Typer(help="Union accountability: the report; contacts to and from CSV.",
                  no_args_is_help=True)


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError("invalid option", [Problem(
            f"{value!r} is not a date YYYY-MM-DD", field=name, value=value)]) from None


def _filter(date_from: str | None, date_to: str | None, province: str | None) -> CaseFilter:
    return CaseFilter(date_from=_day(date_from, "--from"), date_to=_day(date_to, "--to"),
                      province=province)


@app.command("report")
@handle_errors
def report_cmd(
    date_from: str | None = typer.Option(None, "--from", help="First case date, YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Last case date, YYYY-MM-DD."),
    province: str | None = typer.Option(None, help="A province code."),
    fmt: str = typer.Option("text", "--format", help="text, json or html."),
) -> None:
    """Print CLB's figures for the matching cases: awareness, involvement, take-up after the
    alert, participation among aware cases, and the excuses ranked.

    A case is dated by its first contact, else by its incident's date.

    Example: labourmap accountability report --from 2018-10-01 --to 2021-12-31 --format json
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    db = open_database()
    with db.sessions() as session:
        report = accountability_report(session, flt=_filter(date_from, date_to, province))
    sys.stdout.write(RENDERERS[fmt](report))


@app.command("import")
@handle_errors
def import_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A contacts CSV file."),
) -> None:
    """Import cases and contacts from CSV (one row per contact), all or nothing; a case in
    the file replaces that case's stored contacts.

    Example: labourmap accountability import contacts.csv
    """
    db = open_database()
    with db.session() as session:
        result = import_contacts(session, path=file)
    console.print(f"{file}: {result.rows} contacts — {result.cases_created} cases created, "
                  f"{result.cases_updated} replaced, {result.cases_unchanged} unchanged; "
                  f"{result.unions_added} unions added to the directory", highlight=False)


@app.command("export")
@handle_errors
def export_cmd(
    out: Path | None = typer.Option(None, "--out", "-o", help="File to write (default: stdout)."),
    private: bool = typer.Option(False, "--private", help="With notes and every incident id "
                                 "(never publish this file)."),
    date_from: str | None = typer.Option(None, "--from", help="First case date, YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Last case date, YYYY-MM-DD."),
    province: str | None = typer.Option(None, help="A province code."),
) -> None:
    """Export contacts as CSV, one row per contact (public: no notes, unpublished incidents
    not named).

    Example: labourmap accountability export --province 440000 -o guangdong-contacts.csv
    """
    flt = _filter(date_from, date_to, province)
    db = open_database()
    with db.sessions() as session:
        if out is None:
            n = export_contacts(session, sys.stdout, flt=flt, private=private)
        else:
            tmp = out.with_name(out.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = export_contacts(session, fh, flt=flt, private=private)
            tmp.replace(out)
    console.print(f"exported {n} contacts", highlight=False)

"""`labourmap unions`: the union directory — list, add, import; and the route of calls."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from labourmap.accountability.routing import route_incident
from labourmap.cli.common import console, handle_errors, open_database
from labourmap.unions.schemas import DepartmentIn, UnionCreate
from labourmap.unions.service import add_union, list_unions, parent_uids, union_public
from labourmap.unions.transfer import import_unions, read_union_rows

app = typer.Typer(help="The union directory: list, add, import; which unions to call.",
                  no_args_is_help=True)


@app.command("list")
@handle_errors
def list_cmd(
    level: str | None = typer.Option(None, help="A union level (municipal, sectoral …)."),
    division: str | None = typer.Option(None, help="A division code: that place and under it."),
    q: str | None = typer.Option(None, help="Part of the name (Chinese or English)."),
    as_json: bool = typer.Option(False, "--json", help="JSON (the public view) instead of a "
                                 "table."),
) -> None:
    """List unions of the directory (phone numbers and contact persons only where public).

    Example: labourmap unions list --division 130900
    """
    db = open_database()
    with db.sessions() as session:
        unions = list_unions(session, level=level, division=division, q=q, limit=100_000)
        parents = parent_uids(session, unions)
        views = [union_public(u, parent_uid=parents.get(u.id)) for u in unions]
    if as_json:
        typer.echo(json.dumps([v.model_dump(mode="json") for v in views], ensure_ascii=False,
                              indent=1))
        return
    for v in views:
        deps = ", ".join(f"{d.local_name_zh or d.label_zh} [{d.code}]" for d in v.departments)
        typer.echo(f"{v.uid}\t{v.level}\t{v.division_code or '-'}\t{v.name_zh}"
                   + (f"\t{deps}" if deps else ""))
    console.print(f"{len(views)} unions", highlight=False)


@app.command("add")
@handle_errors
def add_cmd(
    name_zh: str = typer.Argument(..., help="The union's Chinese name."),
    level: str = typer.Option(..., help="Its level: national, provincial, municipal, "
                              "district_county, township_street, sectoral, industrial, "
                              "enterprise, service_station or hotline."),
    division: str | None = typer.Option(None, help="The division code of its place."),
    name_en: str | None = typer.Option(None, help="The English name."),
    parent: str | None = typer.Option(None, help="The uid of the union above it."),
    industry: str | None = typer.Option(None, help="For sectoral unions: the industry code."),
    employer: str | None = typer.Option(None, help="For enterprise unions: the employer."),
    department: list[str] = typer.Option([], help="A department, by code or local name "
                                         "(维权部 …); repeat for several."),
    phone: str | None = typer.Option(None, help="A phone number (private by default)."),
    public_contact: bool = typer.Option(False, "--public-contact",
                                        help="Show the phone number publicly."),
    uid: str | None = typer.Option(None, help="The uid (made from name and place if empty)."),
) -> None:
    """Add a union to the directory.

    Example: labourmap unions add 任丘市总工会 --level district_county --division 130982
    """
    data = UnionCreate(uid=uid, name_zh=name_zh, name_en=name_en, level=level,
                       division_code=division, parent_uid=parent, industry=industry,
                       employer=employer, phone=phone, contact_public=public_contact,
                       departments=[DepartmentIn(code=d) for d in department])
    db = open_database()
    with db.session() as session:
        union = add_union(session, data=data)
        console.print(f"added {union.uid}: {union.name_zh}", highlight=False)


@app.command("import")
@handle_errors
def import_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False,
                                help="A .json (array), .jsonl or .csv file of unions."),
) -> None:
    """Import unions (added or updated by uid), all or nothing.

    Example: labourmap unions import unions.json
    """
    db = open_database()
    with db.session() as session:
        result = import_unions(session, rows=read_union_rows(file), label=str(file))
    console.print(f"{file}: {result.rows} unions — {result.created} created, "
                  f"{result.updated} updated, {result.unchanged} unchanged", highlight=False)


@app.command("route")
@handle_errors
def route_cmd(
    incident_uid: str = typer.Argument(..., help="The incident's uid."),
    as_json: bool = typer.Option(False, "--json", help="JSON instead of a list."),
) -> None:
    """Which unions to call about an incident, in order (referrals first).

    Example: labourmap unions route seed001-renqiu-taxi-2020
    """
    db = open_database()
    with db.sessions() as session:
        route = route_incident(session, incident_uid=incident_uid)
    if as_json:
        typer.echo(route.model_dump_json(indent=1))
        return
    for s in route.steps:
        flags = [] if s.in_directory else ["not in the directory"]
        if s.referred_by:
            flags.append(f"referred by {s.referred_by}")
        if s.contacted:
            flags.append(f"contacted {s.contacted}×")
        if s.rights_department:
            flags.append(f"ask for {s.rights_department}")
        typer.echo(f"{s.order}. [{s.role}] {s.name_zh}"
                   + (f" ({s.name_en})" if s.name_en else "")
                   + (f" — {'; '.join(flags)}" if flags else ""))

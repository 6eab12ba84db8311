"""`labourmap places`: look up China's administrative divisions in the gazetteer."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from labourmap.cli.common import handle_errors
from labourmap.places import COMMON_WORD_SHORTS, LEVELS, Division, Gazetteer, get_gazetteer

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Look up China's administrative divisions.")
out = Console(soft_wrap=False)
err = Console(stderr=True)
SUGGEST_SUFFIXES = ("省", "市", "区", "县", "旗", "盟", "地区", "新区")


def _chain(gz: Gazetteer, div: Division, *, codes: bool = True) -> str:
    return " < ".join(f"{a.name_zh} {a.code}" if codes else a.name_zh
                      for a in gz.ancestors(div.code))


def _hint(gz: Gazetteer, name: str) -> str:
    """What to try instead; for an everyday word (和平), the suffixed names that exist."""
    if name in COMMON_WORD_SHORTS:
        names = sorted({d.name_zh for suffix in SUGGEST_SUFFIXES
                        for d in gz.search(name + suffix)})
        return (f"{name!r} is also an everyday word, so it needs its suffix: "
                f"{', '.join(names) or name + '区'}")
    return "try the full name with its suffix, another spelling, or a code"


def _record(gz: Gazetteer, div: Division) -> dict[str, Any]:
    rec = asdict(div)
    rec["aliases"] = list(div.aliases)
    rec["parents"] = [{"code": a.code, "name_zh": a.name_zh, "name_en": a.name_en,
                       "level": a.level} for a in gz.ancestors(div.code)]
    city = gz.city_of(div.code)
    rec["city"] = city.code if city else None
    return rec


def _table(gz: Gazetteer, divs: list[Division], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("code", no_wrap=True)
    table.add_column("Chinese", no_wrap=True)
    table.add_column("English")
    table.add_column("level", no_wrap=True)
    table.add_column("parents")
    table.add_column("lat, lon", no_wrap=True)
    inherited = False
    for d in divs:
        point = f"{d.lat:.4f}, {d.lon:.4f}" + ("*" if d.point_inherited else "")
        inherited = inherited or d.point_inherited
        table.add_row(d.code, d.name_zh, d.name_en, d.level, _chain(gz, d, codes=False), point)
    if inherited:
        table.caption = "* the parent's point: the sources have none for the unit itself"
        table.caption_justify = "left"
    return table


def _levels(values: list[str] | None) -> set[str] | None:
    if not values:
        return None
    bad = [v for v in values if v not in LEVELS]
    if bad:
        raise typer.BadParameter(f"{', '.join(bad)}: a level is one of {', '.join(LEVELS)}")
    return set(values)


@app.command("search")
@handle_errors
def search_cmd(
    name: str = typer.Argument(..., help="A code, or a Chinese or English name, with or "
                                         "without its suffix (市, 区, County …)."),
    within: str | None = typer.Option(None, "--within", help="Only units under this code."),
    level: list[str] | None = typer.Option(None, "--level", help="province, prefecture, "
                                           "county or town; repeat for several."),
    as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
) -> None:
    """Find every division a name can mean: an ambiguous name lists all its candidates.

    Old names and codes of abolished units (盘县, 520222) give their successor (盘州市).
    Townships are found by full name (东华门街道), or by short name with --level town.

    Example: labourmap places search 鼓楼区 --within 350000
    """
    gz = get_gazetteer()
    levels = _levels(level)
    if within and gz.get(within) is None:
        err.print(f"[bold red]error:[/] --within {within} is not a known division code",
                  highlight=False)
        raise typer.Exit(1)
    found = gz.search(name, within=within, levels=levels)
    if not found:
        scope = f" within {within}" if within else ""
        err.print(f"[bold red]nothing found[/] for {name!r}{scope}: {_hint(gz, name)}",
                  highlight=False)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps([_record(gz, d) for d in found], ensure_ascii=False, indent=2))
        return
    many = f"{len(found)} candidates" if len(found) > 1 else "1 match"
    out.print(_table(gz, found, f"{name}: {many}"))


@app.command("show")
@handle_errors
def show_cmd(
    code: str = typer.Argument(..., help="A 6-digit division code or a 9-digit township code."),
    as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
) -> None:
    """Show one division: names, level, parents, city, point, aliases and children.

    Example: labourmap places show 130982
    """
    gz = get_gazetteer()
    div = gz.get(code)
    if div is None:
        err.print(f"[bold red]error:[/] {code} is not a known division code", highlight=False)
        raise typer.Exit(1)
    if as_json:
        rec = _record(gz, div)
        rec["children"] = [c.code for c in gz.children(div.code)]
        typer.echo(json.dumps(rec, ensure_ascii=False, indent=2))
        return
    if div.code != code.strip():
        out.print(f"{code} is an old code: it now resolves to {div.code}", highlight=False)
    city = gz.city_of(div.code)
    children = gz.children(div.code)
    point = f"{div.lat:.6f}, {div.lon:.6f}" + \
        (" (inherited from the parent)" if div.point_inherited else f" ({div.point_source})")
    rows = [("code", div.code), ("Chinese", f"{div.name_zh} (short: {div.short_zh})"),
            ("English", div.name_en), ("level", div.level),
            ("parents", _chain(gz, div) or "-"),
            ("city", f"{city.name_zh} {city.code}" if city else "-"),
            ("mainland", "yes" if div.mainland else "no (outside the maps)"),
            ("point (lat, lon)", point),
            ("aliases", ", ".join(div.aliases) or "-"),
            ("children", f"{len(children)}" + (f": {', '.join(c.name_zh for c in children[:12])}"
                                                + (" …" if len(children) > 12 else "")
                                                if children else ""))]
    table = Table(show_header=False, box=None)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, val in rows:
        table.add_row(key, val)
    out.print(table)

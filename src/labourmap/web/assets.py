"""Build the front-end assets from installed npm packages: ``python -m labourmap.web.assets``.

* copies Leaflet, Leaflet.markercluster and ECharts (with their licences) from
  ``node_modules`` into ``static/vendor/`` — nothing is fetched from a CDN at run time;
* decodes China's boundaries from ECharts 4.9.0's map files (npm ``echarts-map-data``, an
  alias of ``echarts@4.9.0``; Apache-2.0), which are in ECharts' compressed "UTF8Encoding"
  form, into plain GeoJSON (RFC 7946) in ``static/maps/``: ``provinces.geojson`` (34 units)
  and ``cities.geojson`` (367 prefecture-level units), each feature with its six-digit code and
  Chinese and English names, lines simplified to a few hundred metres.

Both folders are generated (and ignored by git); ``make assets`` runs this.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

STATIC = Path(__file__).resolve().parent / "static"
ROOT = Path(__file__).resolve().parents[3]

#: package: [(source under the package, target under static/vendor/<package>)]
VENDOR: dict[str, list[tuple[str, str]]] = {
    "leaflet": [("dist/leaflet.js", "leaflet.js"), ("dist/leaflet.css", "leaflet.css"),
                ("dist/images", "images"), ("LICENSE", "LICENSE")],
    "leaflet.markercluster": [
        ("dist/leaflet.markercluster.js", "leaflet.markercluster.js"),
        ("dist/MarkerCluster.css", "MarkerCluster.css"),
        ("dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"),
        ("MIT-LICENCE.txt", "LICENSE")],
    "echarts": [("dist/echarts.min.js", "echarts.min.js"), ("LICENSE", "LICENSE"),
                ("NOTICE", "NOTICE")],
}
#: target: (source file, tolerance of the line simplification in degrees)
MAPS = {"provinces.geojson": ("china.json", 0.002),
        "cities.geojson": ("china-cities.json", 0.004)}
MAP_PACKAGE = "echarts-map-data"


def decode_polygon(ring: str, offsets: list[int], scale: float) -> list[list[float]]:
    """One ring of ECharts' encoding: zigzag-encoded deltas, two characters a point."""
    out: list[list[float]] = []
    prev_x, prev_y = offsets[0], offsets[1]
    for i in range(0, len(ring) - 1, 2):
        x = ord(ring[i]) - 64
        y = ord(ring[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x += prev_x
        y += prev_y
        prev_x, prev_y = x, y
        out.append([round(x / scale, 4), round(y / scale, 4)])
    if out and out[0] != out[-1]:
        out.append(list(out[0]))  # GeoJSON rings are closed
    return out


def decode(data: dict[str, Any]) -> dict[str, Any]:
    """A FeatureCollection in plain GeoJSON (a no-op when it is not encoded)."""
    if not data.get("UTF8Encoding"):
        return data
    scale = float(data.get("UTF8Scale") or 1024)
    for feature in data["features"]:
        geom = feature["geometry"]
        offsets = geom.pop("encodeOffsets")
        coords = geom["coordinates"]
        if geom["type"] == "Polygon":
            geom["coordinates"] = [decode_polygon(r, offsets[i], scale)
                                   for i, r in enumerate(coords)]
        elif geom["type"] == "MultiPolygon":
            geom["coordinates"] = [[decode_polygon(r, offsets[i][j], scale)
                                    for j, r in enumerate(poly)]
                                   for i, poly in enumerate(coords)]
    data.pop("UTF8Encoding", None)
    data.pop("UTF8Scale", None)
    return data


def simplify(ring: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas–Peucker: drop points closer than ``tolerance`` to the simplified line (a ring
    keeps at least four points)."""
    if len(ring) <= 4 or tolerance <= 0:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = ring[i]
            dist = (abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm
                    else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5)
            if dist > worst:
                worst, index = dist, i
        if index > 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    out = [p for p, k in zip(ring, keep, strict=True) if k]
    return out if len(out) >= 4 else ring


def _simplify_all(data: dict[str, Any], tolerance: float) -> None:
    for feature in data["features"]:
        geom = feature["geometry"]
        if geom["type"] == "Polygon":
            geom["coordinates"] = [simplify(r, tolerance) for r in geom["coordinates"]]
        elif geom["type"] == "MultiPolygon":
            geom["coordinates"] = [[simplify(r, tolerance) for r in poly]
                                   for poly in geom["coordinates"]]


def _division(code: str, name: str) -> tuple[str, str, str]:
    """(current code, Chinese name, English name) of a map unit. The map files are older
    than the 2020 tables: a prefecture renumbered since (吐鲁番地区 652100 → 吐鲁番市 650400)
    is found by its code's successor, else by its name among the cities of its province."""
    try:
        from labourmap.places import get_gazetteer

        gz = get_gazetteer()
    except Exception:  # noqa: BLE001 - without the gazetteer the map's own names serve
        return code, name, name
    div = gz.get(code)
    if div is None:
        for cand in gz.all():
            if (cand.code[:2] == code[:2] and cand.name_zh.startswith(name)
                    and cand.level in ("prefecture", "county")
                    and gz.city_of(cand.code) == cand):
                div = cand
                break
    return (div.code, div.name_zh, div.name_en) if div else (code, name, name)


def boundaries(path: Path, tolerance: float = 0.0) -> dict[str, Any]:
    """The decoded map file, simplified, each feature's properties reduced to its current
    code and names."""
    data = decode(json.loads(path.read_text(encoding="utf-8")))
    _simplify_all(data, tolerance)
    features = []
    for feature in data["features"]:
        props = feature.get("properties") or {}
        code = str(feature.get("id") or props.get("id") or "")
        if not (code.isdigit() and len(code) == 6):
            continue
        code, name_zh, name_en = _division(code, str(props.get("name", code)))
        features.append({"type": "Feature", "id": code, "geometry": feature["geometry"],
                         "properties": {"code": code, "name_zh": name_zh, "name_en": name_en}})
    return {"type": "FeatureCollection", "features": features}


def _version(package_dir: Path) -> str:
    return str(json.loads((package_dir / "package.json").read_text())["version"])


def build(node_modules: Path, static: Path = STATIC) -> dict[str, Any]:
    """Copy the vendor files and write the boundaries; returns a manifest of what was made."""
    vendor, maps = static / "vendor", static / "maps"
    manifest: dict[str, Any] = {"vendor": {}, "maps": {}}
    for package, files in VENDOR.items():
        src_dir = node_modules / package
        if not src_dir.is_dir():
            raise SystemExit(f"assets: {src_dir} is missing: run `npm ci` (or `make install`)")
        dest = vendor / package
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        for src, target in files:
            if (src_dir / src).is_dir():
                shutil.copytree(src_dir / src, dest / target)
            else:
                shutil.copy2(src_dir / src, dest / target)
        manifest["vendor"][package] = _version(src_dir)
    map_dir = node_modules / MAP_PACKAGE / "map" / "json"
    maps.mkdir(parents=True, exist_ok=True)
    for target, (source, tolerance) in MAPS.items():
        data = boundaries(map_dir / source, tolerance)
        (maps / target).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                                   encoding="utf-8")
        manifest["maps"][target] = len(data["features"])
    shutil.copy2(node_modules / MAP_PACKAGE / "LICENSE", maps / "LICENSE")
    manifest["maps"]["source"] = f"echarts@{_version(node_modules / MAP_PACKAGE)}"
    (vendor / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build labourmap's front-end assets.")
    parser.add_argument("--node-modules", type=Path, default=ROOT / "node_modules")
    args = parser.parse_args(argv)
    manifest = build(args.node_modules)
    json.dump(manifest, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

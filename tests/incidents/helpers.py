"""Small builders for incident tests."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from labourmap.incidents.records import COLUMNS

BASE: dict[str, Any] = {
    "uid": "t-1", "kind": "collective_action", "status": "published", "date": "2020-05-11",
    "province": "130000", "city": "130900", "county": "130982", "industry": "transport_logistics",
    "forms": "protest;road_blockade", "demands": "pay", "ownership": "private",
    "participants": "10-99", "title_en": "Taxi drivers protest", "title_zh": "出租车司机聚集",
}


def row(**changes: Any) -> dict[str, Any]:
    out = dict(BASE)
    out.update(changes)
    return out


def write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(COLUMNS))
        writer.writeheader()
        for r in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
    return path


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path

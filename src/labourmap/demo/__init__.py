"""Demo data: real incidents and union contacts described in the seed documents."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from labourmap.accountability.demo import DemoAccountability, load_demo_accountability
from labourmap.db import Database
from labourmap.incidents.transfer import ImportResult, reject_if_any, validate_rows, write

DEMO_LABEL = "labourmap/demo/data/incidents.json"


def demo_incidents() -> list[dict[str, Any]]:
    text = resources.files(__package__).joinpath("data/incidents.json").read_text("utf-8")
    rows: list[dict[str, Any]] = json.loads(text)
    return rows


def load_demo(db: Database) -> ImportResult:
    """Load the demo incidents with their sources; loading twice changes nothing."""
    rows = demo_incidents()
    records, problems = validate_rows(((i + 1, r, None) for i, r in enumerate(rows)),
                                      label=DEMO_LABEL, jsonl=True)
    reject_if_any(DEMO_LABEL, problems)
    return write(db, records, ImportResult(rows=len(records)))


@dataclass
class DemoLoad:
    """What `labourmap demo load` did: the incidents, then the unions and their contacts."""

    incidents: ImportResult
    accountability: DemoAccountability


def load_all_demo(db: Database) -> DemoLoad:
    """The whole demo: incidents, then the union directory and the investigations of those
    incidents (which name them). Loading twice changes nothing."""
    incidents = load_demo(db)
    return DemoLoad(incidents=incidents, accountability=load_demo_accountability(db))

"""Demo investigations: the unions and union contacts CLB's report describes (seed 001).

Loads ``demo/data/unions.json`` into the directory, then ``accountability_contacts.csv``
through the contacts importer. Run it after the demo incidents are loaded (the contacts name
them). Loading twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from labourmap.accountability.transfer import (
    ContactImportResult,
    read_contact_rows,
    validate_contacts,
    write_cases,
)
from labourmap.db import Database
from labourmap.unions.transfer import UnionImportResult, import_unions

UNIONS_LABEL = "labourmap/demo/data/unions.json"
CONTACTS_LABEL = "labourmap/demo/data/accountability_contacts.csv"


@dataclass
class DemoAccountability:
    unions: UnionImportResult
    contacts: ContactImportResult


def _data(name: str) -> Path:
    return Path(str(resources.files("labourmap.demo").joinpath("data", name)))


def load_demo_accountability(db: Database) -> DemoAccountability:
    """Load the demo unions, then the demo cases and contacts, in one transaction."""
    rows = json.loads(_data("unions.json").read_text(encoding="utf-8"))
    with db.session() as session:
        unions = import_unions(session, rows=list(enumerate(rows, start=1)),
                               label=UNIONS_LABEL)
        with _data("accountability_contacts.csv").open(encoding="utf-8-sig", newline="") as fh:
            cases = validate_contacts(session, read_contact_rows(fh, label=CONTACTS_LABEL),
                                      label=CONTACTS_LABEL)
        contacts = write_cases(session, cases)
    return DemoAccountability(unions=unions, contacts=contacts)

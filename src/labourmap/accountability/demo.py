"""Demo investigations: the unions and union contacts CLB's report describes (seed 001).

Loads ``demo/data/unions.json`` into the directory, then ``accountability_contacts.csv``
through the contacts importer; each demo case's private note names the seed it comes from
(added to a note an editor wrote, never replacing it).
Run it after the demo incidents are loaded (the contacts name them). Loading twice changes
nothing: unions and cases already stored as the files have them are left untouched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy import select

from labourmap.accountability.models import AccountabilityCase
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
SEED = "shared/seeds/001_d28bdea7c07ab2a5.txt"
#: The private note of every demo case: where its contacts are told.
SOURCE_NOTE = (f"Source: {SEED} — China Labour Bulletin, Trade Union Reform and Accountability "
               "Report (2022). Demo record loaded by `labourmap demo load`.")


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
        for case in session.scalars(select(AccountabilityCase)
                                    .where(AccountabilityCase.uid.in_(list(cases)))):
            if SEED not in (case.notes or ""):  # an editor's own note is kept
                case.notes = "\n".join(n for n in (case.notes, SOURCE_NOTE) if n)
    return DemoAccountability(unions=unions, contacts=contacts)

"""Contacts CSV files for tests, and the hand-counted fixture."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from labourmap.accountability.transfer import COLUMNS

BASE = {"incident_id": "", "incident_date": "2020-05-01", "province": "440000",
        "city": "441300", "county": "441303", "industry": "construction",
        "kind": "call_for_help", "contact_date": "", "union_level": "district_county",
        "department": "", "reached": "answered", "aware": "no_response", "involved": "unknown",
        "excuses": "", "referred_to": "", "after_contact": "none", "outcome": "unknown",
        "notes": ""}


def row(case_id: str, union_name: str = "惠阳区总工会", **values: Any) -> dict[str, Any]:
    return {**BASE, "case_id": case_id, "union_name": union_name, **values}


def write_csv(path: Path, rows: list[dict[str, Any]], columns: tuple[str, ...] = COLUMNS
              ) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


#: Eight cases whose figures are counted by hand in test_report.py.
HAND_COUNTED = [
    # c1: unaware, uninvolved
    row("c1", aware="no", involved="no", after_contact="declined", excuses="not_member"),
    # c2: unaware; a second union takes it up after the alert -> involved, took up
    row("c2", aware="no", involved="no", excuses="wrong_jurisdiction;bureaucratic_deflection",
        referred_to="惠州市总工会", after_contact="declined", contact_date="2021-03-02",
        outcome=""),
    row("c2", union_name="惠州市总工会", union_level="municipal", aware="no", involved="no",
        after_contact="took_up", contact_date="2021-03-03 10:30", outcome="resolved"),
    # c3: aware and involved
    row("c3", aware="yes", involved="yes", contact_date="2019-06-01"),
    # c4: one union knew (aware), none acted -> knew but did not participate
    row("c4", aware="yes", involved="no", after_contact="declined",
        excuses="already_in_legal_process", contact_date="2020-01-10"),
    row("c4", union_name="惠州市总工会", union_level="municipal", aware="no", involved="no",
        excuses="not_member", contact_date="2020-01-11"),
    # c5: nobody answered
    row("c5", reached="no_answer", province="110000", city="110000", county="110105",
        union_name="朝阳区总工会"),
    # c6: aware, involvement unknown
    row("c6", aware="yes", province="110000", city="110000", county="110105",
        union_name="朝阳区总工会"),
    # c7: unaware, involvement unknown
    row("c7", aware="no", excuses="not_member", province="130000", city="130900",
        county="130982", union_name="任丘市总工会"),
    # c8: no response on awareness, but took the case up -> involved, not "after alert"
    row("c8", involved="no", after_contact="took_up", province="130000", city="130900",
        county="130982", union_name="任丘市总工会", outcome="partly_resolved"),
]


PASSWORD = "correct horse battery"


def login(client: Any, username: str, password: str = PASSWORD) -> str:
    """Log ``username`` in through the login form; returns the CSRF token of the session."""
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token
    res = client.post("/login", data={"username": username, "password": password,
                                      "csrf_token": token.group(1), "next": "/review"})
    assert res.status_code == 303, res.text
    return token.group(1)

"""Counts per province and per city — what the map shades — on SQLite (one index search per
known code) and PostgreSQL (GROUP BY): the same as counting the rows by hand, whatever the
filter, with unplaced incidents and codes outside the expected list counted too."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from labourmap.db import Database
from labourmap.incidents.counts import count_by, region_codes
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import Incident
from labourmap.incidents.service import region_counts
from labourmap.incidents.store import write_records
from labourmap.synth import synth_incidents


@pytest.fixture
def records(db: Database) -> list[dict[str, Any]]:
    recs = list(synth_incidents(400, seed=11))
    recs[0].update(province=None, city=None, county=None, latitude=None, longitude=None)
    # a county-level city under its province directly, and a city code the list lacks
    recs[1].update(province="410000", city="419001", county="419001")
    recs[2].update(province="440000", city="441999", county=None)
    recs[3].update(status="draft", province="650000", city="650100")
    with db.engine.begin() as conn:
        write_records(conn, recs)
    return recs


def hand_count(recs: list[dict[str, Any]], flt: IncidentFilter, field: str) -> Counter[str | None]:
    out: Counter[str | None] = Counter()
    for r in recs:
        if r["status"] != "published" or (flt.kind and r["kind"] not in flt.kind):
            continue
        if flt.province and r["province"] not in flt.province:
            continue
        if flt.date_from and (r["date"] is None or r["date"] < flt.date_from):
            continue
        if flt.industry and r["industry"] not in flt.industry:
            continue
        out[r[field]] += 1
    return out


FILTERS = [
    IncidentFilter(),
    IncidentFilter(kind=["collective_action"]),
    IncidentFilter(kind=["collective_action", "accident"], date_from=date(2015, 1, 1)),
    IncidentFilter(province=["440000"]),
    IncidentFilter(province=["440000", "410000"], industry=["manufacturing"]),
]


@pytest.mark.parametrize("flt", FILTERS, ids=range(len(FILTERS)))
@pytest.mark.parametrize("level", ["province", "city"])
def test_counts_per_region_equal_a_hand_count(db: Database, records: list[dict[str, Any]],
                                              flt: IncidentFilter, level: str) -> None:
    column = Incident.province if level == "province" else Incident.city
    expected = hand_count(records, flt, level)
    with db.sessions() as s:
        listed = count_by(s, flt, column, region_codes(level, flt))
        grouped = count_by(s, flt, column)
    assert {c.key: c.count for c in listed} == dict(expected)
    assert listed == grouped  # same order too: most first, ties by code
    assert sum(expected.values()) > 0


def test_the_map_counts_unplaced_and_unknown_codes_apart(db: Database,
                                                         records: list[dict[str, Any]]) -> None:
    flt = IncidentFilter(province=["440000", "410000"])
    with db.sessions() as s:
        cities = region_counts(s, flt=flt, level="city")
        provinces = region_counts(s, flt=IncidentFilter(), level="province")
    codes = {i.code for i in cities.items}
    assert "419001" in codes  # 济源: a city of the map though a county-level unit
    assert "441999" not in codes and cities.unplaced == 1
    assert cities.total == sum(hand_count(records, flt, "city").values())
    assert provinces.unplaced == 1  # the incident with no place
    assert provinces.total == sum(i.count for i in provinces.items) + 1
    xinjiang = {i.code: i.count for i in provinces.items}.get("650000", 0)
    assert xinjiang == sum(r["province"] == "650000" for r in records[4:])  # not the draft

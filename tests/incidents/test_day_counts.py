"""``incident_day_counts`` (migration 0008): its triggers keep it equal to a count of the
incidents through every insert, change and delete; and the map's counts per province read
from it are those of counting the incidents themselves, whatever the view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from labourmap.db import Database
from labourmap.incidents.counts import count_by, count_provinces, region_codes
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import Incident
from labourmap.incidents.store import write_records
from labourmap.synth import synth_incidents


def _day(db: Database) -> str:
    return "coalesce(to_char(date, 'YYYY-MM-DD'), '')" if not db.is_sqlite else "coalesce(date, '')"


def table_and_count(db: Database) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """The table's rows (those not zero) and the same counted from the incidents."""
    with db.engine.connect() as conn:
        kept = set(map(tuple, conn.execute(text(
            "SELECT status, kind, day, province, n FROM incident_day_counts"
            " WHERE n <> 0"))))
        counted = set(map(tuple, conn.execute(text(
            f"SELECT status, kind, {_day(db)}, coalesce(province, ''), count(*)"
            f" FROM incidents GROUP BY 1, 2, 3, 4"))))
    return kept, counted


@pytest.fixture
def stored(db: Database) -> Database:
    recs = list(synth_incidents(300, seed=5))
    recs[0].update(date=None)
    recs[1].update(province=None, city=None, county=None, latitude=None, longitude=None)
    recs[2].update(date=date(2024, 7, 1))  # the first and last days of a view below
    recs[3].update(date=date(2024, 12, 31))
    with db.engine.begin() as conn:
        write_records(conn, recs)
    return db


def test_the_table_counts_the_incidents_through_every_write(stored: Database) -> None:
    db = stored
    kept, counted = table_and_count(db)
    assert kept == counted and len(kept) > 50
    shift = ("date(date, '+40 days')" if db.is_sqlite else "date + 40")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE incidents SET status = 'draft' WHERE id % 7 = 0"))
        conn.execute(text("UPDATE incidents SET kind = 'call_for_help' WHERE id % 11 = 0"))
        conn.execute(text("UPDATE incidents SET province = NULL, city = NULL, county = NULL"
                          " WHERE id % 13 = 0"))
        conn.execute(text(f"UPDATE incidents SET date = {shift} WHERE id % 5 = 0"))
        conn.execute(text("UPDATE incidents SET date = NULL WHERE id % 17 = 0"))
        conn.execute(text("UPDATE incidents SET title_en = 'unchanged counts' WHERE id % 3 = 0"))
        conn.execute(text("DELETE FROM incident_tags WHERE incident_id % 19 = 0"))
        conn.execute(text("DELETE FROM incidents WHERE id % 19 = 0"))
    kept, counted = table_and_count(db)
    assert kept == counted
    with db.engine.begin() as conn:  # a rolled-back write leaves the table as it was
        conn.execute(text("DELETE FROM incident_tags"))
        conn.execute(text("DELETE FROM incidents"))
        conn.rollback()
    assert table_and_count(db) == (kept, counted)


VIEWS = [
    IncidentFilter(),
    IncidentFilter(kind=["collective_action"], date_from=date(2024, 7, 2),
                   date_to=date(2024, 12, 31)),
    IncidentFilter(date_from=date(2023, 3, 15), date_to=date(2024, 8, 20)),
    IncidentFilter(date_from=date(2024, 7, 1)),
    IncidentFilter(date_to=date(2024, 6, 10)),
    IncidentFilter(date_from=date(2024, 5, 3), date_to=date(2024, 5, 28)),
    IncidentFilter(kind=["workplace_accident"], province=["440000", "410000"],
                   date_from=date(2022, 1, 1), date_to=date(2024, 12, 31)),
    IncidentFilter(status=["published", "draft"], date_from=date(2020, 2, 29)),
    IncidentFilter(province=["650000"]),
]


@pytest.mark.parametrize("flt", VIEWS, ids=range(len(VIEWS)))
def test_counts_from_the_table_equal_counts_of_the_incidents(
        stored: Database, flt: IncidentFilter) -> None:
    column = Incident.province
    with stored.engine.begin() as conn:  # some changed after they were written
        conn.execute(text("UPDATE incidents SET status = 'draft' WHERE id % 7 = 0"))
    with stored.sessions() as s:
        codes = region_codes("province", flt)
        assert count_provinces(s, flt) == count_by(s, flt, column, codes)
        everything = count_by(s, replace(flt, date_from=None, date_to=None), column)
    assert sum(c.count for c in everything) > 0

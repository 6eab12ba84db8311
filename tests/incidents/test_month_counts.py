"""``incident_month_counts`` (migration 0008): its triggers keep it equal to a count of the
incidents through every insert, change and delete; and the map's counts per province and city
read from it are those of counting the incidents themselves, whatever the view's dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from labourmap.db import Database
from labourmap.incidents.counts import _whole_months, count_by, count_regions, region_codes
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import Incident
from labourmap.incidents.store import write_records
from labourmap.synth import synth_incidents


def _month(db: Database) -> str:
    return ("coalesce(to_char(date, 'YYYY-MM'), '')" if not db.is_sqlite
            else "coalesce(substr(date, 1, 7), '')")


def table_and_count(db: Database) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """The table's rows (those not zero) and the same counted from the incidents."""
    with db.engine.connect() as conn:
        kept = set(map(tuple, conn.execute(text(
            "SELECT status, kind, province, city, month, n FROM incident_month_counts"
            " WHERE n <> 0"))))
        counted = set(map(tuple, conn.execute(text(
            f"SELECT status, kind, coalesce(province, ''), coalesce(city, ''), {_month(db)},"
            f" count(*) FROM incidents GROUP BY 1, 2, 3, 4, 5"))))
    return kept, counted


@pytest.fixture
def stored(db: Database) -> Database:
    recs = list(synth_incidents(300, seed=5))
    recs[0].update(date=None)
    recs[1].update(province=None, city=None, county=None, latitude=None, longitude=None)
    recs[2].update(date=date(2024, 7, 1))  # the first and last days of months
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
    IncidentFilter(date_from=date(2024, 5, 3), date_to=date(2024, 5, 28)),  # no whole month
    IncidentFilter(kind=["workplace_accident"], province=["440000", "410000"],
                   date_from=date(2022, 1, 1), date_to=date(2024, 12, 31)),
    IncidentFilter(status=["published", "draft"], date_from=date(2020, 2, 29)),
    IncidentFilter(industry=["manufacturing"], date_from=date(2023, 1, 9)),  # not in the table
]


@pytest.mark.parametrize("flt", VIEWS, ids=range(len(VIEWS)))
@pytest.mark.parametrize("level", ["province", "city"])
def test_counts_from_the_table_equal_counts_of_the_incidents(
        stored: Database, flt: IncidentFilter, level: str) -> None:
    column = Incident.province if level == "province" else Incident.city
    with stored.engine.begin() as conn:  # some changed after they were written
        conn.execute(text("UPDATE incidents SET status = 'draft' WHERE id % 7 = 0"))
    with stored.sessions() as s:
        codes = region_codes(level, flt)
        assert count_regions(s, flt, column, codes) == count_by(s, flt, column, codes)
        everything = count_by(s, replace(flt, date_from=None, date_to=None), column)
    assert sum(c.count for c in everything) > 0


def test_whole_months_and_the_days_around_them() -> None:
    assert _whole_months(date(2024, 7, 2), date(2024, 12, 31)) == (
        "2024-08", "2024-12", [(date(2024, 7, 2), date(2024, 7, 31))])
    assert _whole_months(date(2024, 2, 1), date(2024, 2, 29)) == ("2024-02", "2024-02", [])
    assert _whole_months(date(2023, 12, 5), date(2024, 1, 30)) is None
    assert _whole_months(None, date(2024, 3, 30)) == (
        None, "2024-02", [(date(2024, 3, 1), date(2024, 3, 30))])
    assert _whole_months(date(2024, 12, 2), None) == (
        "2025-01", None, [(date(2024, 12, 2), date(2024, 12, 31))])

"""Import and export of incidents on SQLite and PostgreSQL: all-or-nothing, clear errors,
byte-identical round trips, idempotent re-runs."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from labourmap.db import Database
from labourmap.errors import ImportRejected
from labourmap.incidents.fileio import write_csv as write_records_csv
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import Incident, IncidentTag
from labourmap.incidents.transfer import export, import_file
from labourmap.synth import synth_incidents

from .helpers import row, write_csv

TODAY = date(2026, 1, 1)


def count(db: Database) -> int:
    with db.sessions() as s:
        return s.execute(select(func.count()).select_from(Incident)).scalar_one()


def export_text(db: Database, fmt: str, *, public: bool = True) -> str:
    buf = io.StringIO()
    flt = IncidentFilter() if public else IncidentFilter(status=[])
    with db.sessions() as s:
        export(s, buf, fmt=fmt, flt=flt, public=public)
    return buf.getvalue()


def test_csv_import_fills_province_city_and_point_from_the_county(db: Database,
                                                                    tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row(province="", city="")])
    result = import_file(db, path, today=TODAY)
    assert (result.created, result.rows) == (1, 1)
    with db.sessions() as s:
        inc = s.scalars(select(Incident)).one()
        assert (inc.province, inc.city, inc.county) == ("130000", "130900", "130982")
        assert inc.geo_precision == "county" and inc.latitude and inc.longitude
        assert 38 < inc.latitude < 39.5 and 115 < inc.longitude < 117
        assert inc.codes("forms") == ["protest", "road_blockade"]
        assert inc.date == date(2020, 5, 11)


def test_bad_rows_are_all_listed_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    rows = [
        row(uid="ok-1"),
        row(uid="bad-code", industry="farming"),
        row(uid="bad-parent", county="440306"),            # Bao'an is not under Cangzhou
        row(uid="bad-division", county="999999"),
        row(uid="future", date="2999-01-01"),
        row(uid="negative", kind="workplace_accident", forms="", killed="-2"),
        row(uid="ok-2"),
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportRejected) as info:
        import_file(db, path, today=TODAY)
    err = info.value
    where = {(p.line, p.field) for p in err.problems}
    assert (3, "industry") in where
    assert (4, "county") in where
    assert (5, "county") in where
    assert (6, "date") in where
    assert (7, "killed") in where
    assert all(p.file == str(path) for p in err.problems)
    assert "5 bad row(s)" in err.message and "nothing was written" in err.message
    assert "farming" in str(err) and "agriculture" in str(err)
    assert count(db) == 0


def test_malformed_jsonl_line_is_named(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(row(uid="a")) + "\n{not json\n" + json.dumps([1]) + "\n",
                    encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_file(db, path, today=TODAY)
    lines = sorted(p.line for p in info.value.problems)
    assert lines == [2, 3]
    assert count(db) == 0


def test_csv_row_with_wrong_cell_count_is_named(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [row(uid="a")])
    with path.open("a", encoding="utf-8") as fh:
        fh.write("b,collective_action\n")
    with pytest.raises(ImportRejected) as info:
        import_file(db, path, today=TODAY)
    assert [p.line for p in info.value.problems] == [3]
    assert "cells" in info.value.problems[0].message


def test_dry_run_validates_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row(uid="a"), row(uid="b")])
    result = import_file(db, path, today=TODAY, dry_run=True)
    assert result.rows == 2 and result.dry_run
    assert count(db) == 0


def test_duplicate_uid_in_one_file_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row(uid="a"), row(uid="a")])
    with pytest.raises(ImportRejected) as info:
        import_file(db, path, today=TODAY)
    assert "also on line 2" in info.value.problems[0].message


def test_reimport_changes_nothing_and_a_changed_row_updates(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row(uid="a"), row(uid="b")])
    import_file(db, path, today=TODAY)
    again = import_file(db, path, today=TODAY)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    changed = write_csv(tmp_path / "b.csv", [row(uid="a", demands="wage_arrears;pay")])
    result = import_file(db, changed, today=TODAY)
    assert result.updated == 1
    with db.sessions() as s:
        inc = s.scalars(select(Incident).where(Incident.uid == "a")).one()
        assert inc.codes("demands") == ["pay", "wage_arrears"]
        assert inc.version == 2
        n_tags = s.execute(select(func.count()).select_from(IncidentTag)).scalar_one()
    assert n_tags == 4 + 3  # a: 2 forms + 2 demands; b: 2 forms + 1 demand
    assert count(db) == 2


def test_kind_specific_fields_are_refused_elsewhere(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row(uid="a", kind="call_for_help", killed="1")])
    with pytest.raises(ImportRejected) as info:
        import_file(db, path, today=TODAY)
    fields = {p.field for p in info.value.problems}
    assert fields == {"forms", "killed"}


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_round_trip_is_byte_identical(db: Database, tmp_path: Path, fmt: str) -> None:
    src = tmp_path / f"synth.{fmt}"
    recs = list(synth_incidents(300, seed=5))
    with src.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            write_records_csv(recs, fh)
        else:
            from labourmap.incidents.fileio import write_jsonl

            write_jsonl(recs, fh)
    import_file(db, src, today=TODAY)
    first = export_text(db, fmt)
    assert first.count("\n") >= 300
    again = tmp_path / f"again.{fmt}"
    again.write_text(first, encoding="utf-8")
    # into an empty database
    with db.engine.begin() as conn:
        conn.execute(IncidentTag.__table__.delete())
        conn.execute(Incident.__table__.delete())
    import_file(db, again, today=TODAY)
    assert export_text(db, fmt) == first


def test_geojson_export_is_rfc7946(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row(uid="a"), row(uid="b", county="", city="",
                                                             province="")])
    import_file(db, path, today=TODAY)
    doc = json.loads(export_text(db, "geojson"))
    assert doc["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in doc["features"]}
    lon, lat = by_id["a"]["geometry"]["coordinates"]
    assert 115 < lon < 117 and 38 < lat < 39.5       # [longitude, latitude]
    assert by_id["b"]["geometry"] is None
    assert by_id["a"]["properties"]["forms"] == ["protest", "road_blockade"]


def test_public_export_has_only_published_incidents(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [
        row(uid="pub"), row(uid="draft", status="draft"), row(uid="rev", status="in_review"),
        row(uid="rej", status="rejected"),
    ])
    import_file(db, path, today=TODAY)
    text = export_text(db, "csv")
    assert "pub" in text and "draft" not in text and "rev," not in text and "rej" not in text
    assert "draft" in export_text(db, "csv", public=False)


def test_public_export_masks_phone_and_id_numbers(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row(
        uid="a", description_zh="联系人电话13812345678，身份证号110101199003074518")])
    import_file(db, path, today=TODAY)
    text = export_text(db, "jsonl")
    assert "13812345678" not in text and "110101199003074518" not in text
    assert "13812345678" in export_text(db, "jsonl", public=False)

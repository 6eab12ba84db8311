"""The command-line tool, run as a user runs it: `.venv/bin/labourmap` in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .incidents.helpers import row, write_csv

CLI = [sys.executable, "-m", "labourmap.cli.main"]


def run(args: list[str], tmp_path: Path, *, url: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["LABOURMAP_DATABASE_URL"] = url or f"sqlite:///{tmp_path / 'cli.db'}"
    return subprocess.run(CLI + args, capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=300)


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    res = run(["db", "upgrade"], tmp_path)
    assert res.returncode == 0, res.stderr
    return tmp_path


def test_commands_refuse_an_empty_database_with_what_to_run(tmp_path: Path) -> None:
    res = run(["demo", "load"], tmp_path)
    assert res.returncode == 1
    assert "labourmap db upgrade" in res.stderr


def test_db_current_reports_the_revision(upgraded: Path) -> None:
    res = run(["db", "current"], upgraded)
    assert res.returncode == 0
    assert "current: 0" in res.stdout


def test_demo_load_is_idempotent(upgraded: Path) -> None:
    first = run(["demo", "load"], upgraded)
    assert first.returncode == 0, first.stderr
    second = run(["demo", "load"], upgraded)
    assert second.returncode == 0, second.stderr
    assert "0 created, 0 updated" in second.stderr
    out = run(["export", "--format", "jsonl"], upgraded)
    lines = out.stdout.splitlines()
    assert len(lines) >= 20
    assert all(json.loads(line)["status"] == "published" for line in lines)


def test_import_reports_bad_rows_and_exits_1(upgraded: Path) -> None:
    bad = write_csv(upgraded / "bad.csv", [row(uid="a"), row(uid="b", participants="lots")])
    res = run(["import", str(bad)], upgraded)
    assert res.returncode == 1
    assert "line 3" in res.stderr and "participants" in res.stderr and "'lots'" in res.stderr
    assert "nothing was written" in res.stderr
    good = write_csv(upgraded / "good.csv", [row(uid="a")])
    dry = run(["import", str(good), "--dry-run"], upgraded)
    assert dry.returncode == 0 and "1 rows are valid" in dry.stderr
    assert run(["export"], upgraded).stdout.count("\n") == 1   # header only: nothing written


def test_synth_to_file_then_import_then_export(upgraded: Path) -> None:
    out = upgraded / "synth.csv"
    res = run(["synth", "--incidents", "500", "--seed", "3", "--out", str(out)], upgraded)
    assert res.returncode == 0, res.stderr
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 500
    industries = [r["industry"] for r in rows]
    assert industries.count("construction") > industries.count("manufacturing") > \
        industries.count("mining")
    assert run(["import", str(out)], upgraded).returncode == 0
    exported = run(["export", "--format", "csv"], upgraded).stdout
    assert exported == out.read_text(encoding="utf-8")


def test_synth_is_reproducible(upgraded: Path) -> None:
    a, b = upgraded / "a.jsonl", upgraded / "b.jsonl"
    run(["synth", "--incidents", "50", "--seed", "9", "--out", str(a)], upgraded)
    run(["synth", "--incidents", "50", "--seed", "9", "--out", str(b)], upgraded)
    assert a.read_bytes() == b.read_bytes()


def test_places_search_from_the_cli(tmp_path: Path) -> None:
    res = run(["places", "search", "盘县"], tmp_path)
    assert res.returncode == 0, res.stderr
    assert "520281" in res.stdout
    assert run(["places", "search", "不存在的地方"], tmp_path).returncode == 1


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    assert run(["import", "--nope"], tmp_path).returncode == 2


def test_error_messages_keep_their_square_brackets(upgraded: Path) -> None:
    bad = write_csv(upgraded / "bad.csv", [row(uid="a", participants="[lots]")])
    res = run(["import", str(bad)], upgraded)
    assert res.returncode == 1
    assert "[lots]" in res.stderr


def test_the_server_keeps_no_access_log(tmp_path: Path) -> None:
    from labourmap.cli.serve import server_config
    from labourmap.settings import Settings

    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run(["db", "upgrade"], tmp_path, url=url).returncode == 0
    config = server_config(Settings(database_url=url))
    assert config.access_log is False

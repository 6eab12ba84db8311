"""`labourmap ingest` as installed, in child processes: a post attaches to an incident stored by
an earlier run; running a file again stores nothing; bad lines go to the rejects file with
their line number and reason; the summary counts each kind of post."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from labourmap.db import Database
from labourmap.incidents.models import Incident
from labourmap.sources.models import Source

from .helpers import (
    ACCIDENT,
    ACCIDENT_EN,
    STRIKE,
    STRIKE_AGAIN,
    STRIKE_TRADITIONAL,
    WEATHER,
    dump,
    run_cli,
    summary_line,
    write_jsonl,
)


def _incident_of(db: Database) -> dict[str, str]:
    """Each post's incident uid, by the post's id."""
    with db.sessions() as s:
        rows = s.execute(select(Source.external_id, Incident.uid)
                         .join(Incident, Incident.id == Source.incident_id))
        return {str(post): str(uid) for post, uid in rows}


def test_two_runs_attach_and_a_third_stores_nothing(db: Database, tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "monday.jsonl", [STRIKE, ACCIDENT, WEATHER])
    second = write_jsonl(tmp_path / "tuesday.jsonl",
                         [STRIKE_AGAIN, ACCIDENT_EN, STRIKE_TRADITIONAL])

    run = run_cli(db, tmp_path, "ingest", str(first))
    assert run.returncode == 0, run.stderr
    assert summary_line(run.stderr) == ("3 posts read: 2 incidents created, 0 posts attached, "
                                        "1 not incidents, 0 duplicates, 0 rejects")
    run = run_cli(db, tmp_path, "ingest", str(second), "--batch", "1")
    assert run.returncode == 0, run.stderr
    assert summary_line(run.stderr) == ("3 posts read: 0 incidents created, 3 posts attached, "
                                        "0 not incidents, 0 duplicates, 0 rejects")
    incident = _incident_of(db)
    assert incident["w1"] == incident["w2"] == incident["t1"] != incident["k1"] == incident["k2"]
    with db.sessions() as s:
        assert set(s.scalars(select(Incident.status))) == {"in_review"}
    before = dump(db)

    run = run_cli(db, tmp_path, "ingest", str(second), str(first))
    assert run.returncode == 0, run.stderr
    assert summary_line(run.stderr) == ("6 posts read: 0 incidents created, 0 posts attached, "
                                        "0 not incidents, 6 duplicates, 0 rejects")
    assert dump(db) == before


def test_rejects_file_and_summary(db: Database, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", [
        STRIKE, "{broken", {"id": "no-text"}, STRIKE_AGAIN, {"text": "没有编号的帖子"}, WEATHER,
        STRIKE])
    rejects = tmp_path / "out" / "rejects.jsonl"
    run = run_cli(db, tmp_path, "ingest", str(path), "--rejects", str(rejects), "--strict")
    assert run.returncode == 1  # --strict: a line was rejected (the others are stored)
    assert summary_line(run.stderr) == (
        f"4 posts read: 1 incidents created, 1 posts attached, 1 not incidents, 1 duplicates, "
        f"3 rejects (in {rejects})")
    assert f"reject: {path}, line 2: not JSON" in run.stderr
    assert f"reject: {path}, line 3: the post has no text [missing_text]" in run.stderr
    lines = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [(r["file"], r["line"], r["code"]) for r in lines] == [
        (str(path), 2, "not_json"), (str(path), 3, "missing_text"), (str(path), 5, "missing_id")]
    assert [r["reason"] for r in lines[1:]] == ["the post has no text", "the post has no id"]
    assert lines[0]["reason"].startswith("not JSON: ") and lines[0]["raw"] == "{broken\n"
    assert sorted(_incident_of(db)) == ["w1", "w2"]

    # without --rejects the file goes under the var folder; a clean run makes none
    run = run_cli(db, tmp_path, "ingest", str(write_jsonl(tmp_path / "ok.jsonl", [ACCIDENT])))
    assert run.returncode == 0 and "(in " not in summary_line(run.stderr)
    assert not (tmp_path / "rejects").exists()
    run = run_cli(db, tmp_path, "ingest", str(path))
    assert run.returncode == 0
    [made] = (tmp_path / "rejects").glob("ingest-*.jsonl")
    assert summary_line(run.stderr).endswith(f"3 rejects (in {made})")

"""Ingest on a real store: incidents in review with evidence, attaching across batches and
runs, idempotence, rejects, CSV and directories."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import select

from labourmap.db import Database
from labourmap.incidents.models import Incident
from labourmap.ingest.extractor import LocalRunner
from labourmap.ingest.pipeline import IngestSummary, ingest
from labourmap.sources.models import Source

from .fake_engine import FakeExtractor
from .helpers import POSTS, many_posts, snapshot, write_jsonl


def run(db: Database, fake: FakeExtractor, sources: list[str], tmp_path: Path,
        batch: int = 500) -> IngestSummary:
    return ingest(db, sources=sources, extractor=fake, runner=LocalRunner(fake),
                  rejects_path=tmp_path / "rejects.jsonl", batch_size=batch)


def test_posts_become_incidents_in_review_with_evidence(db: Database, fake: FakeExtractor,
                                                         tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", POSTS)
    summary = run(db, fake, [str(path)], tmp_path)
    assert (summary.posts_read, summary.incidents_created, summary.posts_attached,
            summary.not_incidents, summary.duplicates, summary.rejects) == (4, 2, 1, 1, 0, 0)
    with db.sessions() as s:
        incs = s.scalars(select(Incident).order_by(Incident.id)).all()
        assert [i.status for i in incs] == ["in_review", "in_review"]
        strike = incs[0]
        assert (strike.kind, strike.province, strike.city, str(strike.date), strike.employer) == (
            "collective_action", "440000", "440300", "2024-03-05", "宏达电子公司")
        assert strike.codes("demands") == ["wage_arrears"]
        assert strike.latitude is not None  # placed on the map from its codes
        assert strike.extras["confidence"]["date"] == 0.95
        assert strike.extras["confidence"]["demands"] == {"wage_arrears": 0.75}
        sources = s.scalars(select(Source).order_by(Source.id)).all()
        assert [src.external_id for src in sources] == ["a1", "a2", "a3", "a4"]
        assert [src.incident_id for src in sources] == [strike.id, strike.id, None, incs[1].id]
        assert not any(src.public for src in sources)
        for src in sources:
            for name, found in src.extraction["evidence"].items():
                for one in found if isinstance(found, list) else [found]:
                    for start, end, quote in one["spans"]:
                        assert src.text[start:end] == quote, (name, quote)
        first = sources[0].extraction
        assert first["evidence"]["employer"]["spans"][0][2] == "宏达电子公司"
        assert first["record"]["kind"] == "collective_action"
        assert "gold" not in json.dumps(first)


def test_the_same_posts_twice_are_stored_once(db: Database, fake: FakeExtractor,
                                              tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", POSTS + [POSTS[0]])
    first = run(db, fake, [str(path)], tmp_path)
    assert first.duplicates == 1
    before = snapshot(db)
    again = run(db, fake, [str(path)], tmp_path)
    assert (again.posts_read, again.duplicates, again.incidents_created,
            again.posts_attached) == (5, 5, 0, 0)
    assert snapshot(db) == before


def test_a_post_attaches_to_an_incident_of_an_earlier_batch_and_run(
        db: Database, fake: FakeExtractor, tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [POSTS[0]])
    two = write_jsonl(tmp_path / "two.jsonl", [POSTS[1]])
    assert run(db, fake, [str(one)], tmp_path).incidents_created == 1
    later = run(db, fake, [str(two)], tmp_path)
    assert (later.incidents_created, later.posts_attached) == (0, 1)
    rows = write_jsonl(tmp_path / "many.jsonl", many_posts(30))
    summary = run(db, fake, [str(rows)], tmp_path, batch=4)  # groups straddle batches
    assert (summary.incidents_created, summary.posts_attached, summary.batches) == (10, 20, 8)
    with db.sessions() as s:
        assert s.scalar(select(Incident.id).where(Incident.uid.like("p-%")).limit(1))


def test_bad_lines_go_to_the_rejects_file(db: Database, fake: FakeExtractor,
                                          tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", [
        POSTS[0], "not json", {"id": "x"}, ["a list"], {"text": "no id here"},
        {"id": "t", "text": "讨薪", "posted_at": "yesterday"}, POSTS[3]])
    summary = run(db, fake, [str(path)], tmp_path)
    assert (summary.posts_read, summary.rejects, summary.incidents_created) == (2, 5, 2)
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").open()]
    assert [(r["line"], r["code"]) for r in rejects] == [
        (2, "not_json"), (3, "missing_text"), (4, "not_object"), (5, "missing_id"),
        (6, "bad_posted_at")]
    assert all(r["file"] == str(path) and r["reason"] for r in rejects)
    assert summary.rejects_file == str(tmp_path / "rejects.jsonl")


def test_csv_files_and_directories(db: Database, fake: FakeExtractor, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    with (folder / "sub" / "b.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "text", "platform", "extra"])
        writer.writeheader()
        writer.writerow({"id": "c1", "text": POSTS[3]["text"], "platform": "news",
                         "extra": "ignored"})
        writer.writerow({"id": "", "text": "讨薪", "platform": "", "extra": ""})
    write_jsonl(folder / "a.jsonl", POSTS[:2])
    (folder / "notes.txt").write_text("not read")
    summary = run(db, fake, [str(folder)], tmp_path)
    assert (summary.posts_read, summary.rejects, summary.incidents_created,
            summary.posts_attached) == (3, 1, 2, 1)
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").open()]
    assert rejects[0]["line"] == 3 and rejects[0]["code"] == "missing_id"
    with db.sessions() as s:
        assert s.scalar(select(Source.platform).where(Source.external_id == "c1")) == "news"

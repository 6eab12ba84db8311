"""Ingest with the real engine on a real store: incidents in review with their fields, a
confidence and evidence for each; evidence on the original text; attaching across batches and
runs; idempotence; rejects; CSV and directories."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from labourmap.db import Database
from labourmap.incidents.models import Incident
from labourmap.ingest.extractor import Extractor, LocalRunner
from labourmap.ingest.pipeline import IngestSummary, ingest
from labourmap.review.service import set_status
from labourmap.sources.models import Source

from .helpers import (
    ACCIDENT,
    POSTS,
    STRIKE,
    STRIKE_AGAIN,
    STRIKE_TRADITIONAL,
    WEATHER,
    dump,
    many_posts,
    write_jsonl,
)


def run(db: Database, extractor: Extractor, sources: list[str], tmp_path: Path,
        batch: int = 500) -> IngestSummary:
    return ingest(db, sources=sources, extractor=extractor, runner=LocalRunner(extractor),
                  rejects_path=tmp_path / "rejects.jsonl", batch_size=batch)


def spans(extraction: dict[str, Any] | None) -> list[tuple[str, Any, int, int, str]]:
    """Every (field, value, start, end, quote) of a stored extraction."""
    assert extraction is not None
    out = []
    for name, found in extraction["evidence"].items():
        for one in found if isinstance(found, list) else [found]:
            for start, end, quote in one["spans"]:
                out.append((name, one["value"], start, end, quote))
    return out


def test_posts_become_incidents_in_review_with_evidence(db: Database, extractor: Extractor,
                                                         tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", POSTS)
    summary = run(db, extractor, [str(path)], tmp_path)
    assert (summary.posts_read, summary.incidents_created, summary.posts_attached,
            summary.not_incidents, summary.duplicates, summary.rejects) == (4, 2, 1, 1, 0, 0)
    with db.sessions() as s:
        strike, accident = s.scalars(select(Incident).order_by(Incident.id)).all()
        assert (strike.status, accident.status) == ("in_review", "in_review")
        assert (strike.kind, strike.province, strike.city, strike.county, str(strike.date),
                strike.employer, strike.participants) == (
            "collective_action", "440000", "440300", "440306", "2024-03-12", "鸿运精密制品有限公司",
            "100-999")
        assert "strike" in strike.codes("forms") and strike.codes("demands") == ["wage_arrears"]
        assert strike.latitude is not None  # placed on the map from its codes
        assert (accident.kind, accident.city, accident.killed, accident.injured,
                accident.accident_type) == ("workplace_accident", "320500", 2, 4,
                                            "explosion_fire")
        # a confidence for every field the incident took from its post
        confidence = {}
        for inc in (strike, accident):
            assert inc.extras is not None
            confidence[inc.kind] = inc.extras["confidence"]
            for name in ("kind", "province", "city", "county", "date", "employer", "killed",
                         "injured", "accident_type", "participants"):
                if getattr(inc, name) is not None:
                    assert 0 < confidence[inc.kind][name] <= 1, (inc.uid, name)
        assert set(confidence["collective_action"]["demands"]) == {"wage_arrears"}
        sources = s.scalars(select(Source).order_by(Source.id)).all()
        assert [src.external_id for src in sources] == ["w1", "w2", "n1", "k1"]
        assert [src.incident_id for src in sources] == [strike.id, strike.id, None, accident.id]
        assert [src.text for src in sources] == [p["text"] for p in POSTS]
        assert not any(src.public for src in sources)
        assert sources[1].url == "https://example.org/w2" and sources[0].platform == "weibo"
        for src in sources:
            for name, _, start, end, quote in spans(src.extraction):
                assert src.text[start:end] == quote, (src.external_id, name)
        found = {name: quote for name, _, _, _, quote in spans(sources[0].extraction)}
        assert found["employer"] == "鸿运精密制品有限公司" and found["county"] == "宝安区"
        assert found["date"] == "3月12日" and found["participants"] == "约三百"
        first, weather = sources[0].extraction, sources[2].extraction
        assert first is not None and weather is not None
        assert first["record"]["kind"] == "collective_action"
        assert weather["is_incident"] is False
        assert "never read" not in json.dumps(first, ensure_ascii=False)


def test_evidence_spans_index_the_original_text(db: Database, extractor: Extractor,
                                                tmp_path: Path) -> None:
    english = {"id": "e1", "lang": "en", "posted_at": "2024-05-06T18:00:00+08:00",
               "text": "\n\t  Workers at Lihua Garment Factory in Dongguan, Guangdong went on "
                       "strike over unpaid wages."}
    path = write_jsonl(tmp_path / "posts.jsonl", [STRIKE_TRADITIONAL, english])
    assert run(db, extractor, [str(path)], tmp_path).incidents_created == 2
    with db.sessions() as s:
        stored = {str(src.external_id): src for src in s.scalars(select(Source))}
        employers = set(s.scalars(select(Incident.employer)))
    traditional, latin = stored["t1"], stored["e1"]
    assert traditional.text == STRIKE_TRADITIONAL["text"]  # stored as given, spaces and all
    assert latin.text == english["text"]
    expected = {  # (field, quote) as written in the post, at their place in the post
        "t1": {("employer", "鴻運精密製品有限公司"), ("date", "３月１２日"),
               ("county", "寶安區"), ("forms", "罷工"), ("participants", "數百")},
        "e1": {("employer", "Lihua Garment Factory"), ("city", "Dongguan"),
               ("province", "Guangdong"), ("forms", "strike")},
    }
    for key, src in stored.items():
        found = spans(src.extraction)
        for name, _, start, end, quote in found:
            assert src.text[start:end] == quote, (key, name)
        located = {(name, quote) for name, _, start, _, quote in found
                   if src.text.find(quote) == start}
        assert expected[key] <= located, key
    assert employers == {"鴻運精密製品有限公司", "Lihua Garment Factory"}


def test_the_same_file_twice_is_stored_once(db: Database, extractor: Extractor,
                                            tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", [*POSTS, STRIKE])
    first = run(db, extractor, [str(path)], tmp_path)
    assert (first.posts_read, first.duplicates, first.incidents_created) == (5, 1, 2)
    before = dump(db)
    again = run(db, extractor, [str(path)], tmp_path)
    assert (again.posts_read, again.duplicates, again.incidents_created, again.posts_attached,
            again.not_incidents) == (5, 5, 0, 0, 0)
    assert dump(db) == before
    # the same post in another file, with blank space around its text, is still the same post
    respaced = {**STRIKE, "text": f"  {STRIKE['text']}\n"}
    other = run(db, extractor, [str(write_jsonl(tmp_path / "b.jsonl", [respaced]))], tmp_path)
    assert other.duplicates == 1 and dump(db) == before


def test_a_post_attaches_to_an_incident_of_an_earlier_batch_and_run(
        db: Database, extractor: Extractor, tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [STRIKE, ACCIDENT])
    two = write_jsonl(tmp_path / "two.jsonl", [STRIKE_AGAIN, STRIKE_TRADITIONAL])
    assert run(db, extractor, [str(one)], tmp_path).incidents_created == 2
    with db.session() as s:  # an editor publishes the strike meanwhile
        uid = s.scalar(select(Incident.uid).where(Incident.kind == "collective_action"))
        assert uid is not None
        set_status(s, uid=uid, status="published", username="editor")
    later = run(db, extractor, [str(two)], tmp_path)
    assert (later.incidents_created, later.posts_attached) == (0, 2)
    with db.sessions() as s:
        assert s.scalar(select(Incident.status).where(Incident.uid == uid)) == "published"
        assert len(s.scalars(select(Source.id).join(Incident, Incident.id == Source.incident_id)
                             .where(Incident.uid == uid)).all()) == 3
    rows = write_jsonl(tmp_path / "many.jsonl", many_posts(30))
    summary = run(db, extractor, [str(rows)], tmp_path, batch=4)  # groups straddle batches
    assert (summary.incidents_created, summary.posts_attached, summary.batches) == (10, 20, 8)
    with db.sessions() as s:
        counts: dict[str, int] = {}
        for uid in s.scalars(select(Incident.uid).join(Source, Source.incident_id == Incident.id)):
            counts[uid] = counts.get(uid, 0) + 1
        strike = s.scalar(select(Incident.uid).join(Source, Source.incident_id == Incident.id)
                          .where(Source.external_id == "w1"))
    assert strike is not None and counts.pop(strike) == 3
    assert sorted(counts.values()) == [1] + [3] * 10


def test_bad_lines_go_to_the_rejects_file(db: Database, extractor: Extractor,
                                          tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", [
        STRIKE, "not json", {"id": "x"}, ["a list"], {"text": "no id here"},
        {"id": "t", "text": "讨薪", "posted_at": "yesterday"}, {"id": "i" * 201, "text": "讨薪"},
        {"id": "nul", "text": "工人\u0000讨薪"}, b'{"id": "gbk", "text": "\xb9\xa4\xc8\xcb"}',
        ACCIDENT])
    summary = run(db, extractor, [str(path)], tmp_path)
    assert (summary.posts_read, summary.rejects, summary.incidents_created) == (2, 8, 2)
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").open(encoding="utf-8")]
    assert [(r["line"], r["code"]) for r in rejects] == [
        (2, "not_json"), (3, "missing_text"), (4, "not_object"), (5, "missing_id"),
        (6, "bad_posted_at"), (7, "id_too_long"), (8, "bad_characters"), (9, "bad_encoding")]
    assert all(r["file"] == str(path) and r["reason"] for r in rejects)
    assert "yesterday" in rejects[4]["reason"] and rejects[1]["raw"] == '{"id": "x"}'
    assert summary.rejects_file == str(tmp_path / "rejects.jsonl")


def test_csv_files_and_directories(db: Database, extractor: Extractor, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    with (folder / "sub" / "b.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "text", "platform", "extra"])
        writer.writeheader()
        writer.writerow({"id": "c1", "text": ACCIDENT["text"], "platform": "news",
                         "extra": "ignored"})
        writer.writerow({"id": "", "text": WEATHER["text"], "platform": "", "extra": ""})
        writer.writerow({"id": "c3", "text": "多行\n的帖子：今天天气很好。", "platform": "other",
                         "extra": ""})
    write_jsonl(folder / "a.jsonl", [STRIKE, STRIKE_AGAIN])
    (folder / "notes.txt").write_text("not read")
    summary = run(db, extractor, [str(folder)], tmp_path)
    assert (summary.posts_read, summary.rejects, summary.incidents_created,
            summary.posts_attached, summary.not_incidents) == (4, 1, 2, 1, 1)
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").open()]
    assert [(r["file"], r["line"], r["code"]) for r in rejects] == [
        (str(folder / "sub" / "b.csv"), 3, "missing_id")]
    with db.sessions() as s:
        assert s.scalar(select(Source.platform).where(Source.external_id == "c1")) == "news"
        assert s.scalar(select(Source.text).where(Source.external_id == "c3")) == \
            "多行\n的帖子：今天天气很好。"

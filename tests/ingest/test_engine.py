"""Ingest with the project's own engine: every stored span points at its evidence in the
original post, and a second run stores nothing new."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from labourmap.db import Database
from labourmap.ingest.engine_adapter import EngineExtractor
from labourmap.ingest.extractor import LocalRunner, default_extractor
from labourmap.ingest.pipeline import ingest
from labourmap.sources.models import Source

from .helpers import dump, write_jsonl

POSTS = [
    {"id": "e1", "text": "3月5日，广东省深圳市宝安区宏达电子有限公司的200多名工人聚集在厂门口"
                         "拉横幅讨薪，称被拖欠工资50万元。",
     "posted_at": "2024-03-05T12:00:00+08:00"},
    {"id": "e2", "text": "深圳宝安宏达电子有限公司200多名工人3月5日在厂门口讨薪，欠薪50万元，"
                         "警察到场。", "posted_at": "2024-03-05T18:00:00+08:00"},
    {"id": "e3", "text": "河北省任丘市一建筑工地发生坍塌事故，造成3人死亡、5人受伤。",
     "posted_at": "2024-05-02T09:00:00+08:00"},
    {"id": "e4", "text": "今天天气很好，适合出游。", "posted_at": "2024-05-02T09:00:00+08:00"},
]


def test_the_engine_behind_ingest(db: Database, tmp_path: Path) -> None:
    engine = default_extractor()
    assert isinstance(engine, EngineExtractor)
    path = write_jsonl(tmp_path / "posts.jsonl", POSTS)
    summary = ingest(db, sources=[str(path)], extractor=engine, runner=LocalRunner(engine),
                     batch_size=1)
    assert summary.posts_read == 4 and summary.duplicates == 0
    assert summary.incidents_created + summary.posts_attached + summary.not_incidents == 4
    with db.sessions() as s:
        sources = s.scalars(select(Source).order_by(Source.id)).all()
        spans = 0
        for src in sources:
            for found in src.extraction["evidence"].values():
                for one in found if isinstance(found, list) else [found]:
                    for start, end, quote in one["spans"]:
                        assert src.text[start:end] == quote
                        spans += 1
        assert spans > 5
    before = dump(db)
    again = ingest(db, sources=[str(path)], extractor=engine, runner=LocalRunner(engine))
    assert again.duplicates == 4 and dump(db) == before


def test_extractions_cross_to_cluster_workers_unchanged() -> None:
    from labourmap.engine.model import Post
    from labourmap.ingest.dask_runner import pack, unpack

    engine = EngineExtractor()
    for raw in POSTS:
        post = Post(id=raw["id"], text=raw["text"])
        ex = engine.extract(post)
        back = unpack(pack(ex))
        assert back.record() == ex.record()
        assert back.evidence(post.text) == ex.evidence(post.text)
        assert back.incident == ex.incident

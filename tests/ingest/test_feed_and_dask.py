"""Extraction on a Dask LocalCluster gives what the local engine gives. (The feed tests are in
test_feed.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from labourmap.db import Database
from labourmap.ingest.dask_runner import DaskRunner
from labourmap.ingest.extractor import Extractor, LocalRunner, default_extractor
from labourmap.ingest.pipeline import ingest

from .helpers import POSTS, dump, empty, many_posts, write_jsonl


@pytest.fixture(scope="module")
def dask_runner() -> Iterator[DaskRunner]:
    with DaskRunner(default_extractor(), workers=2, chunk=7) as runner:
        yield runner


def test_dask_yields_exactly_the_incidents_of_the_local_engine(
        db: Database, extractor: Extractor, dask_runner: DaskRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", POSTS + many_posts(60))
    local = ingest(db, sources=[str(path)], extractor=extractor, runner=LocalRunner(extractor),
                   batch_size=25)
    expected = dump(db)
    empty(db)
    on_dask = ingest(db, sources=[str(path)], extractor=extractor, runner=dask_runner,
                     batch_size=25)
    assert on_dask == local
    assert dump(db) == expected
    assert (local.incidents_created, local.posts_attached, local.not_incidents) == (22, 41, 1)

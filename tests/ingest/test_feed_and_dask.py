"""A feed served on 127.0.0.1; extraction on a Dask LocalCluster gives what the local engine
gives."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from labourmap.db import Database
from labourmap.ingest.dask_runner import DaskRunner
from labourmap.ingest.extractor import LocalRunner
from labourmap.ingest.pipeline import ingest
from labourmap.sources.models import Source

from .fake_engine import FakeExtractor
from .helpers import POSTS, empty, many_posts, snapshot, write_jsonl

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">
  <title>Labour news</title><id>urn:feed</id><updated>2024-03-06T00:00:00Z</updated>
  <entry><id>urn:e2</id><title>宏达电子公司工人继续罢工</title>
    <link href="https://example.org/e2"/><updated>2024-03-06T08:00:00Z</updated>
    <summary type="html">&lt;p&gt;2024-03-05 广东省宏达电子公司工人要求支付欠薪。&lt;/p&gt;
    </summary></entry>
  <entry><id>urn:e1</id><title>深圳工人罢工</title>
    <link href="https://example.org/e1"/><updated>2024-03-05T08:00:00Z</updated>
    <content type="html">&lt;p&gt;2024-03-05 广东省深圳市宏达电子公司工人罢工讨薪。&lt;/p&gt;
    </content></entry>
</feed>"""


class _Feed(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        if self.path != "/feed.atom":
            self.send_error(404)
            return
        body = ATOM.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/atom+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_feed_is_read_oldest_first_and_once(db: Database, fake: FakeExtractor,
                                              feed_url: str, tmp_path: Path) -> None:
    url = f"{feed_url}/feed.atom"
    summary = ingest(db, sources=[url], extractor=fake, runner=LocalRunner(fake))
    assert (summary.posts_read, summary.incidents_created, summary.posts_attached) == (2, 1, 1)
    with db.sessions() as s:
        rows = s.execute(select(Source.external_id, Source.platform, Source.url, Source.title,
                                Source.text).order_by(Source.id)).all()
    assert [r[0] for r in rows] == ["urn:e1", "urn:e2"]
    assert rows[0][1:4] == ("feed", "https://example.org/e1", "深圳工人罢工")
    assert "<p>" not in rows[0][4] and "宏达电子公司" in rows[0][4]
    again = ingest(db, sources=[url], extractor=fake, runner=LocalRunner(fake))
    assert again.duplicates == 2


def test_an_unreachable_feed_is_a_reject_and_the_rest_goes_on(
        db: Database, fake: FakeExtractor, feed_url: str, tmp_path: Path) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS[:1])
    summary = ingest(db, sources=[f"{feed_url}/missing", str(posts)], extractor=fake,
                     runner=LocalRunner(fake), rejects_path=tmp_path / "rejects.jsonl")
    assert (summary.rejects, summary.incidents_created) == (1, 1)
    reject = json.loads((tmp_path / "rejects.jsonl").read_text())
    assert (reject["file"], reject["code"]) == (f"{feed_url}/missing", "feed_unavailable")
    assert "cannot fetch the feed" in reject["reason"] and "404" in reject["reason"]


@pytest.fixture(scope="module")
def dask_runner() -> Iterator[DaskRunner]:
    with DaskRunner(FakeExtractor(), workers=2, chunk=7) as runner:
        yield runner


def test_dask_yields_exactly_the_incidents_of_the_local_engine(
        db: Database, fake: FakeExtractor, dask_runner: DaskRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "posts.jsonl", POSTS + many_posts(60))
    local = ingest(db, sources=[str(path)], extractor=fake, runner=LocalRunner(fake),
                   batch_size=25)
    expected = snapshot(db)
    empty(db)
    on_dask = ingest(db, sources=[str(path)], extractor=fake, runner=dask_runner,
                     batch_size=25)
    assert on_dask == local
    assert snapshot(db) == expected
    assert local.incidents_created == 22

"""RSS and Atom feeds served over HTTP on 127.0.0.1 by a real ``http.server`` thread: read
oldest first, as text, once; an unreachable feed is a reject and the other sources go on."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from labourmap.db import Database
from labourmap.incidents.models import Incident
from labourmap.ingest.extractor import Extractor, LocalRunner
from labourmap.ingest.pipeline import ingest
from labourmap.sources.models import Source

from .helpers import STRIKE, dump, run_cli, summary_line, write_jsonl

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>劳工新闻</title><link>https://example.org/</link><description>test</description>
  <language>zh-Hans-CN</language>
  <item><title>昆山五金厂爆炸 两死四伤</title><link>https://example.org/r2</link>
    <guid>urn:r2</guid><pubDate>Mon, 08 Apr 2024 09:00:00 GMT</pubDate>
    <description>&lt;p&gt;4月8日，江苏省苏州市昆山市一家五金厂车间发生爆炸，&lt;br&gt;造成2人死亡、4人受伤。&lt;/p&gt;</description>
  </item>
  <item><title>深圳工厂工人停工讨薪</title><link>https://example.org/r1</link>
    <guid>urn:r1</guid><pubDate>Tue, 12 Mar 2024 04:00:00 GMT</pubDate>
    <description>&lt;p&gt;3月12日，深圳市宝安区的鸿运精密制品有限公司工人停工，讨要拖欠的工资。&lt;/p&gt;</description>
  </item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Labour news</title><id>urn:feed</id><updated>2024-04-09T00:00:00Z</updated>
  <entry><id>urn:a1</id><title>Explosion at a Kunshan factory</title>
    <link href="https://example.org/a1"/><updated>2024-04-08T12:00:00Z</updated>
    <content type="html">&lt;p&gt;An explosion at a hardware factory in Kunshan, Jiangsu
    province, killed two workers and injured four on April 8.&lt;/p&gt;</content></entry>
</feed>"""

FEEDS = {"/feed.rss": (RSS, "application/rss+xml"), "/feed.atom": (ATOM, "application/atom+xml")}


class _Feeds(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        if self.path not in FEEDS:
            self.send_error(404)
            return
        text, kind = FEEDS[self.path]
        body = text.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feeds() -> Iterator[str]:
    """The base address of a server on 127.0.0.1 serving /feed.rss and /feed.atom."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_rss_and_atom_feeds_through_the_cli(db: Database, feeds: str, tmp_path: Path) -> None:
    rss, atom = f"{feeds}/feed.rss", f"{feeds}/feed.atom"
    run = run_cli(db, tmp_path, "ingest", rss, atom)
    assert run.returncode == 0, run.stderr
    assert summary_line(run.stderr) == ("3 posts read: 2 incidents created, 1 posts attached, "
                                        "0 not incidents, 0 duplicates, 0 rejects")
    with db.sessions() as s:
        rows = s.execute(select(Source.external_id, Source.platform, Source.url, Source.title,
                                Source.lang, Source.posted_at, Source.text, Source.extraction,
                                Incident.uid, Incident.kind)
                         .join(Incident, Incident.id == Source.incident_id)
                         .order_by(Source.id)).all()
    # oldest first: a feed lists its newest entry first
    assert [r.external_id for r in rows] == ["urn:r1", "urn:r2", "urn:a1"]
    strike, accident, english = rows
    assert (strike.platform, strike.url, strike.title, strike.lang) == (
        "feed", "https://example.org/r1", "深圳工厂工人停工讨薪", "zh")  # zh-Hans-CN, stored short
    assert english.lang == "en" and english.posted_at.isoformat().startswith("2024-04-08T12:00")
    assert accident.text == ("昆山五金厂爆炸 两死四伤\n4月8日，江苏省苏州市昆山市一家五金厂车间"
                             "发生爆炸，\n造成2人死亡、4人受伤。")  # the title, then the text
    assert "<p>" not in strike.text and "&lt;" not in strike.text
    assert (strike.kind, accident.kind) == ("collective_action", "workplace_accident")
    assert english.uid == accident.uid != strike.uid
    for row in rows:
        for found in row.extraction["evidence"].values():
            for one in found if isinstance(found, list) else [found]:
                for start, end, quote in one["spans"]:
                    assert row.text[start:end] == quote
    before = dump(db)
    again = run_cli(db, tmp_path, "ingest", atom, rss)
    assert summary_line(again.stderr).endswith("3 duplicates, 0 rejects")
    assert dump(db) == before


def test_an_unreachable_feed_is_a_reject_and_the_rest_goes_on(
        db: Database, extractor: Extractor, feeds: str, tmp_path: Path) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", [STRIKE])
    summary = ingest(db, sources=[f"{feeds}/missing", str(posts), f"{feeds}/feed.rss"],
                     extractor=extractor, runner=LocalRunner(extractor),
                     rejects_path=tmp_path / "rejects.jsonl")
    assert (summary.rejects, summary.posts_read, summary.incidents_created,
            summary.posts_attached) == (1, 3, 2, 1)  # the feed's strike is the file's
    reject = json.loads((tmp_path / "rejects.jsonl").read_text())
    assert (reject["file"], reject["line"], reject["code"]) == (
        f"{feeds}/missing", 0, "feed_unavailable")
    assert "cannot fetch the feed" in reject["reason"] and "404" in reject["reason"]

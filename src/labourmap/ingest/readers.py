"""Reading posts: JSON Lines and CSV files, directories of them, and RSS/Atom feeds.

Every reader yields :class:`Item` s in input order: a post, or a reject naming the origin, the
line (the entry's position, for a feed) and a stable reason code. Only ``id`` and ``text`` are
read as required; ``posted_at``, ``platform``, ``url``, ``lang`` and ``title`` as optional;
every other key (such as an evaluation file's ``gold``) is ignored, never read.

A post's text is kept exactly as given (evidence spans index it), so a line whose text cannot
be stored as given — bytes that are not UTF-8, a NUL or a lone surrogate — is a reject, never
silently altered.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser
import httpx

from labourmap.codebook import get_codebook
from labourmap.engine.model import Post
from labourmap.errors import LabourmapError

CHINA = timezone(timedelta(hours=8))
SUFFIXES = (".jsonl", ".csv")
MAX_TEXT = 100_000
MAX_ID = 200  # sources.external_id
#: NUL (PostgreSQL cannot store it) and surrogates (undecodable bytes, or a lone \\ud800).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True)
class Reject:
    """A line that is not a post: where it is and why (``code`` is stable)."""

    origin: str
    line: int
    code: str
    reason: str
    raw: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"file": _printable(self.origin), "line": self.line, "code": self.code,
                "reason": _printable(self.reason), "raw": _printable(self.raw[:500])}


def _printable(value: str) -> str:
    """``value`` with what UTF-8 cannot hold (lone surrogates) shown as ``?``."""
    return value.encode("utf-8", "replace").decode("utf-8")


@dataclass(frozen=True)
class InPost:
    """A post as read, with where it came from and the extras a source row keeps."""

    post: Post
    origin: str
    line: int
    title: str | None = None


Item = InPost | Reject


class FeedUnavailable(LabourmapError):
    code = "feed_unavailable"


def _reject(origin: str, line: int, code: str, reason: str, raw: str = "") -> Reject:
    return Reject(origin=origin, line=line, code=code, reason=reason, raw=raw)


def parse_posted_at(value: Any) -> datetime:
    """An ISO 8601 date-time; without a zone it is China time."""
    moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=CHINA)


def _unstorable(raw: Mapping[str, Any]) -> str | None:
    """The first key whose value holds a character that cannot be stored as given."""
    for key in ("id", "text", "posted_at", "platform", "url", "lang", "title"):
        value = raw.get(key)
        if isinstance(value, str) and UNSTORABLE.search(value):
            return key
    return None


def language(value: str | None) -> str | None:
    """A language tag as stored (at most 8 characters): ``zh-Hans-CN`` → ``zh``; not a tag →
    None."""
    if not value or not LANG.match(value):
        return None
    return value if len(value) <= 8 else re.split(r"[-_]", value)[0].lower()


def post_from_mapping(raw: Mapping[str, Any], *, origin: str, line: int) -> Item:
    """One post from a JSON object or a CSV row, or the reason it is not one."""
    text_raw = json.dumps(dict(raw), ensure_ascii=False, default=str)
    post_id, text = raw.get("id"), raw.get("text")
    if post_id is None or str(post_id).strip() == "":
        return _reject(origin, line, "missing_id", "the post has no id", text_raw)
    if not isinstance(text, str) or not text.strip():
        return _reject(origin, line, "missing_text", "the post has no text", text_raw)
    if len(text) > MAX_TEXT:
        return _reject(origin, line, "text_too_long",
                       f"the text is longer than {MAX_TEXT} characters", text_raw)
    if len(str(post_id).strip()) > MAX_ID:
        return _reject(origin, line, "id_too_long",
                       f"the id is longer than {MAX_ID} characters", text_raw)
    if (key := _unstorable(raw)) is not None:
        return _reject(origin, line, "bad_characters",
                       f"`{key}` holds a NUL, a lone surrogate or bytes that are not UTF-8",
                       text_raw)
    posted_at = None
    if raw.get("posted_at") not in (None, ""):
        try:
            posted_at = parse_posted_at(raw["posted_at"])
        except ValueError:
            return _reject(origin, line, "bad_posted_at",
                           f"posted_at is not an ISO 8601 date-time: {raw['posted_at']!r}",
                           text_raw)
    platform = str(raw.get("platform") or "other").strip().lower()
    if not get_codebook().is_valid("source_platform", platform):
        platform = "other"

    def opt(key: str) -> str | None:
        val = raw.get(key)
        return str(val).strip() or None if val is not None else None

    post = Post(id=str(post_id).strip(), text=text, posted_at=posted_at, platform=platform,
                url=opt("url"), lang=language(opt("lang")))
    return InPost(post=post, origin=origin, line=line, title=opt("title"))


def read_jsonl(path: Path) -> Iterator[Item]:
    origin = str(path)
    # undecodable bytes become lone surrogates, so that the line is rejected, not altered
    with path.open(encoding="utf-8-sig", errors="surrogateescape") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            if UNSTORABLE.search(line):
                yield _reject(origin, line_no, "bad_encoding",
                              "the line holds bytes that are not UTF-8 (or a NUL)", line)
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _reject(origin, line_no, "not_json", f"not JSON: {exc.msg}", line)
                continue
            if not isinstance(raw, dict):
                yield _reject(origin, line_no, "not_object", "not a JSON object", line)
                continue
            yield post_from_mapping(raw, origin=origin, line=line_no)


def read_csv(path: Path) -> Iterator[Item]:
    origin = str(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        if "id" not in header or "text" not in header:
            yield _reject(origin, 1, "bad_header", "the header row must name `id` and `text`",
                          ",".join(header))
            return
        for row in reader:
            line_no = reader.line_num
            if None in row:
                yield _reject(origin, line_no, "bad_csv_row",
                              f"{len(header) + len(row[None])} cells for {len(header)} columns",
                              json.dumps(row, ensure_ascii=False, default=str))
                continue
            yield post_from_mapping(row, origin=origin, line=line_no)


class _TextOnly(HTMLParser):
    BLOCKS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    lines = (" ".join(ln.split()) for ln in "".join(parser.parts).splitlines())
    return "\n".join(ln for ln in lines if ln)


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            year, month, day, hour, minute, second = parsed[:6]
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    return None


def read_feed(url: str, *, timeout: float = 30.0) -> Iterator[Item]:
    """The entries of an RSS or Atom feed, oldest first (a feed lists newest first)."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise FeedUnavailable(f"{url}: cannot fetch the feed: {exc}") from None
    parsed = feedparser.parse(response.content)
    if parsed.bozo and not parsed.entries:
        raise FeedUnavailable(f"{url}: not an RSS or Atom feed: {parsed.bozo_exception}")
    entries = list(parsed.entries)
    for position, entry in reversed(list(enumerate(entries, start=1))):
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        title = html_to_text(entry.get("title", "")) or None
        text = "\n".join(t for t in (title, html_to_text(body)) if t)
        when = _entry_time(entry)
        raw = {"id": entry.get("id") or entry.get("link"), "text": text,
               "url": entry.get("link"), "platform": "feed", "title": title,
               "posted_at": when.isoformat() if when else None,
               "lang": parsed.feed.get("language")}
        yield post_from_mapping(raw, origin=url, line=position)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def expand(sources: Sequence[str]) -> list[str]:
    """Files, directories (their .jsonl and .csv files, sorted, recursively) and feed URLs."""
    out: list[str] = []
    for src in sources:
        if is_url(src):
            out.append(src)
            continue
        path = Path(src)
        if path.is_dir():
            out.extend(str(p) for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES
                       and p.is_file())
        elif path.exists():
            out.append(str(path))
        else:
            raise FileNotFoundError(2, "no such file", src)
    return out


def _feed_or_reject(url: str) -> Iterator[Item]:
    try:
        items = list(read_feed(url))
    except FeedUnavailable as exc:  # one bad feed is a reject; the other sources go on
        yield _reject(url, 0, exc.code, exc.message)
        return
    yield from items


def read_source(source: str) -> Iterator[Item]:
    if is_url(source):
        return _feed_or_reject(source)
    path = Path(source)
    if path.suffix.lower() == ".csv":
        return read_csv(path)
    return read_jsonl(path)


def read_all(sources: Sequence[str]) -> Iterator[Item]:
    """Every item of every source, in order."""
    for source in expand(sources):
        yield from read_source(source)

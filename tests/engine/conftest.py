"""Helpers for the engine's tests: every example here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from labourmap.engine import Extraction, Post, extract

CHINA = timezone(timedelta(hours=8))


def post(text: str, posted: str = "2024-10-18T09:00:00", pid: str = "t1") -> Post:
    """2024-10-18 is a Friday."""
    return Post(id=pid, text=text, posted_at=datetime.fromisoformat(posted).replace(tzinfo=CHINA))


def run(text: str, posted: str = "2024-10-18T09:00:00") -> Extraction:
    return extract(post(text, posted))


def assert_evidence(ex: Extraction, text: str) -> None:
    """Every span lies inside the text and is not empty."""
    found = list(ex.fields.values()) + [f for items in ex.sets.values() for f in items]
    for f in found:
        assert 0.0 <= f.confidence <= 1.0
        for start, end in f.spans:
            assert 0 <= start < end <= len(text), (f, text)


@pytest.fixture(scope="session", autouse=True)
def _gazetteer() -> None:
    from labourmap.places import GazetteerMissing, get_gazetteer

    try:
        get_gazetteer()
    except GazetteerMissing as exc:  # pragma: no cover - `make` builds it
        pytest.fail(f"the engine's tests need the gazetteer: {exc}")

"""The place index's tables saved at install (geo_prebuilt) are the ones it would make, and are
read only where they came from the files installed; the words read around a name, at the very
start and end of a post."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from labourmap.engine import geo_prebuilt
from labourmap.engine.geo import PlaceIndex, default_index
from labourmap.engine.text import normalise
from labourmap.places import get_gazetteer
from labourmap.places.gazetteer import DATA_FILE


def _weights(text: str) -> list[tuple[str, float]]:
    norm = normalise(text)
    return [(norm[m.start : m.end], m.weight) for m in default_index().mentions(norm)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("厂要搬去江西", [("江西", 0.2)]),  # a move's end, at the very end of the post
        ("搬去了江西，工人不愿去", [("江西", 0.2)]),
        ("江西的工厂停工了", [("江西", 1.0)]),  # a place at the very start
        ("工人送到武汉抢救", [("武汉", 0.2)]),
        ("老家在四川，在东莞打工", [("四川", 0.2), ("东莞", 1.0)]),
        ("实在不行我就去北京上访", []),  # the capital as a threatened trip
        ("我就去北京找工作", [("北京", 1.0)]),  # (no 上访 after it: a place)
        ("昆山路上堵车", []),  # a street
        ("昆山街上有人讨薪", [("昆山", 1.0)]),  # 街上: in the streets of the place
        ("wages unpaid, update from Lanzhou", [("lanzhou", 1.0)]),  # reported from: no origin
        ("workers from Lanzhou protested", [("lanzhou", 0.2)]),
    ],
)
def test_words_around_a_name(text: str, expected: list[tuple[str, float]]) -> None:
    assert _weights(text) == expected


def test_saved_tables_are_the_made_ones(tmp_path: Path) -> None:
    gz = get_gazetteer()
    early = geo_prebuilt.vocabulary()
    saved = tmp_path / "place_index.pickle"
    geo_prebuilt.save(saved)
    loaded = geo_prebuilt.load(DATA_FILE, early, saved)
    assert loaded is not None
    made = PlaceIndex.tables(gz, early)
    assert dict(loaded[0]._auto.items()) == dict(made[0]._auto.items())
    assert loaded[0].fold("深圳宝安区x") == made[0].fold("深圳宝安区x")
    assert loaded[1] == made[1] and loaded[3] == made[3]
    assert loaded[2]._by_parent == made[2]._by_parent and loaded[2]._heads == made[2]._heads
    text = "深圳宝安区一家电子厂，湖州织里的工人"
    norm = normalise(text)
    assert repr(PlaceIndex(gz, loaded).resolve(norm, text)) == repr(
        PlaceIndex(gz, made).resolve(norm, text)
    )


def test_saved_tables_of_other_files_are_not_read(tmp_path: Path) -> None:
    early = geo_prebuilt.vocabulary()
    stale = tmp_path / "stale.pickle"
    with stale.open("wb") as fh:
        pickle.dump("another gazetteer's fingerprint", fh)
        pickle.dump(None, fh)
    assert geo_prebuilt.load(DATA_FILE, early, stale) is None
    assert geo_prebuilt.load(DATA_FILE, early, tmp_path / "missing.pickle") is None
    other = tmp_path / "gazetteer.json.gz"
    other.write_bytes(DATA_FILE.read_bytes() + b"\0")  # (a gazetteer rebuilt otherwise)
    saved = tmp_path / "place_index.pickle"
    geo_prebuilt.save(saved)
    assert geo_prebuilt.fingerprint(other, early) != geo_prebuilt.fingerprint(DATA_FILE, early)
    assert geo_prebuilt.load(other, early, saved) is None

from __future__ import annotations

import pytest

from labourmap.engine.numbers import bucket, en_quantities, zh_quantities


def one(text: str):
    qs = zh_quantities(text)
    assert qs, text
    return qs[0]


@pytest.mark.parametrize(("text", "value"), [
    ("六百多万元", 6_000_000), ("四十余人", 40), ("一百二十名", 120), ("3万元", 30_000),
    ("1.5万元", 15_000), ("两千三百元", 2300), ("十五个", 15), ("一万零五百元", 10_500),
    ("二十多名", 20), ("8000余元", 8000), ("十几万", 100_000),
])
def test_chinese_numbers_count_at_their_base_figure(text: str, value: int) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(("text", "name"), [
    ("近百名", "10-99"), ("上百名", "100-999"), ("约百名", "100-999"), ("上千名", "1000-9999"),
    ("数千名", "1000-9999"), ("十多名", "10-99"), ("数十名", "10-99"), ("几百名", "100-999"),
    ("近千名", "100-999"), ("三十余名", "10-99"), ("上万名", "10000+"),
])
def test_vague_numbers_map_to_buckets(text: str, name: str) -> None:
    assert bucket(one(text).lower) == name


def test_a_vague_total_has_no_value() -> None:
    assert one("几百万").value is None
    assert one("数百万").value is None


def test_spans_cover_the_numeral() -> None:
    text = "工人被拖欠了八十多万元"
    q = zh_quantities(text)[0]
    assert text[q.start:q.end] == "八十多万"


@pytest.mark.parametrize(("text", "value", "name"), [
    ("more than 300 workers", 300, "100-999"), ("hundreds of workers", None, "100-999"),
    ("tens of thousands of workers", None, "10000+"), ("eight drivers", 8, "1-9"),
    ("2,500 employees", 2500, "1000-9999"),
])
def test_english_numbers(text: str, value: int | None, name: str) -> None:
    q = en_quantities(text)[0]
    assert q.value == value
    assert bucket(q.lower) == name

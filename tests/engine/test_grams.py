"""The text model's keys are found, in many texts at once, exactly where they stand."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from labourmap.engine.grams import GramFinder

KEYS = ["工人", "罢工", "工资", "拖欠工", "欠工资", " 工", "。 ", "a", "😀x", "\0工", "工人"]
NOISE = list("工人罢资拖欠。 ax😀\0的了") + ["\ud800"]


def _plain(keys: list[str], texts: list[str]) -> Counter[tuple[int, int]]:
    last = {k: i for i, k in enumerate(keys)}
    return Counter(
        (t, last[text[i : i + len(k)]])
        for t, text in enumerate(texts)
        for k in last
        for i in range(len(text) - len(k) + 1)
        if text[i : i + len(k)] == k
    )


def test_every_key_where_it_stands_and_nowhere_across_two_texts() -> None:
    rng = random.Random(7)
    finder = GramFinder(KEYS)
    for _ in range(300):
        texts = [
            "".join(rng.choice(NOISE) for _ in range(rng.randrange(0, 12)))
            for _ in range(rng.randrange(0, 6))
        ]
        at, which = finder.find(texts)
        assert Counter(zip(at.tolist(), which.tolist(), strict=True)) == _plain(KEYS, texts)


def test_no_keys_and_no_texts() -> None:
    at, which = GramFinder([]).find(["工人"])
    assert at.tolist() == which.tolist() == []
    at, which = GramFinder(KEYS).find([])
    assert at.tolist() == which.tolist() == []


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError):
        GramFinder(["工人", ""])

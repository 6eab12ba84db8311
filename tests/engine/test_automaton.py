"""The engine's automata find exactly what plain pyahocorasick finds: folding the text and
ordering the root's children are for speed only."""

from __future__ import annotations

import random

import ahocorasick

from labourmap.engine.automaton import (
    NEVER,
    OTHER,
    Automaton,
    characters_by_use,
    common_characters,
)

KEYS = ["深圳", "深圳市", "圳市", "宝安", "宝安区", "安区", "市区", "东莞", "东莞市长安镇", "长安",
        "长安镇", "莞市", "工人", "人", "罢工", "bao'an", "an district", "shenzhen", "zhen",
        "(镇)", "、辽阳", "北京市", "京市", "市"]
NOISE = list("的了，。 1a!深圳市宝安区东莞长镇工人罢北京辽阳、()'dnotsz") + [OTHER, NEVER, "😀"]


def _plain(items: list[tuple[str, int]]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for key, value in items:
        auto.add_word(key, value)
    auto.make_automaton()
    return auto


def test_the_same_matches_as_plain_pyahocorasick_on_random_text() -> None:
    rng = random.Random(4)
    items = [(k, i) for i, k in enumerate(KEYS)]
    fast, plain = Automaton(items, early=list("工罢")), _plain(items)
    for _ in range(3000):
        parts = [rng.choice(KEYS) if rng.random() < 0.4 else rng.choice(NOISE)
                 for _ in range(rng.randrange(0, 30))]
        text = "".join(parts)
        assert list(fast.iter(text)) == list(plain.iter(text)), text
        assert list(fast.iter_long(text)) == list(plain.iter_long(text)), text


def test_folding_keeps_length_and_the_characters_of_keys() -> None:
    fast = Automaton([("深圳", 1), ("bao'an", 2)])
    text = "在深圳bao'an的工厂😀"
    folded = fast.fold(text)
    assert len(folded) == len(text)
    assert folded == f"{OTHER}深圳bao'an{OTHER * 4}"


def test_characters_by_use_most_used_first_letters_only() -> None:
    assert characters_by_use(["工人罢工，工人", "a工b", "罢!"]) == "工人罢"
    assert characters_by_use(["工人罢工"], least=1) == "工人罢"


def test_the_shipped_characters_are_letters_each_once() -> None:
    common = common_characters()
    assert len(common) > 1000
    assert len(set(common)) == len(common) and all(c.isalpha() for c in common)
    assert common.startswith(characters_by_use([common[:50] * 2]))

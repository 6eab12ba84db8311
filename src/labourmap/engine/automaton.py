"""Aho-Corasick automata that search fast with pyahocorasick.

pyahocorasick finds a node's child by a linear search, in the order the children were
inserted, and an automaton over Chinese names has thousands of children at its root: every
character of a post that reaches the root costs a scan of them. So a :class:`Automaton`

1. searches a folded copy of the text, in which every character that no key contains is one
   placeholder (``OTHER``), with the same length and offsets;
2. inserts, before the keys, a first transition for the placeholder and for every character
   of the keys — marks (spaces, punctuation, digits) first, then the letters posts use most
   (``data/characters.json``, from :func:`characters_by_use`), then ``early`` characters, then
   the rest by how often the keys use them — so the common characters are found at once.

The placeholder keys end in ``NEVER``, which folded text never holds: they never match, and
the matches (``iter``, ``iter_long``) are exactly those of the keys alone.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick

OTHER = "\x01"  # stands, in folded text, for every character no key contains
NEVER = "\x00"  # never in folded text: ends the placeholder keys
CHARACTERS_FILE = "characters.json"


def characters_by_use(texts: Iterable[str], *, least: int = 2) -> str:
    """The letters of ``texts`` used at least ``least`` times, the most used first (ties as
    first met). ``data/characters.json`` holds those of the normalised posts of
    ``eval/own/tune*.jsonl``: it only orders the automata's transitions, for speed."""
    used = Counter(c for text in texts for c in text if c.isalpha())
    return "".join(c for c, n in used.most_common() if n >= least)


@cache
def common_characters() -> str:
    """The letters posts use most, the most used first (none where the file is missing)."""
    path = resources.files("labourmap.engine").joinpath("data", CHARACTERS_FILE)
    if not path.is_file():
        return ""
    common: str = json.loads(path.read_text(encoding="utf-8"))["characters"]
    return common


class Automaton:
    """``items`` are (key, value) pairs; searching yields (end index, value) as pyahocorasick
    does, over the original text's offsets."""

    def __init__(self, items: Iterable[tuple[str, Any]], *, early: Iterable[str] = ()) -> None:
        pairs = list(items)
        used = Counter("".join(key for key, _ in pairs))  # (in key order: ties as first met)
        if OTHER in used or NEVER in used:
            raise ValueError("a key holds a placeholder character")
        by_use = [c for c, _ in used.most_common()]
        order = dict.fromkeys([OTHER, *(c for c in by_use if not c.isalpha()),
                               *(c for c in common_characters() if c in used),
                               *(c for c in early if c in used), *by_use])
        auto = ahocorasick.Automaton()
        for c in order:
            auto.add_word(c + NEVER, None)
        for key, value in pairs:
            auto.add_word(key, value)
        auto.make_automaton()
        self._auto = auto
        self._other = re.compile("[^" + "".join(re.escape(c) for c in sorted(used)) + "]")

    def fold(self, text: str) -> str:
        return self._other.sub(OTHER, text)

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        """Every key found (pyahocorasick's ``iter``)."""
        return self._auto.iter(self.fold(text))

    def iter_long(self, text: str) -> Iterator[tuple[int, Any]]:
        """The longest keys, not overlapping (pyahocorasick's ``iter_long``)."""
        return self._auto.iter_long(self.fold(text))

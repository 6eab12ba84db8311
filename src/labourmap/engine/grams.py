"""Every place where one of a set of short keys (the text model's runs of characters) stands in
many texts at once, found with NumPy rather than by a walk through an automaton.

The keys are held as a trie whose levels are tables: the characters of the keys are numbered
``1 …`` (any other character is 0), a prefix of ``d`` characters has a number among those of
its length, and ``children[d][p · size + c]`` is the number of prefix ``p`` followed by
character ``c`` (or -1). The texts are joined into one array of character numbers, each text
after the last with a 0 between them (so nothing found spans two texts); then every position
steps down the trie together, one level at a time, while its prefix stands in the trie.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class GramFinder:
    """Finds every occurrence of ``keys`` (none empty); a key found is named by its index in
    ``keys`` (a key given twice, by its last index)."""

    def __init__(self, keys: Sequence[str]) -> None:
        import numpy as np

        if any(not key for key in keys):
            raise ValueError("an empty key")
        alphabet = list(dict.fromkeys(c for key in keys for c in key))
        self.size = size = len(alphabet) + 1  # character numbers; 0 for every other
        number = {c: i for i, c in enumerate(alphabet, 1)}
        top = max(map(ord, alphabet), default=0) + 1  # any higher code point is numbered 0
        self._codes = np.zeros(top + 1, dtype=np.int64)
        self._codes[[ord(c) for c in alphabet]] = np.arange(1, size)
        # prefixes of each length, numbered; those of one character by their character's number
        levels: list[dict[str, int]] = [number]
        for depth in range(2, max(map(len, keys), default=0) + 1):
            heads = dict.fromkeys(key[:depth] for key in keys if len(key) >= depth)
            levels.append({p: i for i, p in enumerate(heads)})
        self._children: list[Any] = []
        self._keys: list[Any] = []
        for depth, prefixes in enumerate(levels, 1):
            count = size if depth == 1 else len(prefixes)
            ends = {prefixes[key]: i for i, key in enumerate(keys) if len(key) == depth}
            found = np.full(count, -1, dtype=np.int64)
            found[list(ends)] = list(ends.values())
            self._keys.append(found)
            if depth < len(levels):
                table = np.full(count * size, -1, dtype=np.int64)
                below = levels[depth]
                table[[prefixes[p[:-1]] * size + number[p[-1]] for p in below]] = list(
                    below.values()
                )
                self._children.append(table)

    def find(self, texts: Sequence[str]) -> tuple[Any, Any]:
        """Two arrays of the same length: for each key found, the index of its text and its
        key's index (in no particular order)."""
        import numpy as np

        joined = "\0".join(texts)  # (NUL is a character like any other: only 0 parts texts)
        points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        chars = self._codes[np.minimum(points, len(self._codes) - 1)]
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)  # each position's text
        chars[np.cumsum(lengths)[:-1] - 1] = 0
        where: list[Any] = []
        which: list[Any] = []
        at = np.flatnonzero(chars)  # where a prefix of one character stands
        state = chars[at]
        n = len(chars)
        for depth, keys in enumerate(self._keys):
            ends = keys[state]
            hit = np.flatnonzero(ends >= 0)
            where.append(at[hit])
            which.append(ends[hit])
            if depth == len(self._children):
                break
            more = at + depth + 1 < n
            at, state = at[more], state[more]
            state = self._children[depth][state * self.size + chars[at + depth + 1]]
            alive = np.flatnonzero(state >= 0)
            at, state = at[alive], state[alive]
        return owner[np.concatenate(where)], np.concatenate(which)

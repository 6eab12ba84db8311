"""The keys under which posts that may merge meet, for :mod:`labourmap.engine.grouping`.

Each key is complete for one reason a pair of posts can merge: every pair that
:func:`~labourmap.engine.cluster.score` merges shares a key (see that module's docstring).
"""

from __future__ import annotations

from labourmap.engine.cluster import IncidentSummary, _pinyin, same_employer
from labourmap.engine.firm_abbrev import number_mark
from labourmap.engine.firm_core import held_names, same_core, trade_name

Cell = tuple[str | None, str | None, str | None]


# -- employers ---------------------------------------------------------------------------------

def employer_marks(name: str) -> set[str]:
    """What an employer name is filed under: itself, its substrings of up to 3 characters, its
    4-character runs, and the romanised 4-grams and head of its Chinese characters (or, for an
    English name, its own 4-grams and head)."""
    marks = {"=" + name}
    marks.update("<" + name[i:j] for i in range(len(name))
                 for j in range(i + 1, min(i + 3, len(name)) + 1))
    marks.update("4" + name[i : i + 4] for i in range(len(name) - 3))
    return marks | _romanised(name) | _numbered(name)


def employer_probes(name: str) -> set[str]:
    """What finds every name :func:`same_employer` holds the same as ``name`` among names filed
    by :func:`employer_marks`: one holding the other (a name of up to 3 characters through
    ``=`` or ``<``, a longer one through a 4-gram), a shared run of 4 characters, or a
    romanised name holding an English one or sharing its head."""
    probes = {"=" + name[i:j] for i in range(len(name))
              for j in range(i + 1, min(i + 3, len(name)) + 1)}
    if len(name) <= 3:
        probes.add("<" + name)
    probes.update("4" + name[i : i + 4] for i in range(len(name) - 3))
    return probes | _romanised(name) | _numbered(name)


def _numbered(name: str) -> set[str]:
    """A numbered firm's first character and number, short name and full alike (中十一:
    ``firm_abbrev``)."""
    mark = None if name.isascii() else number_mark(name)
    return {"n" + mark} if mark else set()


def _romanised(name: str) -> set[str]:
    if name.isascii():
        if len(name) < 4:
            return set()
        return {"p" + name[i : i + 4] for i in range(len(name) - 3)} | {"h" + name[:4]}
    zh = "".join(c for c in name if "\u4e00" <= c <= "\u9fff")
    if len(zh) < 2:
        return set()
    py, head = _pinyin(zh), _pinyin(zh[:2])
    out = {"p" + py[i : i + 4] for i in range(len(py) - 3)}
    if len(head) >= 4:
        out.add("h" + head[:4])
    return out


def employer_neighbours(names: list[str]) -> list[list[int]]:
    """For each name, the indexes of the names :func:`same_employer` holds the same, or that
    share a trade name (:func:`~labourmap.engine.firm_core.same_core`, which the score counts
    in one city only), itself included."""
    filed: dict[str, list[int]] = {}
    out: list[list[int]] = [[i] for i in range(len(names))]
    for i, name in enumerate(names):
        seen: set[int] = set()
        for probe in employer_probes(name):
            seen.update(filed.get(probe, ()))
        own = trade_name(name)
        if own:  # its trade name held in an earlier name
            seen.update(filed.get("c" + own, ()))
        for held in held_names(name):  # an earlier name's trade name held in it
            seen.update(filed.get("t" + held, ()))
        for j in seen:
            if j != i and (same_employer(name, names[j]) or same_core(name, names[j])):
                out[i].append(j)
                out[j].append(i)
        for mark in employer_marks(name):
            filed.setdefault(mark, []).append(i)
        if own:
            filed.setdefault("t" + own, []).append(i)
        for held in held_names(name):
            filed.setdefault("c" + held, []).append(i)
    return out


# -- places ------------------------------------------------------------------------------------

def cell_of(s: IncidentSummary) -> Cell:
    """Province and city: two posts merge only where neither differs (nor their counties,
    which the score checks); the kind is left out, as posts of two kinds may merge."""
    return (None, s.province or None, s.city or None)  # the score compares the kinds


class Cells:
    """The cells of a batch, each with those it is compatible with (in each of kind, province
    and city: the same, or one of the two unknown)."""

    def __init__(self, cells: list[Cell]) -> None:
        self.cells = cells
        self.tree: dict = {}
        for i, cell in enumerate(cells):
            level = self.tree
            for value in cell[:-1]:
                level = level.setdefault(value, {})
            level.setdefault(cell[-1], []).append(i)
        self._compatible: dict[int, frozenset[int]] = {}

    def compatible(self, cell: int) -> frozenset[int]:
        found = self._compatible.get(cell)
        if found is None:
            out: list[int] = []
            self._walk(self.tree, self.cells[cell], 0, out)
            found = self._compatible[cell] = frozenset(out)
        return found

    def _walk(self, level: dict, cell: Cell, depth: int, out: list[int]) -> None:
        value = cell[depth]
        if value is None:
            children = list(level.values())
        else:
            children = [c for c in (level.get(value), level.get(None)) if c]
        for child in children:
            if depth == 2:
                out.extend(child)
            else:
                self._walk(child, cell, depth + 1, out)


# -- texts -------------------------------------------------------------------------------------

def prefix_length(size: int) -> int:
    """How many of a text's rarest 3-grams hold one it shares with every text at least
    :data:`NEAR_DUPLICATE` (3/5) alike: ``size - ceil(3 * size / 5) + 1``.

    Two texts of ``a`` and ``b`` 3-grams that alike share ``ceil(3 * (a + b) / 8)`` of them at
    least; in one global order, the first ``a - k + 1`` of one and ``b - k + 1`` of the other
    then share one (prefix filtering). The other text has ``3 * a / 5`` 3-grams at least."""
    return size - (3 * size + 4) // 5 + 1


def short_prefix_length(size: int) -> int:
    """As :func:`prefix_length`, enough towards texts at least as long: those share
    ``ceil(3 * size / 4)`` 3-grams at least, so ``size - ceil(3 * size / 4) + 1``."""
    return size - (3 * size + 3) // 4 + 1

"""Name indexes over the stored rows: Chinese full and short names, English keys, aliases.

Built on the first search, not at load (the store only needs codes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from labourmap.places.model import TOWN_LEVEL_INDEX
from labourmap.places.names import COMMON_WORD_SHORTS, en_key, short_name, split_en, split_name

Index = dict[str, list[str]]


def _add(index: Index, key: str, code: str) -> None:
    if key:
        index.setdefault(key, []).append(code)


class NameIndex:
    """Codes by name. ``kind_of`` answers whether a code's unit fits an English suffix."""

    def __init__(self, rows: Iterable[list[Any]]) -> None:
        self.full: Index = {}  # 朝阳区, and alias names (盘县)
        self.short: Index = {}  # 朝阳 (not townships)
        self.short_town: Index = {}
        self.en_full: Index = {}  # chaoyangdistrict
        self.en_stem: Index = {}  # chaoyang (not townships)
        self.en_stem_town: Index = {}
        for (code, name, short, _en, key_full, key_stem, level_i, _parent, _lat, _lon, _src,
             aliases, alias_keys) in rows:
            town = level_i == TOWN_LEVEL_INDEX
            _add(self.full, name, code)
            if short != name:
                _add(self.short_town if town else self.short, short, code)
            _add(self.en_full, key_full, code)
            _add(self.en_stem_town if town else self.en_stem, key_stem, code)
            for alias in aliases:
                if not alias.isdigit():
                    _add(self.full, alias, code)
            for key in alias_keys:
                _add(self.en_full, key, code)

    def chinese(self, query: str, towns: bool) -> list[str]:
        """Full name (or old name) first; failing that the short name, unless it is bare and
        an everyday word; a wrong suffix (任丘县) still finds the one unit of that stem."""
        codes = list(self.full.get(query, []))
        if codes:
            return codes
        short = short_name(query)
        if split_name(query).suffix == "" and short in COMMON_WORD_SHORTS:
            return []
        codes = list(self.short.get(short, []))
        if towns:
            codes += self.short_town.get(short, [])
        if short != query:
            codes += self.full.get(short, [])
        return codes

    def english(self, query: str, towns: bool) -> tuple[list[str], list[str], str | None]:
        """(codes matching the whole name, codes matching the stem, the suffix's kind)."""
        whole = list(self.en_full.get(en_key(query), []))
        key, kind = split_en(query)
        stems = list(self.en_stem.get(key, []))
        if towns:
            stems += self.en_stem_town.get(key, [])
        return whole, stems, kind

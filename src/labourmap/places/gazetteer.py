"""The gazetteer: China's divisions by code and by name, and how they nest.

Loaded once from the generated ``data/gazetteer.json.gz`` (``python -m
labourmap.places.build``, run by ``make``) by :func:`get_gazetteer`.

What counts as the *city* of a unit (:meth:`Gazetteer.city_of`), as the codebook means it:

* a prefecture-level unit is its own city; so is a municipality (北京 110000 is province and city
  at once) and a special administrative region (香港 810000);
* a county-level unit's city is its prefecture (任丘市 130982 -> 沧州市 130900) or, in a
  municipality, the municipality (朝阳区 110105 -> 110000);
* a county-level unit that a province administers directly (济源市 419001, 仙桃市 429004,
  Hainan's 469xxx, Xinjiang's 659xxx) is its own city: it has no prefecture and is reported
  and governed as a city. (Its NBS grouping code, 419000 …, resolves to the province.)
* a township's city is its county's.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from labourmap.errors import LabourmapError
from labourmap.places.index import NameIndex
from labourmap.places.model import (
    COUNTY,
    LEVELS,
    MUNICIPALITIES,
    NOT_MAINLAND,
    PREFECTURE,
    PROVINCE,
    SARS,
    TOWN,
    TOWN_LEVEL_INDEX,
    Division,
)
from labourmap.places.names import is_han

DATA_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.json.gz"
FORMAT = 2  # of the data file; the build writes the same number
_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}


class GazetteerMissing(LabourmapError):
    """The generated gazetteer file is not there (or is of another format)."""

    code = "gazetteer_missing"
    http_status = 503


class Gazetteer:
    """Look-ups over the divisions; build one with :meth:`load` or :func:`get_gazetteer`.

    The 3,300-odd units above townships are made at load; the 41,000 townships and the name
    indexes only when first asked for, so that loading stays well under a third of a second.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.meta = {k: v for k, v in data.items() if k != "units"}
        self._rows: list[list[Any]] = data["units"]
        self._by_code: dict[str, Division] = {}
        self._town_rows: dict[str, list[Any]] = {}
        self._alias_code: dict[str, str] = {}
        self._alias_names: list[tuple[str, str]] = []
        self._children: dict[str, list[str]] = {}
        self._town_children: dict[str, list[str]] | None = None
        self._index: NameIndex | None = None
        for row in self._rows:
            if row[6] == TOWN_LEVEL_INDEX:
                self._town_rows[row[0]] = row
            else:
                self._add_unit(row)

    def _division(self, row: list[Any]) -> Division:
        (code, name, short, name_en, _kf, _ks, level_i, parent, lat, lon, source,
         aliases, _ak) = row
        inherited = lat is None
        if inherited:  # the parent's point; parents sort (and load) before their children
            up = self._by_code.get(parent) or self._town(parent)
            lat, lon = (up.lat, up.lon) if up else (None, None)
        return Division(code, name, short, name_en, LEVELS[level_i], parent or None, lat, lon,
                        inherited, code[:2] not in NOT_MAINLAND, tuple(aliases), source)

    def _add_unit(self, row: list[Any]) -> None:
        div = self._division(row)
        self._by_code[div.code] = div
        if div.parent:
            self._children.setdefault(div.parent, []).append(div.code)
        for alias in div.aliases:
            if alias.isdigit():
                self._alias_code[alias] = div.code
            else:
                self._alias_names.append((alias, div.code))

    def _town(self, code: str) -> Division | None:
        row = self._town_rows.get(code)
        if row is None:
            return None
        div = self._division(row)
        self._by_code[code] = div
        return div

    def _get(self, code: str) -> Division:
        div = self._by_code.get(code) or self._town(code)
        assert div is not None, code
        return div

    @property
    def _names(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex(self._rows)
        return self._index

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> Gazetteer:
        try:
            with gzip.open(path, "rb") as fh:
                data = json.loads(fh.read())
        except FileNotFoundError:
            raise GazetteerMissing(
                f"the gazetteer data file {path} is missing: run `make` "
                "(or `python -m labourmap.places.build`) to build it") from None
        if data.get("format") != FORMAT:
            raise GazetteerMissing(f"{path} is of another format: rebuild it with "
                                   "`make` (or `python -m labourmap.places.build`)")
        return cls(data)

    # -- single units --------------------------------------------------------------------

    def get(self, code: str) -> Division | None:
        """The unit of a 6-digit (or 9-digit township) code; an abolished code gives the
        unit that succeeded or now contains it."""
        code = str(code).strip()
        div = self._by_code.get(code) or self._town(code)
        if div is None and code in self._alias_code:
            div = self._by_code[self._alias_code[code]]
        return div

    def point(self, code: str) -> tuple[float, float] | None:
        """(lat, lon) of the unit's representative point."""
        div = self.get(code)
        return (div.lat, div.lon) if div else None

    def parent(self, code: str) -> Division | None:
        div = self.get(code)
        return self._get(div.parent) if div and div.parent else None

    def children(self, code: str) -> list[Division]:
        """The units directly under this one (a county's are its townships)."""
        div = self.get(code)
        if div is None:
            return []
        if self._town_children is None:
            self._town_children = {}
            for town, row in self._town_rows.items():
                self._town_children.setdefault(row[7], []).append(town)
        codes = self._children.get(div.code, []) + self._town_children.get(div.code, [])
        return [self._get(c) for c in codes]

    def ancestors(self, code: str) -> list[Division]:
        """The unit's parents, nearest first."""
        out: list[Division] = []
        div = self.parent(code)
        while div is not None:
            out.append(div)
            div = self._get(div.parent) if div.parent else None
        return out

    def province_of(self, code: str) -> Division | None:
        div = self.get(code)
        if div is None:
            return None
        chain = [div, *self.ancestors(div.code)]
        return chain[-1] if chain[-1].level == PROVINCE else None

    def city_of(self, code: str) -> Division | None:
        """The prefecture-level unit (see the module's doc for municipalities and the
        province-administered county-level units); None for a province."""
        div = self.get(code)
        while div is not None and div.level == TOWN:
            div = self.parent(div.code)
        if div is None:
            return None
        if div.level == PROVINCE:
            return div if div.code in MUNICIPALITIES or div.code in SARS else None
        if div.level == PREFECTURE:
            return div
        up = self.parent(div.code)
        if up is None:
            return None
        if up.level == PREFECTURE or up.code in MUNICIPALITIES or up.code in SARS:
            return up
        return div  # administered by the province directly: 济源市 419001

    def all(self, level: str | None = None) -> Iterator[Division]:
        """Every unit (of one level), in code order."""
        if level is not None and level not in _RANK:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
        for row in self._rows:
            if level is None or LEVELS[row[6]] == level:
                yield self._get(row[0])

    def units_and_towns(self) -> Iterator[Division | tuple[str, str]]:
        """Every unit in code order, as :meth:`all` gives them, but a township as its (code,
        name) only: the 41,000 townships are not made into divisions (a tenth of a second)."""
        by_code = self._by_code
        for row in self._rows:
            if row[6] == TOWN_LEVEL_INDEX:
                div = by_code.get(row[0])
                yield div if div is not None else (row[0], row[1])
            else:
                yield by_code[row[0]]

    def aliases(self) -> Iterator[tuple[str, Division]]:
        """(old or alternative name, the unit it means): 盘县 -> 盘州市, 恩施州 -> 恩施土家族苗族
        自治州. Codes are not included (``get`` resolves them)."""
        for name, code in self._alias_names:
            yield name, self._by_code[code]

    def __len__(self) -> int:
        return len(self._rows)

    # -- search --------------------------------------------------------------------------

    def search(self, name: str, *, within: str | None = None,
               levels: set[str] | None = None) -> list[Division]:
        """Every unit the name can mean — never a guess between them.

        ``name`` is a code, a Chinese name with or without its suffix (任丘市, 任丘; an old
        name such as 盘县 gives its successor) or an English name, any case, with or
        without City/District/County/Province … (Renqiu, renqiu city, Bao'an District). A bare
        Chinese short name that is also an everyday word (和平, 光明, 东方 …) matches only with
        its suffix; townships match by full name, or by short name when ``levels`` asks for
        townships. ``within`` keeps the units under (or equal to) that code.
        """
        query = " ".join(str(name).split())
        if not query:
            return []
        towns = levels is not None and TOWN in levels
        if query.isdigit():
            div = self.get(query)
            codes = [div.code] if div else []
        elif is_han(query):
            codes = self._names.chinese(query.replace(" ", ""), towns)
        else:
            whole, stems, kind = self._names.english(query, towns)
            codes = whole + [c for c in stems if kind is None or _is_kind(self._get(c), kind)]
        return self._filter(codes, within, levels)

    def _filter(self, codes: Iterable[str], within: str | None,
                levels: set[str] | None) -> list[Division]:
        scope = self.get(within) if within else None
        if within and scope is None:
            return []
        out: dict[str, Division] = {}
        for code in codes:
            div = self._get(code)
            if levels is not None and div.level not in levels:
                continue
            if scope is not None and div.code != scope.code and \
                    scope.code not in {a.code for a in self.ancestors(div.code)}:
                continue
            out[div.code] = div
        return sorted(out.values(), key=lambda d: (_RANK[d.level], d.code))

    # -- validation ----------------------------------------------------------------------

    def check_hierarchy(self, province: str | None, city: str | None,
                        county: str | None) -> list[str]:
        """Human-readable problems with a (province, city, county) triple; [] when it fits."""
        problems: list[str] = []
        found: dict[str, Division] = {}
        for role, code in (("province", province), ("city", city), ("county", county)):
            if not code:
                continue
            div = self.get(code)
            if div is None:
                problems.append(f"{role} {code} is not a known division code")
            else:
                found[role] = div
        prov, cty, cnty = found.get("province"), found.get("city"), found.get("county")
        if prov is not None and prov.level != PROVINCE:
            problems.append(f"province {province} is {_a(prov)}, not a province-level unit")
            prov = None
        if cty is not None and self.city_of(cty.code) != cty and not (
                cty.level == PROVINCE and cnty is not None and cnty.parent == cty.code):
            problems.append(f"city {city} is {_a(cty)}, not a prefecture-level city")
            cty = None
        # a prefecture without counties (东莞市, 中山市, 儋州市, 嘉峪关市) is its own county
        county_level = cnty is not None and (cnty.level == COUNTY or (
            cnty.level == PREFECTURE and not self._children.get(cnty.code)))
        if cnty is not None and not county_level:
            problems.append(f"county {county} is {_a(cnty)}, not a county-level unit")
            cnty = None
        if cty is not None and prov is not None and self.province_of(cty.code) != prov:
            problems.append(f"city {city} ({cty.name_zh}) is not in province {province} "
                            f"({prov.name_zh})")
        if cnty is not None and cty is not None:
            home = self.city_of(cnty.code)
            if cty != home and cty.code != cnty.parent:
                where = f"{home.name_zh} {home.code}" if home else "no city"
                problems.append(f"county {county} ({cnty.name_zh}) is not in city {city} "
                                f"({cty.name_zh}); it is in {where}")
        elif cnty is not None and prov is not None and self.province_of(cnty.code) != prov:
            problems.append(f"county {county} ({cnty.name_zh}) is not in province {province} "
                            f"({prov.name_zh})")
        return problems


def _is_kind(div: Division, kind: str) -> bool:
    """Does the unit fit what an English suffix said (see ``names.EN_SUFFIX_KIND``)?"""
    if kind in (PROVINCE, PREFECTURE):
        return div.level == kind
    if kind == "municipality":
        return div.code in MUNICIPALITIES
    if kind == "sar":
        return div.code in SARS
    return div.name_zh.endswith(kind) or (kind == "乡" and div.name_zh.endswith("苏木"))


def _a(div: Division | None) -> str:
    if div is None:
        return "unknown"
    article = "an" if div.level[0] in "aeiou" else "a"
    return f"{article} {div.level}-level unit ({div.name_zh})"


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use and kept; GazetteerMissing if it was never built."""
    return Gazetteer.load(DATA_FILE)

"""One administrative division, as the rest of labourmap sees it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

PROVINCE: Final = "province"
PREFECTURE: Final = "prefecture"
COUNTY: Final = "county"
TOWN: Final = "town"
LEVELS: Final = (PROVINCE, PREFECTURE, COUNTY, TOWN)
TOWN_LEVEL_INDEX: Final = 3

# GB/T 2260 gives these a province-level code only; the maps cover the mainland.
NOT_MAINLAND: Final = frozenset({"71", "81", "82"})
MUNICIPALITIES: Final = frozenset({"110000", "120000", "310000", "500000"})
SARS: Final = frozenset({"810000", "820000"})


@dataclass(frozen=True, slots=True)
class Division:
    """A province-, prefecture-, county- or township-level unit.

    ``code`` is the six-digit GB/T 2260 code (nine digits for a township-level unit, the
    statistical code of the National Bureau of Statistics). ``lat``/``lon`` are a
    representative point; ``point_inherited`` says the point is the parent's, because the
    sources have none of the unit's own (every township-level unit, a few new counties).
    ``point_source`` says where the point comes from. ``aliases`` holds the codes and names
    of abolished or renamed units that now resolve to this one.
    """

    code: str
    name_zh: str
    short_zh: str
    name_en: str
    level: str
    parent: str | None
    lat: float
    lon: float
    point_inherited: bool
    mainland: bool
    aliases: tuple[str, ...] = ()
    point_source: str = ""

    @property
    def point(self) -> tuple[float, float]:
        return (self.lat, self.lon)

    def label(self) -> str:
        return f"{self.name_zh} {self.name_en} ({self.code})"

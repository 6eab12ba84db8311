"""Build-time: which current unit each abolished or renamed unit of the old table became.

The old table (cpca 0.5.5, about 2016) against the current units gives every code whose unit
was abolished or renumbered, and every code whose name changed. For a code that is gone:

1. the same name now under another code in the same province (定州市 139001 -> 130682);
2. else a *new* unit (a code absent from the old table, or renamed) of the same province whose
   name starts with the old stem (盘县 -> 盘州市, 神木县 -> 神木市, 莱芜市 -> 莱芜区), functional
   zones (xxxx7x) excepted; when the
   stem is one character, or several units match, only candidates in the same prefecture count;
3. else no successor can be named (a unit split or merged: 江干区, 邯郸县): the code resolves to
   the smallest current unit that certainly contains it — its prefecture, else its province.

Cases 1 and 2 are *successors* (their point is a fair point for the new unit); case 3 is
*containment*. Generic names (市辖区, 城区, 郊区 …) never become alias names, only alias codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from labourmap.places.names import split_name
from labourmap.places.sources import CodeRow

GENERIC_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划",
                           "城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区"})


@dataclass
class Succession:
    target: dict[str, str] = field(default_factory=dict)  # old code -> current code
    successor: dict[str, bool] = field(default_factory=dict)  # old code -> matched by name?
    old_names: dict[str, list[str]] = field(default_factory=dict)  # current code -> names

    def add_name(self, code: str, name: str) -> None:
        names = self.old_names.setdefault(code, [])
        if name not in GENERIC_NAMES and name not in names:
            names.append(name)


def _old_level(code: str) -> int:
    if code.endswith("0000"):
        return 0
    return 1 if code.endswith("00") else 2


def _prefecture_key(code: str) -> str:
    return code[:2] if code[:2] in ("11", "12", "31", "50") else code[:4]


def derive(old: Mapping[str, CodeRow], current: Mapping[str, tuple[str, int]],
           pseudo: Mapping[str, str]) -> Succession:
    """``current``: code -> (name, level 0/1/2) of the current units above townships;
    ``pseudo``: codes that are groupings, not units (110100 市辖区 …) -> the unit they mean."""
    out = Succession()
    for code, target in pseudo.items():
        out.target[code] = target
        out.successor[code] = False
    # functional zones (xxxx7x) succeed no county: 芜湖县 did not become 芜湖经济技术开发区
    new_codes = {c for c, (name, level) in current.items()
                 if (c not in old or old[c].name != name) and not (level == 2 and c[4] == "7")}
    for code, (name, _) in sorted(current.items()):
        if code in old and old[code].name != name:
            out.add_name(code, old[code].name)  # renamed in place: 桥东区 130502 -> 襄都区

    def resolve(code: str) -> str | None:
        return code if code in current else out.target.get(code)

    gone = sorted((c for c in old if c not in current and c not in out.target),
                  key=lambda c: (_old_level(c), c))
    for code in gone:
        name = old[code].name
        found = None if name in GENERIC_NAMES else _successor(code, name, current, new_codes)
        if found is None:
            prefecture = code[:4] + "00"
            found = (resolve(prefecture) if prefecture != code else None) \
                or resolve(code[:2] + "0000")
            if found is None:
                continue
            out.successor[code] = False
        else:
            out.successor[code] = True
        out.target[code] = found
        out.add_name(found, name)
    return out


def _successor(code: str, name: str, current: Mapping[str, tuple[str, int]],
               new_codes: set[str]) -> str | None:
    level = _old_level(code)
    same_province = [c for c in new_codes if c[:2] == code[:2] and current[c][1] >= level]
    exact = [c for c in same_province if current[c][0] == name]
    if len(exact) == 1:
        return exact[0]
    stem = split_name(name).stem
    starts = sorted(c for c in same_province if current[c][0].startswith(stem))
    if len(starts) == 1 and len(stem) >= 2:
        return starts[0]
    local = [c for c in starts if _prefecture_key(c) == _prefecture_key(code)]
    if len(local) == 1:
        return local[0]
    return None

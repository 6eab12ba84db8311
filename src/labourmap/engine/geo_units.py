"""How :mod:`labourmap.engine.geo` reads a name by the unit above it: a township whose name
begins with its county's names the county too (昆山开发区), and a county or city whose short
name is an everyday word (南海, 中山) counts only after its own city or province (佛山南海), or
as a whole hashtag that names no topic (#南海#, not #公安#), or where a word of place follows
one such name that posts mean one district by (宝山这边: Shanghai's). With flags that tell, from a
name's readings alone, whether a post needs these steps at all."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from labourmap.engine.geo_context import Mention
from labourmap.engine.placenames import HASHTAG_COMMON, KNOWN_COMMON, Entry
from labourmap.places import Gazetteer

# what a name found may hold: an everyday word's reading, a township's; or it stands before
# an estate's word (莲花小区)
COMMON, TOWN, ESTATE = 1, 2, 4


def name_flags(entries: Iterable[Entry]) -> int:
    """Whether a name's readings hold an everyday word's (COMMON) or a township's (TOWN)."""
    flags = 0
    for e in entries:
        flags |= (COMMON if e.form == "common" else 0) | (TOWN if e.level == "town" else 0)
    return flags


def town_heads(gz: Gazetteer, norm: str, kept: list[Mention]) -> list[Mention]:
    """A township whose name starts with its county's name (昆山开发区) names the county
    too."""
    out: list[Mention] = []
    for m in kept:
        out.append(m)
        if not all(e.level == "town" for e in m.entries):
            continue
        key = norm[m.start : m.end]
        heads: dict[int, list[Entry]] = {}
        for e in m.entries:
            county = gz.parent(e.code)
            if county is None or county.level != "county":
                continue
            for name, form in ((county.name_zh, "full"), (county.short_zh, "short")):
                if name and len(name) >= 2 and key.startswith(name) and len(key) > len(name):
                    heads.setdefault(len(name), []).append(Entry(county.code, "county", form))
                    break
        if len(heads) == 1:
            ((size, entries),) = heads.items()
            out.append(Mention(m.start, m.start + size, entries, m.weight))
    return out


def common_after_parent(
    norm: str,
    kept: list[Mention],
    chain: Callable[[str], tuple[str | None, str | None, str | None]],
) -> list[Mention]:
    """A county or city whose short name is an everyday word (南海, 中山) counts only right
    after its own city or province (佛山南海, 广东中山), or as a whole hashtag where one unit
    bears it and it names no topic (#南海#, not #公安#). ``chain`` gives a unit's province,
    city and county codes. So does one run into a place it holds (永安大湖镇, 中山小榄镇: places
    are written from the larger to the smaller)."""
    out: list[Mention] = []
    for i, m in enumerate(kept):
        if any(e.form == "common" for e in m.entries):
            if (
                norm[m.start : m.end] in HASHTAG_COMMON
                and len(m.entries) == 1
                and norm[m.start - 1 : m.start] == "#"
                and norm[m.end : m.end + 1] == "#"
            ):
                out.append(m)
                continue
            known = KNOWN_COMMON.get(norm[m.start : m.end])
            if known is not None and norm.startswith(known[1], m.end):
                m.entries = [Entry(known[0], "county", "short")]  # 宝山这边: Shanghai's
                out.append(m)
                continue
            prev = out[-1] if out and out[-1].end == m.start else None
            parents = {e.code for e in prev.entries} if prev else set()
            nxt = kept[i + 1] if i + 1 < len(kept) and kept[i + 1].start == m.end else None
            m.entries = [
                e
                for e in m.entries
                if e.form != "common"
                or chain(e.code)[1 if e.level == "county" else 0] in parents
                or (nxt is not None and _holds_next(e, nxt, chain))
            ]
            if not m.entries:
                continue
        out.append(m)
    return out


def _holds_next(
    e: Entry,
    nxt: Mention,
    chain: Callable[[str], tuple[str | None, str | None, str | None]],
) -> bool:
    """Whether the place named right after (a township, or a county of a city) lies in ``e``."""
    for x in nxt.entries:
        county = x.code[:6] if len(x.code) > 6 else x.code  # (a township's code begins with its county's)
        if x.code == e.code or not county.isdigit():
            continue
        if county == e.code or (e.level == "prefecture" and chain(county)[1] == e.code):
            return True
    return False


def run_on_names(
    kept: list[Mention],
    within: Callable[[str, str], bool],
    ascii_at: Callable[[Mention], bool],
) -> list[Mention]:
    """Places are written from the larger to the smaller (湖北武汉江夏): a unit's short name run
    on right after another place's name, neither within it nor around it, begins another name
    — 武汉市东湖风景区 (no 东湖区 of Nanchang), 宝安朝阳电子 (a firm's name, no 朝阳 of Liaoning),
    木孔镇湖南某集团 and 周市镇武汉某公司 (a firm's name after the township it stands in).
    ``within(code, parent)`` says whether a unit lies in another; ``ascii_at`` whether a
    mention is written in Latin letters (to which this reading does not apply)."""
    out: list[Mention] = []
    for m in kept:
        prev = out[-1] if out and out[-1].end == m.start else None
        if (
            prev is not None
            and not ascii_at(m)
            and m.entries
            and all(e.form == "short" and e.level in ("province", "prefecture", "county")
                    for e in m.entries)
            and prev.entries
            and all(e.form != "abroad" for e in prev.entries)
        ):
            related = any(
                within(e.code, p.code) or within(p.code, e.code)
                for e in m.entries
                for p in prev.entries
                if e.code and p.code
            )
            if not related:
                continue
        out.append(m)
    return out


"""Places named in a post, resolved to province, city and county codes with the project's
gazetteer (``labourmap.places``).

One Aho-Corasick automaton, built once, holds every unit's full name, its short name (where
it is at least two characters and not an everyday word), old names, township names and
English names, as :mod:`labourmap.engine.placenames` lists them. A match is kept when its
context says it is a place:

1. a full name (宝安区, 登封市) or an English name is kept as it stands;
2. a short name (宝安, 海宁) needs place-like surroundings — text start, punctuation, a
   preposition (在, 到) or another place just before, or 的/市/一家/厂 or another place
   just after — and must not follow a surname (王海东 is a person, not 海东市);
3. a street (重庆路, Baiyin Road) and an ownership adjective (Hong Kong-owned) are no places;
4. a name several units share (朝阳区, 鼓楼区) needs its city or province mentioned, else it
   gives only what all its readings share;
5. a place of origin (来自…, …老家) or of a head office (总部在…, "based in") counts for little
   beside where the event happened; an English place at the head of a firm's name (Wuhan
   Dingtai Optoelectronics) counts not at all beside another city or county, and alone gives
   no county; a place where the hurt were taken (送到武汉, 转往苏州) or where a firm would move
   (搬去南沙) counts as little as an origin, a dateline (YINCHUAN - …) a little less than the
   story's places;
6. a short name after a county's full name and before a firm's word is part of the firm's name
   (镇雄县平顶山煤业), the ends of a route are no place (Hechuan-Changshou expressway), nor is
   资 after an ownership word (台资中荣), nor the capital as a threatened trip (就去北京上访);
   a township named after its county (昆山开发区) names the county too.

The event's province is the one named most (a tie goes to one named by more than a county's
bare short name, then to the first named; two provinces each named once side by side, 重庆、四川,
give none); then its city and county, each consistent with what was chosen above it (a county
named in a list with another, 金安区、裕安区, is neither). Townships (and a township's stem
right after its unit, 湖州织里: :mod:`labourmap.engine.geo_towns`) go to ``place`` as text;
where no unit is named, a township no other one bears gives them.

7. a short name split from a word of time (今天全厂: no 天全), a county's short name run on after
   a township's (三乡镇平南工业区), a pinyin surname before a given name (Zhong Guangwei), and a
   country that is a firm's nationality or a trip's end (西班牙企业, 日本之行) are no places; a
   post that names only where its workers come from (我是四川资阳人) gives none.

8. a city's name whose 市 begins one of its districts' names both (青岛市南区: 青岛, 市南区); a
   short name before an estate's word (莲花小区), and one run into it that is not its parent
   (丽水莲花小区), name an estate; a short name before a trade's word (海棠陶瓷) is a brand and
   counts as a firm's name does.

9. a short name run on after a place it neither lies in nor holds begins another name (武汉市东湖
   风景区, 宝安朝阳电子); a place before a disaster (北京暴雨) or a firm ("a Jiangsu contractor")
   counts as little as a landmark; a list of places told beside another place is none of them; a
   name several districts share that one of them is known by (朝阳区, 铁西) is that one alone.

Rules 1-3, 6, most of 7 and 8 are read by :mod:`labourmap.engine.geo_context`. The automaton is
searched as :mod:`labourmap.engine.automaton` explains (for speed only).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from labourmap.engine import geo_prebuilt as prebuilt
from labourmap.engine.abroad_ties import abroad_weight, people_abroad
from labourmap.engine.automaton import Automaton
from labourmap.engine.firm_homes import weigh_asides
from labourmap.engine.geo_context import (
    Mention,
    after_abroad,
    after_town,
    compound_heads,
    in_firm_names,
    is_ascii_word,
    keep,
    origin_lists,
    told_origins,
)
from labourmap.engine.geo_towns import TownStems, town_stems
from labourmap.engine.geo_units import (
    COMMON,
    ESTATE,
    TOWN,
    common_after_parent,
    name_flags,
    run_on_names,
    town_heads,
)
from labourmap.engine.geo_votes import (
    dateline,
    heads_firm,
    list_members,
    listed,
    migrant_homes,
    other_events,
    paired,
    person_named,
    province_votes,
    side_by_side,
)
from labourmap.engine.level_words import by_level_word
from labourmap.engine.matcher import automaton
from labourmap.engine.model import Found, Span
from labourmap.engine.placenames import COMPOUND, OWNERSHIP_HEAD, PROMINENT, Entry, name_keys
from labourmap.places import Gazetteer, get_gazetteer
from labourmap.places.gazetteer import DATA_FILE

_RANK = {"province": 0, "prefecture": 1, "county": 2, "town": 3}
# the automaton, the names ending in an ownership word's head, the townships' stems and the
# cities whose 市 begins a district's name: what PlaceIndex reads, saved as one
Tables = tuple[Automaton, dict[str, list[Entry]], TownStems, dict[str, list[tuple[str, Entry]]]]


@dataclass
class Location:
    province: Found | None = None
    city: Found | None = None
    county: Found | None = None
    place: Found | None = None
    outside: Found | None = None  # evidence that the event is outside the mainland
    mentions: list[Mention] = field(default_factory=list)


class PlaceIndex:
    """The gazetteer as an automaton over names, and the rules that read a post's places."""

    def __init__(self, gz: Gazetteer, tables: Tables | None = None) -> None:
        self.gz = gz
        self._chains: dict[str, tuple[str | None, str | None, str | None]] = {}
        self._ancestors: dict[str, frozenset[tuple[str, str]]] = {}
        # (the same tables either way: saved ones are used only where their fingerprint matches
        # the gazetteer and the code they came from, see labourmap.engine.geo_prebuilt)
        self._auto, self._owned, self._stems, self._shi = tables or self.tables(gz)

    @classmethod
    def tables(cls, gz: Gazetteer, early: list[str] | None = None) -> Tables:
        """What the index reads, made from the gazetteer (about half a second): the automaton
        over every name (``early``: the lexicon's letters, met early in posts), the names that
        end in an ownership word's first character (东莞港 of 东莞港资) with what they mean
        without it, the townships' stems, and the cities whose 市 begins a district's name."""
        keys = name_keys(gz)
        owned = {
            key: list(keys[key[:-1]])
            for key in keys
            if key[-1] in OWNERSHIP_HEAD and len(key) > 2 and key[:-1] in keys
        }
        auto = Automaton(
            (
                (key, (len(key), tuple(entries), key.isascii(), name_flags(entries)))
                for key, entries in keys.items()
            ),
            early=prebuilt.vocabulary() if early is None else early,
        )
        # 青岛市南区: a city's full name whose 市 begins one of its districts' (市南区, 市中区)
        shi: dict[str, list[tuple[str, Entry]]] = {}
        for div in gz.all("county"):
            if div.name_zh[0] == "市":
                city = gz.parent(div.code)
                if city is not None and city.name_zh.endswith("市"):
                    shi.setdefault(city.name_zh, []).append(
                        (div.name_zh, Entry(div.code, "county", "full"))
                    )
        return auto, owned, TownStems(gz), shi

    # -- finding -----------------------------------------------------------------------

    def scan(self, norm: str) -> list[tuple[int, Any]]:
        return list(self._auto.iter_long(norm))

    def mentions(self, norm: str, found: Iterable[tuple[int, Any]] | None = None) -> list[Mention]:
        if found is None:  # (else what scan found in norm, read before)
            found = self._auto.iter_long(norm)
        chosen: list[Mention] = []
        n = len(norm)
        flags = 0  # what the names found may hold: an everyday word's reading, a township
        split = 0  # the end of a district split from its city's name (青岛市南区)
        for end_idx, (length, entries, ascii_key, named) in found:
            start, end = end_idx - length + 1, end_idx + 1
            if ascii_key and (
                (start > 0 and is_ascii_word(norm[start - 1]))
                or (end < n and is_ascii_word(norm[end]))
            ):
                continue
            if end < n and norm[end] == "资" and norm[start:end] in self._owned:
                end -= 1  # 东莞港资厂: 港 begins 港资 (Hong Kong-owned), the place is 东莞
                entries = self._owned[norm[start : end + 1]]
                named = name_flags(entries)
            if start < split:
                continue
            flags |= named
            if norm[end - 1] == "市" and (heads := self._shi.get(norm[start:end])):
                district = next((h for h in heads if norm.startswith(h[0], end - 1)), None)
                if district is not None:
                    split = end - 1 + len(district[0])
                    chosen.append(Mention(start, end - 1, list(entries)))
                    chosen.append(Mention(end - 1, split, [district[1]]))
                    continue
            if norm.startswith(COMPOUND, end):
                flags |= ESTATE
            chosen.append(Mention(start, end, list(entries)))
        starts = {m.start for m in chosen}
        ends = {m.end for m in chosen}
        stems = self._stems.after(norm, chosen)  # 湖州织里: a township's stem after its unit
        joined = starts | {t.start for _, t in stems}  # (made once: keep only reads it)
        kept = [m for m in (keep(norm, m, joined, ends) for m in chosen) if m is not None]
        if stems:
            kept = sorted(kept + town_stems(stems, kept, starts), key=lambda m: m.start)
        if flags & COMMON:  # (with none, each of these steps keeps every mention as it is)
            kept = common_after_parent(norm, kept, self.chain)
        kept = in_firm_names(norm, kept)
        if flags & ESTATE:
            kept = compound_heads(norm, chosen, kept, self._within)
        if flags & TOWN:
            kept = after_town(town_heads(self.gz, norm, kept))
        kept = people_abroad(norm, after_abroad(kept))
        if len(kept) > 1:
            kept = run_on_names(kept, self._holds, lambda m: norm[m.start : m.end].isascii())
        migrant_homes(norm, kept)
        origin_lists(norm, kept)
        told_origins(norm, kept)
        weigh_asides(norm, kept, self._within)
        return kept

    # -- resolving ---------------------------------------------------------------------

    def chain(self, code: str) -> tuple[str | None, str | None, str | None]:
        """A unit's (province, city, county) codes, worked out once per code."""
        if code not in self._chains:
            self._chains[code] = self._make_chain(code)
        return self._chains[code]

    def _make_chain(self, code: str) -> tuple[str | None, str | None, str | None]:
        div = self.gz.get(code)
        if div is None:
            return None, None, None
        prov = self.gz.province_of(code)
        city = self.gz.city_of(code)
        county = code if div.level == "county" else None
        return (prov.code if prov else None, city.code if city else None, county)

    def resolve(self, norm: str, text: str, mentions: list[Mention] | None = None) -> Location:
        loc = Location(mentions=self.mentions(norm) if mentions is None else mentions)
        if loc.mentions and text[:1].isupper() and text[:2].isascii():
            dateline(text, loc.mentions)
        if loc.mentions and (
            "latest" in norm or "wake of" in norm or "similar to" in norm or "echoing" in norm
        ):
            other_events(norm, loc.mentions)
        if norm.isascii() or any(norm[m.start : m.end].isascii() for m in loc.mentions):
            loc.mentions = [  # Zhong Guangwei: a person, not 忠县
                m
                for m in loc.mentions
                if not norm[m.start : m.end].isascii() or not person_named(text, m)
            ]
        firms = {
            m.start for m in loc.mentions if norm[m.start : m.end].isascii() and heads_firm(text, m)
        }
        units = [
            m
            for m in loc.mentions
            if any(e.level not in ("town", "abroad") and e.form != "abroad" for e in m.entries)
        ]
        # Suzhou Meinaike Electronics in Wujiang: the firm's home still tells which Wujiang
        codes_named = {e.code for m in units for e in m.entries if e.form != "abroad"}
        if firms and any(
            m.start not in firms and all(e.level != "province" for e in m.entries) for m in units
        ):
            units = [m for m in units if m.start not in firms]  # the firm's home is not the place
        for m in units:
            if m.start in firms:
                m.weight = min(m.weight, 0.4)
        abroad = [m for m in loc.mentions if any(e.form == "abroad" for e in m.entries)]
        towns = [  # (a township where the workers come from, or another event's, is none)
            m
            for m in loc.mentions
            if all(e.level == "town" for e in m.entries) and m.weight > 0.2
        ]
        if abroad and abroad_weight(norm, abroad, bool(units or towns)) > sum(m.weight for m in units):
            a = abroad[0]
            loc.outside = Found("outside_mainland", (a.span,), 0.8)
            return loc
        picked: list[tuple[Mention, Entry]] = []
        for m in units:
            entries = [
                e for e in m.entries if e.level not in ("town", "abroad") and e.form != "abroad"
            ]
            entries = by_level_word(norm, entries, self.gz)  # 长宁 with 区政府: 长宁区
            entry = (
                entries[0]  # one reading: no need of the others named
                if len(entries) == 1
                else self._disambiguate(
                    entries, codes_named - {e.code for e in entries}, norm[m.start : m.end]
                )
            )
            if entry is not None:
                picked.append((m, entry))
        if not picked:
            if towns:
                loc.place = Found(text[towns[0].start : towns[0].end], (towns[0].span,), 0.6)
                self._by_town(loc, towns)
            return loc
        # province: named most (weighted), first named wins ties
        chains = {e.code: self.chain(e.code) for _, e in picked}
        votes, first = province_votes(picked, chains)
        if not votes or all(m.weight <= 0.2 and not m.elsewhere for m, _ in picked):
            return loc  # 我是四川资阳人: only where the workers come from, not where they are
        if listed(votes):  # Guangdong, Hunan, Jiangxi and more: a list, not a place…
            members = list_members(norm, [m for m, _ in picked])
            picked = [(m, e) for m, e in picked if m.start not in members]
            votes, first = province_votes(picked, chains)  # …but a place told beside the list is one
            if not any(m.weight >= 0.5 for m, _ in picked) or listed(votes):
                return loc
        # a tie goes to a province named by more than a county's bare short name (钟楼 and
        # 西安: 西安), then to the one named first
        strong = {chains[e.code][0] for m, e in picked if e.level != "county" or e.form != "short"}
        ranked = sorted(votes, key=lambda p: (-votes[p], p not in strong, first[p]))
        if (
            len(ranked) >= 2
            and votes[ranked[0]] == votes[ranked[1]]
            and side_by_side(norm, [m for m, e in picked if chains[e.code][0] in ranked[:2]])
        ):
            return loc  # 重庆、四川, Chongqing and Sichuan: both, not one place
        prov = ranked[0]
        in_prov = [(m, e) for m, e in picked if chains[e.code][0] == prov]
        prov_spans = tuple(m.span for m, e in in_prov if e.level == "province") or (
            in_prov[0][0].span,
        )
        loc.province = Found(prov, prov_spans[:1], 0.9)
        city_votes: dict[str, float] = defaultdict(float)
        for m, e in in_prov:
            city = chains[e.code][1]
            if city and city != prov:
                city_votes[city] += m.weight
        if prov in ("110000", "120000", "310000", "500000"):
            loc.city = Found(prov, loc.province.spans, 0.9)
            city_code: str | None = prov
        elif city_votes and listed(city_votes):
            city_code = None  # 南昌、九江、赣州等地: a list, not a place
        elif city_votes:
            city_code = max(
                city_votes,
                key=lambda c: (
                    city_votes[c],
                    -min(m.start for m, e in in_prov if chains[e.code][1] == c),
                ),
            )
            spans = [m.span for m, e in in_prov if chains[e.code][1] == city_code]
            conf = (
                0.9
                if any(e.level != "county" for m, e in in_prov if chains[e.code][1] == city_code)
                else 0.75
            )
            loc.city = Found(city_code, (spans[0],), conf)
        else:
            city_code = None
        counties = [
            (m, e)
            for m, e in in_prov
            if e.level == "county"
            and city_code is not None
            and chains[e.code][1] == city_code
            and m.weight >= 0.5
        ]
        if counties:
            named: dict[str, float] = defaultdict(float)  # a county named most, as a province
            for c, x in counties:
                named[x.code] += c.weight
            m, e = max(counties, key=lambda me: (named[me[1].code], me[0].weight, -me[0].start))
            if paired(norm, m, e.code, [(c, x.code) for c, x in counties]):
                counties = []  # 金安区、裕安区: two named together, neither the place
        if counties:
            full = any(x.form in ("full", "alias", "en") for x in m.entries if x.code == e.code)
            if e.code[4] == "7":  # 71-79: a development zone, an industrial zone: text only
                if not towns:
                    loc.place = Found(text[m.start : m.end], (m.span,), 0.6)
            else:
                loc.county = Found(e.code, (m.span,), 0.85 if full else 0.7)
        if towns:
            t = towns[0]
            end = t.end
            while end < len(norm) and end - t.end < 6 and norm[end] not in "，,。；、 ":
                if norm[end] == "村":
                    end += 1
                    break
                end += 1
            if norm[t.end : end].endswith("村"):
                t_span: Span = (t.start, end)
            else:
                t_span = t.span
            loc.place = Found(text[t_span[0] : t_span[1]], (t_span,), 0.6)
        return loc

    def _by_town(self, loc: Location, towns: list[Mention]) -> None:
        """Where no county, city or province is named, a township whose name no other one in
        the country bears (黎塘镇) gives them; a name several bear (长安镇) gives none."""
        codes = {e.code for m in towns if m.weight >= 0.5 for e in m.entries}
        if len(codes) != 1 or any(len(m.entries) > 1 for m in towns):
            return
        code = codes.pop()
        prov, city, _ = self.chain(code)
        parent = self.gz.parent(code)
        county = (
            parent.code if parent and parent.level == "county" and parent.code[4] != "7" else None
        )
        span = (towns[0].span,)
        if prov:
            loc.province = Found(prov, span, 0.6)
        if city:
            loc.city = Found(city, span, 0.6)
        if county:
            loc.county = Found(county, span, 0.6)

    def _within(self, code: str, parent: str) -> bool:
        """Whether the unit ``code`` lies in ``parent`` (or is it)."""
        return parent in self.chain(code)

    def _holds(self, code: str, parent: str) -> bool:
        """Whether ``code`` lies in ``parent`` (or is it), a township in its county too."""
        if parent in self.chain(code):
            return True
        up = self.gz.parent(code) if len(code) > 6 else None
        return up is not None and up.code == parent

    def _up(self, code: str) -> frozenset[tuple[str, str]]:
        if code not in self._ancestors:
            self._ancestors[code] = frozenset((a.code, a.level) for a in self.gz.ancestors(code))
        return self._ancestors[code]

    def _disambiguate(self, entries: list[Entry], others: set[str], key: str = "") -> Entry | None:
        if len(entries) <= 1:
            return entries[0] if entries else None
        depth = {
            e.code: max(
                (_RANK[level] + 1 for code, level in self._up(e.code) if code in others), default=0
            )
            for e in entries
        }
        best = max(depth.values())
        if not best and (code := PROMINENT.get(key)) is not None:
            # 朝阳区, 铁西 alone: the district the name means unless a place named says otherwise
            return next((e for e in entries if e.code == code), None)
        supported = [e for e in entries if best and depth[e.code] == best]
        if len(supported) == 1:
            return supported[0]
        pool = supported or entries
        top = min(_RANK[e.level] for e in pool)
        highest = [e for e in pool if _RANK[e.level] == top]
        if len(highest) == 1 and (not supported or top < 2):
            return highest[0]
        provs = {self.chain(e.code)[0] for e in pool}
        if len(provs) == 1:
            prov = provs.pop()
            if prov:
                return Entry(prov, "province", "implied")
        return None


@cache
def default_index() -> PlaceIndex:
    """The index over the installed gazetteer, built on first use (about half a second, a
    tenth of that where its tables were saved at install time: :mod:`geo_prebuilt`).

    The build makes hundreds of thousands of objects that live as long as the process, and
    every collection of the cyclic garbage collector would walk them all again (on the way,
    a third of the build's time; after it, again and again). So the collector is paused while
    it builds, and what it built is then frozen (``gc.freeze``: never walked again); a
    collection first, so that no garbage made before is frozen with it."""
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        early = prebuilt.vocabulary()
        gz = get_gazetteer()
        index = PlaceIndex(gz, prebuilt.load(DATA_FILE, early) or PlaceIndex.tables(gz, early))
        automaton()  # the lexicon's, which every post needs too
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return index


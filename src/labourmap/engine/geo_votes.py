"""How :mod:`labourmap.engine.geo` weighs the places a post names against each other: a list of
places is none of them, a dateline counts less than the story's own places."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from labourmap.engine.employer_en import EN_NAME, has_en_suffix
from labourmap.engine.lower_names import lower_cased
from labourmap.engine.placenames import LIST_JOINS, OTHER_EVENT_EN, Entry, sentence_before


class Mention(Protocol):
    start: int
    end: int
    entries: list[Entry]
    weight: float


def listed(votes: dict[str, float]) -> bool:
    """Three or more units named, the first two equally often: a list of places, none of
    them the place. (An origin, 江西籍, weighs too little to count in a list.)"""
    ranked = sorted((v for v in votes.values() if v >= 0.5), reverse=True)
    return len(ranked) >= 3 and ranked[0] == ranked[1]


def province_votes(
    picked: Sequence[tuple[Mention, Entry]],
    chains: dict[str, tuple[str | None, str | None, str | None]],
) -> tuple[dict[str, float], dict[str, int]]:
    """Each province's weight of mentions (``chains`` gives a unit's province, city and county),
    and where it is first named."""
    votes: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for m, e in picked:
        prov = chains[e.code][0]
        if prov:
            votes[prov] += m.weight
            first.setdefault(prov, m.start)
    return votes, first


def list_members(norm: str, mentions: Sequence[Mention]) -> set[int]:
    """The starts of the places named in a run of three or more joined as a list (云南、江苏、山东
    等十多个省): a list's members, told beside the post's own place (太原市一批外卖员停工), are
    not that place."""
    members: set[int] = set()
    run: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if run and norm[run[-1].end : m.start] not in LIST_JOINS:
            if len(run) >= 3:
                members.update(x.start for x in run)
            run = []
        run.append(m)
    if len(run) >= 3:
        members.update(x.start for x in run)
    return members


def dateline(text: str, mentions: Sequence[Mention]) -> None:
    """YINCHUAN - …: the place a report was filed from, in capitals before the story, counts a
    little less than a place the story names."""
    for m in mentions:
        if m.start > 40 or not text[m.start : m.end].isupper():
            break
        head = text[: m.start]
        if head.upper() == head and m.weight == 1:
            m.weight = 0.9


def side_by_side(norm: str, mentions: Sequence[Mention]) -> bool:
    """Two places of different provinces, each named once, written as a list (重庆、四川;
    Chongqing and Sichuan)."""
    if len(mentions) != 2:  # each named once: more tells one of them apart
        return False
    ordered = sorted(mentions, key=lambda m: m.start)
    return any(
        norm[a.end : b.start] in LIST_JOINS
        for a, b in zip(ordered, ordered[1:], strict=False)
        if a.entries[0].code[:2] != b.entries[0].code[:2]
    )


def other_events(norm: str, mentions: Sequence[Mention]) -> None:
    """ "the latest in a wave of unrest that began in Guangdong": a place of other, earlier
    events counts little."""
    for m in mentions:
        if norm[m.start : m.end].isascii() and OTHER_EVENT_EN.search(
            sentence_before(norm, m.start)
        ):
            m.weight = min(m.weight, 0.2)


# "the Jin'an and Yu'an districts": a county named with another, in the plural
_EN_PAIRED = re.compile(r" and [a-z'-]+ (?:districts|counties)\b")


def paired(norm: str, chosen: Mention, code: str, counties: Sequence[tuple[Mention, str]]) -> bool:
    """The county chosen (``code``) is named in a list with another (金安区、裕安区; 苏家屯、皇姑
    那边; "the Jin'an and Yu'an districts"): the event lies in neither one."""
    if _EN_PAIRED.match(norm, chosen.end):
        return True
    for m, other in counties:
        if other == code:
            continue
        a, b = (chosen, m) if chosen.end <= m.start else (m, chosen)
        if norm[a.end : b.start] in LIST_JOINS:
            return True
    return False


def heads_firm(text: str, m: Mention) -> bool:
    """An English place at the head of a firm's name (Qian'an Xinggang Iron and Steel, Wuhan
    Dingtai Optoelectronics) says where the firm comes from, not where its workers act."""
    name = EN_NAME.match(text, m.start)
    if name is None or name.end() <= m.end + 1:
        return False
    if has_en_suffix(name.group().lower(), max(0, name.end() - name.start() - 24)):
        return True
    # "Xintai Precision's plant", "Wuhan Dongfeng's workers": a place and a name that owns
    # (not "Binyang County People's Hospital": a unit's full name and a public body's)
    owner = _OWNER.match(text, m.end)
    return (
        owner is not None
        and text[m.start : m.end].split()[-1] not in _PLACE_WORDS
        and not any(
            w in _PLACE_WORDS or w.startswith("People") for w in owner.group().split()
        )
    )


# one or two capitalised words, the last in the possessive ('s)
_OWNER = re.compile(r"(?: [A-Z][a-z]+){1,2}'s\b")


_MIGRANT = ("农民工", "民工")
_CAPITALS = frozenset(("110000", "120000", "310000"))  # 上海农民工: those working there
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def migrant_homes(norm: str, mentions: Sequence[Mention]) -> None:
    """甘肃平凉农民工李某在新疆奇台县打工: a place right before 农民工, where a place the workers
    are in (在, 到) follows in the sentence, is their home (宝安区农民工讨薪 is not); a province
    right before 民工 always is (安徽民工)."""
    for i, m in enumerate(mentions):
        if not norm.startswith(_MIGRANT, m.end):
            continue
        if any(e.level == "province" and e.code not in _CAPITALS for e in m.entries):
            m.weight = min(m.weight, 0.2)  # 十几个安徽民工: a province before 民工 is their home
            continue
        stop = _SENTENCE_END.search(norm, m.end)
        end = stop.start() if stop else len(norm)
        if any(
            m.end < o.start < end and norm[o.start - 1 : o.start] in "在到赴于"
            for o in mentions[i + 1 :]
        ):
            m.weight = min(m.weight, 0.2)


# Zhong Guangwei fell ill, Xiong Chungen had his thumb severed: a one-syllable name (忠县 is
# Zhong County) before one capitalised word and then a lower-case word is a person's name
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,2}[aeiouv]{1,3}(?:ng|n|r)?")
_GIVEN_NAME = re.compile(r" ([A-Z][a-z]+)(?:[,.;:!?)']|\s+[a-z]|$)")
_PLACE_WORDS = frozenset(
    (
        "County",
        "District",
        "City",
        "Province",
        "Town",
        "Township",
        "Village",
        "Road",
        "Street",
        "New",
        "Area",
        "Prefecture",
        "League",
        "Banner",
    )
)


def person_named(text: str, m: Mention) -> bool:
    """A county's one-syllable English name that begins a person's name (Zhong Guangwei)."""
    if lower_cased(text, m.start):
        return True  # ride-hailing: a word, not Hailing (海陵区)
    key = text[m.start : m.end]
    if not key[:1].isupper() or not _SYLLABLE.fullmatch(key.lower()):
        return False
    given = _GIVEN_NAME.match(text, m.end)
    return given is not None and given.group(1) not in _PLACE_WORDS

"""Workers named by a nationality abroad: "French rail workers", "South Korean truckers",
"British nurses walked out". Where the post names no place at all, the nationality of the
workers who act is where they act (the codebook rules out events outside the mainland). The
names are the English demonyms of states (the forms the English press writes, as listed for the
states of ISO 3166-1); "Chinese" and "Mongolian" (Inner Mongolia) are left out.

A mention made here weighs half a place: any unit at home named in the post outweighs it
("Vietnamese workers at a shoe factory in Dongguan" stays in Dongguan), and a nationality told
as a firm's or its owners' ("a French-owned supermarket") is not followed by a worker's word.
"""

from __future__ import annotations

import re

from labourmap.engine.geo_context import Mention
from labourmap.engine.placenames import Entry

_DEMONYMS = (
    "french|german|british|scottish|welsh|irish|american|canadian|mexican|brazilian|"
    "argentine|argentinian|chilean|peruvian|colombian|venezuelan|south korean|korean|japanese|"
    "vietnamese|cambodian|thai|laotian|burmese|myanmar|malaysian|indonesian|filipino|singaporean|"
    "indian|bangladeshi|pakistani|sri lankan|nepali|nepalese|australian|new zealand|italian|"
    "spanish|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|danish|finnish|polish|"
    "czech|hungarian|romanian|greek|turkish|russian|ukrainian|israeli|iranian|egyptian|nigerian|"
    "kenyan|south african|ethiopian|zambian|serbian|saudi|taiwanese"
)
# what the workers are: "rail workers", "autoworkers", "nurses", "truck drivers", "the union"
_WORKERS = (
    r"(?:auto|dock|rail|steel|car|farm|garment|postal|transit|metro|port|factory|mine|health|care|"
    r"hospital|airline|airport|public[- ]sector|civil|oil|bus|train|truck|taxi|delivery)?"
    r"(?:workers|workforce|employees|staff|unions?|unionists|trade unions|nurses|doctors|"
    r"drivers|truckers|pilots|miners|dockers|cabin crew|flight attendants|"
    r"air traffic controllers|civil servants|strikers)\b"
)
_PEOPLE = re.compile(
    rf"\b(?:{_DEMONYMS})(?: [a-z-]+){{0,2}}? (?:{_WORKERS})"
)
# a cheap key-word test first: a worker's word in English
_KEY = re.compile(r"workers|workforce|employees|staff|union|nurses|doctors|drivers|truckers|"
                  r"pilots|miners|dockers|crew|attendants|controllers|servants|strikers")
_ABROAD = Entry("", "abroad", "abroad")


def people_abroad(norm: str, kept: list[Mention]) -> list[Mention]:
    """Add a half-weighted place abroad for each nationality told of the workers who act, where
    the post names no place of its own in English beside it."""
    if not _KEY.search(norm):
        return kept
    found = [
        Mention(m.start(), m.start() + len(m.group().split(" ")[0]), [_ABROAD], 0.5)
        for m in _PEOPLE.finditer(norm)
    ]
    if not found:
        return kept
    return sorted(kept + found, key=lambda m: m.start)

"""How a word of protest is read where it names a climb.

"the crane protesters", "a rooftop protest": the protest is the climb itself, people up a
crane or on a roof to press a claim (codebook: ``self_harm_threat``), no protest besides.
"""

from __future__ import annotations

import re

from labourmap.engine.matcher import Hit

# the place climbed, told just before the word of protest: "crane protest", "tower-crane protesters"
_CLIMBED_BEFORE = re.compile(r"\b(?:crane|rooftop|roof-top|chimney)[ -]$")


def up_there(norm: str, h: Hit) -> Hit:
    """A protest named by the crane or roof it was held on read as the climb it is."""
    if h.code != "protest" or not h.term.startswith("protest"):
        return h
    if not _CLIMBED_BEFORE.search(norm, max(0, h.start - 12), h.start):
        return h
    return Hit(h.start, h.end, "form", "self_harm_threat", "climb")

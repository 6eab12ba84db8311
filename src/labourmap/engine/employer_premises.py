"""An English name told by the premises the workers gather outside: "riders gathered outside
Fengsu's office", "drivers massed outside a Dida station", "in front of the Hengtai plant". The
firm whose office, station or plant it is employs them (or is the platform they ride for), not a
place: the name must be followed by what the premises are, so "outside Beijing" or "outside the
city government" is no firm. Not a head office or a depot, where those with a claim on a client
or a hirer (a broadcaster's contractors, truckers at a container depot) go to press it.
"""

from __future__ import annotations

import re

# what comes before: "outside", "in front of", "at the gate of", then perhaps "a"/"the"
_BEFORE = re.compile(r"\b(?:outside|in front of|at the gates? of)\s+(?:(?:a|an|the)\s+)?$")
# what comes after: the premises, perhaps the firm's own ("'s local office")
_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?:local|regional|city|district|main|delivery|dispatch|distribution)\s+)?"
    r"(?:office|offices|station|stations|branch|outlet|store|plant|factory|warehouse|hub)\b"
)
_ENDS = ("outside", "of", "a", "an", "the")


def outside_premises(before: str, text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the firm whose premises the workers gather outside
    (``before``: the lower-cased window before the name, ending in a space)."""
    tail = before.rstrip()
    return tail.endswith(_ENDS) and bool(_BEFORE.search(before)) and bool(_AFTER.match(text, end))

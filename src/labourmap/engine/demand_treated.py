"""Treatment as the terms of a job, not a medical one (pay).

"demanding the same treatment as regular teachers", "equal treatment with staff on the books": the
treatment of one group measured against another's names the pay of the job (pay). "We want fair
treatment", "poor treatment" name no injury's cure either, but no claim of pay by themselves (the
banner alone is no claim). Where the treatment is medical ("paid 1,000 yuan towards treatment",
"under treatment") the lexicon's reading (injury_compensation) stands.
"""

from __future__ import annotations

import re

_KIND = r"(?:same|equal|fair|unequal|unfair|better|different|preferential|poor)"
TERMS = re.compile(r"\b(?:same|equal) (?:pay and )?treatment (?:as|with)\b")
# the word told with one of those words just before it
_BEFORE = re.compile(rf"\b{_KIND} (?:pay and )?$")
TOLD_TREATED: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = ((TERMS, "pay", ("treatment",)),)


def terms_of_job(norm: str, start: int) -> bool:
    """The word treatment at ``start`` names the terms of a job (see the module's text)."""
    return _BEFORE.search(norm, max(0, start - 24), start) is not None

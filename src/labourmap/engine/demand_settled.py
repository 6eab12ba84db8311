"""Wages told in English as not settled: wages owed (wage_arrears).

"their daily pay has not been settled", "wages were never settled", "unsettled wages" say what
没结, 没结清 say in Chinese: the pay for work done is still owed. Not a dispute settled ("the
dispute over pay was settled"), nor wages settled in full ("wages have been settled").
"""

from __future__ import annotations

import re

UNSETTLED = re.compile(
    r"\b(?:pay|wages?|salar(?:y|ies)|earnings)\b (?:\w+ ){0,2}?(?:has|have|had|was|were|is|are)(?: still)? "
    r"(?:not|never)(?: yet)? (?:been )?(?:settled|cleared)\b|"
    r"\b(?:unsettled|uncleared) (?:\w+ )?(?:pay|wages?|salar(?:y|ies))\b"
)
TOLD_SETTLED: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (UNSETTLED, "wage_arrears", ("settled", "cleared")),
)

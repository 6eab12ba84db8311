"""Cab drivers against their rivals and for their operating rights: claims of no pay (other).

- The operating rights of the cabs taken back, kept or in dispute: 强行收回出租车经营权,
  十年以后经营权全部收回, 要求保留对车辆的经营权, 经营权争议仍未解决 (other; not the fees paid
  for them, 经营权使用费, read elsewhere, nor the rights told as a system, 经营权制度长期未改).
- A boycott of the rival cars: 集体抵制网约车, 反对黑车 (other; 抗议 is left to the readings of
  the rivals taking the fares, since a protest at 专车抢活 beside the fees is read by some as pay
  only), and in English the unlicensed cabs taking the fares: "black cabs eating their fares".
- The fares the rivals take are no pay claimed: "app cars eating their fares" (the word fares,
  after a verb of taking, is no claim; "cut their share of fares" stays pay).
"""

from __future__ import annotations

import re

_S = "，,。；;！!？?"
_TAKE = r"(?:收回|收走|回收|收归|收歸|保留|退还|退還|还给|還給|剥夺|剝奪|拿走|不让|不讓)"
_RIGHTS = r"(?:經營權|经营权)(?!使用费|使用費|费|費)"
RIGHTS = re.compile(
    rf"{_TAKE}[^{_S}]{{0,10}}?{_RIGHTS}|"
    rf"{_RIGHTS}[^{_S}]{{0,6}}?(?:收回|收走|回收|被收|到期|争议|爭議|之争|之爭|纠纷|糾紛)"
)
_RIVALS = r"(?:网约车|網約車|网约专车|網約專車|黑车|黑車|非法营运|非法營運|滴滴|优步|優步|Uber|uber)"
BOYCOTT = re.compile(
    rf"(?:抵制|反对|反對)[“\"「『]?{_RIVALS}|"
    r"\b(?:black|unlicen[sc]ed|illegal|pirate) (?:cabs?|taxis?|cars?)\b[^.;]{0,24}?"
    r"\b(?:tak|steal|poach|grabb?|eat)(?:s|es|ing|en|ed)? (?:away )?(?:their |the |taxi )?(?:fares|passengers|customers)\b"
)
# the fares as what is taken: "eating their fares", "taking away the fares"
TAKEN = re.compile(r"\b(?:tak|steal|poach|grabb?|eat)(?:s|es|ing|en|ed)? (?:away )?(?:their |the |taxi )?$")
TOLD_RIVALS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (RIGHTS, "other", ("经营权", "經營權")),
    (BOYCOTT, "other", ("抵制", "反对", "反對", " cab", " taxi", " car")),
)


def fares_taken(norm: str, start: int) -> bool:
    """The word fares at ``start`` names what rival cars take, no pay claimed."""
    return TAKEN.search(norm, max(0, start - 24), start) is not None

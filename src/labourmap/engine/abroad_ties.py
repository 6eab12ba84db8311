"""Places abroad that are only a tie of the firm, not where the event is.

A place abroad can be named as the home of the firm's owner or head office (港资鞋厂…香港总部,
"a Taiwan-owned plant", "whose head office is in Osaka") or as where its lines are moving
(设备都搬去泰国了, "production would move to Vietnam"). The event itself still happens at the
plant at home: when every place abroad in the post is such a tie, the post is not ruled out
as abroad (an event told in a clause placed abroad, 在越南的工厂罢工, is read elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from labourmap.engine.abroad_people import people_abroad as people_abroad

if TYPE_CHECKING:
    from labourmap.engine.doc import Doc
    from labourmap.engine.geo_context import Mention

# a tie told just before the place: 搬去泰国, 迁往越南, 总部在香港, "move to Vietnam",
# "head office is in Osaka", "headquartered in Taipei", "owners based in Taipei"
_TIE_BEFORE_ZH = re.compile(r"(?:搬去|搬到|搬往|迁往|迁到|迁至|转移到|转去|挪到|总部在|总部位于|老板是|来自)[^，,。；;！!？?]{0,4}$")
_TIE_BEFORE_EN = re.compile(
    r"\b(?:mov(?:e|ed|ing)|relocat(?:e|ed|ing)|shift(?:ed|ing)?|transferr?(?:ed|ing)?)"
    r"(?: (?:its|the|their|all|production|lines|orders|work|equipment|machines|plant|factory)){0,3}"
    r" to(?: neighbouring| neighboring)? $"
    r"|\b(?:head ?office|headquarters|parent(?: company)?|owner|owners) (?:is |are |was |were )?"
    r"(?:based |located )?in (?:[a-z][\w'-]*[ ,]+){0,3}$"
    r"|\b(?:headquartered|based) in (?:[a-z][\w'-]*[ ,]+){0,3}$"
)
# a tie told just after the place: 香港总部, 台湾老板, "Hong Kong-owned", "Taiwanese-owned"
_TIE_AFTER = re.compile(
    r"(?:总部|老板|母公司|投资|资本|商人|客商)|(?:-| )(?:owned|funded|invested|based parent)\b"
)


def ties_only(doc: Doc) -> bool:
    """Every place abroad in the post is the firm's home or where it moves (设备搬去泰国)."""
    if doc.location is None:
        return False
    abroad = [m for m in doc.location.mentions if any(e.form == "abroad" for e in m.entries)]
    if not abroad:
        return False
    return all(_tie(doc.norm, m) for m in abroad)


def _tie(norm: str, m: Mention) -> bool:
    before = norm[max(0, m.start - 60) : m.start]
    return bool(
        _TIE_BEFORE_ZH.search(before[-12:]) or _TIE_BEFORE_EN.search(before) or _TIE_AFTER.match(norm, m.end)
    )


def abroad_weight(norm: str, abroad: Sequence[Mention], home_named: bool) -> float:
    """How much the places abroad weigh against those at home. Where a place at home is named
    (a unit or a township), a place abroad told as the firm's home or head office (香港总部,
    "whose head office is in Kwun Tong, Hong Kong", "a Hong Kong-owned maker") weighs nothing:
    the workers act at the plant at home."""
    return sum(m.weight for m in abroad if not (home_named and _tie(norm, m)))

"""Who owns the works, in :mod:`labourmap.engine.employer`.

- English: "the mine, owned by X", "the plant belongs to X", "the mine in Y, which is owned by
  X": the works are told, then the firm whose works they are; that firm employs, not the works.
  Only state or private words may stand between ("belongs to state-run X"); "a plant owned by
  Japanese watchmaker X" names a client's kind, not this. (Not "built by": the builder of a mine
  or plant not yet running employs only those who build it.)
- Chinese: a group's or company's name run straight on into its mine's (山西某煤集团某煤电某矿,
  某集团某分公司某煤矿) is one name, the whole chain with the places written right before it
  (某县某煤业有限公司某煤矿), not the group alone.
"""

from __future__ import annotations

import re

from labourmap.engine.model import Span

# what the window before a name (lower-cased, 40 characters) ends in
_WORKS_OWNER = re.compile(
    r"\b(?:mine|pit|colliery|quarry|plant|factory|works|project|site|tunnel|yard)"
    r"(?:\s+in\s+[a-z' -]{2,24})?"  # "the gold mine in Gansu, which is owned by X"
    r"(?:,\s*(?:which|that)\s+(?:is|was)|,|\s+(?:is|was))?\s+(?:now\s+|wholly\s+)?"
    r"(?:owned by|belongs to)\s+(?:the\s+)?"
    r"(?:(?:state-owned|state-run|privately|private|privately-held|held|owned|central|local|provincial)\s+){0,2}$"
)
_OWNER_WORDS = ("owned by", "belongs to")


def works_owner(tail: str, before: str) -> bool:
    """Whether the name after ``before`` (its window, lower-cased; ``tail`` the same less its
    trailing spaces) is the firm that owns the works just told."""
    return any(w in tail for w in _OWNER_WORDS) and _WORKS_OWNER.search(before) is not None


# a mine's name right after a group's or company's: two to eight characters of a name (no
# words of a sentence in it), then 矿 or 煤矿 … (not 矿工, 矿区, 矿山, 矿井 …)
_MINE_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}?分公司)?"
    r"(?:(?![的了在是和与及名个多下属旗里内外等有被已将所各全每])[\u4e00-\u9fff]){2,8}?"
    r"(?:[煤金铁铜]矿|矿(?![工业区山井长方上难务主]))"
)
_CHAIN_ENDS = ("集团", "公司", "煤业", "矿业", "煤电")


def mine_after(norm: str, start: int, end: int, places: list[Span]) -> Span:
    """The span of a chain: the group or company at ``start``..``end`` with the mine named
    right after it (龙煤集团鹤岗分公司|新兴煤矿) and the places written right before it (镇雄县|
    某煤业有限公司|某煤矿); else the span as it was."""
    if not norm.endswith(_CHAIN_ENDS, 0, end) or "矿" not in norm[end : end + 16]:
        return start, end
    m = _MINE_AFTER.match(norm, end)
    if m is None or norm.startswith(("一煤矿", "一家", "一座", "一处", "一个"), end):  # 龙江矿业集团一煤矿: "a mine"
        return start, end
    while (before := next((ps for ps, pe in places if pe == start and ps < start), None)) is not None:
        start = before
    return start, m.end()

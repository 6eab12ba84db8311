"""Names that are not the workers' employer: a public body that only signs a statement (…教育局
on a line of its own, 教育局关于…的情况说明) is the statement's author; the body a letter is
written to (致…局的公开信); a firm the employer is likened to (学而思同款的机构); a firm's name
written as a town ("in Changan, Dongguan")."""

from __future__ import annotations

import re

# 隆回县教育局回应：…: the body's own response, of which it is the author
_RESPONDS = re.compile(r"(?:回应|通报|发布|声明|答复)[:：]")
_STATEMENT = re.compile(r"关于[^。\n]{2,40}?的(?:情况说明|通报|说明|通告|公告|回复)")


def signs_only(norm: str, start: int, end: int) -> bool:
    """Whether a public body (…局) is named only as a statement's author: alone on its line,
    or heading the statement's title (X局关于…的情况说明)."""
    if not norm.endswith("局", 0, end):
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", end)
    line_end = len(norm) if line_end < 0 else line_end
    if norm[line_start:start].strip() == "" and norm[end:line_end].strip() == "":
        return True
    return bool(_STATEMENT.match(norm, end) or _RESPONDS.match(norm, end))


_LETTER_TO = re.compile(r"的?(?:一封)?(?:公开信|求助信|联名信|信)|[:：]")


def letter_to(norm: str, start: int, end: int) -> bool:
    """致衡阳市教育局的一封公开信: the body the letter is written to."""
    return norm[start : start + 1] == "致" and _LETTER_TO.match(norm, end) is not None


# 学而思同款的培训机构, 像富士康那样的厂: a firm the employer is likened to
# 南海本田那边都涨了: a firm the workers compare themselves with
_LIKENESS = re.compile(r"(?:同款|同类|式的|那样的|一样的|似的|那边(?:都|也|早就|早|已经))")


# 隔壁丰田的厂两千多: the works next door, whose pay the workers compare with theirs
_NEXT_DOOR = ("隔壁", "隔壁的", "旁边的", "对面的", "邻厂")


def likened(norm: str, end: int, start: int | None = None) -> bool:
    """Whether the name ending at ``end`` (and beginning at ``start``, where given) is one the
    employer is likened to, or the one next door."""
    return _LIKENESS.match(norm, end) is not None or (start is not None and next_door(norm, start))


# 秋林公司附近一群农民工, 盛达化工有限公司附近发生爆炸, 永旺某某店附近: a landmark (a firm, its
# legal suffix, or a branch of a chain), near which it happened
_NEAR = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|公司|集团|[\u4e00-\u9fff]{0,4}?(?:店|广场|大厦|商场))?"
    r"(?:附近|一带|周边|旁边|对面)"
)
_NEAR_WORDS = ("附近", "一带", "周边", "旁边", "对面")


def landmark(norm: str, end: int) -> bool:
    """Whether the name ending at ``end`` only says where something happened (X附近)."""
    return any(w in norm for w in _NEAR_WORDS) and _NEAR.match(norm, end) is not None


def next_door(norm: str, start: int) -> bool:
    """隔壁泰华木业在厂108人: the works next door, not the workers' own (but 不是华鑫，是隔壁
    申达化工的仓库着火: the writer says which one it is)."""
    return any(norm.endswith(w, 0, start) and not norm.endswith("是" + w, 0, start) for w in _NEXT_DOOR)


def a_town(norm: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """"in Changan, Dongguan": a firm's name written as a town, then its city."""
    return (norm.endswith("in ", 0, start) and norm.startswith(", ", end)
            and any(ps == end + 2 for ps, _ in places))

"""Names that are not the workers' employer: a public body that only signs a statement (…教育局
on a line of its own, 教育局关于…的情况说明) is the statement's author; the body a letter is
written to (致…局的公开信); a firm the employer is likened to (学而思同款的机构); a firm's name
written as a town ("in Changan, Dongguan"); a suffix that ends no name there (南山科技园); a name
that belongs to another event (继南海本田之后)."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourmap.engine.employer_words import RUNS_INTO
from labourmap.engine.model import Span

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


def unnamed_here(norm: str) -> Callable[[int, int], bool]:
    """For the candidates ``start:end`` of one post: ``signs_only``, ``landmark`` or
    ``next_door``. The words each test needs (局, a word of nearness, of the next door) are
    looked for once in the post: where one is missing, its test is false for every candidate."""
    bureau = "局" in norm
    near = any(w in norm for w in _NEAR_WORDS)
    door = "隔壁" in norm or "旁边的" in norm or "对面的" in norm or "邻厂" in norm  # (_NEXT_DOOR)

    def unnamed(start: int, end: int) -> bool:
        return ((bureau and signs_only(norm, start, end))
                or (near and _NEAR.match(norm, end) is not None)
                or (door and next_door(norm, start)))

    return unnamed


# the suffixes with a test of their own (see suffix_says_no)
ONE_SUFFIX_TESTS = frozenset({"装饰", "科技", "建工", "总部", *RUNS_INTO})


def suffix_says_no(norm: str, g: str, ms: int, end: int, places: list[Span]) -> bool:
    """The tests of one suffix each: whether the suffix ``g`` at ``ms:end`` ends no name."""
    if g == "装饰" and not any(pe <= ms and ps >= ms - 8 for ps, pe in places):
        return True  # 室内装饰, 做墙面装饰: the trade; 重庆美筑装饰: a place, then the name
    if norm.startswith(RUNS_INTO.get(g, ()), end):
        return True  # 冲床没装光电保护: the suffix runs into another word
    if g == "科技" and norm[end : end + 1] in "园城馆":
        return True  # 南山科技园: a park, not a firm
    if g == "建工" and (norm[end : end + 1] in "程人地期" or norm[ms - 1 : ms] in "扩改新在承修土营"):
        return True  # 扩建工程, 在建工地: a building word, not 建工 (陕西建工)
    return g == "总部" and norm.endswith(("公司", "集团"), 0, ms)  # 矿业集团总部: the firm's name ends before its head office


_OTHER_EVENT = re.compile(r"继[^，,。；]{0,16}?(?:之后|以后|后)")


# 本田那边的罢工又传到佛山丰富汽配了, 本田罢工潮蔓延: the strike that spread, from another firm
_SPREAD = re.compile(r"(?:那边|那里|这边)?的?(?:罢工|停工)潮?(?:又|已|已经|正|正在|迅速|继续|持续)?(?:传到|蔓延|波及|扩散|延烧)")

# 沾了本田罢工的光, 沾了隔壁厂停工的光: another firm's strike that paid off for these workers too
_BENEFIT = re.compile(r"的?(?:罢工|停工)的?光")


def other_event(norm: str, pos: int, end: int) -> bool:
    """继南海本田之后: a name in this clause belongs to an earlier event; 本田罢工潮蔓延: to
    the one the strike spread from."""
    if ("罢工" in norm or "停工" in norm) and _SPREAD.match(norm, end):
        return True
    benefit = norm.startswith("沾了", pos - 2) or norm.startswith("沾", pos - 1)
    if benefit and "光" in norm and _BENEFIT.match(norm, end):
        return True  # 沾了本田罢工的光: the strike another firm's workers benefited from
    return any(m.start() <= pos < m.end() for m in _OTHER_EVENT.finditer(norm, max(0, pos - 16)))

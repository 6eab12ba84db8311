"""Where a Chinese employer's name begins: the walk left from its suffix, past name characters,
stopped at punctuation or a function word (的, 在, 是 …), then moved right past the words that
begin no name (一家, 抗议, ownership words)."""

from __future__ import annotations

import re

from labourmap.engine.employer_words import CUT_WORDS, STOP_PREFIXES
from labourmap.engine.model import Span

NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()·&]")
STOP_CHARS = set("的在是了到与跟向给被把对从为说称这那该其属由让叫帮找去来往都也就还又只里个名位归")


def _stops_walk() -> re.Pattern[str]:
    """A character that is no NAME_CHARS, or one of STOP_CHARS: the CJK block without the stop
    characters, and the Latin name characters, negated."""
    ranges, low = [], 0x4E00
    for code in sorted(map(ord, STOP_CHARS)):
        if code > low:
            ranges.append(f"{chr(low)}-{chr(code - 1)}")
        low = code + 1
    ranges.append(f"{chr(low)}-\u9fff")
    return re.compile("[^" + "".join(ranges) + r"A-Za-z0-9（）()·&]")


_STOPS_WALK = _stops_walk()
# 金属, 附属, 未来: a stop character inside a word of the name (中荣金属制品, 医科大学附属医院)
STOP_IN_WORDS = ("金属", "附属", "未来")  # (云栖未来科技)
_OWN_STAFF_BODIES = ("环卫处", "环卫所")
CUT_AFTER = tuple(CUT_WORDS.split("|"))
# a day written in figures (1月6日, 6日, 2024年3月): no part of a name
_DAY = re.compile(r"(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]")
_CUT_RE = re.compile("|".join(sorted(CUT_AFTER, key=len, reverse=True)))


def _trim_left(norm: str, start: int, end: int, places: list[Span]) -> int:
    """Move ``start`` right past function words and ownership words."""
    # Walk left from ``start`` (at most to end - 20) while the characters are NAME_CHARS and
    # not STOP_CHARS: the window, reversed, is searched for the first character that may stop
    # the walk (_STOPS_WALK: no name character, or a stop character), then a stop character
    # inside a word is passed over as the walk would pass it.
    lo = max(0, end - 20)
    i = start
    if start > lo:
        window = norm[lo:start][::-1]  # (window[k] is norm[start - 1 - k])
        i = lo  # (where no character stops the walk)
        k = 0
        while (b := _STOPS_WALK.search(window, k)) is not None:
            j = start - 1 - b.start()
            if norm[j] in STOP_CHARS and (
                norm[j - 1 : j + 1] in STOP_IN_WORDS
                # 道里区环卫处: a stop character inside a district written in full, before the
                # sanitation office it names (not 望都县教育局, where teachers go to complain)
                or (norm[start:end] in _OWN_STAFF_BODIES
                    and any(ps < j < pe <= start and norm[pe - 1] in "区县旗" for ps, pe in places))
            ):
                k = b.start() + 1
                continue
            i = j + 1
            break
    if norm[i - 1 : i + 1] == "其中":
        i += 1  # 其中中国水利水电第十六工程局35人: 其 stops the name, 中 is no part of it
    prev_firm = norm.rfind("公司", i, start)
    if prev_firm >= 0:  # 鑫源煤业有限公司鑫源煤矿: a name does not run on past another's suffix
        i = prev_firm + 2
        if norm[i : i + 1] in ("和", "与", "及", "、") and i + 1 < start:
            i += 1  # 建筑公司和房地产公司: the word that joins them begins no name
    if i > 0 and norm[i - 1] in "这那一该每" and norm[i : i + 1] in ("家", "间", "个", "所", "座"):
        i += 1  # 那家台资厂: 那 stops the name, 家 is no part of it
    if norm[i - 1 : i] in ("也", "还", "都", "又", "就") and norm[i : i + 1] in ("和", "与", "跟") and i + 1 < start:
        i += 1  # 也和城建公司签了合同: "with" after an adverb, no part of the name
    head = norm[i:start]
    cut = max((m.end() for m in _CUT_RE.finditer(head)), default=0)
    if any(c.isdigit() for c in head):  # 1月6日公司还没宣布: a day run into the firm unnamed
        cut = max([cut] + [m.end() for m in _DAY.finditer(head)])
    i += cut  # 东莞一家塑胶厂, 抗议工厂: the name begins after the word
    if cut and norm[i : i + 1] in ("和", "与", "及") and i + 1 < end:
        i += 1  # 厂方和派遣公司: the word joined to another
    changed = norm.startswith(STOP_PREFIXES, i)  # else the loop would change nothing
    while changed:
        changed = False
        for p in STOP_PREFIXES:
            if norm.startswith(p, i) and i + len(p) < end:
                i += len(p)
                changed = True
    return i

"""The distinctive name of a Chinese firm, and employers named by their role only.

A Chinese firm's name runs place, trade name (字号), trade and form: 深圳 · 兆丰 · 电子 · 有限公司.
Posts about one event name the firm each their own way — 兆丰电子 in a worker's post, 兆丰厂 in
another's, 兆丰电子（深圳）有限公司 in a reporter's; 鑫旺煤业 in the official notice, 鑫旺煤矿 in a
relative's plea — and share no run of four characters, only the trade name. :func:`same_core`
reads that: the trade name of one (its name without the trade words and the form at its end,
at least two characters) stands in the other right before a trade word, a workplace or a form
(兆丰 in 福永兆丰厂). It is weak evidence (two characters), so ``cluster`` counts it only in
one city.

A numbered plant, 兆丰二厂 or 兆丰3号厂, has the trade name 兆丰 (another numbered plant of it, 兆丰
三厂, does not hold it: a numeral follows it there). Not read: a trade name followed in the other by more name (孝义 in 孝义鑫旺煤矿 is a place
before another trade name), a name that is nothing but trade words (电子厂 and 电子公司).

:func:`role_only` reads an employer named only by its role to the firm at the centre of the
story — 该厂母公司, 外包公司, 承包方 (the parent, the contractor): no name to agree or to
disagree with another post's.
"""

from __future__ import annotations

import re

# trade words and workplaces at the end of a firm's name (longest first)
TRADES = (
    "制品厂",
    "五金厂",
    "电子厂",
    "服装厂",
    "鞋厂",
    "工厂",
    "分厂",
    "厂",
    "电子",
    "五金",
    "制品",
    "科技",
    "实业",
    "机械",
    "电器",
    "服装",
    "制衣",
    "鞋业",
    "纺织",
    "塑胶",
    "塑料",
    "玩具",
    "家具",
    "印刷",
    "化工",
    "建筑",
    "建设",
    "劳务",
    "物业",
    "物流",
    "煤业",
    "煤矿",
    "矿业",
    "矿",
    "能源",
    "食品",
    "汽车",
    "汽配",
    "精密",
    "光电",
    "包装",
    "材料",
    "工程",
    "环卫",
    "保洁",
    "商贸",
    "贸易",
    # 祥达箱包 and 祥达（福建）箱包集团, 华美化学, 顺通公交: the trade words a short name ends in
    # (employer_sites)
    "箱包",
    "化学",
    "公交",
    # 森益纸业, 天龙数码印染 (employer_sites), the trade before it (数码印染)
    "纸业",
    "印染",
    "数码",
)
FORMS = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "企业")
_ROLE = re.compile(r"(?:母公司|子公司|总公司|外包公司|外包方|承包方|总包方|分包方|发包方|用工方)$")
# a numbered plant (二厂, 3号厂) after a trade name of two characters or more
_NUMBERED = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:[一二三四五六七八九十]|\d{1,2}号)厂$")
_NAME = re.compile(r"[^这那该此一某本][\u4e00-\u9fff]+")
# a province written in brackets inside a name (祥达（福建）箱包集团), its brackets gone when the
# name is compacted (祥达福建箱包): the trade name still stands before the trade word
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
    "海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|中国"
)
_BEFORE = re.compile(
    f"(?:{_PROVINCES})?(?:" + "|".join(sorted(TRADES + FORMS, key=len, reverse=True)) + r"|$|[（(])"
)


def role_only(name: str) -> bool:
    """Whether an employer (compacted, Simplified) is named by its role only (该厂母公司)."""
    return bool(_ROLE.search(name))


def core(name: str) -> str:
    """A firm's name (Simplified, compacted) without its form, trade words and a bracketed
    place at its end: 兆丰电子深圳有限公司 -> 兆丰电子深圳 -> ... -> 兆丰."""
    s = re.sub(r"[（(][^）)]*[）)]$", "", name)
    s = _NUMBERED.sub("厂", s)  # 兆丰二厂: a plant of 兆丰's, its trade name 兆丰
    changed = True
    while changed:
        changed = False
        for end in FORMS + TRADES:
            if s.endswith(end) and len(s) > len(end):
                s = s[: -len(end)]
                changed = True
                break
    return s


def _held(trade_name: str, other: str) -> bool:
    """``trade_name`` stands in ``other`` right before a trade word, a form or its end."""
    start = other.find(trade_name)
    while start >= 0:
        if _BEFORE.match(other, start + len(trade_name)):
            return True
        start = other.find(trade_name, start + 1)
    return False


def trade_name(name: str) -> str | None:
    """The trade name :func:`same_core` looks for in other names (the core of ``name``), or
    None when it looks for none."""
    if name.isascii():
        return None
    c = core(name)
    return c if len(c) >= 2 and c != name and _NAME.fullmatch(c) and c not in TRADES else None


def held_names(name: str) -> set[str]:
    """Every run of ``name`` of two characters or more that stands right before a trade word,
    a form or its end: the trade names :func:`same_core` finds held in it (for blocking)."""
    if name.isascii():
        return set()
    ends = [j for j in range(2, len(name) + 1) if _BEFORE.match(name, j)]
    return {name[i:j] for j in ends for i in range(j - 1)}


def same_core(a: str, b: str) -> bool:
    """Two Chinese employer names (compacted, Simplified) share a trade name: the core of one
    (two characters or more, not a trade word, not 这/那/该/一 of a description) stands in the
    other right before a trade word, a form or the end."""
    if a.isascii() or b.isascii():
        return False
    for x, y in ((a, b), (b, a)):
        c = core(x)
        if len(c) >= 2 and c != x and _NAME.fullmatch(c) and c not in TRADES and _held(c, y):
            return True
    return False

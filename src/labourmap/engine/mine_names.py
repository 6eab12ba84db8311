"""Coal mines named by their own name, as key terms for grouping (``summary._site_terms``).

A mine is named in full (山脚树煤矿, 金佳煤矿) or short, its name and 矿 alone (山脚树矿, 盘江金佳矿,
丰源矿), and its name is two or three characters long. Each mention is read as the name (its
last two and its last three characters before 煤矿 or 矿) and 煤矿, so that the short and the full
name of one mine meet, and a mine named in full is the workplace ``cluster._workplace_named``
knows (山脚树煤矿 in the other's employer, 盘州山脚树煤矿).

Not read: a mine of another mineral (金矿, 铁矿, 石英砂矿), a word of mining and no name (矿工,
矿井, 矿上, 矿区, 矿车, 采矿, 开矿, 露天矿, 小矿), nor a name glued to the sentence (到矿, 在矿, 那个矿).
"""

from __future__ import annotations

import re

# (矿上: at the mine; not 矿上千名矿工: the mine, then its miners counted)
_AT = re.compile(r"煤?矿(?![工井车区山主长务难业产石物泉藏口下里]|上(?![千百万]))")
# the character before 矿 in a mine of another mineral, or in a word of mining (采矿, 开矿)
_OTHER = frozenset("金银铜铁锡铅锌铝钨钼锰磷石砂盐采开挖选找探挖下到在小大私天")
# the character before 煤矿 in a word of no name: 小煤矿, 黑煤矿, 私人煤矿
_NO_NAME = frozenset("小大私人黑野非该此本各")
# characters a mine's own name holds none of: words of the sentence around it
_GLUE = frozenset("的在到了去是把被给上往从个那这一两几多某该家说和与及、，矿")


def mine_terms(norm: str) -> set[str]:
    """The coal mines a normalised text names, each as its name and 煤矿 (山脚树矿 is
    山脚树煤矿 and 脚树煤矿: the name's last three and last two characters)."""
    if "矿" not in norm:
        return set()
    out: set[str] = set()
    for m in re.finditer(r"煤?矿", norm):
        start = m.start()
        if not _AT.match(norm, start) or start < 2:
            continue
        if norm[start - 1] in (_OTHER if m.group() == "矿" else _NO_NAME):
            continue  # 金矿, 采矿; 小煤矿, 黑煤矿
        for size in (2, 3):
            name = norm[max(0, start - size):start]
            if len(name) == size and all("\u4e00" <= c <= "\u9fff" for c in name) and not (
                    _GLUE.intersection(name)):
                out.add(name + "煤矿")
    return out

"""A mine named by its own name and 矿 alone (清河门矿, 盘江金佳矿), as the employer where the post
tells its miners or what befell it right after the name, and nothing better is named.

The name is two to five characters before 矿, at a clause's start or right after a place
(辽宁阜新清河门矿: the places before it are no part of it; a mine may bear its
district's name), holding no word of the sentence (该矿, 那个矿,
公司的矿); then its people (新建矿的人, 清河门矿数百名矿工) or a day and what befell it in the
same clause (金佳矿今天下午五点半发生煤与瓦斯突出).

Not read: a mine of another mineral or a word of mining (金矿, 石膏矿, 采矿, 露天矿), 矿 run into
another word (矿工, 矿难, 矿区, 水矿集团, 龙矿集团), a numbered mine (平禹四矿: read in
:mod:`labourmap.engine.employer_called`).
"""

from __future__ import annotations

import re

from labourmap.engine.employer_en import Candidate
from labourmap.engine.model import Span

# 矿 that ends a name: not run into another word (矿工, 矿难, 矿区, 矿业, 矿集团, 矿上; not
# 矿上千名: its miners counted)
_MINE = re.compile(r"矿(?![工井车区山主长务难业产石物泉藏口下里方灯场集团道洞坑]|上(?![千百万]))")
# the character before 矿 in a mine of another mineral, or in a word of mining (采矿, 开矿)
_OTHER = frozenset("煤金银铜铁锡铅锌铝钨钼锰磷石砂盐膏锑采开挖选找探下到在小大私天")
# characters a mine's own name holds none of: words of the sentence, a numeral of a numbered mine
_GLUE = frozenset("的在到了去是把被给上往从个那这一两几多某该家说和与及座全本各司方们我你他她号"
                  "二三四五六七八九十")
# what follows the name: its people, counted or not, or a day and what befell it
_AFTER = re.compile(
    r"的?(?:人|工人|矿工|职工|员工|工友|家属)"
    r"|[数几上近百千万一二三四五六七八九十两多余0-9]{1,8}[名个位]?(?:矿工|工人|职工|员工|人)"
    r"|(?:今天|昨天|前天|今早|昨晚|今晚|今日|昨日|当天)[^，,。！!？?]{0,10}?"
    r"(?:发生|出事|爆炸|透水|着火|起火|罢工|停工|冒顶|突出|停产)"
)
_ADMIN = frozenset("省市区县镇乡村旗州")  # (阜新市矿: no name)
_LEADS = frozenset("，,。！!？?；;：:#】\n \u3000")


def short_mines(norm: str, places: list[Span]) -> list[Candidate]:
    """Mines named by their own name and 矿, before their people or what befell them."""
    if "矿" not in norm:
        return []
    out: list[Candidate] = []
    for m in _MINE.finditer(norm):
        end = m.end()
        if m.start() < 2 or norm[m.start() - 1] in _OTHER or not _AFTER.match(norm, end):
            continue
        start = m.start()
        named = next((ps for ps, pe in places if pe == start and start - ps >= 2), -1)
        if named >= 0 and norm[start - 1] not in _ADMIN:  # 阜新清河门矿: a mine named by its place
            out.append(Candidate(named, end, 2))
            continue
        while start > 0 and m.start() - start < 5 and "\u4e00" <= norm[start - 1] <= "\u9fff" and (
                norm[start - 1] not in _GLUE) and not any(pe == start for _, pe in places):
            start -= 1
        led = start == 0 or norm[start - 1] in _LEADS or any(pe == start for _, pe in places)
        if (led and m.start() - start >= 2
                and not any(ps < m.start() and start < pe for ps, pe in places)):
            out.append(Candidate(start, end, 2))
    return out

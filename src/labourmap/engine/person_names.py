"""A worker named in full, as a key term for grouping (``summary._site_terms``).

A plea for one worker, and the stories told of him, name him: his surname and a given name of
two characters, right after the word that tells who he is to the story (前员工李洪元, 农民工刘仲
凡, 我姐夫贾永志, 岳父刘仲凡, “英雄”贾永志, 老李(李廷贵)) or after 的 (村的李廷贵), and before the
sentence goes on (a stop, 和, 发, 说, 索要). Two posts naming one worker in full tell one
plight: the name is a key term (``人:`` and the name), and ``cluster`` counts it as a mark
of identity, as the employer named alike (:func:`named_person`).

Not read: a worker named by his surname only (刘某, 老刘, 刘师傅, 王经理), a name of one or three
characters after the surname, nor three characters that are words of the sentence (的马路上,
员工宿舍里: a place, a time or a sum word among them), nor a name after an official's or a
lawyer's title (not the worker's story).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from labourmap.engine.placenames import SURNAMES

PREFIX = "人:"
# who the worker is to the story: a worker's role, a relative, a hero told in quotes
CUES = ("员工", "工人", "农民工", "民工", "工友", "骑手", "司机", "职工", "矿工", "女工", "快递员",
        "外卖员", "姐夫", "岳父", "父亲", "爸爸", "我爸", "我妈", "母亲", "哥哥", "弟弟", "姐姐",
        "妹妹", "丈夫", "老公", "妻子", "老婆", "儿子", "女儿", "叔叔", "舅舅", "表哥", "表弟",
        "堂哥", "”", '"', "(", "的")
# a surname and two characters, before the sentence goes on (found overlapping: the cue is
# then looked for right before)
_NAME = re.compile(
    "(?=([" + "".join(sorted(SURNAMES)) + r"][\u4e00-\u9fff]{2})"
    r"(?:[,.!?;:，。！？；：)”\"、\s]|和|发|说|索要|讨|称|在|从|被|今|于|$))"
)
# characters of the sentence, not of a given name: places, times, sums, titles, particles
_NOT_NAME = frozenset("上下里中们了的是在有工厂区市县镇村路街人家天年月日号时分钱款资费"
                      "这那个某说和发被从讨师傅经理板总主任书记哥姐弟妹叔姨")


def person_terms(norm: str) -> set[str]:
    """The workers a normalised text names in full, each as ``人:`` and the name."""
    out: set[str] = set()
    for m in _NAME.finditer(norm):
        name = m.group(1)
        if not _NOT_NAME.intersection(name[1:]) and any(
                norm.endswith(c, 0, m.start()) for c in CUES):
            out.add(PREFIX + name)
    return out


def named_person(terms: Iterable[str]) -> bool:
    """Whether the terms two posts share hold a worker named in full."""
    return any(t.startswith(PREFIX) for t in terms)

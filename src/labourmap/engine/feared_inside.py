"""People feared inside a worksite after a blast, a fire or a collapse, in an eyewitness post
that counts no one dead or hurt yet.

A blast or a fire word alone may be a figure of speech or a plant's loss with no one hurt, so the
rules ask for a word that tells people were harmed. Those still unaccounted for tell it too:
someone who has not come out (三楼有人没出来), who cannot be reached (还有两个人没联系上), whose
fate no one knows (上夜班的人不知道怎么样了), a wish that those inside are safe (希望里面的人都
平安), or people said to be inside or below (井下有几十个人, 吊笼里据说载满了工人, 听说上面好几个人).

Only where the post names a worksite's trade or its workers and an accident that is no crash
on the road, and not in a sentence telling everyone got out (已全部撤离, 都跑出来了).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit
from labourmap.engine.responders import responders
from labourmap.engine.text import sentence_bounds
from labourmap.engine.words_in import holds_any

_NOT_END = r"[^，,。；;！!？?\n]"
FEARED = re.compile(
    # someone not out, not reached, not found: 有人没出来, 两个人还没联系上
    r"(?:有人|[0-9两三四五六七八九十几]+个?人|工人|工友|兄弟|的人|人员)(?:还|仍|仍然|到现在|至今|一直)?"
    r"(?:没有|没|未)(?:能)?(?:出来|跑出来|逃出来|撤出来|联系上|找到)"
    # whose fate no one knows: 上夜班的人不知道怎么样了
    r"|(?:人|工人|工友|兄弟)" + _NOT_END + r"{0,6}?(?:不知道|不晓得)(?:怎么样|情况|死活|有没有事)"
    # a wish for those inside: 希望里面的人都平安
    r"|(?:希望|祈祷|保佑)(?:里面|里头|上面|下面|井下|厂里)" + _NOT_END + r"{0,6}?(?:平安|没事)"
    # people said to be inside, on it or below: 井下有几十个人, 笼里据说载满了工人, 上面好几个人
    r"|(?:上面|里面|里头|下面|井下|楼里|车间里|笼里|吊笼里)(?:还|据说|听说)?"
    r"(?:有|载满了?|困着|还有)" + _NOT_END + r"{0,12}?(?:人|工人|工友)"
    r"|(?:上面|里面|下面)(?:还)?(?:有)?(?:好几个|几个|不少|很多|好多|[0-9两三四五六七八九十]+个)(?:人|工人)"
)
# the words FEARED needs one of (where none is in the text, it is not searched)
_KEYS = ("没", "未", "不知道", "不晓得", "平安", "没事", "上面", "里面", "里头", "下面", "井下", "楼里", "笼里")
# everyone got out: 已全部撤离, 员工都跑出来了
SAFE = re.compile(r"撤离|疏散|都(?:跑|逃)?出来了|无人|没有人员|未造成|安全")
WORKSITES = ("manufacturing", "mining", "construction", "energy_utilities")


def feared_inside(doc: Doc, accidents: list[Hit]) -> list[Hit]:
    """People feared inside, as accident cues, in a post with an accident word told now
    (``accidents``), no crash on the road, and a worksite's trade or its workers."""
    if not accidents or any(h.code == "traffic" for h in accidents):
        return []
    if not doc.cue_counts().get("worker") and not any(h.code in WORKSITES for h in doc.of("industry")):
        return []
    norm = doc.norm
    if not holds_any(norm, _KEYS):
        return []
    out = []
    for m in FEARED.finditer(norm):
        start, end = sentence_bounds(norm, m.start())
        if not SAFE.search(norm, start, end):
            out.append(Hit(m.start(), m.end(), "cue", "accident", "feared"))
    return out


def witnessed(doc: Doc, accidents: list[Hit]) -> list[Hit]:
    """What an eyewitness tells of an accident: rescuers come (see responders), people feared inside."""
    return responders(doc, accidents) + feared_inside(doc, accidents)

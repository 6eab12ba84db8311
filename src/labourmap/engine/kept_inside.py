"""Workers staying put in their own place of work to press a claim: a sit-in.

Told by the place kept (百余员工守厂等工资, 十几个姐妹现在还守在店里, 约120名员工仍守在厂里) or in
English ("workers camp in the toy plant", "have been staying inside the plant since the owner
vanished"). Not the gate kept (守在厂门口: a crowd at the door, read elsewhere), not guards or the
boss keeping the place (保安守在厂里), not a wish or a plan (打算去守厂), not one keeping watch of
his own shop (店主守在店里), nor a crowd told waiting for news by the workshop (天天守着车间等消息:
a plea's wait).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit

_STOP = "，,。；;！!？?"
_PLACE = r"厂区|厂房|工厂|车间|厂|门店|店|公司|仓库|工地|园区"
KEPT = re.compile(rf"守在(?:{_PLACE})(?:里|内|中|不走|等)|守厂")
KEPT_EN = re.compile(
    r"\b(?:camp(?:ed|ing|s)?|(?:stay|stayed|staying|remain|remained|remaining) (?:put )?inside) "
    r"(?:in |inside |at )?(?:the |their )?(?:[\w'-]+ ){0,2}?(?:plant|factory|workshop|store|shop|premises|warehouse)\b"
)
_KEYS = ("守在", "守厂")
_EN_KEYS = ("camp", "inside")
# someone else keeping the place, or only meant: 保安守在厂里, 打算去守厂
_NOT_THEM = re.compile(r"保安|警察|警方|老板|店主|厂方|资方|打算|准备|想不想|guards?|police|owner|security")
# workers named in the sentence: 员工, 姐妹, 工人, "workers"
_THEM = re.compile(r"工人|员工|职工|工友|姐妹|兄弟|同事|大家|我们|师傅|月嫂|workers|staff|employees")


def kept_inside(doc: Doc, past: list[tuple[int, int]]) -> list[Hit]:
    """The sit-ins told as workers keeping their place of work (``past``: the sentences of an
    earlier event)."""
    norm = doc.norm
    tried = [*((KEPT,) if any(k in norm for k in _KEYS) else ()),
             *((KEPT_EN,) if any(k in norm for k in _EN_KEYS) else ())]
    out: list[Hit] = []
    for pattern in tried:
        for m in pattern.finditer(norm):
            if any(s <= m.start() < e for s, e in past):
                continue
            cs = max((norm.rfind(c, 0, m.start()) for c in _STOP), default=-1) + 1
            ss = max((norm.rfind(c, 0, m.start()) for c in "。！？!?\n"), default=-1) + 1
            if _NOT_THEM.search(norm, cs, m.start()) or not _THEM.search(norm, min(ss, cs), m.end()):
                continue
            out.append(Hit(m.start(), m.end(), "form", "sit_in", "kept_inside"))
            break
    return out

"""One worker who died in a mishap at work that no accident type names (一个老师傅用行车吊模具，被
模具砸了，送到县医院没抢救过来; 窑上出事了，有个烧窑师傅当场就不行了): a workplace accident. Read by
:func:`labourmap.engine.pipeline.judge_kind` where the rules found no incident.

It needs a worker named, a mishap told (出事, 被…砸, 摔下, 塌, 触电) and one death as
:func:`labourmap.engine.one_casualty.single_death` reads it; not a plea (a family's claim over a
death is read by the rules of calls for help), nor an action, nor a death with no mishap (一名退休
工人在家中去世).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.one_casualty import single_death

MISHAP = re.compile(
    r"出事|事故|被[^，,。；;！!？?]{0,6}?(?:砸|压|卷|夹|撞|轧|碾|埋|电)|砸到|砸中|摔下|掉下|坠落|踩空|塌|爆炸|炸了|起火|"
    r"着火|触电|中毒|窒息|透水|冒顶"
)


def one_died_at_work(doc: Doc) -> bool:
    """One worker died in a mishap at work, told with no accident type, plea or action."""
    cues = doc.cue_counts()
    if not cues.get("worker") or not cues.get("accident") or cues.get("help") or doc.of("form"):
        return False
    return MISHAP.search(doc.norm) is not None and single_death(doc.norm) == 1

"""Workers told in a few words waiting or claiming at a gate: 项目部门口，工友们都在这儿等着，欠了这么久的钱
必须给个说法; 厂门口，几个来要工资的工人被拖了进去. A crowd of workers (工友们, 几个工人, 一群民工)
at the gate of the firm or site (门口, 门前, 大门外) over pay owed is a protest, though no word of
protest is used. Read by :func:`labourmap.engine.pipeline.judge_kind` where the rules found no
incident (a short post: the text model has no say there).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.form_phrases import GATE_CLAIM

GATE = re.compile(r"门口|门前|大门外|门外")
# more than one worker: 工友们, 几个…工人, 一群民工, 十几个工人
CROWD = re.compile(r"(?:工友|工人|民工|员工|兄弟|师傅)们|(?:几|十几|好几|一群|一帮|好多|很多)(?:个|名)?[^，,。；;！!？?]{0,8}?"
                   r"(?:工人|工友|民工|员工|职工)")
CLOSE = 40  # characters between the gate and the crowd at most


def waited_at_gate(doc: Doc) -> bool:
    """A crowd of workers at a gate over pay owed, the post telling no other act."""
    norm = doc.norm
    if "门" not in norm or not doc.of("demand") or doc.of("accident"):
        return False
    if not any(h.code == "wage_arrears" for h in doc.of("demand")):
        return False
    for g in GATE.finditer(norm):
        for c in CROWD.finditer(norm, max(0, g.start() - CLOSE), min(len(norm), g.end() + CLOSE)):
            lo, hi = min(g.start(), c.start()), max(g.end(), c.end())
            if GATE_CLAIM.search(norm, max(0, lo - 20), min(len(norm), hi + 30)):
                return True
    return False

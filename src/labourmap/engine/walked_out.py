"""A workforce told walking out of its plant: a strike.

A crowd of workers pouring out of the plant in working hours (数千工人冲出厂区堵路, 600余名职工
走出公司封堵大道, 几千人冲出厂门) has left its work: the walkout is a strike, whatever it went on
to do outside (block a road, march). Not a shift going home (下班后走出厂门), one worker
(他冲出车间), nor a crowd that is not the plant's own (村民冲出厂区).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit
from labourmap.engine.text import sentence_bounds
from labourmap.engine.words_in import holds_any

_STOP = "，,。；;！!？?"
# the plant left: 冲出厂区, 走出公司, 涌出了厂门, 走出车间
WALKED_OUT = re.compile(r"(?:冲|走|涌)出了?(?:厂区|厂门|工厂|公司|车间|厂房|工业园)")
_KEYS = ("冲出", "走出", "涌出")
# the crowd before it in its sentence: 数千工人, 600余名职工, 几千人, 工人们, 大批员工
CROWD = re.compile(
    r"(?:工人|员工|工友|职工|女工)们|大批(?:工人|员工|职工)|全厂|全体|"
    r"[\d一二两三四五六七八九十百千万几数上近逾]+(?:多|余|来)?(?:个|名|号|位)?(?:工人|员工|工友|职工|女工|人)"
)
# not the plant's own crowd, or the day's work done: 村民, 下班后, 收工
NOT_A_WALKOUT = re.compile(r"下班|放工|收工|放学|午休|吃饭|村民|居民|业主|家属|消防|警察|民警|保安")


def walkouts(doc: Doc, found: list[Hit], past: list[tuple[int, int]]) -> list[Hit]:
    """The strikes told as a crowd walking out of its plant (``found``: the forms so far;
    ``past``: the sentences of an earlier event)."""
    norm = doc.norm
    if not holds_any(norm, _KEYS) or any(h.code == "strike" for h in found):
        return []
    out: list[Hit] = []
    for m in WALKED_OUT.finditer(norm):
        if any(s <= m.start() < e for s, e in past):
            continue
        ss, _ = sentence_bounds(norm, m.start())
        cs = doc.clause(m.start())[0]
        if not CROWD.search(norm, ss, m.start()) or NOT_A_WALKOUT.search(norm, min(ss, cs), m.end()):
            continue
        out.append(Hit(m.start(), m.end(), "form", "strike", "walked_out"))
    return out

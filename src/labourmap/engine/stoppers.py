"""Who stopped work, where the sentence of a stoppage (停工, 不干了) names no worker by the
lexicon's words. Read by :func:`labourmap.engine.classify._read_forms` for the words of stopping
that are an action only when workers stop (``NEEDS_WORKERS``):

1. a trade named right before it, its name ending in 工 (锅炉工今天停工了, 二十来个挡车工都不干了);
2. a crowd of a trade counted in its sentence (三十多个车工今天停工了, 四十来名泥瓦工停工).

Not a plant halted by its owner (资金链断了，厂子停工: read apart, by ``form_reads.not_theirs``),
nor a verb ending in 工 (开工, 复工, 施工, 打工).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit
from labourmap.engine.text import sentence_bounds

# the verbs and words that end in 工 and name no trade (开工, 复工, 打工, 员工 is a cue already)
_NOT_TRADE = "开复施停动完加做打务上用招分竣误旷罢怠返员职民零"
# (time and manner words that may stand between the trade and the stop: 今天, 都, 集体)
_BETWEEN = r"(?:今天|昨天|前天|今早|昨晚|上午|下午|早上|晚上|中午|凌晨|这几天|这两天|都|也|又|全|全部|集体|一起|就|已经|已|纷纷|了)*"
TRADE_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,3}[^" + _NOT_TRADE + r"\W\d]工(?:们)?" + _BETWEEN + r"$")
# a crowd of a trade counted: 三十多个车工, 四十来名泥瓦工, 二十几位挡车工
TRADE_COUNTED = re.compile(r"(?:多|余|来|几)?(?:个|名|位|号)[\u4e00-\u9fff]{0,3}[^" + _NOT_TRADE + r"\W\d]工")


def stoppers_named(doc: Doc, h: Hit) -> bool:
    """The stoppage at ``h`` is the workers': a trade named right before it or counted in its
    sentence."""
    cs = doc.clause(h.start)[0]
    before = doc.norm[cs : h.start]
    if TRADE_BEFORE.search(before):
        return True
    ss, se = sentence_bounds(doc.norm, h.start)
    return any(ss <= q.start < se and q.lower >= 3 and TRADE_COUNTED.match(doc.norm, q.end)
               for q in doc.quantities)

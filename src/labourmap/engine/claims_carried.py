"""Workers going somewhere to claim their pay, told in the plainest words of a short post.

1. Workers going to the town (镇里, 镇上, 乡里) or its labour station (劳动所) to claim their pay
   petition there: 厂里的工人昨天去镇上要钱 (made up). The colloquial name of the town's
   government is no office name the petition reader knows, so the claim must follow at once
   (要钱, 讨薪, 要工资, 讨说法, or the labour station sought: 找劳动所); going to town to shop
   or to see a doctor is no claim.
2. Workers who went together (相约, 结伴, 一起, 约好) to the plant or the site to demand their pay
   (工人约好一起到厂里要求结清工资, made up) protest at the workplace: going together tells a
   crowd as plainly as 们 or a count does.

A plan or a fear (准备, 打算, 想, 不敢, 要不要) before the going is no act.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit
from labourmap.engine.words_in import holds_any

_STOP = "，,。；;！!？?"
_WORKER = r"工人|员工|工友|农民工|职工|师傅|司机|骑手"
_CLAIM = r"要钱|讨钱|讨薪|讨工资|讨工钱|要工资|讨说法|要说法|讨要|要求结清|要求发放?|要账"
TOWN = re.compile(
    rf"(?:{_WORKER})[^{_STOP}]{{0,6}}?(?:去|到|跑去|跑到|赶到)了?(?P<town>镇里|镇上|乡里|乡上|劳动所)"
    rf"[^{_STOP}]{{0,3}}?(?:{_CLAIM}|找劳动所|找劳动保障所)"
)
TOGETHER = re.compile(
    rf"(?:{_WORKER})们?(?:相约|结伴|约好|一起|约着)+(?:一起)?(?:去|到|跑去|跑到|赶到|回到)了?"
    rf"(?:厂里|厂区|工厂|公司|工地|项目部|老板家)[^{_STOP}]{{0,3}}?(?:{_CLAIM})"
)
PLANNED = re.compile(r"准备|打算|想|不敢|要不要|能不能|明天|下周|如果|万一|该不该")


def carried(doc: Doc, past: list[tuple[int, int]]) -> list[Hit]:
    """Petitions at the town and protests at the plant told as above (``past``: the sentences
    of an earlier event)."""
    norm = doc.norm
    if not holds_any(norm, ("镇", "乡", "劳动所", "相约", "结伴", "约好", "一起", "约着")):
        return []
    out: list[Hit] = []
    for pattern, code in ((TOWN, "petition"), (TOGETHER, "protest")):
        for m in pattern.finditer(norm):
            cs = doc.clause(m.start())[0]
            if any(s <= m.start() < e for s, e in past) or PLANNED.search(norm, cs, m.end()):
                continue
            out.append(Hit(m.start(), m.end(), "form", code, "carried"))
    return out

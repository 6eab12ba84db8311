"""A slogan of owed wages where the claim is another; unpaid overtime; a workplace shut.

- 还我血汗钱, 还我工资 shouted or written on a banner is the crowd's cry, not a wage owed, where
  nothing else in the post tells of wages owed and the post names another claim (老师罢课举
  "还我血汗钱", 别的学校都涨了工资就我们没动: a pay claim; 工厂搬迁，工人拉起"还我血汗钱"横幅，
  要求先付经济补偿: a severance claim). With no other claim, the slogan stays the claim of
  wages owed (工友拉着"还我血汗钱"的横幅 on a building site).
- "unpaid overtime": hours worked beyond the day and not paid for are a claim on the hours
  (besides any wages owed); not "unpaid overtime pay", the pay's arrears.
- The workplace to be shut or torn down, in words of its own: 厂子说没单要关门, 怕这边也要关,
  厂房都开始拆了, 厂子说拆就拆, "the forced demolition of the factory": a closure (not 要关注,
  not 拆除作业 of a site, not a shop's closing hour with a time told).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc

# overtime worked and not paid: "unpaid overtime" (the lexicon reads it as wages owed only); not
# "unpaid overtime pay", the pay's arrears
UNPAID_OVERTIME = re.compile(r"\bunpaid overtime\b(?! (?:pay|wages?|rates?|premium))")
# the workplace to be shut, the verb ending its clause: 没单要关门，, 这边也要关，, 下个月就要关了
TO_CLOSE = re.compile(
    r"(?<![点时就也快上])(?:要|也要|就要|快要|马上要|准备|打算|将)关(?:门|厂|掉)?(?:了)?(?=[，,。；;！!？?]|$)"
)
# the workplace torn down: 厂房都开始拆了, 厂子说拆就拆, 车间被强拆, "demolition of the factory"
TORN_DOWN = re.compile(
    r"(?:厂房|厂子|工厂|车间|厂区)(?:都|已经|已|也|正在|被|要|就要|开始|强行|说)*(?:强)?拆(?!除作业)|说拆就拆|先拆后赔|"
    r"\bdemolition of (?:the|their|its|a) (?:[\w-]+ ){0,2}?(?:factory|plant|workshop|mill)\b|"
    r"\b(?:factory|plant|workshop|mill) (?:was |is |being |had been |has been )?(?:demolished|torn down|razed)\b"
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_SLOGANS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (UNPAID_OVERTIME, "hours_overtime", ("overtime",)),
    (TO_CLOSE, "relocation_closure", ("要关", "将关", "备关", "算关")),
    (TORN_DOWN, "relocation_closure", ("拆", "demoli", "torn down", "razed")),
)
# the slogan: 还我血汗钱, 还我老师血汗钱, 楚天建设还我血汗钱, 还我工资
SLOGAN = re.compile(r"还我[^，,。；;！!？?“”「」\"'、\s]{0,6}?(?:血汗钱|工资)")


def slogan_only_arrears(doc: Doc) -> None:
    """Drop wage_arrears read only from a slogan, in a post that names another claim."""
    found = doc.out.sets.get("demands")
    if not found or len(found) < 2:
        return
    arrears = next((f for f in found if f.value == "wage_arrears"), None)
    if arrears is None or "还我" not in doc.norm:
        return
    slogans = [m.span() for m in SLOGAN.finditer(doc.norm)]
    if not slogans or not all(any(a <= s and e <= b for a, b in slogans) for s, e in arrears.spans):
        return
    found[:] = [f for f in found if f.value != "wage_arrears"]

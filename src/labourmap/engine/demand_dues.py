"""Dues beside the wage, and a pension docked: what they are claimed as.

- A heating fee owed (取暖费两年没给, 拖欠取暖費, "unpaid heating allowances") beside a pension
  claimed, or with no wage named, is a claim of its own, `other`: the winter's fee the northern
  mines and plants pay on top of the pension or the wage. Told beside wages owed (四个月工资没发，
  取暖费一年没给) it goes with them; the retirees' 取暖补贴 is read as the pension's. Where no wage
  is named anywhere, the arrears' word said of that fee is no wages owed (退休金被扣，取暖费到现在
  还没给).
- A pension docked (克扣退休金, 退休金克扣, 剋扣退休金) is the pension's claim: the docking
  word alone is no pay claim.
- An injury's subsidy (一次性伤残补助, 护理补贴, 丧葬补助金) is part of the injury's compensation:
  the subsidy's word alone is no pay claim.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.retirees_dues import WAGE_WORDS

_S = "，,。；;！!？?"
# the heating fee, and in its clause a word that says it is owed or asked for
HEATING = re.compile(r"取暖[费費]")
OWED_ZH = re.compile(r"欠|拖|没|沒|未|不发|不發|要|讨|討|追|补发|補發")
HEATING_EN = re.compile(
    r"\b(?:unpaid|owed|overdue|withheld) (?:\w+ )?heating (?:allowances?|fees?|subsid(?:y|ies))\b|"
    r"\bheating (?:allowances?|fees?|subsid(?:y|ies))\b[^.;]{0,30}?\b(?:unpaid|owed|overdue|withheld|not (?:been )?paid|in arrears)\b"
)
# a pension word right beside a docking word: 克扣退休金, 退休金克扣, 苛扣了养老金
PENSION_AFTER = re.compile(r"(?:了|的)?(?:退休金|退休工资|退休工資|养老金|養老金)")
PENSION_BEFORE = re.compile(r"(?:退休金|退休工资|退休工資|养老金|養老金)(?:被|遭|也|都|还|還)?$")
DOCKING = ("克扣", "剋扣", "苛扣")
# the subsidy of an injury, a death or its care: 伤残补助, 工亡补助金, 护理补贴
INJURY_ITEM = re.compile(r"(?:伤残|傷殘|工伤|工傷|工亡|护理|護理|丧葬|喪葬|抚恤|撫恤|误工|誤工)$")
SUBSIDIES = ("补助", "補助", "补贴", "補貼", "津贴", "津貼")


def _clause(norm: str, start: int, end: int) -> str:
    s = max(norm.rfind(c, 0, start) for c in _S) + 1
    ends = [k for k in (norm.find(c, end) for c in _S) if k >= 0]
    return norm[s : min(ends, default=len(norm))]


def heating_fee(doc: Doc) -> None:
    """Add `other` for a heating fee owed or asked for (see the module)."""
    norm = doc.norm
    span: tuple[int, int] | None = None
    if "取暖" in norm:
        for m in HEATING.finditer(norm):
            if OWED_ZH.search(_clause(norm, m.start(), m.end())):
                span = m.span()
                break
    elif "heating" in norm:
        e = HEATING_EN.search(norm)
        span = e.span() if e else None
    if span is None:
        return
    found = doc.out.sets.get("demands", [])
    pension = any(f.value == "pension" for f in found)
    wages = WAGE_WORDS.search(norm) is not None
    if not pension and wages:
        return  # 四个月工资一分没见，取暖费一年没给: the fee goes with the wages owed
    doc.add("demands", "other", (span,), 0.6)
    if not wages:
        found = doc.out.sets["demands"]
        found[:] = [f for f in found if f.value != "wage_arrears"]  # the fee owed, no wages


def pension_docked(doc: Doc) -> None:
    """Drop pay where its only words dock a pension or name an injury's subsidy (see the module)."""
    found = doc.out.sets.get("demands")
    if not found:
        return
    pay = next((f for f in found if f.value == "pay"), None)
    if pay is None:
        return
    pension = any(f.value == "pension" for f in found)
    injury = any(f.value == "injury_compensation" for f in found)
    norm = doc.norm
    for s, e in pay.spans:
        word = norm[s:e]
        if pension and word in DOCKING and (
            PENSION_AFTER.match(norm, e) is not None or PENSION_BEFORE.search(norm, max(0, s - 5), s) is not None
        ):
            continue
        if injury and word in SUBSIDIES and INJURY_ITEM.search(norm, max(0, s - 2), s) is not None:
            continue
        return
    found.remove(pay)


def dues(doc: Doc) -> None:
    heating_fee(doc)
    pension_docked(doc)

"""Retirees' dues: what retirees say is withheld is owed on their pension, not wages.

Where the claimants are retirees (退休老职工, 离退休人员, "retirees"), a pension is claimed and
no wage is named anywhere in the post, the arrears' word (补发, 拖欠) is said of what comes with
the pension (取暖补贴, 养老金调整部分): 两百多名退休职工要求补发被扣下的取暖补贴 is a pension
claim, no wages owed.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc

RETIREES = re.compile(
    r"(?:离|離)?退休(?:老)?(?:职工|職工|工人|人员|人員|教师|教師|老师|老師|矿工|礦工|员工|員工|干部|幹部)|\bretirees\b"
)
# a wage named (退休工资 is the pension itself)
WAGE_WORDS = re.compile(
    r"(?<!退休)(?:工资|工資|工钱|工錢|薪水|薪资|薪資|欠薪|讨薪|討薪|血汗钱|血汗錢)|\b(?:wages?|salar(?:y|ies)|back pay)\b"
)


def retirees_no_arrears(doc: Doc) -> None:
    """Drop wage_arrears from a retirees' pension claim that names no wage (see the module)."""
    found = doc.out.sets.get("demands")
    if not found or not any(f.value == "pension" for f in found):
        return
    if not any(f.value == "wage_arrears" for f in found):
        return
    norm = doc.norm
    if RETIREES.search(norm) is None or WAGE_WORDS.search(norm) is not None:
        return
    found[:] = [f for f in found if f.value != "wage_arrears"]

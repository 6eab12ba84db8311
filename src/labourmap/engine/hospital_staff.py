"""A hospital's own staff: 人民医院部分临聘人员聚集, 医院的临时工罢工, "temporary staff at a hospital".

A post whose workers are the hospital's own (its staff, its temporary or contract hands, its
nurses) is of healthcare even when no word of the lexicon names a medical trade. Outsourced
cleaners, guards and carers at a hospital are their contractor's, and the hurt taken to a
hospital (送往医院) are not its staff: neither is read here.
"""

from __future__ import annotations

import re

# 医院(的|里的|部分|全体)?职工 / 临时工 / 临聘人员 / 护理人员; 卫生院职工
STAFF_ZH = re.compile(
    r"(?:医院|卫生院)(?:的|里的?|部分|全体|[\u4e00-\u9fff]{0,4}?拖欠(?:全院|全体|部分)?)?"
    r"(?:[\d一二三四五六七八九十百千几数多余]{1,6}[名个位])?"
    r"(?:在职|在编|编外|劳务派遣)?(?:职工|员工|临时工|临聘|合同工|护理人员|医护|医务)"
)
STAFF_EN = re.compile(
    r"\b(?:(?:temporary|contract|medical|nursing|hospital) (?:staff|workers|employees) (?:at|of) "
    r"(?:a|the|[A-Z]?\w+ )?\w* ?hospital|hospital (?:staff|employees))\b"
)
# where the hurt were taken, not where they work: 送往医院, taken to hospital
TAKEN = re.compile(r"送往|送到|送至|送进|转往|转到|taken to")


def hospital_staff(norm: str) -> tuple[int, int] | None:
    """Where the post names a hospital's own staff, if it does."""
    if "医院" in norm or "卫生院" in norm:
        for m in STAFF_ZH.finditer(norm):
            if not TAKEN.search(norm, max(0, m.start() - 6), m.start()):
                return m.span()
    found = STAFF_EN.search(norm) if "hospital" in norm else None
    return found.span() if found else None

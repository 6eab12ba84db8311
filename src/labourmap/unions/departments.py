"""Union departments: the many local names (Chinese and English) mapped onto the codebook's
canonical department codes.

CLB's report: rights protection work sits in "over a dozen different names" of department —
维权部, 权益保障部, 法律工作部, 经济法律部, 维权大厅, 职工信访部, 职工帮扶中心, 职工服务中心,
农民工委员会, 法律服务部 … — all coded ``rights_protection``.
"""

from __future__ import annotations

import re

from labourmap.codebook import get_codebook

#: Local name -> canonical code. Chinese names as unions write them; English names lower-case.
LOCAL_NAMES: dict[str, str] = {
    # rights protection, by its many names (codebook: Union accountability)
    "维权部": "rights_protection",
    "权益保障部": "rights_protection",
    "法律工作部": "rights_protection",
    "经济法律部": "rights_protection",
    "法律部": "rights_protection",
    "维权大厅": "rights_protection",
    "职工维权大厅": "rights_protection",
    "职工信访部": "rights_protection",
    "信访部": "rights_protection",
    "职工帮扶中心": "rights_protection",
    "帮扶中心": "rights_protection",
    "职工服务中心": "rights_protection",
    "农民工委员会": "rights_protection",
    "法律服务部": "rights_protection",
    "法律援助中心": "rights_protection",
    "维权服务中心": "rights_protection",
    "rights protection department": "rights_protection",
    "rights defence department": "rights_protection",
    "rights defense department": "rights_protection",
    "safeguarding rights and interests department": "rights_protection",
    "legal work department": "rights_protection",
    "economic and legal department": "rights_protection",
    "workers' rights protection hall": "rights_protection",
    "employee petition department": "rights_protection",
    "employee assistance centre": "rights_protection",
    "employee service centre": "rights_protection",
    "migrant worker committee": "rights_protection",
    "legal services department": "rights_protection",
    # the other departments the report names
    "组织部": "organising",
    "组织工作部": "organising",
    "organising department": "organising",
    "organizing department": "organising",
    "基层工作部": "grassroots_work",
    "基层组织建设部": "grassroots_work",
    "grassroots work department": "grassroots_work",
    "经济工作部": "economic_work",
    "经济技术部": "economic_work",
    "economic work department": "economic_work",
    "法律服务": "legal_services",
    "工会律师": "legal_services",
    "律师": "legal_services",
    "union lawyer": "legal_services",
    "legal services": "legal_services",
    "总机": "operator",
    "接线员": "operator",
    "办公室": "operator",
    "operator": "operator",
    "switchboard": "operator",
    "值班律师": "duty_lawyer",
    "duty lawyer": "duty_lawyer",
}

_SPACE = re.compile(r"\s+")


def canonical_department(name: str | None) -> str | None:
    """The codebook code for a department given by code or by a local name; None if unknown.

    >>> canonical_department("权益保障部")
    'rights_protection'
    >>> canonical_department("Economic Work Department")
    'economic_work'
    """
    if not name:
        return None
    text = _SPACE.sub(" ", name.strip())
    if get_codebook().is_valid("department", text):
        return text
    found = LOCAL_NAMES.get(text) or LOCAL_NAMES.get(text.lower())
    if found:
        return found
    for suffix in ("（", "("):  # "维权部（职工服务中心）"
        if suffix in text:
            return canonical_department(text.split(suffix, 1)[0])
    return None


def names_of(code: str) -> list[str]:
    """Every known local name of a canonical department (Chinese first)."""
    names = [n for n, c in LOCAL_NAMES.items() if c == code]
    return sorted(names, key=lambda n: (n.isascii(), n))

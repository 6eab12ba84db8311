"""An office that says it will see the wages paid, or has paid them itself: the government's
intervention.

教育局称…将在20天内发放到位, 当地教育局次日发出情况说明，称已筹措资金，月底前发放, 人社部门
回应称，已联系开发商，要求其先行垫付, 县财政已先行垫付拖欠工资, "the labour bureau says the wages
will be paid before the festival". Not an office asked to (要求教育局尽快发放: the workers'
claim), nor one that only says the money is not its to pay (教育局说这钱不归他们发) or names
another hand to pay it (工资将由法院委托银行发放).
"""

from __future__ import annotations

import re

from labourmap.engine.offices import GOV_OFFICE

_END = "。！？!?\n"
_OFFICE = rf"(?:{GOV_OFFICE.pattern}|财政|有关部门|相关部门|当地政府)"
# the office, then within its sentence the wages said to be paid (将/已/限期 … 发放, 垫付, 结清)
OFFICE_PAYS = re.compile(
    rf"{_OFFICE}[^{_END}]{{0,30}}?(?:将|会|已经?|先行|限期|尽快|月底前|年底前|春节前|节前|\d+天内|[一二两三四五六七八九十]+天内)"
    rf"[^{_END}，,；;]{{0,10}}?(?:发放|垫付|补发|结清|发到位|兑现|支付到位)"
)
OFFICE_PAYS_EN = re.compile(
    r"\b(?:bureau|government|authorities|officials|department)\b[^.!?]{0,40}?"
    r"\b(?:will be paid|would be paid|has advanced|had advanced|advanced the wages|paid the wages)\b"
)
_KEYS = ("发放", "垫付", "补发", "结清", "发到位", "兑现", "支付到位")
_EN_KEYS = ("paid", "advanced")
# asked of the office, or the office only pointing elsewhere: 要求…发放, 不归, 无权
_ASKED = re.compile(r"要求|请求|希望|呼吁|求|盼|不归|无权|不负责|让我们|urg|demand|ask")
# the wages to be paid by another hand the office only names: 工资将由法院委托银行直接发放
_BY_OTHERS = re.compile(r"由(?:法院|公司|企业|老板|学校|厂方|开发商|总包|银行|医院)")


def office_pays(norm: str) -> re.Match[str] | None:
    """The first place where an office is told seeing the wages paid (or paying them)."""
    tried = [*((OFFICE_PAYS,) if any(k in norm for k in _KEYS) else ()),
             *((OFFICE_PAYS_EN,) if any(k in norm for k in _EN_KEYS) else ())]
    for pattern in tried:
        for m in pattern.finditer(norm):
            ss = max((norm.rfind(c, 0, m.start()) for c in _END), default=-1) + 1
            if _ASKED.search(norm, ss, m.start()) or _ASKED.search(m.group()) or _BY_OTHERS.search(m.group()):
                continue
            return m
    return None

"""A report that an office got workers their money back: the news is the sum paid, not a dispute
the workers carry on.

Labour inspectors, the human-resources bureau, a union, a court or a mediator (劳动监察大队,
人社局, 区总工会, 经调解) recovered the wages or the compensation owed and the workers received it
(在劳动监察部门的协调下当场拿到工资, 把追回的欠薪发到农民工手中, 帮助农民工追回工资, 经调解公司
支付补偿金). Told near the post's start (its headline or first sentence), in the voice of the
office or the press, with no action but the complaint that brought the case (到监察大队投诉), it
reports no incident. Not read: the poster's own words (我们在劳动监察协调下只拿到一半), an
action told beside it (堵路, 罢工), a sum only promised (承诺, 约定…支付 without it received).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.form_phrases import WEAK_PROTEST
from labourmap.engine.matcher import Hit

_NOT_END = r"[^。；;！!？?\n]"
# the money received or recovered: 拿到…欠薪, 领到了…工钱, 追回工资, 发到…手中, 支付补偿金
PAID = re.compile(
    r"(?:拿到|领到|收到|追回|讨回|追讨回|发放到?|发到|兑现|支付|结清|付清)了?" + _NOT_END + r"{0,14}?"
    r"(?:欠薪|工资|工钱|薪酬|薪资|劳动报酬|血汗钱|赔偿|补偿|欠款|费用)"
    r"|发到" + _NOT_END + r"{0,16}?手(?:中|上|里)"
)
# the office that got it back: inspectors, the bureau, a union, a court, a mediator
OFFICE = re.compile(
    r"劳动监察|监察大队|劳动保障|人社|人力资源和社会保障|总工会|工会|仲裁|法律援助|调解|法院|信访"
)
# the money not yet in hand: 未领到, 要求…支付, 督促…支付, 承诺…结清 (a claim or a promise)
NOT_YET = re.compile(r"[未没不拒尚将应]")
UNPAID = re.compile(r"要求|督促|承诺|约定|责令|答应|保证|争取")
LEAD = 80  # the headline or the first sentence: how far into the post the payment is told
# the words a post of this kind holds (where none is in it, it is not read)
_KEYS = ("监察", "人社", "人力资源", "工会", "仲裁", "法律援助", "调解", "法院", "劳动保障", "信访")


def paid_by_office(doc: Doc, forms: list[Hit]) -> bool:
    """An office's recovery of the workers' money leads the post, with no action told but a
    complaint to an office, and not in the first person."""
    norm = doc.norm
    if not any(k in norm for k in _KEYS):
        return False
    if any(h.code != "petition" and h.term not in WEAK_PROTEST for h in forms):
        return False  # (an action besides the complaint: 堵路, 罢工, 拉横幅)
    if doc.cue_counts().get("first_person"):
        return False  # 我们在劳动监察协调下只拿到一半: the poster's own dispute
    if not any(not NOT_YET.search(norm, max(0, m.start() - 3), m.start())
               and not UNPAID.search(norm, doc.clause(m.start())[0], m.start())
               for m in PAID.finditer(norm, 0, min(len(norm), LEAD))):
        return False
    return OFFICE.search(norm) is not None


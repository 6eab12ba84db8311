"""State and other responses: police, detention, violence, officials, the union, talks."""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.text import each

GOV_ACTION = re.compile(
    each(
        "政府|劳动监察|人社|劳动局|住建局|街道|书记|市长|县长|区长|官员|信访局|信访办|教育局|卫健委|"
        "交通运输局|运输局|劳动所|劳动保障所|镇里|区里|县里|市里|乡里|镇上|当局|劳动仲裁|监察大队|"
        "有关部门|相关部门|建设局|城管|劳动部门",
        r"[^。；]{0,20}(?:协调|介入|出面|协商|调解|约谈|一起去|督促|责令|垫付|处理|接待|接见|"
        r"派员|召集|座谈|来人|来了人|说会|答应|承诺|开会|赶过来|赶来|赶到|想办法|联系施工|喊话|劝说|劝导|做工作)",
    )
    + "|"
    + each("叫上|带着|陪同", r"[^，。]{0,4}(?:劳动监察|政府)")
    + "|"
    # officials on the spot: 住建局工作人员和民警到场处置, 交通运输部门派人接待
    + each(
        "政府|人社|住建|劳动|街道|监察|城管|交通运输|部门|局|委|所",
        r"[^。；，,]{0,10}(?:工作人员|人员|干部|官员|负责人|执法人员)[^。；]{0,14}"
        r"(?:到场|赶到|赶赴|来到|到现场|接待|调解|处置|劝导|协调)",
    )
    + r"|部门[^。；，,]{0,4}(?:派人|派员)接待|"
    # 劳动监察的人也来了, 街道办和劳动站的人都到了, 信访局的人出来收了材料
    + each(
        "政府|人社|住建|劳动|街道|监察|城管|信访|交通运输|部门",
        r"[^。；，,]{0,6}?的人(?:都|也)?(?:到了|来了|出来|赶到|到场)",
    )
    + "|"
    + each(
        "officials|government|authorities|bureau|commission|mayor",
        r"[^.]{0,50}(?:mediat|intervened|stepped in|negotiat|promised|\bmet\b|came to talk|"
        r"turned up|talked to|came to the site|talked them down|addressed)",
    )
    + r"|mediated by [^.]{0,40}(?:government|bureau|commission|officials)"
)
UNION_ACTION = re.compile(
    r"工会[^。；]{0,24}(?:介入|主动联系|出面|协调|帮助|帮忙|跟进|接手|维权|派员|派人|约谈|会同|"
    r"督促|了解情况)|"
    r"unions?\b[^.]{0,40}(?:took up|intervened|stepped in|back|support|"
    r"mediat|negotiat|helped|sided with)|"
    # the union's chairman at the workers' head: 工会主席一直和大家站在一起, 委托工会争取
    r"委托工会|工会主席[^。；]{0,12}(?:带领|带着|站在一起|(?:跟|和|同)(?:我们|大家|工人|员工|职工)(?:站在)?一起)|led by (?:their |the )?union"
)
ASKED_FOR = re.compile(r"请|求(?!助)|希望|呼吁|盼|urg|call(?:ed|ing)? on|ask")
REPS = re.compile(
    each("推选|选出|选举|派出|推举", "[^，。]{0,6}代表") + "|elected [^.]{0,20}representatives"
)
_UNION_REFUSES = re.compile(r"(?:管不了|不管|拒绝|说[^，。]{0,6}不)")


# talks asked for, not held: 要求公司坐下来谈, "urging management to negotiate"
TALKS_ASKED = re.compile(r"(?:要求|请|希望|呼吁|盼|促请|demand|urg|call(?:ed|ing)? on|ask)[^，,。；;！!？?]*$")


def responses(doc: Doc) -> None:
    for h in doc.of("response"):
        if h.code == "police" and doc.kind == "call_for_help":
            continue
        back = 16 if not doc.norm[h.start : h.end].isascii() else 48
        if h.code == "negotiation" and TALKS_ASKED.search(doc.norm, max(0, h.start - back), h.start):
            continue
        doc.add("responses", h.code, ((h.start, h.end),), 0.7)
    for pattern, code, needs in (
        (GOV_ACTION, "government_intervention", ()),  # (too many words to look for first)
        (UNION_ACTION, "union_intervention", ("工会", "union")),
        (REPS, "negotiation", ("代表", "representatives")),
    ):
        if needs and not any(w in doc.norm for w in needs):
            continue  # (every match holds one of these words)
        for m in pattern.finditer(doc.norm):
            if code != "negotiation" and ASKED_FOR.search(
                doc.norm, max(0, m.start() - 8), m.start() + 2
            ):
                continue  # 要求人社局介入, 请县总工会关注: what the workers ask for
            if code == "union_intervention" and _UNION_REFUSES.search(m.group()):
                continue
            doc.add("responses", code, ((m.start(), m.end()),), 0.6)

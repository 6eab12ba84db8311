"""Rules over lexicon hits: is it an incident, what kind, and the coded fields.

Kind, in order (first that holds):
1. outside the mainland, or a post about homeowners, students or villagers with no workers,
   or an advert / union report / policy / study / comment with no action, no casualty and no
   plea → not an incident;
2. a death, an injury count, or an accident word with an accident type → workplace_accident
   (unless it is one injured worker asking for help: call_for_help);
3. a form of collective action with workers or a grievance → collective_action;
4. a plea (求助, "appeal for help") with a worker or a grievance → call_for_help;
5. a disease or poisoning among workers → workplace_accident.
"""

from __future__ import annotations

import re
from collections import defaultdict

from labourmap.engine import employer as employer_rules
from labourmap.engine.doc import Doc
from labourmap.engine.lexicon import INDUSTRY_WEIGHT
from labourmap.engine.matcher import Hit
from labourmap.engine.text import sentence_bounds

HARD_VETO = ("stats", "history")
VETO = ("advert", "union_praise", "policy", "academic", "praise", "commentary")
WEAK_PROTEST = {"讨薪", "讨说法", "要说法", "维权", "集体维权", "讨要"}
SIGNS = {"举牌", "举着牌", "举牌子", "举着牌子", "上街"}
MOTIVE = {"抗议", "protest*", "维权"}
NEEDS_WORKERS = {"停工", "停运", "不干了", "停摆", "停止接单", "拒绝接单", "不开工"}
MONTH_BEFORE = re.compile(r"(?:in|on|since|early|late|last|of|by|until|from|this|next|mid-?)\s$")
GOV_OFFICE = r"(?:政府|信访|劳动监察|人社局|住建局|劳动局|监察大队|街道办|人社部门|劳动部门|市政府|区政府|县政府)"
PETITION = re.compile(
    rf"(?:到|去|赴|前往|找|跑|奔)[^，,。；]{{0,14}}{GOV_OFFICE}|"
    rf"{GOV_OFFICE}[^，,。；]{{0,4}}(?:门口|门前|楼顶|楼前|大楼|大院|楼下|楼上)|"
    r"(?:outside|to) (?:the )?(?:local |city |municipal |county )?"
    r"(?:government|labou?r bureau)"
)
GOV_ACTION = re.compile(
    r"(?:政府|劳动监察|人社|劳动局|住建局|街道|书记|市长|县长|区长|官员|信访局|"
    r"劳动仲裁|监察大队)[^。；]{0,20}(?:协调|介入|出面|协商|调解|约谈|一起去|督促|"
    r"责令|垫付|处理)|(?:叫上|带着|陪同)[^，。]{0,4}(?:劳动监察|政府)|"
    r"(?:officials|government|labou?r bureau)[^.]{0,30}(?:mediat|intervened|"
    r"stepped in|negotiat|promised)"
)
UNION_ACTION = re.compile(
    r"工会[^。；]{0,24}(?:介入|主动联系|出面|协调|帮助|帮忙|跟进|接手|维权)|"
    r"unions?\b[^.]{0,40}(?:took up|intervened|stepped in|back|support|"
    r"mediat|negotiat|helped)"
)
REPS = re.compile(r"(?:推选|选出|选举|派出|推举)[^，。]{0,6}代表|elected [^.]{0,20}representatives")
SERIOUS = {
    "失联",
    "遇难",
    "死亡",
    "身亡",
    "被困",
    "被埋",
    "救援",
    "搜救",
    "事故",
    "罹难",
    "丧生",
    "trapped",
    "dead",
    "killed",
    "died",
    "missing",
    "rescue*",
    "death toll",
    "accident",
}
PRIORITY_OWNER = ("foreign_invested", "state_owned", "government", "private")
DUST = {"粉尘", "超标"}
PLAIN_COMPENSATION = {"compensation", "补偿", "赔偿金"}
PAY_ITEMS = {"补贴", "绩效", "奖金", "bonus*"}
ACCIDENT_ORDER = (
    "poisoning_disease",
    "explosion_fire",
    "collapse",
    "fall",
    "machinery",
    "traffic",
    "mine",
    "other",
)


def _form_hits(doc: Doc) -> list[Hit]:
    cues = doc.cue_counts()
    out: list[Hit] = []
    for h in doc.of("form"):
        if h.term in NEEDS_WORKERS:
            cs, ce = sentence_bounds(doc.norm, h.start)
            if not any(
                c.cat == "cue" and c.code in ("worker", "collective") and cs <= c.start < ce
                for c in doc.hits
            ) and not any(
                cs <= q.start < ce and re.match(r"(?:多|余)?[名人]", doc.norm[q.end : q.end + 2])
                for q in doc.quantities
            ):
                continue
        if (
            h.code == "march"
            and h.term.startswith("march")
            and (
                MONTH_BEFORE.search(doc.norm[max(0, h.start - 7) : h.start])
                or re.match(r"\s?\d", doc.norm[h.end : h.end + 2])
                or re.search(r"\d\s?$", doc.norm[max(0, h.start - 3) : h.start])
            )
        ):
            continue
        out.append(h)
    if any(h.code != "protest" for h in out):  # 站上楼顶, 举着牌子: the sign is part of it
        out = [h for h in out if h.term not in SIGNS]
    strong = [h for h in out if h.term not in WEAK_PROTEST]
    if strong:
        out = strong
    if any(h.code == "strike" for h in out):  # 停工，抗议欠薪: the strike is the protest
        out = [h for h in out if h.term not in MOTIVE]
    if not cues.get("worker") and not doc.of("demand") and not (doc.employer and doc.of("industry")):
        return []
    if out or cues.get("collective"):  # one worker filing a complaint is no petition
        for m in PETITION.finditer(doc.norm):
            out.append(Hit(m.start(), m.end(), "form", "petition", "petition"))
    return out


def decide_kind(doc: Doc) -> str | None:
    cues = doc.cue_counts()
    loc = doc.location
    if loc is not None and loc.outside is not None:
        return None
    workers = cues.get("worker", 0) > 0
    if not workers and any(cues.get(c) for c in ("consumer", "student", "villager")):
        return None
    forms = _form_hits(doc)
    help_ = cues.get("help", 0) > 0
    demands = bool(doc.of("demand"))
    casualty = bool(doc.killed or doc.injured)
    accident_types = doc.of("accident")
    if any(cues.get(c) for c in VETO) and not (forms or casualty or help_):
        return None
    if any(cues.get(c) for c in HARD_VETO) and not casualty:
        return None  # a count of strikes over a year, an anniversary of an old strike
    if cues.get("consumer") and not demands and not casualty:
        return None  # homeowners stopping their mortgage payments
    one_hurt = not doc.killed and (not doc.injured or doc.injured.value == 1)
    serious = any(h.term in SERIOUS for h in doc.of("cue", "accident"))
    if casualty or (accident_types and cues.get("accident")):
        if help_ and one_hurt and not forms and not serious:
            return "call_for_help"
        if not forms or (accident_types and (doc.killed or serious)):
            if workers or doc.of("industry") or doc.employer:
                return "workplace_accident"
    if forms and (workers or demands or (doc.employer and doc.of("industry"))):
        return "collective_action"
    if help_ and (workers or demands) and (demands or accident_types):
        return "call_for_help"
    if cues.get("first_person") and workers and demands:
        return "call_for_help"
    if accident_types and workers and any(h.code == "poisoning_disease" for h in accident_types):
        return "workplace_accident"
    return None


def forms(doc: Doc) -> None:
    for h in _form_hits(doc):
        doc.add("forms", h.code, ((h.start, h.end),), 0.8 if h.term not in WEAK_PROTEST else 0.5)


def industry(doc: Doc) -> None:
    scores: dict[str, float] = defaultdict(float)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    emp = doc.employer
    hits = doc.of("industry")
    for h in hits:
        if any(
            o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
            for o in hits
        ):
            continue  # 厂 inside 电厂
        w = INDUSTRY_WEIGHT.get(h.term, 1.0)
        if emp and emp[0] <= h.start and h.end <= emp[1]:
            w *= 3
        scores[h.code] += w
        spans[h.code].append((h.start, h.end))
    if emp:
        known = employer_rules.industry_of(doc.norm, emp)
        if known:
            scores[known] += 5
            spans[known].insert(0, emp)
    if not scores:
        return
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    if score < 1 or (len(ranked) > 1 and ranked[1][1] == score):
        return
    conf = min(0.95, 0.5 + 0.1 * score)
    doc.set("industry", best, tuple(spans[best][:3]), conf)


def demands(doc: Doc) -> None:
    hits = doc.of("demand")
    disease = any(h.code == "poisoning_disease" for h in doc.of("accident")) or any(
        h.code == "injury_compensation" for h in hits
    )
    for h in hits:
        if any(
            o.code != h.code and o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
            for o in hits
        ):
            continue  # 收购 inside 收购价: a price, not a takeover
        code = h.code
        if code == "severance" and h.term in PLAIN_COMPENSATION and disease:
            code = "injury_compensation"  # compensation for silicosis is for the disease
        if code == "pay" and h.term in PAY_ITEMS and any(
            o.code == "wage_arrears" and o.start < h.start and h.start - o.start < 24 for o in hits
        ):
            continue  # 拖欠的补贴和绩效工资: the items owed, not a pay claim
        doc.add("demands", code, ((h.start, h.end),), 0.7)


def ownership(doc: Doc) -> None:
    found: dict[str, Hit] = {}
    for h in doc.of("owner"):
        if h.code == "private" and doc.kind == "workplace_accident":
            continue
        found.setdefault(h.code, h)
    for code in PRIORITY_OWNER:
        if code in found:
            h = found[code]
            doc.set("ownership", code, ((h.start, h.end),), 0.8 if code != "private" else 0.6)
            return
    if doc.employer and (owner := employer_rules.ownership_of(doc.norm, doc.employer)):
        doc.set("ownership", owner, (doc.employer,), 0.6)
        return
    ind = doc.out.fields.get("industry")
    if ind and ind.value in ("education", "public_sector") and doc.kind != "workplace_accident":
        doc.set("ownership", "government", ind.spans[:1], 0.5)


def responses(doc: Doc) -> None:
    for h in doc.of("response"):
        if h.code == "police" and doc.kind == "call_for_help":
            continue
        doc.add("responses", h.code, ((h.start, h.end),), 0.7)
    for pattern, code in (
        (GOV_ACTION, "government_intervention"),
        (UNION_ACTION, "union_intervention"),
        (REPS, "negotiation"),
    ):
        for m in pattern.finditer(doc.norm):
            if code == "union_intervention" and re.search(
                r"(?:管不了|不管|拒绝|说[^，。]{0,6}不)", m.group()
            ):
                continue
            doc.add("responses", code, ((m.start(), m.end()),), 0.6)


def accident_type(doc: Doc) -> None:
    counts: dict[str, list[Hit]] = defaultdict(list)
    hits = doc.of("accident")
    blast = any(h.code == "explosion_fire" for h in hits)
    for h in hits:
        if blast and h.term in DUST:
            continue  # 粉尘爆炸: the dust exploded, nobody fell ill of it
        counts[h.code].append(h)
    if not counts:
        return
    best = max(counts, key=lambda c: (len(counts[c]), -ACCIDENT_ORDER.index(c)))
    h = counts[best][0]
    doc.set("accident_type", best, ((h.start, h.end),), 0.7)

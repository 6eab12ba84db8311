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
from labourmap.engine.offices import petitions
from labourmap.engine.text import each, sentence_bounds

HARD_VETO = ("stats", "history")
# fiction and legal advice are never reports, whatever happens in them
NEVER = ("fiction", "advice", "abroad")
# what a worker may grumble about without a dispute to ask help with
GRUMBLES = {"hours_overtime", "pay", "working_conditions"}
VETO = ("advert", "union_praise", "policy", "academic", "praise", "commentary")
WEAK_PROTEST = {"讨薪", "讨说法", "要说法", "维权", "集体维权", "讨要"}
SIGNS = {"举牌", "举着牌", "举牌子", "举着牌子", "上街"}
MOTIVE = {"抗议", "protest*", "维权"}
NEEDS_WORKERS = {"停工", "停运", "不干了", "停摆", "停止接单", "拒绝接单", "不开工", "不接单", "不下井",
                 "stopped working", "logged off", "没开工", "没有开工", "没上线", "没有上线", "不上线",
                 "全停了", "站着不动", "没去干活", "不去干活", "没下井", "没有下井"}
MONTH_BEFORE = re.compile(r"(?:in|on|since|early|late|last|of|by|until|from|this|next|mid-?)\s$")
# forms told in a phrase around the place: 坐在门口, 在大厅里坐着, 守在厂门口, 把公路堵了
PLACED = re.compile(
    r"(?P<sit_in>坐在[^，,。；]{0,10}?(?:门口|门前|门外|大厅|楼下|操场|广场|食堂|旁边|边上)|"
    r"坐在[^，,。；]{1,10}?不走|"
    r"在[^，,。；]{1,10}?(?:门口|门前|门外|大厅|操场|广场|里|内|上)坐着)|"
    r"(?P<protest>(?:守|挤|蹲|围)在[^，,。；]{0,8}?(?:门口|门前|门外)|"
    r"(?:在|到|去)[^，,。；]{0,8}?(?:门口|门前|门外)(?:等|站|蹲|守|围))|"
    r"(?P<road_blockade>把[^，,。；]{0,10}?(?:路|路口|大桥|车|车辆)给?[^，,。；]{0,3}?堵)"
)
# a sentence about an earlier event: 该厂去年曾因搬迁爆发罢工, "workers previously petitioned"
PAST = re.compile(r"去年|前年|年前|\d+年|上个?月")
PAST_EN = re.compile(r"\bpreviously\b|\bbackground:")
ROAD = re.compile(r"堵(?:住|死|在)?了?[^，,。；;]{0,6}?(?:道路|马路|路口|公路|国道|省道|高速|大桥|桥面)")
# a crowd gathered at a government office is the petition itself, not a protest besides
GATHER = {"聚集", "聚在", "gathered", "rall*", "demonstrat*", "protest*", "抗议", "示威"}
GOV_ACTION = re.compile(
    each(
        "政府|劳动监察|人社|劳动局|住建局|街道|书记|市长|县长|区长|官员|信访局|信访办|教育局|卫健委|"
        "交通运输局|运输局|劳动所|劳动保障所|镇里|区里|县里|市里|乡里|镇上|当局|劳动仲裁|监察大队",
        r"[^。；]{0,20}(?:协调|介入|出面|协商|调解|约谈|一起去|督促|责令|垫付|处理|接待|接见|"
        r"派员|召集|座谈|来人|来了人|说会|答应|承诺|开会)",
    )
    + "|"
    + each("叫上|带着|陪同", r"[^，。]{0,4}(?:劳动监察|政府)")
    + "|"
    # officials on the spot: 住建局工作人员和民警到场处置, 交通运输部门派人接待
    + each(
        "政府|人社|住建|劳动|街道|监察|城管|交通运输|部门|局|委|所",
        r"[^。；，,]{0,10}(?:工作人员|干部|官员|负责人|执法人员)[^。；]{0,14}"
        r"(?:到场|赶到|赶赴|来到|到现场|接待|调解|处置|劝导|协调)",
    )
    + r"|部门[^。；，,]{0,4}(?:派人|派员)接待|"
    + each(
        "officials|government|authorities|bureau|commission",
        r"[^.]{0,50}(?:mediat|intervened|stepped in|negotiat|promised|\bmet\b|came to talk|"
        r"turned up|talked to)",
    )
    + r"|mediated by [^.]{0,40}(?:government|bureau|commission|officials)"
)
UNION_ACTION = re.compile(
    r"工会[^。；]{0,24}(?:介入|主动联系|出面|协调|帮助|帮忙|跟进|接手|维权|派员|派人|约谈|会同|"
    r"督促|了解情况)|"
    r"unions?\b[^.]{0,40}(?:took up|intervened|stepped in|back|support|"
    r"mediat|negotiat|helped)"
)
# a clause ends here (unlike doc.CLAUSE_END, not at 、: a question may list offices)
QUESTION_SCOPE_END = re.compile(r"[，,。；;！!？?\n]")
ASKED_FOR = re.compile(r"请|要求|希望|呼吁|恳请|盼|urg|call(?:ed|ing)? on|asked")
REPS = re.compile(
    each("推选|选出|选举|派出|推举", "[^，。]{0,6}代表") + "|elected [^.]{0,20}representatives"
)
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
    "没抢救过来",
    "没有抢救过来",
    "没救过来",
    "当场就不行了",
    "当场不行了",
    "lost his life",
    "lost her life",
    "lost their lives",
}
# a fire or blast that hurt nobody is no workplace accident
NO_HARM = re.compile(
    r"(?:未|没有|没|无)(?:造成)?(?:任何)?(?:人员)?(?:伤亡|受伤)|无人(?:伤亡|受伤)|"
    r"\bno (?:one|body) was (?:hurt|injured|killed)|\bno (?:casualties|injuries)|nobody was (?:hurt|injured)"
)
PRIORITY_OWNER = ("foreign_invested", "state_owned", "government", "private")
EXPLICIT_PRIVATE = {"民营", "私企", "私营", "民办", "私立", "privately owned", "private company",
                    "privately run", "private-run"}
# a tutoring firm is a service, however many teachers it has
TUTORING = {"培训机构", "教培", "校外培训", "辅导班", "培训学校", "tutoring"}

DUST = {"粉尘", "超标"}
# what a fire or blast does to those near it: the accident is the fire, not a poisoning
SMOKE = {"一氧化碳", "中毒", "窒息", "asphyxiat*", "suffocat*"}
# accident words that say a body was hurt (not "fall*", which wages do too)
BODILY = {"撞", "压伤", "轧断", "轧伤", "压断", "切断", "绞断", "夹断", "卷进", "卷入", "砸伤", "砸断",
          "摔下", "坠落", "跌落", "摔落", "触电", "电击", "crushed", "hit by", "fell"}
PLAIN_COMPENSATION = {"compensation", "补偿", "赔偿金", "赔偿", "不给赔", "不肯赔", "不赔"}
PAY_ITEMS = {"补贴", "津贴", "绩效", "奖金", "bonus*", "加班费", "加班工资", "overtime pay"}
# what is withheld, where it is no wage: 拖着不给工伤赔偿, 经济补偿一分没给
NOT_WAGES = re.compile(r"补偿|赔偿|赔付|医药费|医疗费|compensation")
WAGES = re.compile(r"工资|工钱|薪|血汗钱|wage|pay")
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


_PEOPLE_AFTER = re.compile(r"(?:多|余)?号?[名人]")
_DIGIT_AFTER = re.compile(r"\s?\d")
_DIGIT_BEFORE = re.compile(r"\d\s?$")
_UNION_REFUSES = re.compile(r"(?:管不了|不管|拒绝|说[^，。]{0,6}不)")


def _form_hits(doc: Doc) -> list[Hit]:
    """The forms of action in the post (read once: kind and forms both ask)."""
    if doc.form_hits is None:
        doc.form_hits = _read_forms(doc)
    return doc.form_hits


def _read_forms(doc: Doc) -> list[Hit]:
    cues = doc.cue_counts()
    out: list[Hit] = []
    past = background(doc)
    for h in doc.of("form"):
        if doc.tags and doc.tagged(h):
            continue  # #讨薪#, #快递员罢工#: the post's topic, not what happened
        if past and _inside(h.start, past):
            continue  # 该厂去年曾因搬迁爆发罢工: an earlier action, told as background
        if h.term in NEEDS_WORKERS:
            cs, ce = sentence_bounds(doc.norm, h.start)
            if not any(
                c.cat == "cue" and c.code in ("worker", "collective") and cs <= c.start < ce
                for c in doc.hits
            ) and not any(
                cs <= q.start < ce and _PEOPLE_AFTER.match(doc.norm[q.end : q.end + 2])
                for q in doc.quantities
            ):
                continue
        if (
            h.code == "march"
            and h.term.startswith("march")
            and (
                MONTH_BEFORE.search(doc.norm[max(0, h.start - 7) : h.start])
                or _DIGIT_AFTER.match(doc.norm[h.end : h.end + 2])
                or _DIGIT_BEFORE.search(doc.norm[max(0, h.start - 3) : h.start])
            )
        ):
            continue
        out.append(h)
    if any(h.code != "protest" for h in out):  # 站上楼顶, 举着牌子: the sign is part of it
        out = [h for h in out if h.term not in SIGNS]
    strong = [h for h in out if h.term not in WEAK_PROTEST]
    if strong:
        out = strong
    if (
        not cues.get("worker")
        and not doc.of("demand")
        and not ((doc.employer or cues.get("collective")) and doc.of("industry"))
    ):
        return []
    if "堵" in doc.norm:  # 堵住了门前的道路: a road however it is named
        for m in ROAD.finditer(doc.norm):
            out.append(Hit(m.start(), m.end(), "form", "road_blockade", "road"))
    if any(c in doc.norm for c in "坐守把门"):
        for m in PLACED.finditer(doc.norm):
            if not (past and _inside(m.start(), past)):
                code = m.lastgroup or "protest"
                out.append(Hit(m.start(), m.end(), "form", code, code))
    if out or cues.get("collective"):  # one worker filing a complaint is no petition
        for start, end in petitions(doc.norm):
            if not _asked(doc.norm, start) and not (past and _inside(start, past)):
                out.append(Hit(start, end, "form", "petition", "petition"))
    if any(h.code != "protest" for h in out):  # 停工/堵路，抗议欠薪: the act is the protest
        out = [h for h in out if h.term not in MOTIVE]
    at_office = [h for h in out if h.code == "petition"]
    if at_office:
        out = [h for h in out if not (h.term in GATHER and any(_just_before(doc, h, p)
                                                               for p in at_office))]
    return out


def background(doc: Doc) -> list[tuple[int, int]]:
    """The sentences that tell of an earlier event (去年曾…, "previously …")."""
    norm = doc.norm
    if "曾" not in norm and "previously" not in norm and "background" not in norm:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < len(norm):
        start, end = sentence_bounds(norm, pos)
        sent = norm[start:end]
        if ("曾" in sent and PAST.search(sent)) or PAST_EN.search(sent):
            out.append((start, end))
        pos = end + 1
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _asked(norm: str, pos: int) -> bool:
    """The office is named in a question (找劳动监察有用吗？): no one went there yet."""
    m = QUESTION_SCOPE_END.search(norm, pos)
    end = m.start() if m else len(norm)
    return norm[end : end + 1] in ("？", "?") or "吗" in norm[pos:end]


def _just_before(doc: Doc, h: Hit, p: Hit) -> bool:
    """``h`` ends a few characters before ``p`` in the same clause (聚集到县政府门前)."""
    return 0 <= p.start - h.end <= 12 and not any(c in doc.norm[h.end : p.start] for c in "，,。；;")


def decide_kind(doc: Doc) -> str | None:
    cues = doc.cue_counts()
    loc = doc.location
    if loc is not None and loc.outside is not None:
        return None
    workers = cues.get("worker", 0) > 0
    if not workers and any(cues.get(c) for c in ("consumer", "student", "villager")):
        return None
    if any(cues.get(c) for c in NEVER):
        return None
    forms = _form_hits(doc)
    help_ = cues.get("help", 0) > 0
    demands = bool(doc.of("demand"))
    past = background(doc)
    casualty = any(c is not None and not (past and _inside(c.start, past))
                   for c in (doc.killed, doc.injured))
    accident_types = [h for h in doc.of("accident") if not (past and _inside(h.start, past))]
    if accident_types and not casualty and NO_HARM.search(doc.norm):
        accident_types = []
    if any(cues.get(c) for c in VETO) and not (forms or casualty or help_):
        return None
    if any(cues.get(c) for c in HARD_VETO) and (
        not casualty or len({h.term for h in doc.of("cue", "stats")}) > 1
    ):
        return None  # a count of strikes over a year, an anniversary of an old strike
    if cues.get("consumer") and not demands and not casualty:
        return None  # homeowners stopping their mortgage payments
    one_hurt = not doc.killed and (not doc.injured or doc.injured.value == 1)
    told = [h for h in doc.of("cue", "accident") if not (past and _inside(h.start, past))]
    serious = any(h.term in SERIOUS for h in told)
    if casualty or (accident_types and told):
        if help_ and one_hurt and not forms and not serious:
            return "call_for_help"
        if help_ and not forms and _one_death_disputed(doc):
            return "call_for_help"  # a family asks for the compensation a death is owed
        if not forms or (accident_types and (doc.killed or serious)):
            if workers or doc.of("industry") or doc.employer:
                return "workplace_accident"
    if forms and (workers or demands or (doc.employer and doc.of("industry"))):
        return "collective_action"
    if help_ and (workers or demands) and (demands or accident_types):
        return "call_for_help"
    if cues.get("first_person") and (workers or doc.of("industry")) and any(
        not doc.tagged(h) and h.code not in GRUMBLES for h in doc.of("demand")
    ):
        return "call_for_help"  # a worker telling of a dispute, not of long hours or low pay
    if accident_types and workers and any(h.code == "poisoning_disease" for h in accident_types):
        return "workplace_accident"
    return None


def _one_death_disputed(doc: Doc) -> bool:
    """One worker dead, the post disputes what the family is owed (工伤, 赔偿, 合同)."""
    if doc.killed is not None and doc.killed.value != 1:
        return False
    if doc.injured is not None and doc.injured.value != 1:
        return False
    return any(h.code in ("injury_compensation", "employment_relationship") for h in doc.of("demand"))


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
        if h.term == "老师" and doc.norm[h.end : h.end + 1] == "傅":
            continue  # 老师傅: an old hand, no teacher
        w = INDUSTRY_WEIGHT.get(h.term, 1.0)
        if doc.tags and doc.tagged(h):
            w *= 0.5  # #农民工讨薪#: a topic tag says little of the trade
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
    if "education" in scores and any(h.term in TUTORING for h in hits):
        scores["services"] += scores.pop("education")
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    if score < 1 or (len(ranked) > 1 and ranked[1][1] == score):
        return
    conf = min(0.95, 0.5 + 0.1 * score)
    doc.set("industry", best, tuple(spans[best][:3]), conf)


def demands(doc: Doc) -> None:
    hits = doc.of("demand")
    disease = (
        any(h.code == "injury_compensation" for h in hits)
        or any(h.code == "poisoning_disease" or h.term in BODILY for h in doc.of("accident"))
        or bool(doc.of("cue", "accident"))
    )
    other_dues = NOT_WAGES.search(doc.norm) is not None
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
            o.code == "wage_arrears" and -12 < h.start - o.start < 24 for o in hits
        ):
            continue  # 拖欠的补贴和绩效工资, 加班费被拖欠: the items owed, not a pay claim
        if code == "wage_arrears" and other_dues and _owed_is_no_wage(doc.norm, h):
            continue
        if h.term == "停产" and _beside_a_strike(doc, h):
            continue  # 矿上停产，矿工拒绝下井: production stopped because the workers did

        doc.add("demands", code, ((h.start, h.end),), 0.7)


def _beside_a_strike(doc: Doc, h: Hit) -> bool:
    start, end = sentence_bounds(doc.norm, h.start)
    return any(f.code == "strike" and start <= f.start < end for f in doc.of("form"))


def _owed_is_no_wage(norm: str, h: Hit) -> bool:
    """拖着不给工伤赔偿, 经济补偿一分没给: what is withheld is a compensation, not wages."""
    start, end = max(0, h.start - 8), min(len(norm), h.end + 8)
    for stop in "，,。；;！？":
        k = norm.rfind(stop, start, h.start)
        start = max(start, k + 1)
        k = norm.find(stop, h.end, end)
        end = k if k >= 0 else end
    around = norm[start : h.start] + " " + norm[h.end : end]
    return NOT_WAGES.search(around) is not None and WAGES.search(around) is None


def accident_demands(doc: Doc) -> None:
    """An accident's only demand is compensation for it, where the post names one."""
    for h in doc.of("demand"):
        if h.code == "injury_compensation" or h.term in PLAIN_COMPENSATION:
            doc.add("demands", "injury_compensation", ((h.start, h.end),), 0.6)


def ownership(doc: Doc) -> None:
    found: dict[str, Hit] = {}
    for h in doc.of("owner"):
        if h.code == "private" and doc.kind == "workplace_accident" and h.term not in EXPLICIT_PRIVATE:
            continue  # 老板 beside an accident is no statement of ownership; 民营 is
        found.setdefault(h.code, h)
    order = PRIORITY_OWNER
    if "private" in found and found["private"].term in EXPLICIT_PRIVATE:
        order = ("foreign_invested", "state_owned", "private", "government")  # 民办学校 … 教育局
    for code in order:
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
            if code != "negotiation" and ASKED_FOR.search(
                doc.norm, max(0, m.start() - 8), m.start() + 2
            ):
                continue  # 要求人社局介入, 请县总工会关注: what the workers ask for
            if code == "union_intervention" and _UNION_REFUSES.search(m.group()):
                continue
            doc.add("responses", code, ((m.start(), m.end()),), 0.6)


def accident_type(doc: Doc) -> None:
    counts: dict[str, list[Hit]] = defaultdict(list)
    hits = doc.of("accident")
    blast = any(h.code == "explosion_fire" for h in hits)
    for h in hits:
        if blast and (h.term in DUST or h.term in SMOKE):
            continue  # 粉尘爆炸: the dust exploded, nobody fell ill of it
        counts[h.code].append(h)
    if not counts:
        return
    best = max(counts, key=lambda c: (len(counts[c]), -ACCIDENT_ORDER.index(c)))
    h = counts[best][0]
    doc.set("accident_type", best, ((h.start, h.end),), 0.7)

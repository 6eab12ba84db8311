"""Rules over lexicon hits: is it an incident, what kind, and the coded fields.

Kind, in order (first that holds):
1. outside the mainland, or a post about homeowners, students or villagers with no workers,
   or an advert / union report / policy / study / comment with no action, no casualty and no
   plea, or a trial over an old case, buyers of flats, sellers, a study announced, a fire at
   home or an anniversary (see near_misses) → not an incident;
2. a death, an injury count, or an accident word with an accident type → workplace_accident
   (unless it is one injured worker asking for help: call_for_help);
3. a form of collective action with workers or a grievance → collective_action (one man up a
   crane with a claim: call_for_help; see kind_checks);
4. a plea (求助, "appeal for help") with a worker or a grievance → call_for_help;
5. a disease or poisoning among workers → workplace_accident.

Forms are read here too; industry, ownership and accident type live in codes_fields, demands
in codes_demands, responses in codes_responses.
"""

from __future__ import annotations

import re

from labourmap.engine import form_reads
from labourmap.engine import plea_reads as plea
from labourmap.engine.abroad_ties import ties_only
from labourmap.engine.codes_demands import BODILY, DISEASE
from labourmap.engine.codes_demands import accident_demands as accident_demands
from labourmap.engine.codes_demands import demands as demands
from labourmap.engine.codes_fields import TAKEN_TO
from labourmap.engine.codes_fields import accident_type as accident_type
from labourmap.engine.codes_fields import industry as industry
from labourmap.engine.codes_fields import ownership as ownership
from labourmap.engine.codes_responses import responses as responses
from labourmap.engine.counts import Count
from labourmap.engine.doc import Doc
from labourmap.engine.feared_inside import witnessed
from labourmap.engine.form_phrases import (
    AT_WORK,
    CLIMB,
    CROWD_SPOT,
    GATE_CLAIM,
    JAMMED,
    PLACED,
    PLACED_HEADS,
    ROAD,
    ROAD_HEADS,
    SEIZED,
    STREET_CLAIM,
    WEAK_PROTEST,
    may_be_placed,
)
from labourmap.engine.kind_checks import (
    a_prospect,
    at_the_gate,
    counted_apart,
    dated_action,
    in_a_fray,
    joined_protest,
    lone_climber,
    money_missing,
    not_done,
    only_quoted,
    tallied,
)
from labourmap.engine.kind_words import NEEDS_GRIEVANCE, NEEDS_WORKERS, SERIOUS
from labourmap.engine.matcher import Hit
from labourmap.engine.near_misses import no_news
from labourmap.engine.not_real import a_chapter, a_drill, leads_the_post
from labourmap.engine.offices import GOV_OFFICE, asked, petition_made, petitions
from labourmap.engine.protest_reads import up_there
from labourmap.engine.stoppers import stoppers_named
from labourmap.engine.text import finditer_at, sentence_bounds

HARD_VETO = ("stats", "history")
# fiction and legal advice are never reports, whatever happens in them
NEVER = ("fiction", "advice", "abroad", "op_ed")
# what a worker may grumble about without a dispute to ask help with
GRUMBLES = {"hours_overtime", "pay", "working_conditions"}
VETO = ("advert", "union_praise", "policy", "academic", "praise", "commentary", "court")
SIGNS = {"举牌", "举着牌", "举牌子", "举着牌子", "上街", "took to the streets"}
# banners and signs: carried in a march or held up in a sit-in, they are part of it
BANNERS = SIGNS | {"拉横幅", "拉起横幅", "举着横幅", "打横幅", "挂横幅", "横幅", "横额", "banner*",
                   "举着标语", "打出标语", "拉起标语", "举标语", "holding signs", "held signs",
                   "held up signs", "holding placards", "held placards", "喊口号", "chanting slogans",
                   "chanted slogans", "shouted slogans"}
MOTIVE = {"抗议", "protest*", "维权"}
# a scuffle in the course of a strike or a blockade is part of it, no protest besides
FRAY = {"scuffle*", "对峙", "被砸", "clash*", "fought", "打起来", "brawl*", "推倒铁门", "推倒大门"}
# trades whose sites have blasts and collapses that bystanders see
WORKSITES = ("manufacturing", "mining", "construction", "energy_utilities")
# a ring closed round the workers by the police is no protest of theirs: 警察到场包围
ENCIRCLE = {"包围", "surrounded", "besieged", "围攻"}
POLICE_IN_CLAUSE = re.compile(r"警|police|officers")
MONTH_BEFORE = re.compile(r"(?:in|on|since|early|late|last|of|by|until|from|this|next|mid-?)\s$")
# a sentence about an earlier event: 该厂去年曾因搬迁爆发罢工, "workers previously petitioned"
PAST = re.compile(r"去年|前年|年前|\d+年|上个?月")
PAST_EN = re.compile(r"\bpreviously\b|\bbackground:")
# a crowd gathered at a government office is the petition itself, not a protest besides
# an office right after a word of gathering: 聚集教育局, 聚在县政府前 (the petition itself)
GOV_NEAR = re.compile(r"[在到了]?[县市区镇乡省]?(?:" + GOV_OFFICE.pattern + ")")
GATHER = {"聚集", "聚在", "gathered", "stood outside the", "standing outside the", "rall*", "demonstrat*", "protest*", "抗议", "示威"}
# the boss gone, not a worker missing: 老板付了5000元后失联
BOSS_BEFORE = re.compile(r"老板|包工头|负责人|老总|法人")
# a fire or blast that hurt nobody is no workplace accident
NO_HARM = re.compile(
    r"(?:未|没有|没|无)(?:造成)?(?:任何)?(?:人员)?(?:伤亡|受伤)|无人(?:伤亡|受伤)|"
    r"\bno (?:one|body) was (?:hurt|injured|killed)|\bno (?:casualties|injuries)|nobody was (?:hurt|injured)"
)

_PEOPLE_AFTER = re.compile(r"(?:多|余|来)?号?[名人]")
# a stoppage told as going on (从昨天停工，今天还在继续): the workers', not a plant's halt
GOES_ON = re.compile(r"[，,]?[^，,。；;]{0,4}?(?:还在|仍在|依然|仍然)?(?:继续|持续|没复工|未复工|到今天|到现在|至今)")
# a crowd of workers counted: 一百多个工人, 数十名员工
CROWD_AFTER = re.compile(r"(?:多|余|来)?(?:个|名|位|号)?(?:工人|员工|工友|农民工|职工|人)")
CROWD_AFTER_EN = re.compile(
    r"(?: [\w-]+)? (?:workers|builders|employees|staff|drivers|riders|couriers|labou?rers|miners|"
    r"teachers|nurses|cleaners|of them)\b"
)
_DIGIT_AFTER = re.compile(r"\s?\d")
_DIGIT_BEFORE = re.compile(r"\d\s?$")


# where a match of CROWD_SPOT may begin (聚了…, 门口…, 楼下…, 站在…马路上): each of its branches
# begins with one of these, so finditer_at finds the same matches, trying the pattern only there
_CROWD_SPOT_STARTS = re.compile("聚了|门[口前外]|楼下|[站聚围][在到]")


def _form_hits(doc: Doc) -> list[Hit]:
    """The forms of action in the post (read once: kind and forms both ask)."""
    if doc.form_hits is None:
        doc.form_hits = _read_forms(doc)
    return doc.form_hits


def _read_forms(doc: Doc, relaxed: bool = False) -> list[Hit]:
    """``relaxed``: the post is read as a collective action already; who stopped is not asked."""
    cues = doc.cue_counts()
    out: list[Hit] = []
    past = background(doc)
    alike = not relaxed  # (read as it would be relaxed: no stop left for want of workers, petitions read)
    for h in doc.of("form"):
        if doc.tags and doc.tagged(h):
            continue  # #讨薪#, #快递员罢工#: the post's topic, not what happened
        if past and _inside(h.start, past):
            continue  # 该厂去年曾因搬迁爆发罢工: an earlier action, told as background
        if h.code == "petition" and not petition_made(doc, h.start, h.end):
            continue
        if not_done(doc.norm, h):
            continue  # 再不装空调就不干了, 以停课为由: no act
        if h.term in ENCIRCLE and POLICE_IN_CLAUSE.search(doc.norm, doc.clause(h.start)[0], h.start):
            continue  # 数百名警察到场包围, "police officers surrounded them"
        if h.code == "self_harm_threat" and _at_work_up_there(doc, h.start):
            continue
        if h.term in NEEDS_GRIEVANCE and not doc.of("demand") and not any(
            a.term in DISEASE for a in doc.of("accident")
        ):
            continue  # 公司派保安驻守仓库: guards on duty, no sit-in
        if form_reads.not_theirs(doc, h):
            continue  # 资金链断了，厂子停工; "police stormed the plant": not the workers' act
        if h.term in NEEDS_WORKERS and not relaxed:
            cs, ce = sentence_bounds(doc.norm, h.start)
            if not any(  # (the cues by their index, not every hit)
                c.code in ("worker", "collective") and cs <= c.start < ce for c in doc.of("cue")
            ) and not any(
                cs <= q.start < ce and _PEOPLE_AFTER.match(doc.norm[q.end : q.end + 2])
                for q in doc.quantities
            ) and not ((cues.get("collective") or _crowd_counted(doc)) and GOES_ON.match(doc.norm, h.end)) and not (
                plea.told_as_event(doc, h, _crowd_counted(doc)) or stoppers_named(doc, h)
            ):  # (锅炉工今天停工了: the trade named)
                alike = False
                continue
        if (
            h.code == "march"
            and h.term.startswith("march")
            and (
                MONTH_BEFORE.search(doc.norm[max(0, h.start - 7) : h.start])
                or _DIGIT_AFTER.match(doc.norm[h.end : h.end + 2])
                or (h.end - h.start == 5 and _DIGIT_BEFORE.search(doc.norm[max(0, h.start - 3) : h.start]))
                or form_reads.a_month(doc, h)
            )
        ):
            continue
        out.append(h)
    out = [up_there(doc.norm, at_the_gate(doc.norm, h)) for h in out]  # "blockaded the gate", "crane protest"
    if any(h.code != "protest" for h in out):  # 站上楼顶, 举着牌子: the sign is part of it
        out = [h for h in out if h.term not in SIGNS]
    strong = [h for h in out if h.term not in WEAK_PROTEST]
    if strong:
        out = strong
    if (
        not relaxed
        and not cues.get("worker")
        and not doc.of("demand")
        and not ((doc.employer or cues.get("collective")) and doc.of("industry"))
    ):
        doc.forms_alike = False
        return []
    norm = doc.norm
    # (each gate below is ``any(c in norm for c in …)`` written out: the same test, no generator)
    if "堵" in norm or "通" in norm or "车" in norm or "拦" in norm or "traffic" in norm:  # a road
        for m in finditer_at(ROAD, ROAD_HEADS, doc.norm):
            out.append(Hit(m.start(), m.end(), "form", "road_blockade", "road"))
        if doc.of("demand"):
            for m in JAMMED.finditer(doc.norm):
                out.append(Hit(m.start(), m.end(), "form", "road_blockade", "road"))
    if "顶" in norm or "台" in norm or "塔" in norm or "囱" in norm:
        for m in CLIMB.finditer(doc.norm):
            if not (past and _inside(m.start(), past)) and not _at_work_up_there(doc, m.start()):
                out.append(Hit(m.start(), m.end(), "form", "self_harm_threat", "climb"))
        out += [c for c in plea.far_climbs(doc, out) if not (past and _inside(c.start, past))
                and not _at_work_up_there(doc, c.start)]  # 爬上…一个工地的塔吊
    if ("捆" in norm or "绑" in norm or "扣" in norm or "锁" in norm or "困" in norm or "held" in norm
            or "locked" in norm):
        for m in SEIZED.finditer(doc.norm):
            if not (past and _inside(m.start(), past)):
                out.append(Hit(m.start(), m.end(), "form", "other", "seized"))
    if ("坐" in norm or "守" in norm or "把" in norm or "门" in norm or "走" in norm or "离" in norm
            or "站" in norm) and may_be_placed(norm):
        for m in finditer_at(PLACED, PLACED_HEADS, doc.norm):
            if not (past and _inside(m.start(), past)):
                code = m.lastgroup or "protest"
                if m.group().endswith(("不走", "不离开")) and not doc.of("demand"):
                    continue  # 一家人守在病房里不走: waiting, no claim
                if code == "protest" and (GOV_OFFICE.search(m.group()) or "局" in m.group()):
                    continue  # 在区政府门口等答复: the petition, told by its door
                if plea.filming_alone(doc, m.start(), m.end()):
                    continue  # 我就站在厂门口拍: the poster with a camera
                out.append(Hit(m.start(), m.end(), "form", code, code))
    if "聚" in norm or "上" in norm or "门" in norm or "楼下" in norm:  # 聚了五六十个, 站在马路上讨工资
        for m in finditer_at(CROWD_SPOT, _CROWD_SPOT_STARTS, norm):
            cs, ce = sentence_bounds(doc.norm, m.start())
            if not (past and _inside(m.start(), past)) and (
                m.lastgroup == "counted"
                or ((GATE_CLAIM if m.lastgroup == "gate" else STREET_CLAIM).search(doc.norm, cs, ce)
                    and all(h.code != "road_blockade" for h in out))
            ):  # (路被堵了…全站到马路上: the crowd in the road is the blockade)
                out.append(Hit(m.start(), m.end(), "form", "protest", "protest"))
    if not (out or relaxed or cues.get("collective") or _crowd_counted(doc)):
        alike = False
    else:  # one worker filing a complaint is no petition
        for start, end in petitions(doc.norm):
            if not petition_made(doc, start, end):
                continue
            if not asked(doc.norm, start) and not (past and _inside(start, past)):
                out.append(Hit(start, end, "form", "petition", "petition"))
    out += form_reads.more_forms(doc, out, past)
    if not relaxed:
        doc.forms_alike = alike
    if not out:
        return form_reads.settle(doc, out)  # (each step below leaves an empty list as it is)
    for i, h in enumerate(out):
        if h.term in ("聚集", "聚在", "围到") and (near := GOV_NEAR.match(doc.norm, h.end)):
            out[i] = Hit(h.start, near.end(), "form", "petition", "petition")  # 聚在县政府前
    joined = [h for h in out if h.term in MOTIVE and joined_protest(doc.norm, h)]  # 上访及抗议
    if any(h.code != "protest" for h in out):  # 停工/堵路，抗议欠薪: the act is the protest
        out = [h for h in out if (h.term not in MOTIVE and h.term not in FRAY) or h in joined]
    if any(h.code in ("march", "sit_in") for h in out):  # banners carried in a march
        out = [h for h in out if h.term not in BANNERS]
    sits = [h for h in out if h.code == "sit_in"]  # 堵在办公楼里不走: staying put, no protest besides
    if sits:
        out = [h for h in out if not (h.code == "protest" and any(s.start <= h.start < s.end for s in sits))]
    roads = [h for h in out if h.code == "road_blockade"]
    if roads:  # 占据主要道路, "occupying the railway": the road is blocked, not sat in
        out = [h for h in out if not (h.code == "sit_in" and any(
            r.start <= h.start and h.end <= r.end for r in roads))]
    at_office = [h for h in out if h.code == "petition"]
    if at_office:  # 到省教育厅讨说法: the claim is the petition's, no protest besides
        out = [h for h in out if h.term not in WEAK_PROTEST]
        out = [h for h in out if h in joined or not (h.term in GATHER and any(
            _just_before(doc, h, p) or _just_before(doc, p, h) or (p.start < h.end and h.start < p.end)
            for p in at_office))]
    return form_reads.settle(doc, out)


def _may_tell_no_harm(norm: str) -> bool:
    """A word NO_HARM needs (where the text holds none, it can find nothing and is not searched)."""
    return ("伤亡" in norm or "受伤" in norm or "no one was" in norm or "no body was" in norm
            or "nobody was" in norm or "no casualties" in norm or "no injuries" in norm)


def background(doc: Doc) -> list[tuple[int, int]]:
    """The sentences that tell of an earlier event (去年曾…, 2015年那次…, "previously …")."""
    norm = doc.norm
    if "曾" not in norm and "那次" not in norm and "previously" not in norm and "background" not in norm:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < len(norm):
        start, end = sentence_bounds(norm, pos)
        sent = norm[start:end]
        if (("曾" in sent or "那次" in sent) and PAST.search(sent)) or PAST_EN.search(sent):
            out.append((start, end))
        pos = end + 1
    return out


def _at_work_up_there(doc: Doc, pos: int) -> bool:
    """A climb to do a job (爬上楼顶作业, 站到屋顶上检查漏水) or one that ends in a fall
    (爬上塔吊检修时摔下): work at a height, no threat."""
    start, end = sentence_bounds(doc.norm, pos)
    if AT_WORK.search(doc.norm, start, end):
        return True
    return any(start <= a.start < end and (a.code in ("fall", "other") or a.term in BODILY)
               for a in doc.of("accident"))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _just_before(doc: Doc, h: Hit, p: Hit) -> bool:
    """``h`` ends a few characters before ``p`` in the same clause (聚集到县政府门前,
    "rallied outside the county education bureau")."""
    between = doc.norm[h.end : p.start]
    limit = 30 if between.isascii() else 12
    return 0 <= p.start - h.end <= limit and not any(c in between for c in "，,。；;")


def decide_kind(doc: Doc) -> str | None:
    cues = doc.cue_counts()
    loc = doc.location
    if loc is not None and ((loc.outside is not None and not ties_only(doc)) or _abroad_event(doc)):
        doc.ruled_out = True  # (placed abroad: the model may not find it again)
        return None
    workers = cues.get("worker", 0) > 0
    if not cues.keys().isdisjoint(NEVER) or a_drill(doc.norm) or a_chapter(doc.norm):  # (a cue counted is there at least once)
        doc.ruled_out = True
        return None  # fiction, advice; a drill's staged casualties
    past = background(doc)
    casualty = _told_now(doc.killed, past) or _told_now(doc.injured, past)
    accident_types = [h for h in doc.of("accident") if not (past and _inside(h.start, past))
                      and not in_a_fray(doc, h)]
    if not workers and (not cues.keys().isdisjoint(("student", "villager")) or (
        cues.get("consumer") and not plea.project_client(doc))) and not (
        casualty and any(h.code != "traffic" for h in accident_types)
        and any(h.code in WORKSITES for h in doc.of("industry"))
    ):  # villagers' windows broken by a plant's blast: still the plant's accident
        doc.ruled_out = True
        return None
    forms = _form_hits(doc)
    if no_news(doc, forms, casualty):
        doc.ruled_out = True
        return None  # a trial over an old case, buyers of flats, sellers, a study
    help_ = cues.get("help", 0) > 0
    demands = bool(doc.of("demand"))
    if accident_types and not casualty and _may_tell_no_harm(doc.norm) and NO_HARM.search(doc.norm):
        accident_types, doc.ruled_out = [], not (forms or help_ or demands)  # no harm: firm, for the model too
    if not cues.keys().isdisjoint(VETO) and not (forms or casualty or help_):
        return None
    if cues.get("denial") and not casualty and only_quoted(doc.norm, forms):
        doc.ruled_out = True
        return None  # 【辟谣】网传我司停产欠薪不实, 网传“…堵路讨薪”的视频: a denial, no report
    if not cues.keys().isdisjoint(HARD_VETO) and (
        not casualty or len({h.term for h in doc.of("cue", "stats")}) > 1
    ) and (cues.get("history") or not dated_action(doc, forms)) and counted_apart(doc, forms):
        doc.ruled_out = not casualty and tallied(doc.norm)
        return None  # a count of strikes over a year, an anniversary of an old strike
    if cues.get("consumer") and not demands and not casualty and not (
        forms and cues.get("worker", 0) >= cues["consumer"]  # drivers protest for a refund
    ):
        doc.ruled_out = True
        return None  # homeowners stopping their mortgage payments
    one_hurt = not doc.killed and (not doc.injured or doc.injured.value == 1)
    told = _accident_told(doc, past) + witnessed(doc, accident_types) if casualty or accident_types else []
    if casualty or (accident_types and told):
        serious = any(h.term in SERIOUS for h in told)
        if help_ and one_hurt and not forms and not serious:
            return "call_for_help"
        if help_ and not forms and _one_death_disputed(doc):
            return "call_for_help"  # a family asks for the compensation a death is owed
        chronic = all(h.term in DISEASE for h in accident_types) and not doc.killed
        if help_ and not forms and chronic and accident_types and demands:
            return "call_for_help"  # 九人确诊职业病，联名写信求助: the disease is the dispute
        if not forms or (accident_types and (doc.killed or serious) and not chronic):
            if workers or doc.of("industry") or (doc.employer and not _taken_to(doc)):
                return "workplace_accident"
    if lone_climber(doc, forms, WEAK_PROTEST):
        if demands or help_:
            return "call_for_help"  # 一个小伙子爬上塔吊讨薪: one man's plea
        forms = []
    if forms and help_ and all(h.term in WEAK_PROTEST and h.term != "集体维权" for h in forms) and not (
        any(_crowd_in_clause(doc, h.start) for h in forms)
    ):
        forms = []  # 去讨薪却被关进派出所，求大家转发: a plea telling of a claim, no action
    if forms and help_ and plea.office_visits_only(doc, forms):
        forms = []  # 我们去劳动监察问过…请大家帮忙转发: asked where to turn, no petition
    if forms and (workers or demands or (doc.employer and doc.of("industry"))):
        return "collective_action"
    if help_ and (workers or demands) and (demands or accident_types):
        return "call_for_help"
    if help_ and doc.of("industry") and any(h.term in DISEASE for h in accident_types):
        return "call_for_help"  # 在矿上干了一年，查出尘肺病，求助: the disease is the dispute
    if cues.get("first_person") and (workers or doc.of("industry")) and any(
        not doc.tagged(h) and h.code not in GRUMBLES and not a_prospect(doc, h) for h in doc.of("demand")
    ):
        return "call_for_help"  # a worker telling of a dispute, not of long hours, low pay or what may come
    if accident_types and workers and any(h.code == "poisoning_disease" for h in accident_types):
        return "workplace_accident"
    return None


def _told_now(count: Count | None, past: list[tuple[int, int]]) -> bool:  # (not told as past)
    return count is not None and not (past and _inside(count.start, past))


def _accident_told(doc: Doc, past: list[tuple[int, int]]) -> list[Hit]:
    """The accident cues not in a sentence of an earlier event, but a boss gone missing
    (老板…失联) and "the missing contributions" (no one missing)."""
    return [h for h in doc.of("cue", "accident") if not (past and _inside(h.start, past))
            and not (h.term == "失联" and BOSS_BEFORE.search(doc.norm, max(0, h.start - 10), h.start))
            and not money_missing(doc.norm, h)]


def _crowd_counted(doc: Doc) -> bool:
    """A crowd of workers counted anywhere in the post (四千人, 几百号人)."""
    return any(q.lower >= 3 and (CROWD_AFTER.match(doc.norm, q.end) or CROWD_AFTER_EN.match(doc.norm, q.end))
               for q in doc.quantities)


def _crowd_in_clause(doc: Doc, pos: int) -> bool:
    """A crowd counted in the clause of a claim (一百多个工人在厂里讨说法): the claim was
    made together, whoever posted it."""
    cs, ce = doc.clause(pos)
    return any(cs <= q.start < ce and q.lower >= 3 and CROWD_AFTER.match(doc.norm, q.end)
               for q in doc.quantities)


def _abroad_event(doc: Doc) -> bool:
    """The event told in the clause of a place abroad: 在老挝兴建的水泥厂发生爆炸, "riots in
    Vietnam" (a move abroad, 搬到越南, is no place of the event)."""
    assert doc.location is not None
    for m in doc.location.mentions:
        for e in m.entries:  # (a loop, not any(): most mentions have one entry, none abroad)
            if e.form == "abroad":
                break
        else:
            continue
        before = doc.norm[max(0, m.start - 3) : m.start]
        if not (before.endswith("在") or before.endswith("in ") or leads_the_post(doc.norm, m.start, m.end)):
            continue
        cs, ce = doc.clause(m.start)
        if any(cs <= h.start < ce for h in doc.hits if h.cat in ("form", "accident")
               or (h.cat == "cue" and h.code == "accident")):
            return True
    return False


def _taken_to(doc: Doc) -> bool:
    """The name read as the employer is where the hurt were taken (伤者已送往附近多家医院)."""
    assert doc.employer is not None
    return TAKEN_TO.search(doc.norm, max(0, doc.employer[0] - 6), doc.employer[0]) is not None


def _one_death_disputed(doc: Doc) -> bool:
    """One worker dead, the post disputes what the family is owed (工伤, 赔偿, 合同)."""
    if doc.killed is not None and doc.killed.value != 1:
        return False
    if doc.injured is not None and doc.injured.value != 1:
        return False
    return any(h.code in ("injury_compensation", "employment_relationship") for h in doc.of("demand"))


def forms(doc: Doc) -> None:
    first = _form_hits(doc)
    found = first or _read_forms(doc, relaxed=True)
    # (the relaxed reading is ``found`` itself when it was read relaxed, or when the first reading
    # left no stop for want of workers and read the petitions: the same reading, not made again)
    again = not first or doc.forms_alike
    for h in found + form_reads.stopped(
        doc, found, (lambda: found) if again else (lambda: _read_forms(doc, relaxed=True))
    ):  # (公交全城停运！…司机)
        doc.add("forms", h.code, ((h.start, h.end),), 0.8 if h.term not in WEAK_PROTEST else 0.5)

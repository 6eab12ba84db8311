"""Industry, ownership and accident type: the lexicon's hits, weighed and read in context.

Industry: each hit weighs its term's weight, thrice inside the employer's name or as the head
noun right after it ("the X Oil Seal factory"); a plant named in a sentence that tells of
building it (施工平台, "a tower under construction") is what is built, not the trade (a ship
built is the yard's own); a bare 厂 after a plant of another trade (电厂, 洗碗厂) is that plant;
guards sent against the workers or hitting them are the other side's; a well-known firm adds
its trade, unless it is named as the one served (为优衣库代工, "sews for Uniqlo").
"""

from __future__ import annotations

import re
from collections import defaultdict

from labourmap.engine import employer as employer_rules
from labourmap.engine import lexicon
from labourmap.engine.casualties import separate_en
from labourmap.engine.codes_demands import disjoint
from labourmap.engine.codes_responses import ASKED_FOR
from labourmap.engine.doc import Doc
from labourmap.engine.employer_called import state_builder
from labourmap.engine.firm_clients import client_named
from labourmap.engine.hospital_staff import hospital_staff
from labourmap.engine.kind_checks import in_a_fray
from labourmap.engine.leads import lead
from labourmap.engine.lexicon import INDUSTRY_WEIGHT
from labourmap.engine.matcher import Hit
from labourmap.engine.migrant_trade import bare_migrants
from labourmap.engine.minban_teachers import minban_teacher
from labourmap.engine.mine_accidents import in_a_mine, mine_untold
from labourmap.engine.not_only import set_aside
from labourmap.engine.owner_builders import central_builder
from labourmap.engine.owner_converted import set_converted
from labourmap.engine.owner_overseers import overseer
from labourmap.engine.owner_regions import region_owner
from labourmap.engine.plant_sites import plant_site
from labourmap.engine.public_bodies import public_body
from labourmap.engine.response_reads import clause_at, sentence_at
from labourmap.engine.tech_firms import tech_plant
from labourmap.engine.tutoring_firms import shut_tutor, tutoring_firm
from labourmap.engine.words_in import holds_any

# where the hurt were taken (送往县人民医院), no employer
TAKEN_TO = re.compile(r"送往|送到|送至|送进|转往|转到|taken to")
PRIORITY_OWNER = ("foreign_invested", "state_owned", "government", "private")
EXPLICIT_PRIVATE = {"民营", "私企", "私营", "民办", "私立", "privately owned", "private company", "privately held",
                    "private group", "private firm", "private enterprise",
                    "privately run", "private-run", "private hospital", "private clinic", "private school",
                    "private kindergarten", "private university",
                    # an unlicensed workshop run by partners is nobody's but theirs
                    "非法生产", "黑作坊", "无证生产", "未工商登记", "没有工商登记", "合伙"}
# a hospital is the employer only of its own staff
HOSPITALS = {"卫生院", "社区卫生服务中心", "public hospital", "人民医院", "people's hospital"}
# the words that make a firm the supplier of a multinational named by its brand
BRANDS = set(lexicon.brands())
SUPPLIER = re.compile(r"代工|供应商|供货|订单|下单|supplier|supplies|supplying|\borders?\b")
# the brand named as the one served: "makes shoes for Nike", 给耐克做鞋, 为苹果代工
FOR_BRAND = re.compile(r"(?:\bfor|\bto|为|给|替)\s?(?:brands? (?:like |such as )?|including )?$")
# a child at school, not the trade: 孩子刚上幼儿园, 女儿在读小学
SCHOOLCHILD = re.compile(r"(?:孩子|娃娃?|儿子|女儿|闺女|小孩)[^，,。；;！？]{0,3}?(?:上|读|在)$")
# a foreign word naming the firm's buyers or market, not its owner
BUYER_AFTER = re.compile(r"\s?(?:(?:buyers?|brands?|customers?|clients?|markets?|importers?|retailers?)\b|"
                         r"客户|客商|买家|市场|品牌)")
# a tutoring firm is a service, however many teachers it has
TUTORING = {"培训机构", "教培", "校外培训", "辅导班", "培训学校", "tutoring", "教育科技", "课时费"}
# guards sent against the workers (叫保安把我拉开, 保安将讨薪工人推出门外, "dragged away by
# security guards"): the other side's muscle, not the workers' trade
GUARD_TERMS = {"保安", "security guard*"}
GUARDS_SENT = re.compile(r"(?:(?:叫|让|派|喊|找来|雇|雇了|安排|指使|被|\bby|\bsent|\bcalled)"
                         r"(?:了|来|人|几个|一群|多名|the|in)?|打人的|行凶的|动手的)\s?$")
GUARDS_ACT = re.compile(r"(?:和[^，,。；;]{0,6}?)?(?:把|将|强行|硬|推|拖|拉走|拦|赶|驱赶|殴打|打了|踹|围着打|动手|拉(?:了|起)?警戒线)")

# building work told (施工平台, "a tower under construction"): in its sentence, the plant or
# the station named is what is built, not the builders' trade
BUILDING_WORK = {"施工平台", "拆除旧厂房", "拆除厂房", "拆除老厂房", "在建", "扩建工程", "改扩建",
                 "under construction", "being built", "expansion project"}
BUILT_TRADES = ("energy_utilities", "manufacturing")
# a ship built (在建货船, "a bulk carrier under construction") is the yard's own trade
SHIP_AFTER = re.compile(r"[^，,。；;]{0,2}?[船舰]")
SHIP_BEFORE = re.compile(r"\b(?:vessel|ship|carrier|tanker|boat|hull|freighter|ferry|barge)s? $")
# a bare 厂 (厂里, 厂部) after a plant named by another trade (电厂, 洗碗厂) is that plant
BARE_PLANT = "厂"

# a firm told by its country: 日本卫浴大厂, 要求日本总经理下台, "the Japanese parts maker"
_NATIONS = "日本|韩国|德国|美国|法国|英国|意大利|瑞士|荷兰|瑞典|西班牙|新加坡|芬兰|丹麦"
# 西班牙汽车零部件企业, 新加坡资本的代工厂, 那家日本厂, 老板是法国人, "a Hong Kong toy factory": the same,
# told by its trade, its capital or its boss's nationality
FOREIGN_FIRM = lead(re.compile(
    rf"(?:{_NATIONS})的?[^，,。；;！？]{{0,6}}?(?:大厂|厂商|企业|公司|集团|车企|制造商|总经理|老总|厂长|管理层)|"
    rf"(?:{_NATIONS})(?:资本|独资|财团)|(?:{_NATIONS})的?厂(?![商房区长规方])|(?:老板|老总|厂长|董事长)(?:是|为)(?:{_NATIONS})人|"
    r"(?:日籍|韩籍|美籍|德籍)(?:总经理|老总|厂长|高管|主管|管理人员)|"
    r"(?<!anti-)\b(?:japanese|korean|german|american|french|british|swiss|dutch|swedish|singaporean)"
    r" (?:[\w-]+ ){0,2}?(?:maker|makers|manufacturer|company|firm|group|giant|carmaker|automaker|"
    r"supplier|multinational|retailer|plant|factory)\b|"
    # "HK toy factory", "a Hong Kong toy firm's plant" (not "Hong Kong labour group": a watchdog)
    r"\b(?:hong kong|hk|taiwanese) (?:[\w-]+ ){0,2}?(?:maker|manufacturer|firm|supplier|plant|factory)\b|"
    # "an indirect subsidiary of Hong Kong's X", "a unit of Japan's Y": a foreign firm's part
    r"\b(?:subsidiary|unit|part|affiliate|arm|division|member) of (?:hong kong|taiwan|japan|south korea|"
    r"korea|singapore|germany|france|britain|the us|america|spain|italy|sweden|switzerland)'s\b"
))
_NATION_WORDS = ("日本", "日籍", "韩国", "韩籍", "美籍", "德籍", "德国", "美国", "法国", "英国", "意大利", "瑞士", "荷兰", "瑞典", "西班牙",
                 "新加坡", "芬兰", "丹麦", "japanese", "korean", "german", "american", "french", "british",
                 "swiss", "dutch", "swedish", "singaporean", "'s", "hong kong", "hk ", "taiwanese")
# (one search for them all; text all in ASCII can hold only the English ones, found faster one
# by one)
_NATION = re.compile("|".join(re.escape(w) for w in _NATION_WORDS))
_NATION_EN = tuple(w for w in _NATION_WORDS if w.isascii())

DUST = {"粉尘", "超标"}
# what a fire or blast does to those near it: the accident is the fire, not a poisoning;
# toxic gas feared or leaking after a blast: still the blast
SMOKE = {"一氧化碳", "中毒", "窒息", "asphyxiat*", "suffocat*", "有毒气体", "毒气", "泄漏", "toxic gas",
         "gas leak", "液氨", "氨气", "ammonia"}
# the sound of it, told by those who heard: a blast only where nothing else is told
BANG = {"巨响", "一声闷响", "一声爆响"}
# a mine disaster named, not told: the kind of it is told by another word
MINE_DISASTER = {"矿难"}
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


def industry(doc: Doc) -> None:
    scores: dict[str, float] = defaultdict(float)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    emp = doc.employer
    hits = doc.of("industry")
    if not disjoint(hits):
        hits = [h for h in hits if not any(
            o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start) for o in hits
        )]  # 厂 inside 电厂
    if bare_migrants(doc.norm, hits):
        hits = [h for h in hits if h.code != "construction"]  # 农民工上街讨薪: no trade told
    built: list[tuple[int, int]] = []
    if any(h.term in BUILDING_WORK for h in hits):  # (else there is no building work to read)
        ships = [(h.end, h.end + 4) for h in hits if h.term in BUILDING_WORK and _ship_built(doc.norm, h)]
        hits = [h for h in hits if not (h.term in BUILDING_WORK and _ship_built(doc.norm, h)) and not (
            h.code == "transport_logistics" and any(s <= h.start < e for s, e in ships))]  # 在建货船: made
        built = [sentence_at(doc.norm, h.start) for h in hits if h.term in BUILDING_WORK]
    hits = [h for h in hits if h.code not in BUILT_TRADES] if plant_site(doc.norm, hits) else hits  # 厂区工地
    plant = next((h.code for h in hits if h.term.endswith(BARE_PLANT) and h.term != BARE_PLANT
                  and h.code != "manufacturing" and not _appliances(doc.norm, h)), None)
    aside = set_aside(doc.norm)
    for h in hits:
        if any(s <= h.start < e for s, e in aside):
            continue  # 欠薪不只发生在工地和工厂: trades named to be set aside
        if built and h.code in BUILT_TRADES and any(s <= h.start < e for s, e in built):
            continue  # 电厂冷却塔施工平台: the plant is what is built
        if h.term == BARE_PLANT and tech_plant(doc.norm, h.start):
            continue  # 互联网大厂: a tech firm, no factory
        if h.term == "老师" and doc.norm[h.end : h.end + 1] == "傅":
            continue  # 老师傅: an old hand, no teacher
        if h.term == "工程" and doc.norm[h.end : h.end + 1] == "师":
            continue  # 算法工程师: an engineer, no building project
        if h.term == "电厂" and _appliances(doc.norm, h):
            continue  # 小家电厂, 机电厂: a maker of appliances, no power plant
        if h.code == "education" and SCHOOLCHILD.search(doc.norm, max(0, h.start - 8), h.start):
            continue  # 孩子刚上幼儿园: the family's, not the trade
        if h.term in GUARD_TERMS and _guards_sent(doc.norm, h):
            continue  # 老板叫保安把我拉开: the boss's guards
        w = INDUSTRY_WEIGHT.get(h.term, 1.0)
        if doc.tags and doc.tagged(h):
            w *= 0.5  # #农民工讨薪#: a topic tag says little of the trade
        if emp and (emp[0] <= h.start and h.end <= emp[1] or emp[1] <= h.start <= emp[1] + 1):
            w *= 3  # in the firm's name, or its head noun ("the X Oil Seal factory")
        code = plant if plant and h.term == BARE_PLANT else h.code  # 电厂…厂里
        scores[code] += w
        spans[code].append((h.start, h.end))
    if emp:
        known = employer_rules.industry_of(doc.norm, emp, doc.text)
        # the trade of a well-known firm, unless the post tells only of building (builders
        # owed by a carmaker for its offices)
        if known and (known in scores or set(scores) != {"construction"}) and not (
            known not in scores and _served(doc, emp)
        ):
            scores[known] += 5
            spans[known].insert(0, emp)
    if "healthcare" not in scores and (staff := hospital_staff(doc.norm)):
        scores["healthcare"] += 3  # 医院的临时工罢工: the hospital's own staff
        spans["healthcare"].append(staff)
    if not scores:
        return
    if "education" in scores and (any(h.term in TUTORING for h in hits) or shut_tutor(doc.norm)):
        scores["services"] += scores.pop("education")
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    if score < 1 or (len(ranked) > 1 and ranked[1][1] == score):
        return
    conf = min(0.95, 0.5 + 0.1 * score)
    doc.set("industry", best, tuple(spans[best][:3]), conf)


def _ship_built(norm: str, h: Hit) -> bool:
    return bool(SHIP_AFTER.match(norm, h.end) or SHIP_BEFORE.search(norm, max(0, h.start - 12), h.start))


def _appliances(norm: str, h: Hit) -> bool:
    return h.term == "电厂" and norm[h.start - 1 : h.start] in ("家", "机")


def _served(doc: Doc, emp: tuple[int, int]) -> bool:
    """The firm at ``emp`` is named as the one served (拉去给优衣库, "sews for Uniqlo")."""
    return bool(FOR_BRAND.search(doc.norm, max(0, emp[0] - 24), emp[0])
                or SUPPLIER.search(doc.norm, *clause_at(doc.norm, emp[0])))


def _guards_sent(norm: str, h: Hit) -> bool:
    """Guards at ``h`` sent against the workers or acting on them."""
    if GUARDS_SENT.search(norm, max(0, h.start - 8), h.start):
        return True
    end = h.end + 1 if norm[h.end : h.end + 1] == "s" else h.end
    counted = norm[h.start - 1 : h.start] in ("名", "个", "的")  # 二十多名保安: the workers
    return GUARDS_ACT.match(norm, end) is not None and not counted


def ownership(doc: Doc) -> None:
    if set_converted(doc):  # 改制后转为私有: turned private, whatever it was (owner_converted)
        return
    found: dict[str, Hit] = {}
    ind = doc.out.fields.get("industry")
    hospital_staff = ind is not None and ind.value == "healthcare"
    owners = doc.of("owner")
    apart = disjoint(owners)
    business = doc.employer is not None and tutoring_firm(doc.norm, doc.employer)  # 星光培训学校
    for h in owners:
        if not apart and any(o.code != h.code and o.start <= h.start and h.end <= o.end
               and o.end - o.start > h.end - h.start for o in owners):
            continue  # 国有 inside 国有林场: a public institution, not a state firm
        if h.code == "private" and doc.kind == "workplace_accident" and h.term not in EXPLICIT_PRIVATE:
            continue  # 老板 beside an accident is no statement of ownership; 民营 is
        if (h.code == "private" and h.term not in EXPLICIT_PRIVATE and doc.employer
                and state_builder(doc.norm, doc.employer)):
            continue  # 中建五局工地的老板: a boss on a state builder's site says nothing of its owner
        if h.code == "government" and ASKED_FOR.search(doc.norm, max(0, h.start - 6), h.start):
            continue  # 求政府部门出面: the office asked for help, not the employer
        if h.code == "government" and TAKEN_TO.search(doc.norm, max(0, h.start - 8), h.start):
            continue  # 伤者被送往县人民医院: where the hurt were taken, not the employer
        if h.term in HOSPITALS and not hospital_staff:
            continue  # 躺在省人民医院的病床上: the patient's hospital, not the employer
        if h.code == "government" and business:
            continue  # 星光培训学校的老师去了区教育局: the bureau oversees a business, not employs
        if h.code == "private" and minban_teacher(doc.norm, h.start):
            continue  # 被辞退的民办教师: a kind of public teacher, not a private school's
        if client_named(doc.norm, h.start, h.end):
            continue  # "a subcontractor supplying state-owned X": the client's ownership
        if h.code == "foreign_invested" and h.term in BRANDS and (
            SUPPLIER.search(doc.norm, *clause_at(doc.norm, h.start))
            or FOR_BRAND.search(doc.norm, max(0, h.start - 24), h.start)
        ):
            continue  # 为耐克代工, "orders for Nike": a supplier of the brand, not the brand
        if h.code == "foreign_invested" and BUYER_AFTER.match(doc.norm, h.end):
            continue  # "orders from European buyers", 欧美客户: whom the firm sells to
        found.setdefault(h.code, h)
    if "foreign_invested" not in found and (m := _foreign_firm(doc.norm) or region_owner(doc.norm)):
        found["foreign_invested"] = Hit(m[0], m[1], "owner", "foreign_invested", "nation")
    if len(found) > 1 and doc.employer and (q := _qualifying(doc.norm, found, doc.employer)):
        doc.set("ownership", q.code, ((q.start, q.end),), 0.8)  # 国企——X公司 … 由德国Y投资
        return
    order = PRIORITY_OWNER
    if "private" in found and found["private"].term in EXPLICIT_PRIVATE:
        order = ("foreign_invested", "state_owned", "private", "government")  # 民办学校 … 教育局
    for code in order:
        if code in found:
            h = found[code]
            doc.set("ownership", code, ((h.start, h.end),), 0.8 if code != "private" else 0.6)
            return
    if doc.employer and (owner := employer_rules.ownership_of(doc.norm, doc.employer, doc.text)
                         or central_builder(doc.norm, doc.employer)):  # 中建五局
        doc.set("ownership", owner, (doc.employer,), 0.6)
        return
    if doc.employer and public_body(doc.norm, doc.employer):
        doc.set("ownership", "government", (doc.employer,), 0.6)  # 县中医院, 市城管局
        return
    if (m := overseer(doc.norm)) is not None:
        doc.set("ownership", "state_owned", (m,), 0.5)  # 工人到市国资委门口请愿: a state firm
        return
    if ind and ind.value in ("education", "public_sector") and doc.kind != "workplace_accident" and not business:
        doc.set("ownership", "government", ind.spans[:1], 0.5)


# what may stand between an ownership word and the name it qualifies (国企——X, 港资的X厂, 外企：X)
_QUALIFIES = re.compile(r"[—\-–:：、的\s]{0,3}")


def _qualifying(norm: str, found: dict[str, Hit], emp: tuple[int, int]) -> Hit | None:
    """The ownership word that stands right before the employer's name and so tells its owner
    (指向承建的国企——X建设公司, where a foreign investor of the site is named elsewhere)."""
    for h in found.values():
        if h.end <= emp[0] and _QUALIFIES.fullmatch(norm, h.end, emp[0]):
            return h
    return None


def _foreign_firm(norm: str) -> tuple[int, int] | None:
    """A firm, or its manager, told by a foreign country (日本卫浴大厂, 日籍总经理)."""
    if not (holds_any(norm, _NATION_EN) if norm.isascii() else _NATION.search(norm)):
        return None
    m = FOREIGN_FIRM.search(norm)
    return m.span() if m else None


def accident_type(doc: Doc) -> None:
    counts: dict[str, list[Hit]] = defaultdict(list)
    hits = doc.of("accident")
    blast = any(h.code == "explosion_fire" and h.term not in BANG for h in hits)
    apart = disjoint(hits)
    for h in hits:
        if h.code == "traffic" and in_a_fray(doc, h):
            continue  # 与警察发生推撞: a scuffle
        if doc.norm.isascii() and separate_en(doc.norm, h.start):
            continue  # "In January, ten miners died after an explosion": another accident
        if blast and (h.term in DUST or h.term in SMOKE):
            continue  # 粉尘爆炸: the dust exploded, nobody fell ill of it
        if not apart and any(o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
               for o in hits):
            continue  # 毒气 inside 有毒气体: one word
        counts[h.code].append(h)
    if len(counts) > 1 and "explosion_fire" in counts and all(
        h.term in BANG for h in counts["explosion_fire"]
    ):
        counts.pop("explosion_fire", None)  # 巨响惊醒了居民: the sound of a collapse
    if len(counts) > 1 and "mine" in counts and all(h.term in MINE_DISASTER for h in counts["mine"]):
        counts.pop("mine")  # 又是矿难…煤矿凌晨爆炸: the disaster named, the blast told
    ind = doc.out.fields.get("industry")
    if len(counts) > 1 and "mine" in counts and (ind is None or ind.value != "mining"):
        counts.pop("mine")  # 隧道突发透水…路面塌陷: water in a tunnel, no mine
    if list(counts) == ["mine"] and ind is not None and ind.value not in ("mining", "energy_utilities"):
        counts["other"] = counts.pop("mine")  # 隧道施工段突发透水: water in a tunnel dug, no mine
    if blast and "collapse" in counts and "explosion_fire" in counts:
        counts.pop("collapse")  # 爆炸后厂房塌了下来, "the blast brought the workshop down": the blast
    mine_untold(doc, counts)  # 煤矿井下发生安全事故: a mine accident with no kind told
    if not counts:
        return
    best = max(counts, key=lambda c: (len(counts[c]), -ACCIDENT_ORDER.index(c)))
    h = counts[best][0]
    best = in_a_mine(doc, best)  # 矿井巷道冒顶: a roof fallen in a pit is a mine accident
    doc.set("accident_type", best, ((h.start, h.end),), 0.7)

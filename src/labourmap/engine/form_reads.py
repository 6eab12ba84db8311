"""Forms of action told in phrases the lexicon's words miss, and readings that settle them.

1. An occupation is a sit-in: a vigil kept day and night (几百个工友日夜守在门口), a sit told in
   English ("sat on the steps of the county government building"), a plant held so that its
   machines stay (守在厂里不让搬机器, 阻止资方搬走设备, "stopped management from moving machinery
   out", "so that no machinery leaves"); the gate kept in the sentence of the last is part of
   it, no protest besides (but a gate blockaded first, 轮流堵住厂门，不让老板把设备拉走, stays the
   protest it is).
2. A claim pressed at an office (在县政府讨说法) is a petition. A crowd walking together to an
   office (一起走到市政府, 两百多个工友走到劳动局, 一大片人往县政府方向走, "walked to the labour
   bureau") is a march; so is a strike carried into the streets ("walked off the job and took to
   the streets").
3. A crowd counted at a gate (厂门口站了好几百人, 厂门口近千人), gathered to one (聚到厂区大门) or the gate
   blocked (把厂门都堵了, 大门口堵上了, "blocking the factory gates", "thousands of us are at the gate") is a
   protest at the workplace; things smashed in a strike (停运期间有司机打砸营运车辆) are part of
   the strike; a road blocked in English however named ("blocked a major highway") is a
   blockade, and so is a crowd sitting on a road (工人坐在路上, 几百人坐在马路中间).
4. A post already read as a collective action in which no form was found is read again without
   asking who stopped (锅炉工今天停工了, 出租车停运); and where such a post holds no strike, a
   stoppage told plainly (的哥今天都歇了, 厂里今天也停了, 14号开始停的工, 磨洋工, 坐在那不做了;
   not a thing claimed stopped, 社保也停了) is one, and so is the day's work told undone
   (快递员都没出去派件, 几条街没人扫, 食堂中午没开饭; not only threatened: 再不发就没人上班了).
5. Not a strike: a site or a plant halted (资金链断了，厂子停工; 工地6月中旬停工后), with no
   worker named before it in its clause. Not a protest: a plant stormed by the police ("police and
   hired guards stormed the plant"). Not a march: "March" written as the month ("pushed back to
   March").
6. Not a sit-in: workers sitting idle (在厂门口坐着打牌, 在厂区里坐着聊天), officials who "sat in
   on the talks". Not a petition: the door of a subdistrict office where a crowd sits with no motion to it told
   (每天坐在街道办门口的草地上): the place of the sit-in.
7. Banners carried at an office petitioned, in a clause naming no other place, are the
   petition's (拉着横幅聚在县政府门口), no protest besides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourmap.engine import form_told
from labourmap.engine.claims_carried import carried
from labourmap.engine.climbs_told import climbs
from labourmap.engine.doc import Doc
from labourmap.engine.form_phrases import WEAK_PROTEST
from labourmap.engine.idle_service import idle
from labourmap.engine.kept_inside import kept_inside
from labourmap.engine.matcher import Hit
from labourmap.engine.not_real import denied_or_wished
from labourmap.engine.offices import GOV_OFFICE
from labourmap.engine.response_reads import finditer_at_words, sentence_at
from labourmap.engine.walked_out import walkouts
from labourmap.engine.words_in import holds_any

_STOP = "，,。；;！!？?"
_GOODS = "机器|机床|设备|货物?|物资|材料|产品|原料|模具|成品"
# the machines kept from being moved: 不让搬机器, 防止货物被运走, 阻止资方搬走机器和材料,
# 不让车辆把机器拉走
GUARDED = re.compile(
    rf"(?:不让|防止|阻止|以防|不许|不准|免得)[^{_STOP}]{{0,8}}?"
    rf"(?:(?:{_GOODS})[^{_STOP}]{{0,6}}?(?:搬|运|拉|转移)|(?:搬|运|拉|转移)(?:走|出|离)?了?[^{_STOP}]{{0,4}}?(?:{_GOODS}))"
)
GUARDED_EN = re.compile(
    r"\b(?:stop(?:ped|ping)?|prevent(?:ed|ing)?|block(?:ed|ing)?|keep(?:ing)?|kept) (?:the |its )?"
    r"(?:management|company|owners?|bosses|boss|employer|firm|factory)?(?:'s)? ?(?:from )?"
    r"(?:moving|removing|taking|shipping|carting|trucking) (?:out )?(?:the |its |any )?"
    r"(?:machinery|machines|equipment|goods|stock|products|moulds)\b|"
    r"\bso (?:that )?no (?:machinery|machines|equipment|goods|stock) (?:leaves|left|could leave|can leave|"
    r"was moved|is moved|was taken|could be moved)"
)
_GUARD_KEYS = ("不让", "防止", "阻止", "以防", "不许", "不准", "免得")
_GUARD_EN_KEYS = ("from moving", "from removing", "from taking", "from shipping", "from carting", "from trucking",
                  "so that no", "so no")
# the other side keeping the goods: 老板不让工人搬走自己的东西, 保安阻止工人运走材料
OTHER_SIDE = re.compile(r"\s*(?:老板|公司|厂方|资方|保安|警察|警方|派出所|管理层)")
# the gate itself blockaded before the machines are kept: 轮流堵住厂门，不让老板把设备拉走
GATE_BLOCKED = re.compile(rf"堵(?:住|着|死|了)?了?[^{_STOP}]{{0,4}}?(?:厂门|大门|门口)")
WORKERS = re.compile(r"工人|员工|工友|职工|大家|我们|兄弟|姐妹|workers|strikers|pickets|staff|employees")
# a crowd walking to an office: 一起走到东莞市政府, 一大片人往县政府方向走
_OFFICE = r"政府|县委|市委|区委|省委|镇委|信访|街道办|管委会|局"
WALKED = re.compile(
    r"(?<![要想说准])(?:一起|集体|结伴|一同|成群结队地?|浩浩荡荡地?|排着队|列队|大家|步行)(?:走|步行)"
    rf"(?:到|去|向|往|至)了?[^{_STOP}]{{0,10}}?(?:{_OFFICE})|"
    # a crowd counted just before it: 两百多个工友走到劳动局, 两百多人走上街到劳动部门
    r"(?<=[多余来个名号位百千])(?:人|工人|工友|员工|职工|老师|教师|农民工)们?(?:今天|昨天|又|都|一起)?"
    rf"走(?:上街头?)?(?:到|去|向|至)了?[^{_STOP}]{{0,10}}?(?:{_OFFICE}|劳动部门|人社部门)"
)
# a strike carried out into the streets: "walked off the job and took to the streets" (the
# streets taken alone, "riders took to the streets of the city", stay the protest they are)
STREETS_EN = re.compile(
    r"\b(?:walked (?:out|off)(?: the job| their jobs| of (?:the|their) (?:plant|factory|factories|workshops?))?|"
    r"downed tools|went on strike|struck|stopped work) and (?:then )?took to the streets\b"
)
TOWARDS = re.compile(rf"(?:人|人群|队伍|工人|员工|工友|职工)[^{_STOP}]{{0,4}}?往[^{_STOP}]{{1,10}}?方向(?:走|行进|前进|进发)")
WALKED_EN = re.compile(
    r"\bwalked (?:together |en masse |in (?:a )?(?:column|procession) )?(?:from [^.,;]{1,40}? )?to (?:the )?"
    r"(?:[\w'-]+ ){0,3}?(?:government|city hall|town hall|party committee|bureau|department)\b"
)
# a crowd at a gate: 厂门口站了好几百人, 聚到厂区大门, 把厂门都堵了
_GATE = r"厂门口|门口|门前|门外|大门口?"
AT_GATE = re.compile(
    rf"(?:{_GATE})(?:(?:站|聚|围|挤|蹲)(?:了|满了?))?(?:好|足足|大概|约)?[\d一二两三四五六七八九十百千万几数上近]{{1,4}}"
    r"(?:多|余|来)?(?:个|名|号|位)?(?:人|工人|员工|工友|职工)(?![^，,。.；;！!？?]{0,4}?(?:警|保安))|"
    # the gate blocked, the gate first (大门口堵上了)
    r"(?:厂门|大门|正门)口?(?:都|也|全)?(?:堵|封)(?:上|住|死)了|"
    rf"聚(?:到|集到|拢到)了?[^{_STOP}]{{0,8}}?(?:门口|门前|门外|大门)|"
    rf"把[^{_STOP}]{{0,4}}?(?:厂门|大门|正门|厂区门口|工地大门|公司大门)(?:都|也|给)?(?:堵|围|封)(?:了|住|死|上)|"
    # the gate blocked, the firm's name between: 堵住某某地产的大门, 堵了船厂大门, 封堵大门
    rf"(?:堵(?:住|死|了)|封堵|围堵)了?(?:[^{_STOP}]{{1,10}}?的|[^{_STOP}]{{0,6}}?)(?:厂门|大门|正门)"
)
AT_GATE_EN = re.compile(
    r"\bblock(?:ed|ing|aded|ading)? (?:off )?(?:the |its |their )?(?:factory |plant |main |front |company's |site )?"
    r"(?:gates?|entrances?)\b|"
    r"\b(?:are|were|massed|crowded|rallied) (?:now |still |all )?(?:at|outside|in front of) "
    r"(?:the )?(?:[\w'-]+ )?gates?\b"
)
_GATE_KEYS = ("门口", "门前", "门外", "大门", "厂门", "正门")
_GATE_EN_KEYS = ("gate", "entrance")
# the other side at the gate: "police were at the gate", 保安聚到门口
GUARDS = re.compile(r"警|保安|police|guards|security|officers")
# a vigil kept by day and night (几百个工友日夜守在门口) or a sit told in English ("sat on the
# steps of the county government building", "sitting in every day on the lawn outside")
_NIGHTS = ("日夜", "昼夜", "连夜", "通宵", "整夜", "彻夜", "白天黑夜", "日日夜夜")
VIGIL = re.compile(rf"(?:{'|'.join(_NIGHTS)})(?:都|轮流)?守(?:在|着|住)?")
SAT_EN = re.compile(
    r"\b(?:sat|sitting|sit) (?:down )?(?:in )?(?:every day |each day |daily |day after day )?(?:on|at|outside|in front of|before) "
    r"(?:the )?(?:[\w-]+ ){0,2}?(?:steps|stairs|lawn|square|lobby|floor|ground|pavement|courtyard|entrance)\b"
)
# a claim pressed at an office: 在县政府讨说法, 在市人社局门口要说法
AT_OFFICE = re.compile(
    rf"在[县市区镇乡省]?[^{_STOP}]{{0,6}}?(?:{GOV_OFFICE.pattern})(?:门口|门前|大院|外|里)?(?:讨|要说法|请愿|反映)"
)
_CLAIM_KEYS = ("讨", "要说法", "请愿", "反映")
# a road blocked in English: "blocked a major highway", "blocking the road to the port"
ROAD_EN = re.compile(
    r"\bblock(?:ed|ing|aded|ading)? (?:off )?(?:a |the |two |several |all |both )?(?:[\w-]+ ){0,2}?"
    r"(?:highways?|roads?|streets?|expressways?|motorways?|bridges?|railways?|railway lines?|"
    r"intersections?|junctions?|crossroads|avenues?|boulevards?)\b|"
    # (round 22) the roads blocked besides a gate: "blocking its entrances and the roads around it"
    r"\bblock(?:ed|ing) (?:its |the |their )?(?:[\w-]+ ){0,2}?and the (?:roads?|streets?)\b"
)
# vehicles parked across a road in English: "parked their rigs across a road", "parked their cabs
# along Zhongshan Road" (not at a roadside, nor in a depot: "parked their taxis at the depot")
PARKED_EN = re.compile(
    r"\bparked (?:their |the |some |hundreds of |dozens of )?(?:[\w-]+ )?(?:rigs|trucks|lorries|cabs|taxis|buses|"
    r"vehicles|cars|tractors|vans) (?:across|along|in the middle of|blocking) (?:a |the |both |all |several )?"
    r"(?:[\w-]+ ){0,2}?(?:roads?|highways?|lanes|streets?|expressways?|intersections?|junctions?|avenues?)\b"
)
# a stoppage told plainly (read only in a post known to be a collective action)
STOPPED = re.compile(
    r"(?:也|都|全都|全|全部|集体|直接|彻底|一起|今天)(?:停|歇)了(?![下电水产业])|停的工|磨洋工|"
    r"坐在那(?:里|儿)?不(?:做|干)了|"
    # the work refused together (集体不出场, 集体没出车) or a "rest" taken together, its quotes
    # telling it is none (集体“休息”了一天; not a rest told plainly: 集体休息半小时)
    r"集体(?:不|没有?|拒绝)(?:出场|出工|上岗|营业|接客|出诊|上课|出车|下井|复工|开门|开张)|"
    r"集体[“\"「『](?:休息|放假|请假|歇业)"
)
# the day's work told undone by those who do it (read only in a post known to be a collective
# action with no strike): 快递员今天全都没出去派件, 割胶工今天都没去割胶, 几条街没人扫,
# 食堂中午没开饭, 护士站没人了, 线上基本没人去 (not a plant halted: 厂里一直没开工; nor a threat:
# 再不发就没人上班了)
# (each match begins at its verb, 没/未/停摆/空了, to which a search skips; the word of all
# before it, or the place, is read back from there)
UNDONE = re.compile(
    r"(?P<work>(?:没|没有|未)(?:人)?(?:去|出去|出门)?(?:上班|上工|上岗|开工|出工|出车|下井|派件|送件|跑单|接单|割胶|"
    r"开机|干活|进车间))|"
    r"没人(?:扫|清扫|送|派|拉|开)(?!始)|"
    r"(?P<place>没人(?:了|上班|干活|去)?|没开(?:门|饭)?(?!始)|停摆了?|空了)"
)
# who left the work undone, right before it: 都没去割胶, 大家没上班 (not one worker: 我没上班)
ALL_BEFORE = re.compile(r"(?:都|全|全都|集体|一个都|一个也|基本|谁都|大家|工人们?|员工们?)$")
# the place of work left empty, a few characters before: 食堂今天中午没开饭, 护士站没人了
PLACE_BEFORE = re.compile(r"(?:食堂|车间|产线|生产线|流水线|线上|网点|站点|护士站|收费站|门店|店里)[^，,。；;]{0,6}?$")
_UNDONE_KEYS = ("没", "未", "停摆", "空了")
# the same in English: "put down their tools", "stayed off the production lines", "refused to run
# the machines", "left their machines idle" (not machines told idle: "the looms stood idle after
# the orders dried up")
UNDONE_EN = re.compile(
    r"\b(?:put|laid|lay|set) down (?:their |the )?tools\b|\bdowned their tools\b|"
    r"\bstayed off (?:the |their )?(?:production |assembly )?lines?\b|"
    r"\brefus(?:ed|ing|e) to (?:run|operate|start|switch on|work) (?:the |their )?(?:machines|lines?|looms|presses|kilns|cranes)\b|"
    r"\bleft (?:the |their )?(?:machines|lines|looms|presses) (?:idle|silent|switched off)\b"
)
_UNDONE_EN_KEYS = ("tools", "stayed off", "refus", "idle", "silent", "switched off")
THREAT = re.compile(
    r"(?:就|要|会(?![所议场])|准备|打算|如果|再不|不然|否则)[^，,。；;]{0,3}$|"
    r"\b(?:will|would|threaten(?:s|ed|ing)? to|plan(?:s|ned)? to|vow(?:s|ed)? to|going to) $"
)
# a site or a plant halted, not its workers: 资金链断了，厂子停工, 工地6月中旬停工后
SITE = re.compile(r"工地|工程|项目|厂子|楼盘")
WORKER_BEFORE = re.compile(r"工人|员工|工友|职工|司机|民工|师傅|大家|我们|人")
_MONTH_START = re.compile(r"(?:^|[.!?\"“\n]\s*)$")


# each pattern of a form told in a phrase, its code, and words one of which the text must hold
# for it to be tried (the guarded plant and the gate are read apart: they look at the clause)
# a crowd sitting on a road (工人坐在路上, 几百人坐在马路中间): a road blocked
SAT_ROAD = re.compile(
    rf"(?:工人|员工|工友|职工|司机|骑手|民工|人|大家|们)(?:都|全|就|又)?坐在[^{_STOP}]{{0,8}}?"
    r"(?:马路|公路|大道|大街|路|街)(?:上|中间|中央|当中)"
)
PHRASED: tuple[tuple[re.Pattern[str], str, str, tuple[str, ...]], ...] = (
    (WALKED, "march", "walked", ("走",)),
    (TOWARDS, "march", "walked", ("方向",)),
    (WALKED_EN, "march", "walked", ("walked",)),
    (STREETS_EN, "march", "walked", ("took to the streets",)),
    (VIGIL, "sit_in", "vigil", _NIGHTS),
    (SAT_EN, "sit_in", "vigil", ("sat ", "sitting ", "sit ")),
    (SAT_ROAD, "road_blockade", "road", ("坐在",)),
)


def more_forms(doc: Doc, out: list[Hit], past: list[tuple[int, int]]) -> list[Hit]:
    """The forms told in the phrases above (``past``: the sentences of an earlier event)."""
    norm = doc.norm
    found: list[Hit] = []

    def add(m: re.Match[str], code: str, term: str) -> None:
        if not any(s <= m.start() < e for s, e in past):
            found.append(Hit(m.start(), m.end(), "form", code, term))

    guarded = (*((GUARDED,) if holds_any(norm, _GUARD_KEYS) else ()),
               *((GUARDED_EN,) if holds_any(norm, _GUARD_EN_KEYS) else ()))
    for m in (m for p in guarded for m in p.finditer(norm)):
        cs = doc.clause(m.start())[0]
        if OTHER_SIDE.match(norm, cs) and not WORKERS.search(norm, cs, m.start()):
            continue  # 老板不让搬: the other side
        if any(h.code == "road_blockade" and cs <= h.start < m.start() for h in out):
            continue  # 把货车都堵住了不让拉货: the vehicles stopped, a blockade
        if GATE_BLOCKED.search(norm, sentence_at(norm, m.start())[0], m.start()):
            continue  # 轮流堵住厂门，不让老板把设备拉走: the gate blockaded, a protest
        add(m, "sit_in", "guarded")
    for pattern, code, term, keys in PHRASED:
        if holds_any(norm, keys):
            for m in pattern.finditer(norm):
                add(m, code, term)
    gates = (*((AT_GATE,) if holds_any(norm, _GATE_KEYS) else ()),
             *((AT_GATE_EN,) if holds_any(norm, _GATE_EN_KEYS) else ()))
    for m in (m for p in gates for m in p.finditer(norm)):
        if not GOV_OFFICE.search(norm, max(0, m.start() - 8), m.end()) and not GUARDS.search(
            norm, doc.clause(m.start())[0], m.start()
        ):
            add(m, "protest", "gate")
    if "在" in norm and holds_any(norm, _CLAIM_KEYS) and not any(h.code == "petition" for h in out):
        for m in AT_OFFICE.finditer(norm):
            add(m, "petition", "petition")
    if "block" in norm and not any(h.code == "road_blockade" for h in out):
        for m in ROAD_EN.finditer(norm):
            add(m, "road_blockade", "road")
    if "parked " in norm and not any(h.code == "road_blockade" for h in out):
        for m in PARKED_EN.finditer(norm):
            add(m, "road_blockade", "road")
    told = [h for h in form_told.told(doc, out) if not any(s <= h.start < e for s, e in past)]
    return found + told + carried(doc, past) + walkouts(doc, out + found + told, past) + kept_inside(doc, past) + climbs(doc, past)  # 数千工人冲出厂区, 守在店里, 攀上塔吊


def stopped(doc: Doc, hits: list[Hit], relaxed: Callable[[], list[Hit]] | None = None) -> list[Hit]:
    """In a post read as a collective action with no strike found: a stoppage its first reading
    left for want of workers named (:func:`stopped_unnamed`, where ``relaxed`` reads the post
    again), else a stoppage told plainly."""
    if any(h.code == "strike" for h in hits):
        return []
    if relaxed is not None and (unnamed := stopped_unnamed(hits, relaxed)):
        return unnamed
    norm, claims = doc.norm, doc.of("demand")
    finds = [*(m.span() for m in (STOPPED.finditer(norm) if holds_any(norm, ("停", "歇", "洋工", "不做了", "不干了", "集体"))
                                   else ())),
             *(_undone(norm) if holds_any(norm, _UNDONE_KEYS) else ()),
             *(m.span() for m in (UNDONE_EN.finditer(norm) if holds_any(norm, _UNDONE_EN_KEYS) else ())),
             *idle(norm)]  # 没有一辆出车, 车间还是空的, "buses stood idle"
    return [Hit(start, end, "form", "strike", "stopped") for start, end in finds
            if not any(doc.clause(start)[0] <= c.start < start for c in claims)  # 社保也停了
            and not THREAT.search(norm, doc.clause(start)[0], start)]


def stopped_unnamed(found: list[Hit], relaxed: Callable[[], list[Hit]]) -> list[Hit]:
    """In a post read as a collective action whose forms hold no strike: the stoppages its
    first reading left for want of workers named in their sentence (平顶山公交今天全城停运！司机八个
    月没发工资…大家都坐在公交集团门口: the sit-in found, the stoppage of the service read again
    without asking who stopped, as in a post where no form was found)."""
    if not found or any(h.code == "strike" for h in found):
        return []
    return [h for h in relaxed() if h.code == "strike"]


def _undone(norm: str) -> list[tuple[int, int]]:
    """The spans of UNDONE told of all the workers (ALL_BEFORE) or of their place of work
    (PLACE_BEFORE), from those words on; 没人扫 needs neither."""
    out = []
    for m in finditer_at_words(UNDONE, _UNDONE_KEYS, norm):
        start = m.start()
        if m.lastgroup in ("work", "place"):
            who = (ALL_BEFORE if m.lastgroup == "work" else PLACE_BEFORE).search(
                norm, max(0, start - (4 if m.lastgroup == "work" else 9)), start)
            if who is None:
                continue
            start = who.start()
        out.append((start, m.end()))
    return out


# a task refused (一单也不送, 不肯进车间): a stop only when a crowd refused it, not one rider
REFUSED_TASKS = {"一单都不送", "一单也不送", "一单不送", "不进车间", "不肯进车间", "不回车间", "车间外面不进"}


def _crowd_in_sentence(doc: Doc, h: Hit) -> bool:
    """A crowd counted (五十多个, 一百来个工人) or told together (一起, 大家) in the hit's sentence."""
    start, end = sentence_at(doc.norm, h.start)
    return any(start <= q.start < end and q.lower >= 3 for q in doc.quantities) or any(
        c.code == "collective" and start <= c.start < end for c in doc.of("cue"))


def not_theirs(doc: Doc, h: Hit) -> bool:
    """停工 told of a site or a plant with no worker named before it in its clause; a plant
    stormed by the police ("police and hired guards … stormed the plant"); a place surrounded by
    things (车站被垃圾包围); a task refused with no crowd to refuse it."""
    if h.term == "stormed":
        start, _ = sentence_at(doc.norm, h.start)
        return GUARDS.search(doc.norm, start, h.start) is not None
    if h.term in ("包围", "围攻"):
        return form_told.things_around(doc.norm, h.start)
    if h.term in REFUSED_TASKS:
        return not _crowd_in_sentence(doc, h)
    if h.term != "停工":
        return False
    cs = doc.clause(h.start)[0]
    before = doc.norm[cs : h.start]
    return SITE.search(before) is not None and WORKER_BEFORE.search(before) is None


def a_month(doc: Doc, h: Hit) -> bool:
    """"March" capitalised within a sentence: the month ("pushed back to March")."""
    return (
        h.term.startswith("march")
        and doc.text[h.start : h.start + 1] == "M"
        and not _MONTH_START.search(doc.text, max(0, h.start - 3), h.start)
    )


# sitting idle, told right after the sit: 在厂门口坐着打牌, 门口坐着聊天
# (sitting by the line is the sit-down itself: 全坐在流水线旁边聊天)
IDLE = re.compile(r"(?<=着)(?:喝茶|聊天|打牌|休息|玩|抽烟|吃东西|晒太阳)|着(?:喝茶|聊天|打牌|休息|玩|抽烟|吃东西|晒太阳)")
# the banners or signs carried by a crowd (their words, in the span of a protest read from them)
BANNER = re.compile(r"横幅|横额|标语|牌|口号")
# a place of the banners' own, not an office's: 上午在厂门口拉横幅，下午去市政府上访
# (the place told with a motion or a locative: not the firm's name, 一家电力公司数百名工人拉出横幅)
ELSEWHERE = re.compile(r"(?:在|到|去|堵|围|于)[^，,。；]{0,10}?(?:厂|工地|公司|项目部|门口|门前|门外|路|车间)")


def _elsewhere(doc: Doc, pos: int) -> bool:
    """The clause of the banners at ``pos`` names a place, and no office: another protest."""
    cs, ce = doc.clause(pos)
    return ELSEWHERE.search(doc.norm, cs, ce) is not None and GOV_OFFICE.search(doc.norm, cs, ce) is None


# "sat in on the talks", "officials sat in on a meeting": attended, no sit-in
SAT_IN_ON = re.compile(r" on (?:the |a |an |their |three |two |several |all )?(?:[\w-]+ )?(?:rounds? of )?(?:talks|meetings?|negotiations?|sessions?|discussions?|hearings?)\b")
# a door named bare, its place told before (在门口站了一上午, 站在门口), and a place of work gone to
BARE_DOOR = re.compile(r"在门(?:口|前|外)")
WORKPLACE = re.compile(r"(?:回到|回|到|去|在)了?[^，,。；;]{0,6}?(?:厂|公司|工地|项目部|店|车间|站点|仓库|医院|学校)")
# a road named in the clause of a gathering (在324国道聚集)
ROAD_WORDS = re.compile(r"国道|省道|公路|马路|道路|路段|路口|高速|大道")
# things smashed in the course of a strike (停运期间有司机打砸正常营运车辆): part of the strike
SMASHED = {"打砸", "smashed", "砸毁", "砸烂", "砸坏"}


def settle(doc: Doc, out: list[Hit]) -> list[Hit]:
    """The plant held is the sit-in, no protest at its gate besides; a subdistrict office's door
    where the crowd sits is the place of the sit-in, no petition; things smashed in a strike are
    part of it; a sit told idle (门口坐着打牌) or "sat in on the talks" is none; banners carried at
    the office petitioned (到住建局门口请愿，拉着横幅) are the petition's, no protest besides; a
    crowd gathered on the road it blocks (聚集堵路, 在国道聚集) is the blockade, no protest besides;
    a crowd standing at the bare door of the office it went to (去了县教育局，在门口站了一上午) is
    the petition, no protest besides."""
    if any(h.code == "strike" for h in out):
        out = [h for h in out if h.term not in SMASHED]
    # a strike word inside a longer form (hunger strike: other) and a road only wished (想去堵国道)
    others = [h for h in out if h.code == "other"]
    out = [h for h in out if not (h.code == "strike" and any(o.start <= h.start and h.end <= o.end for o in others))
           and not (h.term == "road" and denied_or_wished(doc.norm, h.start))]
    if any(h.term not in WEAK_PROTEST for h in out):  # 讨薪 beside a form told in a phrase: its motive
        out = [h for h in out if h.term not in WEAK_PROTEST]
    out = [h for h in out if not (h.code == "sit_in" and (
        ("坐" in doc.norm[h.start : h.end] and IDLE.match(doc.norm, h.end))
        or (h.term == "sat in" and SAT_IN_ON.match(doc.norm, h.end))))]
    petitions = [sentence_at(doc.norm, h.start) for h in out if h.code == "petition"]
    if petitions:  # 拉着横幅聚在县政府门口, 到住建局门口请愿，拉着横幅: the petition's (in Chinese only:
        # English reports tell signs held at an office as a protest besides as often as not)
        out = [h for h in out if not (h.code == "protest" and BANNER.search(doc.norm, h.start, h.end)
                                      and not h.term.isascii()
                                      and any(s <= h.start < e for s, e in petitions)
                                      and not _elsewhere(doc, h.start))]
    guarded = [sentence_at(doc.norm, h.start) for h in out if h.term == "guarded"]
    if guarded:
        out = [h for h in out if not (h.code == "protest" and any(s <= h.start < e for s, e in guarded))]
    sits = [h for h in out if h.code == "sit_in"]
    if sits:
        out = [h for h in out if not (
            h.code == "petition" and doc.norm[h.start : h.start + 2] == "街道"
            and any(s.start <= h.start and h.end <= s.end for s in sits))]
    offices = [h for h in out if h.code == "petition"]
    if offices:  # 去了县教育局，几十个人在门口站了一上午: the door is the office's, the petition's
        out = [h for h in out if not (h.code == "protest" and _door_of_office(doc, h, offices))]
    roads = [h for h in out if h.code == "road_blockade"]
    if roads:  # 聚集堵路, 在324国道聚集，造成交通堵塞: the crowd on the road is the blockade
        out = [h for h in out if not (h.term == "聚集" and _gathered_on_road(doc, h, roads))]
    return out


def _door_of_office(doc: Doc, h: Hit, offices: list[Hit]) -> bool:
    """The protest ``h`` stands at a door named bare (在门口, 站在门口) after an office gone to,
    with no place of work gone to between (not 回到厂里，在门口站着: the plant's door)."""
    if BARE_DOOR.search(doc.norm, h.start, h.end) is None:
        return False
    return any(p.end <= h.start and WORKPLACE.search(doc.norm, p.end, h.start) is None for p in offices)


def _gathered_on_road(doc: Doc, h: Hit, roads: list[Hit]) -> bool:
    """The clause of the gathering ``h`` holds a blockade, or names a road and its sentence holds
    one (not a gathering at the gate told before the road was taken: 在厂门口聚集，随后…堵路)."""
    cs, ce = doc.clause(h.start)
    if any(cs <= r.start < ce for r in roads):
        return True
    ss, se = sentence_at(doc.norm, h.start)
    return ROAD_WORDS.search(doc.norm, cs, ce) is not None and any(ss <= r.start < se for r in roads)

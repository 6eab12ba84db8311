"""Responses read by who acts in them (round 21):

- the union named as a party to talks or come to them: talks "mediated by the labour bureau and
  the town's trade union", "a union official said talks were under way", 工会主席也来了;
- the labour inspection named in English by its brigade or office, or by the mediators it sends:
  "the inspection brigade said it had opened an investigation", "labour inspectors summoned the
  contractor", "labour dispute mediators have stepped in";
- a riot's force told by what it left (read in a collective action): 有人头上流血, 有人扔石头,
  车辆被砸被烧, 砸坏警车 (not eggs thrown at cars: 车被砸鸡蛋);
- :func:`office_promised`: a promise (答应, "agreed") whose last actor named before it is an office
  (区里领导到场答应先垫付, 国资委和总工会来人了，答应先补缴): the office's act, no talks with the
  employer;
- the workers' side talked with, told by the word for talking alone (厂方跟工人谈出了协议, 跟司机代表谈),
  not asked for or refused (要老板出来跟大家谈, 不肯跟工人谈);
- :func:`talks_failed`: talks told only as failed (协商未果, 几次协商都没谈拢) or a promise told as the
  thing owed (改制时答应的安置费): no talks;
- :func:`demand_in_gap`: an office named as where the workers went, then their demand (游行到镇政府，
  要求政府出面): no act of the office.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit
from labourmap.engine.words_in import holds_any

_S = "，,。；;！!？?"
UNION_PARTY = re.compile(
    r"\b(?:mediat(?:ed|ion)|brokered|hosted|chaired) by (?:[^.;]{0,80}?\b(?:and|with) )(?:the )?"
    r"(?:[\w'-]+ ){0,3}?(?:trade )?unions?\b|"
    r"\bunion (?:official|chairman|chair|leader|representative)s? said (?:on \w+ )?(?:that )?"
    r"(?:the union (?:was|is|had|has)|talks|negotiations)|"
    rf"工会(?:主席|领导|干部)(?:也|都|已|已经)?(?:来了|到了|赶到|到场|参加|列席|来[^{_S}]{{0,3}}?开会)"
)
_UNION_KEYS = ("union", "工会")
OFFICE_NAMED = re.compile(
    r"\b(?:labou?r (?:inspection|supervision) (?:brigade|office|team|bureau|department|squad)|"
    r"(?:labou?r )?(?:dispute )?mediators|labou?r inspectors?)\b[^.;]{0,50}?"
    r"(?:investigat|stepped in|intervened|summoned|called in|ordered|mediat|\bmet\b|brokered)"
)
_OFFICE_KEYS = ("inspection", "supervision", "mediators", "inspector")
RIOT = re.compile(
    rf"头破血流|头上?[^{_S}]{{0,2}}?流血|扔石头|扔砖|砸[坏烂毁翻]了?[^{_S}]{{0,3}}?警车|掀翻[^{_S}]{{0,3}}?警车|"
    rf"(?:警车|车辆|汽车)[^{_S}]{{0,4}}?被(?:砸(?!鸡蛋|蛋)|掀翻|推翻|烧|点燃)"
)
# the workers' side talked with, told by the word for talking alone: 厂方跟工人谈出了协议,
# 经理在员工通道跟大家谈了两个钟头, 交通局的人来了跟司机代表谈 (not asked, refused or planned)
TALKED_WITH = re.compile(
    rf"(?:与|和|跟|同)[^{_S}]{{0,10}}?(?:工人|员工|职工|司机|骑手|教师|老师|代表|工友|大家)们?谈(?!判|心|恋|到|起|及|论)"
)
_NOT_HELD = re.compile(rf"(?:要|让|请|希望|盼|求|不|没|未|拒绝|说好|原定|约好|准备|打算|想)[^{_S}]{{0,12}}$")
_RIOT_KEYS = ("流血", "扔石头", "扔砖", "警车", "被砸", "被掀翻", "被推翻", "被烧", "被点燃")

# the act asked for by the workers, told just before it
_ASKED = re.compile(r"(?:要求|请求|请|希望|呼吁|盼)[^，,。；;]{0,10}$|\b(?:urg\w*|ask\w*|call\w* on|demand\w*)\b[^.;]{0,30}$")
_TRIED: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (UNION_PARTY, "union_intervention", _UNION_KEYS),
    (OFFICE_NAMED, "government_intervention", _OFFICE_KEYS),
)


def more(doc: Doc, have: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """The responses read above, each code not in ``have`` once, with the span that tells it."""
    norm = doc.norm
    found: list[tuple[str, tuple[int, int]]] = []
    tried = list(_TRIED)
    if doc.kind == "collective_action":
        tried.append((RIOT, "violence", _RIOT_KEYS))
    if "谈" in norm:
        tried.append((TALKED_WITH, "negotiation", ("谈",)))
    for pattern, code, keys in tried:
        if code in have or not holds_any(norm, keys):
            continue
        for m in pattern.finditer(norm):
            if code != "violence" and _ASKED.search(norm, max(0, m.start() - 40), m.start()):
                continue  # "urged labour inspectors to investigate", 要求工会主席到场: asked for
            if code == "negotiation" and _NOT_HELD.search(norm, max(0, m.start() - 12), m.start()):
                continue  # 要老板出来跟大家谈, 厂方不肯跟工人谈: asked for or refused
            found.append((code, m.span()))
            break
    return found


# who is named before a promise: an office (or the union's federation), the employer, the workers
_ACTOR = re.compile(
    r"(?P<employer>厂领导|公司领导|单位领导|厂方|公司|资方|老板|厂长|经理|管理层|厂里|项目部|开发商|包工头|老总|企业|"
    r"\b(?:company|management|employer|factory|firm|boss|owners?|managers?)\b)|"
    r"(?P<workers>工人|员工|职工|司机|大家|我们|教师|老师|\b(?:workers|drivers|teachers|staff|strikers)\b)|"
    r"(?P<office>政府|人社|劳动|局|国资委|工会|当局|部门|街道|书记|镇长|县长|区长|市长|领导|区里|县里|市里|镇里|乡里|官员|"
    r"\b(?:officials?|government|authorities|bureau|mayor|inspectors?)\b)"
)
_PROMISES = ("答应", "agreed")


def office_promised(norm: str, h: Hit) -> bool:
    """The promise (答应, "agreed") at ``h`` made by an office: the last actor named before it in
    its sentence (within 24 characters in Chinese, 60 in English) is an office."""
    if h.term not in _PROMISES:
        return False
    reach = 60 if h.term.isascii() else 24
    lo = max(0, h.start - reach)
    stop = max(norm.rfind(c, lo, h.start) for c in "。；;！!？?")
    if h.term.isascii():
        stop = max(stop, norm.rfind(". ", lo, h.start))
    last = None
    for m in _ACTOR.finditer(norm, max(lo, stop + 1), h.start):
        last = m
    return last is not None and last.lastgroup == "office"


# talks told as failed just after their word: 协商未果, 多次协商没有结果, 谈了几次还没谈拢 (the
# vague words only: 召集劳资双方谈判…，谈判未果 tells talks held, that failed)
_VAGUE_TALKS = ("协商", "谈了", "商量")
_FAILED = re.compile(rf"[^{_S}]{{0,6}}?(?:未果|无果|没有结果|不成|没谈拢|没谈成|没谈妥|谈不拢|谈不成)")


def talks_failed(norm: str, h: Hit) -> bool:
    """Talks told only as failed in a vague word (协商未果后, 几次协商都没谈拢), or a promise told
    as the thing owed (改制时答应的安置费): no talks as a response."""
    if h.term == "答应" and norm.startswith("的", h.end):
        return True
    return h.term in _VAGUE_TALKS and _FAILED.match(norm, h.end) is not None


# the workers' own demand begun after the office is named: 游行到镇政府，要求政府出面解决
_DEMAND_AFTER = re.compile(r"[，,](?:并|并且|还|再次)?要求")


def demand_in_gap(norm: str, start: int, end: int) -> bool:
    """An office's act matched from ``start`` to ``end`` across a new clause of the workers'
    demand (到镇政府，要求解决欠薪…，协商): the office named as where they went, no act."""
    return _DEMAND_AFTER.search(norm, start + 2, end) is not None

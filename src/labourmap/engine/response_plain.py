"""Responses told in the plain words of reporters, officials and workers rather than the
lexicon's:

- detention: people put into a vehicle (几个人被押上小车, 其余的全被带上大巴), statements taken
  (被带去做笔录), "hauled away dozens of workers", "took away two workers";
- violence: "workers with bloodied heads", things "hurled at riot police", a beating by a crowd
  (围殴, 群殴);
- government: a working group set up (成立了专门的工作组, "the county set up an investigation
  team"), an office's own notice (我委介入), the employer ordered or urged (已责令该公司限期支付),
  the party committee's act (县委调查后回复), a hotline's
  or message board's reply (12345热线就留言作出回复), an office's people come in (政府的人也进来了,
  农垦局的人出来, 劳动监察和派出所都来了, 镇上的领导来了),
  "officials are offering", "the coordination of government departments", "were all brought in";
- the union: "the union was brought in".

:func:`offices_run` reads the police named among offices the workers went round (信访办、公安我们都跑过了);
:func:`office_convened` a meeting an office called (市政府召集工人代表开会): the office's act, no
talks with the employer.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.leads import lead
from labourmap.engine.office_pays import office_pays
from labourmap.engine.words_in import holds_any

_S = "，,。；;！!？?"
DETAINED = lead(re.compile(
    rf"被(?:(?!保安|保镖|打手)[^{_S}]){{0,4}}?(?:押|塞|拖|拉|带|推|架|抬)(?:上|进)了?(?:警车|小车|大巴|面包车|巴士|囚车|车)(?!间)|"
    rf"带(?:去|到|回)[^{_S}]{{0,4}}?做笔录|"
    r"\btook away (?:[\w-]+ ){0,2}?(?:workers|people|guys|protesters|strikers|drivers|teachers|of them)\b|"
    r"\b(?:hauled|carted|led|frogmarched|bundled) (?:[\w-]+ ){0,4}?(?:away|off)\b|\brounded up\b"
))
FORCE_TOLD = lead(re.compile(
    r"\bbloodied\b|\bbloody (?:heads|faces)\b|"
    r"\b(?:hurl|hurled|hurling|threw|throwing|pelted|pelting)\b[^.;]{0,60}?\bat (?:the )?(?:riot )?(?:police|officers)\b|"
    r"围殴|群殴"
))
_OFFICE_EN = r"(?:district|county|city|municipal|provincial|government|officials|authorities|bureau|ministry|department)"
_OFFICE_TOLD_ZH = (
    rf"成立了?[^{_S}]{{0,8}}?(?:工作组|工作专班|专班|调查组)|"
    rf"我(?:委|局|办|厅)(?:已|及时|第一时间|随即)?(?:介入|协调|调查|核查|约谈)|"
    # the employer ordered, urged or summoned, the office elided as in its own notice: 已责令该公司
    # 限期支付, 当即督促总承包单位, 已约谈某学校
    rf"(?:已|已经|当即|立即|随即|当场|现已|均已)(?:依法)?(?:责令|督促|约谈)了?[^{_S}]{{0,14}}?"
    rf"(?:企业|公司|单位|学校|厂|项目|老板|负责人|包工头|总包|总承包|其|施工方|资方|平台|网点|站点)|"
    rf"(?:县委|市委|区委|省委|镇党委)[^。；]{{0,12}}?(?:调查|介入|协调|出面|回复|约谈|督办)|"
    rf"(?:热线|留言板)[^。；]{{0,30}}?(?<![没未不])(?:作出|做出|给予)?回复|"
    rf"(?:政府|人社|劳动|街道|监察|信访|部门)[^{_S}]{{0,6}}?的人(?:也|都)?进(?:来|厂)了?|"
    rf"(?:局|劳动所|劳动监察|人社|监察大队|街道办)[^{_S}]{{0,6}}?(?:的人|的工作人员)(?:都|也)?(?:来了|到了|出来|赶到|到场)|"
    rf"(?:劳动监察|人社局|劳动局|劳动所|街道办|信访办)(?:和|与|、)[^{_S}]{{1,6}}?(?:都|也)来了|"
    rf"(?:镇|县|市|区|街道|乡)(?:里|上)?的?(?:领导|干部)(?:都|也)?(?:来了|到了|出面|赶到|到场)"
)
_OFFICE_TOLD_EN = (
    rf"\b{_OFFICE_EN}\b[^.]{{0,40}}?\b(?:set up|formed|established|sent) (?:an? |its )?(?:[\w-]+ ){{0,2}}?"
    r"(?:investigation|inquiry|working|task|special) (?:team|group|force)\b|"
    r"\bcoordination of (?:the )?(?:local )?(?:government|officials|authorities|departments?|labou?r bureau)\b|"
    r"\b(?:officials|government|authorities|bureau|inspectors?|departments?)\b[^.]{0,40}?\b(?:are|were|is|was) offering\b|"
    r"\b(?:labou?r bureau|government|authorities|officials|inspectors)\b[^.]{0,60}?\b(?:brought|called) in\b"
)
OFFICE_TOLD = lead(re.compile(f"{_OFFICE_TOLD_ZH}|{_OFFICE_TOLD_EN}"))
# its Chinese branches and its English ones apart: where the text holds none of the words each English
# match holds, or no Chinese (every Chinese branch begins with a Chinese word), only the other is tried
OFFICE_TOLD_ZH, OFFICE_TOLD_EN = lead(re.compile(_OFFICE_TOLD_ZH)), lead(re.compile(_OFFICE_TOLD_EN))
_OFFICE_EN_KEYS = ("set up", "formed", "established", "sent", "coordination of", "offering", "brought in", "called in")
UNION_TOLD = re.compile(r"\bunions?\b[^.]{0,30}?\b(?:(?:was|were|been) (?:all )?(?:brought|called) in)\b")
# the office's or union's act asked for by the workers: 要求成立工作组, "urged officials to set up"
_ASKED = re.compile(r"(?:要求|请求|请|希望|呼吁|盼|促请)[^，,。；;]{0,10}$|\b(?:urg\w*|ask\w*|call\w* on|demand\w*)\b[^.;]{0,30}$")
# the offices gone round after the police: 公安、应急管理局我们都跑过了
_RUN_ROUND = re.compile(rf"[^{_S}]{{0,16}}?(?:我们|我|大家)?(?:都|也)?(?:跑|找|去)(?:过|遍)")


def more(doc: Doc, have: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """The responses told in plain words (see the module's docstring), each code not in ``have``
    with the span that tells it."""
    norm = doc.norm
    found: list[tuple[str, tuple[int, int]]] = []
    tried: list[tuple[str, re.Pattern[str]]] = [("detention", DETAINED), ("government_intervention", OFFICE_TOLD)]
    if "union" in norm:  # (every match of UNION_TOLD holds it)
        tried.append(("union_intervention", UNION_TOLD))
    if doc.kind == "collective_action":
        tried.append(("violence", FORCE_TOLD))
    if holds_any(norm, _OFFICE_EN_KEYS):  # (see OFFICE_TOLD_EN)
        tried[1] = ("government_intervention", OFFICE_TOLD_EN if norm.isascii() else OFFICE_TOLD)
    else:
        tried[1] = ("government_intervention", OFFICE_TOLD_ZH)
    for code, pattern in tried:
        if code in have:
            continue
        for m in pattern.finditer(norm):
            if code in ("government_intervention", "union_intervention") and _ASKED.search(
                norm, max(0, m.start() - 40), m.start()
            ):
                continue  # 要求成立工作组: asked for, not done
            found.append((code, m.span()))
            break
    found += [("government_intervention", m.span()) for m in (office_pays(norm),) if m and "government_intervention" not in have | {c for c, _ in found}]  # 教育局称将在20天内发放到位
    return found


def offices_run(norm: str, end: int) -> bool:
    """The police named among offices the workers went round, not on the spot: 信访办、公安、
    应急管理局我们都跑过了 (read after the word for the police, which ends at ``end``)."""
    return _RUN_ROUND.match(norm, end) is not None


# an office that calls the workers' people to a meeting, told just before the meeting's word
_CONVENED = re.compile(
    rf"(?:政府|人社|劳动|街道|信访|局|委|办|书记|市长|县长|区长|镇长|官员)[^{_S}]{{0,8}}?(?:召集|约见|接见)"
    rf"[^{_S}]{{0,12}}?$"
)


def office_convened(norm: str, start: int) -> bool:
    """The talks' word (代表开会, 座谈 at ``start``) told of a meeting an office called: 市政府再次召集
    工人代表开会, 交通局召集司机代表座谈 (the office stepped in; no talks with the employer)."""
    return _CONVENED.search(norm, max(0, start - 24), start) is not None

"""Government offices named in a post, and the petitions made at them.

A petition is workers going to an office (到/去/赴/前往/找/跑/奔 up to 14 characters before it,
in the same clause: 到县信访局, 去区人社局反映) or standing at its door (市政府门口,
交通运输局门前); in English, "outside/to/at the … government / labour bureau / urban
management office / city hall". Offices are found first and the words around them read after,
which is much cheaper than one pattern tried at every character. A petition made is not a
letter, a threat, a plan, a building site, a case filed for arbitration or the office's own
people come to the workers (:func:`petition_made`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourmap.engine.doc import Doc
from labourmap.engine.model import Span
from labourmap.engine.text import each, finditer_at, word_starts

_DEPARTMENT = each(
    "人社|住建|劳动|信访|交通运输|交通|运管|城管|教育|教体|卫健|市场监管|应急管理|国资|民政|财政|"
    "税务|工信|发改|自然资源|水务|水利|建设|林业",
    "(?:局|委|厅|部门|办)",
)
GOV_OFFICE = re.compile(
    # (劳动所, 劳动站: a township's labour station, 去了新塘镇劳动所)
    rf"政府|信访|劳动监察|监察大队|街道办|劳动保障所|劳动所|劳动站|{_DEPARTMENT}|管委会|"
    # a party committee, the office as much as the government (去市委要说法, 县委门口; not its
    # propaganda or standing office, nor its secretary: 县委宣传部称, 市委书记)
    r"(?<=[市县区州省旗])委(?!员|托|宣传|书记|常委|办公|组织|统战|政法|巡视)"
)
# (行至/走至: a crowd marching on to the office, 由厂房游行至市政府)
MOVE = ("前往", "到", "去", "赴", "找", "跑", "奔", "行至", "走至")
AT_DOOR = re.compile(r"[^，,。；]{0,4}?(?:门口|门前|楼顶|楼前|大楼|大院|楼下|楼上)")
CLAUSE = "，,。；"
# 去 of a time or a death: 去年为区政府大楼施工 went nowhere
NOT_MOTION = ("去年", "去世")
PETITION_EN = re.compile(
    r"\b(?:outside|to|at|in front of) (?:the )?(?:[\w'-]+ ){0,3}?"
    r"(?:government\b|(?:labou?r|human resources|social security|transport|housing|education) "
    r"(?:bureau|department)|labou?r inspection (?:brigade|team|office|bureau)|"
    r"(?:urban management|petitions?|letters and visits) "
    r"(?:office|bureau)|city hall|town hall|"
    # the party's committee or offices ("to the county party committee")
    r"party (?:committee|offices|headquarters)\b)"
)
# "to" after a word of attribution or sending, no motion: "credited to the coordination of
# government departments", "thanks to the county government", "a letter to the city government"
ATTRIBUTED = re.compile(r"\b(?:credited|thanks|due|according|owing|attributed|referred|reported|belongs?|belonged|"
                        r"letters?|wrote|written|sent|complained|complaints?|applied|next|close|up) $")
_EN_CUE = re.compile(r"government|bureau|department|office|city hall|town hall|brigade|party")
# where a match of PETITION_EN may begin (for finditer_at: it begins with \b, which a search
# would try at every character)
_PETITION_EN_START = word_starts(["outside ", "to ", "at ", "in front of "])


def petitions(norm: str) -> list[Span]:
    """The spans of petitions at government offices (from the motion verb, or the office)."""
    return list(_petitions(norm))


# where a match of GOV_OFFICE may begin: each of its branches begins with one of these (委 for the
# party committee, whose place before it the look-behind reads), so finditer_at finds the same
# matches as a search, which would try the look-behind's branch at every character
_GOV_OFFICE_STARTS = re.compile(
    "政府|信访|劳动|监察|街道|人社|住建|交通|运管|城管|教育|教体|卫健|市场|应急|国资|民政|财政|税务|工信|"
    "发改|自然|水务|水利|建设|林业|管委|委"
)


@lru_cache(maxsize=8)  # (a post's forms ask twice: classify, then form_told)
def _petitions(norm: str) -> tuple[Span, ...]:
    out: list[Span] = []
    for m in finditer_at(GOV_OFFICE, _GOV_OFFICE_STARTS, norm) if not norm.isascii() else ():  # (all Chinese)
        start = _moved_to(norm, m.start())
        if start is not None:
            out.append((start, m.end()))
            continue
        door = AT_DOOR.match(norm, m.end())
        if door:
            out.append((m.start(), door.end()))
    if _EN_CUE.search(norm):
        out.extend(m.span() for m in finditer_at(PETITION_EN, _PETITION_EN_START, norm)
                   if not (norm[m.start() : m.start() + 3] == "to " and ATTRIBUTED.search(norm, 0, m.start())))
    return tuple(out)


def _moved_to(norm: str, pos: int) -> int | None:
    """Where a motion verb (到, 前往 …) ends at most 14 characters before ``pos``, in its clause."""
    lo = max(0, pos - 16)
    for c in CLAUSE:
        k = norm.rfind(c, lo, pos)
        if k >= 0:
            lo = k + 1
    best: int | None = None
    for verb in MOVE:
        k = norm.find(verb, lo, pos)
        while k >= 0 and (k + len(verb) < pos - 14 or norm[k : k + 2] in NOT_MOTION):
            k = norm.find(verb, k + 1, pos)
        if k >= 0 and (best is None or k < best):
            best = k
    return best


# a claim put in writing, not carried to an office: 联名向市政府递交, 在领导留言板反映
LETTER = re.compile(r"联名|上书|递交|留言|写信|来信|complaints? (?:to|through)|complained (?:to|through)")
# a petition weighed among other ways or only meant: 商量是去找政府还是走仲裁, 考虑要不要上访, 想一起去劳动局投诉,
# 若再不发薪便到劳动局投诉 (a visit on a condition: a threat)
# (in English, a visit only meant or threatened: "say they will take the case to the labour bureau")
PLANNED = re.compile(
    r"商量|考虑|犹豫|要不要|想(?:一起|集体|大家)?(?=去|到)|打算|准备(?=去|到)|若(?!干)|如果|假如|倘若|"
    r"weighing|considering|debating|"
    # (" to?": the visit's span may begin at its "to", the last character the search sees)
    r"\b(?:will|(?:plan(?:s|ned|ning)?|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|intend(?:s|ed|ing)?|going) to?)\b"
)
# the office as a worksite: 政府大楼施工, 政府办公楼的装修工程
BUILT = re.compile(
    r"(?:大楼|大院|办公楼|楼)?(?:里|内)?的?(?:施工|建设|装修|修建|改造|维修|扩建)?(?:工程|项目|施工)"
)
# a motion to the office: 到政府大楼讨要工程款 is a petition whatever the building
MOVED = re.compile(r"到|去(?!年|世)|赴|前往|来到|跑到|奔")
# a petition forbidden or threatened: 不许再去上访, 谁要是上访就开除
FORBIDDEN = re.compile(r"不许|不准|不让|禁止|别再|谁要是|要是再")
# the office's own people, come to the workers: 信访局人员到场
OFFICIALS_AFTER = re.compile(r"[局办委厅]?[^，,。；;]{0,2}?(?:人员|工作人员|干部|官员|领导)")
# a case filed at the office: 到劳动局申请了仲裁, 去仲裁委申请劳动仲裁
ARBITRATION = re.compile(r"申请了?(?:劳动)?仲裁|提起了?(?:劳动)?仲裁|提交了?仲裁")
# the office's answer told right after it was asked: 找劳动监察说让我们先去仲裁, 找人社局叫我们等
SENT_ON = re.compile(r"[^，,。；;]{0,6}?(?:说让|说叫|让我们|叫我们|说要我们|回复说|答复说)")
# a complaint lodged with the office (向劳动监察和信访部门反映过多次, 向区人社局投诉): told to it,
# by phone, letter or a visit of one, not a crowd come to it, unless the clause counts one
LODGED_BEFORE = re.compile(r"向[^，,。；;]{0,14}$")
LODGED_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:反映|投诉|举报)")
# a crowd in the clause of the complaint: 三十名工人向区人社局反映, 集体向信访局反映
CROWD_IN_CLAUSE = re.compile(
    r"一起|一同|集体|结伴|联合|全体|[0-9一二三四五六七八九十两几数上百千]+[多余来]?(?:个|名|位|号)?"
    r"(?:人|工人|员工|工友|老师|师傅|农民工)"
)
# a clause ends here (unlike doc.CLAUSE_END, not at 、: a question may list offices)
QUESTION_SCOPE_END = re.compile(r"[，,。；;！!？?\n]")


# a labour office a complaint is lodged at in person by no crowd of workers (有人去区人社局举报, 张某
# 等人到劳动监察部门投诉): the law's channel, as one lodged by phone, no petition (a crowd counted or
# told together, or the workers named, 十几个工友一起去劳动局投诉, 工人去人社局投诉了, still
# petition; a claim told there, 前往人社局反映情况, stays the petition it is)
LABOUR_DESK = re.compile(r"劳动监察|监察大队|人社|劳动局|劳动部门|劳动保障")
COMPLAINED = re.compile(r"[^，,。；;]{0,8}?(?:投诉|举报)")
WORKERS_NAMED = re.compile(r"工人|工友|员工|职工|民工|司机|骑手|老师|教师|护士|师傅")
# an office sought in vain or again and again, told as what came before (找政府找了多少次, 多次找政府
# 都没有结果, 找镇政府没人理): the grievance's history, not the day's petition
FUTILE = re.compile(r"多少次|好几次|几次|多次|无数次|一次次|没人理|没人管|没有结果|没结果|都没用|不管用")


# a reporter who went to the office (记者到镇政府了解情况, "our reporter went to the county government")
REPORTER = re.compile(r"记者|本台|本报|\breporters?\b|\bjournalists?\b")


def petition_made(doc: Doc, start: int, end: int) -> bool:
    """Not a letter (联名向市委递交上访书, "complaints to the government"), not a complaint
    lodged with the office by no crowd (向信访部门反映过) and not the office's own people come to
    the workers (信访局人员到场)."""
    cs, ce = doc.clause(start)
    if LETTER.search(doc.norm, cs, ce) or FORBIDDEN.search(doc.norm, max(cs, start - 6), start):
        return False
    if REPORTER.search(doc.norm, cs, start):
        return False  # 记者到镇政府了解情况: the reporter went, not the workers
    if doc.norm[end : end + 1] == "就":
        return False  # 再去上访就开除: a threat, not a petition
    if PLANNED.search(doc.norm, cs, start + 1) or "还是" in doc.norm[start:ce]:
        return False  # 大家正商量是去找政府还是走仲裁: weighed, not done
    if BUILT.match(doc.norm, end) and not MOVED.search(doc.norm, cs, start + 1):
        return False  # 为一座政府大楼施工: the office is the worksite
    if "仲裁" in doc.norm[end:ce] and ARBITRATION.search(doc.norm, end, ce):
        return False  # 去市劳动局申请了仲裁: a case filed, not a petition
    if SENT_ON.match(doc.norm, end) and (
        doc.norm[start : start + 1] == "找" or not CROWD_IN_CLAUSE.search(doc.norm, cs, ce)
    ):
        return False  # 找劳动监察说让我们先去仲裁, 去劳动监察那边说让我们等: sent on elsewhere
    if (LODGED_BEFORE.search(doc.norm, cs, start) and LODGED_AFTER.match(doc.norm, end)
            and not CROWD_IN_CLAUSE.search(doc.norm, cs, ce)):
        return False  # 向劳动监察和信访部门反映过多次: a complaint lodged
    if (LABOUR_DESK.search(doc.norm, start, end) and COMPLAINED.match(doc.norm, end)
            and not CROWD_IN_CLAUSE.search(doc.norm, cs, ce) and not WORKERS_NAMED.search(doc.norm, cs, start)):
        return False  # 张某等人到劳动监察部门投诉: a complaint lodged in person
    if doc.norm[start : start + 1] == "找" and FUTILE.search(doc.norm, max(cs, start - 3), ce):
        return False  # 多次找政府都没有结果: sought before, in vain
    return OFFICIALS_AFTER.match(doc.norm, end) is None


def asked(norm: str, pos: int) -> bool:
    """The office is named in a question (找劳动监察有用吗？): no one went there yet."""
    m = QUESTION_SCOPE_END.search(norm, pos)
    end = m.start() if m else len(norm)
    return norm[end : end + 1] in ("？", "?") or "吗" in norm[pos:end]

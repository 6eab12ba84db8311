"""Readings that tell a plea from an action, and an action told in passing from none.

1. A post that asks for help and tells only of the poster's own visits to offices (我们去劳动
   监察大队问过, 我们找过街道劳动保障所, 我们去教育局，说归市场监管管), with no crowd counted
   and no word of going together in the visit's clause, is a plea: the workers asked where to complain, they did
   not petition together. (六十多个老师一起到教体局反映 is a petition.)
2. The ``业主`` of a building project named as the one who has not paid (业主没付进度款, 业主方
   拖欠工程款, 业主单位) is the project's client, not a homeowner: the post is still the
   workers'.
3. A stoppage named as the subject of a follow-up (停工的后续, 停工的事有结果了) is an act told
   already: the workers' stoppage, not a plant's halt, though no worker is named beside it;
   so is one told as one more (今天也停工了) in a post that counts a crowd and names a claim.
4. A climb to a crane or a roof told with a long way between the verb and the height (爬上城南
   那边一个在建小区工地的塔吊): the same climb as a near one, read when the post names a claim.
5. The poster alone at the gate to film it (我现在就站在厂门口拍): a plea with a camera, no
   crowd at the gate.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit

# going together to the office: 一起, 集体, 结伴, 联合
_TOGETHER = re.compile(r"一起|一同|集体|结伴|联合|一块儿?|全体|所有人")
# the poster's own visit: 我们去, 我找过
_WE = re.compile(r"我|咱")
# a crowd counted in the clause: 三十多个, 几十名, 上百人
_COUNTED = re.compile(r"[0-9一二三四五六七八九十两几数上百千]+[多余来]?(?:个|名|位|号)?(?:人|工人|员工|工友|老师|师傅)")


# the offices listed first, the poster's visits after: 信访办、人社局…我们都跑过了
_WE_WENT = re.compile(r"[^，,。；;！!？?]{0,30}?我们?(?:都|也|全|几乎)?(?:跑|去|找)(?:过|遍)")


def office_visits_only(doc: Doc, forms: list[Hit]) -> bool:
    """Every form is a visit to an office, none told as made together or by a crowd counted."""
    if not forms or any(h.code != "petition" for h in forms):
        return False
    for h in forms:
        cs, ce = doc.clause(h.start)
        if _TOGETHER.search(doc.norm, cs, ce) or _COUNTED.search(doc.norm, cs, ce):
            return False
        if not _WE.search(doc.norm, cs, h.start + 1) and not _WE_WENT.match(doc.norm, h.end):
            return False  # told of others (老工人又去了市政府): no plea of the poster's own
    return True


# the client of a project, named as the one who owes: 业主没付, 业主方, 业主单位, 业主拖欠
_CLIENT_AFTER = re.compile(r"方|单位|没|未|不|拖|欠|迟迟|一直|资金|的?(?:进度款|工程款)")


def project_client(doc: Doc) -> bool:
    """Every ``consumer`` cue of the post is ``业主`` told as a project's client."""
    owners = [h for h in doc.hits if h.cat == "cue" and h.code == "consumer"]
    return bool(owners) and all(
        h.term == "业主" and _CLIENT_AFTER.match(doc.norm, h.end) is not None for h in owners
    )


# what follows a stoppage named as an event: 停工的后续, 停工的事, 停工那件事
AS_EVENT = re.compile(r"的?(?:后续|事情?|那件事|那事|结果|进展)")


def told_as_event(doc: Doc, h: Hit, crowd: bool) -> bool:
    """The act at ``h`` is named as the subject of a follow-up (停工的后续), or as one more
    like an earlier one (今天也停工了) in a post that counts a crowd and names a claim."""
    if AS_EVENT.match(doc.norm, h.end):
        return True
    return doc.norm[h.start - 1 : h.start] == "也" and crowd and bool(doc.of("demand"))


FAR_CLIMB = re.compile(r"(?:爬上|爬到|登上)了?[^，,。；;！!？?\s]{11,24}?(?:楼顶|屋顶|天台|塔吊|吊塔|烟囱)")


def far_climbs(doc: Doc, near: list[Hit]) -> list[Hit]:
    """Climbs with a long way to the height, where the post names a claim and no near climb
    was read at the same verb."""
    if not doc.of("demand"):
        return []
    return [
        Hit(m.start(), m.end(), "form", "self_harm_threat", "climb")
        for m in FAR_CLIMB.finditer(doc.norm)
        if not any(h.start <= m.start() < h.end for h in near)
    ]


# a camera at the gate: 站在厂门口拍, 在门口录视频, 门前直播
FILMING_AFTER = re.compile(r"[^，,。；;！!？?]{0,3}?(?:拍|录|直播)")
_WE_MANY = re.compile(r"我们|咱们|大家|工友")


def filming_alone(doc: Doc, start: int, end: int) -> bool:
    """The place at ``start``-``end`` is where the poster, alone (我, not 我们), stands to film."""
    if not FILMING_AFTER.match(doc.norm, end):
        return False
    cs, _ = doc.clause(start)
    return "我" in doc.norm[cs:start] and not _WE_MANY.search(doc.norm, cs, end)

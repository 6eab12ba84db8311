"""A firm named by its trade name alone, with no word for what it is (鼎晟, 润泰, 日升): read
only in a few ways of writing that tell a firm, and only where nothing better is named.

1. where the writer or a kin works (我哥在润泰上夜班, 他在东莞华辉打工);
2. a place, then the name, then its workers or its whole staff stopping (无锡快马的骑手今天集体…,
   昆山周市华芯的全停了);
3. a name that begins a clause, whose boss has fled (…，华辉的老板跑了);
4. (:func:`builders`, round 22) a builder's trade name and 建设 right before its site or what it
   has not paid (鑫盛建设工地, 上面中豫建设没拨款); not building as such (基础建设, 项目建设).

A name is two or three characters, no place, and holds no word of a role, a pointer, a body or a
place (在厂里上班, 附近的骑手, 城西的工人). Not the one that owes "us" (…，鼎晟欠我们): there a
boss's or a gang master's own name is as often written.
"""

from __future__ import annotations

import re

from labourmap.engine.employer_en import Candidate
from labourmap.engine.model import Span

_WORKS_AT = re.compile(r"在([\u4e00-\u9fff]{2,9}?)(?:上夜班|上白班|上班|打工|下井|干活)")
_WORK_WORDS = re.compile("上夜班|上白班|上班|打工|下井|干活")
_STAFF = re.compile(r"的(?<=[\u4e00-\u9fff]的)(?:骑手|工人|员工|司机|工友|全)[^，,。！!？?]{0,6}?(?:集体|全部|全|都)?(?:停|罢工|不接单|不干)")
# words and characters no trade name holds: a role, a pointer, a body, a place's word, a time
_NO_NAME_CHARS = set(
    "们厂司头部方位主商台点校院府局里家人工这那该某每本全各多少些其外附近地区市县镇乡村省"
    "东西南北上下前后中内边面天年月日时号我你他她它谁啥老板站矿场店楼街路坊间"
)
_NO_NAME_WORDS = ("现在", "今天", "已经", "一直", "还是", "就是", "这个", "那个", "大家", "兄弟", "工地")


def _is_name(norm: str, start: int, end: int, places: list[Span]) -> bool:
    word = norm[start:end]
    return (
        not any(c in _NO_NAME_CHARS for c in word)
        and not any(w in word for w in _NO_NAME_WORDS)
        and not any(ps < end and start < pe for ps, pe in places)
    )


def trade_names(norm: str, places: list[Span]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _WORKS_AT.finditer(norm) if _WORK_WORDS.search(norm) else ():  # (every match holds one)
        s, e = m.start(1), m.end(1)
        while (pe := next((pe for ps, pe in places if ps == s and pe < e), None)) is not None:
            s = pe  # 在临淄润泰上班: the place, then the name
        if 2 <= e - s <= 3 and _is_name(norm, s, e, places):
            out.append(Candidate(s, e, 1))
    for m in _STAFF.finditer(norm) if "的" in norm else ():  # (every match holds 的)
        e = m.start()  # 无锡快马的骑手: a place, then the name, right before 的
        s = next((pe for ps, pe in places if 2 <= e - pe <= 3), -1)
        if s >= 0 and _is_name(norm, s, e, places):
            out.append(Candidate(s, e, 1))
    # (every match holds 的老板, 的老总 or 的厂长; the pattern has no fixed start to skip to)
    for m in _BOSS_FLED.finditer(norm) if "的老" in norm or "的厂长" in norm else ():
        s, e = m.start(1), m.end(1)  # 厂门被封了，毅泰的老板跑了: the clause's subject
        if _is_name(norm, s, e, places) and not any(w in norm[s:e] for w in _KIN):
            out.append(Candidate(s, e, 1))
    return out


# …，华辉的老板跑了: a name that begins a clause, whose boss has fled
_BOSS_FLED = re.compile(
    r"(?:^|(?<=[，,。！!？?；;\s]))([\u4e00-\u9fff]{2,3})的(?:老板|老总|厂长)"
    r"(?:跑了|跑路|卷款|失联|不见了|连夜跑)"
)
_KIN = ("爸", "妈", "哥", "姐", "弟", "妹", "叔", "姨", "舅", "夫", "婆", "公", "爷", "奶", "朋友", "同学", "亲戚")


# 跳马那边的鑫盛建设工地, 包工头说上面中豫建设没拨款: a builder's trade name, then 建设, then its
# site or what it has not paid
_BUILDER = re.compile(r"([\u4e00-\u9fff]{2})建设的?(?:工地|项目部|没拨款|不拨款|没给钱|没结账|拖欠|欠)")
# words before 建设 that tell building as such, not a builder (基础建设, 项目建设, 生态建设)
_BUILDING_AS_SUCH = ("基础", "项目", "生态", "文明", "设施", "水利", "交通", "住房", "安居", "民生", "基建",
                     "开发", "城乡", "配套", "加快", "推进", "参与", "负责", "承担", "援建", "在建", "新建",
                     "改建", "扩建", "重建", "自建", "共建", "代建", "组织", "施工", "规划", "统一")
_NO_BUILDER_CHARS = _NO_NAME_CHARS - {"中"}  # (中豫建设: 中 begins many builders' names)


def builders(norm: str, places: list[Span]) -> list[Candidate]:
    """A builder named by its trade name and 建设, right before its site or what it owes."""
    out: list[Candidate] = []
    for m in _BUILDER.finditer(norm) if "建设" in norm else ():  # (every match holds 建设)
        s, e = m.start(1), m.end(1)
        word = norm[s:e]
        if (word not in _BUILDING_AS_SUCH and not any(c in _NO_BUILDER_CHARS for c in word)
                and not any(ps < e and s < pe for ps, pe in places)):
            out.append(Candidate(s, e + 2, 1))
    return out

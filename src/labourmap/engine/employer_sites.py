"""Firms named by a short name and a trade word, and names that are only the site of the work.

1. a short name ended by a trade word that alone says no firm (铸造, 家具, 印刷, 塑胶, 影像,
   精工, 广电, 箱包, 化学, 商贸, 公交, 印染, 纸业), read only where the writer points at it (a place,
   那个, 是 after 听说, 看到, 园区的, or the clause's start) and something happens to it or its staff
   right after (a blast or a fire, its staff counted or retired; where one works only after 在)
   (龙泰铸造出事了, 那个嘉禾家具是不是要倒了, 永和印刷的工人, 宏达箱包的姐妹们, 鑫源商贸的董事长,
   听说是华美化学出事了, 荆门广电的同事们: a city's broadcaster, named by its place): not
   做家具的, 办公家具很贵, 县广电局, 坐公交的司机;
2. a hotel, a mall or a hospital named only as the site of the work: where the writer did the
   fitting out (在X酒店做装修), or the building the workers put up (抢建X医院, X医院…项目在建工地).
"""

from __future__ import annotations

import re

from labourmap.engine.employer_en import Candidate
from labourmap.engine.model import Span

_TRADES = ("铸造", "家具", "印刷", "塑胶", "影像", "精工", "广电", "箱包", "化学", "商贸", "公交", "印染", "纸业")
_NAME = r"([\u4e00-\u9fff]{2,6}?)"
_TRADE_NAME = re.compile(_NAME + "(" + "|".join(_TRADES) + ")")
# what happens to the firm or its staff right after its name
_HAPPENS = re.compile(
    r"(?:(?:昨|今|前)[天晚早]?[^，,。！!？?]{0,6}?)?"
    r"(?:的?(?:工人|员工|职工|同事|工友|姐妹们|兄弟们|司机|老板|董事长|车间|厂房|厂区)|出事|出大事|爆炸|爆了|起火|着火|欠薪|拖欠|停工|罢工|"
    r"倒闭|关门|要倒|是不是|被曝|裁员|停产)"
    # 友道化学周二中午发生爆炸, 日科化学那边火光冲天: a blast or a fire there, in the same clause
    r"|(?:那边|那里|这边)?[^，,。！!？?]{0,6}?(?:发生|突发)?(?:爆炸|火光|起火|着火|大火|火灾)"
    # 森益纸业两三百个工友, 钞票纸业的老职工: its staff counted or old
    r"|[一二两三四五六七八九十百千几数多余0-9]{1,5}[个名号位]?(?:工人|员工|职工|工友)"
    r"|的(?:老|退休|下岗)(?:职工|工人|员工)"
    # 在天龙数码印染上班: where one works (after 在)
    r"|(?:上班|打工|干活|上夜班)"
)
# 在X上班: the work words read only after 在
_WORK = ("上班", "打工", "干活", "上夜班")
_PUBLIC = ("广电",)
_POINTER = ("那个", "这个", "那家", "这家", "听说是", "据说是", "看见", "看到", "园区的", "工业区的", "开发区的")
# characters no such short name holds: a pointer, a role, a verb of work, a place's word
_NO_NAME = set("的在是了和与跟做卖买搞修装开办我你他她们个家这那某每工人厂店市县区镇乡村省里上下")


def _pointed(norm: str, start: int, places: list[Span]) -> bool:
    """Whether the writer points at the name: a place right before it (or 的 after a place),
    那个, or the start of a clause."""
    if start == 0 or norm[start - 1] in "，,。！!？?；;】#\n 　":
        return True
    if norm.endswith(_POINTER, 0, start):
        return True
    at = start - 1 if norm[start - 1] == "的" else start
    return any(pe == at for _, pe in places)


def trade_words(norm: str, places: list[Span]) -> list[Candidate]:
    out: list[Candidate] = []
    if not any(t in norm for t in _TRADES):
        return out  # (every match ends in one of the trade words: a test of each is faster)
    for m in _TRADE_NAME.finditer(norm):
        end = m.end()
        if not (h := _HAPPENS.match(norm, end)):
            continue
        work = h.group().startswith(_WORK)  # (then only after 在: 在X印染上班)
        if m.group(2) in _PUBLIC:  # 荆门广电: a city's broadcaster, named by its place
            ps = next((ps for ps, pe in places if pe == m.end(1) and _pointed(norm, ps, places)), -1)
            if ps >= 0:
                out.append(Candidate(ps, end, 2))
                continue
        # the shortest name the writer points at, past any places at its head
        for s in range(m.start(1), m.end(1) - 1):
            word = norm[s : m.end(1)]
            if (any(c in _NO_NAME for c in word) or any(ps < m.end(1) and s < pe for ps, pe in places)
                    or any(p in word for p in _POINTER)):  # (看见X化学: the pointer begins no name)
                continue
            if (_worked_at(norm, s, places) if work else _pointed(norm, s, places)):
                out.append(Candidate(s, end, 2))
                break
    return out


def _worked_at(norm: str, start: int, places: list[Span]) -> bool:
    """Whether 在 (or 在, then a place) stands right before the name."""
    at = next((ps for ps, pe in places if pe == start), start)
    return norm[at - 1 : at] == "在"


# 在长沙某某酒店做完装修吊顶: where the writer did the work
_DID_WORK_AT = re.compile(r"(?:做完?|干完?|搞)?了?(?:装修|吊顶|装饰|刷墙|粉刷|水电|安装)")
# 参与抢建X医院, X医院分院培训基地项目在建工地: the building the workers put up
_BUILT_BEFORE = ("抢建", "修建", "兴建", "援建", "建设", "承建")
_BUILT_AFTER = re.compile(r"[^，,。；;！!？?]{0,12}?(?:项目|工程)[^，,。；;]{0,4}?(?:在建|工地|施工)")
_SITES = ("酒店", "宾馆", "商场", "医院", "公寓", "超市")


def a_site(norm: str, start: int, end: int) -> bool:
    """Whether a hotel, a mall or a hospital is named only as the site of the work."""
    if not norm.endswith(_SITES, 0, end):
        return False
    if norm[max(0, start - 1) : start] == "在" and _DID_WORK_AT.match(norm, end):
        return True
    head = norm[max(0, start - 12) : start]
    if any(head.endswith(w) or (w in head and "、" in head[head.rfind(w):]) for w in _BUILT_BEFORE):
        return True
    return _BUILT_AFTER.match(norm, end) is not None

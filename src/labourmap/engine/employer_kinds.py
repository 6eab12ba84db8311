"""Words that tell what a firm does or is to the workers, not who it is, and the ways of writing
a firm by what it is (round 28).

1. ``ROLE_WORDS``: a role or a line of work that, with 公司 after it, names no firm
   (承建公司 "the building firm", 城建公司, 货车公司, 物业管理公司, 市政工程公司): joined to the
   generic words, so a name made only of them is no name (a name before them still is:
   金河城建公司). Not a utility's trade (热力公司, 供热公司): a city's is named by its city.
2. ``CARE_SUFFIXES``: a confinement-care centre (X月子中心, X月子会所) is a named employer.
3. :func:`a_kind`: a place or a group, then 一 ("a"), then only what the firm is
   (平安县一煤业公司, 青石一玩具厂, 龙江矿业集团一煤矿): a headline's kind of firm, where the body names it.
4. :func:`worked_for`: the one the workers worked for, right after 给 and before the work
   (给宏达建司干工地, 给开发商王德顺干活, 给周老板做装修): the weakest candidate, only where nothing
   better is named; not "a" boss, one named only by a surname (一位姓郜的老板), nor a kind of
   work place (给油田干活), a kinsman or a pronoun.
"""

from __future__ import annotations

import re

from labourmap.engine.employer_en import Candidate
from labourmap.engine.model import Span

ROLE_WORDS = frozenset({
    "承建", "城建", "施工", "总包", "分包", "开发", "货车", "冷藏", "冷冻", "物业管理",
    "市政", "市政工程", "用品",
})

CARE_SUFFIXES: list[tuple[str, int]] = [("月子中心", 2), ("月子会所", 2)]

# 平安县一煤业公司, 青石一玩具厂, 龙江矿业集团一煤矿: 一, then only kind words, to the end of the name
_KINDS = (r"(?:煤业|矿业|玩具|化工|服装|制衣|鞋业|电子|五金|家具|印刷|食品|纺织|建筑|物流|塑料|陶瓷|机械|汽配|"
          r"建材|钢铁|木业)")
_KIND_AFTER_ONE = re.compile(
    r"一(?:(?:家|座|个|处)" + _KINDS + "*(?:有限公司|公司|厂|煤矿|集团)|" + _KINDS + "+(?:有限公司|公司|厂|煤矿|集团)"
    r"|煤矿)$"
)


def a_kind(norm: str, start: int, end: int) -> bool:
    """Whether the candidate at ``start:end`` is a place or a group, then 一, then a kind of firm."""
    k = norm.rfind("一", start, end)
    return k >= 0 and _KIND_AFTER_ONE.match(norm, k, end) is not None and (
        k == start or norm[k - 1] in "县市区镇乡村州旗团" or (2 <= k - start <= 3 and norm[k - 1] not in "第统唯万初")
    )


_WORK = "干活|干工地|做工|打工|做装修|干装修|搞装修|做事|盖楼|施工|装修"
_FOR = re.compile(
    r"给((?:开发商|承包商|包工头|承包人)?[\u4e00-\u9fff]{2,5}?)(?:" + _WORK + ")"
)
# a pointer, a pronoun, a count, a surname told as such, a kinsman, "nearby": no name
_NOT_IN_NAME = set("一这那某每身我你他她们人家边些个位姓谁啥几")
_NOT_NAMES = frozenset({
    "油田", "工地", "公司", "老板", "老乡", "包工头", "老板娘", "单位", "厂里", "厂家", "国家", "政府",
    "私人", "个人", "别人", "朋友", "亲戚", "工头", "领导", "项目", "开发商", "承包商", "承包人", "村里",
    "社区", "学校", "医院", "镇上", "县里", "市里", "城里", "大老板", "小老板", "工厂", "厂子", "业主", "房东",
    "客户", "东家", "老总",
})
_KIN = ("爸", "妈", "哥", "姐", "弟", "妹", "叔", "姨", "舅", "爷", "奶", "儿", "女")


def worked_for(norm: str, places: list[Span]) -> list[Candidate]:
    """The firm or boss the workers worked for, named right after 给 and before the work."""
    out: list[Candidate] = []
    for m in _FOR.finditer(norm) if "给" in norm else ():
        s, e = m.span(1)
        word = norm[s:e]
        if (word in _NOT_NAMES or (word.endswith(("老板", "老总")) and len(word) != 3) or any(c in _NOT_IN_NAME for c in word) or any(k in word for k in _KIN)
                or any(ps <= s and e <= pe for ps, pe in places)):  # 给深圳打工: a place
            continue
        out.append(Candidate(s, e, 1))
    return out


# #凯瑞达 #后街 今天…: a hashtag opened by # alone and ended by a space or the post's end (a
# way of tagging that closes no tag), a short name alone; as for a closed tag (employer_topic)
_OPEN_TAG = re.compile(r"(?:^|(?<=\s))#([\u4e00-\u9fff]{3,6})(?=\s|$)")


def open_tags(norm: str, places: list[Span]) -> list[Candidate]:
    """A hashtag written with one # that is a short name alone (see above)."""
    if "#" not in norm:
        return []
    from labourmap.engine.employer_topic import _NO_TAG_CHARS, _NO_TOPIC_WORDS

    out: list[Candidate] = []
    for m in _OPEN_TAG.finditer(norm):
        s, e = m.span(1)
        word = m.group(1)
        if (any(ps < e and s < pe for ps, pe in places) or any(c in _NO_TAG_CHARS for c in word)
                or any(w in word for w in _NO_TOPIC_WORDS)):
            continue
        out.append(Candidate(s, e, 1))
    return out

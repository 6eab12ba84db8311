"""An employer named by what it is, then 叫 (厂叫宏利五金, 厂子叫…, 矿叫…, 老板的公司叫…): the
name after 叫 runs to the end of the clause; a central state firm's numbered bureau (中建八局,
中铁十四局, 中交隧道局, 中建X局 with its number hidden), named without a firm's suffix; and a school named by its place and number
(昭通一中: No. 1 Middle School of Zhaotong); a short name right after what the firm is and
before where its plant stands (代工企业仁宝电脑位于成都的工厂, 线束大厂矢崎在汕头的本厂); and
whether a name is the main contractor's (总包X, 总包是X, 由X承建)."""

from __future__ import annotations

import re
from typing import NamedTuple

_CALLED = re.compile(r"叫(?:做)?([\u4e00-\u9fffA-Za-z0-9（）()·&]{2,16})(?=[，。,.；;！!？?、\s#]|$)")
_KIND = ("厂", "矿", "公司", "单位", "企业", "厂子", "厂名", "公司名")
_NOT_A_NAME = ("我", "你", "他", "她", "大家", "人", "工人", "员工", "什么", "啥", "停", "不", "苦", "好", "来", "去")


class Called(NamedTuple):
    start: int
    end: int


def called(norm: str) -> list[Called]:
    """Names given after 厂叫/矿叫/公司叫, or between 叫 and what the firm is (一家叫宏利五金的
    公司, 一个叫做新华制衣的厂), as (start, end) spans of norm."""
    if "叫" not in norm:
        return []
    return [
        Called(m.start(1), m.end(1))
        for m in _CALLED.finditer(norm)
        if norm.endswith(_KIND, 0, m.start() - (norm[m.start() - 1 : m.start()] == "名"))
        and not m.group(1).startswith(_NOT_A_NAME)
    ] + [
        Called(m.start(1), m.end(1))
        for m in _CALLED_KIND.finditer(norm)
        if not m.group(1).startswith(_NOT_A_NAME)
    ]


# 一家叫宏利五金的公司, 一个名叫新华制衣的厂: "a firm called X", the name before what it is
_CALLED_KIND = re.compile(
    r"(?:一家|一个|一间|一所|有家|有个)(?:名)?叫(?:做)?([\u4e00-\u9fffA-Za-z0-9·&]{2,12}?)的"
    r"(?:公司|厂|工厂|企业|单位|外包公司|劳务公司|物业公司|机构)"
)


_BUREAU = re.compile(
    r"中(?:建|铁|交|冶|电建|水电|铁建)(?:[一二三四五六七八九十]{1,3}|x|隧道|路桥|港航|桥|大桥|电气化|"
    r"[一二三四]航|[一二三]公)局"
    r"(?:集团)?(?:有限公司|公司)?"
    # 中化十四建, 中石化五建, 中冶二十冶: a central chemical, oil or metals builder's numbered
    # company, named by its number
    r"|中(?:化|石化)[一二三四五六七八九十]{1,3}建(?![设筑材])(?:公司)?"
    r"|中冶[一二三四五六七八九十]{1,3}冶(?:集团)?(?:有限公司|公司)?"
)


def bureaus(norm: str) -> list[Called]:
    """A central state firm's bureau (中建三局, 中铁十四局集团有限公司, 中交二航局) or numbered
    company (中化十四建, 中冶二十冶), as (start, end) spans."""
    if "局" not in norm and "建" not in norm and "冶" not in norm:
        return []
    return [Called(m.start(), m.end()) for m in _BUREAU.finditer(norm)]


def state_builder(norm: str, span: tuple[int, int]) -> bool:
    """Whether an employer's name (a span of norm) holds a central state builder's bureau or
    numbered company (中建五局, 中铁X局某项目部, 中化十四建)."""
    return _BUREAU.search(norm, span[0], span[1]) is not None


_SCHOOL_NO = re.compile(
    r"[一二三四五六七八九十]{1,2}中(?=的|老师|教师|学生|校|门口|罢课|停课|今天|昨天|[，。,.!！?？\s#]|$)"
)


def schools(norm: str, places: list[tuple[int, int]]) -> list[Called]:
    """A place, then a number and 中 (昭通一中, 东莞三中), as (start, end) spans; not 中年, 中学."""
    out: list[Called] = []
    if "中" not in norm:
        return out  # (every match holds it)
    for start, end in places:
        m = _SCHOOL_NO.match(norm, end)
        if m:
            out.append(Called(start, m.end()))
    return out


# 开发商明城新领域拖欠的工资: the firm named right after what it is, then what it owes
_ROLE_NAMED = re.compile(
    r"(?:开发商|承建商|承包商|建筑商|地产商|房企|发包方|总包方|施工方|用人单位|雇主)"
    r"([\u4e00-\u9fff]{2,8}?)(?=拖欠|欠下|欠着|欠了|未付|拒付|迟迟)"
)
_NOT_IN_NAME = set("一也都还已就又再却仍的了在是被把将对向给和与个们他她我你这那该某")
_ROLE_WORDS = ("老板", "负责人", "公司", "一方", "方面", "经理", "老总", "项目")
# 用人单位长期拖欠, 开发商累计拖欠: how (or how much) it owes, not who
_ADVERBS = ("长期", "多次", "恶意", "故意", "至今", "仍然", "始终", "无故", "违法", "依然", "屡次",
            "经常", "总是", "常年", "层层", "以各种", "以种种", "借故", "累计", "总共", "共计", "合计")


def role_named(norm: str) -> list[Called]:
    """A name right after 开发商/承包商/用人单位 and before 拖欠/欠下, as (start, end) spans."""
    if "欠" not in norm and "付" not in norm:
        return []
    return [
        Called(m.start(1), m.end(1))
        for m in _ROLE_NAMED.finditer(norm)
        if not _NOT_IN_NAME.intersection(m.group(1)) and not m.group(1).endswith(_ROLE_WORDS)
        and not any(w in m.group(1) for w in _ADVERBS)
    ]


# 平禹四矿, 平煤十矿: a mining group's numbered mine, named by the group's short name
_NUMBERED_MINE = re.compile(r"[\u4e00-\u9fff]{2}[一二三四五六七八九十]{1,2}矿(?![区工长务山物石产泉业难]|井(?!下))")
_NOT_A_GROUP = set("的在是了到与和向给被把对从为这那该其一个名位座处家所号第全各省市县区镇乡村")


def numbered_mines(norm: str) -> list[Called]:
    """A group's short name, a number and 矿 (平禹四矿), as (start, end) spans."""
    if "矿" not in norm:
        return []
    return [
        Called(m.start(), m.end())
        for m in _NUMBERED_MINE.finditer(norm)
        if not _NOT_A_GROUP.intersection(norm[m.start() : m.start() + 2])
    ]



# 台资代工企业仁宝电脑位于成都的工厂, 日资线束大厂矢崎在广东汕头的本厂: what the firm is, its
# short name, then where its plant stands
_KIND_NAMED = re.compile(
    r"(?:企业|厂商|大厂|巨头|品牌|制造商|供应商|代工厂)([\u4e00-\u9fffA-Za-z]{2,6}?)(?:位于|设在|在)"
    r"[\u4e00-\u9fff]{2,10}?的(?:工厂|厂区|本厂|分厂|厂房|工地|门店|厂)"
)


def kind_named(norm: str) -> list[Called]:
    """A short name between what the firm is and where its plant stands, as (start, end) spans."""
    if "的" not in norm or ("在" not in norm and "位于" not in norm):
        return []
    return [
        Called(m.start(1), m.end(1))
        for m in _KIND_NAMED.finditer(norm)
        if not _NOT_IN_NAME.intersection(m.group(1)) and not m.group(1).startswith("家")
    ]


# 总包江西建工说, 总包是中建X局, 由中铁X局承建: the main contractor, named as such, answers for
# the site's wages before a project's or a developer's name
_MAIN_BEFORE = re.compile(r"(?:总包|总承包|承建方|承建单位|承建商)(?:方|单位)?(?:是|为)?$")
_MAIN_AFTER = re.compile(r"(?:承建|总承包|施工总承包)")


def main_contractor(norm: str, c: tuple[int, int, int]) -> bool:
    """Whether a candidate (start, end, …) is named as the main contractor (总包X, 由X承建)."""
    start, end = c[0], c[1]
    return bool(_MAIN_BEFORE.search(norm, max(0, start - 8), start)) or (
        norm[start - 1 : start] == "由" and _MAIN_AFTER.match(norm, end) is not None
    )


# 总包江苏恒筑建设说, 让找总包新疆天鹰建设: the main contractor by its short name
_MAIN_NAMED = re.compile(
    r"(?:总包|总承包|承建方|承建商)(?:方|单位)?(?:是|为)?"
    r"([\u4e00-\u9fff]{2,8}?(?:建设|建工|建筑|路桥|城建|建安))(?![\u4e00-\u9fff]{0,3}(?:工程|项目|工地|单位))"
)


def main_named(norm: str) -> list[Called]:
    """A short name ended by a building word right after 总包 (the main contractor), as
    (start, end) spans."""
    if "总包" not in norm and "总承包" not in norm and "承建" not in norm:
        return []
    return [
        Called(m.start(1), m.end(1))
        for m in _MAIN_NAMED.finditer(norm)
        if not _NOT_IN_NAME.intersection(m.group(1))
    ]

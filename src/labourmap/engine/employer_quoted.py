"""Names given as such: in quotes after 名为/叫 or after the kind of firm it is
(平台“快达外卖”, 健身房“力动健身”), in brackets after it (一家教培机构（思学优教育）), as a short name
(简称…), and the names of :mod:`labourmap.engine.employer_called`."""

from __future__ import annotations

import re

from labourmap.engine.employer_called import (
    bureaus,
    called,
    kind_named,
    main_named,
    numbered_mines,
    role_named,
)
from labourmap.engine.employer_en import Candidate
from labourmap.engine.employer_words import NOT_EMPLOYER, OWNERSHIP_WORDS

# 一家名为“启明星教育”的培训机构, a firm "called Sunrise", 涉事平台“快达外卖”: the name is in quotes
_QUOTED = re.compile(
    r"(?:名为|名叫|叫做|叫|named|called|平台|公司|企业|供应商|品牌|商家|雇主"
    # 连锁健身房“力动健身”, 培训机构“启航教育”: the kind of firm, then its name in quotes
    r"|机构|培训班|补习班|健身房|门店|工厂|酒店|餐厅|超市|商场)\s?[“\"]([^”\"，。,]{2,20})[”\"]"
    # 在“方正能源”的工程上干活: a quoted name whose works or site the workers were on
    # (not “锦澜苑”项目, “世龙广场”工地, “家园湾”楼盘: the building's name, not its builder's)
    r"|[“\"]([^”\"，。,]{2,12})[”\"]的?(?:工程|厂区"
    # 那家“衣见”旗舰店, 在“锦记”奶茶店做了一年: the shop's name, then what it is
    r"|旗舰店|专卖店|连锁店|奶茶店|火锅店|面馆|咖啡店)"
)
_SAYS = (
    "公司",
    "企业",
    "平台",
    "供应商",
    "商家",
    "雇主",
    "机构",
    "门店",
    "工厂",
    "酒店",
    "餐厅",
    "超市",
    "商场",
)
# 房地产项目“阳光城”工地: the project's name, not its builder's
_PROJECT = ("项目", "楼盘", "小区", "工程")
# 一处名为“锦绣华府”的建案: the project's name, not its builder's
_PROJECT_AFTER = re.compile(r"的?(?:建案|项目|楼盘|小区|工地|工程)")
# 批评公司“血腥裁员”: what they called the firm, not its name
_SPEECH = ("批评", "指责", "谴责", "控诉", "痛斥", "怒斥", "斥责", "质问", "骂")
# 一家教培机构（思学优教育）, 平台公司（好像叫快行出行）: the name in brackets after what it is
_BRACKETED = re.compile(
    r"(?:机构|公司|厂|工厂|平台|企业|医院|学校|超市|网点|门店|商场|酒店|集团|日企|外企|港企|台企|韩企|德企|美企)[（(](?:好像叫|据说叫|叫做|名叫|名为|叫|以下简称|以下称|下称|简称)?[“\"]?"
    r"([^（）()，。,、\s“”\"]{2,14})[”\"]?[）)]"
)


def quoted(norm: str) -> list[Candidate]:
    """A name given in quotes after 名为/叫 ("named", "called") or after the kind of firm it
    is (平台“快达外卖”), or in brackets after it (一家教培机构（思学优教育）)."""
    out: list[Candidate] = []
    quotes = "“" in norm or '"' in norm
    if quotes:
        out += [
            Candidate(m.start(g), m.end(g), 4)
            for m in _QUOTED.finditer(norm)
            for g in (1, 2)
            if m.start(g) >= 0
            and norm[max(0, m.start() - 2) : m.start()] not in _SPEECH
            and not (
                g == 1
                and norm[m.end() : m.end() + 1] in ("。", "！", "!", "")
                and norm.startswith(_SAYS, m.start())
            )  # 公司“依约办理”。: what it said
            and not (g == 2 and norm.endswith(_PROJECT, 0, m.start()))
            and not (g == 1 and _PROJECT_AFTER.match(norm, m.end()))  # 名为“锦绣华府”的建案
            and "不叫" not in norm[max(0, m.start() - 16) : m.start()]  # 不叫拖欠，叫“优化”
            and _NAME_CHAR.search(m.group(g))
        ]  # 公司“1·14”事故: an event's date, no name
    if "(" in norm:  # normalised text has half-width brackets; a Latin short name (IBM深圳
        out += [  # 工厂（ISTC）) counts no more than the name before it
            Candidate(m.start(1), m.end(1), 3 if m.group(1).isascii() else 5)
            for m in _BRACKETED.finditer(norm)
            if not any(w in m.group(1) for w in NOT_EMPLOYER)
            and not m.group(1)[:1].isdigit()
            and not m.group(1).endswith("店")  # 超市（长江西路店）: a branch, not the name
            and m.group(1) not in OWNERSHIP_WORDS  # 学校（民办）: what it is, not its name
            and not _WHERE.fullmatch(m.group(1))  # 公司（朝阳区望京）: where it is
        ]
    if "称" in norm:  # (every match of _SHORT_NAME holds it)
        out += [  # (over all, but a registered name it shortens: 宏泰电器有限公司（简称宏泰公司）)
            Candidate(m.start(1), m.end(1), 4 if norm.endswith(_REGISTERED, 0, m.start()) else 6)
            for m in _SHORT_NAME.finditer(norm)
        ]
    if quotes and "还" in norm:  # (every match of _BANNER holds it, and a quote)
        out += [Candidate(m.start(1), m.end(1), 4) for m in _BANNER.finditer(norm)
                if len(m.group(1)) >= 4 and not m.group(1).startswith(_NOT_DEBTOR)]  # (孟建华: a boss)
    out += [
        Candidate(c.start, c.end, 4) for c in bureaus(norm) + role_named(norm) + kind_named(norm) + main_named(norm)
    ]
    out += [Candidate(c.start, c.end, 3) for c in numbered_mines(norm)]
    return out + [Candidate(c.start, c.end, 5) for c in called(norm)]


_NAME_CHAR = re.compile(r"[\u4e00-\u9fffa-z]")
# 华铁建设集团第六工程局（简称华铁六局）: the short name is the one people use
# （下称“滴道矿业”）, （以下简称宏泰公司）: the same, as reports write it
_SHORT_NAME = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[“\"]?([^）)”\"，,]{2,10})[”\"]?[）)]")
_REGISTERED = ("有限公司", "有限责任公司")
# 公司（朝阳区望京）, 厂（黄岛区）: a place in brackets, where the firm is
_WHERE = re.compile(r"[\u4e00-\u9fff]{1,5}[省市区县镇乡旗](?:[\u4e00-\u9fff]{0,3})")
# 横幅“宏拓建设还钱”, “鸿运鞋业还我血汗钱”: a banner names the debtor
_BANNER = re.compile(
    r"[“\"]([\u4e00-\u9fff]{2,10}?)(?:还我血汗钱|还我工钱|还我工资|还我辛苦钱|还钱|还我钱|还血汗钱)[！!]?[”\"]"
)
_NOT_DEBTOR = ("老板", "包工头", "老赖", "黑心", "政府", "开发商", "公司", "项目部", "工头", "总包", "甲方",
               "我", "你", "他", "欠")

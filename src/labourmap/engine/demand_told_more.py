"""Demands told in round 21's phrases, and a medical bill that is no claim.

Told:
- fines and management: a worker's account shut by the platform (把我账号封了, 账号被封,
  "deactivated his account"), a deposit docked (扣了我800块保证金), pay docked for a cause or
  a charge (请假扣三百, 扣工衣钱, 扣磅差);
- severance: a payoff below the statutory one named by its formula (只给N+0, 连N都不给);
- relocation and closure: the plant's production moved elsewhere ("production was being
  shifted to", "merge its production into a plant in", "compensation for the move to",
  "the company, which is moving away", 把机器往外省搬).

Not claimed: a small monthly subsidy told beside a pension missing (老了没养老金，每月就一百多块补助;
read by :func:`old_age_subsidy`), a bone broken by a beating (遭总经理殴打，鼻骨骨折; read by :func:`beaten`), and
(read by :func:`self_harmed`) the medical bill of a worker who set himself on fire
to press a claim (往身上浇汽油点火, "set himself alight"): the claim is what he pressed, not
his burns.
"""

from __future__ import annotations

import re

from labourmap.engine.matcher import Hit
from labourmap.engine.words_in import holds_any

_S = "，,。；;！!？?"
ACCOUNT_SHUT = re.compile(
    rf"(?<!微信)(?<!微博)(?<!抖音)(?:把|将)(?:我|我们|他|她|他们|骑手|司机)?的?(?:账号|帐号|号)(?:给|直接)?(?:封|停|冻结)(?:了|掉)|"
    rf"(?<!微信)(?<!微博)(?<!抖音)(?:账号|帐号)(?:也|都|直接)?(?:被|给)(?:封|停用|冻结)|"
    rf"封(?:了|掉)(?:我|我们|他|她)?的?(?:账号|帐号)|"
    rf"扣(?:了|掉)?(?:我|我们|他|她)?[^{_S}]{{0,6}}?(?:保证金|押金)|(?:保证金|押金)[^{_S}]{{0,16}}?(?:全部|都|全)?(?:扣掉|扣了|被扣)|"
    r"\b(?:deactivated|banned|blocked|suspended|froze) (?:his|her|my|their|the rider's|the driver's) accounts?\b|"
    r"\baccounts? (?:was|were|had been|has been|got) (?:deactivated|banned|blocked|suspended|frozen)\b"
)
BELOW_N = re.compile(r"n\+0|连n(?:都|也)(?:不给|没有|不肯给)|不给n(?![a-z+])")
MOVED_AWAY = re.compile(
    r"\b(?:merg|shift|mov|transferr?)\w* (?:its |their |the |all )?(?:production|output|assembly|manufacturing|operations)\b"
    r"[^.;]{0,8}?\b(?:to|into)\b|"
    r"\b(?:production|output|assembly|manufacturing|operations)\b (?:(?:was|were|is|are|had|has|would|will|be|been|being|to) ){1,3}"
    r"(?:shifted|moved|transferred|merged)\b (?:to|into)\b|"
    r"\b(?:for|over|against|about|after) the (?:move|relocation) to\b|"
    r"\b(?:company|factory|firm|plant|which|that) (?:is|was) (?:moving|relocating) (?:away|out)\b|"
    rf"把(?:机器|设备|生产线|产线)[^{_S}]{{0,2}}?往[^{_S}]{{1,6}}?(?:搬|运|拉|转)"
)
# pay cut by a told share or sum: 工资直接降20%, 月入减少近千元, "cut haulage rates by nearly a third"
CUT_BY = re.compile(
    r"(?<!财政)(?<!税)(?<!营业)(?<!经营)(?<!销售)(?<!财政的)"
    r"(?:工资|月入|收入|薪水|薪资|底薪|工价|单价|运费|运价|时薪|月薪|工钱)(?:直接|一下|突然|一下子|又|还|也|都)?"
    r"(?:降|减少|减|砍|少|下调|缩水)(?:了)?(?:近|将近|约|大约|足足|整整)?"
    r"(?:\d+(?:%|成|块|元|百|千)|百分之|[一二三四五六七八九两几]成|[一二三四五六七八九两几]?[百千])|"
    r"\bcut (?:[\w-]+ ){0,2}?(?:rates?|pay|wages?|fees?|salar(?:y|ies)|earnings) by\b"
)
# overtime worked and not paid for at all: 不付加班费, 也没有加班费, 少算加班费, "without paying overtime",
# "overtime is 'voluntary' but unpaid" (pay; overtime pay owed, 加班费拖着不发, is arrears)
OT_UNPAID = re.compile(
    r"(?:不付|不给付|不支付|没有|没|不发|拿不到|少算|少给)(?:任何)?加班(?:费|工资)|"
    r"\bno overtime pay\b|\bwithout (?:paying (?:any |for )?overtime|(?:any )?overtime pay|(?:the )?(?:double|triple) pay)\b|"
    r"\bovertime (?:is|was|goes|went|has been) [^.;]{0,16}?\bunpaid\b"
)
# protective gear withheld or fumes and dust in the shop: 口罩都不发, 不给发口罩, 口罩一个月才发两个,
# 胶水味熏得人头疼, 电焊烟尘大, 粉尘大到看不见人 (not a mask factory, 口罩厂, nor masks worn)
GEAR_FUMES = re.compile(
    rf"(?:口罩|手套|劳保用品|劳保|防护用品|防护服|耳塞)(?:也|都|从来)?(?:不发|没发|没有发|不给|不配|没配|不管)|"
    rf"(?:口罩|手套|劳保用品)[^{_S}]{{0,6}}?才发|"
    rf"(?:不|没|没有|从不)(?:给)?(?:发|配|配发)(?:过)?(?:口罩|手套|劳保用品|防护用品|防护服)|"
    rf"(?:粉尘|烟尘|灰尘|胶水味|油漆味|焊烟)(?:很|太|特别|非常)?(?:大|重|呛|刺鼻|熏|弥漫|满屋)|熏得[^{_S}]{{0,3}}?(?:头疼|头晕|头痛|恶心|睁不开)"
)
# charges laid on drivers by ports or the firm they run under: 附加费, 港区收费, 调箱费, 收费过高,
# "port charges", "cancel the extra fees", "a fuel surcharge" (not the 份子钱 a cabbie pays, read as pay)
CHARGES = re.compile(
    r"附加费|(?:港区|码头|堆场|港口)的?(?:各项|部分)?收费|收费(?:过高|太高|太贵|不合理)|调箱费|夜间操作费|堆存费|"
    r"\b(?:port|terminal|yard|extra|added|additional) (?:charges|fees)\b|\bsurcharges?\b"
)
# pay docked for a cause or for a thing the firm charges: 请假扣三百, 迟到一次扣五十, 还说要扣他工衣钱,
# 还要扣什么磅差 (not 一个月算下来扣五百多, an allowance gone, nor 扣完剩, read as pay, nor a
# passenger's 上班迟到扣的钱, nor 投诉后被扣押, a detention)
DOCKED_FOR = re.compile(
    rf"(?:请假|请一天假|请个假|迟到|早退|旷工|缺勤|超时|差评|投诉)[^{_S}]{{0,4}}?扣(?!完|掉|了|得|押|留|的)|"
    rf"扣(?:他们|她们|我们|他|她|我|大家|工人)?的?(?:什么)?(?:工衣|工服|服装|饭|伙食|住宿|水电|磅差|厂牌)(?:钱|费)?"
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_R21: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (ACCOUNT_SHUT, "fines_management", ("账号", "帐号", "号封", "号给封", "号直接封", "保证金", "押金", "account")),
    (BELOW_N, "severance", ("n+0", "连n", "不给n")),
    (DOCKED_FOR, "fines_management", ("扣",)),
    (CUT_BY, "pay", ("降", "减", "砍", "少", "下调", "缩水", "cut ")),
    (OT_UNPAID, "pay", ("加班费", "加班工资", "overtime")),
    (GEAR_FUMES, "working_conditions", ("口罩", "手套", "劳保", "防护", "耳塞", "粉尘", "烟尘", "灰尘", "胶水味", "油漆味", "焊烟",
                                        "熏得")),
    (CHARGES, "other", ("附加费", "收费", "调箱费", "操作费", "堆存费", "charges", "fees", "surcharge")),
    (MOVED_AWAY, "relocation_closure", ("production", "output", "assembly", "manufacturing", "operations", "the move",
                                        "the relocation", "moving", "relocating", "往")),
)

_SELF_HARM = re.compile(
    r"点火|自焚|(?:浇|泼|淋)(?:上|了)?汽油|"
    r"\bset (?:himself|herself|themselves) (?:alight|on fire|ablaze)\b|\bself-immolat"
)
_SELF_HARM_WORDS = ("点火", "自焚", "汽油", "alight", "on fire", "ablaze", "immolat")
# the words of a medical bill (the injury's compensation words that are no injury)
BILLS = {"医药费", "医疗费", "治疗费", "medical bill*", "medical costs", "hospital bill", "treatment"}


def self_harmed(norm: str) -> bool:
    """A worker set himself on fire to press a claim: his medical bill is no claim of the protest."""
    return holds_any(norm, _SELF_HARM_WORDS) and _SELF_HARM.search(norm) is not None


# a beating told just before a broken bone: 讨要时遭总经理殴打，鼻骨骨折 (hurt by force, no work injury)
_BEATEN = re.compile(r"殴打|被打|挨打|打断|打伤|打成|打得|暴打|毒打|\bbeaten\b|\bassaulted\b|\bbeat (?:him|her|me)\b")


def beaten(norm: str, pos: int) -> bool:
    """The bone broken at ``pos`` was broken by a beating told within the words before it."""
    return _BEATEN.search(norm, max(0, pos - 16), pos) is not None


# a small monthly subsidy the old live on: 一个月就几百块补助, 每个月只有几百块生活补助
_SUBSIDY_SUM = re.compile(rf"(?:每月|一个月|每个月|月)[^{_S}]{{0,6}}?(?:就|只有|才|仅)[^{_S}]{{0,8}}?(?:块|元)的?(?:生活)?$")
_PENSION = re.compile(r"养老金|养老保险|退休金")


def old_age_subsidy(norm: str, h: Hit) -> bool:
    """老了没养老金，一个月就几百块补助: the subsidy told beside a pension missing is what the old
    live on, and the claim is the pension, no pay."""
    return h.term in ("补助", "补贴") and _SUBSIDY_SUM.search(norm, max(0, h.start - 20), h.start) is not None and (
        _PENSION.search(norm) is not None)

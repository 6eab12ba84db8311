"""Demands told without the codebook's words (wages paid in part, put off or held back; fees paid to the firm), and words that tell none.

Told:
- wage arrears: wages paid only in part (只拿了生活费, 一共只给了三千块生活费, "paid only 40% of
  their wages"), wages put off to a later month (五月的工资要拖到八月, "wages would be paid after
  the New Year"), wages told kept back (拖着工资不发);
- severance and closure: a shop closed, its staff sent off with a month's wages (这家店要撤，只给一个月
  工资);
- other: fees the workers pay the firm (承包费, 风险抵押金, 经营权使用费, "licence fees").

None:
- a wage item named as the base a compensation is reckoned on (按最低工资标准算补偿, N+1只按基本工资算，
  不含绩效; not 加班费按最低工资算, a rate of pay);
- a pay item given in part of wages owed (只发了一千块临时补助): arrears, no pay claim;
- a closure named as a firm's pretext (借口停产为由拖着工资): no closure;
- a demand of another event the post sets apart (跟那次搬厂不是一回事);
- wages that have not risen (工资一直没上来): pay, no arrears;
- an accident's compensation already met (被确认为工伤, 已垫付医药费, "compensation was paid",
  "remain under treatment"): no claim;
- protective clothing worn (身穿白色防护服): who, no claim;
- a pay item's way of reckoning (加班费算法变了): pay, no algorithm.
"""

from __future__ import annotations

import re

from labourmap.engine.demand_past import a_past_action

_S = "，,。；;！!？?"
# wages paid only in part: 只拿了生活费, 一共只给了三千块生活费, 只向每人发了1000元临时补助,
# 三个月工资只发了四成, "paid only 40% of their wages", "paid him only 800 kuai a month as living
# allowance" (not 只发每月1200元生活费 during a lay-off: pay, told without 了)
PARTIAL = re.compile(
    rf"只(?:向[^{_S}]{{1,4}}?)?(?:拿了|拿到|给了|发了|领了|领到|结了|付了)[^{_S}]{{0,10}}?"
    rf"(?:生活费|临时补助|[\d一二三四五六七八九]成(?!本)|一半)|"
    r"\bpaid (?:him |her |them |us |me |workers )?only\b[^.;]{0,40}?\b(?:of (?:their |his |her |the )?"
    r"(?:wages?|pay|salar(?:y|ies))\b|(?:as )?(?:a )?['\"]?living allowance)"
)
# wages put off to a later month: 五月的工资要拖到八月, 工资又推到年后, "October wages would be paid
# after Chinese New Year"
PUT_OFF_WAGES = re.compile(
    rf"(?:工资|工钱|薪水)[^{_S}]{{0,6}}?(?:拖到|推到|延到|压到|推迟到)(?:\d{{1,2}}月|[一二三四五六七八九十]+月|年底|年后|明年|下个月|"
    r"过年|春节)|"
    r"\b(?:wages?|pay|salar(?:y|ies))\b (?:would|will) (?:only )?be paid (?:['\"]?)(?:after|next|at the end of)\b"
)
# wages kept back: 拖着工资不发, 扣着工资不给
KEPT_BACK = re.compile(r"(?:拖着|扣着|压着|押着)(?:我们的?|大家的?|工人的?)?(?:工资|工钱|薪水)不(?:发|给|结)")
# fees the workers pay the firm: 承包费太高, 风险抵押金, 停车管理费, "licence fees" (not 份子钱, a
# taxi's rent, which the drivers count against their pay, nor a deposit, 押金, which the boss holds)
FEES = re.compile(
    r"承包费|抵押金|挂靠费|经营权(?:使用)?费|停车(?:管理)?费|"
    r"\b(?:licen[cs]e|rental|franchise|deposit) fees?\b"
)
# a shop or plant closed, its staff sent off with a month's wages: 这家店要撤，只给一个月工资,
# 关门只给一个月工资就想打发 (both the closure and its compensation)
SENT_OFF = re.compile(
    rf"(?:关门|关店|闭店|撤店|撤场|倒闭|关厂|停业|(?:店|门店|分店|超市|厂|工厂)[^{_S}]{{0,4}}?(?:要|将|准备|突然)撤(?!诉|销|职|回))"
    rf"[^。；;！!？?]{{0,12}}?(?:只|才)(?:肯)?(?:给|赔|补|发)了?(?:[一两二三四五六七八九十半]|\d+)个?月的?(?:工资|薪水)"
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_R17: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (PARTIAL, "wage_arrears", ("只", "paid ")),
    (PUT_OFF_WAGES, "wage_arrears", ("到", "be paid")),
    (KEPT_BACK, "wage_arrears", ("着",)),
    (SENT_OFF, "severance", ("只", "才")),
    (SENT_OFF, "relocation_closure", ("只", "才")),
    (FEES, "other", ("承包费", "抵押金", "挂靠费", "经营权", "停车", "fee")),
)
# a wage item named as the base a sum is reckoned on: 按最低工资标准算补偿, 不含绩效, "based on the
# minimum wage" (read only in a clause that names a compensation: 加班费按最低工资算 is a rate of pay)
BASE = re.compile(
    r"(?:按|以|按照)(?:当地)?(?:的)?(?:最低工资|基本工资|底薪)(?:标准)?(?:来)?(?:算|计算|计|核算|发放|结算)|"
    r"(?:不含|不包括|不算)(?:绩效|奖金|提成|补贴)|"
    r"\b(?:based on|calculated on|at) (?:the )?(?:local )?(?:minimum|basic) (?:wage|pay)\b"
)
COMPENSATION = re.compile(r"补偿|赔偿|n\+1|n\+2|2n|severance|compensation")
# the hit a closure word begins, named as a pretext: 借口停产, 以停产为由, 停产为借口
PRETEXT_AFTER = re.compile(r"(?:为由|为借口|做借口|当借口)")
# another event set apart: 跟那次搬厂不是一回事, 别搞混了
NOT_THIS = re.compile(r"不是一回事|不是一码事|不是同一(?:件事|回事|家)|别搞混|不要搞混|别弄混")
# wages that have not risen: 工资一直没上来, 工资多年不涨
NOT_RISEN = re.compile(rf"[^{_S}]{{0,4}}?(?:没(?:有)?(?:上来|涨|加过?|提|变|动|调)|不涨|未涨|未调)")


def parts(norm: str) -> list[tuple[int, int]]:
    """The spans of wages told paid only in part: the items named there are the wages owed."""
    if "只" not in norm and "only" not in norm:
        return []
    return [m.span() for m in PARTIAL.finditer(norm)]


def bases(norm: str) -> list[tuple[int, int]]:
    """The spans where a wage item is named as the base of a sum, not as a claim."""
    if not ("按" in norm or "以" in norm or "不" in norm or " on " in norm or " at " in norm):
        return []
    found = []
    for m in BASE.finditer(norm):
        cs = max(norm.rfind(c, 0, m.start()) for c in _S) + 1
        ce = min((k for k in (norm.find(c, m.end()) for c in _S) if k >= 0), default=len(norm))
        if COMPENSATION.search(norm, cs, ce) is not None or COMPENSATION.search(norm, max(0, cs - 24), cs):
            found.append(m.span())
    return found


def a_pretext(norm: str, start: int, end: int) -> bool:
    """借口停产为由, 以停产为由: the closure is the firm's excuse, not what the workers claim."""
    before = norm[max(0, start - 2) : start]
    if before.endswith("借口"):
        return True
    return PRETEXT_AFTER.match(norm, end) is not None and (before.endswith(("以", "拿")) or norm[end + 1 : end + 3] == "借口")


def another_event(norm: str, start: int) -> bool:
    """跟昆山那次搬厂不是一回事: the word names an event the post sets apart from its own; or
    去年闹的是社保，今年…: the grievance of an earlier action recalled (:func:`a_past_action`)."""
    if a_past_action(norm, start):
        return True
    if "一回事" not in norm and "一码事" not in norm and "搞混" not in norm and "弄混" not in norm and (
        "同一" not in norm
    ):
        return False
    ce = min((k for k in (norm.find(c, start) for c in _S) if k >= 0), default=len(norm))
    return NOT_THIS.search(norm, start, ce) is not None


def not_risen(norm: str, end: int) -> bool:
    """工资一直没上来: wages that have not risen, no wages owed."""
    return NOT_RISEN.match(norm, end) is not None


# an accident's compensation met or care given: 终于被确认为工伤, 企业已垫付医药费, "compensation was
# paid", "nine others remain under treatment"
MET_BEFORE = re.compile(
    r"(?:确认为|认定为|被认定|被确认|定为|已垫付|垫付了|已支付|已赔付|已付清|已经垫付|已全额支付)$|"
    r"\b(?:under|receiving|received|undergoing|undergo|receive|in) (?:medical |emergency |hospital )?$"
)
MET_AFTER = re.compile(r" (?:was|were|has been|have been|had been) (?:paid|settled|awarded)\b")


# the injury named as a category, no claim told (【某地工伤】, 这都不算工伤？, 有4个是工伤, 做了工伤鉴定):
# only a claim in its clause makes it one (拒绝申报工伤, 要求认定工伤, "denied work-injury status")
CATEGORY = ("工伤", "工伤认定", "work injury", "work-injury")
_CLAUSE_STOPS = "，,。；;！!？?【】[]#\n"
CLAIMED = re.compile(
    r"拒|不给|不予|不肯|不愿|不认|不承认|申报|申请|要求|讨|索|争取|赔|承担|维权|"
    r"\b(?:den(?:y|ied|ies)|refus\w*|claim\w*|seek\w*|sought|demand\w*|compensat\w*|appl(?:y|ied|ying))\b"
)


def only_named(norm: str, start: int, end: int) -> bool:
    """工伤 named as what the injury is (【慈溪工伤】, 4个是工伤, 做了工伤鉴定), no claim in its clause."""
    if norm[start:end].lower() not in CATEGORY:
        return False
    cs = max(norm.rfind(c, 0, start) for c in _CLAUSE_STOPS) + 1
    ce = min((k for k in (norm.find(c, end) for c in _CLAUSE_STOPS) if k >= 0), default=len(norm))
    return CLAIMED.search(norm, cs, ce) is None


def already_met(norm: str, start: int, end: int) -> bool:
    """An accident's compensation told as met, or care told as given, or the injury only named
    as a work injury (:func:`only_named`): no claim of the workers."""
    return MET_BEFORE.search(norm, max(0, start - 20), start) is not None or (
        norm[start:end].isascii() and MET_AFTER.match(norm, end) is not None
    ) or only_named(norm, start, end)


def worn(norm: str, start: int, end: int) -> bool:
    """身穿白色防护服: the protective clothing someone wears, no claim for it."""
    return norm.startswith("服", end) and "穿" in norm[max(0, start - 5) : start]


def a_reckoning(norm: str, start: int) -> bool:
    """加班费算法, 工资算法: the way a pay item is reckoned, no algorithm managing the work."""
    return norm[max(0, start - 1) : start] in ("费", "资", "薪", "成", "效", "金")

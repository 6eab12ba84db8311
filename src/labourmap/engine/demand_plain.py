"""Demands told in the plain words of reporters and workers rather than the codebook's, and
lexicon words that name who or what rather than a claim.

Told:
- wage arrears: wages unpaid told verb first (半年没发过一分钱工资), a sum still owed to the
  teller (老板还差我八千多块), and in English the wages someone "had not paid" or that "were never
  fully paid";
- pay: income fallen (收入大不如前, 挣的钱缩水了), "cuts to their pay", "a scheme that cuts weekend
  pay", a "new pay structure", the "minimum wage";
- working conditions: a workshop as hot as an oven (车间热得像蒸笼, "sweltering workshops");
- fines and management: the rules made harsher (改了员工手册, 加重考核, 迟到三分钟就罚);
- relocation: the plant moved at will or its machines carried out (说搬就搬, 往外拉设备).

Not claimed (read by :func:`names_no_claim`): a job named by "maternity" ("maternity nurses"), a
timesheet (工时单, the proof of hours worked), arrears named to be denied (网传"讨薪"说法不属实),
the medical insurance's money owed to a hospital (医保款没回来, 医保结算延迟).
"""

from __future__ import annotations

import re

from labourmap.engine.demand_rivals import fares_taken
from labourmap.engine.demand_treated import terms_of_job
from labourmap.engine.demand_verge import on_the_verge
from labourmap.engine.matcher import Hit

_S = "，,。；;！!？?"
_N = r"(?:\d|[一二三四五六七八九十两几])"
OWED_TOLD = re.compile(
    rf"没(?:有)?(?:发|给|结)过?(?:一分钱|一分|一毛钱|半分钱)?的?(?:工资|工钱|薪水)|"
    rf"(?:还|总共|一共)差(?:我|我们|大家|工人们?|他|他们){_N}[^{_S}]{{0,8}}?(?:块|元|万)|"
    r"\bwages?\b(?: (?:that|which))?(?: [\w'-]+){0,3}? (?:had|has|have) (?:not|never) (?:been )?paid\b|"
    r"\b(?:were|was) never (?:fully )?paid\b|\b(?:have|had) never been (?:fully )?paid\b"
)
INCOME_DOWN = re.compile(
    r"(?<!财政)(?<!税)(?<!营业)(?<!经营)(?<!销售)(?<!财政的)"
    r"(?:收入|工资|薪水|挣的钱?)(?:也|都|早就)?(?:大不如前|不如以前|不如从前|不如往年|锐减|大减|骤降|缩水)|"
    r"\bcuts? (?:to|in) (?:their |the |workers'? |staff )?(?:pay|wages?|salar(?:y|ies)|bonus(?:es)?)\b|"
    r"\bcut(?:s|ting)? (?:their |the |workers'? )?(?:weekend|overtime|night-shift|holiday|basic|base) (?:pay|wages?)\b|"
    r"\b(?:new |the )?pay (?:structure|system|scheme|scale)s?\b|\bminimum wage\b"
)
HOT_AS_AN_OVEN = re.compile(
    rf"热得(?:像|跟|和|同)?[^{_S}]{{0,2}}?(?:蒸笼|烤箱|桑拿|火炉)|(?:像|跟|和)蒸笼一样|"
    r"\bsweltering (?:workshops?|factor(?:y|ies)|plants?|conditions)\b"
)
HARSHER_RULES = re.compile(
    rf"(?:改|改写|修改|更改|加重|加严|收紧)了?[^{_S}]{{0,4}}?(?:员工手册|厂规|规章制度)|(?:加重|加严|收紧)了?考核|"
    rf"迟到{_N}+(?:分钟|次|回)?[^{_S}]{{0,4}}?(?:就)?(?:警告|罚|扣|开除|走人)|"
    r"\b(?:rewrote|rewritten|changed|tightened) (?:the |its |their )?(?:employee |staff )?handbook\b"
)
MOVED_AT_WILL = re.compile(r"说搬就搬|往外(?:拉|搬|运)(?:机器|设备)|(?:不|别)搬(?:机器|设备)")
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_PLAIN: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (OWED_TOLD, "wage_arrears", ("没发", "没有发", "没给", "没有给", "没结", "差", " paid")),
    (INCOME_DOWN, "pay", ("不如", "锐减", "大减", "骤降", "缩水", "cut", "pay s", "minimum wage")),
    (HOT_AS_AN_OVEN, "working_conditions", ("热得", "蒸笼", "swelter")),
    (HARSHER_RULES, "fines_management", ("员工手册", "考核", "厂规", "规章制度", "考勤", "迟到", "handbook")),
    (MOVED_AT_WILL, "relocation_closure", ("说搬就搬", "往外", "不搬", "别搬")),
)

# a compensation named by the job's end it pays for: 搬迁补偿, 裁员的赔偿, "relocation compensation"
_FOR_LEAVING = re.compile(
    r"(?:搬迁|遣散|离职|裁员|解约|解聘|辞退|关厂|倒闭|买断|安置)的?$|"
    r"\b(?:relocation|redundancy|severance|dismissal|layoff|closure) $"
)


def for_leaving(norm: str, start: int) -> bool:
    """A compensation named by the end of a job (搬迁补偿, 裁员的赔偿, "relocation compensation"):
    severance, though an injury is told beside it (与警方推撞…资方提出两个月工资的搬迁补偿)."""
    return _FOR_LEAVING.search(norm, max(0, start - 14), start) is not None


_JOB_AFTER = re.compile(r" (?:nurses?|matrons?|care|wards?|hospitals?|centres?|centers?|chains?|units?|clinics?)\b")
_TIMESHEET = re.compile(r"单|表|记录|卡")
# the medical insurance's money paid to a hospital, not the workers' cover: 医保资金结算滞后,
# 医保款没回来, 受医保结算延迟影响 (the cause a hospital gives for wages owed)
_FUNDS = re.compile(r"(?:的)?(?:资金|款|基金|结算|回款|拨付|支付|报销款)")
_DENIED = re.compile(r"[\"”」』]?(?:的)?(?:说法|一说)?(?:并)?(?:不属实|不实|系谣言|是谣言|为谣言)")


def names_no_claim(norm: str, h: Hit) -> bool:
    """A lexicon word that names a job, a paper or a rumour, no claim: "maternity nurses at a
    postpartum chain", 盖章的工时单, 网传"讨薪"说法不属实."""
    if h.term == "maternity":
        return _JOB_AFTER.match(norm, h.end) is not None
    if h.term == "工时":
        return _TIMESHEET.match(norm, h.end) is not None
    if h.code == "wage_arrears":
        return _DENIED.match(norm, h.end) is not None
    if h.term == "医保":
        return _FUNDS.match(norm, h.end) is not None  # 医保款没回来: the hospital's receipts
    if h.term == "fares":
        return fares_taken(norm, h.start)  # "black cabs eating their fares": what rivals take
    if h.term == "treatment":
        return terms_of_job(norm, h.start)  # "the same treatment as regular teachers": pay
    if h.code == "relocation_closure":
        return on_the_verge(norm, h.start)  # 医院已濒临破产: a state told, no closure opposed
    return False


def missing_thing(norm: str, h: Hit) -> bool:
    """"missing social insurance": a thing unpaid, no worker missing."""
    return h.term == "missing" and re.match(r" (?:social|wages|pay|contributions|payments|insurance)",
                                            norm[h.end : h.end + 16]) is not None

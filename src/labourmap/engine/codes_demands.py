"""Demands and grievances: the lexicon's hits, read with the words around them."""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from labourmap.engine.demand_barred import TOLD_BARRED
from labourmap.engine.demand_dues import dues
from labourmap.engine.demand_fled import boss_fled
from labourmap.engine.demand_held import (
    TOLD_R17,
    a_pretext,
    a_reckoning,
    already_met,
    another_event,
    bases,
    not_risen,
    parts,
    worn,
)
from labourmap.engine.demand_not_claims import (
    TOLD_NOT_CLAIMS,
    blocked_no_fine,
    owed_overtime,
    past_buyout,
)
from labourmap.engine.demand_phrases import (
    DISPATCHED,
    FEVER,
    PAY_ITEM_WORDS,
    PLACE_ONLY,
    STATUS_GAP,
    TOLD_MORE,
    TOLD_NEW,
    WITHHELD,
    WITHHELD_HEADS,
    WITHHELD_WORDS,
    only_a_place,
)
from labourmap.engine.demand_plain import TOLD_PLAIN, for_leaving, missing_thing, names_no_claim
from labourmap.engine.demand_reads import TOLD_R15
from labourmap.engine.demand_slogans import TOLD_SLOGANS, slogan_only_arrears
from labourmap.engine.demand_told_more import BILLS, TOLD_R21, beaten, old_age_subsidy, self_harmed
from labourmap.engine.demand_wording import TOLD_WORDING
from labourmap.engine.doc import Doc
from labourmap.engine.kind_checks import in_a_fray
from labourmap.engine.leads import lead
from labourmap.engine.matcher import Hit
from labourmap.engine.response_reads import finditer_at_words, sentence_at
from labourmap.engine.retirees_dues import retirees_no_arrears

# accident words that say a body was hurt (not "fall*", which wages do too)
BODILY = {"撞", "砸中", "压伤", "轧断", "轧伤", "压断", "切断", "绞断", "夹断", "卷进", "卷入", "砸伤", "砸断",
          "摔下", "坠落", "跌落", "摔落", "触电", "电击", "crushed", "hit by", "fell"}
# the release of those detained: the claim where no other is told
RELEASE = {"要求放人", "要求释放", "demanding the release", "demanded the release", "release of colleagues",
           "release of their colleagues"}
# a machine named, no one caught in it: 老板把机器全拉走了
MACHINES = {"机器", "machine*", "起重机", "龙门吊", "crane"}
# a body broken told by the injury, not the accident: 腰椎被砸骨折
BROKEN = {"骨折", "撕脱", "断指", "severed"}
PLAIN_COMPENSATION = {"compensation", "补偿", "赔偿金", "赔偿", "不给赔", "不肯赔", "不赔"}
PAY_ITEMS = {"提成", "计件", "补贴", "补助", "津贴", "绩效", "奖金", "bonus*", "加班费", "加班工资", "overtime pay",
             "allowance*", "年终奖", "一次性奖励", "奖励工资", "performance award*", "performance pay"}
# overtime pay: a claim about hours, unless it is what is owed (加班费拖着不发: arrears)
OVERTIME_PAY = {"加班费", "加班工资", "overtime pay"}
# what is withheld, where it is no wage: 拖着不给工伤赔偿, 经济补偿一分没给
NOT_WAGES = re.compile(r"补偿|赔偿|赔付|补助金|伤残|医药费|医疗费|手术费|治疗费|住院费|社保|保险|公积金|compensation|insurance|housing fund|"
                       r"severance")
WAGES = re.compile(r"工资|工钱|薪|血汗钱|wage|\bpay\b|salar")
# pay told as too low against others: 工资比贫困县还低一千, 工资偏低, 时薪一刀砍到23块,
# "earn 700 yuan a month less than", "their hourly rate was cut"
PAY_LOW = re.compile(
    r"(?:工资|薪水|薪资|收入|时薪|月薪)[^，,。；;！？]{0,12}?(?:偏低|还低|(?<!不)低于|低了|比[^，,。；;]{1,10}低|"
    r"还少[\d一二三四五六七八九几百千]|砍|过低|太低|这么低|那么低|很低|(?:还|又|也)?降了|下降)|"
    # a rate per unit paid less: 一吨少给五块, 每趟少给二十
    r"(?:一|每)(?:吨|趟|车|单|件|箱)少给|"
    r"\b(?:earn|paid|make)[^.;]{0,24}\bless than|\b(?:rates?|fees?) (?:was|were|had been) (?:cut|slashed|lowered)|"
    # pay told as too low: "why their pay had stayed so low", "wages are too low"
    r"\b(?:pay|wages?|salar(?:y|ies)|earnings)\b[^.;,]{0,20}?\b(?:so|too) low"
)
LOW_WORDS = ("低", "砍", "还少", "降了", "下降", "少给", "less than", " cut", " low", "slashed", "lowered")
# wages told, then withheld a few words on: 工资已经两个月没发了, 工钱到现在还没给
UNPAID = re.compile(r"(?:工资|工钱|薪水)[^，,。；;！？]{0,8}?(?:没发|未发|没有发|没给|没结|没到账|"
                    r"不给了|不给发|不发了|不肯给|不肯发)(?!涨|加|调)")
# pay told before overtime: 不加班, "without overtime"
NO_OVERTIME = re.compile(r"不$|\b(?:without|excluding|before|not counting)\s$")
# the thing unpaid named right after the word: "has never paid contributions", "owes social insurance"
NOT_WAGES_AFTER = re.compile(
    r"\s?(?:the |their |any |its |his |her )?(?:social|insurance|contributions|housing fund|pension|compensation|severance)"
)
# arrears denied as the cause just before they are named: 不是讨薪, 并非因为欠薪
NOT_ARREARS = re.compile(r"(?:不是|并非|并不是|不属于)(?:因为|因|为了)?$")
# overtime told just before a compensation: 双休日加班得不到任何补偿
OVERTIME_BEFORE = re.compile(r"加班[^，,。；;！？]{0,10}$|overtime[^.;]{0,20}$")
ANNOUNCED = re.compile(r"宣布|决定|将|要|被迫|全面|长期")
# pay told as to be raised: 把工资提高到…, 提高教师待遇, 涨底薪
PAY_RAISE = re.compile(r"(?:工资|待遇|薪酬|底薪)[^，,。；;]{0,6}?(?:提高|提升|上调)|(?:提高|提升|上调|涨)(?:教师|工人|员工)?的?"
                       r"(?:工资|待遇|薪酬|底薪)")
# hours told as a working day: 早八点干到晚十一点, 每天开车十个小时以上
LONG_DAY = re.compile(
    r"(?:早上?|凌晨|清晨)[^，,。；;]{0,5}?(?:干|做|上班|工作|开)到(?:晚上?|夜里|半夜|深夜|凌晨)"
)
# fines told as a sum docked: 请一天假扣63元, 迟到一次扣五十
DOCKED = re.compile(r"扣(?:\d+|[一二三四五六七八九十两百]+)(?:块|元)")
# the union's chairman elected by the workers: 投票选出了新的工会主席, "an election for the union chairman"
UNION_VOTE = re.compile(
    r"(?:选|选举|改选|直选)[^，,。；;]{0,8}?工会主席|(?:重新|重|改|民主)选(?:举)?工会|"
    r"(?:重新|重|改|民主)选[^，,。；;]{0,3}?工会|工会主席[^，,。；;]{0,4}?(?:选举|改选|直选)|"
    r"\belection\b[^.;,]{0,30}\bunion (?:chair|leader|committee)"
)
# a business sold, or its lines moved: "X is buying the plant", 把测试线转去马来西亚
SOLD = re.compile(
    r"\b(?:is|was|are|were) buying\b[^.;]{0,40}\b(?:business|plant|factory|unit|division|operations)|"
    r"线[^，,。；;]{0,2}?(?:转|搬|迁)(?:去|到|往|至)"
)
# a restructuring opposed: 反对公司的改制方案, 抵制强行改制 (a buyout under it is severance)
RESTRUCTURED = re.compile(r"(?:反对|抵制|不同意)[^，,。；;]{0,8}?改制(?!合同)")
# compensation reckoned by years of service: 按工龄补了钱, 依工龄给予补偿, "paid for their years of service"
SENIORITY = re.compile(
    r"(?:按|依|根据)(?:照)?工龄[^，,。；;]{0,6}?(?:补偿|赔偿|补)|工龄(?:补偿|买断)|"
    r"\b(?:paid|compensat\w*) for (?:their |his |her )?years of service"
)
# workers the platform says it does not employ: 并非美团直接雇用, "not directly employed by"
NOT_HIRED = re.compile(
    r"(?:并非|不是|没有被|不被|并不是)[^，,。；;]{0,8}?直接(?:雇用|雇佣|聘用)|"
    r"\bnot (?:directly )?(?:employed|hired) (?:directly )?by\b"
)
# work into the small hours: 连着几天熬到凌晨五点, "working until 5 am"
LATE_NIGHT = re.compile(
    r"(?:熬|干|加班|工作|上班)到(?:凌晨|半夜|深夜|后半夜)|"
    r"\bwork(?:ed|ing)? (?:until|till|to) (?:\d{1,2}|one|two|three|four|five)(?::\d\d)? ?(?:am|a\.m\.)"
)
# a rate per piece cut: 一单从5块砍到3块8, 派费又降了两毛, 配送费下调
PIECE_CUT = re.compile(
    r"(?:一单|每单|单价|派费|派件费|配送费|送餐费|运费|一件)[^，,。；;！？]{0,8}?(?:砍|降|下调|少了)"
)
# pay falling month by month: 工资一个月比一个月少, 收入越来越少
PAY_FALLING = re.compile(
    r"(?:工资|收入|工钱|薪水)[^，,。；;！？]{0,8}?(?:越来越少|一个月比一个月少|一年比一年少|越发越少)"
)
# a monthly wage demanded as a sum: "demanding 9,000 yuan a month"
PAY_ASKED = re.compile(r"\bdemand(?:s|ed|ing)?\b[^.;]{0,24}?\b[\d,.]+ yuan (?:a|per) (?:month|day|hour)\b")
# workers dropped at an age: 满60岁一律不要了, 超过五十岁的全部清退
AGED_OUT = re.compile(
    r"(?:满|超过|年满|超)(?:\d{2}|[四五六七]十[一二三四五六七八九]?)周?岁[^，,。；;！？]{0,8}?"
    r"(?:一律|全部|全都|都|就)?(?:不要|辞退|清退|劝退|走人|不让干|不用)"
)
# workers a firm says are not its own hires: 人不是他们招的, 说不是公司雇的
NOT_OURS = re.compile(r"不是(?:他们|我们|公司|厂里|厂家|矿上|平台|项目上?|工地上?)(?:招|雇|请|聘)的")
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (PAY_RAISE, "pay", ("提", "升", "涨")),
    (LONG_DAY, "hours_overtime", ("到",)),
    (DOCKED, "fines_management", ("扣",)),
    (UNION_VOTE, "other", ("工会主席", "选工会", "election", "选举工会")),
    (SOLD, "relocation_closure", ("buying", "线")),
    (RESTRUCTURED, "relocation_closure", ("改制",)),
    (SENIORITY, "severance", ("工龄", "years of service")),
    (NOT_HIRED, "employment_relationship", ("直接", "not ")),
    (LATE_NIGHT, "hours_overtime", ("凌晨", "半夜", "深夜", " am", "a.m.")),
    (PIECE_CUT, "pay", ("单", "派费", "件费", "送餐费", "运费")),
    (PAY_FALLING, "pay", ("越来越少", "比一个月少", "比一年少", "越发越少")),
    (PAY_ASKED, "pay", ("yuan a ", "yuan per ")),
    (AGED_OUT, "discrimination", ("岁",)),
    (NOT_OURS, "employment_relationship", ("不是",)),
)
# a sum taken for insurance is no claim for it: 扣除养老保险后, "after social insurance is deducted"
DEDUCTED = re.compile(r"(?:扣除|扣完|扣掉|扣了|除去|减去)[^，,。；;]{0,2}$")
# pregnancy or retirement telling who someone is, not what is claimed: 怀孕的女老师挨了打, 退休矿工
PREGNANT_WHO = re.compile(r"的?(?:女)?(?:老师|教师|工人|员工|职工|女工|妇女|女士|teacher|worker|woman|employee)")
DISMISSED = re.compile(r"辞退|开除|解雇|劝退|调岗|逼|不让|fired|dismiss|sack|laid off")
# a job lost, moved or cut anywhere in the post: pregnancy told beside it is the ground of it
JOB_LOST = re.compile(r"辞退|开除|解雇|劝退|调岗|调去|调到|离职|辞职|解除|不续|降薪|降职|逼|不让|fired|dismiss|sack|"
                      r"laid off|resign|pushed (?:her |me )?out|probation|demot|transferred|contract")
RETIRED_WHO = re.compile(r"(?:的)?(?:老)?(?:矿工|工人|职工|员工|教师|老师|干部|miner|worker|teacher)")
PENSION_WORDS = re.compile(r"养老|退休金|退休工资|退休待遇|pension")
# workers bought out long ago, named by it: 买断工龄职工
BOUGHT_OUT_WHO = re.compile(r"(?:了)?工龄的?(?:老)?(?:职工|工人|员工)|的?(?:老)?工人")
# a dispatch firm counted or named as the employer, not dispatch as the grievance
DISPATCHER = re.compile(r"[一两三几这那该]家|受雇于|雇于")
# a contact blocked on a messenger: the boss hiding, no platform's blacklist
BLOCKED_BY = re.compile(r"微信|电话|手机|qq|QQ")
# fines by the traffic police answering an action: 交警到场给司机开罚单
POLICE_BEFORE = re.compile(r"交警|警察|民警|police")
# the police, an arrest or force: the responses in whose sentence a hurt is no accident
FORCE = ("police", "detention", "violence")
# a disease of the trade: the workers who have it want it compensated
DISEASE = {"尘肺", "矽肺", "硅肺", "职业病", "silicosis", "pneumoconiosis", "black lung"}

# the words a match of WITHHELD begins with (WITHHELD_HEADS, plain words)
_WITHHELD_HEADS = tuple(WITHHELD_HEADS.pattern.split("|"))
_TOLD_ALL = tuple((lead(p), code, cheap) for p, code, cheap in (  # (lead: the same matches, skipped to faster)
    *TOLD, *TOLD_MORE, *TOLD_NEW, *TOLD_R15, *TOLD_R17, *TOLD_PLAIN, *TOLD_R21, *TOLD_NOT_CLAIMS, *TOLD_SLOGANS, *TOLD_BARRED, *TOLD_WORDING))
# each word of the patterns' gates, with a bit of its own; each pattern with its words' bits
_GATE_BITS = {
    w: 1 << i for i, w in enumerate(dict.fromkeys(w for _, _, cheap in _TOLD_ALL for w in cheap))
}
_TOLD_GATED = tuple(
    (pattern, code, sum(_GATE_BITS[w] for w in set(cheap))) for pattern, code, cheap in _TOLD_ALL
)
# The words a post holds, found in one Aho-Corasick pass rather than one `in` test a word: each word's value is a
# mask with bit i for each pattern i of _TOLD_ALL that it opens, and the flags below for the words of WITHHELD_WORDS
# and LOW_WORDS. The automaton reports every occurrence of every word: a text's mask holds the bits of its words.
_WITHHELD_FLAG = 1 << len(_TOLD_ALL)
_LOW_FLAG = _WITHHELD_FLAG << 1
_PATTERN_BITS = _WITHHELD_FLAG - 1


@cache
def _words_automaton() -> ahocorasick.Automaton:
    masks: dict[str, int] = {}
    for i, (_, _, cheap) in enumerate(_TOLD_ALL):
        for w in cheap:
            masks[w] = masks.get(w, 0) | 1 << i
    for words, flag in ((WITHHELD_WORDS, _WITHHELD_FLAG), (LOW_WORDS, _LOW_FLAG)):
        for w in words:
            masks[w] = masks.get(w, 0) | flag
    auto = ahocorasick.Automaton()
    for w, mask in masks.items():
        auto.add_word(w, mask)
    auto.make_automaton()
    return auto


def words_held(norm: str) -> int:
    """The mask of the words ``norm`` holds (see _words_automaton)."""
    held = 0
    for _, mask in _words_automaton().iter(norm):
        held |= mask
    return held


def disjoint(hits: list[Hit]) -> bool:
    """Each hit ends before the next begins (so the starts rise and no two overlap): no hit is
    inside another, and the tests for one inside another (厂 inside 电厂) need not be made."""
    for i in range(1, len(hits)):  # noqa: SIM110 (a loop: faster than all() over a generator)
        if hits[i - 1].end > hits[i].start:
            return False
    return True


def demands(doc: Doc) -> None:
    hits = doc.of("demand")
    disease: bool | None = None  # (read only where a plain compensation is claimed)
    other_dues: bool | None = None  # (read only where wages owed are named)
    held = words_held(doc.norm)
    withheld = [m.span() for m in finditer_at_words(WITHHELD, _WITHHELD_HEADS, doc.norm)] if (
        held & _WITHHELD_FLAG) else []
    owed_items = {m.group().lower()[:2] for s, e in withheld for m in PAY_ITEM_WORDS.finditer(doc.norm, s, e)}
    apart = disjoint(hits)
    # wages paid in part, and wage items named as a base: the items there are no pay claim
    no_pay = parts(doc.norm) + bases(doc.norm) if any(h.code == "pay" for h in hits) else []
    for h in hits:
        wide = 4 if h.term.isascii() else 1  # English says it in more letters
        if not apart and any(
            o.code != h.code and o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
            for o in hits
        ):
            continue  # 收购 inside 收购价: a price, not a takeover
        code = h.code
        if code == "severance" and h.term in PLAIN_COMPENSATION and not for_leaving(doc.norm, h.start) and (
            disease if disease is not None else (disease := _hurt_or_ill(doc, hits))
        ):
            code = "injury_compensation"  # compensation for silicosis is for the disease
        if h.term == "待遇" and doc.norm[max(0, h.start - 2) : h.start] in ("养老", "退休"):
            continue  # 落实养老待遇: a pension, not pay
        if not apart and h.term not in OVERTIME_PAY and any(o.term in OVERTIME_PAY and o.start <= h.start and h.end <= o.end
                                              for o in hits):
            continue  # 加班 inside 加班费: the whole word is read
        if (code == "pay" or h.term in OVERTIME_PAY) and h.term in PAY_ITEMS and any(
            o.code == "wage_arrears" and -12 * wide < h.start - o.start < 24 * wide for o in hits
        ):
            continue  # 拖欠的补贴和绩效工资, 加班费被拖欠: the items owed, not a pay claim
        if code == "pay" and any(s <= h.start < e for s, e in withheld):
            continue  # 半年没发绩效: the bonus withheld is wages owed, not a pay claim
        if code == "pay" and h.term in PAY_ITEMS and h.term[:2].lower() in owed_items:
            continue  # 反映绩效工资发放问题 … 绩效工资未及时发放: the same item, named again
        if h.term in PLACE_ONLY and only_a_place(doc.norm, h.start, h.end):
            continue  # 堵在宿舍楼下面, 食堂承包商: where, not what is wrong
        if code == "wage_arrears" and (
            other_dues if other_dues is not None else (other_dues := NOT_WAGES.search(doc.norm) is not None)
        ) and not WAGES.search(h.term) and _owed_is_no_wage(
            doc.norm, h
        ):
            continue
        if code == "wage_arrears" and h.term.isascii() and NOT_WAGES_AFTER.match(doc.norm, h.end):
            continue  # "has never paid contributions based on their real wages"
        if code == "wage_arrears" and NOT_ARREARS.search(doc.norm, max(0, h.start - 6), h.start):
            continue  # 通报说不是讨薪，是对划转有意见: arrears denied as the cause
        if code == "wage_arrears" and owed_overtime(doc.norm, h.term, h.start, h.end):
            continue  # 要求补发加班费: the overtime's pay, no wages owed
        if h.term == "停产" and (_beside_a_strike(doc, h) or _after_an_action(doc, h)):
            continue  # 矿上停产，矿工拒绝下井: production stopped because the workers did
        if code == "severance" and (h.term in PLAIN_COMPENSATION or h.term.endswith("补偿")) and OVERTIME_BEFORE.search(
            doc.norm[max(0, h.start - 12) : h.start]
        ):
            continue  # 加班得不到补偿: overtime unpaid, not a dismissal
        if h.term == "工伤保险" and _hurt_or_ill(doc, [o for o in hits if not (h.start <= o.start < h.end)]):
            continue  # 摔断了腿…也没给我买工伤保险: the injury's compensation is the claim
        if code == "pay" and old_age_subsidy(doc.norm, h):
            continue  # 老了没养老金，每月就一百多块补助: the pension is claimed, no pay
        if code == "injury_compensation" and h.term in BILLS and self_harmed(doc.norm):
            continue  # 往身上浇汽油点火…平台将负担医疗费: his burns, not the claim
        if _descriptor(doc.norm, h) or _r17_none(doc.norm, h, code, no_pay):
            continue
        if code == "wage_arrears" and not_risen(doc.norm, h.end):
            code = "pay"  # 工资一直没上来: wages not risen, none owed

        doc.add("demands", code, ((h.start, h.end),), 0.7)
    _release_in_a_claim(doc)
    norm = doc.norm
    coded = {f.value for f in doc.out.sets.get("demands", ())}
    if "pay" not in coded and held & _LOW_FLAG:
        m = PAY_LOW.search(norm)
        if m:
            doc.add("demands", "pay", (m.span(),), 0.6)
    if withheld and "wage_arrears" not in coded:
        doc.add("demands", "wage_arrears", (withheld[0],), 0.6)
        coded.add("wage_arrears")
    if "wage_arrears" not in coded and ("没" in norm or "未" in norm or "不" in norm):
        m = UNPAID.search(norm)
        if m:
            doc.add("demands", "wage_arrears", (m.span(),), 0.6)
    fever: bool | None = None  # (read only where a pattern of the conditions is tried)
    tried = held & _PATTERN_BITS  # the patterns whose words the text holds, in their order
    while tried:
        low = tried & -tried
        tried ^= low
        pattern, code, _ = _TOLD_ALL[low.bit_length() - 1]
        if code == "working_conditions" and (
            fever if fever is not None else (fever := FEVER.search(norm) is not None)
        ):
            continue  # 烧到三十九度: a fever, no heat at work
        if code not in coded and (m := pattern.search(norm)):
            doc.add("demands", code, (m.span(),), 0.6)
            coded.add(code)
    if "employment_relationship" not in coded and DISPATCHED.search(norm) and (m := STATUS_GAP.search(norm)):
        doc.add("demands", "employment_relationship", (m.span(),), 0.5)  # 派遣工…正式工拿两倍, 编外…在编的
    coded = {f.value for f in doc.out.sets.get("demands", ())}
    if doc.kind == "call_for_help" and "injury_compensation" not in coded:
        hurt = next((h for h in doc.of("accident") if h.term in BODILY or (
            h.code == "machinery" and h.term not in MACHINES)),
                    None) or next((h for h in doc.of("cue", "accident") if h.term in BROKEN and not beaten(doc.norm, h.start)), None)
        if hurt is not None:  # 手指被搅拌机绞断了，求好心人帮帮我: the plea is for the injury
            doc.add("demands", "injury_compensation", ((hurt.start, hurt.end),), 0.5)
    ill = next((h for h in doc.of("accident") if h.term in DISEASE), None)
    if ill is not None:
        doc.add("demands", "injury_compensation", ((ill.start, ill.end),), 0.6)
    retirees_no_arrears(doc)  # 退休职工要求补发取暖补贴: the pension's dues, no wages owed
    slogan_only_arrears(doc)  # 举着"还我血汗钱"，别的学校都涨了: the slogan of another claim
    dues(doc)  # 取暖费两年没给 (other), 克扣退休金 (the pension's, no pay)
    boss_fled(doc)  # 厂里老板跑了，一百多个工人围在村委门口: the wages he left unpaid


def _r17_none(norm: str, h: Hit, code: str, no_pay: list[tuple[int, int]]) -> bool:
    """按最低工资算补偿 (a base), 只发了临时补助 (wages in part), 借口停产为由
    (a pretext), 跟那次搬厂不是一回事 (another event), 停车管理费 (a fee, no fine)."""
    if code == "pay" and any(s <= h.start < e for s, e in no_pay):
        return True
    if code == "relocation_closure" and a_pretext(norm, h.start, h.end):
        return True
    if h.term == "管理费" and norm[max(0, h.start - 2) : h.start] == "停车":
        return True
    if h.term == "防护" and worn(norm, h.start, h.end):
        return True  # 身穿白色防护服的防疫人员: what they wore
    if h.term == "算法" and a_reckoning(norm, h.start):
        return True
    return another_event(norm, h.start)


def _hurt_or_ill(doc: Doc, hits: list[Hit]) -> bool:
    """An injury or a disease told: a compensation claimed is for it (not a shove, 推撞)."""
    force = [r.start for r in doc.of("response") if r.code in FORCE]
    return (
        any(h.code == "injury_compensation" for h in hits)
        or any(h.code == "poisoning_disease" or (h.term in BODILY and not in_a_fray(doc, h)) for h in doc.of("accident"))
        or any(not missing_thing(doc.norm, h) and not _hurt_by_force(doc.norm, h, force)
               for h in doc.of("cue", "accident"))
    )


def _hurt_by_force(norm: str, h: Hit, force: list[int]) -> bool:
    """Hurt in the sentence where the police came (对峙中爆发冲突，数名工人受伤): the injury is
    no ground for the compensation claimed."""
    if not force:
        return False
    start, end = sentence_at(norm, h.start)
    return any(start <= f < end for f in force)


def _release_in_a_claim(doc: Doc) -> None:
    """讨薪…要求放人: the release of those detained is a step in another claim, no claim of its own."""
    found = doc.out.sets.get("demands", [])
    other = next((f for f in found if f.value == "other"), None)
    if other is None or len(found) == 1:
        return
    if all(doc.norm[s:e] in RELEASE for s, e in other.spans):
        found.remove(other)


def _descriptor(norm: str, h: Hit) -> bool:
    """A word that tells who or what, not what is claimed: 怀孕的女老师挨了打, 退休矿工,
    扣除养老保险后只剩六百, 打工时, "compensation for their years of service", 交警开罚单."""
    if names_no_claim(norm, h):
        return True  # "maternity nurses", 工时单, 网传"讨薪"说法不属实
    if h.code == "discrimination" and h.term in ("怀孕", "pregnan*"):
        cs, ce = _clause(norm, h.start)
        if JOB_LOST.search(norm) is None:
            return True  # 有个怀孕的姐妹也被推倒了, 我怀孕两个月: who, no job lost for it
        return PREGNANT_WHO.match(norm, h.end) is not None and not DISMISSED.search(norm, cs, ce)
    if h.code == "pension" and h.term == "退休":
        if norm[h.end : h.end + 2] == "前的":
            return True  # 退休前的代课老师: who they were, no pension claimed
        return RETIRED_WHO.match(norm, h.end) is not None and not PENSION_WORDS.search(norm)
    if h.code == "social_insurance":
        return DEDUCTED.search(norm, max(0, h.start - 4), h.start) is not None
    if h.term in ("劳务派遣", "派遣公司"):
        return DISPATCHER.search(norm, max(0, h.start - 5), h.start) is not None  # 受雇于三家劳务派遣公司
    if h.term in ("labour contract*", "labor contract*"):
        return norm[h.start : h.end].endswith(("contractor", "contractors"))  # "the labour contractor"
    if h.code == "hours_overtime" and NO_OVERTIME.search(norm, max(0, h.start - 12), h.start):
        return True  # 一个月不加班才九百块, "900 yuan without overtime": the pay told, no hours claimed
    if h.term == "工时":
        return norm[h.start - 1 : h.start] in ("打", "务", "做", "干")  # 在草场打工时: while at work
    if h.term == "years of service":
        before = norm[max(0, h.start - 48) : h.start]
        return "compensation" in before or "severance" in before or "paid for" in before
    if h.term == "买断":
        return BOUGHT_OUT_WHO.match(norm, h.end) is not None or past_buyout(norm, h.start, h.end)  # 买断工龄职工: who
    if h.term == "拉黑":
        cs, _ = _clause(norm, h.start)
        return BLOCKED_BY.search(norm, cs, h.start) is not None or blocked_no_fine(norm, h.start, h.end)  # unreachable
    if h.term == "罚单":
        cs, _ = _clause(norm, h.start)
        return POLICE_BEFORE.search(norm, cs, h.start) is not None
    return False


def _clause(norm: str, pos: int) -> tuple[int, int]:
    start = max(norm.rfind(c, 0, pos) for c in "，,。；;！？") + 1
    ends = [k for k in (norm.find(c, pos) for c in "，,。；;！？") if k >= 0]
    return start, min(ends, default=len(norm))


def _after_an_action(doc: Doc, h: Hit) -> bool:
    """几千人冲出来…今天厂里停产了: the plant stopped after the workers acted, and no one
    announced a closure (宣布停产, 将停产)."""
    if ANNOUNCED.search(doc.norm[max(0, h.start - 3) : h.start]):
        return False
    return any(f.start < h.start for f in doc.of("form"))


def _beside_a_strike(doc: Doc, h: Hit) -> bool:
    start, end = sentence_at(doc.norm, h.start)
    return any(f.code == "strike" and start <= f.start < end for f in doc.of("form"))


def _owed_is_no_wage(norm: str, h: Hit) -> bool:
    """拖着不给工伤赔偿, 经济补偿一分没给: what is withheld is a compensation, not wages."""
    reach = 8 if not h.term.isascii() else 30  # "unpaid social insurance contributions"
    start, end = max(0, h.start - reach), min(len(norm), h.end + reach)
    for stop in "，,。；;！？":
        k = norm.rfind(stop, start, h.start)
        start = max(start, k + 1)
        k = norm.find(stop, h.end, end)
        end = k if k >= 0 else end
    around = norm[start : h.start] + " " + norm[h.end : end]
    return NOT_WAGES.search(around) is not None and WAGES.search(around) is None


def accident_demands(doc: Doc) -> None:
    """An accident's only demand is compensation for it, where the post names one."""
    for h in doc.of("demand"):
        if (h.code == "injury_compensation" or h.term in PLAIN_COMPENSATION) and not already_met(doc.norm, h.start, h.end):
            doc.add("demands", "injury_compensation", ((h.start, h.end),), 0.6)

"""Sums of money, read from the numbers around their nouns: money (元/块/万, yuan) that is owed
or a total (欠, 一共, 合计, "owes"); a sum per person (每人, "per", "each"), a sum paid (补发,
垫付, "a pay slip for"), a fine (被罚六百块), a vague total (几百万, 不到三千元) or, where ten
or more act, one worker's own sum (她自己就被欠2万元) is no amount.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Count, Quantity

PER_PERSON = ("每人", "每个人", "人均", "每月", "每天", "每单", "一米", "每名", "每位", "每年")
OWED_ZH = (
    "欠",
    "拖欠",
    "一共",
    "共计",
    "合计",
    "总计",
    "总共",
    "累计",
    "讨要",
    "追讨",
    "应得",
    "工钱",
    "工资款",
    "工程款",
    "共",
)
OWED_STRONG = (
    "欠",
    "拖欠",
    "讨要",
    "追讨",
    "未付",
    "没给",
    "未结",
    "还差",
    # 一年多前被拖了一万八千多: 拖 (held back), said for 拖欠
    "被拖了",
    "拖了我",
    "拖了他",
    "差我",
    "拒付",
    "拒不支付",
    "拒绝支付",
    "尚欠",
    "未支付",
    "未发放",
    "克扣",
    "扣发",
)
# a sum paid or received (补发的……合共不到三千元, "a pay slip for 2,924 yuan"), not one owed;
# 不到 (less than) gives no figure
PAID_ZH = re.compile(r"(?<![没未不有能])(?:补发|收到|拿到|领到|已付|已支付|垫付|预存|预付)|不到$")
# 垫付拖欠的工人工资23万元: what was paid is the sum owed, named as such
PAID_OWED_ZH = re.compile(r"了?(?:所|被)?(?:拖欠|欠)")
PAID_EN = re.compile(r"\b(?:pay ?slip|received|(?:was|were|got|has|have been) paid|paid out)\b")
# "unless they received 170,000 yuan", "until they are paid": a sum still wanted, not paid
PAID_IF_EN = re.compile(r"\b(?:unless|until|till|if|demanding|demand|demanded|want|wanted)\b[^.;,]{0,12}$")
# "to pay the 37 million yuan", "pay off the 2 million yuan": a sum due
EN_PAY_BEFORE = re.compile(
    r"\b(?:to pay|pay off|paying|settle) (?:the |them |him |her |workers )?$"
)
# (加起来九万多, 算下来四百余万元: the sums added up as people say it)
TOTAL = ("一共", "共计", "合计", "总计", "总共", "累计", "共", "涉及金额", "涉案金额", "加起来", "加在一起",
         "算下来", "算起来")
# 积欠员工两个月薪资，金额逾500万元: the sum owed, named in the next clause as its amount
SUM_NAMED = ("金额", "总额", "数额", "总金额", "欠款总额")
OWED_EN = (
    "owes",
    "owed",
    "owing",
    "unpaid",
    "arrears",
    "total",
    "totalling",
    "worth of wages",
    "demanding",
    "claiming",
    "seeking",
    "refused to pay",
    "refuses to pay",
    "bills of",
    "withheld",
    "withholding",
    "outstanding",
    "back pay",
    "back wages",
    "awarded him",
    "awarded her",
    "awarded them",
    "awarded the",
    "to demand",
    "suing for",
    "sue for",
    "sued for",
    "recover",
    # "the boss has not paid a cent. 1.3 million RMB.": pay withheld, then the sum
    "not paid",
    # "the family asked for about 500,000 yuan": a sum claimed
    "asked for",
    "asking for",
    "asks for",
    "demanded",
    "not been paid",
    "hasn't paid",
    "haven't paid",
    "never paid",
)
# 她自己就被欠2万元, 老板欠他4万, "owed him 140,000 yuan": one worker's own sum, which in a
# group's action is no total
ONE_OWED = re.compile(
    r"(?:欠|拖欠|差)(?:他|她|我)(?!们)|(?:他|她|我)(?:自己|本人|个人|一个人)(?:就|也|还)?(?:被)?(?:欠|拖欠)|"
    r"\bow(?:es|ed|ing) (?:him|her|me)\b|\b(?:he|she|i) (?:is|was|am) (?:still )?owed\b"
)
# (at the head of a word: not "lowest", "allowed")
OWED_EN_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in OWED_EN) + r")")
MONEY_AFTER = re.compile(r"^(?:多|余)?(?:万|亿)?(?:多|余)?(?:元|块|万|亿|圆|rmb)")
EN_MONEY_AFTER = re.compile(r"^\s?(?:yuan|rmb)\b")
# a sum claimed (要求赔偿110万元, 索赔) or one only offered (只愿赔偿20万元), which is no claim
CLAIMED_ZH = re.compile(
    r"要求[^，,。；;]{0,8}?(?:赔偿|补偿|支付|赔付|发放|付清|结清|偿还|清偿|补发|兑现)|索赔|索要|"
    # 按工伤标准应获赔约12万元, 应得补偿: the sum due by the rules
    r"应(?:该)?(?:获|得)(?:赔|赔偿|补偿|赔付)|"
    # 法院判矿主赔我49万, 仲裁裁决公司支付: a sum a court or an arbitration awarded
    r"(?:判决?|裁决|判令)[^，,。；;]{0,6}?(?:赔偿?|补偿|支付|赔付|偿还)|"
    # 仲裁委终于裁了118221元工伤赔偿: the sum awarded, told after the verb
    r"(?:裁|判)了$"
)
# 涉及两个月工资约一百二十万元: the sum the arrears come to
INVOLVED_ZH = re.compile(r"涉及[^，,。；;]{0,10}?(?:工资|薪|欠款|工钱|工程款|劳务费)")
OFFERED_ZH = re.compile(r"只愿|只肯|只给|只同意|只答应|只赔|愿意赔|愿意给|提出赔偿")
# 三万八工资, 四十六万多: a sum in 万 needs no 元; 1.3万人 is people
NOT_MONEY_AFTER = re.compile(
    r"(?:多|余)?(?:人|名|个|位|起|次|辆|台|件|吨|平|亩|户|家|条|份|单|公里|米|字)"
)
# 医院欠债4400万, 公司负债上亿: the firm's own debts, not a sum owed to workers
FIRM_DEBT_ZH = re.compile(r"(?:欠债|负债|债务)(?:总额|总计|高达|已达|达|约|超过|了)?$")
# "the crew received 206,000 yuan in back pay": the sum owed, paid at last, named as back pay
# (not "each worker received 3,000 yuan in back pay": a sum per head)
BACK_PAY_EN = re.compile(r"\s?(?:yuan|rmb)?\s+(?:in|of)\s+(?:back pay|back wages|unpaid wages|wage arrears)\b")
EACH_EN = re.compile(r"\b(?:each|every)\b[^.;]*$")
PER_EN = re.compile(r"^\s*(?:per|a|each|for every|an)\b")
# "compensation they put at $1.2 million (8.5 million yuan)": the sum in yuan, given after
# the same sum in another currency, is claimed as that one is
CONVERTED_EN = re.compile(r"(?:us\$|hk\$|\$|usd ?|€|£)[0-9][0-9.,]*(?:\s?(?:million|billion|m|bn))?\s?\($")
EN_MONEY_BEFORE = re.compile(r"(?:rmb|cny|¥|￥)\s?$")
# the sum, then what is unpaid: 两万三千元工资没结, 4800元收入提现不了, "3.1 million yuan in back pay"
OWED_AFTER = re.compile(
    r"(?:多|余)?(?:万|亿)?(?:元|块|圆)(?:的)?(?:工资|工钱|血汗钱|工程款|收入|货款|劳务费|报酬)?"
    r"(?:还|都|一直|至今|仍|迟迟|一分(?:钱)?(?:都|也)?)?(?:没|未|不)(?:有)?(?:结|给|发|付|到账|支付|兑现|拿到|领到|收到|到手)|"
    # 20万元工资被拖欠, 工资约20万元早该结算了
    r"(?:多|余)?(?:万|亿)?(?:元|块)(?:的)?(?:工资|工钱|血汗钱|工程款|劳务费)?"
    r"(?:被(?:拖欠|欠|克扣|扣发|扣)|(?:早就|早)(?:该|应该|应)(?:结|发|付))|"
    r"(?:多|余)?(?:万|亿)?(?:元|块)(?:的)?(?:工资|收入|工钱|流水|余额)?(?:提现不了|无法提现|不能提现|提不出来|提不出|取不出来|提不了)|"
    r"\s?(?:yuan|rmb)?\s+(?:in|of)\s+(?:back pay|back wages|unpaid wages|wage arrears|arrears|"
    r"(?:wages|pay|salaries|salary|fees) (?:still )?(?:owed|unpaid|outstanding|in arrears))|"
    # "CNY 8.5 million owed in total", "1.3 million yuan unpaid since spring": the sum, then owed
    r"\s?(?:yuan|rmb)?\s+(?:still\s+)?(?:owed|unpaid|outstanding)\b|"
    # "the 15,000 yuan the site owed the couple": the sum, then who owes it
    r"\s?(?:yuan|rmb)\s+(?:that\s+)?(?:the|his|her|their|its)\s+(?:[a-z'-]+\s+){0,2}?(?:owed|owes)\b|"
    r"\s?(?:yuan|rmb)?\s+(?:they are|they were|he is|she is|he was|she was|still|that is|that was)"
    r"\s+(?:still\s+)?(?:owed|unpaid|outstanding)|"
    # 八十多万工钱到现在没给: a sum in 万 needs no 元
    r"(?<=[万亿])(?:的)?(?:工资|工钱|血汗钱|工程款|劳务费)(?:还|都|一直|至今|仍|迟迟|到现在|到今天|到目前)?"
    r"(?:都|也|还)?(?:没|未)(?:有)?(?:结|给|发|付|到账|支付|兑现)|"
    # 工资七十多万，一分没拿到: a sum, then not a cent of it got
    r"(?:多|余)?(?:万|亿)?(?:多|余)?(?:元|块)?(?:的)?(?:工资|工钱|血汗钱|工程款|劳务费)?[，,]?(?:到现在|至今|到今天)?"
    r"一分(?:钱)?(?:都|也)?(?:没|未)(?:有)?"
    r"(?:拿到|给|发|结|到手|见到|领到)|"
    # 全年工资三十万余元无处讨要, 六万块讨不回来: a sum that cannot be got
    r"(?:多|余)?(?:万|亿)?(?:多|余)?(?:元|块)?(?:的)?(?:工资|工钱|血汗钱|工程款|劳务费)?"
    r"(?:也|都|还|至今|仍|到现在)?(?:无处讨要|无处可讨|讨不回|要不回|追不回|拿不回|没有着落|没着落)"
)


# 七百多万工钱，年都过不成了: a sum of earned pay, named as such
# 十来万, 十几万: "ten-odd" ten-thousands (or thousands), a sum too rough to map (not 二十几万,
# 十多万元 told as a total)
ROUGH_TENS = re.compile(r"十(?:来|几)(?:万|千)")
ROUGH_TOTAL = re.compile(r"(?:合共|共计|一共|总共|合计|累计|加起来|总计)(?:有|是|约|达)?$")
WAGES_AFTER = re.compile(
    r"(?:多|余)?(?:万|亿)?(?:多|余)?(?:元|块)?(?:的)?(?:工钱|血汗钱|工程款|辛苦钱)"
)
# 光我们这个电焊班组就欠了……, 单是他一家就拖欠……: one part of the sum owed, singled out
# 工钱被克扣到一千八百元, 月薪压至三千元: the pay cut to a level, not a sum owed
CUT_TO_ZH = re.compile(r"(?:克扣|降|减|压|砍|扣|调)(?:低)?(?:到|至|成)(?:了)?$")
PART_SUM_ZH = re.compile(r"(?:光|单|仅|单单|光是|单是|仅仅)[^，,。；;]{0,10}?就")
_SENTENCE_STOP = re.compile(r"[，,。；;！？]")
_FULL_STOP = re.compile(r"[。；;！？!?]")


def amount(norm: str, qs: list[Quantity], *, many: bool = False) -> Count | None:
    """The total owed or claimed, in yuan: an owed sum (欠, owes) before a total (一共, 合计)
    before another claimed sum (应得, 工钱). ``many``: ten or more act, so that a sum owed to
    one of them (她自己就被欠2万元) is no total."""
    best: tuple[int, Count] | None = None
    for q in qs:
        if q.value is None:
            continue
        after = norm[q.end : q.end + 6]
        before = norm[max(0, q.start - 10) : q.start]
        text_q = norm[q.start : q.end]
        zh_money = MONEY_AFTER.match(after) or (
            ("万" in text_q or "亿" in text_q) and not NOT_MONEY_AFTER.match(after)
        )
        en_money = text_q.isascii() and (
            EN_MONEY_AFTER.match(after) or EN_MONEY_BEFORE.search(before)
        )
        if not (zh_money or en_money):
            continue
        if zh_money and ROUGH_TENS.fullmatch(text_q) and not ROUGH_TOTAL.search(before):
            continue  # 还差十来万没给: ten-odd ten-thousands, too rough (not 合共十几万元: a total)
        clause = _SENTENCE_STOP.split(before)[-1]
        tail = norm[q.end : q.end + 24].replace("yuan", "", 1)
        if any(p in clause for p in PER_PERSON) or PER_EN.match(tail) or OFFERED_ZH.search(clause):
            continue
        if CUT_TO_ZH.search(clause):
            continue  # 被克扣到一千八百元: a level of pay
        if (
            (paid := PAID_ZH.search(clause)) and not PAID_OWED_ZH.match(clause, paid.end())
        ) or (_paid_en(norm, q.start) and not (
            BACK_PAY_EN.match(norm, q.end) and not EACH_EN.search(norm, max(0, q.start - 40), q.start))):
            continue
        if FIRM_DEBT_ZH.search(clause):
            continue
        if "罚" in (
            near := _FULL_STOP.split(norm[max(0, q.start - 20) : q.start])[-1]
        ) and not CLAIMED_ZH.search(near):
            continue  # 一天被罚两次，共四百块: a fine, not a sum owed

        conv = CONVERTED_EN.search(norm, max(0, q.start - 24), q.start) if en_money else None
        base = conv.start() if conv else q.start  # "$1.2 million (8.5 million yuan)": one sum
        wide = norm[max(0, base - 45) : base]
        if many and ONE_OWED.search(clause if not text_q.isascii() else wide[-24:]):
            continue
        if (
            any(w in clause for w in OWED_STRONG)
            or (clause.startswith(SUM_NAMED) and _owed_before(norm, q.start))
            or (
                any(w in wide for w in OWED_EN)
                and OWED_EN_WORD.search(norm, max(0, base - 45), base) is not None
            )
            or OWED_AFTER.match(norm, q.end, q.end + 40)
        ):
            rank = 3
        elif (
            any(w in clause for w in TOTAL)
            or INVOLVED_ZH.search(clause)
            or CLAIMED_ZH.search(clause)
            or (not text_q.isascii() and _owed_in_clause(norm, q.start))  # (weaker: the word is far back)
            or (en_money and EN_PAY_BEFORE.search(norm, max(0, q.start - 24), q.start))
        ):
            rank = 2
        elif any(w in before for w in OWED_ZH) or (
            zh_money
            and WAGES_AFTER.match(norm, q.end)
            and not (q.approx and q.value == q.magnitude)
        ):  # 七百多万工钱: a sum of wages, where the post tells of none other (十几万: too rough)
            rank = 1
        else:
            continue
        value = q.value
        if zh_money and not text_q.endswith(("万", "亿")):
            unit = MONEY_AFTER.match(after)
            if unit and "万" in unit.group():
                value *= 10_000
            elif unit and "亿" in unit.group():
                value *= 100_000_000
        if rank and PART_SUM_ZH.search(_SENTENCE_STOP.split(norm[max(0, q.start - 20) : q.start])[-1]):
            rank = 0  # 光我们这个班组就欠了一百多万: a part of the total, taken only where none other is told
        if best is None or rank > best[0]:
            best = (rank, Count(value, q.start, q.end))
    return best[1] if best else None


def _paid_en(norm: str, pos: int) -> bool:
    """"a pay slip for 2,924 yuan", "were paid 3,000 yuan" (not "unless they received")."""
    paid = PAID_EN.search(norm, max(0, pos - 30), pos)
    return paid is not None and PAID_IF_EN.search(norm, max(0, paid.start() - 30), paid.start()) is None


def _owed_before(norm: str, pos: int) -> bool:
    """An owed word earlier in the sentence (积欠员工两个月薪资，金额逾……)."""
    sentence = _FULL_STOP.split(norm[max(0, pos - 40) : pos])[-1]
    return any(w in sentence for w in OWED_STRONG)


def _owed_in_clause(norm: str, pos: int) -> bool:
    """欠我们班组十一个人工资二十三万: the owed word further back in the sum's clause (past
    whom it is owed to and what), not in a clause of its own."""
    clause = _SENTENCE_STOP.split(norm[max(0, pos - 20) : pos])[-1]
    return len(clause) > 10 and any(w in clause for w in ("欠", "拖欠")) and not ONE_OWED.search(clause)

"""Words of a claim that name no claim of this post.

- A buyout told as long past where the post's claim is the pension (当年买断工龄后养老金只有一千多,
  前几年厂子改制搞买断，到退休才发现…): the workers were bought out years ago, and what they
  want now is their pension, not a severance.
- 补发 told of the overtime's pay (要求补发加班费, 补发加班期间…的工资): the claim is on the
  hours worked (or their pay), no wages owed.
- Told (pay): a bonus or subsidy promised, then taken back (说好的补贴不认账, 说好干满90天
  返费…全没了, "the promised bonus was not paid"), and pay docked down to a little (工资扣完
  剩一千五, 工资被扣得只剩几百, "deducted 1,200 yuan from my pay").
- 拉黑 that is no platform's blacklist: a black cab's trade (私家车拉黑活, 拉黑车), or a boss
  who blocked the workers' calls (老板电话打了几十个…现在直接拉黑了, "拉黑"工人的装修老板):
  he cannot be reached, and no one was fined or managed.
"""

from __future__ import annotations

import re

_S = "，,。；;！!？?"
# the buyout told as done long ago: 当年…买断, 前几年…买断, 被买断的, 买断工龄后
_PAST_BEFORE = re.compile(rf"(?:当年|那年|早年|前几年|前些年|多年前|年前|以前|曾经|曾|早就|被)[^{_S}]{{0,10}}$")
_PAST_AFTER = re.compile(r"[」”\"']?(?:工龄)?[」”\"']?(?:后|以后|之后)")
# the pension claimed in the post
_PENSION = re.compile(r"养老金|退休金|退休工资|养老保险|退休待遇")
# the buyout's sum disputed: then it is the claim (买断价太低, 一年工龄只给八百)
_BUYOUT_SUM = re.compile(rf"买断(?:金|价|费|款)|(?:一|每)年工龄[^{_S}]{{0,4}}?(?:才|只|仅)|太低|太少|补偿")


def past_buyout(norm: str, start: int, end: int) -> bool:
    """买断 told as long past in a post whose claim is the pension: no severance claimed."""
    if _PENSION.search(norm) is None or _BUYOUT_SUM.search(norm) is not None:
        return False
    return _PAST_BEFORE.search(norm, max(0, start - 14), start) is not None or _PAST_AFTER.match(norm, end) is not None


# a boss, or the phone he will not answer, told in the sentence of 拉黑
_BOSS_OR_PHONE = re.compile(r"老板|包工头|工头|老总|承包人|电话|微信|手机|qq")
_SENTENCE_END = "。；;！!？?"
_PLATFORM = re.compile(r"平台|系统|站点|站长|app|美团|饿了么|滴滴")


def blocked_no_fine(norm: str, start: int, end: int) -> bool:
    """拉黑活 (a black cab's fares), or a boss who blocked the workers told in the same sentence."""
    if norm[end : end + 1] in ("活", "车", "客"):
        return True
    if _PLATFORM.search(norm, max(0, start - 12), min(len(norm), end + 4)):
        return False  # 平台把我拉黑了: the platform's blacklist
    s = max(norm.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    return _BOSS_OR_PHONE.search(norm, s, start) is not None or _BOSS_OR_PHONE.search(norm, end, end + 10) is not None


# the overtime's pay right after the word that asks it back: 补发加班费, 补足拖欠的加班工资
_OVERTIME_NEXT = re.compile(r"(?:拖欠|少算|少给|克扣)?的?(?:加班|overtime)")


# overtime worked short of its pay as a practice: 加班费未足额发放, "without paying overtime",
# "overtime is 'voluntary' but unpaid" (the hours and their pay are the claim, no wages owed; not
# 加班费拖着不发, a sum held back, nor "a strike over unpaid overtime", read as owed and as hours)
_SHORT = ("未足额", "没足额", "没有足额", "足额发放", "without paying", "unpaid")
_OVERTIME_BEFORE = re.compile(r"(?:加班费|加班工资)[^，,。；;！!？?工薪]{0,4}$|\bovertime\b[^.;,]{0,24}\bbut $")
_OVERTIME_AFTER = re.compile(r"(?: for| any)? overtime\b(?! (?:pay|wages?|premium|rates?))")


def owed_overtime(norm: str, h_term: str, start: int, end: int) -> bool:
    """要求补发加班费: what is asked back is the overtime's pay, no wages owed; and overtime
    worked short of its pay as a practice (see _SHORT)."""
    if h_term in ("补发", "补足", "补齐", "补回"):
        return _OVERTIME_NEXT.match(norm, end) is not None
    if h_term not in _SHORT:
        return False
    return _OVERTIME_BEFORE.search(norm, max(0, start - 30), start) is not None or (
        h_term.isascii() and _OVERTIME_AFTER.match(norm, end) is not None
    )


# a bonus or subsidy promised, then taken back: 说好的补贴不认账, 说好干满90天返费…全没了,
# 承诺的补贴被延后, "the promised bonus was not paid" (the pay promised is the claim; not what a
# government promised a firm, 有关部门承诺的补贴)
_ITEMS = r"(?:返费|补贴|补助|奖励|奖金|年终奖|红包|返现|入职奖)"
PROMISED = re.compile(
    rf"(?<!部门)(?<!政府)(?:说好|讲好|承诺|答应|许诺)的?[^{_S}]{{0,10}}?{_ITEMS}[^。；;！!？?]{{0,24}}?"
    r"(?:变|改口|不认账|不给|没了|延后|推迟|再干|要等|断了|不算数|兑现|缩水|砍|少了|取消)|"
    r"\bpromised (?!to\b)(?:a |an |the |their |them (?:a |an )?)?(?:[\w,.-]+ ){0,3}?(?:bonus(?:es)?|subsid(?:y|ies)|allowances?|rewards?)\b"
    r"[^.;]{0,40}?\b(?:not paid|never paid|was not|were not|wasn't|weren't|would not|would be|cut|withdrawn|delayed|scrapped|changed)\b|"
    r"\b(?:promised|pledged) (?:bonus(?:es)?|subsid(?:y|ies)|allowances?)\b[^.;]{0,30}?\b(?:not paid|never paid|not|cut|withdrawn|delayed|scrapped)\b"
)
# pay docked down to a little: 工资扣完剩一千五, 工资被扣得只剩几百, 扣完罚款剩不到四千,
# "deducted 1,200 yuan from my pay" (what is left of the pay is the claim)
DOCKED_LEFT = re.compile(
    rf"扣(?:完|掉|光|得|了)[^{_S}]{{0,6}}?(?:只剩|剩不到|还剩|就剩|剩下|剩)|"
    r"\bdeduct\w* [^.;]{0,30}?\bfrom (?:my|his|her|their|our|the workers'|workers') (?:pay|wages?|salar\w*|earnings)\b"
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD_NOT_CLAIMS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (PROMISED, "pay", ("说好", "讲好", "承诺", "答应", "许诺", "promised", "pledged")),
    (DOCKED_LEFT, "pay", ("扣", "deduct")),
)

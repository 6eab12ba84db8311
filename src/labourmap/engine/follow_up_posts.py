"""A post that opens as a follow-up of an event told before (更新：, 再更新：, 后续：, 后续来了：,
说下…停跑的后续：, "Update on …"), for its kind.

A follow-up tells what happened next: the police came, the talks ended, the money was paid,
the water is still being pumped out. The act itself (the strike, the blast) was told in the
earlier post, so the follow-up often names none, yet it reports the same event. When the rules
find no kind for it and nothing rules it out, :func:`followed_up` gives the kind of the event
it follows: an accident when the post tells of one (a blast, a pit being pumped out, men still
below), a call for help when it follows one person's plea (那个骑手小哥, "the rider who …"), and
otherwise a collective action (工友们被打, 兄弟们散了, 大家把警车围住).

Not read: an update word inside the post (提供后续跟踪服务, 系统更新), a post that tells of
no workers, work or dispute at all (更新：今天的天气), nor a post already ruled out (a drill,
fiction, a denial).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.words_in import holds_any

_KEYS = ("更新", "后续", "後續", "续", "續", "进展", "update")
# the opening: 【转】/ //转发。/ #话题# first, then 更新：, 再更新：, 后续来了：, 说下…停跑的后续：
_OPENING = re.compile(
    r"^[\s/]*(?:转发[。.:：]?|【[^】]{0,12}】|#[^#]{1,20}#)?\s*"
    r"(?:[^，。！？,.!?:：]{0,30}?的)?(?:再|最新)?(?:更新|后续|後續|续|續|进展)(?:来了)?\s*[:：]"
    r"|^\s*update (?:on|from)\b|^\s*(?:latest )?update\s*:",
    re.I,
)
# what makes it about work: workers, a trade, a firm, a claim, the police at a dispute
_WORK = re.compile(
    r"工友|工人|员工|职工|骑手|司机|师傅|兄弟们|大家|工资|欠薪|补偿|赔偿|停工|罢工|停跑|厂|矿|工地|站点|公司|老板|"
    r"worker|employee|rider|driver|staff|wage|factory|mine|plant",
    re.I,
)
# an accident still being dealt with: a pit pumped out, men below, the dead counted
_MISHAP = re.compile(r"抽水|排水|井下|下井|矿口|搜救|救援|遇难|被困|失联的矿工|rescue|trapped|death toll|collapse", re.I)
# one person's plea followed: 那个骑手小哥, 发帖那个, "the rider who"
_ONE = re.compile(
    r"(?:那个|那位|这个|这位)[^，。！？,.!?]{0,16}?(?:小哥|小伙|大哥|大姐|师傅|阿姨|大叔|男子|女子|工人|骑手)"
    r"|\bthe [\w.-]+(?: [\w.-]+)? (?:rider|worker|driver|man|woman) who\b",
    re.I,
)
# a crowd acting together: 大家, 工友们, 兄弟们, 几百人, 罢工
_MANY = re.compile(r"大家|工友们|兄弟们|工人们|[百千万几多]+(?:个|名|号)?人|罢工|停工|停跑|集体|堵|围住|workers|crowd|strike")


def opens_as_follow_up(norm: str) -> bool:
    """Whether a (normalised) post opens as a follow-up: 更新：, 后续：, "Update on …"."""
    head = norm[:48]
    low = head.lower()
    return holds_any(low, _KEYS) and _OPENING.search(head) is not None


def followed_up(doc: Doc) -> str | None:
    """The kind of the event a follow-up post follows, or None when the post is no follow-up,
    tells of no work, or is ruled out."""
    if doc.ruled_out or not opens_as_follow_up(doc.norm):
        return None
    mishap = bool(doc.of("accident") and doc.killed)  # 7 of them dead: the toll tells the work
    if not mishap and not _WORK.search(doc.norm):
        return None
    if (mishap or doc.of("accident") or _MISHAP.search(doc.norm)) and not doc.of("form"):
        return "workplace_accident"
    if _ONE.search(doc.norm) and not _MANY.search(doc.norm):
        return "call_for_help"
    return "collective_action"

"""Unpaid workers who took their case to the press or posted it online, told by a reporter
(一段“二十余名农民工被欠薪”的视频在网上流传; 十几名农民工在网络发布视频，称工资被拖欠; 老孙再次
来到本报，反映被拖欠工钱的事; 记者在路边采访，环卫工说三个月没领到工资): a call for help, though
the post is the reporter's and no one in it asks in so many words. Read by
:func:`labourmap.engine.pipeline.judge_kind` where the rules found no incident.

Not a rumour put down (网上流传的“堵路讨薪”视频系旧视频: a denial), nor an action (the rules read
it first), nor a count of cases by an office (记者从市人社局获悉: no channel of the workers').
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.words_in import holds_any

# the workers' channel: a video posted or spreading, a visit to the paper, a reporter's interview
CHANNEL = re.compile(
    r"发布视频|发布了一段视频|发了一段视频|发视频|拍视频|视频在网[上络]?(?:上)?(?:流传|热传|传播|走红)|"
    r"在网上流传|来到本报|来到本台|找到本报|找到本台|致电本报|记者(?:在[^，,。；;]{0,8})?采访"
)
# a word of pay owed, the cheap gate before the pattern
_OWED = ("欠", "拖", "没发", "没领到", "未发", "没拿到")


def told_to_press(doc: Doc) -> bool:
    """Workers owed pay, their case told through a channel of their own, no action, no toll."""
    norm = doc.norm
    if not holds_any(norm, _OWED) or CHANNEL.search(norm) is None:
        return False
    cues = doc.cue_counts()
    if not cues.get("worker") or cues.get("denial") or doc.of("form"):
        return False
    if doc.killed is not None or doc.injured is not None:
        return False
    return any(h.code == "wage_arrears" and not doc.tagged(h) for h in doc.of("demand"))

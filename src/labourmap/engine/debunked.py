"""A rumour put down (该视频系2021年旧视频, 近期辖区内未发生爆炸事故, 与我市无关, "the footage is old
video from another province"): the action or accident the post names did not happen here and
now, so there is no incident, whether or not the post uses a word of denial (辟谣, 不实).
Read by :func:`labourmap.engine.pipeline.judge_kind` once the rules have found an incident.

Not a report that names its toll (事故造成2人死亡…网传死亡10人系谣言): a count of the dead or
hurt keeps the incident.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.leads import lead

DEBUNK = lead(re.compile(
    r"(?:系|是|为)[^，,。；;]{0,16}?旧(?:视频|闻|图|照片|片)|未发生(?:任何)?(?:爆炸|火灾|坍塌|安全|生产安全)?事故|"
    r"与(?:我|本)(?:市|县|区|镇|旗|地)无关|\b(?:is|was) old (?:video|footage)\b|"
    r"\b(?:video|footage|photos?) (?:was|were|is) (?:taken|shot|filmed) (?:in \d{4}|years ago)"
))


def debunked(doc: Doc) -> bool:
    """The post puts down a rumour of the event it names, and counts no dead or hurt."""
    norm = doc.norm
    # (every match of DEBUNK holds 旧, 未发生, 无关, "video", "footage" or "photo")
    return doc.killed is None and doc.injured is None and (
        "旧" in norm or "未发生" in norm or "无关" in norm or "video" in norm or "footage" in norm or "photo" in norm
    ) and DEBUNK.search(norm) is not None

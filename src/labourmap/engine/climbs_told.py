"""A climb to a height to press a claim, told by verbs the plain climb misses: a threat of
self-harm.

攀上塔吊讨要工资, 一帮工友上了厂房楼顶, "went up to the roof of the factory and refused food"
(the plain climbs, 爬上/登上/站上, are read in :mod:`labourmap.engine.classify`). Only in a post
with a claim; not a climb to do a job or one that ends in a fall (攀上塔吊检修时坠落), nor an
earlier event told as background.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.form_phrases import AT_WORK
from labourmap.engine.matcher import Hit
from labourmap.engine.text import sentence_bounds

_STOP = "，,。；;！!？?"
CLIMBED = re.compile(
    rf"(?:攀上|攀到|攀爬到|攀爬上|(?<![送搬运拉吊])上了|跑上|冲上)了?[^{_STOP}]{{0,8}}?(?:楼顶|屋顶|天台|塔吊|吊塔|烟囱)|"
    r"\b(?:went|gone|going|headed|clambered|scrambled) up (?:on)?to the (?:roof|top)\b"
)
_KEYS = ("攀", "上了", "跑上", "冲上", " up to the ", " up onto the ")
# an English job done up there: "to fix", "to repair", "to inspect"
_AT_WORK_EN = re.compile(r"\bto (?:fix|repair|inspect|clean|install|work)\b|\bfell\b|\bslipped\b")


def climbs(doc: Doc, past: list[tuple[int, int]]) -> list[Hit]:
    """The climbs told by the verbs above, in a post with a claim (``past``: the sentences of an
    earlier event)."""
    norm = doc.norm
    if not any(k in norm for k in _KEYS) or not doc.of("demand"):
        return []
    out: list[Hit] = []
    for m in CLIMBED.finditer(norm):
        if any(s <= m.start() < e for s, e in past):
            continue
        start, end = sentence_bounds(norm, m.start())
        if AT_WORK.search(norm, start, end) or _AT_WORK_EN.search(norm, start, end) or any(
            start <= a.start < end for a in doc.of("accident")
        ):
            continue  # 攀上塔吊检修, 上了楼顶作业时坠落: work at a height
        out.append(Hit(m.start(), m.end(), "form", "self_harm_threat", "climb"))
    return out

"""Trades named only to be set aside: "not just factories and building sites: staff at the county
radio station ...", 欠薪不只发生在工地和工厂。某县融媒体中心的员工也…… The clause that opens with
不只/不仅/not just names where such things usually happen; the trade of the post is told after it.
"""

from __future__ import annotations

import re

from labourmap.engine.leads import lead

# 不只发生在工地和工厂, "not just factories and building sites", "not only on building sites"
_NOT_ONLY = lead(re.compile(r"不只|不仅|不光|不止|并非只有|\bnot (?:just|only)\b"))
_CLAUSE_END = re.compile(r"[。；;！!？?:：\n,，]|\.(?:\s|$)")


def set_aside(norm: str) -> list[tuple[int, int]]:
    """The spans of the clauses that open with "not just" (a trade named in one is no trade told)."""
    spans: list[tuple[int, int]] = []
    for m in _NOT_ONLY.finditer(norm):
        end = _CLAUSE_END.search(norm, m.end())
        spans.append((m.start(), end.start() if end else len(norm)))
    return spans

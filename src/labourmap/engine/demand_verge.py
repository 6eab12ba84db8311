"""A firm told as on the verge of closing: a state, not what the workers oppose.

濒临倒闭, 瀕臨破產, 已濒临破产 tell how near the firm stands to failing, as the background of
wages owed (投诉医院已瀕臨破產, 紙廠瀕臨倒閉…堵廠門討薪): no closure, bankruptcy or move has come,
and none is opposed, so the word is no claim of relocation_closure. A closure told otherwise in
the post (宣布倒闭, 工厂关门了) is read by its own words.
"""

from __future__ import annotations

VERGE = ("濒临", "瀕臨", "瀕临", "濒臨")


def on_the_verge(norm: str, start: int) -> bool:
    """The closure word at ``start`` follows 濒临 (on the verge of), at most one word between (已)."""
    before = norm[max(0, start - 3) : start]
    return any(before.endswith(v) or before[:-1].endswith(v) for v in VERGE)

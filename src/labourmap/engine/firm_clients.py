"""A firm named as the client of the workers' employer ("a subcontractor supplying state-owned
X", 为国有车企供货的配件厂): the client is no employer, so neither its ownership ("state-owned")
nor the place in its name (Dongfang, a city of Hainan, in "Dongfang Motors") is the post's."""

from __future__ import annotations

import re

# "supplying (state-owned) X", "a supplier to X", "a subcontractor for X", "makes parts for X"
CLIENT_BEFORE_EN = re.compile(
    r"\b(?:supplying|supplies|suppliers? (?:to|for)|(?:sub)?contractors? (?:to|for)|"
    r"(?:makes?|making|made) (?:parts|components) for|(?:parts|components) (?:maker|supplier) for)"
    r"\s+(?:the\s+|an?\s+)?(?:(?:state-owned|state-run|foreign-owned|foreign|private|privately owned)\s+)?$"
)
# 为国有车企供货, 给一家外资品牌代工: 为/给, the client, then what is made for it
_CLIENT_ZH_BEFORE = ("为", "给", "替", "为一家", "给一家", "替一家")
_CLIENT_ZH_AFTER = re.compile(r"[^，,。；;！!？?]{0,10}?(?:供货|配套|代工|供应零部件|加工零部件|贴牌)")


def client_named(norm: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` (an ownership word or a place) belong to a firm named
    as the client of the workers' employer."""
    if norm[start:end].isascii():
        return start > 0 and bool(CLIENT_BEFORE_EN.search(norm, max(0, start - 60), start))
    return norm.endswith(_CLIENT_ZH_BEFORE, 0, start) and bool(_CLIENT_ZH_AFTER.match(norm, end))

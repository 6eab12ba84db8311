"""A Chinese firm's trade name, romanised, among an English post's capitalised words, for
:mod:`~labourmap.engine.cluster`.

The English press writes a Chinese firm by its trade name in pinyin ("workers at the Yucheng
shoe factory"), while its employer field may hold another name the post gives (the group
that owns it, a client). A Chinese post of the same event names the firm by town, trade name
and trade (黄江裕成鞋厂). :func:`romanised_trade` gives the trade name's pinyin: the two
characters before the firm's trade words (``place_heads.trade_tail``: 裕成, "yucheng"), or
the two after a leading province or city (东莞华新电子: 华新, "huaxin"); :func:`firm_word` finds
it among the other post's capitalised words (``marks.latin_names``, ``w:``).

Not read: a trade name of fewer than :data:`MIN_LETTERS` letters (a syllable or two of
common sound: "Lian", "Yida"), one whose characters name a county, city or province
(惠阳, "Huiyang", of 日升电子惠阳厂: a plant named after its district), or a word the English
post writes as a place of its own (Huangjiang township).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from labourmap.engine.place_heads import trade_head, trade_tail

if TYPE_CHECKING:
    from labourmap.engine.summary import IncidentSummary

MIN_LETTERS = 6  # "yucheng", "huaxin": a trade name's pinyin long enough to tell it


@lru_cache(maxsize=8192)
def romanised_trade(firm: str) -> str | None:
    """The pinyin of a Chinese firm's trade name (黄江裕成鞋厂: "yucheng"; 东莞华新电子:
    "huaxin"), when it has :data:`MIN_LETTERS` letters or more and is no county, city or
    province; None else."""
    from labourmap.engine.summary import _pinyin
    from labourmap.places import get_gazetteer

    zh = "".join(c for c in firm if "\u4e00" <= c <= "\u9fff")
    if len(zh) < 3:
        return None
    head = trade_head(zh)
    name = trade_tail(zh) or (head if head != zh[:2] else None)
    if name is None:
        return None
    word = _pinyin(name)
    if len(word) < MIN_LETTERS or not word.isalpha() or get_gazetteer().search(name):
        return None
    return word


def firm_word(a: IncidentSummary, b: IncidentSummary) -> bool:
    """Whether one post's Chinese employer, by its trade name romanised, is a capitalised word
    of the other, English, post that is no place that post names (Yucheng of 黄江裕成鞋厂)."""
    for x, y in ((a, b), (b, a)):
        if x.employer and not x.employer.isascii() and y.latin:
            word = romanised_trade(x.employer)
            if word and "w:" + word in y.latin and "py:" + word not in y.terms:
                return True
    return False

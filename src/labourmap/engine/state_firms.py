"""The English names of the state builders' numbered bureaus, as their Chinese short names.

English reports write 中铁十六局 as "China Railway 16th Bureau Group", "China Railway No. 16
Bureau" or "China Railway Sixteenth Bureau", and 中建三局 as "China Construction Third
Engineering Bureau" or "China State Construction Engineering Bureau No. 3": :func:`chinese_name`
turns such a name, as :func:`labourmap.engine.cluster.employer_key` compacts it (lower case, no
spaces or dots), into the short Chinese name, so that posts in both scripts share the employer.
"""

from __future__ import annotations

import re

from labourmap.engine.text import ORDINALS

PARENTS = (  # the longer first: "china railway construction" before "china railway"
    ("chinarailwayconstruction", "中铁"),
    ("chinarailway", "中铁"),
    ("chinastateconstruction", "中建"),
    ("chinaconstruction", "中建"),
)
_NUMBER = (
    r"(?:no)?(\d{1,2})(?:st|nd|rd|th)?|(" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
)
BUREAU = re.compile(
    r"(?:corporation|corp|group|engineering|s)*(?:"
    + _NUMBER
    + r")(?:engineering)?bureau|(?:engineering)?bureau(?:"
    + _NUMBER
    + r")"
)
DIGITS = "零一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """1 to 99 in Chinese numerals (十六, 二十三)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十")
    return head + (DIGITS[units] if units else "")


def chinese_name(key: str) -> str | None:
    """The Chinese short name of a compacted English name of a state builder's bureau, or
    None when ``key`` is none of them."""
    if not key.startswith("china"):
        return None
    found = next(((e, zh) for e, zh in PARENTS if key.startswith(e)), None)
    if found is None:
        return None
    english, chinese = found
    m = BUREAU.match(key[len(english) :])
    if m is None:
        return None
    digits = next((g for g in (m.group(1), m.group(3)) if g), None)
    word = next((g for g in (m.group(2), m.group(4)) if g), None)
    n = int(digits) if digits else ORDINALS[word] if word else 0
    if not 0 < n < 100:
        return None
    return f"{chinese}{_chinese_number(n)}局"

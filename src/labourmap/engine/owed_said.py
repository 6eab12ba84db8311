"""Head counts of those said to be owed, beside a crowd already counted, read by
:func:`labourmap.engine.others_counted.counted_otherwise`.

Workers who act often say how many more are owed: 三个讨薪的工人爬上去了，说他们班组十几个人半年
工资没结; 几十个工人堵门……听工人讲被欠的不止他们这一拨，几百号人; "Five migrant workers sat in
silence … They say they speak for 31 workers owed"; "Dozens of workers blockaded the gate …
Workers say several hundred people are owed". The number after the word of saying counts those
owed, not those acting, where a crowd was counted before it (else it may be the crowd itself:
工人说，两百多名工友被欠薪三个月，今天一起堵门).
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Quantity

# a word of saying not long before the count, in its sentence
SAID_ZH = re.compile(r"(?:说|讲|称|表示|反映)[^。！？!?\n]{0,14}$")
# being owed, told between the word of saying and just after the count
OWED_ZH = re.compile(r"被欠|欠薪|拖欠|欠着|欠了|没结|未结|没发|未发|没拿到|没领到")
SAID_EN = re.compile(r"\b(?:say|says|said|claim|claims|claimed)\b[^.;!?]{0,40}$")
OWED_EN = re.compile(r"\b(?:owed|unpaid|still waiting for (?:their )?(?:pay|wages))\b")
# a crowd counted before the saying (三个, 几十个, 二十多名; "Five", "Dozens of", "About 40")
CROWD_ZH = re.compile(r"[0-9一二两三四五六七八九十百千几数]+(?:多|余|来)?(?:名|位|号人|个(?!月|小时|多月|星期|礼拜|工作日|项目|工地))")
CROWD_EN = re.compile(
    r"\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"dozens|scores|hundreds|several|a dozen)\b(?: of)?(?: [a-z-]+)? (?:[a-z-]*(?:ers|ists)|people|men|women|staff|employees)\b"
)


def said_owed(norm: str, q: Quantity) -> bool:
    """Whether ``q`` counts those said to be owed, a crowd having been counted before (see the module)."""
    if "说" not in norm and "讲" not in norm and "称" not in norm and "表示" not in norm and "反映" not in norm \
            and " say" not in norm and " said" not in norm and " claim" not in norm:
        return False
    start = max(0, q.start - 44)
    if norm[q.start : q.end].isascii() and norm.isascii():
        s = SAID_EN.search(norm, start, q.start)
        if s is None or OWED_EN.search(norm, s.end(), q.end + 44) is None:
            return False
        return CROWD_EN.search(norm, 0, s.start()) is not None
    s = SAID_ZH.search(norm, max(0, q.start - 16), q.start)
    if s is None or OWED_ZH.search(norm, s.start(), q.end + 14) is None:
        return False
    return CROWD_ZH.search(norm, 0, s.start()) is not None

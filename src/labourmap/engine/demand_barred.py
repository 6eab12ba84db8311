"""Riders barred from a way: a claim about the conditions of the work.

Couriers kept from riding into or through a compound (物业不让骑车进, 禁止外卖员骑车入内,
不准电动车穿行小区, 取消禁止骑行, "barred delivery riders' e-bikes from the estate") protest
the way the work must be done: a claim about the working conditions, though no pay is named.
"""

from __future__ import annotations

import re

# a ban, then the riding or the rider's vehicle it falls on
BARRED = re.compile(
    r"(?:不让|不讓|禁止|不准|不許|不许|严禁|嚴禁)(?:外卖员|外賣員|外卖小哥|外賣小哥|骑手|騎手|快递员|快遞員)?"
    r"(?:骑车|騎車|骑行|騎行|骑电动车|騎電動車|电动车|電動車|电瓶车|電瓶車)|"
    r"\b(?:banned|barred|bans|bars|forbade|forbids|stopped|blocked)\b[^.;]{0,30}?"
    r"\b(?:riding|e-bikes?|scooters?)\b[^.;]{0,12}?\b(?:into|through|in|across)\b"
)
TOLD_BARRED = ((BARRED, "working_conditions", ("骑车", "騎車", "骑行", "騎行", "电动车", "電動車", "电瓶车", "電瓶車",
                                                "riding", "e-bike", "scooter")),)

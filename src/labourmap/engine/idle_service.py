"""A stoppage told by the service or the line it left idle: a strike.

Drivers who do not take their buses out are told by the buses missing from the road (全场200多辆
车没有一辆出车, 站台上等了一个钟头一辆公交都没有, "buses across the city stood idle"); a workforce
that will not work is told by the empty workshop or the line stopped (车间还是空的, 停下了流水线,
"production remained halted for a third day"). Read only in a post already read as a collective
action that holds no strike (see :func:`labourmap.engine.form_reads.stopped`): a bus missing in a
story of a jam, or a plant halted for want of orders, is no action and is not asked about here.
Not a vehicle or a line told as stopped by the other side (公司让车停运, "the company halted
production"), nor a wish (再不发钱就一辆车都不出).
"""

from __future__ import annotations

import re

_STOP = "，,。；;！!？?"
_VEHICLE = r"公交车?|大巴|中巴|出租车?|的士|班车|货车|车"
# no vehicle went out: 没有一辆出车, 一辆车都没出, 一辆公交都没有, 没有一辆车上路
IDLE_FLEET = re.compile(
    rf"没有?一辆(?:{_VEHICLE})?(?:出车|出站|出场|上路|发车|营运|出来)|"
    rf"一辆(?:{_VEHICLE})?(?:都|也)(?:没有?|不)(?:出车|出站|出场|上路|发车|营运|出来|有)"
)
# the workshop left empty, the line stopped by those who run it: 车间还是空的, 车间里空无一人,
# 停下了流水线, 工人停下手里的活
IDLE_LINE = re.compile(
    r"车间(?:里|内)?(?:还是|仍然?|依然|依旧|都|全)?(?:空(?:的|着|荡荡|无一人)|没有?(?:一个)?人)|"
    r"停下了?(?:手里的活|手中的活|流水线|生产线|机器|机台)"
)
# the same in English: "production remained halted", "buses across the city stood idle"
IDLE_EN = re.compile(
    r"\bproduction (?:remained|remains|was|has been|stayed) (?:halted|stopped|at a standstill|suspended)\b|"
    r"\b(?:buses|taxis|cabs|trucks|lorries|coaches) (?:across [\w ]{1,20}? )?(?:stood|stand|sat|remained) idle\b"
)
_KEYS = ("一辆", "车间", "停下")
_EN_KEYS = ("production", "idle")
# the other side stopped it, or only a threat: 公司让车停运, 再不发钱…, "the company halted"
_OTHERS = re.compile(r"公司|厂方|老板|资方|管理层|company|management|owner")
_MADE = re.compile(r"让|叫|要求|命令|ordered|told")
_THREAT = re.compile(r"再不|要是|如果|否则|不然|就要|\bif\b|\bunless\b|\bwill\b|\bthreaten")


def idle(norm: str) -> list[tuple[int, int]]:
    """The spans where a service or a line is told left idle by those who run it."""
    tried = [*((IDLE_FLEET, IDLE_LINE) if any(k in norm for k in _KEYS) else ()),
             *((IDLE_EN,) if any(k in norm for k in _EN_KEYS) else ())]
    out = []
    for pattern in tried:
        for m in pattern.finditer(norm):
            cs = max((norm.rfind(c, 0, m.start()) for c in _STOP), default=-1) + 1
            before = norm[cs : m.start()]
            if _THREAT.search(before) or (_OTHERS.search(before) and _MADE.search(before)):
                continue
            out.append(m.span())
    return out

"""More ways a crowd's head count is written, read by :func:`labourmap.engine.counts.participants`:

1. a number glued to the people it counts with no classifier, through a word of their trade or
   home: 一百多号装卸工 (号 and a trade ending in 工/员), 数百川籍员工 (籍: where they come from),
   上千出租司机 (a driver named by the vehicle);
2. the workers named just before their count, in the same clause: 员工二十几个今天都在店里,
   快递小哥今天有二十来个在网点门口 (not 员工二十几个，: the firm's size told and left);
3. in English, a rough count that acts after ``with``: "with more than a thousand gathering outside";
4. in English, those who act with one named ("my uncle and 11 others are up on the crane", "Li and
   20 other drivers"), not those hurt or held ("and 11 others were injured").
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Quantity

# 一百多号装卸工, 两百来号搬运工: 号, then a trade of one or two characters ending in 工 or 员
# (not 12号员工食堂: a plain number before 号 is a day or a house, unless it is 100 or more)
HAO_TRADE = re.compile(r"(?P<rough>多|余|来)?号[\u4e00-\u9fff]{1,2}?(?:工|员)(?![地厂程作资期业区位艺])")
# 数百川籍员工, 三百多名外省籍工人 (with no classifier): where they come from, then who they are
FROM_HOME = re.compile(r"(?:多|余)?[\u4e00-\u9fff]{1,3}?籍(?:员工|工人|职工|农民工|民工|工友|司机|教师|老师)")
# 上千出租司机, 几百货车司机: drivers named by what they drive
DRIVERS = re.compile(r"(?:多|余)?(?:出租车?|的士|网约车|货车|卡车|大车|公交车?|渣土车|泥头车)司机")
_NAMED = r"(?:员工|工人|职工|工友|农民工|司机|骑手|老师|教师|环卫工|保安|护士|快递员|快递小哥|外卖小哥|外卖员|装卸工|营业员|店员|服务员|保洁员|保洁)"
# the noun, then at most a word of time and 有, then the count (员工二十几个, 小哥今天有二十来个)
NAMED_JUST_BEFORE = re.compile(
    _NAMED + r"(?:们)?(?:(?:今天|昨天|今早|今晚|上午|下午|中午|早上|晚上|当天)(?:又)?有)?$"
)
_TOLD_AND_LEFT = ("，", ",", "。", "；", ";", "")
# "with more than a thousand gathering outside", "with hundreds marching": those acting
EN_WITH_ACTING = re.compile(
    r"\s+(?:of them\s+)?(?:gathering|marching|protesting|rallying|striking|walking out|joining in|"
    r"taking part|sitting in|blocking)\b"
)
EN_WITH_BEFORE = re.compile(r"\bwith $")


def glued_head(norm: str, q: Quantity, after: str) -> bool:
    """一百多号装卸工, 数百川籍员工, 上千出租司机: a crowd counted with no classifier."""
    if q.lower < 10:
        return False
    hao = HAO_TRADE.match(after)
    if hao and (hao["rough"] or q.lower >= 100):
        return True
    return bool(FROM_HOME.match(after) or DRIVERS.match(after))


def named_just_before(norm: str, q: Quantity, rest: str) -> bool:
    """员工二十几个今天都在店里: the workers named at once before their count, which goes on
    to tell what they do (not the clause ending at the count)."""
    return rest[:1] not in _TOLD_AND_LEFT and NAMED_JUST_BEFORE.search(norm, max(0, q.start - 12), q.start) is not None


def with_acting_en(norm: str, q: Quantity) -> bool:
    """"…, with more than a thousand gathering outside the county government"."""
    return (
        EN_WITH_BEFORE.search(norm, max(0, q.start - 5), q.start) is not None
        and EN_WITH_ACTING.match(norm, q.end) is not None
    )


EN_AND_BEFORE = re.compile(r"\b(?:and|with|along with) $")
EN_OTHERS_AFTER = re.compile(
    r"\s+(?:others|other (?:workers|drivers|miners|riders|builders|teachers|colleagues|co-workers|workmates)|"
    r"colleagues|co-workers|workmates)\b(?! (?:were|was|are|have been|had been) (?:injured|hurt|killed|detained|"
    r"arrested|taken|held|sacked|fired|dismissed))"
)


def and_others_en(norm: str, q: Quantity) -> bool:
    """"my uncle and 11 others are up on the tower crane": those who act with one named."""
    return (
        EN_AND_BEFORE.search(norm, max(0, q.start - 10), q.start) is not None
        and EN_OTHERS_AFTER.match(norm, q.end) is not None
    )

"""A post that tells its event apart from another one it names: "another factory", "the
second this week", "not the same thing as the plant in the zone", "yet another mine".

Such a post names the other event's place, days and grievance beside its own, so those agree
with the other event's posts by design: it joins a group only on the same employer, the same
figures or a workplace both name (see ``cluster.static_parts``), never on the place, the days,
a township or the grievance alone.

Read (on normalised text: Simplified, lower case):

1. another of a kind — 另一家/另外一家/另一个厂, 又一家/又一座/又一处, 又一 before a workplace
   (又一煤矿, 又一工地), 又一起 before an accident or a dispute (又一起事故; not 又一起去, "went
   together again");
2. a count of such events — 第二家/第三起 (这周第二家了);
3. a denial — 不是一回事, 不是同一家, 并非同一起, 两码事, 别搞混/别弄混 (and 搞错 of the place);
4. in English — another factory/plant/mine/site/workshop/company, a separate incident,
   accident or dispute, an unrelated strike, not the same factory.

Not read: 又一次 (once more: the same dispute again), 另一名工人 (another worker of the same
accident), "staged another sit-in" (the same workers again), 与我市无关 (a rumour denied: no
incident at all).
"""

from __future__ import annotations

import re

# a workplace a few characters on, none of them a count of people (又一名矿工, 又一批工人)
# nor a verb (又一起去了项目部: together again)
_WORKPLACE = (
    r"(?:[^\W\d_a-z名位批次人员工起去来到了在把被]{0,3}?"
    r"(?:厂|煤矿|矿山|矿井|工地|公司|企业|项目|门店|站点|学校|医院))"
)
_EVENT = r"(?:事故|爆炸|火灾|坍塌|塌方|冒顶|中毒|纠纷|事件|讨薪|欠薪|罢工|停工|维权|聚集|堵路)"
_ZH = re.compile(
    r"另(?:外)?一(?:家|座|处|间)"
    r"|另(?:外)?一个" + _WORKPLACE + r"|又(?:有)?一(?:家|座|处)"
    r"|又一"
    + _WORKPLACE
    + r"|(?:又|另)(?:发生)?一起"
    + _EVENT
    + r"|第[二三四五两]家(?!人)|第[二三四五]起"
    r"|不是一回事|两码事|不是同一(?:家|个|起|件|回)|并非同一|别(?:搞|弄)混|不要(?:搞|弄)混"
)
_EN = re.compile(
    r"\banother (?:factory|plant|mine|site|workshop|company|firm|project|school|hospital)\b"
    r"|\ba (?:separate|different|second) (?:incident|accident|case|dispute|factory|plant|mine)\b"
    r"|\bunrelated (?:strike|protest|incident|accident|dispute)\b"
    r"|\bnot the same (?:factory|plant|company|incident|mine|site)\b"
)


def tells_apart(norm: str) -> bool:
    """Whether a normalised text tells its event apart from another one it names."""
    return bool(_ZH.search(norm) or _EN.search(norm))


# another workplace of the same firm: 那边也是中建九局的工地 ("that is a site of China
# Construction Ninth too"), 也是富士康的厂; "another Foxconn plant". The firm both posts name is
# then the other event's by design, not a mark of one event (``cluster.static_parts``).
_SIBLING_ZH = re.compile(
    r"也是[^\s,.;!?，。；！？：:的]{2,12}的(?:另一个|另一家)?(?:工地|项目|工厂|厂|门店|站点|煤矿|矿)"
)
_SIBLING_EN = re.compile(
    r"\banother [a-z]+(?: [a-z]+)? (?:plant|factory|site|store|mine|depot|warehouse)\b"
    r"|\bat (?:a|one) (?:second|different) [a-z]+(?: [a-z]+)? (?:plant|factory|site|store)\b"
)


def tells_sibling(norm: str) -> bool:
    """Whether a normalised text tells of another workplace of the firm it names (也是X的工地,
    "another Foxconn plant"): its employer agrees with the other event's by design."""
    return bool(_SIBLING_ZH.search(norm) or _SIBLING_EN.search(norm))

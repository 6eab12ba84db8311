"""Deaths and injuries of people who were not at work: the residents of an old people's home
burnt in a fire (遇难者多为失能老人), guests at a banquet buried when a restaurant fell in
(前来祝寿的亲友被埋压), tourists killed when their hired car left the road ("two tourists were
killed"), motorists crushed under a bridge (压住桥下行驶的小汽车). No workplace accident, and no
incident at all, when the post names no worker among the victims, no claim and no plea. Read by
:func:`labourmap.engine.pipeline.judge_kind` after the rules of
:mod:`labourmap.engine.classify`.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc

# who the victims were: not people at work
VICTIMS = re.compile(
    r"老人|老年人|住户|居民|游客|宾客|来宾|食客|亲友|寿宴|婚宴|喜宴|小汽车|私家车|行人|路人|"
    r"\b(?:tourists?|visitors?|guests?|diners?|residents?|motorists?|pedestrians?|passers-by|holidaymakers?)\b"
)
VICTIM_KEYS = ("老人", "老年", "住户", "居民", "游客", "宾", "食客", "亲友", "宴", "汽车", "私家车", "行人", "路人",
               "tourist", "visitor", "guest", "diner", "resident", "motorist", "pedestrian", "passers",
               "holidaymaker")
# a word of death or harm in the same sentence as the victims
HARMED = re.compile(r"遇难|死亡|身亡|丧生|罹难|受伤|被埋|埋压|压住|压死|被困|"
                    r"\b(?:killed|died|dead|injured|hurt|crushed|trapped)\b")
# someone at work among them: 护工, 服务员, 厨师, workers, staff
AT_WORK = re.compile(r"工人|员工|职工|工友|护工|护理员|服务员|厨师|保安|保洁|店员|施工|"
                     r"\b(?:workers?|staff|employees?|cooks?|waiters?|waitress(?:es)?|builders?|labou?rers?)\b")
# the only workers such a post may name: whoever drove, whoever ran the place
BYSTANDERS = {"司机", "驾驶员", "车主", "driver", "driver*", "drivers", "负责人", "老板"}
# trades whose sites hurt their own workers when they blow up or fall in: a factory, a mine, a site
WORKSITES = ("manufacturing", "mining", "construction", "energy_utilities")
_STOPS = "。；;！!？?\n"


def _sentences_with_victims(norm: str) -> bool:
    for m in VICTIMS.finditer(norm):
        start = max((norm.rfind(c, 0, m.start()) for c in _STOPS), default=-1) + 1
        ends = [e for e in (norm.find(c, m.end()) for c in _STOPS) if e >= 0]
        end = min(ends) if ends else len(norm)
        if HARMED.search(norm, start, end):
            return True
    return False


def victims_not_at_work(doc: Doc) -> bool:
    """The dead or hurt named as residents, guests, tourists or motorists; none at work."""
    norm = doc.norm
    if not any(k in norm for k in VICTIM_KEYS):
        return False
    if doc.of("demand") or doc.of("form") or any(h.code in WORKSITES for h in doc.of("industry")):
        return False  # (a plant's blast that hurt the neighbours is still the plant's accident)
    for h in doc.of("cue"):
        if h.code == "help" or (h.code == "worker" and h.term not in BYSTANDERS):
            return False
    if AT_WORK.search(norm):
        return False
    return _sentences_with_victims(norm)

"""Round 23: actions told as what happens every year, read by
:func:`labourmap.engine.pipeline.judge_kind`.

A post whose every action is told in a sentence of habit (每到年底，总有农民工爬塔吊讨薪;
"every winter, workers somewhere march for their pay") with no day of its own tells of a
custom, not of an event: no incident. One sentence with a day (每年都拖，今天又去堵门了) is a
report.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.text import sentence_bounds
from labourmap.engine.words_in import holds_any

HABIT_KEYS = ("每", "年年", "总会", "总有", "every", "each year")
# a sentence of habit: 每年到年底, 每到年关, 年年, 总会出现, "every year" (not 每年一个月工资: a rate)
HABIT = re.compile(r"每(?:到|逢)|每年(?:都|到|的)?(?:年底|年关|年末|春节|过年|冬天|夏天|这个时候|这时候)|每年都|"
                   r"年年|总会|总有|\bevery (?:year|winter|spring)\b|\beach year\b")
# a day of its own in the sentence: the habit only leads to the event
DAY = re.compile(r"今天|昨天|今日|昨日|前天|日前|近日|刚刚|刚才|这几天|\d+[日号]|\btoday\b|\byesterday\b|"
                 r"\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


def only_a_habit(doc: Doc) -> bool:
    """Every form of action in the post lies in a sentence of habit with no day of its own."""
    norm = doc.norm
    forms = doc.form_hits
    if not forms or not holds_any(norm, HABIT_KEYS) or doc.killed or doc.injured:
        return False
    for h in forms:
        start, end = sentence_bounds(norm, h.start)
        if not HABIT.search(norm, start, end) or DAY.search(norm, start, end):
            return False
    return True

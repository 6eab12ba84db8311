"""The day of the news alone: a post whose only days are those of a statement about it ("a
labour group said on Monday that 17 workers have been diagnosed with silicosis", 据中国政府网
4日消息, the dateline （台北30日电）) gives no day for the event: the news is not the event, and
the event (a disease found over years, a finding published) is dated by nothing told. Read by
:func:`labourmap.engine.event_day.dropped`.

Only these three ways of dating a statement are read ("said on", …日电, …日消息); a day after
"says" with no "on" is often the event's own ("Reuters says Thursday night's scuffles").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourmap.engine.dates import DateMention

if TYPE_CHECKING:
    from labourmap.engine.doc import Doc

_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|confirmed) on $")
_NEWS_AFTER = ("电", "消息")


def news_only(doc: Doc, d: DateMention) -> bool:
    """Whether ``d`` is a statement's day (said on Monday, 4日消息, 30日电) and every day the post
    names is a statement's."""
    if not d.report or not all(x.report for x in doc.dates):
        return False
    norm = doc.norm
    if norm.startswith(_NEWS_AFTER, d.end):
        return True
    return "on" in norm and _SAID_ON.search(norm, max(0, d.start - 16), d.start) is not None

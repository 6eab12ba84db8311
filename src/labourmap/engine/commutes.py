"""A road crash on the way to or from work (事发时正赶往单位上班, 春节返乡路上……追尾, "on his way
home from the night shift"), told as news with no plea and no claim: no workplace accident (the
worker was not at work). Read by :func:`labourmap.engine.pipeline.judge_kind` once the rules
have found an accident.

Not a crash of a driver, a rider or a courier, who is at work on the road (外卖骑手在送餐路上被撞),
nor a family's plea that the crash be counted as an injury at work (上下班路上出事按规定是工伤…求助):
a call for help, read before.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc

COMMUTE = re.compile(
    r"(?:上班|下班|上下班|返乡|返程|回乡|回家)(?:的)?(?:路上|途中)|赶往单位|赶去上班|赶着上班|下班回家|回家过年|"
    r"on (?:his|her|their) way (?:to work|home|back home)|commut(?:e|ing)"
)
# a worker whose work is the road: a crash on it is at work
ON_THE_ROAD = re.compile(r"司机|骑手|外卖|快递|送餐|送货|配送|押运|跑运输|货运|drivers?\b|couriers?|riders?\b|delivery")

# ("a lorry hit his scooter": a crash the accident types do not name)
CRASH = re.compile(r"相撞|撞|追尾|侧翻|车祸|crash|collid|\bhit (?:his|her|their)\b|knocked down|run over")


def commute_crash(doc: Doc) -> bool:
    """A crash on the way to or from work, with no plea or claim."""
    accidents = doc.of("accident")
    told = any(h.code == "accident" for h in doc.of("cue"))  # (a death or a hurt told)
    if any(h.code != "traffic" for h in accidents) or not (accidents or (told and CRASH.search(doc.norm))):
        return False
    if doc.of("demand") or any(h.code == "help" for h in doc.of("cue")):
        return False
    return COMMUTE.search(doc.norm) is not None and ON_THE_ROAD.search(doc.norm) is None

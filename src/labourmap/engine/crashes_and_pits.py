"""Round 22's kind rules, read by :func:`labourmap.engine.pipeline.judge_kind` after the rules
of :mod:`labourmap.engine.classify` have had their say.

- A road crash of private cars (三辆私家车连环追尾, 一家人开车回老家, "a private car hit a bus") told as
  news with no worker in it but the driver, no claim and no plea: no incident, neither an
  accident at work nor a road blocked by workers (a jam after a crash is no blockade).
- Men still trapped below after a mine accident (冒顶后还有人困在井下, 透水了，
  整个班的工人都没上来): a workplace accident, though no one is yet counted dead or hurt.
"""

from __future__ import annotations

import re

from labourmap.engine.commutes import CRASH
from labourmap.engine.doc import Doc
from labourmap.engine.words_in import holds_any

# a car of one's own, a family on the road: no one in it at work
PRIVATE = re.compile(r"私家车|小轿车|轿车|自驾|一家[二三四五六七八两\d]口|private cars?\b|family car")
PRIVATE_KEYS = ("车", "自驾", "一家", "private", "family car")
# the only worker a crash of private cars names is whoever drove
DRIVERS = {"司机", "驾驶员", "车主", "driver", "drivers"}
# a driver at work in the crash: a lorry's, a bus's, a taxi's (货车司机当场死亡)
WORK_DRIVER = re.compile(r"(?:货车|卡车|大车|公交车?|出租车?|客车|班车|渣土车|罐车)(?:的)?(?:司机|驾驶员)|的哥|"
                         r"(?:truck|lorry|bus|taxi) drivers?")
# stops that a crash brings about: a jam, not a blockade
JAM_FORMS = {"road_blockade"}


def private_crash(doc: Doc) -> bool:
    """A crash of private cars, no worker in it, no claim and no plea."""
    norm = doc.norm
    if not holds_any(norm, PRIVATE_KEYS) or not PRIVATE.search(norm) or not CRASH.search(norm):
        return False
    if doc.of("demand") or doc.employer is not None:
        return False
    for h in doc.of("cue"):
        if h.code == "help" or (h.code == "worker" and h.term not in DRIVERS):
            return False
    if not all(h.code in JAM_FORMS for h in doc.of("form")):
        return False
    return WORK_DRIVER.search(norm) is None


MINE_KEYS = ("矿", "井下")
# people still below: 还有人困在井下, 整班工人没上来, 困在里面的矿工
_PEOPLE = r"(?:人|矿工|工人|工友|兄弟|师傅)"
_STUCK = r"(?:没出来|没有出来|没能出来|没上来|没有上来|没能上来|困着|被困|困在(?:井下|下面|里面))"
TRAPPED = re.compile(
    r"(?:困着|被困|困在(?:井下|下面|里面))[^，,。；;！!]{0,6}?" + _PEOPLE
    + "|" + _PEOPLE + r"[^，,。；;！!]{0,4}?" + _STUCK
)
# a mine's accident told, or the plain word that one happened
STRUCK = re.compile(r"出事|事故|透水|冒顶|塌方|爆炸|瓦斯|起火|着火")


def trapped_below(doc: Doc) -> bool:
    """A mine accident with men still trapped below, no one yet counted."""
    norm = doc.norm
    if not holds_any(norm, MINE_KEYS) or not any(h.code == "mining" for h in doc.of("industry")):
        return False
    if not (doc.of("accident") or STRUCK.search(norm)):
        return False
    return TRAPPED.search(norm) is not None

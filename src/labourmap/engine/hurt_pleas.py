"""A worker hurt at work, and a plea for help over it (我爸在工地摔伤了，老板不管，求助; "my dad was
hurt on a building site and the boss won't pay, please help"): a call for help, though the post
counts no one hurt and names no accident (the codebook: a worker or a family asks for help
with a labour dispute). Read by :func:`labourmap.engine.pipeline.judge_kind` where the rules
found no incident.

It needs three things: the hurt told at a place or time of work (在工地摔伤, 在五金厂被机器压伤,
干活时扭伤了腰, "injured at the factory"), a plea (求助, 帮帮, 怎么办, "please help": not a
kinsman named alone, 我爸) and a dispute (老板不管, 包工头跑了, 医药费, "won't pay"). Not a fall
at home, nor a customer hurt by what he bought (在厂家买的车摔伤了: no 厂 but a worksite's).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc

_INJURY_ZH = (
    r"(?:摔伤|砸伤|压伤|撞伤|烫伤|烧伤|扭伤|割伤|夹伤|弄伤|划伤|轧伤|绞伤|受伤|受了伤|骨折|摔断|砸断|压断|轧断|绞断|切断|"
    r"夹断|撞断|截肢|伤了(?:手|腿|脚|腰|眼|头))"
)
_WORK_ZH = (
    r"(?:工地|工厂|厂里|厂区|车间|矿上|矿井|煤矿|井下|上班|干活|打工|做工|仓库|施工|作业|工作时|工作中|送外卖|送餐|送单|"
    r"跑单|搬货|卸货|装货|[\u4e00-\u9fff]厂(?!家|商))"
)
# the place of work, then the hurt, in one sentence (在工地上从脚手架摔下来，腿骨折了)
HURT_AT_WORK_ZH = re.compile(_WORK_ZH + r"[^。！？!?；;\n]{0,18}?" + _INJURY_ZH)
HURT_AT_WORK_EN = re.compile(
    r"\b(?:hurt|injured|crushed|broke (?:his|her|my) (?:leg|arm|back|hand|foot))\b[^.!?]{0,25}?"
    r"\b(?:at work|on (?:a|the) (?:building |construction )?site|at (?:a|the|his|her|my) "
    r"(?:factory|plant|mine|warehouse|workshop|workplace))"
)
# 老板不管, 包工头跑了, 厂里只给五千: the employer refuses or is gone ("won't pay", "refuses to")
REFUSED = re.compile(
    r"(?:老板|包工头|工头|厂里|厂方|公司|工地|项目上|项目部|矿上|单位|平台|站点|站长|boss|company|employer|factory)"
    r"[^。！？!?]{0,8}?(?:不管|不关|不负责|没关系|不认|不给|不出|不赔|不理|不闻不问|跑了|失联|联系不上|不见了|拖着|推给|只给|只肯|不承认|"
    r"不报|won't|will not|refuse|refused|doesn't|does not|didn't|did not)"
)
# a kinsman or the writer named: no plea of itself (the help cue counts them)
_NOT_A_PLEA = re.compile(r"^(?:我|my |网)")


def hurt_at_work_plea(doc: Doc) -> bool:
    """A plea for help over a worker hurt at work, with the employer refusing or a claim told."""
    if not any(not _NOT_A_PLEA.match(h.term) for h in doc.of("cue") if h.code == "help"):
        return False
    norm = doc.norm
    if HURT_AT_WORK_ZH.search(norm) is None and HURT_AT_WORK_EN.search(norm) is None:
        return False
    return bool(doc.of("demand")) or REFUSED.search(norm) is not None

"""Workplace accidents told by the harm done, with no toll counted. Read by
:func:`labourmap.engine.pipeline.judge_kind` where the rules found no incident:

1. a hand or a limb lost or broken by a machine or a mishap at work (右手被冲床压了，三根手指没了;
   在操作切割机时左手被卷进去，两根手指被截断): one worker maimed, a workplace accident (a plea
   over it is read first, by :mod:`labourmap.engine.hurt_pleas`);
2. a kinsman at work who cannot be reached since a mishap there (我哥在那个煤矿上班，昨晚出事到现在
   一直联系不上; 我舅在化工厂上夜班，那声巨响之后就失联了): the family tells of the accident,
   asking for news, not for help with a dispute (read so where the rules found a call for help).

Not a boss gone missing (包工头失联了), nor a hand hurt at home, nor a kinsman out of touch with no
mishap told.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc

_STOP = "。；;！!？?\n"
# a hand, fingers or a limb lost or broken (三根手指没了, 手指被截断, 右腿骨折了, 手掌被压碎)
LIMB_LOST = re.compile(
    r"(?:手指|指头|手掌|拇指|食指|中指|手臂|胳膊|小臂|右手|左手|右腿|左腿|双腿|腿骨|小腿)"
    r"[^。；;！!？?\n，,]{0,6}?(?:没了|没保住|保不住|被截断|截断|截肢|断了|压碎|碾碎|切断|切掉|压断|轧断|绞断|"
    r"轧没|卷断|骨折|粉碎)"
)
# the mishap, by a machine or at a height, in the same sentence (被冲床压, 卷入模具, 从架子上摔下)
MISHAP = re.compile(
    r"冲床|机器|机床|模具|切割机|搅拌机|传送带|皮带|滚筒|绞|卷入|卷进|压了|被压|轧|砸|摔下|掉下|坠落|"
    r"操作|干活|作业"
)
# where the maimed worked: a factory, a site, a mine (五金厂, 工地, 车间, 矿上)
AT_WORK = re.compile(r"[厂矿]|工地|车间|工人|工友|师傅|夜班|上班")
# a kinsman who works there (我哥在…煤矿上班, 我表弟在那个厂上夜班)
KIN_AT_WORK = re.compile(
    r"我(?:的)?(?:亲)?(?:大哥|二哥|哥哥|表哥|堂哥|哥|弟弟|表弟|堂弟|弟|小叔|叔叔|大伯|舅舅|舅|爸爸|爸|父亲|"
    r"老公|丈夫|姐夫|妹夫|儿子|侄子|外甥)(?:[^。；;！!？?\n]{0,14}?)(?:煤矿|矿上|矿井|井下|[\u4e00-\u9fff]{0,4}厂|"
    r"工地|车间|上夜班|上班|下井|干活)"
)
# cannot be reached, not come up: 联系不上, 失联, 打不通
UNREACHED = re.compile(r"联系不上|失联|电话打不通|手机打不通|电话一直打不通|没上来|没出来")
# the boss, not the kinsman, gone (包工头失联, 老板电话打不通), or the money (赔偿款没出来)
BOSS = re.compile(r"老板|包工头|工头|老总|负责人|公司|厂里|厂方|项目部|赔|钱|工资")
# the mishap: 出事, 一声巨响, 塌了, 爆炸, 透水, 着火
SITE_MISHAP = re.compile(r"出事|出了事|巨响|一声响|那声响|塌|爆炸|爆了|炸了|透水|冒顶|着火|起火|事故|被埋|埋了")


def maimed_at_work(doc: Doc) -> bool:
    """One worker's hand or limb lost or broken in a mishap at work, no plea and no action."""
    norm = doc.norm
    if "手" not in norm and "指" not in norm and "腿" not in norm and "臂" not in norm and "膊" not in norm:
        return False
    if doc.of("form") or doc.of("accident", "traffic") or not (doc.of("industry") or doc.cue_counts().get("worker")):
        return False
    for m in LIMB_LOST.finditer(norm):
        start, end = _sentence(norm, m.start())
        if MISHAP.search(norm, start, end) and AT_WORK.search(norm, max(0, start - 40), end):
            return True
    return False


def kin_unreached(doc: Doc) -> bool:
    """A kinsman at work there out of reach since a mishap at the site (出事, 巨响, 塌了)."""
    norm = doc.norm
    if "联系不上" not in norm and "失联" not in norm and "打不通" not in norm and "没上来" not in norm \
            and "没出来" not in norm:
        return False
    if doc.of("form") or KIN_AT_WORK.search(norm) is None or SITE_MISHAP.search(norm) is None:
        return False
    for m in UNREACHED.finditer(norm):
        cs = max(norm.rfind(c, 0, m.start()) for c in "，," + _STOP) + 1
        if BOSS.search(norm, cs, m.start()) is None:
            return True
    return False


def _sentence(norm: str, pos: int) -> tuple[int, int]:
    start = max(norm.rfind(c, 0, pos) for c in _STOP) + 1
    ends = [i for i in (norm.find(c, pos) for c in _STOP) if i >= 0]
    return start, min(ends) if ends else len(norm)

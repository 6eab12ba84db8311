"""The dead and injured of an accident, read from the numbers around death and injury words.

1. a number next to 死亡/遇难/受伤 ("6 dead, 5 injured", "killing three", "death toll … to 55");
2. workers counted at the head of a sentence who died at its end (三名工人……经抢救无效死亡);
3. one worker named or counted who died (一名工人……死亡, "a worker fell to his death") or was
   hurt (一名女工的头发被卷进钻床, "a welder was badly burned");
4. "no one died" (无人员死亡): killed is 0.

A total (事故共造成69人死亡, 事故目前已致9人死亡, 死亡人数已增至44人, 遇难人数改成了21人, 死亡人数
已经30多, "bringing the toll to 11") outranks every other count, and the hurt of a compact total
(累计造成3死12伤) too; bodies found (已找到15具遗体, "two bodies have been recovered") outrank a
count told before them, not one told after (9个没了……3具遗体被藏起来); a day (6月9号人就没了)
counts nobody; the hurt who died (2名伤者在送医途中死亡) are none of the hurt; more dead
told apart (另有2人在送医途中死亡, "and two more on the way") are added; the toll of an
earlier accident told as background (该矿曾发生……造成3人死亡) is none of this one's; a
temperature (40摄氏度) counts nobody; those rescued and taken to hospital (8人被救出送医) are
the injured, and a finger caught in a machine (三根手指被卷了进去) is one hurt; the badly and
the lightly hurt told together are added (1人重伤、4人轻伤 → 5); one left "in critical
condition" beside the dead is one hurt; one taken to hospital who died later in the sentence is
none of the hurt. Rules 3 and 4 live in :mod:`labourmap.engine.one_casualty`.
"""

from __future__ import annotations

import re

from labourmap.engine.counts import CLASSIFIER, Count
from labourmap.engine.ill_totals import ill_total_en
from labourmap.engine.numbers import Quantity
from labourmap.engine.one_casualty import DIED_AFTER, EARLIER_ZH, HURT_CLAUSE_ZH, one_hurt_beside
from labourmap.engine.one_casualty import ONE_DEATH_ZH as ONE_DEATH_ZH  # (re-exported)
from labourmap.engine.one_casualty import ONE_WHO_DIED as ONE_WHO_DIED
from labourmap.engine.one_casualty import ONE_WORKER as ONE_WORKER
from labourmap.engine.one_casualty import no_deaths as no_deaths
from labourmap.engine.one_casualty import single_death as single_death
from labourmap.engine.one_casualty import single_injury as single_injury
from labourmap.engine.toll_totals import running_totals_en

KILL_ZH = (
    "死亡",
    "遇难",
    "身亡",
    "丧生",
    "罹难",
    "殉职",
    "没有生命体征",
    "无生命体征",
    "条人命",
    "不幸去世",
    "去世",
    "殒命",
    "没了",
    "没抢救过来",
    "没救回来",
    "没救过来",
    "没能救过来", "没救出来", "没能救出来",  # 6个人没救出来: the rescue failed (not 还没救出来)
    "没气",
    # 四个人都没能上来, 再也没上来: those who went down and never came up (not 14个没上来:
    # those still missing)
    "没能上来",
    "再也没上来",
    # 仓库起火，住在里面的三个工人没跑出来: those a fire caught
    "没跑出来", "没能跑出来", "没逃出来", "没能逃出来",
    # 再没出来, 未能逃出, 冇走得出嚟 (round 22): those who never got out, as above
    "再没出来", "再也没出来", "再也没有出来", "未能逃出", "未能逃生", "冇走得出", "冇逃得出", "冇跑得出",
    "再也没能上来", "再没有上来", "再没能上来",
    "不治",
    "抢救无效",
    "全部遇难",
    "死",
)
HURT_ZH = ("受伤", "受轻伤", "受重伤", "伤者", "重伤", "轻伤", "轻微伤", "伤势", "诊断为", "确诊", "中毒", "超标", "住院", "烧伤", "灼伤",
           "烫伤", "砸伤", "受了伤", "送医", "送院", "入院", "轻重伤", "不同程度", "同程度", "伤")
# 走了两个, 其中3个已经走了: "gone", said of the dead, where an accident or disease is told
GONE_ZH = "走了"
ACCIDENT_CONTEXT = re.compile(
    r"事故|出事|爆炸|起火|着火|火灾|倒了|倒塌|坍塌|塌方|坠落|中毒|确诊|尘肺|矽肺|白血病|职业病|救护车|抢救|"
    r"塌了|摔下|掉下|砸到|砸中|透水|冒顶|断了"
)
# 一个被救护车拉走了: taken away hurt
AMBULANCE_ZH = ("救护车拉走", "救护车送走", "救护车接走", "救护车拉去")
# who was counted: 6名失联矿工, 3名检修工人, 人都已
# (两名矿卡司机, 两名正在加班的工人: a trade or a short clause with 的 before the noun)
WHO_ZH = re.compile(
    r"(?:失联|被困|遇险)?(?:(?:正在|在)[\u4e00-\u9fff]{1,6}?的)?"
    r"(?:[\u4e00-\u9fff]{0,3}?(?:工人|矿工|司机|骑手|师傅|女工|男工|员工|厨师)|员工|工友(?=冇[走逃跑]得出|没[跑逃]出来|(?:送|住)?进了?(?:icu|重症监护室))|作业人员|人员|人)"
)
ALREADY_ZH = re.compile(
    r"(?:已经|已|均告|均|都|全部|全都|全|一个(?:都|也)|不幸|当场|就|被|确认|证实|先后|(?:在)?送(?:医|院|往医院)(?:的)?途中|"
    r"(?:救出|救起|抬出|挖出|获救)(?:来)?(?:后|并)?)+"  # 8人被救出送医: rescued, then taken to hospital
)
# 另有2人在送医途中死亡, "and two more on the way to hospital": more dead, added to those counted
MORE_DEAD_ZH = re.compile(r"(?:另有|另外有|另外|此外还有|还有)$")
MORE_DEAD_EN = re.compile(
    r"[^.;]{0,60}?\band (?:another )?(?P<n>[0-9]+|two|three|four|five|six|seven|eight|nine|ten) more\b"
    r"(?! (?:were |was |are )?(?:injured|hurt|wounded|missing|trapped))"
)
# "two bodies have been recovered": bodies found are the dead ("two more bodies" are not all)
BODIES_EN = re.compile(r"^\s+(?:[a-z']+ )?bodies\b")
# 已找到15具遇难者遗体: bodies found are the dead
BODIES_ZH = re.compile(r"[具名](?:遇难者|遇难矿工|遇难工人|死者|工人|矿工)?(?:的)?(?:遗体|尸体)")
# 事故共造成69人死亡, 死亡人数已增至44人: a total, which outranks a count told before it
# (事故目前已致9人死亡, 已经造成5人死亡: the count so far; 累计造成3死12伤: the hurt of a total too)
TOTAL_BEFORE_ZH = re.compile(
    r"(?:(?:共|共计|累计|总计|合计|一共|总共|增至|升至|上升至|上升到|增加到|增加至)(?:造成|导致|有)?|"
    r"(?:已|已经|共|累计)(?:致|造成|导致))"
    r"(?:[0-9一二两三四五六七八九十百]+死)?$"
)
# 死亡人数已增至44人, 遇难人数改成了21人, 死亡人数已经30多: the toll, named
TOLL_ZH = re.compile(
    r"(?:死亡|遇难)(?:人数|者人数|者)(?:[^，,。；;！!？?\n]{0,10}?(?:增至|升至|上升至|上升到|升到|增加到|增加至|达到|达|为|"
    r"改成|改为|变成|调整为|核定为|核实为|确认为|确认)(?:了)?|(?:已经|已|最终)?)$"
)
THOSE_HURT = tuple("的" + c for c in "送被都已在还均正。，,；;！!")  # 受伤的送去医院了, 还有5个受伤的。: those hurt
NOT_A_HEAD = ("年", "岁", "月", "日", "号", "时", "天", "小时", "万", "元", "米", "层", "楼", "度", "摄氏", "℃", "%", "吨", "公斤")
# 十几个女工查出血液病, 6名工人被检出尘肺: workers found ill (a count, then at once the finding;
# not 村里十几个人查出尘肺病: villagers, who may have worked anywhere)
FOUND_ILL_ZH = re.compile(r"(?:先后|陆续|都|已)?(?:被)?(?:查出|检出|诊断出|查出了|检出了)[^，,。；;！!？?\n]{0,8}?(?:病|癌|症|中毒|尘肺|矽肺|超标)")
# 12名工人出现头晕、呕吐，被送往医院: those taken to hospital are the injured (not 其中一人送院后不治)
HOSPITAL_ZH = re.compile(
    r"(?:(?!其中|不治|死亡|身亡|失踪|失联|下落不明)[^。；;！!？?\n0-9]){0,24}?(?:送往医院|送医|送院|入院|住院|在医院(?:抢救|救治|治疗)|"
    r"(?<!打)(?:送|住)?进(?:了)?(?:icu|重症监护室|医院)|送咗(?:去)?医院)"
    r"(?!后不治|后死亡)"
)
# ("two welders were killed", "three scaffolders remain in hospital": the dead and hurt named by trade)
TRADES_EN = (
    r"welders|labourers|laborers|builders|drivers|riders|couriers|cleaners|guards|technicians|operators|"
    r"electricians|machinists|loaders|porters|dockers|dockworkers|firefighters|scaffolders|painters|crew members"
)
KILL_EN = re.compile(
    r"^\s*(?:(?:[a-z-]+ )?(?:people|workers|miners|others|employees|men|women|" + TRADES_EN + r") |of them |"
    r"(?:worker|miner|man|woman|person) )?"
    r"(?:(?:are|were|was|is|have been|had been) (?:now |all |officially )?confirmed (?:dead|killed)|"
    r"dead|killed|died|deaths|fatalities|dying|lost (?:their|his|her) li(?:ves|fe)|(?:were|was) killed|"
    r"(?:have|has|had) died|"
    r"(?:were |was )?(?:crushed|burned|burnt|electrocuted|suffocated) to death|suffocated|"
    r"were asphyxiated)\b"
)
HURT_EN = re.compile(
    # ("two other workers remain in hospital": those still there)
    r"^\s*(?:(?:other |more )?(?:people|workers|miners|employees|" + TRADES_EN + r") |others )?"
    r"(?:were |have been |had been |remain |remained |are still |were still |are |is )?"
    r"(?:seriously |severely |slightly |critically |badly )?"
    r"(?:injured|hurt|wounded|poisoned|hospitali[sz]ed|burned|burnt|"
    # ("nine others remain under treatment": those still treated)
    r"taken to hospital|sent to hospital|in hospital|under treatment|receiving treatment|being treated|"
    r"(?:had|suffered|sustained) (?:minor |serious |severe |slight |light )?(?:injuries|burns))\b"
)
KILLED_BEFORE_EN = re.compile(r"\b(?:killed|killing|claimed the lives of)\s+$")
INJURED_BEFORE_EN = re.compile(r"\b(?:injured|injuring|wounded|wounding)\s+$")
EN_WHO = re.compile(r"^(?:\s*(?:people|workers|miners|men|employees|others|staff)\b|[\s.,;]|$)")
TOLL_EN = re.compile(r"\btoll\b(?! (?:road|gate|station|booth|fee|charge))[^.;]{0,200}?\b(?:to|at|reached|hit|of|is|stands at)\s+$")
# "one miner who escaped was treated in hospital for minor injuries"
HURT_LATER_EN = re.compile(
    r"^[^.;]{0,90}?\b(?:(?:was|were|have been|had been) (?:treated|hospitali[sz]ed|taken to hospital)|"
    r"(?:suffered|sustained) (?:minor |serious |severe )?(?:injuries|burns)|"
    r"(?:for|with) (?:minor|serious|severe|slight) injuries)|"
    # "17 workers … have been diagnosed with silicosis": workers counted, an occupational disease
    r"^\s(?:[a-z-]+ )?(?:workers|miners|people|employees)\b[^.;]{0,90}?\b(?:(?:have|has|had) been|were) diagnosed with|"
    # "two were dug out alive and taken to hospital": the living, sent to hospital
    r"^\s(?:[a-z-]+ )?(?:were|was) (?:[a-z]+ ){1,4}?and (?:taken|sent|rushed|airlifted) to (?:a |the )?hospital|"
    # "17 silicosis cases", "12 cases of pneumoconiosis": an occupational disease counted
    r"^\s(?:(?:new |confirmed )?(?:silicosis|pneumoconiosis|black lung|benzene poisoning|lead poisoning) "
    r"(?:cases|patients|sufferers)|(?:new |confirmed )?cases of (?:silicosis|pneumoconiosis|black lung|"
    r"occupational disease|benzene poisoning|lead poisoning))\b"
)
# how they died, then that they did: 中毒死亡, 触电身亡, 经抢救无效死亡
CAUSE_OF_DEATH = re.compile(
    r"(?:中毒|窒息|触电|坠落|溺水|烧伤|被?埋|经抢救无效|抢救无效|送医|送院|送往医院|送(?:到|去)?(?:[\u4e00-\u9fff]{0,3}?)医院)(?:后)?"
    r"(?:死亡|身亡|遇难|不治|没(?:能)?(?:抢)?救(?:过|回)来)"
)
# a death told at the end of the sentence: 三名工人……中毒，经抢救无效死亡
KILL_LATER = re.compile(r"抢救无效|不治|死亡|身亡|遇难|去世|殒命|(?:无|没有)生命体征|没(?:能)?(?:抢)?救(?:过|回)来|人(?:就|再|也)?没(?:能)?上来")
NEGATED = ("无", "未", "没", "没有")
HURT_BETWEEN = ("受伤", "重伤", "轻伤", "烧伤", "伤者")
SENTENCE = re.compile(r"[。；;！!？?\n]")
_CLAUSE = re.compile(r"[，,。；;！!？?\n]")
_EN_STOP = re.compile(r"[.;!?](?:\s|$)")
# a word of death or injury (two searches, each of which skips to its first characters)
CASUALTY_EN = ("dead", "kill", "died", "death", "fatal", "toll", "bodies", "dying", "lives", "injur",
               "hurt", "wound", "poison", "hospital", "burn", "suffocat", "asphyxiat", "diagnosed with",
               "silicosis", "pneumoconiosis", "black lung", "treatment", "sicken")
CASUALTY_WORDS = re.compile("|".join(w for w in KILL_ZH + HURT_ZH + ("涉及", "在医院", "没上来") if len(w) > 1)
                            + "|遗体|尸体|死了|死的|伤了|走了|救护车|查出|检出|诊断出|icu|重症监护|" + "|".join(CASUALTY_EN))
CASUALTY_COUNT = re.compile(r"[0-9一二三四五六七八九十两百][人名]?[死伤]")


def tells_casualties(norm: str) -> bool:
    """Whether the text holds a word of death or injury (CASUALTY_WORDS, CASUALTY_COUNT). Text
    all in ASCII can hold only the English words, which are found faster one by one."""
    if norm.isascii():
        return any(w in norm for w in CASUALTY_EN)
    return CASUALTY_WORDS.search(norm) is not None or CASUALTY_COUNT.search(norm) is not None


def casualties(norm: str, qs: list[Quantity]) -> tuple[Count | None, Count | None]:
    """(killed, injured) where a number stands next to a death or injury word."""
    killed: Count | None = None
    injured: Count | None = None
    if not tells_casualties(norm):
        return None, None
    total_killed: Count | None = None
    total_injured: Count | None = None
    bodies: Count | None = None  # 已找到15具遗体: outranks a count told before it
    gone = GONE_ZH in norm and ACCIDENT_CONTEXT.search(norm) is not None
    hurt_sev = ""
    earlier = "曾" in norm  # (what _earlier_accident needs: looked for once)
    for q in qs:
        if q.value is None:
            continue
        after = norm[q.end : q.end + 44]
        before = norm[max(0, q.start - 8) : q.start]
        if earlier and _earlier_accident(norm, q.start):
            continue  # 该矿曾发生中毒事故，造成3人死亡: another, earlier accident
        if before.endswith(("最后", "第")) or before.endswith("月") and after[:1] in ("号", "日"):
            continue  # 6月9号人就没了: a day, not nine dead; 最后一人升井: which one, not a count
        if ("死亡" in (wide := norm[max(0, q.start - 20) : q.start]) or "遇难" in wide) and TOLL_ZH.search(
            norm, max(0, q.start - 20), q.start
        ):
            total_killed = total_killed or Count(q.value, q.start, q.end)
            continue
        if BODIES_ZH.match(after) or (BODIES_EN.match(after) and not after.lstrip().startswith("more")):
            bodies = bodies or Count(q.value, q.start, q.end)
            continue
        m = CLASSIFIER.match(after)
        rest = after[m.end() :] if m else after
        if rest.startswith(NOT_A_HEAD):
            continue  # 二十多年井下掘进: years, not people
        who = WHO_ZH.match(rest)
        if m and who and "的" not in who.group() and any(w in who.group() for w in HURT_BETWEEN) and not (
            KILL_LATER.search(_CLAUSE.split(rest[who.end() :])[0])
        ):
            injured = injured or Count(q.value, q.start, q.end)
            continue  # 4名受伤矿工仍在医院: the injured, named by their injury
        rest = rest[who.end() :] if who else rest
        p = ALREADY_ZH.match(rest)
        rest = rest[p.end() :] if p else rest
        if rest.startswith(HURT_ZH) and (
            (h := rest.lstrip("重轻烧灼烫砸受伤"))[:1] == "的" and not h.startswith(THOSE_HURT)
            or (KILL_LATER.search(_CLAUSE.split(rest)[0]) and not CAUSE_OF_DEATH.match(rest))
        ):
            continue  # 一名重伤的工友: which worker; 2名伤者在送医途中死亡: those who died
        text_q = norm[q.start : q.end]
        if rest.startswith(("伤亡", "死伤")):
            continue  # 5人伤亡: dead and hurt together, neither count
        if (
            rest.startswith(KILL_ZH)
            or CAUSE_OF_DEATH.match(rest)
            or (text_q.isascii() and KILL_EN.match(after) and not separate_en(norm, q.start))
        ):
            if killed is not None and MORE_DEAD_ZH.search(before):
                killed = Count(int(killed.value) + q.value, killed.start, q.end)
                continue
            killed = killed or Count(q.value, q.start, q.end)
            more = MORE_DEAD_EN.match(norm, q.end) if text_q.isascii() else None
            if more and killed.start == q.start:
                n = _en_small(more["n"])
                killed = Count(q.value + n, q.start, q.end) if n else killed
            if TOTAL_BEFORE_ZH.search(before):
                total_killed = total_killed or Count(q.value, q.start, q.end)
            continue
        if text_q.isascii() and EN_WHO.match(after):
            wide = norm[max(0, q.start - 20) : q.start]
            if separate_en(norm, q.start):
                continue
            if killed is None and KILLED_BEFORE_EN.search(wide):
                killed = Count(q.value, q.start, q.end)
                continue
            if injured is None and INJURED_BEFORE_EN.search(wide):
                injured = Count(q.value, q.start, q.end)
                continue
        if gone and m and (before.endswith(GONE_ZH) or rest.startswith(GONE_ZH)):
            killed = killed or Count(q.value, q.start, q.end)
            continue
        if m and (killed or MORE_DEAD_ZH.search(before)) and (
            IN_HOSPITAL_ZH.match(rest) or _hurt_in_clause(after[m.end() :])
        ):  # 走了四个，还有两个在医院; 另有三名外省籍工人受伤: the hurt, told beside the dead
            injured = injured or Count(q.value, q.start, q.end)
            continue
        if m and rest.startswith(AMBULANCE_ZH):
            injured = injured or Count(q.value, q.start, q.end)
            continue
        if before.endswith(("死亡", "遇难", "身亡", "死了", "死的", "没了的")) and m:
            killed = killed or Count(q.value, q.start, q.end)
            continue
        if (
            rest.startswith(HURT_ZH)
            or (m is not None and any(w in rest[:22] for w in ("诊断为", "确诊")))  # (not 一家厂……确诊)
            or (who is not None and "工" in who.group() and FOUND_ILL_ZH.match(rest))
            or (m is not None and (who is not None or m.group().endswith("人"))
                and _sent_and_lived(norm, q.end + len(after) - len(rest), rest))
            or (text_q.isascii() and HURT_EN.match(after))
        ):
            sev = _severity(rest, after if text_q.isascii() else "")
            if injured is not None and sev and hurt_sev and sev != hurt_sev and 0 < q.start - injured.end < 30:
                injured = Count(int(injured.value) + q.value, injured.start, q.end)  # 1人重伤、4人轻伤
                hurt_sev = "both"
                continue
            if injured is None:
                injured, hurt_sev = Count(q.value, q.start, q.end), sev
            if TOTAL_BEFORE_ZH.search(before):
                total_injured = total_injured or Count(q.value, q.start, q.end)
            continue
        if text_q.isascii() and "toll" in (long := before_long(norm, q.start)) and TOLL_EN.search(long):
            total_killed = total_killed or Count(q.value, q.start, q.end)  # "bringing the toll to"
            continue
        if (before.endswith(("受伤", "伤者", "伤了")) or before[-1:] == "伤") and m:
            injured = injured or Count(q.value, q.start, q.end)
            continue
        if before.endswith("涉及") and m and ("工人" in after[:4] or "员工" in after[:4]):
            injured = injured or Count(q.value, q.start, q.end)
            continue
        if injured is None and text_q.isascii() and EN_WHO.match(after) and _hurt_later_en(
            norm[q.end : q.end + 120]
        ):
            injured = Count(q.value, q.start, q.end)
    if bodies is not None and (killed is None or killed.start < bodies.start):
        killed = bodies
    dead_so_far, hurt_so_far = running_totals_en(norm, qs)  # "bringing to 11 the number killed"
    killed = dead_so_far or total_killed or killed
    injured = hurt_so_far or total_injured or ill_total_en(norm, qs) or injured or _last_one_hurt(norm)
    if killed is None:
        killed = _killed_later(norm, qs, injured)
    if killed is not None and injured is None:
        injured = one_hurt_beside(norm, qs, killed)
    if killed is not None and injured is not None and _dead_among_sent(norm, killed, injured):
        injured = Count(int(injured.value) - int(killed.value), injured.start, injured.end)
    return killed, injured


_SENT_TO_HOSPITAL = ("送医", "送院", "送往医院", "入院", "住院")
# 还有两个在医院: those still in hospital are the injured
IN_HOSPITAL_ZH = re.compile(
    r"(?:工友|兄弟|老乡|师傅|同事)?(?:(?:现在|目前|至今)?(?:还|仍|正|都)?(?:躺)?在医院(?:里)?(?:治疗|救治|抢救|接受治疗|观察|躺着)?|"
    # 另有10人仍在留医 (Hong Kong: kept in hospital)
    r"(?:还|仍|正|都)?(?:在)?留医(?:治疗|观察)?|被?送(?:咗去?|(?:去|到|进|往)了?)医院了?)(?=[，,。；;！!？?\n]|$)"
)
def _hurt_in_clause(rest: str) -> bool:
    m = HURT_CLAUSE_ZH.match(rest)  # (一名工人被冲床压伤，经抢救无效死亡: hurt, then dead)
    return m is not None and not any(w in m.group() for w in ("死", "亡", "难")) and not DIED_AFTER.search(
        SENTENCE.split(rest[m.end() :])[0])
# every match of HURT_LATER_EN holds one of these
_HURT_LATER_WORDS = ("treated", "hospitali", "to hospital", "injuries", "burns", "diagnosed", "cases",
                     "patients", "sufferers")


def _hurt_later_en(tail: str) -> bool:
    return any(w in tail for w in _HURT_LATER_WORDS) and HURT_LATER_EN.match(tail) is not None


_EN_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10}


def _en_small(word: str) -> int:
    return int(word) if word.isdigit() else _EN_SMALL.get(word, 0)


def _earlier_accident(norm: str, pos: int) -> bool:
    """A count in a sentence that tells of an earlier accident (曾发生, 曾造成)."""
    if "曾" not in norm:
        return False
    stop = SENTENCE.search(norm[max(0, pos - 80) : pos][::-1])
    start = pos - stop.start() if stop else max(0, pos - 80)
    return EARLIER_ZH.search(norm, start, pos) is not None


def _dead_among_sent(norm: str, killed: Count, injured: Count) -> bool:
    """四名工人送医，其中一人抢救无效: the dead were counted among those taken to hospital."""
    return (
        0 < killed.start - injured.end < 30
        and "其中" in norm[max(0, killed.start - 3) : killed.start]
        and any(w in norm[injured.end : killed.start] for w in _SENT_TO_HOSPITAL)
        and int(killed.value) < int(injured.value)
    )


_SEPARATE_EN = re.compile(r"\b(?:in a separate|in another|a separate|an earlier|last year|"
                          r"previously|in (?:19|20)[0-9]{2}|(?<=[.;] )in (?:january|february|march|april|may|june|"
                          r"july|august|september|october|november|december)(?=,))\b")


def separate_en(norm: str, pos: int) -> bool:
    """"In a separate accident in February … killed three": another event's toll."""
    stop = max(norm.rfind(". ", 0, pos), norm.rfind("\n", 0, pos))
    return _SEPARATE_EN.search(norm, stop + 1, pos) is not None


def _killed_later(norm: str, qs: list[Quantity], injured: Count | None) -> Count | None:
    """Workers counted at the head of a sentence who died at its end (三名工人在清理污水池时
    中毒，经抢救无效死亡), with no other number and no injury in between."""
    if norm.isascii() or KILL_LATER.search(norm) is None:  # (KILL_LATER is all Chinese)
        return None
    for q in qs:
        if q.value is None or (injured is not None and injured.start == q.start):
            continue
        m = CLASSIFIER.match(norm, q.end)
        if not m or not (
            norm.startswith(_DIED_LATER_WHO, m.end() + 2 * norm.startswith(_TRAPPED, m.end()))
            or _TRADE_LATER.match(norm, m.end())
            or norm.endswith("其中", 0, q.start)  # 其中1人于7日凌晨经抢救无效死亡
        ):
            continue
        stop = SENTENCE.search(norm, q.end)
        end = stop.start() if stop else len(norm)
        k = KILL_LATER.search(norm, m.end(), end)
        if k is None or norm[max(0, k.start() - 4) : k.start()].endswith(NEGATED):
            continue
        between = norm[m.end() : k.start()]
        if any(w in between for w in HURT_BETWEEN) or any(
            q.end < o.start < k.start() and norm[o.end : o.end + 1] not in _TIME_UNITS
            and (o.value != 1 or norm[o.end : o.end + 1] in _PEOPLE_UNITS)  # (一处污水井: no count)
            for o in qs if o.start != q.start
        ):
            continue
        return Count(q.value, q.start, q.end)
    return None


_TIME_UNITS = "日号时点分月"  # 于7日凌晨3时许: a day and an hour between, no other count
_PEOPLE_UNITS = "名个人位"
# 5名被困矿工……均已无生命体征: those trapped, who died
_TRAPPED = ("被困", "失联", "遇险")
_DIED_LATER_WHO = ("工人", "矿工", "员工", "名工", "作业人员", "工友", "民工", "人", "师傅")
# 两名当值保安……不幸身亡, 三个外包清洗工……: a worker named by a trade, a shift or a home first
_TRADE_LATER = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:保安|司机|骑手|焊工|电工|清洗工|搬运工|装卸工|老乡|保洁|操作工|杂工|架子工|钢筋工)"
)


def _sent_and_lived(norm: str, pos: int, rest: str) -> bool:
    """8人被救出送医, 1人正在医院抢救: taken to hospital, and not told to have died there later
    in the sentence (受伤送医，经抢救无效于27日死亡)."""
    h = HOSPITAL_ZH.match(rest)
    if h is None:
        return False
    stop = SENTENCE.search(norm, pos + h.end())
    return KILL_LATER.search(norm, pos + h.end(), stop.start() if stop else len(norm)) is None


_SERIOUS = ("重伤", "受重伤")
_SLIGHT = ("轻伤", "受轻伤", "轻微伤")
_SEVERITY_EN = re.compile(r"^\s*(?:(?:people|workers|others) )?(?:were |was )?(?:(?P<s>seriously|severely|critically|badly)|"
                          r"(?P<l>slightly|lightly|minor))\b")


def _severity(rest: str, after_en: str) -> str:
    """"s" for a count of the badly hurt (3人重伤, "two seriously injured"), "l" for the lightly
    hurt, else "": the two are added up (1人重伤、4人轻伤)."""
    if rest.startswith(_SERIOUS):
        return "s"
    if rest.startswith(_SLIGHT):
        return "l"
    m = _SEVERITY_EN.match(after_en) if after_en else None
    return "" if m is None else "s" if m["s"] else "l"


# "nine died at the scene and the tenth is in critical condition": the one left, hurt
LAST_ONE_HURT_EN = re.compile(
    r"\b(?:the|a) (?:other|last|remaining|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth)(?: one| man| woman| worker| miner| survivor)?(?: who [^.;,]{0,40}?)? (?:is|was|remains|remained) "
    r"(?:in (?:a )?(?:critical|serious|stable|grave) condition|(?:seriously |critically |badly |severely )?"
    r"(?:injured|hurt)|in hospital|hospitali[sz]ed|taken to hospital)\b"
)


def _last_one_hurt(norm: str) -> Count | None:
    if " condition" not in norm and "hospital" not in norm and "injured" not in norm and "hurt" not in norm:
        return None
    m = LAST_ONE_HURT_EN.search(norm)
    return Count(1, m.start(), m.end()) if m else None


def before_long(norm: str, pos: int) -> str:
    return norm[max(0, pos - 220) : pos]

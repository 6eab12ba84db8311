"""One worker killed or hurt, where no number stands next to a death or injury word, and
"no one died":

1. one worker named or counted who died (一名工人……死亡, 有个架子工……人没抢救过来, "a worker
   fell to his death"), or a death told with nobody counted (表舅从脚手架摔下来，当场死亡;
   工人从楼上掉下来，没救过来): 1;
2. one counted worker hurt (一名女工的头发被卷进钻床, "a welder was badly burned") and nobody
   dead: 1;
3. "no one died" (无人员死亡): killed is 0;
4. one counted person hurt, a worker or a passer-by, told beside the dead (……造成两人死亡，
   楼下一名路人被砸伤): 1.

A death told of an earlier accident (该公司去年曾发生造成3人死亡的事故) is none of this one's, and
我们 (the one who writes) counts nobody several.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Count, Quantity

SENTENCE = re.compile(r"[。；;！!？?\n]")
# 该矿曾发生中毒事故，造成3人死亡: an earlier accident's toll, told as background
EARLIER_ZH = re.compile(r"曾(?:经)?(?:两度|多次)?(?:发生|造成|致|导致|出现)")


def without_earlier(norm: str) -> str:
    """The text with each sentence that tells of an earlier accident (该公司去年曾发生造成3人
    死亡的爆燃事故) blanked out, its length kept (so that spans still point into the post)."""
    if "曾" not in norm:
        return norm
    out = norm
    for m in EARLIER_ZH.finditer(norm):
        stop = SENTENCE.search(norm, m.end())
        end = stop.start() if stop else len(norm)
        starts = [s.end() for s in SENTENCE.finditer(norm, 0, m.start())]
        start = starts[-1] if starts else 0
        out = out[:start] + " " * (end - start) + out[end:]
    return out

_EN_STOP = re.compile(r"[.;!?](?:\s|$)")
# (有个师傅: one told of as people speak)
# (一个外卖小哥被车刮倒: one counted by 一个 before a worker's noun, 小哥 the rider as people say;
# 两个师傅一个挂在绳上，一个掉下去摔伤了: 一个 alone, one of those just named, before what befell him)
ONE_WORKER = re.compile(
    r"(?:一名|一位|1名|有个|有一个|有位|一个)"
    r"(?:[\u4e00-\u9fff]{0,3}?(?:工人|工(?![地厂程作资期业区位艺])|员|司机|骑手|师傅|小哥)|男子|女子|男性|女性)|"
    r"(?<=[，,])一个(?=(?:人)?(?:掉|摔|从|被))"
)
# 三根手指被卷了进去, 右手被机器轧断: a body part caught by a machine, of one worker
BODY_PART_HURT = re.compile(
    r"(?:手指|手掌|手臂|胳膊|右手|左手|双手|小指|食指|中指|拇指|手腕|腿|脚|头发)[^，,。；;]{0,6}?被"
    r"[^，,。；;]{0,6}?(?:卷|绞|轧|压|砸|夹|切|截|碾)"
)
HURT_ONE = re.compile(
    r"受伤|受了伤|压伤|砸伤|烧伤|烫伤|摔伤|伤得(?:很|不|挺|太)|卷进|卷入|撕脱|骨折|截肢|轧断|压断|切断|夹断|住院|治疗|"
    r"(?:120|救护车)(?:把(?:他|她|人))?(?:拉走|送走|接走)|送(?:到|进|往|去)?(?:了)?医院"
)
DEATH_ANY = re.compile(
    r"死亡|身亡|去世|遇难|不治|没了|无生命体征|没有生命体征|\bdied\b|\bdead\b|\bkilled\b|to death"
)
ONE_WORKER_EN = re.compile(
    r"\b(?:an?|one|another) (?:[0-9]+-year-old )?(?:[a-z-]+ )?(?:worker|miner|labourer|laborer|cleaner|driver|rider|courier|"
    r"builder|welder|woman|man|installer|fitter|electrician|plumber|painter|operator|technician|"
    r"scaffolder|porter|loader)\b"
)
# "the body of a worker", "into the death of a worker who fell": one worker dead
BODY_EN = re.compile(
    r"\bthe (?:body|death) of an? (?:[0-9]+-year-old )?(?:[a-z-]+ )?(?:worker|miner|labourer|laborer|driver|"
    r"builder|welder|rider|courier|cleaner)\b"
)
HURT_ONE_EN = re.compile(
    r"\b(?:was|got|were) (?:seriously |badly |severely |critically )?(?:injured|hurt|burned|burnt)\b|"
    r"\blost (?:(?:his|her|two|three|four|several) )?(?:fingers?|arm|hand|leg|foot)\b"
)
NO_DEATHS = re.compile(
    r"(?:无|没有|未造成|未有)(?:人员)?(?:死亡|遇难)|无人(?:死亡|遇难)|"
    r"\bno (?:one|body) (?:was killed|died)|\bno deaths\b|\bno fatalities\b|\bnobody (?:was killed|died)"
)


def no_deaths(norm: str) -> Count | None:
    """The post says nobody died (无人员死亡, "no one was killed"): killed is 0."""
    m = NO_DEATHS.search(norm)
    return Count(0, m.start(), m.end()) if m else None


def single_injury(norm: str) -> Count | None:
    """One counted worker hurt (一名女工的头发被卷进钻床, "a welder was badly burned") and nobody
    dead: 1, else None."""
    norm = without_earlier(norm)
    if DEATH_ANY.search(norm):
        return None
    for who, hurt in ((ONE_WORKER, HURT_ONE), (ONE_WORKER_EN, HURT_ONE_EN)):
        one = who.search(norm) if who is not ONE_WORKER or not norm.isascii() else None
        if one is None:
            continue
        stop = (
            SENTENCE.search(norm, one.end())
            if hurt is HURT_ONE
            else _EN_STOP.search(norm, one.end())
        )
        end = stop.start() if stop else len(norm)
        if hurt.search(norm, one.end(), end):
            return Count(1, one.start(), one.end())
    part = BODY_PART_HURT.search(norm)
    if part and not SEVERAL_ZH.search(norm):
        return Count(1, part.start(), part.end())
    return None


# 当场就没了, 掉下来人就没了 (spoken, unpunctuated): a life gone, not a job or the pay
GONE_NOW = r"(?:当场|(?<![有没])人)(?:就|已经|已|也)?没了(?!工作|工资|钱|活|收入|饭碗|着落|音讯|消息|影|踪|下文)"
_DIED = re.compile(
    r"(?:死亡|身亡|去世|遇难|不治|(?:已经|已)(?:无|没有)生命体征|当场(?:就)?不行了|没(?:能)?(?:抢)?救(?:过来|回来|回(?![家去]))|"
    r"[，,]人(?:就|已经|已|也)?没了|" + GONE_NOW + ")"
)
_DIED_EN = re.compile(r"\b(?:died|was killed|dead|to (?:his|her) death|lost (?:his|her) life)\b")
ONE_WHO_DIED = re.compile(
    # (一名57岁河南固始籍架子工: one worker told by age, home and trade)
    r"(?:一名|一位|1名|一个|有个)(?:[\u4e00-\u9fff0-9]{0,8}?"
    r"(?:工人|工(?![地厂程作资期业区位艺])|员|司机|骑手|师傅|小哥|老乡)|[0-9]{2}岁[\u4e00-\u9fff]{2,9}?籍"
    r"[\u4e00-\u9fff]{0,4}?(?:工|员|司机|骑手|师傅)|男子|女子|男性|女性)|"
    # 48岁的黄某是一家纸箱厂的工人: one worker, told by age and then by work
    r"(?<![0-9至到和、])[0-9]{2}岁的[\u4e00-\u9fff]{2,4}?是[^，,。；;]{0,16}?"
    r"(?:工人|工(?![地厂程作资期业区位艺])|员|师傅|司机|骑手)"
)
# 当场死亡, 经抢救无效死亡 with nobody counted and no word for several: one death
ONE_DEATH_ZH = re.compile(
    r"当场(?:死亡|身亡)|抢救无效|不治身亡|送医后不治|医治无效|当场(?:就)?不行了|[，,]人(?:就|已经|已)?没了|" + GONE_NOW + "|"
    r"确认(?:已经|已)?(?:死亡|身亡)|没(?:能)?(?:抢)?救(?:过来|回来|回(?![家去]))|"
    # 塔吊司机倒在操作室里，送到医院时已无生命体征 (not 均已无生命体征: several)
    r"(?<![均都全])(?:已经|已)(?:无|没有)生命体征"
)
# (我们, 咱们: the one who writes, not several of the dead or hurt)
SEVERAL_ZH = re.compile(
    # (老板说他不是他们的人: the firm disowning the one who died; 两个孩子: the family left behind)
    # (他们让他跑, 他们只说: the firm, as the family speaks of it)
    r"(?<![我咱俺他])们(?!的人)|他们(?!的人|让|说|只|不|就|公司|厂|老板|矿|那边|一个月)|多人|数人|几人|多名|数名|几名|若干|伤亡|死伤|[0-9两二三四五六七八九十]+(?:名|人|个(?!月|小时|多月|星期|礼拜|孩子|娃|小孩|儿子|女儿|老人))"
)


def single_death(norm: str) -> int | None:
    """One named or counted worker who died (一名工人……死亡, 一个外卖小哥……当场死亡), or a
    death told with nobody counted (表舅从脚手架摔下来，当场死亡) — 1, else None."""
    chinese = not norm.isascii()  # (ONE_WHO_DIED and ONE_DEATH_ZH need Chinese)
    norm = without_earlier(norm)
    one = ONE_WHO_DIED.search(norm) if chinese else None
    if one and not SEVERAL_ZH.search(norm, 0, one.start()) and _DIED.search(norm, one.end()):
        return 1
    if chinese and ONE_DEATH_ZH.search(norm) and all(_hurt_beside(norm, m.end()) for m in SEVERAL_ZH.finditer(norm)):
        return 1
    one_en = ONE_WORKER_EN.search(norm)
    if one_en and (_DIED_EN.search(norm[one_en.end() :]) or norm.startswith(" killed", one_en.end())):
        return 1
    if BODY_EN.search(norm):  # "the body of a missing worker was recovered", "the death of a worker"
        return 1
    return None


# 还有两个兄弟现在躺在医院里: those counted as hurt, in hospital, beside the one who died
_HURT_BESIDE = re.compile(r"[^，,。；;！!？?\n]{0,10}?(?:在医院|送医|住院|留医|受伤|伤)")
_DEATH_WORD = re.compile(r"死|亡|难|没了|不治")


def _hurt_beside(norm: str, pos: int) -> bool:
    """The clause after a count says those counted are hurt or in hospital, and none died."""
    m = _HURT_BESIDE.match(norm, pos)
    return m is not None and _DEATH_WORD.search(m.group()) is None


# 另有三名外省籍工人受伤, 一名女工手臂被碎片划伤: who, then the hurt at the clause's end
# (楼下一名路过的年轻人后背被砸伤: a passer-by, hurt beside the dead)
HURT_CLAUSE_ZH = re.compile(
    r"[^，,。；;！!？?\n]{0,14}?(?:工人|女工|男工|工友|矿工|员工|人员|年轻人|路人|行人|过路人|男子|女子|老人|"
    r"小伙|村民|居民|路过的)[^，,。；;！!？?\n]{0,8}?"
    r"(?:受伤|受了伤|[划砸烧烫撞压割刺擦灼摔炸碰扭轧]伤|骨折|中毒)了?(?=[，,。；;！!？?\n]|$)"
)


DIED_AFTER = re.compile(r"死亡|身亡|不治|抢救无效|去世|遇难")


def one_hurt_beside(norm: str, qs: list[Quantity], killed: Count) -> Count | None:
    """One counted person hurt, told after the dead (……当场死亡，楼下一名年轻人后背被砸伤): 1."""
    for q in qs:
        if q.value != 1 or q.start == killed.start or norm[q.end : q.end + 1] not in "名个位":
            continue
        m = HURT_CLAUSE_ZH.match(norm, q.end + 1)
        if m is not None and not any(w in m.group() for w in ("死", "亡", "难")):
            stop = SENTENCE.search(norm, m.end())  # (一名工人被冲床压伤，经抢救无效死亡: hurt, then dead)
            if DIED_AFTER.search(norm, m.end(), stop.start() if stop else len(norm)) is None:
                return Count(1, q.start, q.end)
    return None

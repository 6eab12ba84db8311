"""Which of the days a post names may be the day of its event (read by the pipeline's
``pick_date``).

* dropped: the day of a win or a settlement ("won their campaign on 16 May", 5日达成协议), the
  day of a statement where the event is dated only vaguely ("last week"), every day but a
  marked start where the action has lasted since a day not told (已经二十多天了, 连日聚集), and,
  where another tells of a worker's call for help, the day of the injury told as its
  background (4月16日卸货时从车顶摔下, "On 16 April he fell"; 8月3日……掉进基坑，腰椎骨折, the hurt
  told later in its sentence);
* weak (chosen only where no other day is named): a day marked as a start (起, "since") in a
  sentence that tells of no action and no accident (上月25号起又逼大家签合同, "since 20 April
  equipment has been shipped out"; staying away, 昨晚开始就不来了, is an action), and the day a
  toll rose ("rose to 10 on Thursday");
* the day named for a call for help at the head of its sentence (昨天上午，……向记者求助);
* where no day is named, a part of the day just past (工地下午围墙塌了): the day of the post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourmap.engine import clock_hour
from labourmap.engine.after_clause import accident_after
from labourmap.engine.dates import DateMention
from labourmap.engine.model import Span
from labourmap.engine.news_day import news_only
from labourmap.engine.text import at_word_start
from labourmap.engine.video_day import filmed

if TYPE_CHECKING:
    from labourmap.engine.doc import Doc

# ([。！？!?\n]|\.\s written as one class first, so that a search skips to its characters)
# (| (｜ normalised): a press headline's end before its story, 六百工人堵路｜惠州市…)
_SENTENCE_END = re.compile(r"[。！？!?\n.|](?:(?<=\.)\s|(?<!\.))")
_OUTCOME_EN = re.compile(  # (\b(?:…) written with at_word_start: a search skips to the letters)
    "(?P<w>"
    + at_word_start(["won", "wins", "reached an? (?:agreement|deal|settlement)", "settled",
                     "struck a deal"])
    + r")\b[^.;!?]{0,40}$"
)
_OUTCOME_ZH = re.compile(
    r"[^，,。；;！？]{0,10}?(?:达成(?:了)?(?:协议|和解|一致)|签订(?:了)?(?:协议|和解)|谈妥|胜诉|"
    r"取得(?:了)?胜利|赢得(?:了)?|"
    # 22日已把款项拨给外包公司: the day money was paid over
    r"已(?:经)?(?:把|将)[^，,。；;]{0,8}?(?:拨给|拨付|支付|发放|结清|付清))"
)
_TOLL_ROSE_EN = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|reached) to [0-9a-z,-]+ (?:on |by |late |early )?$"
)
# "rallied for four days last week ... said in a statement on Monday": the event is dated only
# vaguely, the one day named is the statement's
_VAGUE_EN = re.compile(r"\b(?:last|earlier this) (?:week|month)\b")
# "camped outside since early March", 已经在大厅打地铺二十多天了: an action under way since a day
# not told, so no day named but a marked start is its first
_SINCE_EN = re.compile(
    r"\bsince (?:early|mid|late|the (?:start|beginning|middle|end) of) (?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b"
)
_LASTED_ZH = re.compile(
    r"已(?:经)?[^，,。；;！!？?]{0,16}?(?:[0-9一二两三四五六七八九十]+(?:多|余)(?:天|个月)|"
    r"好几天|十几天|几十天|一个多月)了"
)


# 数百名员工连日在公司门口聚集: an action told as going on day after day, from a day not told
_DAY_AFTER_DAY_ZH = re.compile(
    r"(?:连日|多日来|连续多日|连续数日)(?:来)?[，,]?[^，,。；;！!？?]{0,20}?"
    r"(?:聚集|上街|抗议|罢工|停工|罢课|静坐|讨薪|堵|示威|游行|围)"
)


def _vague_since(norm: str) -> bool:
    if "since " in norm and _SINCE_EN.search(norm):
        return True
    if "日" in norm and _DAY_AFTER_DAY_ZH.search(norm):
        return True
    return (
        "已" in norm
        and ("多" in norm or "余" in norm or "几" in norm)
        and (_LASTED_ZH.search(norm) is not None)
    )


_HELP = re.compile(r"求助|发帖|发视频|投诉|举报|反映|posted|appeal|complain|told|asked")
_POSTING = re.compile(r"发帖|发视频|发布|发文|求助|投诉|写信|拍视频|posted|wrote|filed|complained")


def _sentence(norm: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - 120)
    start = lo
    for m in _SENTENCE_END.finditer(norm, lo, pos):
        start = m.end()
    stop = _SENTENCE_END.search(norm, pos)
    return start, stop.start() if stop else len(norm)


# an office's answer told right after the day (16日，神木人社部门回应称)
_ANSWERED = re.compile(r"[,，]?[^，,。；;！!？?]{0,12}?(?:回应|回复|答复)")


def dropped(doc: Doc, d: DateMention, *, third_person_call: bool) -> bool:
    """The day of a win or a settlement; the day of a statement where the event is dated only
    vaguely ("last week"); any but a marked start where the action has lasted since a day not
    told (since early March, 已经二十多天了); in a call for help told by another, the day of the injury told as
    its background."""
    norm = doc.norm
    if d.report and ("last " in norm or "earlier this " in norm) and _VAGUE_EN.search(norm):
        return True
    if not d.start_marker and _vague_since(norm):
        return True
    if d.report and news_only(doc, d):  # "a group said on Monday that…", 4日消息: no event day
        return True
    if norm[d.start : d.end].isascii():
        won = _OUTCOME_EN.search(norm, max(0, d.start - 60), d.start)
        if won and not any(won.end("w") <= h.start < d.start for h in doc.of("form")):
            return True  # (not "won a lawsuit in 2019 and struck again on Monday")
    elif _OUTCOME_ZH.match(norm, d.end):
        return True
    if not third_person_call:
        return False
    if _ANSWERED.match(norm, d.end):
        return True  # 16日，人社部门回应称: the day an office answered, not the day of the call
    lo, hi = _sentence(norm, d.start)
    lo, hi = max(lo, d.start - 40), min(hi, d.end + 80)
    if not any(lo <= h.start < hi for h in doc.of("accident") + doc.of("cue", "accident")):
        return False
    if _heads_call(doc, d):
        return False  # 3月8日，某某在微博发帖求助: the day of the call, told at its head
    c_lo, c_hi = doc.clause(d.start)
    # 10日向记者求助, "asked for help on 3 October": the day of the call itself
    back = 24 if norm[d.start : d.end].isascii() else 0
    return _HELP.search(norm, max(c_lo, d.start - back), c_hi) is None


# 7月7日因多器官衰竭去世, 昨晚抢救无效走了: the day a worker died of the hurt, after the accident
_DIED_LATER = re.compile(r"[^，,。；;！!？?\s]{0,20}?(?:抢救无效|不治|去世|病逝|离世|走了)")
# 前天井下出事了，走了三个: the accident itself told between the day and the deaths
_ACCIDENT_BETWEEN = re.compile(r"出事|发生|事故|爆炸|坍塌|塌|着火|起火|摔|坠")
# 经抢救无效于15日凌晨死亡: the same, the treatment told before the day
_TREATED_BEFORE = re.compile(r"(?:抢救无效|送医后|送院后|医治无效)[^，,。；;！!？?\n]{0,4}$")
_DIED_AFTER = re.compile(r"[^，,。；;！!？?\n]{0,8}?(?:死亡|身亡)")


def died_later(doc: Doc, d: DateMention) -> bool:
    """The day an accident's victim died in hospital (7月7日去世, 昨晚抢救无效走了, 经抢救无效于15日
    死亡), not the day of the accident, unless the victim died on the spot (当场)."""
    norm = doc.norm
    after = _DIED_LATER.match(norm, d.end)
    if after is not None:
        return "当场" not in after.group() and not _ACCIDENT_BETWEEN.search(after.group())
    return (
        _TREATED_BEFORE.search(norm, max(0, d.start - 12), d.start) is not None
        and _DIED_AFTER.match(norm, d.end) is not None
    )


# 昨晚开始就不来了, 今天起都不干了, 坐在店里不走了: workers staying away (or staying put), an
# action in their own words
_STAYED_AWAY = re.compile(r"(?:就|都|全)?不(?:来|走|上班|干|开工|开机|接单|跑单|出车)了")
# 14号开始停的工, 从周一起罢了工: a strike told with its verb split (停…工), an action all the same
_SPLIT_STRIKE = re.compile(r"(?:停|罢|怠)(?:的|了)工")


# 从1月16日起连日到县政府, 3日起每天去厂门口: a start run into a word of day after day tells an
# action kept up from that day, whatever verb follows
_DAY_AFTER_DAY = re.compile(r"(?:起|开始)[，,]?(?:连日|每天|天天|每日|连续|一连|接连)")


def weak(doc: Doc, d: DateMention) -> bool:
    """A start told of no action or accident; the day a toll rose."""
    norm = doc.norm
    text = norm[d.start : d.end]
    # the N-th day, or N days of it up to now (罢工三天了), tells of an action, as does 12日爆发
    if d.start_marker and not (
        "第" in text or "day" in text or text.endswith("了") or norm.startswith("爆发", d.end)
    ):
        lo, hi = _sentence(norm, d.start)
        acts = doc.of("form") + doc.of("accident") + doc.of("cue", "accident")
        if (
            not any(lo <= h.start < hi for h in acts)
            and not _STAYED_AWAY.search(norm, d.end, hi)
            and not _SPLIT_STRIKE.search(norm, d.end, min(hi, d.end + 8))
            and not _DAY_AFTER_DAY.match(norm, d.end)
        ):
            return True
    return text.isascii() and (
        _TOLL_ROSE_EN.search(norm, max(0, d.start - 40), d.start) is not None
    )


# 事故发生在14日, 事发于3日凌晨: the day told as the one it happened on, after the verb
_HAPPENED_BEFORE = re.compile(r"(?:发生在|发生于|事发在|事发于|出事在|发生时间为|发生时间是)$")


def happened_on(doc: Doc, d: DateMention) -> bool:
    """这起事故发生在14日15时许: the day right after 发生在 (happened on) is the event's."""
    before = _HAPPENED_BEFORE.search(doc.norm, max(0, d.start - 6), d.start) is not None
    return before or accident_after(doc, d)  # "found dead on Tuesday after … on Monday"


def opens_call(doc: Doc, d: DateMention) -> bool:
    """昨天上午，某某躺在病床上向记者求助: the day heads a sentence whose verb is the call; or
    the day, one to three days before the post, of the harm a worker's own call is about."""
    return _heads_call(doc, d) or hurt_lately(doc, d)


def _heads_call(doc: Doc, d: DateMention) -> bool:
    lo, hi = _sentence(doc.norm, d.start)
    head = doc.norm[lo : d.start].strip(" ”\"'“")
    return head == "" and _POSTING.search(doc.norm, d.end, min(hi, d.end + 60)) is not None


# 我爸前天在工地从五楼摔下来, 前天晚上送最后一单时被渣土车撞了: the harm, told in its clause
_HARMED = re.compile(
    r"[^。；;！!？?]{0,40}?(?:摔(?:下|伤|死|断)|掉下|坠落|被[^，,。；;！!？?]{0,12}?(?:撞|砸|压|卷|轧|夹)|"
    r"受伤|工伤|骨折|烧伤|砸伤|压伤|身亡|死亡|遇难|不治|人没了|去世|出事了)"
)
_LATELY = ("昨天", "昨日", "昨晚", "前天", "前晚", "前日", "大前天")


def hurt_lately(doc: Doc, d: DateMention) -> bool:
    """A day told as 昨天 or 前天 whose sentence tells the harm the call is about: the call's
    event is that day (a day told otherwise, 上个月23号, leaves the call's own day)."""
    return (
        doc.posted is not None
        and 1 <= (doc.posted - d.day).days <= 3
        and doc.norm.startswith(_LATELY, d.start)
        and _HARMED.match(doc.norm, d.end) is not None
    )


# "posted online on 7 July asking for help", "wrote on Monday": the call's verb just before its day
_POSTED_ON_EN = re.compile(
    r"\b(?:posted|wrote|appealed|went online|took to (?:social media|weibo|douyin))"
    r"(?: [a-z']+){0,3} on $"
)


def posted_on(doc: Doc, d: DateMention) -> bool:
    """"posted a video on Monday": the day named for the call itself, its verb before it."""
    return doc.norm[d.start : d.end].isascii() and (
        _POSTED_ON_EN.search(doc.norm, max(0, d.start - 40), d.start) is not None
    )


# 工地下午围墙塌了, 厂里早上出事了: a part of the day, with no day named, told of as just past
_PART_OF_DAY = re.compile(
    r"(?<![天日号晚明每次当那这个期周拜后前])(凌晨|清晨|早上|上午|中午|下午|傍晚|晚上)"
)
_PART_STARTS = {
    "凌晨": 0,
    "清晨": 5,
    "早上": 5,
    "上午": 6,
    "中午": 11,
    "下午": 12,
    "傍晚": 17,
    "晚上": 18,
}
# 下午发生爆炸, 傍晚那一声巨响, 下午堵得水泄不通 (round 22): an event told without 了, as happened
_DONE = re.compile(r"[^，,。；;！!？?]{0,10}?(?:了|发生|[一声]*巨响|堵得|堵死)")
# 刚在工地看到的, 刚有个工人掉下来, 气垫正在铺, 下班路过看到: an event told as just seen or under
# way when the post was written
_JUST_NOW = re.compile(
    r"刚(?:刚|才)|刚(?:在|有|看到|路过|听说)|(?<!调查)(?<!工作)(?<!事故)正在"
    r"(?!讨|维权|申请|走|打官司|仲裁|起诉|协商|进行|调查|处理|核实|协调|善后|跟进)|"
    r"路过(?:看到|看见|发现)|\b(?:just now|right now|happening now)\b|"
    # 工人现在全在国道上, 老师现在聚在县政府门口, 园区现在！: an action told as going on now
    r"(?<![到至今])现在(?:[！!]|(?:全|都)?(?:聚|堵|围|坐在|站在|在[^，,。；;！!？?]{0,12}?"
    r"(?:门口|路上|国道|高速|楼顶|塔吊|广场|大门|厂门|政府)))|"
    # 现在还在对峙, 现在仍在僵持: a standoff still going on as the post is written
    r"现在(?:还|仍)(?:在)?(?:对峙|僵持|堵|围|聚|闹|静坐)|"
    # 突发！, 出大事了, 罢工一整天了: breaking news, or an action gone on all day to the post
    r"突发[！!：:]|出大事了|(?:一整天|一上午|一下午)了"
)
_JUST_KEYS = ("刚", "正在", "路过", "now", "现在", "突发", "出大事", "一整天", "一上午", "一下午")
# 消防和派出所都来了, 交警已经到了, 来了好多警察, 路口堵死了, "on scene": a scene told as it is
# seen, with the responders just come
_RESPONDER = r"(?:消防|警察|派出所|特警|交警|民警|城管)"
_ON_SCENE = re.compile(
    rf"{_RESPONDER}(?:和{_RESPONDER})?(?:都|也|已经|已)?(?:到了|来了|赶到了|在下面|在现场|在疏导)"
    rf"|来了(?:好多|很多|一大帮|不少|一群)?{_RESPONDER}|堵死了|走不通了|看到一幕"
    r"|\bon scene\b|\bwatching (?:this|it) live\b"
    # 警察拉了警戒线, 消防在铺气垫, 气垫都铺好了, 楼下停了好几台消防车: a rescue's gear just set up
    r"|拉(?:了|起|上)?警戒线|铺(?:好|上)?了?气垫|气垫[^，,。]{0,4}?铺好|停了[^，,。]{0,4}?消防车"
)
_SCENE_KEYS = ("消防", "警", "派出所", "城管", "堵死", "走不通", "一幕", "on scene", "live", "气垫")
# 腊月二十三那天, 这几天, "last week": a day or a span told otherwise, not the day of the post
_SOME_DAY_TOLD = re.compile(
    r"那天|那晚|当天|当晚|这几天|这两天|近日|日前|连日|本周|上周|最近|腊月|正月"
    r"|\b(?:this week|last week|recently|earlier)\b"
)


def part_of_day(doc: Doc) -> Span | None:
    """Where a post names no day, a part of the day (下午, 早上) followed in its clause by a
    finished event (围墙塌了) and already begun when the post was written, or an event told as
    just seen or under way (刚在工地看到, 正在铺气垫, 消防已经到了), is the day of the post: the span
    of the words that say so, or None."""
    at = doc.post.posted_at
    if at is None or doc.dates:
        return None
    if (video := filmed(doc.norm, doc.post.platform)) and not _SOME_DAY_TOLD.search(doc.norm):
        return video  # a short video's caption: filmed on the day it is posted
    if any(k in doc.norm for k in _JUST_KEYS) and (m := _JUST_NOW.search(doc.norm)):
        return m.span()
    if (
        any(k in doc.norm for k in _SCENE_KEYS)
        and (m := _ON_SCENE.search(doc.norm))
        and not _SOME_DAY_TOLD.search(doc.norm)
    ):
        return m.span()
    if (
        "午" not in doc.norm
        and "晨" not in doc.norm
        and "早上" not in doc.norm
        and "晚上" not in doc.norm
        and "傍晚" not in doc.norm
    ):
        return None
    for m in _PART_OF_DAY.finditer(doc.norm):
        if at.hour >= _PART_STARTS[m.group(1)] and _DONE.match(doc.norm, m.end()):
            return m.span()
    return None if _SOME_DAY_TOLD.search(doc.norm) else clock_hour.hour_told(doc.norm, at.hour)


def acted_on(doc: Doc, d: DateMention, dates: list[DateMention]) -> DateMention:
    """27号厂门被封了，老板跑了。今天我们去镇政府门口: where the day chosen lies in a Chinese
    sentence that tells of no action, the first later day whose sentence tells of one."""
    forms = doc.form_hits if doc.form_hits is not None else doc.of("form")
    if not forms:
        return d
    lo, hi = _sentence(doc.norm, d.start)
    if any(lo <= h.start < hi for h in forms):
        return d
    english = doc.norm[d.start : d.end].isascii()
    for x in dates:
        if x.start >= hi and not x.report:
            x_lo, x_hi = _sentence(doc.norm, x.start)
            if english:
                # "elected representatives on 23 August and walked out on 26 August": in English
                # only the day the action's verb is told on
                acted = [
                    y
                    for y in dates
                    if x_lo <= y.start < x_hi
                    and not y.report
                    and any(_ACTED_ON_EN.fullmatch(doc.norm, h.end, y.start) for h in forms)
                ]
                if acted:
                    return acted[0]
            elif any(x_lo <= h.start < x_hi for h in forms):
                return x
    return d


# "walked out on 26 August", "went on strike on Monday": a day right after an action's verb
_ACTED_ON_EN = re.compile(r"(?: [a-z]+)?(?: again)? on ")

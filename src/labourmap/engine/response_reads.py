"""Responses told in phrases the lexicon's words miss, and words of a response that are none.

Told: workers beaten told by the passive (多人被打, 一名孕妇被踢, "a pregnant woman was kicked"),
a fight with the police (跟防暴警察干起来了), people seized (到工人家里抓人, 把代表抓上车,
拘走五六名工人), the police called and come (110和消防都来了, 报警后派出所说…), talks told in English by their outcome or their sitting ("accepted the
company's offer", "ended with an agreement", "a meeting between company officers and about 20
workers").

None: in a call for help, force told with no police in its sentence and no one seized in the post
(老板带人拿木棍把他们打倒在地: the grievance, not a response); "company officers" (no police); talks planned that did not
take place (原定与资方谈判的当天, 说好今天上午跟公司坐下来谈，结果…); a promise told as the
grievance (口头答应每平方米…, 矿上一开始答应的赔偿…就不认了); deciding among themselves
(我们商量后决定); 会面 inside 工会面对; an office deploying the police (当局出动防暴警察进厂:
the police, no mediation) or an act of an office denied (从未通知或协商).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from labourmap.engine.doc import CLAUSE_END, Doc
from labourmap.engine.matcher import Hit

_STOP = "，,。；;！!？?"


def clause_start(norm: str, pos: int, reach: int) -> int:
    """``max(doc.clause(pos)[0], pos - reach)``: where the clause holding ``pos`` begins, but
    no more than ``reach`` characters back, found without walking back to the clause's start
    (nor on to its end)."""
    lo = max(0, pos - reach)
    for i in range(pos - 1, lo - 1, -1):
        if norm[i] in CLAUSE_END:
            return i + 1
    return lo


_CLAUSE_ENDS = "".join(sorted(CLAUSE_END))
_CLAUSE_STOP = re.compile("[" + re.escape(_CLAUSE_ENDS) + "]")


def clause_at(norm: str, pos: int) -> tuple[int, int]:
    """``doc.clause(pos)``: after the last clause end before ``pos`` (rfind) to the first from
    ``pos`` (one search), without a walk over every character of the clause."""
    start = 0
    for c in _CLAUSE_ENDS:
        k = norm.rfind(c, 0, pos) + 1
        if k > start:
            start = k
    m = _CLAUSE_STOP.search(norm, pos)
    return start, m.start() if m is not None else max(pos, len(norm))


# what ends a sentence for sentence_bounds: a stop, or a full stop before a space or the end
_SENTENCE_STOPS = "。；！？!?\n"
_SENTENCE_STOP = re.compile(r"[。；！？!?\n]|\.(?= |\Z)")


def sentence_at(norm: str, pos: int) -> tuple[int, int]:
    """``text.sentence_bounds(norm, pos)``, found by rfind and one search rather than a walk
    over every character of the sentence (long in English): the sentence begins after the last
    stop before ``pos`` (or a full stop followed by a space, the space at ``pos`` at the latest)
    and ends at the first stop from ``pos`` (or a full stop followed by a space or the end)."""
    last = norm.rfind(". ", 0, pos + 1)
    for c in _SENTENCE_STOPS:
        k = norm.rfind(c, 0, pos)
        if k > last:
            last = k
    m = _SENTENCE_STOP.search(norm, pos)
    return last + 1, m.start() if m is not None else max(pos, len(norm))


def finditer_at_words(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` where every match begins with one of ``words`` and none is
    empty: ``pattern`` is tried only where one of the words begins (each found with str.find),
    as ``text.finditer_at`` tries it where its ``starts`` match. A search for any of many words
    that begin with common letters (English) tries each word at each of those letters."""
    pos = 0
    for at in word_places(text, words):
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def word_places(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` begins in ``text``, in order, once each."""
    found: set[int] = set()
    for w in words:
        k = text.find(w)
        while k >= 0:
            found.add(k)
            k = text.find(w, k + 1)
    return sorted(found)


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """``any(w in text for w in words)``, without a generator (a hot test, several a post)."""
    for w in words:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if w in text:
            return True
    return False
BEATEN = re.compile(rf"被[^{_STOP}]{{0,6}}?(?:打|踢|踹)(?![击卡压折包扰探听印针通开工车款点回断算出电])")
BEATEN_EN = re.compile(r"\b(?:was|were|been|being|got) (?:[\w-]+ ){0,2}?(?:kicked|punched|clubbed)\b")
FOUGHT = re.compile(
    r"(?:跟|和|与)[^，,。；;]{0,6}?(?:警察|民警|防暴|特警|武警|保安|城管)[^，,。；;]{0,3}?"
    r"(?:干起来|打起来|动起手|动了手|扭打)"
)
SEIZED = re.compile(
    r"(?<![要就会将说想])抓(?:人|上车|上了车|上警车)|拘走|"
    r"抓了(?:[\d一二两三四五六七八九十几数]+)(?:个|名|位|人)"
)
TALKS_EN = re.compile(
    r"\baccept(?:ed|ing)? (?:the )?(?:company|management|employer|firm|factory|boss|owner)(?:'s)? "
    r"(?:offer|proposal|terms|deal)\b|"
    r"\b(?:ended|ending|end)\b[^.;]{0,25}?\b(?:with|in) (?:an |a )?(?:agreement|deal|settlement)\b|"
    r"\bmeeting between [^.;]{0,40}?\b(?:company|management|managers|employer|boss|factory)\b[^.;]{0,30}?"
    r"\band (?:about |some |around )?(?:[\w-]+ ){0,2}?(?:workers|strikers|drivers|employees|representatives)\b"
)
# the police called and come, told by their number or by the call: 110和消防都来了, 110也到了,
# 报警了派出所说是经济纠纷, 报了警，民警来了 (not the number of a bus or a room: 110路, 1108)
CALLED = re.compile(
    rf"(?<![\d路号])110(?![\d路号])[^{_STOP}\d]{{0,6}}?(?:来了|到了|到场|赶到|赶来|出警)|"
    rf"报了?警(?:了|后)?[，,]?(?:派出所|警察|民警)[^{_STOP}]{{0,3}}?(?:来|说|到|出警|赶)"
)
# each pattern, its code, and words one of which the text must hold for it to be tried
TOLD: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (BEATEN, "violence", ("打", "踢", "踹")),
    (BEATEN_EN, "violence", ("kicked", "punched", "clubbed")),
    (FOUGHT, "violence", ("干起来", "打起来", "动了手", "动起手", "扭打")),
    (SEIZED, "detention", ("抓", "拘走")),
    (CALLED, "police", ("110", "报警", "报了警")),
    (TALKS_EN, "negotiation", ("accept", "ended", "ending", "end ", "meeting between")),
)
# an office telling the workers it will summon the boss (劳动所的人说下午叫老板来谈, 工作人员收了材料，
# 说会约谈公司), a county's people come (滨海新区来人了); in English a deputy head receiving
# representatives, a regulator calling the manager in, a bureau saying talks are under way
_BOSS = "老板|厂方|公司|开发商|包工头|项目部|项目方|老总|负责人|平台"
GOV_TOLD: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(
        r"(?:街道|劳动所|劳动保障所|劳动站|信访|人社|劳动局|监察|镇里|区里|县里|市里|旗里|乡里|政府|工作人员)[^。；]{0,12}?"
        rf"(?:说|表示)(?:会|将|要)?[^{_STOP}我你]{{0,4}}?(?:叫|通知|约谈|约|让|找)了?(?!我|你|工人|大家)[^{_STOP}]{{0,14}}?(?:{_BOSS})"),
     ("街道", "劳动", "信访", "人社", "监察", "镇里", "区里", "县里", "市里", "旗里", "乡里", "政府", "工作人员")),
    # an office, or one of its heads come out, said when the money comes or what the employer
    # must do: 人社局说月底前发, 住建局的同志说一周之内让他们拿出方案, 镇里说先垫付一部分,
    # 副局长出来，说三天内给答复 (not its excuse: 人社局说不归他们管, 说先去仲裁)
    (re.compile(
        r"(?:政府|人社|劳动|监察|住建|街道|信访|管委会|镇里|区里|县里|市里|乡里|旗里|局长|镇长|县长|区长|市长|书记)"
        r"[^。；;，,！!？?]{0,10}?(?:出来[，,]?)?(?:说|表示|称|答复)[^。；;！!？?不没未别]{0,10}?"
        r"(?:月底|月内|月中|年底|年前|节前|春节前|本周|这周|这个?礼拜|下周|下个?月|[\d一二三四五六七八九十两几]+(?:天|日|周|个工作日)(?:之)?内|先|尽快|马上)"
        r"[^。；;！!？?不没未别]{0,12}?(?:发|给|付|垫|结|拿出|答复|处理|解决|方案|说法)"),
     ("说", "表示", "称", "答复")),
    (re.compile(r"(?<![厂园小矿社景校营])[区县市镇乡旗](?:里|上|政府)?(?:终于|也|都|已经)?(?:来|出)了?人(?!员)"),
     ("来人", "出人", "来了人", "出了人")),
    (re.compile(
        r"\b(?:deputy )?(?:district|county|city|town|township|village|party) (?:head|chief|leader|secretary|mayor)s?\b"
        r"[^.]{0,30}?\b(?:received|met|spoke to|talked to)\b|"
        r"\bregulators?\b[^.]{0,30}?\b(?:called in|summoned|met|ordered|intervened)\b|"
        r"\b(?:bureau|officials|government|authorities)\b[^.]{0,30}?\bsaid (?:talks|negotiations)\b"),
     ("received", "met ", "spoke to", "talked to", "regulator", "said talks", "said negotiations")),
)
# the employer giving way, told (read in a collective action): 院长晚上出来说了，二月绩效照发;
# 站长说明天起单价恢复原来的; 厂里贴了通知，底薪涨到九百五; 代理商今天先把二月份的钱结了;
# "the company said it was 'engaging with employees'", "the policy was being reviewed",
# "the hospital's management met them"
CONCEDED = re.compile(
    r"(?:院长|厂长|站长|经理|老板|厂方|公司|厂里|矿长|校长|代理商|项目部|管理层|资方|平台)[^，,。；;]{0,8}?(?:出来)?"
    r"(?:说|表示|贴了?通知|发了?通知|发了?公告|贴出公告)[^。；;不没未]{0,8}?"
    r"(?:照发|补发|恢复|涨到|上调|提高|先发|先退|退一半|结清|撤回)|"
    r"(?:代理商|老板|厂方|公司|项目部|站点|厂里)[^，,。；;]{0,6}?先把[^，,。；;]{0,10}?(?:钱|工资|工钱)(?:结了|发了|结清|补了)|"
    # the claim heard and taken up the line: 厂里人资部说要请示集团, 厂领导表示会请示上级
    r"(?:厂方|公司|厂里|厂领导|人资部?|人事部?|HR|hr|经理|老板|管理层|院方|校方|领导)[^，,。；;]{0,6}?"
    r"(?:说|表示|答应|回复)(?:要|会|得|先)?(?:向[^，,。；;]{1,6}?)?请示"
)
CONCEDED_EN = re.compile(
    r"\b(?:engaging|in talks|holding talks) with (?:the )?(?:staff|workers|employees|drivers|riders|strikers|them)\b|"
    r"\b(?:policy|rule|plan|decision|scheme) (?:was|is|would be|will be) (?:being )?(?:reviewed|reconsidered|suspended|withdrawn)\b|"
    r"\b(?:management|managers|company|employer|boss|owners?|hospital|school)\b[^.;]{0,20}?\bmet (?:with )?"
    r"(?:them|(?:the )?(?:[\w-]+ )?(?:workers|strikers|staff|nurses|drivers|teachers|employees))\b"
)
_CONCEDED_KEYS = ("照发", "补发", "恢复", "涨到", "上调", "提高", "先发", "先退", "退一半", "结清", "撤回", "先把",
                  "请示")
_CONCEDED_EN_KEYS = ("engaging", "talks with", "reviewed", "reconsidered", "suspended", "withdrawn", "met ")
# the promise broken, told after it: 结果到现在也没发, 但一直没兑现
BROKEN = re.compile(r"结果|但是?|可是|却|至今|到现在|还是没|也没")


def conceded(doc: Doc) -> tuple[int, int] | None:
    """Where the employer is told giving way in a collective action, once."""
    if doc.kind != "collective_action":
        return None
    told = (*((CONCEDED,) if holds_any(doc.norm, _CONCEDED_KEYS) else ()),
            *((CONCEDED_EN,) if holds_any(doc.norm, _CONCEDED_EN_KEYS) else ()))
    for m in (m for p in told for m in p.finditer(doc.norm)):
        _, end = sentence_at(doc.norm, m.start())
        if BROKEN.search(doc.norm, m.end(), end) is None:
            return m.span()
    return None


# who is beaten or seized, before it: the other side's man (打人的保安被带走) or the boss is
# read in codes_responses; here the beating is only a response where it is told of people
POLICE_WORDS = re.compile(r"警|公安|police|officers")
COMPANY_BEFORE = re.compile(r"\b(?:company|firm|factory|plant|corporate|management|union|executive|chief|senior)\s?$")
PLANNED = re.compile(r"(?:原定|原本|本来|说好|约好|计划|预定|定好|约定)[^，,。；;]{0,12}$|\b(?:was|were) (?:due|supposed|scheduled) to [^.;,]{0,20}$")
PROMISED_ONCE = re.compile(r"(?:口头|当初|当时|起初|一开始|开始|原来|原本|本来|之前|事先|早先)[^，,。；;]{0,4}$")
AMONG_US = re.compile(r"(?:后|过后|之后)(?:一致)?决定")
DEPLOYED = re.compile(r"出动|调集|调派|派出(?!所)")
# the other side refusing to sit down: "the company has refused to meet them", 厂方拒绝见代表
REFUSED = re.compile(r"\brefus(?:ed|es|ing) to (?:meet|talk|negotiate|see)\b|拒绝(?:见|接见|和|与|跟)?[^，,。；;]{0,4}?(?:谈|见面|对话)|不肯(?:见|谈)")
DENIED = re.compile(r"(?:从未|从没|从来没有?|未曾|并未|并没有)[^，,。；;]{0,6}$")


def more(doc: Doc, have: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """The responses told in the phrases above, each once (``have``: the codes found)."""
    out: list[tuple[str, tuple[int, int]]] = []
    done = set(have)
    for pattern, code, keys in TOLD:
        if code in done or not holds_any(doc.norm, keys):
            continue
        m = pattern.search(doc.norm)
        if m is not None and not (code == "violence" and not _beaten_here(doc, m.start())):
            out.append((code, m.span()))
            done.add(code)
    return out


def _beaten_here(doc: Doc, pos: int) -> bool:
    return doc.kind != "call_for_help" or _police_in_sentence(doc, pos) or bool(doc.of("response", "detention"))


def _police_in_sentence(doc: Doc, pos: int) -> bool:
    start, end = sentence_at(doc.norm, pos)
    return POLICE_WORDS.search(doc.norm, start, end) is not None


def not_one(doc: Doc, h: Hit) -> bool:
    """A lexicon word of a response that tells none here (see the module's docstring)."""
    norm = doc.norm
    if h.code == "violence" and doc.kind == "call_for_help":
        return not _police_in_sentence(doc, h.start) and not doc.of("response", "detention")
    if h.code == "police" and h.term == "officers":
        return COMPANY_BEFORE.search(norm, max(0, h.start - 12), h.start) is not None
    if h.code == "negotiation":
        cs = clause_start(norm, h.start, 16)
        if PLANNED.search(norm, max(0, h.start - 40) if h.term.isascii() else cs, h.start):
            return True  # 原定与资方谈判的当天
        if h.term == "答应" and PROMISED_ONCE.search(norm, cs, h.start):
            return True  # 口头答应每平方米1680元
        if h.term == "商量" and AMONG_US.match(norm, h.end):
            return True  # 我们商量后决定
        if h.term == "会面" and norm[h.start - 1 : h.start] == "工":
            return True  # 工会面对
        if h.term == "agreed" and norm[max(0, h.start - 4) : h.start] == "who ":
            return True  # "new hires who agreed to quit"
    return False


def office_not_acting(norm: str, found: str, start: int, end: int) -> bool:
    """An office deploying the police (当局出动三四百名防暴警察进厂), or an act denied
    (资方却从未通知或协商): no office stepping in."""
    k = DEPLOYED.search(found)
    if k is not None and POLICE_WORDS.search(found, k.end()):
        return True
    return DENIED.search(norm, max(0, end - 12), end - 2) is not None

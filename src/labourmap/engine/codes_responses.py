"""State and other responses: police, detention, violence, officials, the union, talks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from labourmap.engine import response_agents, response_plain, response_reads
from labourmap.engine.doc import Doc
from labourmap.engine.response_reads import finditer_at_words, sentence_at, word_places
from labourmap.engine.text import each, finditer_at

# GOV_ACTION's branches: (the words that name the office, what follows them). Each branch is
# written once, (?:heads)rest, and tried only where one of its heads begins (_GOV_HEADS, a
# search that skips to them): the same matches as the one branch per head a plain search needs.
_GOV_BRANCHES = (
    (
        "政府|劳动监察|人社|人力社保|劳动局|交通局|教体局|教育和体育局|住建局|街道|书记|市长|县长|区长|官员|信访局|信访办|教育局|卫健委|"
        "交通运输局|运输局|劳动所|劳动保障所|镇里|区里|县里|市里|乡里|旗里|镇上|当局|劳动仲裁|监察大队|"
        "有关部门|相关部门|建设局|城管|劳动部门|维稳办|监察支队|监察员|人力资源",
        r"[^。；]{0,20}(?:调查|移交|立案|查过|来查|协调|介入|出面|协商|调解|约谈|一起去|督促|责令|垫付|处理|接待|接见|施压|召开(?!新闻|发布)[^，,。；]{0,4}?会|"
        r"派员|派人来|进厂|(?<!警力)进驻|出来(?:说|讲话|表态|回应)(?![^。；]{0,12}?(?:不归|不管|管不了|没办法|没钱|不知道))[^。；]{0,12}?(?:会|将|尽快|成立|协调|解决|处理|前|先发|垫付)|(?:表示|称|稱)[，,]?将|开了[^，,。；]{0,3}?会|组织[^。；]{0,10}?(?:协商|谈|对话)|核查|召集|座谈|(?<![\d一二三四五六七八九十百千两几])来人|来了人|出人|出了人|三方|说会|答应|承诺|开会|赶过来|赶来|赶到|想办法|联系施工|喊话|劝说|劝导|做工作)",
    ),
    ("叫上|带着|陪同", r"[^，。]{0,4}(?:劳动监察|政府)"),
    # officials on the spot: 住建局工作人员和民警到场处置, 交通运输部门派人接待
    (
        "政府|人社|住建|劳动|街道|监察|城管|交通运输|部门|局|委|所",
        r"[^。；，,]{0,10}(?:工作人员|人员|干部|官员|负责人|执法人员)[^。；]{0,14}"
        r"(?:到场|赶到|赶赴|来到|到现场|接待|调解|处置|劝导|协调|进驻)",
    ),
    ("部门", r"[^。；，,]{0,4}(?:派人|派员)接待"),
    # 劳动监察的人也来了, 街道办和劳动站的人都到了, 信访局的人出来收了材料
    (
        "政府|人社|住建|劳动|街道|监察|城管|信访|交通运输|部门|旗里",
        r"[^。；，,]{0,6}?的人(?:都|也|这两天|今天|昨天|晚上)?(?:到了|来了|出来|赶到|到场|来厂|来到)",
    ),
    (
        "officials|government|authorities|bureau|commission|mayor|inspectors|street office|"
        "labour office|labor office",
        r"[^.]{0,50}(?:investigat|found|offered|said (?:it|they) would|agreed to pay|has paid|advanced|agreed to advance|sat in on|brokered|"
        r"sent (?:officials|a team|staff|inspectors)|looking into|talking to|mediat|intervened|stepped in|negotiat|promised|\bmet\b|came to talk|ordered|"
        r"turned up|talked to|came to the site|talked them down|addressed)",
    ),
    ("mediat", r"(?:ed|ion) by [^.]{0,40}(?:government|bureau|commission|officials|authorities|department)"),
)
GOV_ACTION = re.compile("|".join(f"(?:{heads}){rest}" for heads, rest in _GOV_BRANCHES))
_GOV_HEADS = re.compile("|".join(heads for heads, _ in _GOV_BRANCHES))
# the Chinese branches' heads alone: where the text holds none of the words the English
# branches begin with, the search need not stop at every English letter that may begin one
_GOV_HEADS_ZH = re.compile("|".join(heads for heads, _ in _GOV_BRANCHES if not heads.isascii()))
_GOV_WORDS_EN = tuple(w for heads, _ in _GOV_BRANCHES if heads.isascii() for w in heads.split("|"))


def gov_actions(norm: str) -> Iterator[re.Match[str]]:
    """``GOV_ACTION.finditer(norm)``, tried only where an office's word begins: the Chinese
    words' places found by a search for them, the English words' by str.find (a search for
    them would try each at every letter that may begin one)."""
    english = word_places(norm, _GOV_WORDS_EN)
    if not english:
        return finditer_at(GOV_ACTION, _GOV_HEADS_ZH, norm)
    return _finditer_at_both(norm, english)


def _finditer_at_both(norm: str, english: list[int]) -> Iterator[re.Match[str]]:
    """``finditer_at(GOV_ACTION, _GOV_HEADS, norm)``: tried at each place where a Chinese head
    (_GOV_HEADS_ZH) or an English one (``english``, the places of _GOV_WORDS_EN) begins, the
    nearest first, from the end of the last match."""
    pos, k, end = 0, 0, len(norm) + 1
    zh = -1  # the next place of a Chinese head from pos (end: none)
    while True:
        if zh < pos:
            s = _GOV_HEADS_ZH.search(norm, pos)
            zh = s.start() if s is not None else end
        while k < len(english) and english[k] < pos:
            k += 1
        at = min(zh, english[k] if k < len(english) else end)
        if at == end:
            return
        m = GOV_ACTION.match(norm, at)
        if m is None:
            pos = at + 1
        else:
            yield m
            pos = m.end()


# offices named and acts told in words GOV_ACTION lacks, each tried only where its key word is:
# 县卫计局来人了, 区综合执法局与工人代表座谈, 在镇劳动分局介入下, 县里派了个副县长出来;
# "brokered by the labour bureau", "a deputy mayor came out to speak", "officials said they had
# frozen the assets", "the bureau had arranged funds", "the labour office urged both sides"
GOV_MORE: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(each("卫计局|卫计委|卫生局|执法局|劳动分局|人社分局",
                     r"[^。；]{0,20}(?:介入|协调|出面|座谈|来人|来了人|调解|派员|接待|处理|约谈|召集|组织|进厂)")),
     ("卫计", "卫生局", "执法局", "分局")),
    # offices GOV_ACTION does not name, and work done on the crowd: 市国资委召集企业负责人开会,
    # 有关部门正在做疏导工作
    (re.compile(r"(?:国资委|管委会)[^。；]{0,20}(?:介入|协调|出面|座谈|召集|派员|派人|接待|处理|约谈|调解|来人|对话|承诺|答应)|"
                r"(?:有关部门|相关部门|政府)[^。；，,]{0,6}?做[^，,。；]{1,4}?工作"),
     ("国资委", "管委会", "工作")),
    (re.compile(r"(?:市里|县里|区里|镇里|乡里|政府)[^。；，,]{0,4}派了(?:个|一个|一名|一位)"), ("派了",)),
    # one official told of by what he told the crowd: "a town official told them the company had
    # been asked to respond", "a district official assured the drivers"
    (re.compile(r"(?<!company )(?<!company's )(?<!firm's )(?<!factory )(?<!factory's )(?<!plant's )(?<!union )"
                r"\bofficials? (?:told|assured|reassured) (?:them|the (?:[\w-]+ )?(?:workers|strikers|protesters|"
                r"drivers|teachers|crowd)|(?:[\w-]+ )?(?:workers|strikers|protesters|drivers|teachers))\b"),
     ("told", "assured")),
    (re.compile(r"brokered by [^.]{0,40}(?:government|bureau|commission|officials|authorities|department)"),
     ("brokered",)),
    (re.compile(
        r"(?:officials|government|authorities|bureau|commission|mayor|inspectors|labou?r office)"
        r"[^.]{0,50}(?:came out to (?:speak|talk)|spoke to|frozen|froze|arranged|urged|contacted|"
        # "labour officials said seized assets would be used to settle the arrears"
        r"would be used to (?:settle|pay|cover))"),
     ("came out to", "spoke to", "froze", "frozen", "arranged", "urged", "contacted", "would be used to")),
)
UNION_ACTION = re.compile(
    r"工会[^。；]{0,24}(?:介入|到场|到现场|赶到|主动联系|出面|协调|帮助|帮忙|跟进|接手|维权|派员|派人|约谈|会同|进驻|来人|来了人|"
    r"督促|了解情况|联系(?!不)|法律援助)|"
    r"unions?\b[^.]{0,40}(?:took up|intervened|stepped in|back|support|contacted|sat in on|"
    r"mediat|negotiat|helped|sided with)|"
    # the union's chairman at the workers' head: 工会主席一直和大家站在一起, 委托工会争取
    r"委托工会|工会主席[^。；]{0,12}(?:带领|带着|站在一起|(?:跟|和|同)(?:我们|大家|工人|员工|职工)(?:站在)?一起)|led by (?:their |the )?union|"
    # the chairman come to the shop floor, mediation by the union, talks held with it
    r"工会主席[^。；]{0,4}(?:跑到|来到|赶到|到)车间|"
    # its people come: 市总工会的人晚上来了, 总工会来了两个人, 工会的人这两天来厂里
    r"工会(?:的人|工作人员|干部)[^。；，,]{0,6}?来(?:了|到|厂)|工会来了(?:[\d一两三四五几]+个)?人|mediat(?:ed|ion) by [^.]{0,40}\bunions?\b|"
    r"(?:negotiat\w*|talks)(?: [\w-]+){0,3}? with (?:the )?(?:[\w-]+ ){0,2}?union\b"
)
# the words every match of UNION_ACTION begins with
_UNION_HEADS = ("工会", "union", "委托工会", "led by", "mediat", "negotiat", "talks")


def _union_actions(norm: str) -> Iterator[re.Match[str]]:
    """``UNION_ACTION.finditer(norm)``, tried only where one of its first words begins."""
    return finditer_at_words(UNION_ACTION, _UNION_HEADS, norm)


ASKED_FOR = re.compile(r"请|求(?!助)|希望|呼吁|盼|urg|call(?:ed|ing)? on|ask")
# the workers taken away in English told around them: "took four of the workers to a station",
# "took a few away"
TOOK_AWAY = re.compile(r"\btook (?:\w+ ){1,4}?(?:away|to (?:a|the) (?:police )?station)\b")
# representatives met by the employer's side: "the station manager met rider representatives"
MET_REPS = re.compile(
    r"\b(?:manager|managers|management|company|employer|boss|owner|firm)\b[^.;]{0,30}?"
    r"\bmet (?:with )?(?:the )?(?:[\w'-]+ ){0,2}?(?:representatives|reps)\b"
)
# "dragged them into vans", "bundled workers into police cars"
INTO_VANS = re.compile(
    r"\b(?:dragged|pushed|bundled|forced|carried|hauled|shoved|put) (?:[\w-]+ ){0,4}?into "
    r"(?:waiting |police )?(?:vans?|cars?|buses|a bus|vehicles?)\b"
)
# the police named as those who fine, the grievance itself: 交警突击开罚单, 交警罚得太凶
FINING = re.compile(r"[^，,。；;]{0,6}?(?:罚|开单|贴条|抓违章)")
# the police as where a case was sent or an office the workers went round, not on the spot:
# 案件移交警方, 已向公安分局反映, 跑了项目部、劳动监察大队和公安分局, "passed to the police"
POLICE_SENT = re.compile(
    r"(?:已|也|并|又)?向[^，,。；;！？]{0,4}?$|(?:移交|移送|转交|交给|交由|报给)[^，,。；;！？]{0,8}?$|"
    r"(?:跑了|跑遍|跑过|去过)[^，,。；;！？]{0,18}?$|"
    r"\b(?:passed|referred|handed|sent|forwarded)(?: on)? to (?:the )?(?:local )?$"
)
# no match of POLICE_SENT is longer than this ("forwarded on to the local ", or a newline
# after): it is searched only so far back, and as none holds a stop (，。), in the clause anyway
POLICE_SENT_REACH = 28
# 公安 as a county's name: 浠水、公安等县, 公安县
COUNTY_NAME = re.compile(r"(?:等)?县")


# talks told in other words: 与司机代表进一步沟通, 达成分两次支付的协议, 厂方承诺本月内公布方案,
# 施工方表示将在春节前结清, 资方提出两个月工资的补偿 (not refused: 公司不同意)
TALKS_MORE = re.compile(
    r"(?:与|和|跟|同)[^，,。；;]{0,8}?代表[^，,。；;]{0,6}?沟通|"
    r"达成[^，,。；;]{1,12}?协议|"
    r"(?:厂方|资方|老板|厂长|矿长|院长|站长|施工方|工程方|项目方|项目部|代理商|管理层|公司负责人|公司)"
    r"[^，,。；;不没未]{0,6}?(?:承诺|同意|让步|表示将|表示会|说会(?:研究|考虑)|提出[^，,。；;]{0,14}?(?:补偿|赔偿|方案))(?!的)|"
    # the claim taken away to be weighed: 厂里说会研究调薪方案, 公司说会考虑给大家加工资
    r"厂里[^，,。；;不没未]{0,4}?说会(?:研究|考虑)"
)
TALKS_KEYS = ("沟通", "协议", "承诺", "同意", "让步", "表示将", "表示会", "说会", "提出")


def _across_the_table(doc: Doc, pos: int) -> bool:
    """Representatives chosen to meet someone: the sentence names the other side."""
    start, end = sentence_at(doc.norm, pos)
    return COUNTERPART.search(doc.norm, start, end) is not None and not response_reads.REFUSED.search(
        doc.norm, start, end)


def _hurt_by_force(doc: Doc) -> None:
    """Workers hurt in a sentence where the police came or took people: 遭警察驱离，16人被带走，
    一名女教师受伤入院; "police arrived and several workers were injured"."""
    force = [h for h in doc.of("response") if h.code in FORCE]
    if not force:
        return
    for h in doc.of("cue", "accident"):
        if h.term not in HURT:
            continue
        start, end = sentence_at(doc.norm, h.start)
        if any(start <= f.start < end for f in force):
            doc.add("responses", "violence", ((h.start, h.end),), 0.5)
            return


# asked for between the office and its act (an office's own 要求 is an order: 县政府要求开发商…)
ASKED_IN_GAP = re.compile(r"请求|(?<![要申邀])请|(?<!要)求(?!助)|希望|呼吁|盼")
REPS = re.compile(
    each("推选|选出|选举|派出|推举", "[^，。]{0,6}代表")
    + "|elected [^.]{0,20}representatives"
)
# the union asked to act, or the employer asked to meet it, told just before the union's act:
# "asked the union to back them", "urging the company to negotiate with their union" (a few
# words between, none that begins another clause: "demanded more pay and the union stepped in")
UNION_ASKED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)|appeal(?:s|ed|ing)? to|"
    r"demand(?:s|ed|ing)?|want(?:s|ed|ing)?|press(?:es|ed|ing)?|request(?:s|ed|ing)?|plead(?:s|ed|ing)? with) "
    r"(?:that |for )?(?:(?!and\b|but\b|while\b|after\b|before\b|so\b|then\b)[\w'-]+ ){0,3}?(?:to )?$"
)
_UNION_REFUSES = re.compile(r"(?:管不了|不管|拒绝|说[^，。]{0,6}不)")


def _happened(doc: Doc, code: str, start: int) -> bool:
    """Not talks refused (始终没有官员出来对话), a detention tried (试图带走) or the boss's
    (包工头被刑事拘留), nor a clash told as earlier (早前在高速路口冲突中被捕)."""
    cs = response_reads.clause_start(doc.norm, start, 16)
    before = doc.norm[cs:start]
    if code == "negotiation":
        return NOT_TALKED.search(before) is None
    if code in ("detention", "violence") and NONE_OF_IT.search(before):
        return False  # 没起冲突, "no arrests were reported"
    if code == "detention":
        return TRIED.search(before) is None and not _boss_taken(doc.norm, start)
    if code == "violence":
        return EARLIER.search(before) is None
    return True


NOT_TALKED = re.compile(
    r"(?:没有|没|未|不肯|不愿|拒绝)[^，,。；;]{0,6}$|\b(?:no|not|never|refused|refusing|declined|without)\b[^.;,]{0,12}$"
)
# force denied just before it is named: 没起冲突, 未发生冲突, "no arrests", "without violence"
NONE_OF_IT = re.compile(r"(?:没|没有|未|无|并未|不曾)(?:起|发生|出现|有|引发)?了?$|\b(?:no|without|not any)\s$")
TRIED = re.compile(r"试图|企图|想要|(?:未|没)有?人$|\b(?:tried|attempted|trying) to\b")
# the last person named before a detention: the boss (包工头…后被刑事拘留) or the workers
WHO_TAKEN = re.compile(
    r"(?P<boss>包工头|老板|法人|负责人|经理|高管|总裁|董事长|厂长|老总|保安|警卫|"
    r"\b(?:contractor|boss|owner|manager|executive|guard|security guard)s?\b)|"
    r"工人|员工|工友|农民工|职工|司机|骑手|人|\b(?:workers?|employees?|drivers?|protesters?|people)\b"
)


def _boss_taken(norm: str, start: int) -> bool:
    cs, _ = sentence_at(norm, start)
    named = list(WHO_TAKEN.finditer(norm, max(cs, start - 40), start))
    return bool(named) and named[-1].group("boss") is not None
EARLIER = re.compile(r"早前|此前|之前|前几天|先前|\b(?:earlier|previous|prior)\b")
def _sentence_back(norm: str, pos: int, reach: int) -> int:
    """``reach`` characters before ``pos``, not past the end of the clause before (希望尽快拿到钱。
    劳动部门调查后确认, 要求发薪，区人社局已介入: the wish is the workers', the act the office's)."""
    start = max(0, pos - reach)
    stop = max(norm.rfind(c, start, pos) for c in "。；;！!？?，,")
    return max(start, stop + 1)


# the police named among the offices that stepped in: 人社、综治、公安等部门随即介入
OFFICES_LISTED = re.compile(r"(?:局)?等(?:有关|相关)?(?:部门|单位)")
# talking it over among themselves: 商量是去找政府还是…, 商量怎么办
WEIGHED = re.compile(r"(?:着|了|一下)?(?:是|要不要|怎么|下一步|对策|办法|如何)")
# the other side of the table (the employer, an office), words of talks, or what they won
COUNTERPART = re.compile(
    r"厂方|公司|资方|老板|管理层|厂长|经理|领导|政府|谈|协商|对话|争取|达成|答应|让步|management|"
    r"company|employer|managers|bosses|officials|talks|negotiat|\bwon\b|secured|agreed|concession"
)
# hurt in the course of an action where force came: 警察带走多名工人，不少人受伤
HURT = ("受伤", "injured", "hurt", "伤者", "送医", "送院", "进了医院", "送往医院", "taken to hospital")
FORCE = ("police", "detention")
# talks asked for, not held: 要求公司坐下来谈, "urging management to negotiate"
TALKS_ASKED = re.compile(r"(?:要求|请|希望|呼吁|盼|促请|demand|urg|call(?:ed|ing)? on|ask)[^，,。；;！!？?]*$")


def responses(doc: Doc) -> None:
    norm = doc.norm
    climb = doc.kind == "call_for_help" and any(
        h.code == "self_harm_threat" for h in doc.form_hits or ())
    for h in doc.of("response"):
        if h.code == "police" and doc.kind == "call_for_help" and not climb:
            continue  # (one man up a crane: the police came to talk him down)
        back = 16 if not norm[h.start : h.end].isascii() else 48
        if h.code == "negotiation" and TALKS_ASKED.search(norm, max(0, h.start - back), h.start):
            continue
        if h.code in ("government_intervention", "union_intervention") and ASKED_FOR.search(
            norm, max(0, h.start - 8), h.start
        ):
            continue  # 请政府出面, 求政府出面帮忙: asked for, not done
        if h.code == "police" and FINING.match(norm, h.end):
            continue  # 交警罚得太凶: the fines complained of, no police on the spot
        if h.code == "police" and (
            POLICE_SENT.search(norm, max(0, h.start - POLICE_SENT_REACH), h.start)
            or (h.term == "公安" and COUNTY_NAME.match(norm, h.end))
            or (h.term == "交警" and norm[h.start - 1 : h.start] in ("移", "转", "提", "递"))
            or response_plain.offices_run(norm, h.end)
        ):
            continue  # 案件移交警方 (交 of the verb, no 交警), 浠水、公安等县: no police on the spot
        if h.code == "police" and OFFICES_LISTED.match(norm, h.end):
            continue  # 人社、公安等部门介入: the office among others, no police on the spot
        if h.code == "negotiation" and response_plain.office_convened(norm, h.start):
            continue  # 市政府召集工人代表开会: the office's meeting
        if h.code == "negotiation" and response_agents.office_promised(norm, h):
            continue  # 区里领导到场答应先垫付: the office's promise, no talks
        if h.code == "negotiation" and response_agents.talks_failed(norm, h):
            continue  # 协商未果后, 改制时答应的安置费: no talks held
        if h.term == "商量" and WEIGHED.match(norm, h.end):
            continue  # 大家正商量是去找政府还是…: among themselves
        if response_reads.not_one(doc, h):
            continue  # 老板带人打了他们 (a plea's grievance), 原定谈判的当天, 口头答应的单价
        if not _happened(doc, h.code, h.start):
            continue
        doc.add("responses", h.code, ((h.start, h.end),), 0.7)
    have = {str(f.value) for f in doc.out.sets.get("responses", ())}
    for code, span in response_reads.more(doc, have):
        if _happened(doc, code, span[0]):
            doc.add("responses", code, (span,), 0.6)  # 多人被打, 到工人家里抓人, "accepted the offer"
    for code, span in response_plain.more(doc, {str(f.value) for f in doc.out.sets.get("responses", ())}):
        if _happened(doc, code, span[0]):
            doc.add("responses", code, (span,), 0.6)  # 被押上小车, 成立工作组, "bloodied heads"
    for code, span in response_agents.more(doc, {str(f.value) for f in doc.out.sets.get("responses", ())}):
        if _happened(doc, code, span[0]):
            doc.add("responses", code, (span,), 0.6)  # 工会主席也来了, "labour dispute mediators", 头破血流
    if ("representatives" in norm or " reps" in norm) and (m := MET_REPS.search(norm)):
        doc.add("responses", "negotiation", (m.span(),), 0.6)  # (the employer's side met them)
    if (talks := response_reads.conceded(doc)) is not None:
        doc.add("responses", "negotiation", (talks,), 0.5)  # 院长出来说二月绩效照发, "in dialogue with staff"
    if response_reads.holds_any(norm, TALKS_KEYS) and not {"negotiation", "government_intervention"} & {
        f.value for f in doc.out.sets.get("responses", ())
    } and not _office_acted(doc):
        for m in TALKS_MORE.finditer(norm):
            before = norm[max(0, m.start() - 16) : m.start()]
            if TALKS_ASKED.search(before) is None and NOT_TALKED.search(before) is None:
                doc.add("responses", "negotiation", (m.span(),), 0.5)
                break
    if "took" in norm and (m := TOOK_AWAY.search(norm)):
        doc.add("responses", "detention", (m.span(),), 0.6)
    if " into " in norm and (m := INTO_VANS.search(norm)):
        doc.add("responses", "detention", (m.span(),), 0.6)
    if doc.kind == "collective_action" and not any(
        f.value == "violence" for f in doc.out.sets.get("responses", ())
    ):
        _hurt_by_force(doc)
    for finditer, code, needs in _FINDERS:
        if needs and not response_reads.holds_any(norm, needs):
            continue  # (every match holds one of these words)
        for m in finditer(doc.norm):
            if code == "negotiation" and not _across_the_table(doc, m.start()):
                continue  # 推选代表到信访部门反映, 推选代表、开了几次代表会: no talks
            if code != "negotiation" and ASKED_FOR.search(
                doc.norm, _sentence_back(doc.norm, m.start(), 8), m.start() + 2
            ):
                continue  # 要求人社局介入, 请县总工会关注: what the workers ask for
            if code != "negotiation" and not m.group().isascii() and ASKED_IN_GAP.search(
                doc.norm, m.start() + 2, m.end()
            ):
                continue  # 在县政府门口，求政府出面: the office named, then asked for
            if code == "union_intervention" and _UNION_REFUSES.search(m.group()):
                continue
            if code == "union_intervention" and m.group().isascii() and UNION_ASKED.search(
                doc.norm, max(0, m.start() - 60), m.start()
            ):
                continue  # "demanding that management negotiate with their union": asked, not done
            if code == "government_intervention" and "出来" in m.group() and NOT_OUT.search(
                doc.norm, max(0, m.start() - 6), m.end()
            ):
                continue
            if code == "government_intervention" and response_reads.office_not_acting(
                doc.norm, m.group(), m.start(), m.end()
            ):
                continue  # 当局出动防暴警察进厂, 资方从未通知或协商
            if code == "government_intervention" and response_agents.demand_in_gap(doc.norm, m.start(), m.end()):
                continue  # 游行到镇政府，要求政府出面: where they went, then what they asked
            if code == "government_intervention" and _receptionist(doc.norm, m.group(), m.end()):
                continue  # 县人社局接待人员表示会登记: the petition received
            doc.add("responses", _union_there(doc.norm, m.start(), code), ((m.start(), m.end()),), 0.6)


# the patterns of an office's or the union's act, or of talks, in the order they are read; each
# with words one of which every match holds (none: too many words to look for first)
_FINDERS: tuple[tuple[Callable[[str], Iterator[re.Match[str]]], str, tuple[str, ...]], ...] = (
    (gov_actions, "government_intervention", ()),
    *((p.finditer, "government_intervention", keys) for p, keys in (*GOV_MORE, *response_reads.GOV_TOLD)),
    (_union_actions, "union_intervention", ("工会", "union")),
    (REPS.finditer, "negotiation", ("代表", "representatives")),
)


# "took their demands to the city's Federation of Trade Unions; officials there agreed …", "the
# union's offices; its officials promised …": the officials are the union's
_THERE = re.compile(r"officials there\b")
_UNION_NAMED = re.compile(r"\bunions?\b")


def _union_there(norm: str, pos: int, code: str) -> str:
    """The code of an office's act, or the union's where its officials are named by "there"."""
    if code != "government_intervention" or not (
        _THERE.match(norm, pos) or (norm.startswith("officials", pos) and norm.endswith("its ", 0, pos))
    ):
        return code
    start, _ = sentence_at(norm, pos)
    return "union_intervention" if _UNION_NAMED.search(norm, start, pos) else code


def _office_acted(doc: Doc) -> bool:
    """An office stepped in (read before the general patterns run): the employer's promise is
    the outcome of its mediation, no talks of the workers' own."""
    return next(gov_actions(doc.norm), None) is not None


# an office wished or said not to come out: 想让当官的出来说清楚, 始终没有官员出来对话
NOT_OUT = re.compile(r"(?:没有|没|未|不肯|不愿|让|想|要|请)[^，,。；;]{0,6}出来")


def _receptionist(norm: str, found: str, end: int) -> bool:
    """接待 read as the noun of 接待人员 (the office's receptionist): no act of the office."""
    return found.endswith("接待") and norm[end : end + 2] == "人员"

"""The employer the workers are in dispute with, as written in the post.

1. a well-known employer's name (富士康, Foxconn, 美团 …);
2. a Chinese organisation name: a run of name characters ending in an organisation suffix
   (有限公司, 集团, 厂, 俱乐部, 煤矿, 教育局 …), cut on the left at punctuation or a function
   word (的, 在, 是 …); a name made only of places and generic words (一家国有公交公司,
   佛山家具厂) is no name; a delivery brand (速达外卖) only right before its riders;
3. a name in quotes after 名为/叫 ("named", "called");
4. an English capitalised name after "at"/"for"/"employer"/"employees of", in apposition
   ("the contractor, X,"), or before "workers"/"riders", or ending in Co./Ltd./Group …, with
   ownership words (Hong Kong-owned) stripped.
5. a central firm's bureau (中交二航局), a group's numbered mine (平禹四矿), a name after what
   the firm is and before what it owes (开发商明城新领域拖欠), a public body only as the one that
   owes (殡葬管理部门拖欠); not a hospital where the hurt lie, a former school (原…小学院内),
   a plant being built on (…电厂扩建工程), nor a word run into 公司 (外包公司, 昨天公司).
6. a short name ended by a trade word (兴隆铝业, 津港船舶重工, 新梦百货, 江西建工), a hidden
   character kept (蒙X乳业); not a firm whose name is withheld (某煤业有限公司: its named
   group employs), nor a former works unless its workers are named (原X厂的退休职工).
7. the weakest, where nothing better is named: a short name before its workers, a labour boss
   by name, a county that owes its teachers (:mod:`labourmap.engine.employer_people`); not a
   firm named only as a landmark (X公司附近) or as the one next door (隔壁X的厂).
Overlapping candidates keep the longest; the strongest suffix wins, a short name in brackets
(简称…) over all; the main contractor named as such (总包X, 由X承建) over a project's name; the
part ("X, part of Y") and the subsidiary (Y下属的X) employ, not the whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from labourmap.engine.employer_brands import (
    GIG_SUFFIXES,
    PLATFORM_SUFFIXES,
    SHIP_SUFFIXES,
    gig_context,
    ship_brand,
)
from labourmap.engine.employer_called import (
    main_contractor,
    schools,
)
from labourmap.engine.employer_en import (
    _MINE_OF,
    _UPPER,
    PART_OF_EN,
    Candidate,
    _other_event_en,
    apposed,
    english,
    gloss,
    latin_brand,
    parts_named,
    past_possessive,
    the_named,
)
from labourmap.engine.employer_en import EN_NAME as EN_NAME  # (re-exported)
from labourmap.engine.employer_en import EN_SUFFIX as EN_SUFFIX
from labourmap.engine.employer_en import has_en_suffix as has_en_suffix
from labourmap.engine.employer_kinds import CARE_SUFFIXES, ROLE_WORDS, a_kind, open_tags, worked_for
from labourmap.engine.employer_mines import short_mines
from labourmap.engine.employer_owners import mine_after
from labourmap.engine.employer_people import (
    bosses,
    counties,
    latin_staff,
    site_names,
    staff_names,
)
from labourmap.engine.employer_quoted import quoted
from labourmap.engine.employer_short import (
    ONE_SUFFIX_TESTS,
    a_town,
    letter_to,
    likened,
    other_event,
    suffix_says_no,
    unnamed_here,
)
from labourmap.engine.employer_sites import a_site, trade_words
from labourmap.engine.employer_subject import subject_names
from labourmap.engine.employer_topic import topic_names
from labourmap.engine.employer_trade import builders, trade_names
from labourmap.engine.employer_trim import _STOPS_WALK as _STOPS_WALK
from labourmap.engine.employer_trim import NAME_CHARS as NAME_CHARS
from labourmap.engine.employer_trim import STOP_CHARS as STOP_CHARS
from labourmap.engine.employer_trim import STOP_IN_WORDS as STOP_IN_WORDS
from labourmap.engine.employer_trim import _trim_left
from labourmap.engine.employer_words import (
    GENERIC,
    NOT_EMPLOYER,
    OWING_ONLY,
    STOP_PREFIXES,
    SUFFIXES,
    TRADE,
    TRADE_RUNS_ON,
)
from labourmap.engine.firm_rivals import TAXI, listed, rival
from labourmap.engine.known_firms import Mention, firm_in, known_table, mentions
from labourmap.engine.model import Span
from labourmap.engine.village_mines import village_mine


def __getattr__(name: str) -> object:
    """``KNOWN`` (every well-known name, normalised -> (industry, ownership)), read from
    ``data/employers.json`` when first asked for."""
    if name == "KNOWN":
        return known_table()
    raise AttributeError(name)

PLATFORMS = ("外卖", "快递")
PLATFORM_AFTER = re.compile(
    r"[”\"]?的?(?:众包|专送|全职|兼职)?(?:骑手|快递员|快递小哥|小哥|配送员|站点|网点|司机)|"
    r"(?:一|一家|一个)?(?:加盟)?(?:网点|站点)|"
    # 顺捷快递莲塘网点: the brand's branch, named by its place
    r"[\u4e00-\u9fff]{2,4}?(?:网点|站点)|"
    # 速达快递分拨中心: the brand's sorting centre
    r"(?:分拨中心|分拣中心|转运中心|中转场)"
)
PLATFORM_VERB = set("送跑点叫做干收寄取")
_SUFFIX_RE = re.compile(
    "|".join(re.escape(s) for s, _ in sorted(SUFFIXES + PLATFORM_SUFFIXES + CARE_SUFFIXES, key=lambda x: -len(x[0])))
)
STRENGTH = dict(SUFFIXES + PLATFORM_SUFFIXES + CARE_SUFFIXES)
BODIES = ("教育局", "工程局", "医院", "林业局", "卫生院", "保健院", "融媒体中心", "卫生服务中心", "环卫处", "环卫所", "教体局", "执法局",
          "广播电视台", "电视台")


_GENERIC_RE = re.compile("|".join(re.escape(g) for g in sorted({*GENERIC, *ROLE_WORDS}, key=len, reverse=True)))


_CORE_DROP = re.compile(r"[（）()0-9a-z]")
# 蒙X乳业: a character of the name hidden by the writer (the text is lower-cased)
_HIDDEN = re.compile(r"(?<=[\u4e00-\u9fff])x")


def _core(norm: str, start: int, end: int, suffix_len: int, places: list[Span]) -> str:
    """What is left of the name without places, generic words and the suffix."""
    stop = end - suffix_len
    if not any(ps < stop and start < pe for ps, pe in places):
        core = norm[start:stop].replace(" ", "")  # (no place in it: the same, made at once)
    else:
        chars = list(norm[start:stop])
        for ps, pe in places:
            for k in range(max(ps, start), min(pe, stop)):
                chars[k - start] = " "
        core = "".join(chars).replace(" ", "")
    core = _GENERIC_RE.sub("", core)
    return _CORE_DROP.sub("", _HIDDEN.sub("X", core))


_OWES_NEXT = re.compile(r"拖欠|欠下|欠着|一直不付|拒付|拒不支付")
_AGENCY = ("劳务", "派遣", "人力")
_SITE_OF = ("地块", "旧址", "原址", "遗址", "旧厂房", "老厂房")
# 躺在省人民医院骨科病床上, 到华西第四医院探望: a hospital where the hurt are treated
_CARE_BEFORE = ("躺在", "住在", "住进", "送", "转到", "转往", "转至", "转院到")  # (送到, 送往 …)
_CARE_AFTER = re.compile(r"的?(?:骨科|外科|内科|icu|重症|急诊|病床|病房|住院|治疗|救治|抢救|就医|就诊|探望|看望|接受)")
# 丁城村原黄山小学院内: a former school or works, now a site
_FORMER = re.compile(r"(?:^|[村镇乡区县市])原(?!国营|国有)")  # (原国营…厂: the workers' old employer)
# 原红星机械厂的退休职工: the former works whose workers these are, their old employer
_FORMER_STAFF = re.compile(r"的?(?:退休|下岗|买断|离岗|内退|在岗)?(?:老)?(?:职工|工人|员工)")
# 池潭水电厂扩建工程的工人: a plant being built on, whose builders are others' workers
_WORKS_ON = ("扩建", "改建", "新建", "技改")
# 厂规, 厂长, 厂房, 厂区: the suffix runs on into another word
_RUNS_ON_CHARS = frozenset("规长房商区方")  # (厂方: the factory's side, its managers)
# 清华附中在建体育馆工地, 汾酒厂消防站的配套工程工地上: a school, hospital or plant whose works
# others build
_CLIENTS = frozenset({"厂", "工厂", "中学", "小学", "学校", "幼儿园", "医院", "卫生院", "酒店", "商场", "超市"})
_BUILT_FOR = re.compile(r"(?:在建|新建|扩建|改建)|[^，,。；;！!？?]{0,12}?(?:配套工程|的工地|工程工地)")
_NUMBERED_PLANT = re.compile(r"[一二三四五六七八九十0-9]{1,2}分?厂")
# 一家童装厂: a kind of firm, not its name
_INDEFINITE = ("一家", "一个", "一处", "一座", "一间", "一所", "某", "这家", "那家")
# 一家港资家私厂: the indefinite word may stand before an ownership word
_INDEFINITE_BEFORE = re.compile(
    "(?:" + "|".join(_INDEFINITE) + ")(?:港资|台资|外资|日资|韩资|德资|美资|欧资|合资|国有|国营|民营|私营|集体|大型|小型|当地)*$"
)
ADMIN_TAIL = "省市区县镇乡"
# 开发区一煤化工企业: a place's word, then "a" and what the firm does
# 周边六所乡村学校, 十几所公办学校, 好几家鞋厂: a count of firms, none named
_COUNTED = re.compile("(?:[二三四五六七八九十两几数多]|好几)[所家座间]")
_INDEFINITE_IN = re.compile(
    "(?:(?<![\u4e00-\u9fff])|(?<=[区县市镇乡旗州湾岛港路街村山湖园城]))一[家间个所座]?$"
    "|(?<=[\u4e00-\u9fff])一[家间个所座]$"
    "|(?<=[区县市镇乡旗州])一[\u4e00-\u9fff]$"
)  # (宝一鞋厂: 一 inside a name, after its own character;
# 海棠湾一酒店: after a place's last word, "a")


def _past_places(norm: str, start: int, end: int, places: list[Span]) -> int:
    """Move ``start`` past the places at the head of a name (广东省深圳市宝安区…公司)."""
    moved = True
    while moved:
        moved = False
        for ps, pe in places:
            if ps == start and pe < end - 2:
                start = pe
                while (start < end - 2 and norm[start] in ADMIN_TAIL
                       and not any(qs == start for qs, _ in places)):  # 山西乡宁县: 乡 begins 乡宁
                    start += 1
                if norm.startswith("街道", start) and start < end - 4:
                    start += 2
                moved = True
    return start


_LEGAL = ("总公司", "有限公司")
_NOT_EMPLOYER_RE = re.compile("|".join(re.escape(w) for w in NOT_EMPLOYER))


def chinese(norm: str, places: list[Span]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SUFFIX_RE.finditer(norm):
        # (the suffix, its start, the characters either side: read once, tested many times)
        g = m.group()
        ms, end = m.span()
        before = norm[ms - 1 : ms]
        after = norm[end : end + 1]
        if g[-1] == "厂" and (
            after in _RUNS_ON_CHARS
            or (g == "厂" and before in _NOT_BEFORE_CHANG)
            or norm.startswith(_WORKS_ON, end)  # 池潭水电厂扩建工程: a plant being built on
        ):
            continue
        if g in TRADE and (after in TRADE_RUNS_ON or _NUMBERED_PLANT.match(norm, end)):
            continue  # 化工园区, 物流园: the trade runs on into a place; 化工二厂: a plant
        if g in ONE_SUFFIX_TESTS and suffix_says_no(norm, g, ms, end, places):
            continue
        if before in "和与及、" and norm[ms - 3 : ms - 1] in _KINDS_LISTED:
            continue  # 不只发生在工地和工厂: kinds of workplace listed, no name
        if before == "等" and g in ("公司", "厂", "工厂", "集团"):
            continue  # 坐在草地上等公司来谈, 甲乙等公司: "wait for the firm", or firms listed
        if norm.startswith(_SITE_OF, end):
            continue  # 原塑料四厂地块, 老钢厂旧址: the land a firm once stood on
        if g in OWING_ONLY and not _OWES_NEXT.match(norm, end):
            continue  # 汉沽殡葬管理部门拖欠工程款: a public body, only as the one that owes
        if g in PLATFORMS and (not PLATFORM_AFTER.match(norm, end) or before in PLATFORM_VERB):
            continue
        # 银图电器（深圳）有限公司: a parenthesis inside the name is part of it
        start = _trim_left(norm, ms, end, places)
        if start >= ms and g not in ("有限公司", "公司"):
            continue
        if g in GIG_SUFFIXES and (start := gig_context(norm, start, ms, end)) < 0:
            continue  # 即时配送, 市民出行: the trade, not a brand (湘速配送的站点)
        if g in SHIP_SUFFIXES and not ship_brand(norm, start, ms):
            continue  # 国家支持船舶工业发展: the trade, not a yard
        name = norm[start:end]
        if name.startswith(("厂母", "厂总", "厂上级")):
            continue  # 该厂母公司, 该厂总公司: the works' owner, unnamed
        if _NOT_EMPLOYER_RE.search(name) or (  # (a name ending in one holds it)
            "原" in name and _FORMER.search(name) and not _FORMER_STAFF.match(norm, end)
        ):
            continue
        if g in ("医院", "卫生院") and (
            any(w in norm[max(0, start - 3) : ms] for w in _CARE_BEFORE)
            or _CARE_AFTER.match(norm, end)
        ):
            continue
        if g in _CLIENTS and _BUILT_FOR.match(norm, end):
            continue  # 附属中学在建体育馆工地: the school the works are for, not the builder
        sl = len(g)
        if (k := norm.rfind("时", start + 1, ms)) > 0 and not _core(norm, k + 1, end, sl, places):
            continue  # 调解时公司签了协议, 爆炸时烟花厂内: "when …", then the firm unnamed
        core_len = len(_core(norm, start, end, sl, places))
        if core_len < 2 and not (
            (g in BODIES or (g == "集团" and end - start >= 6) or g == "建工"
             or (end - start >= 8 and norm.endswith(_LEGAL, 0, end))
             or (g == "公司" and norm.endswith("公交", 0, ms) and _BUS_STAFF.match(norm, end))
             ) and any(start <= ps and pe <= ms for ps, pe in places)  # (named by its place)
        ) and not (core_len == 1 and village_mine(norm, ms, g, places)):  # 金山沟煤矿  # 乐平市教育局: a public body is named by its place; 长乐市建筑工程总公司: a legal name
            continue  # (江西建工: a province's building group)
        strength = STRENGTH[g]
        if strength < 4 and (
            ((ind := _INDEFINITE_BEFORE.search(norm, max(0, start - 8), start))
             and not (ind.group().startswith(("这家", "那家"))  # 那家玛丽雪超市: that one, named
                      and core_len >= 3))
            or _INDEFINITE_IN.search(norm, start, ms)
            or _COUNTED.search(norm, start, ms)
        ):
            continue  # 三亚海棠湾一酒店: a place, then "a hotel"
        if g in BODIES and any(w in name for w in ("民营", "私立", "民办", "私营")):
            continue  # 海口民营医院: a kind of hospital, not its name
        if places:
            start = next((pe for ps, pe in places if ps < start < pe < end - 1), start)  # 成都市: 都 cut
            bare = _past_places(norm, start, end, places)
        else:
            bare = start  # (no place to move past)
        if norm.startswith("一", bare) and (bare > start or any(pe == bare for _, pe in places)) and (
            strength < 4 or len(_core(norm, bare + 1, end, sl, places)) < 2
        ):
            continue  # 合肥一化工厂, 江都一船厂: a place, then "a chemical plant"
        if (
            bare > start
            and any(c in norm[start:bare] for c in "省市区县镇乡")  # 深圳华兴…: a bare city is part of the name
            and len(_core(norm, bare, end, sl, places)) >= 2
        ):
            start = bare
            while norm.startswith(STOP_PREFIXES, start) and start < end - 4:  # 昆山开发区台资企业…
                start = next(start + len(p) for p in STOP_PREFIXES if norm.startswith(p, start))
        if norm[start] in "(（" and not any(c in norm[start:end] for c in ")）"):
            start += 1  # （鲁南通达物流: an opening bracket, left unclosed, is no part of it
        if letter_to(norm, start, end):
            continue  # 致衡阳市教育局的一封公开信: the body the letter is written to
        if _FORMER_NAME.search(norm, max(0, start - 8), start) or _SPONSOR.search(
            norm, max(0, start - 8), start
        ):
            continue  # 以前叫国营九〇二厂: its old name; 学校的举办者是X集团: who owns it
        if norm[start - 1 : start] == "某":
            continue  # 同煤集团下属某煤业有限公司: a firm whose name the writer withholds
        out.append(Candidate(start, end, strength))
    return out


_KINDS_LISTED = frozenset({"工地", "矿山", "工厂", "车间", "学校", "医院", "公司", "企业", "商场", "酒店", "餐馆"})
# 福清市公交公司部分驾驶员, 任丘市公交公司多条线路停运: a city's bus company, with its drivers
# or its lines
_BUS_STAFF = re.compile(r"[^，,。；;]{0,8}?(?:驾驶员|司机|员工|职工|工人|线路|停运|停驶|罢运)")
# 以前叫国营九〇二厂, 原名X厂: a name the firm no longer bears
_FORMER_NAME = re.compile(r"(?:以前|原来|过去|曾经?)(?:叫做?|名叫|名为|称)(?:国营|国有)?$|(?:原名|曾用名|旧称)(?:为|是)?$")
# 学校的举办者是X集团, 投资方是X: the owner, not the employer
_SPONSOR = re.compile(r"(?:举办者|举办方|投资方|出资方|股东)(?:是|为)$")

# 关厂, 进厂, 回厂: a verb or a pointer before 厂, not a name
_NOT_BEFORE_CHANG = set("关进回返出离入全本该我此各停迁建办开随守")  # (守厂: guard it)  # (随厂迁移: move with it)


def known(text: str | None, norm: str) -> list[Candidate]:
    """Well-known employers named as themselves (not as a client or an owner)."""
    return [Candidate(m.start, m.end, 4) for m in mentions(text, norm) if m.role is None]


def _aside(c: Candidate, firms: list[Mention]) -> bool:
    """Whether a candidate is a firm named as a client or an owner, or runs only into the
    words that say so (廣達子公司: the owner and its word)."""
    return any(m.role is not None and m.start < c.end and c.start < m.role_end
               and c.end <= m.role_end for m in firms)


def find(text: str, norm: str, places: list[Span]) -> Candidate | None:
    """The best employer candidate, or None."""
    return find_many([(text, norm, places)])[0]


Post = tuple[str, str, list[Span]]  # (text, norm, the places named): what find reads
# the readers of candidates in order, and what each reads (0: norm, places; 1: text; 2: norm; 3, 4: as find)
_BY_NORM: tuple[tuple[int, Callable[..., list[Any]]], ...] = (
    (0, chinese), (1, latin_brand), (3, quoted), (4, schools), (0, trade_names), (0, builders),
    (0, trade_words), (0, staff_names), (1, latin_staff), (2, bosses), (0, counties),
    (0, site_names), (1, the_named), (0, subject_names), (0, topic_names), (1, parts_named),
    (0, short_mines), (0, worked_for), (0, open_tags),  # 给宏达建司干工地, #凯瑞达 (employer_kinds)
)


def find_many(posts: list[Post]) -> list[Candidate | None]:
    """:func:`find` for each post, each reader over all the posts before the next (its code and
    patterns warm, as the pipeline runs each step over a batch): the same candidates."""
    firms = [mentions(text, norm) for text, norm, _ in posts]
    found: list[list[Candidate]] = []  # (each post's, as find lists them)
    for (_, norm, places), named in zip(posts, firms, strict=True):
        apart = listed(named, norm) if len(named) > 1 else set()  # 美团饿了么的骑手: a list
        found.append([Candidate(m.start, m.end, 4) for m in named if m.role is None
                      and not any(ps < m.start < pe for ps, pe in places)  # 孝义煤矿: not 义煤
                      and (m.start, m.end) not in apart
                      and not likened(norm, m.end, m.start) and not a_town(norm, m.start, m.end, places)])
    for reads, reader in _BY_NORM:
        for (text, norm, places), cands in zip(posts, found, strict=True):
            if reads == 0:
                cands += reader(norm, places)
            elif reads == 1:
                cands += reader(text)
            elif reads == 2:
                cands += reader(norm)
            elif reads == 3:  # 分厂（甘井子）: where it is
                cands += [c for c in reader(norm) if (c.start, c.end) not in places]
            else:
                cands += [Candidate(c.start, c.end, 3) for c in reader(norm, places)]
    latin = [english(text) for text, _, _ in posts]
    return [_choose(*post, named, cands, en)
            for post, named, cands, en in zip(posts, firms, found, latin, strict=True)]


def _choose(text: str, norm: str, places: list[Span], firms: list[Mention],
            named: list[Candidate], latin: list[Candidate]) -> Candidate | None:
    """The best of a post's candidates: ``named`` (well-known firms', _BY_NORM's), ``latin``."""
    # (the words some tests need, looked for once: where none is in the post, the test is false)
    events = "继" in norm or "罢工" in norm or "停工" in norm  # (other_event)
    cands = [
        c for c in named
        if not (events and other_event(norm, c.start, c.end)) and not _other_event_en(norm, c)
    ] + [
        c for c in map(past_possessive(text, places), latin)
        if (not any(ps <= c.start and c.end <= pe for ps, pe in places)
            and not any(ps == c.start and not _UPPER.search(text, pe, c.end) for ps, pe in places))
        or apposed(text, c.end)  # "Tian'e, Harbin's largest taxi company": a firm named as a place
    ]  # "Guizhou coal mine": a place and generic words
    asides = [m for m in firms if m.role is not None]  # (_aside looks only at these)
    unnamed = unnamed_here(norm)
    brackets = "(" in text or "（" in text  # (gloss: a name in brackets)
    taxi = any(w in norm for w in TAXI)  # (a rival only where the post tells of taxi drivers)
    cands = [c for c in cands if not (asides and _aside(c, asides)) and not unnamed(c.start, c.end)
             and not (taxi and rival(norm, c.start))
             and not (brackets and gloss(text, c, cands)) and not a_site(norm, c.start, c.end)
             and not a_kind(norm, c.start, c.end)]  # 平安县一煤业公司: a kind of firm (employer_kinds)
    if "总包" in norm or "承" in norm or "欠" in norm or "付" in norm:  # (else _weighed keeps each)
        cands = [_weighed(norm, c) for c in cands]
    if not cands:  # 龙煤集团旗下双鸭山矿业公司: the owner, where the plant's name is not found
        cands = [Candidate(m.start, m.end, 2) for m in firms  # (not 上汽下面一家外包厂; 某: unnamed)
                 if m.role == "owner" and _NAMED_AFTER.match(norm, m.role_end)][:1]
    if not cands:
        return None
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    merged: list[Candidate] = []
    for c in cands:
        over = [o for o in merged if c.start < o.end and o.start < c.end]
        if not over:
            merged.append(c)
            continue
        o = over[0]
        longer = c if (c.end - c.start) > (o.end - o.start) else o
        merged[merged.index(o)] = Candidate(longer.start, longer.end, max(c.strength, o.strength))
    subs = [c for c in merged if _PARENT_OF.match(norm, c.end)]
    if subs and len(merged) > 1:  # 豫通建设集团下属的豫通第二建筑公司: the subsidiary employs
        merged = [  # (本田旗下…合资、生产排气系统的佛山丰富汽配: however far in the sentence)
            c for c in merged
            if not (c in subs and any(0 <= o.start - c.end <= 40 and "。" not in norm[c.end : o.start]
                                      for o in merged if o is not c))
        ]
    parts = [c for c in merged if PART_OF_EN.match(text, c.end)]
    if parts and len(merged) > 1:
        merged = [o for o in merged if not any(0 < o.start - c.end <= 60 for c in parts)]
    mines = [c for c in merged if _MINE_OF.match(norm, c.end - 4)]
    if mines and len(merged) > 1:  # the Songshan mine of Hengfa Mining Group: the firm employs
        merged = [
            c for c in merged
            if not (c in mines and any(0 < o.start - c.end <= 30 for o in merged if o is not c))
        ]
    best = max(merged, key=lambda c: (c.strength, -c.start))
    return Candidate(*mine_after(norm, best.start, best.end, places), best.strength)  # 某集团|某煤矿


def _weighed(norm: str, c: Candidate) -> Candidate:
    """The main contractor named as such over all (a short name given it in brackets is still
    the one people use: 承建方X（简称Y）); the one that owes over where it stands
    (商场的丽枫酒店拖欠装修工人工资), but not a labour agency over the firm whose site it is
    (承包方X劳务公司拖欠)."""
    if main_contractor(norm, c):
        return c._replace(strength=5 if _SHORT_AFTER.match(norm, c.end) else 6)
    if _OWES_NEXT.match(norm, c.end) and not any(w in norm[c.start : c.end] for w in _AGENCY):
        return c._replace(strength=c.strength + 1)
    return c


_SHORT_AFTER = re.compile(r"[^，,。；;（(]{0,12}[（(](?:以下简称|以下称|下称|简称)")
_PARENT_OF = re.compile(r"(?:下属的|旗下的|下属|旗下)")


def industry_of(norm: str, span: Span, text: str | None = None) -> str | None:
    """The industry of a well-known employer named in the span."""
    firm = firm_in(norm, span[0], span[1], text)
    return firm.industry if firm else None


def ownership_of(norm: str, span: Span, text: str | None = None) -> str | None:
    """The ownership of a well-known employer named in the span, or of the well-known firm
    that owns it ("jointly owned by Honda affiliate …", 本田旗下的…), where the data file
    says a monitor codes it on sight (``ownership_on_sight``)."""
    firm = firm_in(norm, span[0], span[1], text)
    if firm:
        return firm.ownership if firm.ownership_on_sight else None
    if "owned by" in norm or "旗下" in norm:
        for m in mentions(text, norm):
            if m.name.firm.ownership_on_sight and (
                norm.startswith("旗下", m.end) or _OWNED_BY.search(norm, max(0, m.start - 12), m.start)
            ):
                return m.name.firm.ownership
    return None


_OWNED_BY = re.compile(r"owned by (?:an? )?$")
_NAMED_AFTER = re.compile(r"(?![一这那该多])[\u4e00-\u9fff（）()]{2,12}?(?:公司|厂|矿|煤业|矿业)")

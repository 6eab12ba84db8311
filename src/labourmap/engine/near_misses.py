"""Posts that tell of workers, an action or a casualty, and still report no incident.

1. A trial over an old case (法院一审宣判…2016年…坍塌造成73人死亡, "sentenced … over last
   year's blast"): the news is the verdict; the accident or the dispute was reported when it
   happened.
2. A flat bought and not delivered (开发商不按时交房, 烂尾, 停贷, homeowners, mortgages) with no
   claim on an employer: the protesters are buyers, whatever their trade (数十名教师拉横幅抗议
   开发商不交房).
3. Sellers, vendors or merchants as the crowd that acted (商户聚集在平台办公室, "merchants
   gathered at the platform's office"), with no worker named beside them: traders' grievances;
   so too investors and creditors (参与融资的民众聚集在公司门口, "creditors rallied at the
   developer's office"): a debt, not a labour dispute.
4. A study announced (ethnography, fieldwork, 田野调查, "the authors find"): the protests it
   speaks of are its material, not an event told as news, unless one is dated.
5. A fire or a blast in a home (居民楼内发生燃气爆炸, 出租屋起火) with no worker named: a
   household's accident, not a workplace's.
6. An anniversary told as such ("marks one year since the strike"): the post looks back; the
   action was reported when it happened.
7. A sentence passed (法院以拒不支付劳动报酬罪判处其有期徒刑一年; 讨薪民工妨害公务获刑; "a court
   sentenced the contractor"), with no one counted dead or hurt and no plea: the news is the
   verdict, and a claim for wages told in it (讨薪时遭殴打) is the case's story, not an action.
"""

from __future__ import annotations

import re
from datetime import date

from labourmap.engine.doc import Doc
from labourmap.engine.form_phrases import WEAK_PROTEST
from labourmap.engine.kind_checks import dated_action, tallied
from labourmap.engine.matcher import Hit
from labourmap.engine.paid_back import paid_by_office
from labourmap.engine.text import sentence_bounds

# the case told as of an earlier time: 去年3月21日, "last year", or by a year before the post's
# (2016年11月24日, "a 2019 blast")
EARLIER = re.compile(r"去年|前年|年前|\blast year\b|\byears ago\b")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
OLD_DAYS = 90  # a dated accident this long before the post is an old case
# what a buyer of a flat protests: the flat not delivered, the mortgage, the stalled block
HOME = {"交房", "购房", "烂尾", "房贷", "停贷", "断供", "homeowners", "mortgage*"}


def old_case(doc: Doc) -> bool:
    """A verdict (a ``court`` cue) on a casualty told as of an earlier time."""
    if not doc.cue_counts().get("court"):
        return False
    counts = [c for c in (doc.killed, doc.injured) if c is not None]
    if not counts:
        return False
    for c in counts:
        start, end = sentence_bounds(doc.norm, c.start)
        if EARLIER.search(doc.norm, start, end) or any(
            doc.posted is None or int(y) < doc.posted.year for y in YEAR.findall(doc.norm, start, end)
        ):
            continue
        if doc.posted and any(
            start <= d.start < end and _days(d.day, doc.posted) >= OLD_DAYS for d in doc.dates
        ):
            continue
        return False
    return True


def _days(day: date, posted: date) -> int:
    return (posted - day).days


def home_bought(doc: Doc) -> bool:
    """The post's grievance is a flat bought (交房, 烂尾, mortgages) and it names no claim."""
    # (the count of consumer cues first: where there is none, the words are not looked at)
    return bool(doc.cue_counts().get("consumer")) and not doc.of("demand") and any(
        h.term in HOME for h in doc.of("cue", "consumer"))


def sellers_acted(doc: Doc, forms: list[Hit]) -> bool:
    """Each form is told in a sentence that names sellers and no worker before its first form
    (the sellers are who acted; "the market operator" they protest at comes after)."""
    if not forms or not doc.cue_counts().get("seller"):
        return False  # (no seller cue counted: none listed)
    sellers = doc.of("cue", "seller")
    workers = doc.of("cue", "worker")
    for h in forms:
        start, end = sentence_bounds(doc.norm, h.start)
        first = min(f.start for f in forms if start <= f.start < end)
        if not any(start <= s.start < first for s in sellers):
            return False
        if any(start <= w.start < first for w in workers):
            return False
    return True


def scholarly(doc: Doc, forms: list[Hit]) -> bool:
    """A study announced, with no action dated in it."""
    return bool(doc.cue_counts().get("scholarly")) and not dated_action(doc, forms)


# the accident told in a dwelling: 居民楼内发生燃气爆炸, 一出租屋起火
AT_HOME = re.compile(r"(?:居民楼|民宅|住宅楼|居民家|住户家|出租屋|家中|家里)(?:内|里|中)?[^，,。；;]{0,6}?"
                     r"(?:发生|起火|着火|爆炸|失火)")
_HOME_WORDS = ("居民", "民宅", "住宅", "住户", "出租屋", "家中", "家里")


def at_home(doc: Doc) -> bool:
    """An accident told in a home, with no worker named anywhere."""
    norm = doc.norm  # (any(w in norm for w in _HOME_WORDS), written out: no generator)
    if doc.cue_counts().get("worker") or not (
        "居民" in norm or "民宅" in norm or "住宅" in norm or "住户" in norm or "出租屋" in norm
        or "家中" in norm or "家里" in norm
    ):
        return False
    return AT_HOME.search(doc.norm) is not None


# "marks one year since the stoppage"
ANNIVERSARY = re.compile(
    r"\bmarks (?:one|a|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+) years? since\b"
)


def anniversary(doc: Doc) -> bool:
    return "since" in doc.norm and ANNIVERSARY.search(doc.norm) is not None


# a sentence passed: 判处, 获刑, 被判, 判刑, 维持原判, "sentenced", "jailed"
SENTENCED = re.compile(r"判处|获刑|被判|判刑|维持原判|\bsentenced\b|\bjailed\b")
# the court as the post's subject, not a crowd at its gate (法院门口): 法院审结…, "a court in …"
COURT_LEADS = re.compile(r"法院(?![门大外前])|\ba court\b|\bthe court\b")
# the help asked by the writer or a family (求助, 帮帮, "please help"): a plea, whatever it tells
_PLEA = re.compile(r"求助|帮帮|求求|救救|please help|appeal for help")


def sentenced(doc: Doc, forms: list[Hit]) -> bool:
    """A court's sentence is the news: no plea, and no form but a claim told (讨薪)."""
    if not doc.cue_counts().get("court") or SENTENCED.search(doc.norm) is None:
        return False
    if any(h.term not in WEAK_PROTEST for h in forms) and COURT_LEADS.search(doc.norm[:40]) is None:
        return False  # (an action told besides, unless the court leads the post: its case's story)
    return _PLEA.search(doc.norm) is None


def only_tallied(doc: Doc, forms: list[Hit]) -> bool:
    """Actions counted by the dozen (全国快递员讨薪罢工已达134起, 共收集719起事件), each form told
    in a sentence of counts (…起), none dated: a tally, not an action."""
    if "起" not in doc.norm or not tallied(doc.norm) or dated_action(doc, forms):
        return False
    return all("起" in doc.norm[slice(*sentence_bounds(doc.norm, h.start))] for h in forms)


def no_news(doc: Doc, forms: list[Hit], casualty: bool) -> bool:
    """Any of the readings above: an old case tried, buyers of flats, sellers, a study, a home,
    an anniversary."""
    if old_case(doc) or at_home(doc) or anniversary(doc):
        return True
    if casualty:
        return False
    return (home_bought(doc) or sellers_acted(doc, forms) or scholarly(doc, forms) or sentenced(doc, forms)
            or paid_by_office(doc, forms) or only_tallied(doc, forms))

"""Which posts describe the same real event.

A post is summarised (:func:`summarise`, :mod:`~labourmap.engine.summary`) as kind,
province/city/county, date, employer and key terms; two summaries are compared by
:func:`score`:

* a different province, city or county never merge unless two marks agree (a named site, and
  the employer named in full or the figure: :func:`~labourmap.engine.marks.two_marks`; a plea
  names the workers' home, 我们是四川的农民工); dates more than a week apart never merge, nor a
  post with no day written a season before the other's day or a year after it
  (:func:`written_near`: a post tells of what is past, and not of long ago unless it looks
  back, below); nor a
  different kind (a protest told by another as an accident) unless the employer or the
  figures agree, and then −:data:`KIND_APART`; a plea for help and a protest
  (:data:`NEAR_KINDS`) merge without them too, and with them, at −:data:`KIND_NEAR`;
* a post that tells its event apart from another it names ("another factory", "not the same
  thing": :mod:`~labourmap.engine.told_apart`) and names no employer merges only on the
  employer, the figures or a workplace, never on the place and the days;
* a post that looks back from an anniversary ("five years ago today":
  :mod:`~labourmap.engine.looking_back`) lets its day written stand in for none, and its
  "today" is the day that many years back (``looking_back.event_day``);
* the same day (±3 days) +3, the same city +2, the same county +1, the same employer +4 (for a
  brand of many sites, 富士康, in one city, or told of an action in many places, 多地司机:
  ``marks.tells_wide``; a firm named short where one post names no city, 美律, +:data:`UNPLACED`,
  not a platform's or a chain's: ``marks.spread_firm``; nothing for a post of another site of
  the firm, 那边也是中建九局的工地: ``told_apart.tells_sibling``; in one city, one trade name, 兆丰厂 and
  兆丰电子: :mod:`~labourmap.engine.firm_core`; a different employer written in the
  same script −4, unless it is a site both name, or one is named only by the posts' places
  and a trade the other's name holds (晋江陈埭鞋材厂 and 鸿运鞋材:
  :mod:`~labourmap.engine.generic_firms`); a role, 母公司, is no name; a bureau in full,
  中建第九工程局, is 中建九局, and an English name less its trade, Meinaike Electronics, is held
  in 美乃可电子 romanised: :mod:`~labourmap.engine.firm_forms`, or begins with the romanised
  firm of a short name after its town, Jiapan of 福永佳盼; a mine's firm named after it, 巨源煤业
  of 巨源煤矿, is that site), a Latin name a Chinese post keeps found in the other, Artigas, as
  the employer (``marks.latin_names``), shared key terms (townships, sites, schools) +1 each
  (a worker named in full in both, 员工李洪元, +4 as the employer: ``person_names``),
  shared grievances or forms +1 (each post naming a form and a demand, none shared, −1:
  :func:`other_grievance`), the same toll or sum +3 (a sum rounded too, 4.7亿 of
  4.7961亿: ``marks.same_figure``);
* pleas for help naming one firm in full merge a season apart, not a week; a plea and a
  collective action dated more than three days apart never merge (the pleaders acted later:
  :mod:`~labourmap.engine.plea_days`); a township both name in one province counts as the
  city one post leaves out (:mod:`~labourmap.engine.township_city`), and so does the other's
  county named bare by a post with no city, 宝山那家 (:mod:`~labourmap.engine.district_deixis`);
  a Chinese firm's trade name romanised among an English post's words is a Latin name both keep
  (:mod:`~labourmap.engine.romanised_firms`); a post with no employer and no city whose text
  names the other's firm (中元汇吉那边) +4 as the employer (:mod:`~labourmap.engine.named_in_text`);
* near-duplicate texts (the exact Jaccard similarity of character 3-grams at least
  :data:`NEAR_DUPLICATE`; a repost's too by the post it passes on: reposts) +5.

A pair merges at :data:`THRESHOLD` when one of day, employer, key term or near-duplicate text
agrees. :func:`match_incident` attaches one summary to the best of a list of stored incidents
(``labourmap ingest`` summarises them from their posts);
:func:`cluster` groups a batch of posts: two posts share a group when a chain of pairs that
merge joins them (:mod:`labourmap.engine.grouping` finds those pairs without comparing every
pair).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from labourmap.engine.county_week import written_days
from labourmap.engine.district_deixis import county_named, plain_terms
from labourmap.engine.firm_abbrev import abbreviates
from labourmap.engine.firm_core import same_core
from labourmap.engine.firm_forms import english_core
from labourmap.engine.firm_trades_en import trade_core
from labourmap.engine.generic_firms import local_names, place_and_trade
from labourmap.engine.known_firms import cluster_aliases
from labourmap.engine.marks import latin_agree, same_figure, spread_firm, two_marks
from labourmap.engine.model import Extraction, Post
from labourmap.engine.named_in_text import named_in
from labourmap.engine.person_names import named_person
from labourmap.engine.place_heads import trade_head, trade_tail
from labourmap.engine.plea_days import acted_later, plight_days
from labourmap.engine.romanised_firms import firm_word
from labourmap.engine.spoken_towns import town_named
from labourmap.engine.summary import Day, IncidentSummary, _pinyin
from labourmap.engine.summary import _site_terms as _site_terms
from labourmap.engine.summary import compact_text as compact_text
from labourmap.engine.summary import employer_key as employer_key
from labourmap.engine.summary import profile_of as profile_of
from labourmap.engine.summary import quoted_shingles as quoted_shingles
from labourmap.engine.summary import shingles_of as shingles_of
from labourmap.engine.summary import summarise as summarise
from labourmap.engine.township_city import township_for_city
from labourmap.engine.week_window import window

THRESHOLD = 5.0
KIND_APART = 3.5  # two kinds (a protest told as an accident): one event only by its employer
# or its figures, and by more than they give
# a plea for help and a protest are told of one event (a worker's post, a reporter's): without
# the employer or the figures, on the place and the days as one kind, and by a point more
NEAR_KINDS = frozenset({"call_for_help", "collective_action"})
KIND_NEAR = 1.0
# one firm named short (美律, 武钢) where a post names no city: not a mark alone (a brand of many
# sites is not counted: ``marks.spread_firm``), but with the days it tells the event
UNPLACED = 2.0
NEAR_DUPLICATE = 0.6
NEAR_WRITTEN = 3  # days from a dated post to an undated one written near it (a follow-up, "近日")
FRESH = 7  # a post written within a week of its day is news: its day written counts too
# an undated post tells of what happened before it was written, not long before: it meets a
# day at most EARLY days after it was written (a dispute runs for months, and a later stage of
# it has a later day) and at most LATE days before; two undated posts written more than LATE
# days apart tell two stories
EARLY = 92
LATE = 366
MIN_TAIL = 5  # letters of a romanised trade name an English name begins with (jiapan, not yadi)
WORKPLACES = frozenset({"中学", "小学", "大学", "项目", "医院", "煤矿", "电厂"})


def __getattr__(name: str) -> object:
    """``ALIASES`` (a well-known firm's other names, compacted -> its canonical name), read
    from ``data/employers.json`` when first asked for."""
    if name == "ALIASES":
        return cluster_aliases()
    raise AttributeError(name)


@dataclass(frozen=True)
class Match:
    key: str
    score: float


def _common_run(a: str, b: str) -> int:
    """The length of the longest common substring."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


@lru_cache(maxsize=65536)
def same_employer(a: str, b: str) -> bool:
    """One name holds the other, or they share a run of four characters (宏达五金 in
    东莞长安镇宏达五金制品 and 宏达五金制品厂); across scripts, the romanised Chinese name
    holds the English one, or the English one holds the romanised first two characters after
    the firm's province or city, wherever they stand (瑞海公司 and Ruihai Logistics; 林利煤炭 and
    Ningxia Linli Coal; 东莞华新电子 and Dongguan Huaxin, not 新疆凌云设计 and Xinjiang
    Construction: :mod:`~labourmap.engine.place_heads`), or the English one begins with the
    romanised last two characters of a short name that puts a town before the firm (福永佳盼 and
    Jiapan Oil Seal: ``place_heads.trade_tail``); a numbered firm's short name (中化十一建 of
    中国化学工程第十一建设: :mod:`~labourmap.engine.firm_abbrev`)."""
    if a in b or b in a:
        return True
    if a.isascii() != b.isascii():
        en, zh = (a, b) if a.isascii() else (b, a)
        zh = re.sub(r"[^\u4e00-\u9fff]", "", zh)
        if len(zh) < 2:
            return False
        py = _pinyin(zh)
        head = _pinyin(trade_head(zh))  # not its place: 新疆凌云 is lingyun (place_heads)
        if len(en) >= 4 and (en in py or (len(head) >= 4 and head in en)):
            return True
        tail = trade_tail(zh)  # 福永佳盼 and "Jiapan Oil Seal": a town, then the firm
        if tail is not None and len(_pinyin(tail)) >= MIN_TAIL and en.startswith(_pinyin(tail)):
            return True
        core = english_core(en)  # "Meinaike Electronics": 美乃可电子 (firm_forms)
        if core is not None and core in py:
            return True
        core = trade_core(en)  # "Longyun Coal Mine": 龙郓煤业 (firm_trades_en)
        return core is not None and core in py
    return not a.isascii() and not b.isascii() and (
        _common_run(a, b) >= 4 or abbreviates(a, b))  # 中化十一建: firm_abbrev


def _site_named(a: str, b: str, terms: frozenset[str]) -> bool:
    """One employer is a site both posts name (肖家湾煤矿 and the firm that runs it), or a
    mine's firm named after it (:func:`_runs`)."""
    return any(t in a or t in b or _runs(a, t) or _runs(b, t) for t in terms
               if not t.startswith("py:"))


def _runs(firm: str | None, site: str) -> bool:
    """A firm named after the mine it runs: the mine's name, 巨源 of 巨源煤矿, before a trade
    word in the firm's (巨源煤业, 义马煤业集团巨源煤业公司); see ``firm_core.same_core``."""
    return firm is not None and site[-2:] == "煤矿" and len(site) >= 4 and same_core(site, firm)


def other_grievance(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both posts (whose codes share none) name a form and a demand: two actions over two
    grievances (a crane sit-in over wages owed, a protest over severance) are two events of
    one city and week."""
    return all(any(c[0] == k for c in codes) for codes in (a, b) for k in "fd")


def _place_and_trade(a: IncidentSummary, b: IncidentSummary) -> bool:
    """One employer is named only by the posts' places and a trade the other's name holds (晋江
    陈埭鞋材厂 and 鸿运鞋材: :mod:`~labourmap.engine.generic_firms`): no other firm."""
    x, y = a.employer, b.employer
    if x is None or y is None or x.isascii() or y.isascii():
        return False
    codes = tuple(sorted({c for s in (a, b) for c in (s.province, s.city, s.county) if c}))
    names = local_names(codes, a.terms | b.terms)
    return place_and_trade(x, y, names) or place_and_trade(y, x, names)


def _workplace_named(a: str | None, b: str | None, terms: frozenset[str]) -> bool:
    """The employer of one is a workplace both posts name (a mine, a plant, a school, a
    hospital, a project: 下海子煤矿 as one post's employer, named by the other beside the
    firm that runs it, or with no employer; a mine's firm named after it): one employer, as
    good as the same name."""
    return any(t[-2:] in WORKPLACES and ((a is not None and t in a) or (b is not None and t in b)
                                         or _runs(a, t) or _runs(b, t))
               for t in terms)


def _same_script(a: str, b: str) -> bool:
    return a.isascii() == b.isascii()


def near_duplicate(a: IncidentSummary, b: IncidentSummary) -> bool:
    """The exact check: Jaccard similarity of character 3-grams, of the texts or of the post
    one passes on (a repost) and the other's text or the post it passes on."""
    return any(alike(x, y) for x in (a.shingles, a.quoted) for y in (b.shingles, b.quoted))


def alike(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two sets of 3-grams at least :data:`NEAR_DUPLICATE` alike (Jaccard); empty ones never."""
    if not x or not y:
        return False
    return len(x & y) / len(x | y) >= NEAR_DUPLICATE


def static_parts(a: IncidentSummary, b: IncidentSummary) -> tuple[float, bool] | None:
    """:func:`score_parts` without the days: (total, whether employer, key term or figures
    agree), or None when kind, province, city or county differ (a place differs, unless two
    marks agree: :func:`~labourmap.engine.marks.two_marks`)."""
    city, county = a.city, a.county
    apart = bool((a.province and b.province and a.province != b.province)
                 or (city and b.city and city != b.city)
                 or (county and b.county and county != b.county))
    named = bool(a.employer and b.employer and min(len(a.employer), len(b.employer)) > 3
                 and same_employer(a.employer, b.employer))
    if apart and not two_marks(a, b, named):
        return None
    total = 0.0
    gate = ident = False
    both = a.terms & b.terms
    if (city and city == b.city) or township_for_city(a, b, both) or county_named(
            a, b, both):  # 大湖镇 in both, one city unknown; 宝山那家 (district_deixis)
        total += 2  # city unknown: the township tells it (township_city)
    if county and county == b.county:
        total += 1
    both = plain_terms(both) | town_named(a, b)  # a county mark is no key term; 泗港那边 is 泗港镇
    latin = latin_agree(a.latin, b.latin) or firm_word(a, b)  # Artigas in two posts, or
    # Yucheng of 黄江裕成鞋厂 (romanised_firms): one firm, whatever else
    if a.employer and b.employer:
        same = same_employer(a.employer, b.employer)
        if (a.sibling or b.sibling) and (same or same_core(a.employer, b.employer)):
            pass  # 那边也是中建九局的工地: another site of the firm the other names
        elif same:
            # a brand with many sites (本田, 富士康) tells one event only in one city, or told
            # of an action in many places (多地司机)
            if named or (city and city == b.city) or a.wide or b.wide:
                total += 4
                gate = ident = True
            elif not (city and b.city) and not spread_firm(a.employer, b.employer):
                total += UNPLACED  # 美律 in a post with no city: one firm, by its days too
        elif city and city == b.city and same_core(a.employer, b.employer):
            total += 4  # 兆丰电子 and 兆丰厂: one trade name, in one city (firm_core)
            gate = ident = True
        elif _same_script(a.employer, b.employer) and not latin and (
                a.apart or b.apart or not _site_named(a.employer, b.employer, both)) and (
                a.apart or b.apart or not _place_and_trade(a, b)):
            total -= 4  # (不是上周的恒锦，是恒丰化纤: a post that tells its event apart and
            # names its own employer is not excused by a place both name)
    if latin and not ident:
        total += 4
        gate = ident = True
    if not ident and named_in(a, b):  # 中元汇吉那边 of a post naming none (named_in_text)
        total += 4
        gate = ident = True
    if not ident and both and (a.employer or b.employer) and _workplace_named(
            a.employer, b.employer, both):
        total += 4
        gate = ident = True
    if not ident and named_person(both):  # 员工李洪元 in both: one worker's plight
        total += 4
        gate = ident = True
    if both:  # a site and its romanised form count once
        romanised = sum(1 for t in both if t.startswith("py:"))
        total += min(2, max(romanised, len(both) - romanised))
        gate = True
    if a.codes & b.codes:
        total += 1
    elif other_grievance(a.codes, b.codes):
        total -= 1  # each names its action and grievance, and they differ
    if a.figures and b.figures and same_figure(a.figures, b.figures):  # 37 dead, 1.7 million
        total += 3  # owed: told alike in every script, a sum rounded or not
        gate = ident = True
    if a.kind and b.kind and a.kind != b.kind:
        if {a.kind, b.kind} == NEAR_KINDS:  # a plea and a protest: one more point needed
            total -= KIND_NEAR
        elif ident:
            total -= KIND_APART
        else:  # the same place and days are not enough
            return None
    if not ident and ((a.apart and not a.employer) or (b.apart and not b.employer)):
        return None  # "another factory" and no name: its place, days and grievance are the
        # other event's too
    return total, gate


def days_agree(a: IncidentSummary, b: IncidentSummary) -> bool | None:
    """Whether the days agree (+3): within 3 days, or — a day missing — written within
    :data:`NEAR_WRITTEN` days of the other's day (a follow-up written days on) or, when that is
    fresh news, of the day it was written, or within the week it names (本周, last week: see
    :mod:`~labourmap.engine.week_window`), in the same
    city; None when both days are known and more than a week apart, or when a post with no
    day was written too early or too late to tell of the other's (:func:`written_near`)."""
    if a.date and b.date:
        gap = abs((a.date - b.date).days)
        if gap > 7:
            return None
        return gap <= 3
    # a day missing: the days the posts were written stand in, more weakly; for fresh news
    # (written within FRESH days of its day) its day written too (a follow-up written days on)
    dated, other = (a, b) if a.date else (b, a)
    if not written_near(dated.date or dated.posted, other.posted, dated=dated.date is not None):
        return None  # written before the other's event, or long after
    if not (a.city and a.city == b.city):
        return False
    da, db = a.date or a.posted, b.date or b.posted
    near = NEAR_WRITTEN if a.date or b.date else written_days(a.county, b.county, NEAR_WRITTEN)
    if da and db and abs((da - db).days) <= near:  # two undated posts of one county: county_week
        return True
    if dated.date and other.posted and other.week:  # "this week": Monday to the day written
        span = window(other.posted.toordinal(), other.week)
        if span and span[0] <= dated.date.toordinal() <= span[1]:
            return True
    return bool(dated.date and dated.posted and other.posted
                and 0 <= (dated.posted - dated.date).days <= FRESH
                and abs((dated.posted - other.posted).days) <= NEAR_WRITTEN)


def written_near(day: Day | None, written: Day | None, *, dated: bool) -> bool:
    """Whether an undated post written on ``written`` can tell of an event on ``day`` (the
    other's day, ``dated``, or the day the other was written): from :data:`EARLY` days after
    it was written to :data:`LATE` days before (either way for two undated posts); an
    unknown day bounds nothing."""
    if day is None or written is None:
        return True
    gap = (written - day).days
    return -EARLY <= gap <= LATE if dated else abs(gap) <= LATE


def score_parts(a: IncidentSummary, b: IncidentSummary) -> tuple[float, bool] | None:
    """:func:`score` without the text comparison, before the gate caps it: (total, whether
    day, employer, key term or figures agree), or None when the two can never merge."""
    static = static_parts(a, b)
    if static is None:
        return None
    total, gate = static
    day = days_agree(a, b)
    if day is None:  # days apart: one plight's pleas only, a season at most (plea_days)
        if not (gate and total >= THRESHOLD and plight_days(a, b)):
            return None
        day = False
    elif acted_later(a, b):  # a plea, then the pleaders act: two events (plea_days)
        return None
    return (total + 3, True) if day else (total, gate)


def score(a: IncidentSummary, b: IncidentSummary, *, check_text: bool = True) -> float:
    """How strongly two summaries look like one event; negative infinity when they cannot be.
    ``check_text=False`` skips the text comparison."""
    parts = score_parts(a, b)
    if parts is None:
        return float("-inf")
    total, gate = parts
    if check_text and near_duplicate(a, b):
        total += 5
        gate = True
    return total if gate else min(total, THRESHOLD - 0.5)


def match_incident(summary: IncidentSummary, candidates: Sequence[IncidentSummary]) -> Match | None:
    """The stored incident this post belongs to, or None (the ingest layer supplies candidates
    — e.g. the same province within a few weeks — as summaries with ``key`` = incident id)."""
    best: Match | None = None
    for cand in candidates:
        s = score(summary, cand)
        if s >= THRESHOLD and (best is None or s > best.score):
            best = Match(cand.key, s)
    return best


def cluster(items: Sequence[tuple[Post, Extraction]]) -> list[str | None]:
    """A group id per post (None for a post that is not an incident), in input order; posts
    share a group when a chain of pairs that :func:`score` merges joins them, whatever the
    order of the input."""
    from labourmap.engine.grouping import Grouping  # it builds on this module's rule

    grouping = Grouping()
    for post, ex in items:
        grouping.add(post, ex)
    return grouping.groups()

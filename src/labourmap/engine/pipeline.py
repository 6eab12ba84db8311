"""The extraction pipeline: small named steps over a :class:`Doc`, listed in order in STEPS.

Each step says what it requires and what it sets. Every value is set with the spans of the
original text it was read from (the normalised copy has the same offsets). The days a post
names are read when first asked for (:attr:`Doc.dates`): a post judged no incident seldom asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from weakref import WeakKeyDictionary

from labourmap.engine import casualties, classify, counts, employer, event_day, kind_checks, opinion
from labourmap.engine.arrears_told import told_to_press
from labourmap.engine.bare_towns import bare_town
from labourmap.engine.commutes import commute_crash
from labourmap.engine.crashes_and_pits import private_crash, trapped_below
from labourmap.engine.dates import DateMention
from labourmap.engine.deaths_at_work import one_died_at_work
from labourmap.engine.debunked import debunked
from labourmap.engine.doc import CLAUSE_END, Doc
from labourmap.engine.follow_up_posts import followed_up, opens_as_follow_up
from labourmap.engine.follow_ups import earlier_call
from labourmap.engine.gate_waits import waited_at_gate
from labourmap.engine.geo import PlaceIndex, default_index
from labourmap.engine.habitual import only_a_habit
from labourmap.engine.harm_told import kin_unreached, maimed_at_work
from labourmap.engine.hurt_pleas import hurt_at_work_plea
from labourmap.engine.matcher import scan
from labourmap.engine.model import Extraction, Found, Post, Span
from labourmap.engine.numbers import Count, quantities_many
from labourmap.engine.service_names import only_services_named
from labourmap.engine.text import hashtags, normalise
from labourmap.engine.textmodel import TextModel, default_model
from labourmap.engine.toll_revised import revise as revise_toll
from labourmap.engine.victims_elsewhere import victims_not_at_work

Step = Callable[[Doc], None]
# steps that read a batch of posts at once, as the step reads each alone: each of their parts
# over the batch before the next, its code and data warm (see _finish); weakly held, as the
# steps of an index made for a while (a test's) are
BATCHED: WeakKeyDictionary[Step, Callable[[list[Doc]], None]] = WeakKeyDictionary()


def normalise_text(doc: Doc) -> None:
    """Requires text; sets norm (Simplified, half-width, lower case, same length)."""
    doc.norm = normalise(doc.text)
    doc.posted = doc.post.posted_day


def find_terms(doc: Doc) -> None:
    """Requires norm; sets hits (every lexicon term with its span) and tags (#topic#)."""
    doc.hits = scan(doc.norm)
    doc.tags = hashtags(doc.norm)


def find_numbers(doc: Doc) -> None:
    """Requires norm; sets quantities, killed and injured."""
    doc.quantities = counts.quantities(doc.norm)
    doc.killed, doc.injured = revise_toll(doc.norm, doc.quantities, *casualties.casualties(doc.norm, doc.quantities))


def _numbers(docs: list[Doc]) -> None:
    for doc, qs in zip(docs, quantities_many([doc.norm for doc in docs]), strict=True):
        doc.quantities = qs
    told = [casualties.casualties(doc.norm, doc.quantities) for doc in docs]
    for doc, (killed, injured) in zip(docs, told, strict=True):
        doc.killed, doc.injured = revise_toll(doc.norm, doc.quantities, killed, injured)


BATCHED[find_numbers] = _numbers


def find_employer(doc: Doc) -> None:
    """Requires norm, location; sets employer (span) and the employer field. A place named in
    another province than the event's by a county's short name may be part of a firm's name
    (陕西秦安置业: no 秦安县)."""
    _employers([doc])


def _employers(docs: list[Doc]) -> None:
    """:func:`find_employer` over a batch (:func:`employer.find_many`)."""
    found = employer.find_many([(doc.text, doc.norm, _places_here(doc)) for doc in docs])
    for doc, cand in zip(docs, found, strict=True):
        if cand is not None:
            doc.employer = cand.span
            doc.set(
                "employer",
                doc.text[cand.start : cand.end],
                (cand.span,),
                min(0.9, 0.4 + 0.1 * cand.strength),
            )


BATCHED[find_employer] = _employers


def _places_here(doc: Doc) -> list[Span]:
    loc = doc.location
    if loc is None:
        return []
    if loc.province is None or not any(
        e.form == "short" and e.level == "county" for m in loc.mentions for e in m.entries
    ):
        return [m.span for m in loc.mentions]
    prov = str(loc.province.value)[:2]
    out: list[Span] = []
    for m in loc.mentions:
        for e in m.entries:
            if e.form != "short" or e.level != "county" or e.code.startswith(prov):
                out.append(m.span)
                break
    return out


def judge_kind(doc: Doc) -> None:
    """Requires hits, location, killed/injured, employer, opinion; sets kind and is_incident."""
    ruled = classify.decide_kind(doc)
    if ruled is None and not doc.ruled_out and hurt_at_work_plea(doc):
        ruled = "call_for_help"  # 我爸在工地摔伤了，老板不管，求助: a plea over a hurt at work
    elif ruled is None and not doc.ruled_out and one_died_at_work(doc):
        ruled = "workplace_accident"  # 一个老师傅…被模具砸了，没抢救过来: one died, no type named
    elif ruled is None and not doc.ruled_out and trapped_below(doc):
        ruled = "workplace_accident"  # 透水后井下还困着人: men trapped below, none counted yet
    elif ruled is None and not doc.ruled_out and maimed_at_work(doc):
        ruled = "workplace_accident"  # 右手被冲床压了，三根手指没了: one maimed, no toll counted
    elif ruled in (None, "call_for_help") and not doc.ruled_out and kin_unreached(doc):
        ruled = "workplace_accident"  # 我哥在矿上，出事后联系不上: the family asks for news, no help
    elif ruled is None and not doc.ruled_out and told_to_press(doc):
        ruled = "call_for_help"  # 欠薪视频在网上流传, 来到本报反映: unpaid workers' case told to the press
    elif ruled is None and not doc.ruled_out and waited_at_gate(doc):
        ruled = "collective_action"  # 项目部门口，工友们都在等着，欠的钱必须给个说法: a crowd at the gate
    elif ruled in (None, "workplace_accident", "collective_action") and private_crash(doc):
        ruled, doc.ruled_out = None, True  # 私家车与货车相撞: a crash of private cars, no one at work
    elif ruled in (None, "workplace_accident") and commute_crash(doc):
        ruled, doc.ruled_out = None, True  # 事发时正赶往单位上班: a crash on the way to work
    elif ruled in (None, "workplace_accident") and victims_not_at_work(doc):
        ruled, doc.ruled_out = None, True  # 遇难者多为老人, "two tourists were killed": no one at work
    elif ruled == "collective_action" and only_services_named(doc):
        ruled, doc.ruled_out = None, True  # 开通讨薪“绿色通道”, 发放维权手册: an office's service, no act
    elif ruled is not None and debunked(doc):
        ruled, doc.ruled_out = None, True  # 该视频系2021年旧视频，近期未发生爆炸事故: a rumour put down
    elif ruled == "collective_action" and only_a_habit(doc):
        ruled, doc.ruled_out = None, True  # 每到年底，总有农民工爬塔吊讨薪: a custom told, no event
    ruled = ruled or followed_up(doc)  # 更新：警察来了…: a follow-up of an event told before
    doc.kind = opinion.second_kind(doc, ruled)
    doc.out.is_incident = doc.kind is not None
    if doc.kind is not None:
        # the one that starts first (scan gives the hits in order of start: the first found is
        # the one min(key=start) would pick)
        first = next((h for h in doc.hits if h.cat in ("form", "cue", "accident")), None)
        spans: tuple[Span, ...] = ((first.start, first.end),) if first else ()
        confidence = 0.7
        if ruled is None and doc.opinion is not None:  # the model found what the rules missed
            spans = doc.opinion.spans("kind", doc.kind, doc.norm)
            confidence = opinion.CONFIDENCE
        doc.set("kind", doc.kind, spans, confidence)
        doc.out.incident = Found(True, spans, confidence)
    elif doc.out.incident is None and doc.location and doc.location.outside:
        # (when the model set the rules' incident aside, its reason stands)
        doc.out.incident = Found(False, doc.location.outside.spans, 0.8)


def code_fields(doc: Doc) -> None:
    """Requires kind; sets forms, industry, demands, ownership, responses."""
    if doc.kind is None:
        return
    if doc.kind == "collective_action":
        classify.forms(doc)
    classify.industry(doc)
    opinion.second_industry(doc)
    if doc.kind != "workplace_accident":
        classify.demands(doc)
        classify.responses(doc)
    else:
        classify.accident_demands(doc)
    classify.ownership(doc)


def count_people(doc: Doc) -> None:
    """Requires kind, quantities; sets participants, killed, injured, amount_yuan."""
    _count(doc, _participants(doc) if doc.kind in _CROWDS else None)


_CROWDS = ("collective_action", "call_for_help")


def _participants(doc: Doc) -> Count | None:
    return counts.participants(doc.norm, doc.quantities, call=doc.kind == "call_for_help")


def _counts(docs: list[Doc]) -> None:
    """:func:`count_people` over a batch: the crowds counted first."""
    crowds = [_participants(doc) if doc.kind in _CROWDS else None for doc in docs]
    for doc, found in zip(docs, crowds, strict=True):
        _count(doc, found)


def _count(doc: Doc, found: Count | None) -> None:
    """count_people, the participants (of a crowd's kind) counted."""
    if doc.kind in _CROWDS:
        if found is not None:
            doc.set("participants", found.value, ((found.start, found.end),), 0.7)
        elif doc.kind == "call_for_help" and not counts.speaks_for_many(doc.norm):
            doc.set("participants", "1-9", (), 0.4)
        many = found is not None and found.value != "1-9"
        money = counts.amount(doc.norm, doc.quantities, many=many)
        if money is not None:
            doc.set("amount_yuan", money.value, ((money.start, money.end),), 0.7)
    if doc.kind == "workplace_accident":
        if doc.killed:
            doc.set("killed", doc.killed.value, ((doc.killed.start, doc.killed.end),), 0.8)
        elif (one := casualties.single_death(doc.norm)) is not None:
            doc.set("killed", one, (), 0.5)
        elif (none := casualties.no_deaths(doc.norm)) is not None:
            doc.set("killed", 0, ((none.start, none.end),), 0.6)
        if doc.injured:
            doc.set("injured", doc.injured.value, ((doc.injured.start, doc.injured.end),), 0.8)
        elif "killed" not in doc.out.fields and (hurt := casualties.single_injury(doc.norm)):
            doc.set("injured", hurt.value, ((hurt.start, hurt.end),), 0.5)
        classify.accident_type(doc)


BATCHED[count_people] = _counts


def place_fields(doc: Doc) -> None:
    """Requires location, kind; sets province, city, county, place."""
    loc = doc.location
    if doc.kind is None or loc is None:
        return
    for name in ("province", "city", "county", "place"):
        found = getattr(loc, name)
        if found is not None:
            doc.out.fields[name] = found


def pick_date(doc: Doc) -> None:
    """Requires dates, kind. 0. for a call for help in the first person, the day named for the
    call (昨天发帖) or else the day of the post; 1. a day marked as the start (began on, 起);
    2. the first day named that is not the day of a statement (12日通报, "said on Monday");
    3. the first day named; 4. a part of the day just past (下午围墙塌了): the day of the post."""
    if doc.kind is None:
        return
    own_call = (
        doc.kind == "call_for_help"
        and doc.posted is not None
        and kind_checks.own_words(doc)
    )
    if own_call and doc.posted and doc.dates:  # 上个月23号受伤: the call itself is the event
        call = next(
            (
                x
                for x in doc.dates
                if _posting_day(doc, x)
                or event_day.opens_call(doc, x)
                or event_day.posted_on(doc, x)
            ),
            None,
        )
        if call is None and earlier_call(doc.norm):
            return  # 上周发帖以后: a follow-up of a call posted before (follow_ups)
        if call is None:
            doc.set("date", doc.posted.isoformat(), (), 0.5)
        else:
            doc.set("date", call.day.isoformat(), ((call.start, call.end),), 0.7)
        return
    third = doc.kind == "call_for_help" and not own_call
    dates = [
        x
        for x in doc.dates
        if not event_day.dropped(doc, x, third_person_call=third)
        and not (doc.kind == "workplace_accident" and event_day.died_later(doc, x))
    ]
    weak = {x for x in dates if event_day.weak(doc, x)}
    starts = [d for d in dates if d.start_marker and d not in weak]
    if starts:
        d = min(starts, key=lambda x: x.day)
        doc.set("date", d.day.isoformat(), ((d.start, d.end),), 0.8)
    elif dates:
        d = next((x for x in dates if not x.report and x not in weak), dates[0])
        if doc.kind == "workplace_accident" and len(dates) > 1:
            near = _near_accident(doc, [x for x in dates if x not in weak])
            if near is not None:
                d = near
        elif doc.kind == "collective_action" and len(dates) > 1:
            d = event_day.acted_on(doc, d, [x for x in dates if x not in weak])
        doc.set("date", d.day.isoformat(), ((d.start, d.end),), 0.7)
    elif own_call and doc.posted and not earlier_call(doc.norm):  # (follow_ups)
        doc.set("date", doc.posted.isoformat(), (), 0.4)
    elif doc.posted and (part := event_day.part_of_day(doc)) is not None and not opens_as_follow_up(doc.norm):
        doc.set("date", doc.posted.isoformat(), (part,), 0.5)  # 工地下午围墙塌了


def _pick_dates(docs: list[Doc]) -> None:
    """:func:`pick_date` over a batch: the days of each post it reads (every one of a kind),
    then the picking."""
    for doc in docs:
        if doc.kind is not None:
            doc.dates = doc.dates  # (read now, and kept)
    for doc in docs:
        pick_date(doc)


BATCHED[pick_date] = _pick_dates


_POSTING = re.compile(r"[^，。；！？,.;!?]{0,12}?(?:发帖|发视频|发布|发文|发了|求助|投诉|写信|拍视频|"
                      r"posted|wrote|filed|complained)")


def _posting_day(doc: Doc, d: DateMention) -> bool:
    """A day named for the call itself (昨天发视频求助), not for what it tells of."""
    return _POSTING.match(doc.norm, d.end) is not None


# 22日零时40分发生, 3日凌晨发生: a day, its hour, and 发生 (happened) in its clause
_HAPPENED = re.compile(r"[^，,。；;！!？?、]{0,10}?(?:发生|出事|事发)")


def _near_accident(doc: Doc, dates: list[DateMention]) -> DateMention | None:
    """The day named right beside an accident word ("the blast on 10 January", 3日11时许发生爆炸)."""
    words = [h for h in doc.hits if h.cat == "accident"]
    best: tuple[int, DateMention] | None = None
    for d in dates:
        if d.report:
            continue
        if _HAPPENED.match(doc.norm, d.end) is not None or event_day.happened_on(doc, d):
            if best is None or best[0] >= 0:  # 事故在22日零时40分发生: the day it happened
                best = (-1, d)
            continue
        for h in words:
            gap = h.start - d.end if h.start >= d.end else d.start - h.end
            between = doc.norm[min(d.end, h.end) : max(d.start, h.start)]
            if any(c in CLAUSE_END for c in between):
                continue  # 12日发生爆炸，当局今日通报: the day is in another clause
            if 0 <= gap <= 12 and (best is None or gap < best[0]):
                best = (gap, d)
    return best[1] if best else None


def locate(index: PlaceIndex) -> Step:
    def find_places(doc: Doc) -> None:
        """Requires norm; sets location (places named, resolved by the gazetteer)."""
        doc.location = index.resolve(doc.norm, doc.text)
        bare_town(index, doc.norm, doc.text, doc.location)  # 在塘厦打工: a township's bare stem

    def places_many(docs: list[Doc]) -> None:
        found = [index.scan(doc.norm) for doc in docs]
        named = [index.mentions(doc.norm, f) for doc, f in zip(docs, found, strict=True)]
        locs = [index.resolve(d.norm, d.text, m) for d, m in zip(docs, named, strict=True)]
        for doc, loc in zip(docs, locs, strict=True):
            doc.location = loc
        for doc, loc in zip(docs, locs, strict=True):
            bare_town(index, doc.norm, doc.text, loc)

    BATCHED[find_places] = places_many
    return find_places


def steps(index: PlaceIndex) -> list[Step]:
    """The pipeline, in order."""
    return [
        normalise_text,
        find_terms,
        find_numbers,
        locate(index),
        find_employer,
        judge_kind,
        code_fields,
        count_people,
        place_fields,
        pick_date,
    ]


@lru_cache(maxsize=8)
def _steps(index: PlaceIndex) -> tuple[Step, ...]:
    """The pipeline for an index, made once."""
    return tuple(steps(index))


BATCH = 256  # posts the text model weighs at once


def extract_many(
    posts: Iterable[Post],
    *,
    places: PlaceIndex | None = None,
    model: TextModel | None = None,
    rules_only: bool = False,
) -> Iterator[Extraction]:
    """Read posts in order: each as :func:`extract` reads it alone. The text model (the one that
    ships, unless another is given; none with ``rules_only``) weighs them a batch at a time."""
    run = _steps(places or default_index())
    textmodel = None if rules_only else model if model is not None else default_model()
    batch: list[Doc] = []
    for post in posts:
        batch.append(Doc(post=post, text=post.text, out=Extraction(id=post.id)))
        if len(batch) == BATCH:
            yield from _finish(batch, run, textmodel)
            batch = []
    if batch:
        yield from _finish(batch, run, textmodel)


def _finish(docs: list[Doc], run: tuple[Step, ...], model: TextModel | None) -> Iterator[Extraction]:
    """Each step over the whole batch before the next: a step's code and data (its automaton,
    its patterns) stay warm in the processor from one post to the next, which takes a fifth
    less time than taking each post through every step in turn (the same instructions run).
    A step reads and sets only its own post, so the extractions are the same."""
    assert run[0] is normalise_text
    for doc in docs:
        normalise_text(doc)
    if model is not None:
        for doc, said in zip(docs, model.judge([d.norm for d in docs]), strict=True):
            doc.opinion = said
    for step in run[1:]:
        if (many := BATCHED.get(step)) is not None:
            many(docs)
            continue
        for doc in docs:
            step(doc)
    for doc in docs:
        yield doc.out


def extract(
    post: Post,
    *,
    places: PlaceIndex | None = None,
    model: TextModel | None = None,
    rules_only: bool = False,
) -> Extraction:
    """Read one post: is it an incident, and every field the text supports, with evidence."""
    return next(extract_many((post,), places=places, model=model, rules_only=rules_only))

"""The fast forms of the field-coding step find exactly what their plain forms find.

One Aho-Corasick pass for the words that open the told demands, a sentence's bounds found by
rfind, patterns tried only where one of their first words begins (str.find), a look-back cut
to the longest match, and a clause's start found no further back than asked: each is checked
against the plain form on sample texts made of the words the patterns look for, with the edge
cases (a word at the very start or end, near words that must not match).
"""

from __future__ import annotations

import random
import re

from labourmap.engine import codes_demands, response_reads
from labourmap.engine import codes_demands as cd
from labourmap.engine import codes_responses as cr
from labourmap.engine.demand_phrases import WITHHELD, WITHHELD_WORDS
from labourmap.engine.doc import CLAUSE_END
from labourmap.engine.matcher import Hit
from labourmap.engine.text import finditer_at, sentence_bounds


def samples(words: str, n: int, seed: int) -> list[str]:
    """``n`` texts of 1 to 12 of ``words`` (split on |), each followed by a separator."""
    pool = words.split("|")
    rng = random.Random(seed)
    seps = ["", "", " ", "  ", "，", ",", ".", ". ", "。", "\n", "！", "?", "、"]
    return ["".join(rng.choice(pool) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_words_held_as_each_word_looked_for() -> None:
    """The mask of one pass: a pattern's bit where the text holds one of its words (at the
    very start or end too), the flags where it holds a word of WITHHELD_WORDS or LOW_WORDS."""
    told = [w for _, _, cheap in codes_demands._TOLD_ALL for w in cheap]
    words = "|".join([*told, *WITHHELD_WORDS, *cd.LOW_WORDS, "x", "工资", "the", "pai", "unpai"])
    for s in samples(words, 3000, 1):
        held = codes_demands.words_held(s)
        for i, (_, _, cheap) in enumerate(codes_demands._TOLD_ALL):
            assert bool(held >> i & 1) == any(w in s for w in cheap), (s, cheap)
        assert bool(held & codes_demands._WITHHELD_FLAG) == any(w in s for w in WITHHELD_WORDS), s
        assert bool(held & cd._LOW_FLAG) == any(w in s for w in cd.LOW_WORDS), s
    assert codes_demands.words_held("") == 0
    assert codes_demands.words_held("工资没发") & codes_demands._WITHHELD_FLAG  # at the end
    assert not codes_demands.words_held("pai d") & codes_demands._WITHHELD_FLAG  # no "paid"


def test_sentence_at_as_sentence_bounds() -> None:
    words = "the|workers|said|.|. |x|工人|停工|。|！|?|!|\n|；|a.b|end.|，"
    for s in samples(words, 3000, 2):
        for pos in range(len(s) + 1):
            assert response_reads.sentence_at(s, pos) == sentence_bounds(s, pos), (s, pos)
    assert response_reads.sentence_at("", 0) == sentence_bounds("", 0)
    assert response_reads.sentence_at("a. b", 2) == sentence_bounds("a. b", 2)  # the space at pos


def test_clause_start_within_reach() -> None:
    words = "工人|在|政府门口|警察|，|。|、|x|the police|\n"
    for s in samples(words, 2000, 3):
        for pos in range(len(s) + 1):
            start = pos
            while start > 0 and s[start - 1] not in CLAUSE_END:
                start -= 1
            for reach in (0, 1, 16):
                fast = response_reads.clause_start(s, pos, reach)
                assert fast == max(start, pos - reach), (s, pos)


def test_clause_at_as_doc_clause() -> None:
    words = "工人|在|政府门口|，|,|。|、|；|!|？|\n|x|the police|. "
    for s in samples(words, 2000, 8):
        for pos in range(len(s) + 1):
            start, end = pos, pos
            while start > 0 and s[start - 1] not in CLAUSE_END:
                start -= 1
            while end < len(s) and s[end] not in CLAUSE_END:
                end += 1
            assert response_reads.clause_at(s, pos) == (start, end), (s, pos)


def test_withheld_tried_at_its_words() -> None:
    words = ("工资|工钱|绩效|奖金|没发|未发|拖了|拖欠|未领到|一分|没有|the|workers|unpaid|withheld|"
             "owed|bonus|bonuses|performance pay|allowance|subsidies|never paid|not paid|x|pay")
    for s in samples(words, 3000, 4):
        fast = response_reads.finditer_at_words(WITHHELD, cd._WITHHELD_HEADS, s)
        assert spans(fast) == spans(WITHHELD.finditer(s)), s
    assert all(re.fullmatch(r"[\w ]+", w) for w in codes_demands._WITHHELD_HEADS)  # plain words


def test_office_and_union_acts_as_their_plain_search() -> None:
    words = ("officials|government|authorities|bureau|mayor|inspectors|street office|labour office|"
             "mediated by|mediation by|the union|unions|union|led by|talks|negotiations|with|the|"
             "intervened|stepped in|said they would|met|政府|人社局|劳动监察|工会|介入|协调|"
             "出面|来人|工会主席|带领|委托工会|叫上|到场|工作人员|的人|来了|。|x|nonofficials|"
             "investigated")
    for s in samples(words, 3000, 5):
        fast = spans(cr.gov_actions(s))
        assert fast == spans(cr.GOV_ACTION.finditer(s)), s
        assert fast == spans(finditer_at(cr.GOV_ACTION, cr._GOV_HEADS, s)), s
        assert spans(cr._union_actions(s)) == spans(cr.UNION_ACTION.finditer(s)), s


def test_police_sent_looked_for_only_so_far_back() -> None:
    """A case sent to the police is found in the clause before its word, however far back."""
    words = ("已|向|移交|交给|跑了|项目部|劳动监察大队|和|passed|referred|handed on|"
             "forwarded on|to|the|local|sent|x|，|,|。|\n| ")
    for s in samples(words, 3000, 6):
        for pos in range(len(s) + 1):
            start = max(s.rfind(c, 0, pos) for c in "，,。；;！？") + 1
            plain = cr.POLICE_SENT.search(s, start, pos) is not None
            fast = cr.POLICE_SENT.search(
                s, max(0, pos - cr.POLICE_SENT_REACH), pos) is not None
            assert plain == fast, (s, pos)


def test_disjoint_hits_hold_none_inside_another() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        hits = sorted(
            (Hit(s, s + rng.randint(1, 4), "industry", "x", "t") for s in
             (rng.randint(0, 12) for _ in range(rng.randint(0, 5)))),
            key=lambda h: (h.start, -h.end),
        )
        if codes_demands.disjoint(hits):
            assert not any(o is not h and o.start <= h.start and h.end <= o.end
                           for o in hits for h in hits)

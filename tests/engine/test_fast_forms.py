"""The second round of patterns written for speed find exactly what their plain forms find.

A look-behind moved after the character it follows, a class of characters first, a pattern
tried only where one of its heads begins (``finditer_at``), and a quick test of the text
before a search: each is checked against the plain form, on sample texts made of the words
the patterns look for.
"""

from __future__ import annotations

import random
import re

import pytest

from labourmap.engine import (
    codes_demands,
    codes_fields,
    codes_responses,
    counts,
    date_context,
    dates,
    demand_phrases,
    employer_en,
    employer_quoted,
    employer_trade,
    event_day,
    form_phrases,
    offices,
    placenames,
)
from labourmap.engine.text import finditer_at


def samples(words: str, n: int, seed: int) -> list[str]:
    """``n`` texts of 1 to 12 of ``words`` (split on |), each followed by a separator."""
    pool = words.split("|")
    rng = random.Random(seed)
    seps = ["", "", " ", "  ", "，", ",", ".", ". ", "\n", "\t"]
    return ["".join(rng.choice(pool) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


WORDS = (
    "Co|Ltd|Inc|Corp|St|A|b|Acme|Foo Co|. |.|。|！|？|!|?|\n|on|On|mon|tue|thurs|sat|sun|monday|"
    "last|last friday|on wed|the|的|工人|骑手|全|停|罢工|不干|集体|都|厂里|traffic|xtraffic|was|"
    "blocked|jammed|交通|堵塞|车|车辆|过不去|无法通行|工资|绩效|奖金|没发|未发|拖了|拖欠|未领到|发放问题|"
    "unpaid|withheld|owed|bonus|bonuses|performance pay|allowance|subsidies|never paid|not paid|"
    "堵|堵住了|道路|马路|路口|大桥|给|被|走上|上了|大道|挖掘机|开到|入口|坐在|门口|不走|在|都在|坐着|"
    "守在|一百多人|十来个|把|路|给堵了|围住了|大门|聚了|五六十个|站在|马路上|等|讨|政府|人社局|工作人员|"
    "到场|部门|派人|接待|的人|来了|officials|government|bureau|mediated by|labour office|"
    "outside|to|at|in front of|city hall|labour bureau|8|12|3rd|x|ended|xended|end|came to an end|"
    "resumed|resume|reopened|returned to work|was called off|were called off|won|wins|"
    "reached a deal|reached an agreement|settled|struck a deal|the latest in|in the wake of|"
    "similar to|echoing|"
    "three|-day|day|of|strike|walkout"
)
SAMPLES = samples(WORDS, 6000, 11)


def spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


# the plain forms, as the patterns were first written
PLAIN = {
    "SENTENCE_DOT": (
        employer_en._SENTENCE_DOT,
        r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)(?<!\bSt)(?<!\b[A-Z])\.[ \t]",
    ),
    "SENTENCE_END": (date_context.SENTENCE_END, r"[。！？!?\n]|\. "),
    "COUNTS_SENTENCE_END": (counts._SENTENCE_END, r"[。！？!?\n]|\. "),
    "EVENT_SENTENCE_END": (event_day._SENTENCE_END, r"[。！？!?\n]|\.\s"),
    "STAFF": (
        employer_trade._STAFF,
        r"(?<=[\u4e00-\u9fff])的(?:骑手|工人|员工|司机|工友|全)[^，,。！!？?]{0,6}?"
        r"(?:集体|全部|全|都)?(?:停|罢工|不接单|不干)",
    ),
    "JAMMED": (
        form_phrases.JAMMED,
        form_phrases.JAMMED.pattern.replace(r"traffic(?<!\wtraffic)", r"\btraffic"),
    ),
    "RESUMED_BEFORE_EN": (
        date_context.RESUMED_BEFORE_EN,
        r"\b(?:resumed?|returned to work|return to work|went back to work|back at work|"
        r"reopen(?:ed)?|ended|came to an end|(?:was|were) called off)\b[^.;!?]{0,20}$",
    ),
    "OUTCOME_EN": (
        event_day._OUTCOME_EN,
        r"\b(?P<w>won|wins|reached an? (?:agreement|deal|settlement)|settled|struck a deal)\b"
        r"[^.;!?]{0,40}$",
    ),
    "OTHER_EVENT_EN": (
        placenames.OTHER_EVENT_EN,
        r"\b(?:the latest (?:in|sign|of|example)|in the wake of|similar to|echoing)\b",
    ),
}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_form_matches_plain_form(name: str) -> None:
    fast, plain = PLAIN[name][0], re.compile(PLAIN[name][1])
    assert fast.pattern != plain.pattern
    for s in SAMPLES:
        assert spans(fast.finditer(s)) == spans(plain.finditer(s)), s
        half = len(s) // 2
        assert spans(fast.finditer(s, half)) == spans(plain.finditer(s, half)), s


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (demand_phrases.WITHHELD, demand_phrases.WITHHELD_HEADS),
        (form_phrases.ROAD, form_phrases.ROAD_HEADS),
        (form_phrases.PLACED, form_phrases.PLACED_HEADS),
        (form_phrases.CROWD_SPOT, form_phrases.CROWD_SPOT_HEADS),
        (dates.EN_WEEKDAY, dates._WEEKDAY_START),
        (offices.PETITION_EN, offices._PETITION_EN_START),
        (codes_responses.GOV_ACTION, codes_responses._GOV_HEADS),
    ],
)
def test_heads_find_every_match(pattern: re.Pattern[str], heads: re.Pattern[str]) -> None:
    found = 0
    for s in SAMPLES + [s.lower() for s in SAMPLES]:
        want = spans(pattern.finditer(s))
        assert spans(finditer_at(pattern, heads, s)) == want, s
        found += bool(want)
    assert found  # (the samples hold matches)


def test_office_actions_without_english_heads() -> None:
    for s in SAMPLES + [s.lower() for s in SAMPLES]:
        assert spans(codes_responses.gov_actions(s)) == spans(
            codes_responses.GOV_ACTION.finditer(s)
        ), s


BEFORE_WORDS = (
    "workers|at|for|employer,|employer|by|against|from|employees of|staff of|a strike|strikes|"
    "walkout|by workers|translated|reposted|video|on|via|the contractor,|company,|laptop maker|"
    "giant|factory|plant|developer|company|named|identified|as|was|company:|firm:|supplying|"
    "supplier to|owned by|jointly owned by|honda affiliate|joint venture of|between|the|"
    "state-owned|state-run|boss|mr.|mrs|ms|director|chain|(|in|near|sites|big|x"
)


def test_window_tests_are_needed_for_every_match() -> None:
    """The end (or the words) the window before a name must hold for each pattern to match
    there: skipping the search where it does not changes nothing."""
    ends = [
        (employer_en._SOURCE_BEFORE, employer_en._SOURCE_ENDS),
        (employer_en._APPOSITION, employer_en._APPOSITION_ENDS),
        (employer_en._MAKER_BEFORE, employer_en._MAKER_ENDS),
        (employer_en._CLIENT_BEFORE, employer_en._CLIENT_ENDS),
        (employer_en._PERSON_BEFORE, employer_en._PERSON_ENDS),
    ]
    rng = random.Random(4)
    pool = BEFORE_WORDS.split("|")
    for _ in range(20000):
        before = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 6)))
        before += rng.choice([" ", "  ", "\n", " \n", ""])
        for pattern, end in ends:
            if pattern.search(before):
                assert before.rstrip().endswith(end), (pattern.pattern, before)
        if employer_en._EMPLOYER_BEFORE.search(before):
            assert employer_en._employer_before(before), before
        if employer_en._STRUCK_BEFORE.search(before):
            assert any(w in before for w in employer_en._STRUCK_WORDS), before


def test_demand_gates_as_the_words_each() -> None:
    """A pattern of the told demands is searched where the text holds one of its words."""
    words = "|".join(w for _, _, cheap in codes_demands._TOLD_ALL for w in cheap)
    for s in samples(words + "|x|工资|的", 3000, 2):
        present = sum(bit for w, bit in codes_demands._GATE_BITS.items() if w in s)
        for (_, _, cheap), (_, _, bits) in zip(
            codes_demands._TOLD_ALL, codes_demands._TOLD_GATED, strict=True
        ):
            assert bool(present & bits) == any(w in s for w in cheap), s


def test_nation_words_found_as_one_by_one() -> None:
    words = "|".join(codes_fields._NATION_WORDS) + "|x|工厂|the"
    for s in samples(words, 3000, 3):
        fast = (
            any(w in s for w in codes_fields._NATION_EN) if s.isascii()
            else codes_fields._NATION.search(s)
        )
        assert bool(fast) == any(w in s for w in codes_fields._NATION_WORDS), s


def test_quoted_names_need_their_words() -> None:
    """A name given as a short name (简称…) holds 称; a banner's debtor (…还我血汗钱) holds 还."""
    words = "（|(|）|)|简称|以下简称|下称|宏泰公司|“|”|\"|鸿运鞋业|还我血汗钱|还钱|！|x|的"
    banner = "横幅“鸿运鞋业还我血汗钱！”"  # the samples never make a banner: this one does
    assert employer_quoted._BANNER.search(banner)
    for s in [*samples(words, 3000, 6), banner]:
        if employer_quoted._SHORT_NAME.search(s):
            assert "称" in s, s
        if employer_quoted._BANNER.search(s):
            assert "还" in s, s


def test_spans_and_day_counts_as_plain_forms() -> None:
    """EN_SPAN_ENDED and EN_DAY_N, with their words at a word's start or not, as first written."""
    span_plain = re.compile(
        r"\b(?:ended|end|ending|called off|calling off|wrapped up|concluded)"
        r" (?:a|an|the|their|its) "
        + date_context.EN_SPAN_ENDED.pattern.split(" (?:a|an|the|their|its) ", 1)[1]
    )
    day_plain = re.compile(date_context.EN_DAY_N.pattern.replace(r"day(?<!\wday)", r"\bday", 1))
    rng = random.Random(1)
    one = rng.choice
    for _ in range(20000):
        verb = one(["ended", "end", "ending", "called off", "wrapped up", "xended", "endings"])
        noun = one(["strike", "walkout", "sit-in", "party"])
        s = (f"{one(['', 'x', '(', 'they '])}{verb} {one(['a', 'the', 'his'])} "
             f"{one(['two', '5', '12'])}{one(['-', ' ', ''])}day{one(['', '-long'])} "
             f"{one(['', 'big '])}{noun}{one(['', 's', ' on monday', '. then'])}")
        assert spans(date_context.EN_SPAN_ENDED.finditer(s)) == spans(span_plain.finditer(s)), s
        d = (f"{one(['', 'x', '('])}{one(['day', 'days', 'xday'])} "
             f"{one(['3', '12', '123'])} {one(['of', 'in'])} {one(['the', 'a'])} "
             f"{one(['', 'big '])}{noun}")
        assert spans(date_context.EN_DAY_N.finditer(d)) == spans(day_plain.finditer(d)), d

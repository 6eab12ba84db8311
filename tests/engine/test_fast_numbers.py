"""The fast forms of the number and date steps read what the slow ones read: English numbers and
days found from the gaps between words (text.finditer_gaps), and the words a crowd's count
needs looked for once a post (counts.participants)."""

from __future__ import annotations

from datetime import date

from labourmap.engine.counts import participants
from labourmap.engine.dates import EN_WEEKDAY_SHORT, find_dates
from labourmap.engine.numbers import EN_QTY, en_quantities, quantities
from labourmap.engine.text import finditer_at, finditer_gaps, gap_starts, word_starts

POSTED = date(2024, 3, 6)  # a Wednesday


def _values(text: str) -> list[int | None]:
    return [q.value for q in en_quantities(text)]


def test_english_number_at_the_very_start_and_end() -> None:
    assert _values("two hundred workers struck over 30") == [200, 30]
    assert _values("5") == [5]


def test_english_number_not_inside_a_word() -> None:
    assert _values("someone gone often tone") == []
    assert _values("a2 b3") == []


def test_english_number_after_a_stop_glued_to_the_last_match() -> None:
    # a start right after a match ending on a character that is no word character
    assert _values("1,000+ workers, 20-odd drivers") == [1000, 20]
    assert _values("(300)workers") == [300]


def test_gaps_find_what_word_starts_find() -> None:
    words = ("on ", "walked out ", "two")
    first, gap = gap_starts(words, digits=True)
    slow = word_starts(words, digits=True)
    for text in ("on wed.on thu", "two,two two2 on on", "xon on 5 walked out fri", "", "2"):
        for pat in (EN_WEEKDAY_SHORT, EN_QTY):
            fast = [m.span() for m in finditer_gaps(pat, first, gap, text)]
            assert fast == [m.span() for m in finditer_at(pat, slow, text)]


def test_english_weekdays_cut_short_one_after_another() -> None:
    days = [d.day for d in find_dates("they walked out on mon.on tue they met", POSTED)]
    assert days == [date(2024, 3, 4), date(2024, 3, 5)]


def test_chinese_numbers_alone_in_order() -> None:
    qs = quantities("三百多名工人，约两千人，10:30集合")
    assert [(q.value, q.magnitude) for q in qs] == [(300, 100), (2000, 1000)]


def test_crowd_words_looked_for_once() -> None:
    # 估计 (a guess) and 人数 (a turnout) at the very start and the very end of a post
    guess = participants("估计上千，工人都在门口", quantities("估计上千，工人都在门口"))
    assert guess is None  # (the crowd is told after the guess, not before it)
    told = "罢工人数已超过两万"
    assert participants(told, quantities(told)) is not None
    no_words = "一千多辆的士停在路边"
    assert participants(no_words, quantities(no_words)) is not None

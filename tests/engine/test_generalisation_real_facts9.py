"""Days as real posts word them, ninth set: a weekday cut short after "on" (on Wed., on Thurs),
a strike told by its length on the day it ended ("ended a four-day strike on Tuesday"), a third
person's call for help whose day heads its sentence (10月12日，……在抖音发视频求助), and a call for
help whose verb comes before its day ("posted online on 14 October asking for help"), and an
action "for the third day" in a post that names no day, counted back from the post. Every
sentence is written for these tests and stands for a rule, not a case; the post is dated Friday
18 October 2024.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record


def day(text: str) -> object:
    """The post's date, once it is read as an incident (every field of another is empty)."""
    r = record(text)
    assert r["is_incident"], text
    return r["date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five miners were killed in a roof fall at a coal mine in Datong, Shanxi, on Wed. "
            "and rescuers are still searching for two more.",
            "2024-10-16",
        ),
        (
            "Around 200 workers at a toy factory in Dongguan went on strike on Thurs over "
            "unpaid overtime.",
            "2024-10-17",
        ),
        (
            "Delivery riders in Chengdu staged a protest on Mon. against new fines for late "
            "orders.",
            "2024-10-14",
        ),
        # a short weekday not after "on" is a name, not a day
        (
            "Five miners were killed in a roof fall at a coal mine in Datong, Shanxi, said Sun "
            "Li, a county official.",
            None,
        ),
    ],
)
def test_short_weekday_after_on(text: str, expected: str | None) -> None:
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 300 workers at a shoe factory in Dongguan ended a four-day strike on Tuesday "
            "after the owner agreed to pay back wages.",
            "2024-10-12",
        ),
        (
            "Bus drivers in Foshan called off their 3-day walkout on 16 October after the "
            "company promised a raise.",
            "2024-10-14",
        ),
        # a strike's length told of another strike: the day named is the day of this one
        (
            "Workers at a Shenzhen electronics plant went on strike on Tuesday, the third "
            "stoppage since a four-day strike in May.",
            "2024-10-15",
        ),
    ],
)
def test_strike_length_on_the_day_it_ended(text: str, expected: str) -> None:
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10月12日，在佛山一家五金厂打工的工人李某在抖音发视频求助，称自己被机器压断两根手指，"
            "老板拒绝赔偿。",
            "2024-10-12",
        ),
        (
            "10月9日，在深圳一处工地摔伤的钢筋工王某通过网络发帖求助，称包工头拒付医药费，"
            "工地也不认账。",
            "2024-10-09",
        ),
        # the day heads a sentence of the injury; the call comes in the next: no day of the call
        (
            "10月9日，一名工人在东莞工厂被机器压伤手臂。他的妻子随后在网上发帖求助，称工厂拒绝赔偿。",
            None,
        ),
    ],
)
def test_day_heading_a_third_persons_call(text: str, expected: str | None) -> None:
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NGO case note: a woman in Foshan posted online on 14 October asking for help for "
            "her husband, who lost two fingers at a press plant; we have contacted the family.",
            "2024-10-14",
        ),
        (
            "Case note from our hotline: a welder in Wuhan wrote on Weibo on Monday asking for "
            "help after a fall at a building site left him unable to work; the contractor "
            "refuses to pay.",
            "2024-10-14",
        ),
        # the day named is the fall's, not the call's: the call is dated by the post
        (
            "Our hotline heard from a woman whose husband fell from scaffolding at a Wuhan "
            "building site on Monday; she posted online asking for help as the contractor will "
            "not pay his bills.",
            "2024-10-18",
        ),
    ],
)
def test_call_verb_before_its_day(text: str, expected: str) -> None:
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 400 workers at a Suzhou electronics plant are protesting for the 3rd day "
            "over severance pay.",
            "2024-10-16",
        ),
        (
            "Drivers at a Wuhan bus company stayed off the roads for the second day, demanding "
            "unpaid bonuses.",
            "2024-10-17",
        ),
        # "for the second time" counts no days
        (
            "Workers at a Suzhou plant protested for the second time this year over unpaid "
            "bonuses.",
            None,
        ),
    ],
)
def test_nth_day_counted_to_the_post(text: str, expected: str | None) -> None:
    assert day(text) == expected

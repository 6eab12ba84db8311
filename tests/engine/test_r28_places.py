"""Round 28, places and dates: wordings several writers' posts share.

- an English place's name in lower case inside a word (ride-hailing: no 海陵区) is no place;
- in English, the day in the clause after "after" is the accident's where a later day (of the
  rescue, of the toll) is told before it ("found dead on Tuesday after water burst … on Monday");
- 号 before 人 after a round number (几十号人, 三十号人) counts people, no day of the month;
- where every day a post names is a statement's ("said on Monday", 15日消息, 16日电), the event
  has no day.

Every example here is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record, where

FRIDAY = "2024-10-18T09:00:00"  # (the posts' day: a Friday)


def _date(text: str) -> object:
    r = record(text, FRIDAY)
    assert r["is_incident"], text
    return r["date"]


# -- an English place's name in lower case --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "province", "city"),
    [
        ("Ride-hailing drivers in Beijing switched off their apps on Monday over cut bonuses.",
         "110000", "110000"),
        ("Hundreds of ride-hailing drivers gathered outside the transport bureau in Xi'an.",
         "610000", "610100"),
        ("Drivers for a freight-hailing app in Chengdu stopped taking orders over lower fees.",
         "510000", "510100"),
    ],
)
def test_lower_case_word_is_no_place(text: str, province: str, city: str) -> None:
    assert where(text)[:2] == (province, city)


def test_capitalised_name_is_still_the_place() -> None:
    # near miss: the district written as a place, capitalised
    assert where("Workers at a shoe factory in Hailing district, Taizhou, struck on Monday.")[
        :2
    ] == ("320000", "321200")


# -- the accident's day after "after" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rescuers found four miners dead on Thursday after a gas blast tore through the pit "
            "on Tuesday night, the county said.",
            "2024-10-15",
        ),
        (
            "Two builders were pulled out alive on Wednesday, a day after a trench collapsed on "
            "them at a housing site on Tuesday morning.",
            "2024-10-15",
        ),
        (
            "Five coal miners were still trapped underground on Thursday after floodwater burst "
            "into the shaft at about 8 p.m. on Monday.",
            "2024-10-14",
        ),
    ],
)
def test_accident_day_after_after(text: str, day: str) -> None:
    assert _date(text) == day


def test_later_day_after_after_is_not_taken() -> None:
    # near miss: the accident's day comes first, the later day follows "after"
    text = (
        "A gas blast tore through a coal mine on Monday night, and rescuers found the last of "
        "the missing miners on Wednesday after a long search."
    )
    assert _date(text) == "2024-10-14"


# -- 几十号人: people, no day --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("厂里几十号人今天一起停工了，要求老板补发拖欠的工资。", "2024-10-18"),
        ("工地上二十号人昨天堵在项目部门口讨要工钱。", "2024-10-17"),
        ("我们车间五十号人前天集体罢工，抗议计件单价下调。", "2024-10-16"),
    ],
)
def test_hao_ren_counts_people(text: str, day: str) -> None:
    assert _date(text) == day


def test_hao_before_renshe_is_a_day() -> None:
    # near miss: 10号 then 人社局, the labour bureau: the 10th
    assert _date("工地的农民工10号人社局门口拉横幅讨薪，欠了半年工资。") == "2024-10-10"


# -- only the day of the news -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A labour group said on Monday that 12 former quarry workers in Hunan have been "
        "diagnosed with silicosis and are seeking compensation.",
        "据新华网15日消息，湖南一家石材厂的20名工人被查出尘肺病，目前正在申请工伤认定。",
        "（新华社长沙16日电）湖南一家石材厂的20名工人被查出尘肺病，正在申请职业病鉴定。",
    ],
)
def test_news_day_alone_is_no_event_day(text: str) -> None:
    assert _date(text) is None


def test_news_day_beside_event_day() -> None:
    # near miss: the dateline beside the day of the blast
    assert _date("（新华社长沙16日电）湖南一家石材厂15日发生爆炸，3名工人死亡。") == "2024-10-15"

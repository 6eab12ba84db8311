from __future__ import annotations

from datetime import date

import pytest

from labourmap.engine.dates import find_dates
from labourmap.engine.text import normalise

FRIDAY = date(2024, 10, 18)


def days(text: str, posted: date = FRIDAY) -> list[str]:
    return [d.day.isoformat() for d in find_dates(normalise(text), posted)]


@pytest.mark.parametrize(("text", "expected"), [
    ("今天上午工人停工", "2024-10-18"), ("昨天下午", "2024-10-17"), ("前天", "2024-10-16"),
    ("本周一", "2024-10-14"), ("上周五", "2024-10-11"), ("周三晚上", "2024-10-16"),
    ("2023年5月2日", "2023-05-02"), ("10月9日", "2024-10-09"), ("12日", "2024-10-12"),
    ("25号", "2024-09-25"),  # a day after the post day is last month's
    ("12月30日", "2023-12-30"),  # a month-day well after the post is last year's
    ("两年前的今天", "2022-10-18"), ("yesterday", "2024-10-17"), ("on Monday", "2024-10-14"),
    ("last Friday", "2024-10-11"), ("on 3 October", "2024-10-03"),
    ("September 30, 2024", "2024-09-30"), ("昨天", "2024-10-17"),
])
def test_days_resolve_against_the_post(text: str, expected: str) -> None:
    assert days(text)[0] == expected


@pytest.mark.parametrize("text", [
    "日前，工人到厂门口", "近日有工人反映", "公司承诺将于11月5日补发", "每月15号发工资",
    "地铁3号线", "明年3月1日起施行", "the company will pay on 1 November",
])
def test_vague_or_future_days_give_nothing(text: str) -> None:
    assert days(text) == []


def test_traditional_text_and_spans() -> None:
    text = "工人們昨天在廠門口集體罷工"
    found = find_dates(normalise(text), FRIDAY)
    assert [text[d.start:d.end] for d in found] == ["昨天"]


def test_start_marker() -> None:
    found = find_dates(normalise("罢工从10月8日开始，到10月12日仍未结束"), FRIDAY)
    assert found[0].start_marker


@pytest.mark.parametrize(("text", "expected"), [
    ("本月9日，工人们开始停工", "2024-10-09"),
    ("本月初宣布关厂，上月28日起工人陆续停工", "2024-09-28"),
    ("前晚深夜，仓库发生爆炸", "2024-10-16"),
    ("crane operators downed tools on May 6", "2024-05-06"),
    ("drivers walked out on May Day", "2024-05-01"),
])
def test_month_relative_and_holiday_days(text: str, expected: str) -> None:
    assert days(text)[0] == expected


def test_may_the_verb_is_no_day() -> None:
    assert days("the workers may 5 times refuse") == []

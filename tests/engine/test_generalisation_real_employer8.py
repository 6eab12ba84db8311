"""Employers as feeds name them, eighth set: a firm named in a notice's title
after 关于; a public bureau that only signs a statement; and, in English, the firm where the
strike was ("idle after a strike at supplier X"), not the firm it held up.
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("关于鑫达电子有限公司拖欠工资问题的通报", "鑫达电子有限公司"),
        ("关于泰鑫煤矿透水事故的情况通报\n3日凌晨，井下一工作面透水。", "泰鑫煤矿"),
        ("市总工会关于华兴纺织厂职工讨薪一事的回复", "华兴纺织厂"),
    ],
)
def test_a_firm_in_a_notice_title_after_guanyu(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "情况说明\n本月5日，我县部分教师到县政府反映工资问题，县领导当即接待。\n桃源县教育局",
        "石门县教育局关于部分教师反映待遇问题的情况说明\n本月教师已全部返校上课。",
    ],
)
def test_a_bureau_that_only_signs_a_statement_is_no_employer(text: str) -> None:
    assert employer(text) is None


def test_a_bureau_the_teachers_protest_at_is_still_named() -> None:
    text = "几百名教师今天聚集在桃源县教育局门口，要求补发绩效工资。"
    assert employer(text) == "桃源县教育局"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Honda halted its Wuhan line after a strike at parts supplier Fengda Precision today.",
            "Fengda Precision",
        ),
        (
            "GM said output slowed following the walkout at seat maker Lianhe Seating on Monday.",
            "Lianhe Seating",
        ),
    ],
)
def test_the_firm_where_the_strike_was(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_strike_elsewhere_does_not_name_the_firm() -> None:
    text = "Workers at Foxconn walked out on Monday over unpaid overtime."
    assert employer(text) == "Foxconn"

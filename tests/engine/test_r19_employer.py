"""Employers and their ownership as reports tell them, round 19: 民办教师, the community-paid
teachers of the old village schools, are a kind of public teacher, so 民办 before 教师 tells no
private owner, while a private school's teachers (民办学校的老师) keep theirs; a school run as a
business (培训学校, X教育) is no public body, whatever bureau its teachers went to.
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine.minban_teachers import minban_teacher
from labourmap.engine.text import normalise
from labourmap.engine.tutoring_firms import tutoring_firm
from tests.engine.reading import record

# -- 民办教师: a kind of teacher, not a private school's ------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("河西县四十多名被辞退的民办教师到县教育局上访，要求补发工龄补贴。", "government"),
        ("江北各县原民办、代课和幼儿教师两百多人到省教育厅请愿，要求落实待遇。", "government"),
        ("山阳县三十多位被辞退的民办代课教师今天到县教委上访，要求补发工资。", "government"),
        # near-misses: a private school's teachers keep the school's owner
        ("南山民办学校的五十多名教师今天罢课，学校已经四个月没发工资。", "private"),
        ("我们是兴华学校（民办）的老师，学校拖欠了三个月工资，今天集体停课。", "private"),
    ],
)
def test_minban_teachers_tell_no_private_owner(text: str, owner: str) -> None:
    assert record(text)["ownership"] == owner


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("被辞退的民办教师", True),
        ("民辦代課教師", True),
        ("民办学校的教师", False),
        ("民办）的老师", False),
    ],
)
def test_minban_teacher_reads_the_word_after(text: str, found: bool) -> None:
    assert minban_teacher(text, text.index("民")) is found


# -- a school run as a business: no public body --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("星光培训学校拖欠我们二十多个老师三个月工资，今天我们一起去了区教育局。", None),
        ("我们是明德教育科技有限公司的老师，公司欠薪三个月，今天一起去了区教育局。", None),
        ("博雅补习学校的十几个老师两个月没拿到工资，今天停课，又去了县教育局。", None),
        # near-misses: a public school's teachers at the bureau; a private training school
        ("城关第二小学的四十多名老师今天罢课，一起去了县教育局，要求补发绩效工资。", "government"),
        ("民营的星光培训学校拖欠二十多个老师三个月工资，老师们今天停课讨薪。", "private"),
    ],
)
def test_a_school_run_as_a_business_is_no_public_body(text: str, owner: str | None) -> None:
    assert record(text)["ownership"] == owner


@pytest.mark.parametrize(
    ("name", "found"),
    [("博学培训学校", True), ("明德教育", True), ("县教育局", False), ("城关第二小学", False)],
)
def test_tutoring_firm_reads_the_names_end(name: str, found: bool) -> None:
    assert tutoring_firm(normalise(name), (0, len(name))) is found

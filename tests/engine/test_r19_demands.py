"""Round 19, demands and responses: retirees' dues withheld are a pension claim, no wages owed;
an office's order or summons to the employer told with the office left out (已责令该公司限期
支付) is the office's act. Every sentence here is written for these tests and stands for a
rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import demands_of, responses_of


@pytest.mark.parametrize(
    "text",
    [
        "一百多名退休职工今天聚集在市政府门口，要求补发拖欠两年的取暖补贴和养老金调整部分。",
        "三百多名离退休人员到区政府门前上访，反映原单位多年少发养老金，取暖费也一直拖欠。",
        "More than 200 retirees of a state-owned mine gathered outside the city government, "
        "demanding pension increases and heating subsidies withheld since 2019.",
    ],
)
def test_retirees_dues_are_the_pension(text: str) -> None:
    found = demands_of(text)
    assert "pension" in found
    assert "wage_arrears" not in found


def test_retirees_with_wages_owed_keep_the_arrears() -> None:
    # near-miss: wages named beside the pension are owed
    found = demands_of("一百多名退休职工和在职工人聚集在厂门口，要求补发拖欠三个月的工资和养老金。")
    assert "wage_arrears" in found


@pytest.mark.parametrize(
    "text",
    [
        "网传一家具厂拖欠十多名工人工资的视频引发关注。经调查核实，现已督促企业在春节前发放。",
        "四十多名工人连续三天在工地门口讨薪，经核实，分包方欠薪属实，已责令总承包单位限期支付。",
        "十几名骑手今天集体停跑讨要被扣的工资，经核实后已约谈该站点负责人。",
    ],
)
def test_employer_ordered_is_the_office_act(text: str) -> None:
    assert "government_intervention" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the order asked for, not made; a manager urging his own staff
        "二十多名工人在厂门口讨薪，大家说希望有关部门依法督促老板尽快发工资。",
        "三十多名工人今天在厂门口讨薪，厂长说已经督促财务尽快发工资。",
    ],
)
def test_employer_ordered_none_of_these(text: str) -> None:
    assert "government_intervention" not in responses_of(text)

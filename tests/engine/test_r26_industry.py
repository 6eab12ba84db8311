"""Round 26, industry: a hospital's own staff, and goods made named in a firm's name."""

from __future__ import annotations

import pytest

from labourmap.engine import extract
from tests.engine.conftest import post


def ruled(text: str) -> str | None:
    """The industry as the rules alone read it (the text model may find the same by itself)."""
    found = extract(post(text), rules_only=True).fields.get("industry")
    return None if found is None else str(found.value)


@pytest.mark.parametrize("text", [
    "安顺市第二人民医院四十多名临聘人员今天在门诊楼前聚集，说半年的绩效工资一直没发。",
    "青阳县中医院的临时工昨天集体停工了，同样值夜班，拿的钱只有在编的一半。",
    "Contract staff at a hospital in Baoji held a sit-in on Monday over five months of unpaid pay.",
    "桐梓县人民医院拖欠全院职工九个月的绩效工资，今天上午几十名职工在院门口拉横幅讨薪。",
])
def test_hospital_staff_are_healthcare(text: str) -> None:
    assert ruled(text) == "healthcare"


def test_hurt_taken_to_hospital_is_not_its_staff() -> None:
    text = "昨天下午一辆货车侧翻，两名受伤员工被送往医院的职工宿舍旁急救站，司机当场身亡。"
    assert ruled(text) != "healthcare"


@pytest.mark.parametrize("text", [
    "佛山南庄鸿盛陶瓷有限公司三百多名工人今天停工，要求补发两个月的工资。",
    "惠州博朗音响科技公司宣布倒闭，几百名工人围在公司门口讨要补偿。",
    "宿迁恒锐新材料有限公司今天上午发生爆燃，两名工人受伤送医。",
    "Around 400 workers at Lianyi Knitting in Boluo walked out on Tuesday over unpaid wages.",
    "白沟一家箱包公司的四十名工人去镇政府讨要拖欠的工资。",
])
def test_goods_in_firm_name_are_manufacturing(text: str) -> None:
    assert ruled(text) == "manufacturing"


def test_ceramics_market_is_no_maker() -> None:
    text = "昨晚西城陶瓷大市场一间仓库起火，三名消防员在扑救中受伤。"
    assert ruled(text) != "manufacturing"


@pytest.mark.parametrize("text", [
    "我是字节跳动的一名算法工程师，连续加班三个月后被约谈，HR让我签自愿离职，不签就打低绩效。",
    "腾讯一名员工在脉脉发帖说，自己因拒绝周末加班被打了低绩效，随后被公司辞退。",
    "我是腾讯的一名后台工程师，公司裁员只给N不给加一，今天我们三十多人去人事部讨说法。",
])
def test_internet_firm_staff_are_other(text: str) -> None:
    assert ruled(text) == "other"


def test_platform_named_is_not_the_employer() -> None:
    text = "东莞一家五金厂的工人被机器压伤，妹妹在快手发视频说老板只肯赔两万。"
    assert ruled(text) == "manufacturing"


@pytest.mark.parametrize(("text", "trade"), [
    ("我是富士康的一名工艺工程师，公司裁员只给N不给加一，今天我们四十多人去人事部讨说法。",
     "manufacturing"),
    ("我是和硕的一名设备工程师，公司拖欠三个月加班费，今天我们二十多人去人事部讨说法。",
     "manufacturing"),
    ("我是字节跳动的测试工程师，公司裁员只给N，不给加一，今天二十多人去人事部讨说法。", "other"),
])
def test_engineer_is_no_building_work(text: str, trade: str) -> None:
    assert ruled(text) == trade


def test_building_project_still_construction() -> None:
    text = "合肥滨湖一个安置房工程的六十多名工人今天去住建局讨要拖欠的工资。"
    assert ruled(text) == "construction"

"""Round 17, industry: 农民工 alone is no trade. Migrant workers marching or sitting in for their
pay are read as builders only when the post also tells of building (a project, a block of flats,
the housing bureau, a building craft); else the trade stays unread, by the rules and the model.
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record


def _industry(text: str) -> object:
    r = record(text)
    assert r["is_incident"], text
    return r["industry"]


@pytest.mark.parametrize(
    "text",
    [
        "昨天下午，一百多名农民工在县政府门口拉横幅讨薪，说老板欠了他们半年的工资，警察到场维持秩序。",
        "一群农民工堵在公司门口讨要工钱，已经在门口睡了十几天地铺，老板一直不露面。",
        "數十名農民工昨日聚集在市政府門口討薪，稱被拖欠工資兩年，現場有警察維持秩序。",
    ],
)
def test_migrants_alone_tell_no_trade(text: str) -> None:
    assert _industry(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "五十多名农民工在住建局门口拉横幅讨薪，说小区项目完工半年了，工钱还没结。",
        "三十多名农民工聚集在开发商售楼处门口讨薪，他们去年给这栋楼砌墙，工钱至今没发。",
    ],
)
def test_migrants_who_built_are_builders(text: str) -> None:
    assert _industry(text) == "construction", text

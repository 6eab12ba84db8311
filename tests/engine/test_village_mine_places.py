"""A mine named after its village is no place of the county whose short name the village's
name begins with: 金山沟煤矿 is the mine of a hollow called 金山沟, not a mine in Shanghai's
金山区 (nor 房山峪煤矿 one in Beijing's 房山区). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.conftest import run

POSTED = "2024-10-18T21:00:00"


@pytest.mark.parametrize(
    "text",
    [
        "房山峪煤矿昨天下午发生透水事故，井下4名矿工被困。",
        "听说昌平岭铁矿又出事了，两个工人没上来。",
        "An explosion at the 江宁湾煤矿 killed three miners on Monday, local media said.",
    ],
)
def test_village_mine_gives_no_county(text: str) -> None:
    r = run(text, POSTED).record()
    assert r["is_incident"]
    assert r["province"] is None and r["city"] is None and r["county"] is None


def test_village_mine_keeps_the_county_named_before_it() -> None:
    r = run("重庆永川区金山沟煤矿昨天发生瓦斯事故，6名矿工遇难。", POSTED).record()
    assert (r["province"], r["county"]) == ("500000", "500118")


def test_near_miss_a_bare_district_before_its_mine_is_the_district() -> None:
    r = run("上海金山一家化工厂昨天爆炸，2名工人死亡。", POSTED).record()
    assert r["county"] == "310116"

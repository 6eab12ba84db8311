"""Round 28, accidents in mines and tolls told other ways (made-up sentences).

- a roof fall, a cave-in or a cage fallen down a pit is `mine` (most writers' sets code it so), and
  so is a mine accident told with no word of its kind (井下发生事故); an open pit (露天煤矿) keeps
  its collapse, and a blast, in a pit or a plant, its blast;
- "found the bodies of three workers" tells the dead, where no other toll is told;
- "killing two workers and injuring a third" tells one hurt;
- 还有4个受伤的。 ends on those hurt (受伤的, the hurt ones), not on a hurt worker named.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record, value

MINE_FALLS = [
    "湖南一煤矿巷道发生冒顶，3名正在作业的矿工被埋身亡。",
    "山西某县一座煤矿今天凌晨井下发生坍塌，造成6名矿工死亡、2人受伤。",
    "Part of a shaft caved in at a coal mine in Guangxi, killing five miners underground.",
    "河南一煤矿井下运人的罐笼坠落，4名矿工遇难。",
]
MINE_UNTOLD = [
    "陕西某煤矿今天上午井下发生安全事故，造成4名矿工死亡，事故原因正在调查。",
    "贵州一煤矿前晚发生渗水，被困井下的5名矿工已全部遇难。",
    "Nine miners were killed in an accident at a coal mine in Shanxi on Friday, officials said.",
]
NOT_MINE = [
    # a blast in a pit: the blast (the dev set and older sets code it so)
    "山西某县一座煤矿今天凌晨井下发生瓦斯爆炸，造成6名矿工死亡、2人受伤。",
    # an open pit dug from the surface, or its slope: a collapse
    "江西一处矿山今天发生边坡坍塌，两名工人被埋身亡。",
    "内蒙古一露天煤矿下午发生大面积坍塌，造成5名工人死亡。",
    # a blast in a chemical plant: the blast
    "江苏一化工厂车间今天下午发生爆炸，造成3名工人死亡、5人受伤。",
]
BODIES = [
    ("Rescuers have found the bodies of four workers after a tunnel caved in in Yunnan.", "4"),
    ("Rescue teams recovered the bodies of all six miners trapped when water flooded in.", "6"),
    ("Firefighters pulled out the bodies of two workers from a collapsed warehouse in Hebei.", "2"),
]
BODIES_NOT_FOUND = "Rescuers are searching for the bodies of two workers buried in a tunnel."
ONE_MORE_HURT = [
    "Two dead as boiler bursts in Hebei\n\nA boiler burst at a paper mill in Hebei on Sunday"
    " morning, local officials said in a statement, killing two workers and injuring a third.",
    "A boiler exploded at a paper mill in Hebei, killing two workers and injuring a third.",
    "A scaffold gave way at a building site in Wuhan, killing one man and injuring another.",
    "A wall fell on workers at a site in Xi'an, killing four labourers and injuring a fifth.",
]
ONE_MORE_NEAR = "A crane fell at a site in Wuhan, killing two workers; the second accident there."
THE_HURT = [
    ("东莞一家家具厂今天下午着火，听说死了6个人，还有4个受伤的。", 4),
    ("厂房半夜烧起来了，走了三个人，另外两个受伤的。", 2),
    ("工地塔吊倒了，砸死了2个工人，还有3个受伤的，唉。", 3),
]
THE_HURT_NEAR = "东莞一家家具厂着火，死了2个人，一名受伤的工人被送到医院。"


@pytest.mark.parametrize("text", MINE_FALLS + MINE_UNTOLD)
def test_an_accident_down_a_pit_is_a_mine_accident(text: str) -> None:
    assert value(text, "accident_type") == "mine", text


@pytest.mark.parametrize("text", NOT_MINE)
def test_an_open_pit_or_a_plant_keeps_its_kind(text: str) -> None:
    assert value(text, "accident_type") in ("collapse", "explosion_fire"), text


@pytest.mark.parametrize(("text", "dead"), BODIES)
def test_bodies_found_are_the_dead(text: str, dead: str) -> None:
    assert value(text, "killed") == dead, text


def test_bodies_searched_for_are_not_counted() -> None:
    assert value(BODIES_NOT_FOUND, "killed") is None


@pytest.mark.parametrize("text", ONE_MORE_HURT)
def test_one_more_by_an_ordinal_is_one_hurt(text: str) -> None:
    assert value(text, "injured") == "1", text


def test_a_second_accident_is_no_hurt() -> None:
    assert value(ONE_MORE_NEAR, "injured") is None


@pytest.mark.parametrize(("text", "hurt"), THE_HURT)
def test_those_hurt_end_their_clause(text: str, hurt: int) -> None:
    r = record(text)
    assert r["injured"] == hurt, (text, r["injured"])


def test_a_hurt_worker_named_is_no_count() -> None:
    r = record(THE_HURT_NEAR)
    assert r["injured"] in (None, 1), r["injured"]

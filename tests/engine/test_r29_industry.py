"""Round 29, industry: what the new rules read, in plain words.

- A building site inside a plant or a power station (厂区工地, 热电厂工地, 电站扩建工地,
  酒厂扩建…我在工地上, "under construction at a power plant"): the plant is what is
  built, the trade is the builders', not the plant's, anywhere in the post.
- "Mines" (plural) is a mining word, as "mine" is: "drilled in mines and tunnels".
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import value

_ind = partial(value, name="industry")


@pytest.mark.parametrize("text", [
    "东莞市宏达电子科技有限公司厂区工地昨天发生事故，"
    "一名工人从高处坠落身亡。",
    "我爸在江门一个电器厂的厂区工地干活，上个月从架子上摔下来，"
    "电器厂和老板都不管，求大家帮帮忙。",
    "某热电厂工地昨天塌了一段围墙，两名工人被压身亡。"
    "热电厂方面称正在调查。",
    "Twenty dead at Hubei power plant\nA platform inside a chimney under construction at a "
    "power station in Hubei collapsed on Friday, killing 20 workers. The power plant belongs "
    "to a state utility.",
    "Blast kills three at steel mill\nThree workers were killed on Tuesday at the construction "
    "site of a new furnace at a steel plant in Tangshan. The steel plant said it had halted work.",
])
def test_a_site_inside_a_plant_is_building(text: str) -> None:
    assert _ind(text) == "construction"


def test_a_plant_worker_hurt_is_still_the_plant() -> None:
    # no building site in the plant: its own workers, its own trade
    text = "东莞市宏达电子科技有限公司车间昨天发生事故，一名工人被机器卷入身亡。"
    assert _ind(text) == "manufacturing"


@pytest.mark.parametrize("text", [
    "Hundreds of former workers with black lung who spent decades drilling in mines and "
    "tunnels petitioned the county government on Monday for compensation.",
    "Dozens of former workers with silicosis who dug in the mines and tunnels around the "
    "county for years petitioned the provincial government on Tuesday for medical care.",
    "A group of sick former drillers from the mines and tunnels of Hunan wrote an open letter "
    "asking for compensation for their lung disease.",
])
def test_mines_are_mining(text: str) -> None:
    assert _ind(text) == "mining"


def test_tunnels_alone_are_building() -> None:
    text = ("Dozens of former workers with silicosis who drilled in tunnels for years "
            "petitioned the provincial government on Tuesday for medical care.")
    assert _ind(text) == "construction"

"""Round 29, places abroad: workers named by a nationality abroad, and a place abroad told
before the firm that owns the plant there."""

from __future__ import annotations

import pytest

from labourmap.engine.geo import default_index
from labourmap.engine.text import normalise
from tests.engine.reading import record, where


def _outside(text: str) -> bool:
    return default_index().resolve(normalise(text), text).outside is not None


# -- workers named by a nationality abroad ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Belgian dock workers walked out on Monday over a pension reform, halting the ports.",
        "Thousands of Canadian postal workers stayed off the job for a second week.",
        "Spanish air traffic controllers staged a wildcat strike, grounding hundreds of flights.",
    ],
)
def test_workers_of_a_nation_abroad_are_outside(text: str) -> None:
    assert _outside(text)
    assert record(text)["is_incident"] is False


def test_a_nation_told_of_workers_at_home_stays_at_home() -> None:
    # near-miss: the workers are foreign, the plant is in the mainland
    text = "Some 200 Burmese workers at a garment factory in Ruili walked out on Monday over pay."
    assert not _outside(text)
    assert where(text)[0] == "530000"


def test_a_nation_told_of_the_owner_is_no_place() -> None:
    # near-miss: a nationality of the firm, not of the workers who act
    assert not _outside("Staff at a Swedish-owned furniture store walked out over unpaid wages.")


# -- a place abroad told before the firm that owns the plant there ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 300 workers at a shoe plant in Phnom Penh owned by a Wenzhou-based group struck.",
        "A sawmill in Jakarta owned by a Fujian-based firm has not paid its crews for two months.",
        "Workers at a tyre plant in Belgrade owned by Shandong-based investors went on strike.",
    ],
)
def test_a_place_abroad_owned_by_a_firm_is_outside(text: str) -> None:
    assert _outside(text)


def test_a_place_at_home_owned_by_a_firm_abroad_stays_at_home() -> None:
    # near-miss: the plant is at home, the owner abroad
    text = "Workers at a toy plant in Heyuan owned by a Hong Kong group blocked the gate."
    assert not _outside(text)
    assert where(text)[:2] == ("440000", "441600")


# -- Malaysia's states and towns as the Malaysian Chinese press writes them -------------------


@pytest.mark.parametrize(
    "text",
    [
        "雪兰莪一间电子厂昨晚发生火灾，两名工人受伤送院。",
        "怡保一家手套厂的工人宿舍今早起火，消拯员到场扑救。",
        "古晋一处工地的棚架倒塌，三名工人被压伤。",
    ],
)
def test_a_malaysian_state_or_town_is_outside(text: str) -> None:
    assert _outside(text)


def test_a_worker_from_malaysia_at_home_stays_at_home() -> None:
    # near-miss: a worker's home abroad, the site at home
    text = "一名来自沙巴的工人昨天在东莞的工地上摔伤了。"
    assert not _outside(text)
    assert where(text)[:2] == ("440000", "441900")

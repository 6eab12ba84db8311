"""Round 19, places, dates and participants: rules that read wordings found in the posts of
several writers. Every example here is written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from labourmap.engine import Post, extract
from labourmap.engine.clock_hour import hour_told
from tests.engine.conftest import CHINA
from tests.engine.reading import record

# -- a part of the day with its hour, no day named: the day of the post ---------------------


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("工地上午十点多施工电梯从三十几楼掉下来了，里面四个工人全死了", "2015-10-05T13:20:00"),
        ("煤矿凌晨两点冒顶，三个矿工被埋", "2016-11-24T12:00:00"),
        ("厂里下午3点突然宣布关厂，几百个工人都不干了", "2024-10-18T17:00:00"),
    ],
)
def test_an_hour_already_reached_is_the_day_of_the_post(text: str, posted: str) -> None:
    assert record(text, posted)["date"] == posted[:10]


def test_an_hour_still_to_come_is_no_day() -> None:
    """晚上八点 in a post written at nine in the morning: a plan, not the event."""
    text = "厂里晚上八点要开会宣布关厂，几百个工人都不干了"
    assert record(text, "2024-10-18T09:00:00")["date"] is None


def test_a_day_told_otherwise_is_not_the_day_of_the_post() -> None:
    text = "那天上午十点多施工电梯掉下来了，两个工人死了"
    assert record(text, "2024-10-18T13:00:00")["date"] is None


def test_the_hour_is_read_on_a_24_hour_clock() -> None:
    assert hour_told("下午3点停工", 14) is None
    assert hour_told("下午3点停工", 15) == (0, 4)
    assert hour_told("中午11点停工", 11) == (0, 5)
    assert hour_told("上午10时许停工", 23) is None  # 时: a report's hour, left to the day named


# -- a call for help over the pay owed to a class of workers, no number told: no head count ----


@pytest.mark.parametrize(
    "text",
    [
        "城东一家酒店拖欠装修工人工资近一年，工人多次讨要无果，昨天在网上发帖求助。",
        "某县长期拖欠教师绩效工资，老师在网上发帖求助，希望上级关注。",
        "某公司拖欠员工工资半年，员工在网上发帖求助。",
    ],
)
def test_pay_owed_to_a_class_of_workers_gives_no_head_count(text: str) -> None:
    ex = record(text)
    assert ex["kind"] == "call_for_help"
    assert ex["participants"] is None


def test_one_worker_told_of_is_still_one_to_nine() -> None:
    """一名男子爬上塔吊: one worker acts, whoever else is owed."""
    ex = record("一名男子爬上塔吊讨薪，说工地拖欠工人工资两万元，在网上发帖求助。")
    assert ex["participants"] == "1-9"


# -- a rescue's gear just set up, no day named: the day of the post ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "开发区一个工地，十几个工人坐在楼顶边上讨薪，楼下警察拉了警戒线。",
        "商场楼顶站了好几个讨薪的工人，楼下消防在铺气垫。",
        "工地楼顶有三个工人要跳楼讨薪，楼下停了好几台消防车。",
    ],
)
def test_a_rescue_being_set_up_is_seen_on_the_day_of_the_post(text: str) -> None:
    assert record(text)["date"] == "2024-10-18"


def test_a_rescue_on_a_day_told_otherwise_is_not_the_day_of_the_post() -> None:
    assert record("那天工地楼顶有三个工人要跳楼讨薪，楼下停了好几台消防车。")["date"] is None


# -- a short video's caption that names no day: the day of the post -----------------------------


def _on(platform: str | None, text: str) -> object:
    at = datetime.fromisoformat("2024-10-18T20:00:00").replace(tzinfo=CHINA)
    return extract(Post(id="v1", text=text, posted_at=at, platform=platform)).record()["date"]


@pytest.mark.parametrize(
    "text",
    [
        "城南这个工地，三个工人爬上塔吊了，底下还有十几个人在等消息，工钱一年没结。",
        "这家幼儿园关门了，老板跑了，我们十几个老师站在门口，两个月工资没发。",
        "厂里着火了，浓烟好大，工人都从窗户往外爬，好像有几个受伤的。",
    ],
)
def test_a_short_videos_caption_is_dated_the_day_of_the_post(text: str) -> None:
    assert _on("douyin", text) == "2024-10-18"
    assert _on("weibo", text) is None  # (the same words in a written post: no day)


def test_a_video_of_a_day_told_otherwise_is_not_the_day_of_the_post() -> None:
    assert _on("douyin", "上周厂里着火了，浓烟好大，工人都从窗户往外爬，好像有几个受伤的。") is None

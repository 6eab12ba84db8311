"""Round 25, counts: the dead of a failed rescue, and those said to be owed beside the crowd."""

from __future__ import annotations

import pytest

from labourmap.engine import casualties
from labourmap.engine.text import normalise
from tests.engine.reading import head_count, toll


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("#平川铁矿透水# 搜救停了，4个人没救出来，家属都守在井口。", 4),
        ("染料厂反应釜出事，三个工友下去拉人，七个人一个都没救回来……", 7),
        ("丰河电站隧洞塌方，困在里面的5名工人都没能救出来。", 5),
    ],
)
def test_dead_of_a_failed_rescue(text: str, dead: int) -> None:
    assert toll(text)[0] == dead


def test_not_yet_rescued_is_no_toll() -> None:
    # still below, rescue going on: not the dead
    assert toll("石岭煤矿井下透水，被困的6人还没救出来，救援仍在进行。")[0] is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("桂城那边两个讨薪的钢筋工爬上了塔吊，说他们队里三十几个人八个月工钱没结。", "1-9"),
        ("二十多个装修工人堵在恒岳置业售楼部门口，听他们讲被欠的不止这一拨，上千号人，加起来好几千万。",
         "10-99"),
        ("Four migrant workers sat on the roof of the Meilan project office on Friday. "
         "They say they speak for 260 workers owed wages by the builder.", "1-9"),
        ("About 60 bus drivers stopped work at the Qiaoxi depot on Tuesday. "
         "Drivers said more than 900 staff across the city are owed three months of pay.", "10-99"),
    ],
)
def test_said_to_be_owed_is_not_the_crowd(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_said_owed_with_no_crowd_before_is_the_crowd() -> None:
    # no crowd counted before the saying: the number told is the crowd itself
    text = "工人们说，两百多名工友被欠薪三个月，今天一起去镇政府门口拉横幅。"
    assert head_count(text) == "100-999"


@pytest.mark.parametrize(
    "text",
    [
        "9月3日，嘉兴市一在建厂房工地，一名46岁安徽阜阳籍钢筋工在5#楼12层绑扎钢筋时坠落，送医后于当晚死亡。",
        "一名33岁四川南充籍焊工在罐体内作业时晕倒，送医后于次日凌晨身亡。",
        "一名51岁湖南邵阳籍电工在配电房检修，于事发当晚死亡。",
    ],
)
def test_one_worker_told_by_age_and_home_who_died(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


def test_age_and_home_of_several_is_no_single_death() -> None:
    # three workers counted first: not one death
    text = "三名工人受伤，其中一名46岁安徽阜阳籍钢筋工伤势较重，在医院治疗。"
    assert casualties.single_death(normalise(text)) is None

"""Round 26: follow-up posts kept as the incidents they follow (follow_up_posts), and crowd
actions read from how they are told: a crowd at a gate, the gate blocked, a road sat on
(form_reads)."""

from __future__ import annotations

import pytest

from tests.engine.reading import codes, value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("更新：晚上区里来人谈了，答应先发一个月，工友们还在厂里等着。", "collective_action"),
        ("再更新：晚上十点谈妥了，站点同意取消扣款，兄弟们都散了。", "collective_action"),
        ("说下前天鹤山鞋厂的后续：老板今天露面了，答应月底前结清欠款。", "collective_action"),
        ("更新：青石岭煤矿还在排水，家属都守在矿口，三天了还没消息。", "workplace_accident"),
        ("//转发。后续：前两天发帖那个被扣押金的骑手小哥，今天站点退了他八百。", "call_for_help"),
    ],
)
def test_follow_up_kept(text: str, kind: str) -> None:
    assert value(text, "kind") == kind


@pytest.mark.parametrize(
    "text",
    [
        "更新：今天下午有雷阵雨，出门记得带伞。",  # no work told
        "街道为有需要的职工登记建档，提供后续跟踪服务。",  # the word inside the post
    ],
)
def test_follow_up_near_miss(text: str) -> None:
    assert value(text, "kind") is None


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("佛山瑞达鞋厂门口近五百人，厂子说搬就搬，一分补偿都不给。", "protest"),
        ("工资三个月没发，嘉兴宏宇电器厂门口两百多工人，老板不露面。", "protest"),
        ("东莞鸿泰五金倒了，欠了工人两个月工资，大门口堵上了，老板不露面。", "protest"),
        ("光明大道今天堵了，兴隆纺织厂的工人坐在路上，补偿款一分没到。", "road_blockade"),
        ("欠薪半年，祥和电子厂两百多个工人坐在马路中间要工资。", "road_blockade"),
    ],
)
def test_crowd_acts_read(text: str, form: str) -> None:
    assert form in codes(text, "forms")


@pytest.mark.parametrize(
    "text",
    [
        "今天绍兴天宏集团门口全是警察，工人的工资还没发。",  # police at the gate, no crowd
        "一个老人坐在路边歇脚，和厂里的工资纠纷无关。",  # the roadside, one man
    ],
)
def test_crowd_acts_near_miss(text: str) -> None:
    found = codes(text, "forms")
    assert "protest" not in found and "road_blockade" not in found

"""Round 21's response rules: who acts in a response, and talks that were none.

- the union named as a party to talks or come to them (talks mediated by an office and the
  union, a union official telling of talks, 工会主席来了);
- the labour inspection named in English by its brigade, its inspectors or its mediators;
- a riot's force told by what it left (头上流血, 扔石头, 车辆被砸), not eggs thrown at cars;
- a promise (答应, "agreed") made by an office: the office stepped in, no talks of the workers';
- talks told only as failed (协商未果) and a promise told as the thing owed (答应的安置费): none;
- an office named as where the workers went, then their demand (到镇政府，要求政府出面): no act;
- the workers' side talked with (厂方跟工人谈了): talks, unless asked for or refused.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import codes

BUILDERS = "About 60 builders staged a sit-in at a site in Hefei on Monday over unpaid wages. "
GARMENT = "About 300 workers at a garment plant in Dongguan went on strike on Monday over pay. "
PLANT = "惠州一家电子厂几百名工人昨晚聚集在厂门口讨要欠薪，"


_responses = partial(codes, name="responses")


@pytest.mark.parametrize(
    "text",
    [
        GARMENT + "Talks mediated by the town government and the district trade union ended it.",
        "Some 500 bus drivers in Wuhan walked off the job on Tuesday demanding higher pay. "
        "Negotiations brokered by city officials and the trade union federation went on.",
        "Hundreds of workers at a shoe factory in Putian struck on Friday over a pay cut. "
        "A county union official said talks with the management were continuing.",
        "佛山一家家具厂两百多名工人昨天停工，抗议厂方克扣加班费。今天工会主席也来了，和厂方一起开会。",
    ],
)
def test_union_named_in_the_talks(text: str) -> None:
    assert "union_intervention" in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        GARMENT + "They asked the district trade union to back them.",
        "佛山一家家具厂两百多名工人昨天停工，抗议厂方克扣加班费。工人们要求工会主席到场说明情况。",
    ],
)
def test_union_asked_for_is_left_alone(text: str) -> None:
    assert "union_intervention" not in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        BUILDERS + "The labour inspection brigade said it had opened an investigation.",
        BUILDERS + "Labour inspectors summoned the developer the next morning.",
        "About 400 workers at a plant in Suzhou went on strike on Monday over relocation pay. "
        "Local labour dispute mediators have stepped in.",
    ],
)
def test_labour_inspection_in_english(text: str) -> None:
    assert "government_intervention" in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        BUILDERS + "Some of them went to the labour inspection brigade to file a complaint.",
        BUILDERS + "They urged the labour inspection brigade to investigate the developer.",
    ],
)
def test_labour_inspection_visited_or_asked_is_left_alone(text: str) -> None:
    assert "government_intervention" not in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        PLANT + "后来来了很多警察，混乱中有人扔石头。",
        PLANT + "警察赶到后场面失控，路边几辆车辆被砸。",
        PLANT + "后来防暴警察到了，有个工人头上流血被抬走。",
    ],
)
def test_riot_told_by_what_it_left(text: str) -> None:
    assert "violence" in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "惠州的出租车司机昨天集体停运，几辆出来拉客的车被砸鸡蛋，警察到场维持秩序。",
        PLANT + "派出所的警车停在路边。",
    ],
)
def test_no_riot_is_left_alone(text: str) -> None:
    assert "violence" not in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "昆山一家电子厂三百多名工人今天停工讨薪，下午区里领导到场答应先垫付工资。",
        "哈尔滨一家国企两百多名下岗职工静坐第三天，市国资委来人了，答应先补缴社保。",
        "About 200 workers at a state-owned mill in Baotou protested on Monday over unpaid wages. "
        "City government officials came to the plant and agreed to advance two months of pay.",
    ],
)
def test_office_promise_is_no_talks(text: str) -> None:
    found = _responses(text)
    assert "government_intervention" in found
    assert "negotiation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "昆山一家电子厂三百多名工人今天停工讨薪，下午厂方答应先发一半工资，工人们陆续复工。",
        "About 200 workers at a private mill in Baotou struck on Monday over a pay cut. "
        "After two days the management agreed to restore the old rates.",
    ],
)
def test_employer_promise_stays_talks(text: str) -> None:
    assert "negotiation" in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "温州一家鞋厂一百多名工人昨天停工讨要三个月欠薪，与厂方协商未果，工人们在厂门口拉起横幅。",
        "温州一家鞋厂一百多名工人昨天停工讨要三个月欠薪，前后几次协商都没谈拢，大家继续守在厂门口。",
        "温州一家鞋厂一百多名下岗职工今天在厂部静坐，要求补发欠薪，还有破产时答应的补偿金。",
    ],
)
def test_failed_or_owed_is_no_talks(text: str) -> None:
    assert "negotiation" not in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "温州一家鞋厂一百多名工人昨天停工讨要欠薪，经过协商，厂方同意月底前付清。",
        "温州一家鞋厂一百多名工人昨天停工讨要欠薪，工人代表和厂方谈判到深夜，谈判未果。",
    ],
)
def test_talks_held_stay(text: str) -> None:
    assert "negotiation" in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "常州一家纺织厂两百多名工人今天游行到镇政府，要求政府出面追讨欠薪。",
        "常州一家纺织厂两百多名工人今天来到区人社局门口，并要求人社局协调解决社保问题。",
    ],
)
def test_office_as_where_they_went_is_no_act(text: str) -> None:
    assert "government_intervention" not in _responses(text)


def test_office_that_acted_after_a_demand_stays() -> None:
    text = "常州一家纺织厂两百多名工人今天堵在厂门口讨薪，镇政府随即派人到场协调。"
    assert "government_intervention" in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "南宁一家物流公司八十多名司机今天停工，抗议运费下调，晚上老板跟司机们谈出了新的运价。",
        "南宁一家物流公司八十多名司机今天停工，抗议运费下调，晚上公司和工人代表谈出了一个方案。",
        "南宁一家物流公司八十多名司机今天停工，抗议运费下调，站长在仓库门口跟大家谈补贴的事。",
    ],
)
def test_talked_with_the_workers(text: str) -> None:
    assert "negotiation" in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "南宁一家物流公司八十多名司机今天停工，抗议运费下调，大家要老板出来跟司机们谈清楚。",
        "南宁一家物流公司八十多名司机今天停工，抗议运费下调，老板始终不肯跟工人代表谈。",
    ],
)
def test_talks_asked_or_refused_are_left_alone(text: str) -> None:
    assert "negotiation" not in _responses(text)

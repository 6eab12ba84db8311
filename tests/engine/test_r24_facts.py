"""Round 24, facts: tolls told by who was hurt and where they went, and a city whose name is an
everyday word confirmed by one of its townships.

The hurt are counted where a number of workmates (三个工友) went to hospital (进了医院, 进了ICU,
Cantonese 送咗医院), and the dead where a number of workmates never got out (两个工友没跑出来).
A worker beaten into hospital at a protest is no accident's toll, and a number told as those
still missing (还困在井下) is not read as dead.

A city or county whose short name is an everyday word (中山: Zhongshan city's, and a district's
of Dalian) is read where the stem of one of its townships follows it (中山南朗, 中山横栏), and
not where a street's name does (中山路, 中山东路).

A place abroad told only as the firm's home or head office ("whose head office is in Kwun Tong,
Hong Kong", 香港总部) weighs nothing against a place at home the post names: the workers act at
the plant. Where no place at home is named, such a place still tells that the post is abroad.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine import reading


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("化工厂今天上午出事了，管道泄漏，四个工友进了ICU，还有几个头晕的在观察。", (None, 4)),
        ("仓库凌晨起火，两个工友没跑出来，还有三个送到医院了。", (2, 3)),
        ("一間五金廠今朝爆炸，一個工友冇走得出嚟，仲有兩個送咗醫院。", (1, 2)),
        ("车间氨气泄漏，7个人再没出来，12个人进了医院。", (7, 12)),
    ],
)
def test_workmates_counted_by_where_they_went(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert reading.toll(text) == toll


@pytest.mark.parametrize(
    "text",
    [
        "煤矿昨天透水，还有六个工友困在井下，家属都在矿上等消息。",
        "讨薪的工友被保安打进了医院，大家今天去派出所讨说法。",
    ],
)
def test_not_a_toll(text: str) -> None:
    killed, injured = reading.toll(text)
    assert killed is None
    assert injured is None


@pytest.mark.parametrize(
    "text",
    [
        "中山南朗一家灯饰厂的工人今天罢工，说厂里三个月没发工资。",
        "中山横栏一家家具厂，两百多名员工停工要求补缴社保。",
        "中山坦洲一家玩具厂的几十个工人今天在厂门口拉横幅。",
    ],
)
def test_everyday_city_name_before_its_township(text: str) -> None:
    assert reading.where(text)[:2] == ("440000", "442000")


@pytest.mark.parametrize(
    "text",
    [
        "中山路上一家工厂的工人罢工，说厂里欠薪。",
        "中山东路一家酒楼的员工停工讨薪。",
    ],
)
def test_everyday_city_name_before_a_street(text: str) -> None:
    assert reading.where(text) == (None, None, None)



@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Around 800 workers at Huizhou Dasheng Toys Ltd., a Hong Kong-owned maker of dolls, "
            "went on strike on Monday. Dasheng, whose parent company is based in Sha Tin, "
            "Hong Kong, said talks would resume.",
            "441300",
        ),
        (
            "Some 300 staff at Zhongshan Brightstar Lighting Ltd., a Hong Kong-owned lamp maker, "
            "stopped work on Friday. Brightstar, whose owners are based in Sai Kung, Hong Kong, "
            "has not commented.",
            "442000",
        ),
        (
            "Hundreds of workers at Foshan Meijia Furniture Ltd., a Hong Kong-funded firm, went "
            "on strike on Tuesday. Meijia, whose parent company is based in Sha Tin, Hong Kong, "
            "blamed falling orders.",
            "440600",
        ),
    ],
)
def test_head_office_abroad_beside_a_plant_at_home(text: str, city: str) -> None:
    assert reading.where(text)[1] == city


@pytest.mark.parametrize(
    "text",
    [
        "香港总部的员工今天罢工，要求加薪。",
        "Staff at the head office in Kwun Tong, Hong Kong, walked out on Monday over pay.",
    ],
)
def test_head_office_abroad_alone(text: str) -> None:
    assert reading.where(text) == (None, None, None)

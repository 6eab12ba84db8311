"""Round 21, forms: how a collective action was carried out, read from phrases the rules missed.

* In a post already read as a collective action where no other form is told, a group going to a
  government office to raise its claim (部分教师到县政府反映, "went to the county education
  bureau") is a petition; one worker's visit stays no form.
* Working vehicles kept idle in a post with a claim are a strike: 上百辆的士停在广场不走, 集卡已经
  停了三天, 公司门口停满了出租车 (not cars held up in a jam, nor private cars parked).
* A crowd counted just before it walks to an office (两百多个工友走到劳动局, 两百多人走上街到劳动
  部门, "walked to the labour bureau") marches there; a strike carried into the streets
  ("walked off the job and took to the streets") is a march, no protest besides.
* Strikers waiting where they are for an answer (大家都在那等说法, 司机们就想要个说法) protest
  besides the strike; an answer sought at an office is the petition's, one worker's wish none.
* Workers sitting in the workshop with the machines off (坐在车间里不开机) are on strike: no
  sit-in besides (a sit at a machine elsewhere, 坐在机台前不开工, stays one).
* A crowd gathered on the road it blocks (聚集堵路, 在国道聚集，造成交通堵塞) is the blockade, no
  protest besides (a gathering at the gate before the road was taken stays a protest).
* A crowd standing at the bare door of the office it went to (去了县教育局，几十个人在门口站了
  一上午) is the petition, no protest besides (not the plant's door gone back to).

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import classify, extract
from labourmap.engine.model import Extraction
from tests.engine.conftest import post, run


def forms(ex: Extraction) -> set[str]:
    return {f.value for f in ex.sets.get("forms", [])}


def read_as_action(text: str, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The forms of a post the rules are told is a collective action (as the text model may
    read one where the rules find no form)."""
    monkeypatch.setattr(classify, "decide_kind", lambda doc: "collective_action")
    return forms(extract(post(text), rules_only=True))


# 1. a group at a government office, in a post read as a collective action with no other form
@pytest.mark.parametrize(
    "text",
    [
        "情况说明：12月5日上午，我县部分小学教师到县政府反映绩效工资发放问题，县领导接待了教师代表。",
        "情况通报：3月2日上午，我区部分环卫工人到区政府反映工资拖欠问题，区领导承诺本月内发放。",
        "Dozens of village teachers in a Guizhou county went to the county education bureau "
        "on Friday to demand unpaid bonuses of about 8,000 yuan each.",
    ],
)
def test_office_visit_in_an_action_is_a_petition(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert read_as_action(text, monkeypatch) == {"petition"}


def test_office_visit_by_one_worker_is_no_petition() -> None:
    assert "petition" not in forms(run("我到县政府反映过好几次，工资还是没人管，求大家帮忙转发。"))


# 2. working vehicles kept idle
@pytest.mark.parametrize(
    "text",
    [
        "沙县上百辆出租车停在汽车站广场不走，司机说份子钱太高，一个月挣不到钱。",
        "港区的集卡已经停了四天，运费几年没涨，油钱却一直在涨，司机们都说拉一趟亏一趟。",
        "公司门口停满了出租车，的哥们说平台抽成太高，份子钱又涨了。",
    ],
)
def test_idle_fleet_is_a_strike(text: str) -> None:
    ex = run(text)
    assert ex.value("kind") == "collective_action"
    assert "strike" in forms(ex)


@pytest.mark.parametrize(
    "text",
    [
        "今天早高峰路上车都停在高架上不走，前面追尾了，大家绕行。",
        "小区门口停满了私家车，物业说收停车费是为了维护秩序。",
    ],
)
def test_cars_in_a_jam_or_parked_are_no_strike(text: str) -> None:
    assert "strike" not in forms(run(text))


# 3. a counted crowd walking to an office; a strike carried into the streets
@pytest.mark.parametrize(
    "text",
    [
        "厂里要搬走又不给补偿，今天三百多个工友走到区劳动局，要求按工龄补偿。",
        "工资拖了四个月，上午一百多名工人走上街头到人社部门反映，警察一路跟着。",
        "More than 300 of the workers walked to the district labour bureau on Tuesday to demand "
        "severance, trailed by police.",
    ],
)
def test_counted_crowd_walking_to_an_office_marches(text: str) -> None:
    assert {"march", "petition"} <= forms(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Two days later about 150 of the dockers walked to the city transport bureau to demand "
        "their unpaid wages.",
        "On Friday the cleaners walked together to the district housing department, trailed by "
        "police, after the contractor cut their pay.",
        "Some 60 bus drivers walked from the depot to the county labour bureau on Monday over "
        "eight months of unpaid wages.",
    ],
)
def test_walking_to_a_bureau_is_a_march(text: str) -> None:
    assert "march" in forms(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "About 500 workers at a shoe factory in Jiangxi walked off the job and took to the "
        "streets on Monday over pay cuts.",
        "Some 800 staff at an electronics plant in Suzhou downed tools and took to the streets on "
        "Friday, angry at unpaid overtime.",
        "Hundreds of bus drivers in a Henan city went on strike and took to the streets on Sunday "
        "over eight months of unpaid wages.",
    ],
)
def test_strike_taken_into_the_streets_is_a_march(text: str) -> None:
    assert forms(run(text)) == {"march", "strike"}


def test_streets_taken_alone_stay_a_protest() -> None:
    text = (
        "Food delivery riders took to the streets of Nanning on Monday over cuts to their pay "
        "per order."
    )
    assert forms(run(text)) == {"protest"}


def test_one_worker_going_to_the_bureau_is_no_march() -> None:
    text = "我一个人走到劳动局问了问，说让我去仲裁，工资还是拿不到，求帮忙转发。"
    assert "march" not in forms(run(text))


# 4. strikers waiting for an answer where they are
@pytest.mark.parametrize(
    "text",
    [
        "万州快跑的骑手今天集体不接单了，一单从5块降到3块9，站点门口一百多个兄弟都在那等说法。",
        "物流园今天好多货车司机停车不跑了，平台运价压得太低，罚款又多，司机们就想要个说法。",
        "厂里今天全部停工，计件单价又降了，工人们都在等个说法。",
    ],
)
def test_strikers_waiting_for_an_answer_protest(text: str) -> None:
    assert {"protest", "strike"} <= forms(run(text))


def test_answer_sought_at_an_office_is_no_protest() -> None:
    ex = run("县里出租车今天全部停运，上百名司机到县政府要说法，抗议份子钱太高。")
    assert "protest" not in forms(ex)


# 5. sitting in the workshop with the machines off
@pytest.mark.parametrize(
    "text",
    [
        "模具厂今天全厂停工了，三百多号人坐在车间里不开机，计件单价又砍了一成。",
        "车工们全都不干了，五十几个人坐在车间里就是不开机，工价从五块降到四块。",
        "服装厂今天停工，两百多人坐在车间不开机，听说老板要把厂搬走。",
    ],
)
def test_sitting_in_the_workshop_is_the_strike(text: str) -> None:
    assert forms(run(text)) == {"strike"}


def test_sitting_at_a_machine_elsewhere_stays_a_sit_in() -> None:
    ex = run("仓库今天停工，一百多个分拣工坐在分拣台前不干活，加班费按八块一小时算。")
    assert "sit_in" in forms(ex)


# 6. a crowd gathered on the road it blocks
@pytest.mark.parametrize(
    "text",
    [
        "3日下午，西山区一工地数十名工人聚集堵路讨薪，区人社局已介入。",
        "【警情通报】5月8日上午，某陶瓷公司部分员工因被拖欠三个月工资在207国道聚集，造成交通堵塞，民警已到场处置。",
        "经查，二十余名人员因劳资纠纷在该路段聚集并拦截过往车辆，严重影响交通秩序。",
    ],
)
def test_gathering_on_the_road_is_the_blockade(text: str) -> None:
    assert forms(run(text)) == {"road_blockade"}


def test_gathering_at_the_gate_before_the_road_stays_a_protest() -> None:
    text = (
        "昨天上午三百余名工人在厂门口聚集，随后部分工人走到长江路上拉起横幅，"
        "交通一度受阻，讨要拖欠的工资。"
    )
    assert {"protest", "road_blockade"} <= forms(run(text))


# 7. a crowd standing at the bare door of the office it went to
@pytest.mark.parametrize(
    "text",
    [
        "镇上的代课老师今天去县教育局了，三十几个人在门口站了一下午，绩效工资拖了一年没发。",
        "昨天上午我们八十多个环卫工一起去了区城管局，就站在门口，没喊口号，只想要回三个月的工资。",
        "四十多名护工去了市人社局，外包公司欠了两个月工资，大家在门口等了一上午才有人出来。",
    ],
)
def test_standing_at_the_office_door_is_the_petition(text: str) -> None:
    assert forms(run(text)) == {"petition"}


def test_standing_at_the_plant_door_after_the_office_stays_a_protest() -> None:
    text = "工人们上午去了区人社局，下午又回到厂里，三百多人在门口站着等老板，工资拖了三个月。"
    assert "protest" in forms(run(text))

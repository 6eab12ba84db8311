"""Where a firm would move, a place told as there or as an earlier event, a head office told in
English, a word of time before a short name, and a place that 的 ties to a firm."""

from __future__ import annotations

import pytest

from labourmap.engine.geo import default_index
from labourmap.engine.text import normalise
from tests.engine.reading import record, where


def _place(text: str) -> str | None:
    loc = default_index().resolve(normalise(text), text)
    return None if loc.place is None else str(loc.place.value)


# -- where a firm would move is never the event's place ----------------------------------------


@pytest.mark.parametrize("text", [
    "想请教一下，听说我们公司年后要搬到贵州去，不跟着走的能不能要补偿？",
    "老板说厂子下半年迁往柬埔寨，我们这些老员工怎么办",
    "厂里贴了通知，不愿随厂去湖北的一律算自动离职，大家都很气愤",
    "The owners plan a relocation to Ethiopia and the workers want severance first.",
])
def test_a_move_destination_alone_gives_no_place(text: str) -> None:
    assert where(text) == (None, None, None)


def test_a_move_destination_gives_way_to_the_site() -> None:
    text = "嘉兴海盐一家服装厂今天两百多人停工，老板要把厂搬去江西赣州，不去的没补偿"
    assert where(text) == ("330000", "330400", "330424")


def test_near_miss_a_place_the_workers_went_to_is_still_the_place() -> None:
    # 到 alone (a trip to an office) is no move of a firm
    assert where("三十多个工人今天到南平市人社局讨薪") == ("350000", "350700", None)


# -- a place told as there, or as an earlier event ---------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("这回是常熟的纺织厂停工了，几百人在厂门口，张家港那边上个月刚闹完",
     ("320000", "320500", "320581")),
    ("醴陵之后，攸县的环卫工今天也罢工了，诉求都是欠薪", ("430000", "430200", "430223")),
    ("又是这家！这次是余姚那个分厂停工，跟慈溪那次不是一回事", ("330000", "330200", "330281")),
])
def test_a_place_told_as_there_gives_way_to_the_posts_own(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_near_miss_there_said_of_where_the_speaker_is() -> None:
    # 我在…那边打工: where the speaker works, the post's own place
    assert where("我在常熟那边打工，厂里三个月没发工资了，老家是安徽的") == (
        "320000", "320500", "320581"
    )


def test_near_miss_there_alone_is_still_the_place() -> None:
    assert where("听说余姚那边一家电器厂今天几百人停工")[2] == "330281"


def test_a_township_of_an_earlier_event_is_no_place() -> None:
    text = "前天桐乡的羊毛衫厂停工了，跟海宁许村那次不是一回事"
    assert _place(text) is None


# -- a head office told in English -------------------------------------------------------------


def test_a_head_office_in_english_is_not_the_site() -> None:
    text = (
        "Workers staged a protest at a plant in Surabaya, Indonesia, over unpaid wages. "
        "The firm's headquarters is in Jinjiang, Quanzhou."
    )
    assert where(text) == (None, None, None)


def test_near_miss_a_plant_in_a_chinese_city_in_english() -> None:
    text = "Hundreds of workers struck at a shoe plant in Jinjiang, Quanzhou, over unpaid wages."
    assert where(text) == ("350000", "350500", "350582")


# -- a word of time right before a short name; 的 between a place and a firm -------------------


@pytest.mark.parametrize(("text", "county"), [
    ("昨天常熟华宇纺织停工的事有后续了", "320581"),
    ("今早余姚宏达电器门口又围了好多人", "330281"),
    ("这次是海盐新区的宏达二厂，今天几百人停工", "330424"),
])
def test_a_short_name_after_time_or_before_a_firm_with_de(text: str, county: str) -> None:
    assert where(text)[2] == county


def test_near_miss_a_word_of_time_run_into_a_name_is_still_split() -> None:
    # 今天全厂: 天全 is no place
    assert where("今天全厂停工，工人说老板欠了三个月工资") == (None, None, None)


def test_near_miss_there_said_of_a_part_of_the_posts_own_place() -> None:
    # 杭州…萧山那边: a district of the post's own city, not another place
    text = "杭州又有工人爬塔吊了，这回是萧山那边的一个工地，七八个人半年没拿到钱"
    assert where(text) == ("330000", "330100", "330109")


# -- 资 after 中 or 陆 is an ownership word ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "老挝一处中资兴建的水电站，上百名工人聚集讨薪",
    "柬埔寨一家陆资兴办的制衣厂今天停工",
])
def test_funded_is_no_place(text: str) -> None:
    assert where(text) == (None, None, None)


def test_near_miss_a_county_whose_name_begins_with_zi() -> None:
    assert where("湖南资兴一家煤矿的矿工今天停工")[2] == "431081"


# -- a strike told with its verb split (停的工) marks its start ----------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("东莞宏远那事结了。14号开始停的工，上周五区劳动局、厂方和员工代表三方签了协议，按N+1赔，"
     "社保补两年。大部分人拿钱走了。", "2018-05-14"),
    ("惠州华兴那事结了。11号开始停了工，上周五区劳动局、厂方和员工代表三方签了协议，按N+1赔，"
     "社保补两年。大部分人拿钱走了。", "2018-05-11"),
])
def test_a_split_strike_verb_marks_the_start(text: str, day: str) -> None:
    assert record(text, "2018-05-22T08:30:00+08:00")["date"] == day


def test_near_miss_a_start_of_no_action_is_still_weak() -> None:
    text = (
        "佛山华兴电器那事结了。14号开始停的电。上周五员工罢工，区劳动局、厂方和员工代表"
        "三方签了协议，按N+1赔。"
    )
    assert record(text, "2018-05-22T08:30:00+08:00")["date"] == "2018-05-18"

"""Round 15, places: names run on after another place's that are part of a firm's or a
landmark's name, hometowns told without a stop, a disaster's place told as background, lists of
places beside the post's own, where the pictures were taken, where the machines are carried, the
districts a name means alone, and counties renamed whole. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from tests.engine.reading import where

# -- a name run on after another place's, neither within it nor around it -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 东湖 is a district of Nanchang, but after 武汉市 it begins a scenic area's name
    ("武汉市东湖风景区“东湖景苑”工地一台升降机坠落，多名工人死亡。", ("420000", "420100", None)),
    # 朝阳 after 宝安 begins a firm's name, not Liaoning's city
    ("宝安朝阳电子今天全厂停工，工人把厂门堵了。", ("440000", "440300", "440306")),
    # a province's name after a township of another begins the name of a firm from there
    ("双峰一个女孩为父求助：他在贵州金沙县木孔镇湖南某建工集团的矿井当电工，被电火烧伤。",
     ("520000", "520500", "520523")),
])
def test_a_name_run_on_after_another_place_is_part_of_a_name(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("湖北武汉江夏一家汽配厂停工。", ("420000", "420100", "420115")),
    ("北京朝阳一家物流仓库起火。", ("110000", "110000", "110105")),
])
def test_near_miss_a_name_run_on_within_the_one_before_is_a_place(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


# -- words of time, hometowns, disasters, lists --------------------------------------------------

@pytest.mark.parametrize("text", [
    "罢工踏入第二周，数万人昨日照常打卡却拒绝开工，这家东莞鞋厂仍未回应。",
    "工人今日照常上班但不开机，东莞裕兴鞋厂的罢工还在继续。",
    "工人当日照常到厂静坐，东莞这家电子厂的罢工已经三天。",
])
def test_a_word_of_time_ending_in_ri_splits_rizhao(text: str) -> None:
    assert where(text) == ("440000", "441900", None)


def test_near_miss_rizhao_alone_is_a_place() -> None:
    assert where("日照一家钢厂发生煤气泄漏。") == ("370000", "371100", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("我们是四川南充的农民工，在包头昆都仑区一个工地干活，老板欠了半年工资。",
     ("150000", "150200", "150203")),
    ("我是河南周口的我老公在东莞长安镇一家五金厂上班，手被压断了厂里不管。",
     ("440000", "441900", None)),
    ("我们是湖南邵阳的民工，在贵阳白云区一个工地干了一年，一分钱没拿到。",
     ("520000", "520100", "520113")),
])
def test_a_hometown_told_before_the_workers_or_without_a_stop(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_near_miss_a_workplace_told_after_we_are() -> None:
    assert where("我们是合肥肥西县一家家具厂的工人，老板欠了两个月工资。") == (
        "340000", "340100", "340123")


@pytest.mark.parametrize(("text", "expected"), [
    ("我姐夫就是郑州暴雨里救人的那个农民工，现在在深圳工地受了重伤。", ("440000", "440300", None)),
    ("北京7·21暴雨中救人的农民工，如今躺在东莞的医院里，工地老板不管。",
     ("440000", "441900", None)),
    ("玉树地震时去救灾的那批工人，后来在西安一个工地被欠了半年工资。", ("610000", "610100", None)),
])
def test_a_disaster_named_by_its_place_is_background(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_near_miss_a_disaster_alone_still_names_the_place() -> None:
    assert where("郑州暴雨中一处工地围墙倒塌，三名工人遇难。") == ("410000", "410100", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("4日，太原市一批外卖员集体停工。今年以来云南、江苏、山东、广东等地都有骑手抗议。",
     ("140000", "140100", None)),
    ("南昌市一百多名出租车司机昨天停运。此前湖北、湖南、四川等省也有司机停运。",
     ("360000", "360100", None)),
    ("洛阳市的塔吊司机今天也停了，之前重庆、四川、贵州、广西都停过。", ("410000", "410300", None)),
])
def test_a_list_of_places_beside_the_posts_own(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


def test_near_miss_a_list_alone_is_no_place() -> None:
    assert where("云南、江苏、山东、广东等地的外卖员都在抗议降价。") == (None, None, None)


# -- English: pictures, streets, moves, spellings ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Video from Putian, Fujian today: hundreds of shoe workers blocking the road.",
     ("350000", "350300", None)),
    ("Footage from Dongguan shows workers gathered at a factory gate.", ("440000", "441900", None)),
    ("Livestreams from Zhengzhou overnight: new hires facing police at the plant.",
     ("410000", "410100", None)),
])
def test_where_the_pictures_were_taken_is_the_place(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_near_miss_workers_from_a_place_are_its_natives() -> None:
    assert where("Workers from Henan staged a protest at a building site in Shenzhen.") == (
        "440000", "440300", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Delivery riders staged a protest on a Beijing street over unpaid wages.",
     ("110000", "110000", None)),
    ("Sanitation workers rallied in a Guangzhou street after months without pay.",
     ("440000", "440100", None)),
    ("Workers blocked a Wuhan road over back pay.", ("420000", "420100", None)),
])
def test_a_street_of_a_city_is_in_that_city(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


def test_near_miss_a_street_named_after_a_city_is_no_place() -> None:
    assert where("Workers gathered on Beijing Road in Kunming over unpaid wages.") == (
        "530000", "530100", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("老板想偷偷拉机器去阳江，深圳公明这家厂的工人守住了厂门。", ("440000", "440300", None)),
    ("厂里连夜拉设备去江西，东莞这家鞋厂的工人堵住了货车。", ("440000", "441900", None)),
    ("DONGGUAN - More than 1,000 workers pressed for compensation over the relocation of the "
     "plant to Jiangxi province.", ("440000", "441900", None)),
])
def test_where_the_machines_are_carried_is_no_place(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_near_miss_machines_moved_within_the_place() -> None:
    assert where("江门一家厂把机器搬到隔壁车间，工人停工抗议。") == ("440000", "440700", None)


@pytest.mark.parametrize(("text", "county"), [
    ("Riders gathered outside a station in Shanghai's Minhang district last night.", "310112"),
    ("A courier was killed on a road in Minhang, Shanghai.", "310112"),
    ("Workers at a textile mill in Xun County, Henan, blocked the gate.", "410621"),
])
def test_spellings_the_gazetteer_reads_in_another_sound(text: str, county: str) -> None:
    assert where(text)[2] == county


def test_near_miss_a_district_spelled_as_the_gazetteer_does() -> None:
    assert where("Cleaners protested in Shanghai's Pudong New Area.")[2] == "310115"


# -- names that mean one place alone, counties renamed whole -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("在朝阳送外卖的，这个月超时被罚了二十多单。", ("110000", "110000", "110105")),
    ("我在朝阳区一个小区当保安，物业欠了我们四个月工资。", ("110000", "110000", "110105")),
    ("铁西老厂的退休工人今天又去区政府了，养老金差一大截。", ("210000", "210100", "210106")),
])
def test_a_district_name_many_share_means_the_well_known_one_alone(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("长春市朝阳区一所学校的老师讨要绩效工资。", ("220000", "220100", "220104")),
    ("辽宁朝阳一家铸造厂工人停工。", ("210000", "211300", None)),
])
def test_near_miss_a_place_named_says_which(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("株洲县一个住宅工地塔吊倒塌，3人死亡。", ("430000", "430200", "430212")),
    ("芜湖县一家化工厂发生爆炸。", ("340000", "340200", "340210")),
    ("九江县一家船厂工人讨薪。", ("360000", "360400", "360404")),
])
def test_a_county_renamed_whole_is_its_successor(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_near_miss_a_county_split_between_several_gives_its_city() -> None:
    assert where("邯郸县一家钢厂工人停工。") == ("130000", "130400", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Workers at a site run by a Henan builder in Shenzhen protested over pay.",
     ("440000", "440300", None)),
    ("A Hunan contractor's workers blocked a road in Dongguan over back pay.",
     ("440000", "441900", None)),
    ("A Zhejiang textile firm's plant in Vietnam was hit by a strike.", (None, None, None)),
])
def test_a_place_a_firm_is_from_gives_way_to_the_site(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_near_miss_a_firm_from_a_place_named_alone_is_there() -> None:
    assert where("A Shenzhen company's workers went on strike over unpaid overtime.") == (
        "440000", "440300", None)

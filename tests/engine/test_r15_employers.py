"""Employers as reports name them, round 15: the words of a clause run into a firm's word, a
firm named only as a landmark, the works next door or a client, a short name before its
workers, a Latin name before its workers, a labour boss by his full name, a county that owes
its teachers, central builders' numbered companies, a broadcaster that owes, a definite body
named in English lower case ("the X education bureau"), a firm in apposition ("X, a maker of
…"), the one that owes over where it stands. Every sentence is written for these tests and
stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.pairwise import group
from tests.engine.reading import employer, record

# -- the words of a clause run into a firm's word ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("工人们围堵公司大门讨要工资，老板一直没露面。", None),
        ("十年前遭工厂恶意关闭，如今老工人仍拿不到补偿。", None),
        ("夏天砖厂停了，他就去城里做装修。", None),
        ("但因学校迟迟不发工资，老师们只好集体请假。", None),
        ("借改制之名成立融资平台公司，逼教师入股。", None),
        ("消息传出后，相关上市公司股价应声下跌。", None),
        ("新接手公司拒绝留用原来的保洁员。", None),
        ("因外判商恒通物业合约期满，清洁工被要求离开。", "恒通物业"),
        ("司机们说矿上和运输公司合起伙来压价。", None),
        ("街道两旁多为木材加工厂，火势蔓延很快。", None),
        ("医保公积金医院一直不给我们交。", None),
        ("说好安排隔离酒店，最后只能住方舱。", None),
        ("那家金饰加工厂说关就关。", None),
    ],
)
def test_a_word_of_the_clause_is_no_part_of_the_name(text: str, name: str | None) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "大家坐在广场上等公司来人谈判。",
        "保安让我们回宿舍等工厂通知。",
        "他们就在门口等集团派人来。",
    ],
)
def test_waiting_for_the_firm_names_none(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "开会时公司承诺月底前发工资，结果又食言了。",
        "停电时工厂里还有二十多人在上夜班。",
        "谈判时集团代表始终没有出现。",
    ],
)
def test_when_then_the_firm_unnamed_names_none(text: str) -> None:
    assert employer(text) is None


def test_a_name_that_holds_a_time_word_is_kept() -> None:
    assert employer("新时代电子公司拖欠三百名工人的工资。") == "新时代电子公司"


@pytest.mark.parametrize(
    "text",
    [
        "厂方要求员工随厂搬迁到外省，不去的不给补偿。",
        "不愿随厂迁走的老员工被一律辞退。",
        "公司通知大家随厂去新址，路费自理。",
    ],
)
def test_moving_with_the_works_names_none(text: str) -> None:
    assert employer(text) is None


def test_a_works_named_before_moving_is_the_employer() -> None:
    assert employer("顺达五金厂的工人不愿随迁。") == "顺达五金厂"


@pytest.mark.parametrize(
    "text",
    ["江都一船厂起火，两名工人受伤。", "望都一砖厂发生坍塌。", "秭归一船厂发生爆炸。"],
)
def test_a_place_then_a_works_is_no_name(text: str) -> None:
    assert employer(text) is None


def test_a_registered_name_after_a_place_keeps_its_one() -> None:
    assert employer("成都一品香食品有限公司拖欠工资。") == "一品香食品有限公司"


# -- a landmark, the works next door, a client --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "金城化工有限公司附近发生爆炸，三名路人受伤。",
        "昨天在宏达超市附近，几十个工人堵路讨薪。",
        "家乐福北门店附近，一名外卖骑手被货车撞倒。",
    ],
)
def test_a_landmark_is_no_employer(text: str) -> None:
    assert employer(text) is None


def test_a_firm_whose_grounds_are_named_is_still_the_employer() -> None:
    assert employer("金城化工有限公司的工人在厂区附近拉横幅。") == "金城化工有限公司"


@pytest.mark.parametrize(
    "text",
    [
        "隔壁鸿运电子的厂每月多发五百，我们一分不涨。",
        "隔壁的丰田厂工资高多了，凭什么我们这么低？",
        "隔壁宏泰木业在厂的四十人都跑出来了。",
    ],
)
def test_the_works_next_door_is_no_employer(text: str) -> None:
    assert employer(text) is None


def test_the_one_next_door_said_to_be_it_is_the_employer() -> None:
    assert employer("不是华兴，是隔壁永盛纺织的车间起火了。") == "永盛纺织"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("这是本田供应链上今年第三起停工。", None),
        ("长春一汽某配套厂的工人今天停工了。", None),
        ("工人们把赶出来的鞋子运去给阿迪达斯，一双也没少。", None),
        ("The strike was the fifth this month to hit Toyota or its suppliers.", None),
        ("Staff at Jinrun Plastics, a maker of phone cases for Samsung, walked out.",
         "Jinrun Plastics"),
        ("Workers at a garment factory that sews for Uniqlo went on strike.", None),
    ],
)
def test_a_client_is_no_employer(text: str, name: str | None) -> None:
    assert employer(text) == name


def test_a_brand_named_as_itself_is_the_employer() -> None:
    assert employer("丰田工厂的工人今天罢工了。") == "丰田工厂"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北京万科这个项目拖欠了农民工三个月工资。", "万科"),
        ("西安万科的项目工地上，几十名工人讨薪。", "万科"),
        ("中铁这个项目一直拖着不结账。", "中铁"),
    ],
)
def test_a_guarded_name_before_its_project_is_a_firm(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_guarded_name_before_no_firm_word_is_none() -> None:
    assert employer("长城脚下的工地上有人坠落。") is None


# -- public bodies, site offices and central builders -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("黑河广播电视台拖欠职工工资八个月。", "黑河广播电视台"),
        ("牡丹江电视台拖欠临时工工资，十多人上门讨要。", "牡丹江电视台"),
        ("吉林延边广播电视台拖欠编辑记者的绩效工资。", "吉林延边广播电视台"),
    ],
)
def test_a_broadcaster_that_owes_is_the_employer(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text", ["工人们找到电视台求助。", "据临沂电视台报道，工地上有人坠落。"]
)
def test_a_broadcaster_told_to_or_reporting_is_no_employer(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("S312省道第三合同段总承包部的五名工人被困。", "S312省道第三合同段总承包部"),
        ("据了解，环湖公路二标段总承包部拖欠工资。", "环湖公路二标段总承包部"),
        ("他们在铁路四标总承包部干了半年。", "铁路四标总承包部"),
    ],
)
def test_a_main_contractors_site_office_is_the_employer(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_site_office_unnamed_is_no_employer() -> None:
    assert employer("工人们去总承包部讨薪。") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("一批焊工去中化三建讨要拖欠的工钱。", "中化三建"),
        ("中石化十建的工地上，几十名工人拉起横幅。", "中石化十建"),
        ("由中冶十七冶承建的厂房项目欠薪半年。", "中冶十七冶"),
    ],
)
def test_a_central_builders_numbered_company(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_builders_word_run_on_is_no_numbered_company() -> None:
    assert employer("中石化五建设立了新的项目部。") != "中石化五建"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中建六局的工地上，老板跑了，三十多名工人讨薪。", "中建六局"),
        ("中铁十五局的项目上，老板拖欠工资半年，五十多名工人今天堵门讨薪。", "中铁十五局"),
        ("中冶二十冶工地的老板卷款跑了，工人讨薪。", "中冶二十冶"),
    ],
)
def test_a_state_builder_on_whose_site_a_boss_fled_is_not_private(text: str, name: str) -> None:
    r = record(text)
    assert r["employer"] == name
    assert r["ownership"] != "private"


def test_a_firm_whose_boss_fled_is_private() -> None:
    assert record("宏达建筑公司的老板跑了，三十多名工人讨薪。")["ownership"] == "private"


# -- short names, Latin names, bosses and counties ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我们宏联的工人已经三个月没拿到工资了。", "宏联"),
        ("鑫辉的工友们今天一起去了镇政府。", "鑫辉"),
        ("路过问了一下，是佳美达的员工，说厂里欠了两个月工资。", "佳美达"),
    ],
)
def test_a_short_name_before_its_workers(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "受伤的工友被送到医院。",
        "隔壁的工人也来了。",
        "他们是正式的员工，不是派遣工。",
        "青龙山的工人昨天聚在一起讨说法。",
    ],
)
def test_what_befell_workers_or_where_they_are_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在南宁西乡塘华景达的工地上干了八个月，一分钱没拿到。", "华景达"),
        ("成都高新区鼎盛建设的项目，我们三十多个钢筋工被欠了半年工资。", "鼎盛建设"),
        ("是宏盛达的工地，包工头电话一直不通。", "宏盛达"),
    ],
)
def test_a_short_name_before_its_site_or_project(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "我们在朋友介绍的工地上干了三个月。",
        "小区的工地上昨天有人坠落。",
        "在高铁的项目上干活的工人讨薪。",
    ],
)
def test_a_site_told_by_what_it_is_names_no_firm(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("#Brightex工人维权# 厂里拖欠加班费三个月。", "Brightex"),
        ("在东莞Norvell的工友今天停工了。", "Norvell"),
        ("听说Tecomax的员工都不干了。", "Tecomax"),
    ],
)
def test_a_latin_name_before_its_workers(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_product_before_workers_is_no_name() -> None:
    assert employer("听说iPhone的工人很累。") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("包工头刘志强说开发商没给钱，一直拖着。", "刘志强"),
        ("工头王海说下个月一定结清。", "王海"),
        ("带班老板陈立新跑了，电话也打不通。", "陈立新"),
    ],
)
def test_a_labour_boss_by_his_full_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text", ["包工头老李跑了。", "包工头张某卷款失联。", "包工头马上就到，大家别急。"]
)
def test_a_boss_without_a_full_name_is_none(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("湖南泸溪县拖欠教师绩效工资两年。", "泸溪县"),
        ("通报称，凤冈县3年间拖欠教师各类津补贴。", "凤冈县"),
        ("镇雄县长期拖欠代课教师工资。", "镇雄县"),
    ],
)
def test_a_county_that_owes_its_teachers(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize("text", ["该县拖欠教师工资两年。", "泸溪县拖欠工程款的事还没解决。"])
def test_a_county_unnamed_or_owing_no_staff_is_none(text: str) -> None:
    assert employer(text) is None


# -- English --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Teachers rallied outside the Liuyang education bureau on Friday.",
         "Liuyang education bureau"),
        ("Rescuers pulled two miners from the flooded Heshan colliery.", "Heshan colliery"),
        ("Staff of the Yichun radio and television station held a sit-in.",
         "Yichun radio and television station"),
        ("Drivers at the Zhuzhou public bus company stopped work.", "Zhuzhou public bus company"),
    ],
)
def test_a_definite_body_named_in_lower_case(text: str, name: str) -> None:
    assert employer(text) == name


def test_an_office_complained_to_is_no_employer() -> None:
    assert employer("Petitioners went to the Wujin district labour bureau on Monday.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kolpex, a German-owned maker of car seats, has not paid its staff.", "Kolpex"),
        ("Silverline, the city's largest taxi company, has raised its fees again.", "Silverline"),
        ("Meridian Tools, a Taiwanese supplier, told staff the plant would close.",
         "Meridian Tools"),
    ],
)
def test_a_firm_named_in_apposition(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_person_in_apposition_is_no_firm() -> None:
    assert employer("Smith, a welder on the site, said nobody had been paid.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Seventy workers were on the platform when it fell.",
        "Temporary staff at a hospital went on strike on Tuesday.",
        "Workers at the iPhone plant walked out over bonuses.",
    ],
)
def test_a_count_a_kind_of_worker_or_a_product_is_no_firm(text: str) -> None:
    assert employer(text) is None


def test_a_firm_at_a_sentences_head_is_still_a_firm() -> None:
    assert employer("Foxconn workers walked out on Friday.") == "Foxconn"


# -- the one that owes; names given in quotes or brackets; brands, trades and hospitals ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("万隆商场的金悦酒店拖欠装修工人工资半年。", "金悦酒店"),
        ("华联商场的金源超市拖欠理货员工资。", "金源超市"),
        ("金港宾馆的福满楼饭店拖欠厨师工资。", "福满楼饭店"),
    ],
)
def test_the_one_that_owes_over_where_it_stands(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_labour_agency_that_owes_is_below_the_firm() -> None:
    text = "工人们聚集在恒达电器有限公司门前，称承包方宏兴劳务有限公司拖欠工资。"
    assert employer(text) == "恒达电器有限公司"


@pytest.mark.parametrize(
    "text",
    [
        "一处名为“翡翠湾”的楼盘工地上，二十多名工人讨薪。",
        "一个名为“锦江花苑”的项目停工了。",
        "一处名为“水岸名都”的小区工地停工讨薪。",
        "工资晚发不叫欠薪，叫“资金周转”。",
        "公司说这不叫裁员，叫“优化”。",
        "这不叫拖欠，叫“延期支付”。",
    ],
)
def test_a_project_or_a_phrase_in_quotes_is_no_firm(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北方重工沈阳分厂（铁西）的工人今天拉起横幅。", "北方重工沈阳分厂"),
        ("华南重工二分厂（黄埔）拖欠工资。", "华南重工二分厂"),
        ("精达电子三分厂（龙岗）的工人今天停工。", "精达电子三分厂"),
    ],
)
def test_a_place_in_brackets_after_a_plant_is_where_it_is(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_name_in_brackets_after_what_the_firm_is_is_kept() -> None:
    assert employer("一家教培机构（思学优教育）突然关门。") == "思学优教育"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("南宁飞速快递分拨中心的快递员今天都不干了。", "南宁飞速快递"),
        ("顺通快递转运中心停摆，几十名分拣员罢工。", "顺通快递"),
        ("韵通快递中转场的分拣员停工了。", "韵通快递"),
        ("恒远化纤的工人讨薪三天了。", "恒远化纤"),
        ("桐乡新凤化纤停产了，工人讨薪。", "新凤化纤"),
        ("鸿达速运拖欠分拣员两个月工资。", "鸿达速运"),
        ("华峰速运的司机今天罢工。", "华峰速运"),
    ],
)
def test_a_brand_before_its_centre_and_trade_words(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "化纤行业今年不景气。",
        "去快递分拨中心取件的人排起长队。",
        "冲床没装光电保护，他的手指被压断。",
        "冲压机光电保护失灵，工人手掌被压伤。",
        "剪板机光电感应坏了好几天。",
        "两名工人烧伤，已经送仁济医院了。",
        "两人烧伤，马上送博爱医院了。",
        "伤者连夜送华山医院，至今昏迷。",
    ],
)
def test_a_trade_a_guard_or_a_hospital_the_hurt_were_sent_to_is_no_firm(text: str) -> None:
    assert employer(text) is None


def test_a_hospital_whose_staff_strike_is_the_employer() -> None:
    assert employer("仁济医院的护士罢工了。") == "仁济医院"


def test_a_photoelectric_firm_is_a_firm() -> None:
    assert employer("华星光电的工人罢工了。") == "华星光电"


# -- a post that tells its event apart and names its own employer --------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [  # (the township is in the first one's name and in both posts)
        ("柯桥杨汛桥华锦纺织六十多名工人今天堵在办公楼门口讨薪，老板称资金周转不灵。",
         "跟前几天华锦那个不是一回事：柯桥杨汛桥的鸿丰纺织八十来人今天停工，到镇里反映欠薪。"),
        ("海宁许村金羽纺织一百来号工人今天围在办公楼前要工资，老板说客户欠款收不回。",
         "这回是海宁许村的天虹纺织，跟上周金羽那事不是一回事，七十多人停工去镇上要钱。"),
        ("长兴夹浦银河纺织七十多名工人今天堵在办公楼前讨要工资。",
         "长兴夹浦那边和银河不是同一家，是夹浦的凯达纺织，五十多人今天停工讨薪。"),
    ],
)
def test_a_post_told_apart_with_its_own_employer_is_another_event(first: str, second: str) -> None:
    groups = group((first, "2024-03-04T10:00:00"), (second, "2024-03-11T10:00:00"))
    assert groups[0] != groups[1]


def test_a_post_of_the_same_firm_the_next_day_joins_it() -> None:
    groups = group(
        ("平湖新埭兴旺纺织八十多名工人今天围在办公楼前讨要工资。", "2024-03-04T10:00:00"),
        ("平湖新埭兴旺纺织八十多名工人今天停工，到镇政府讨要工资。", "2024-03-05T10:00:00"),
    )
    assert groups[0] == groups[1]

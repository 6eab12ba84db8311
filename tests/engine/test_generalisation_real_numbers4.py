"""Numbers and names as real reports word them, fourth set: a day before a count, those laid off,
those who signed, those taken to hospital, all the workers a firm owes in a one-worker call,
a date's number before a noun, taxis and cabs counted, "thousands at a firm", "1,000+"; a sum
the firm owed, one not paid a cent, a sum of wages named alone; the dead "gone" after a fall,
"all gone", "not saved", the hurt told beside the dead; and what is no employer's name (a month,
a verb or a count run into 公司, a product, a housing project, an owner, the firm a strike
spread from) or is one (a legal name made of places and trades).
Every sentence is written for these tests (2024-10-18, the default post day, is a Friday)
and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer, head_count, money, toll
from tests.engine.reading import record as _rec

# -- participants ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("惠州一家玩具厂前日有三百多名工人在厂门口静坐，要求补缴社保。", "100-999"),
        ("前天有五十多名司机聚在客运站门口停运抗议。", "10-99"),
    ],
)
def test_the_day_before_yesterday_is_no_rank(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("两百多名职工到集团门口抗议补偿太低，据说公司计划裁减五千人。", "100-999"),
        (
            "About 300 workers protested outside the plant on Monday; the firm plans to lay "
            "off 4,000 "
            "workers next year.",
            "100-999",
        ),
    ],
)
def test_those_laid_off_are_no_crowd(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        (
            "Some twenty cleaners staged a sit-in at the depot; more than 3,000 people have "
            "signed an "
            "online petition backing them.",
            "10-99",
        ),
        ("四十多名保安在小区门口讨薪，网上已有两千多人签名声援。", "10-99"),
    ],
)
def test_those_who_signed_are_no_crowd(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    "text",
    [
        "Sanitation workers struck in a Hunan county on Monday; four workers were taken "
        "to hospital "
        "after scuffles.",
        "Drivers blocked the depot gate on Friday and two drivers were hospitalised after police "
        "moved in.",
    ],
)
def test_those_taken_to_hospital_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "我在这个楼盘干了八个月钢筋工，老板欠我两万块。后来听说开发商一共拖欠600多名农民工工资。",
        "A plasterer in Nanning asked a newspaper for help on Monday; inspectors found the "
        "developer "
        "owed more than 400 migrant workers their pay.",
    ],
)
def test_all_the_workers_owed_are_not_the_caller(text: str) -> None:
    assert head_count(text, call=True) is None
    assert _rec(text)["participants"] == "1-9"


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        (
            "About 600 cabs stayed off the streets of Baoding from October 3 to 6 as drivers "
            "protested a new fee.",
            "100-999",
        ),
        (
            "Around 250 taxis in Zigong stopped running on Tuesday over rising lease fees.",
            "100-999",
        ),
    ],
)
def test_a_days_number_is_no_head_count_and_taxis_count(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        (
            "Hundreds at a Dongguan shoe maker have been on strike since Monday over "
            "unpaid overtime.",
            "100-999",
        ),
        (
            "Thousands from an electronics plant in Suzhou marched to the district office on "
            "Wednesday.",
            "1000-9999",
        ),
    ],
)
def test_a_vague_crowd_at_its_workplace(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("Xiamen: 2,000+ assembly workers walked out on Thursday over cut bonuses.", "1000-9999"),
        (
            "A foreman argued with a dozen-plus migrant workers protesting at a depot "
            "gate in Hefei.",
            "10-99",
        ),
    ],
)
def test_a_number_with_a_plus(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("绵阳的出租车今天全停了，说是三百多台车都没出来跑，司机聚到交通局门口。", "100-999"),
        ("柳州的士从周一起停运，一千二百多台，的哥们都在市政府门口等说法。", "1000-9999"),
    ],
)
def test_cabs_counted_by_tai(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


# -- sums owed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "A welder in Xuzhou asked for help recovering the 23,000 yuan his subcontractor "
            "owed him; "
            "officials later found the project owed a total of 18 million yuan.",
            23000,
        ),
        ("She is still trying to get the 8,600 yuan the restaurant owes her for the summer.", 8600),
    ],
)
def test_the_sum_the_firm_owed(text: str, value: int) -> None:
    assert money(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("厂子关门了，我们九个人三万多块工资一分都没拿到。", 30000),
        ("干了一整年，四万八千元工钱一分钱也没发。", 48000),
    ],
)
def test_a_sum_not_paid_a_cent(text: str, value: int) -> None:
    assert money(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("我们两百多人在镇政府门口等了两天，三百多万工钱，到现在没人管。", 3_000_000),
        ("包工头躲起来了，六十多万血汗钱，叫我们怎么回家过年？", 600_000),
    ],
)
def test_a_sum_of_wages_named_alone(text: str, value: int) -> None:
    assert money(text) == value


def test_a_rough_sum_of_wages_is_no_figure() -> None:
    assert money("我爸在苏州工地干活，十几万的工钱到现在都没影，家里快撑不下去了。") is None


# -- the dead and injured ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("淮安一个工地的脚手架塌了，上面干活的摔下来好几个，听说走了两个。", 2),
        ("吊篮从十几楼掉下来，砸到下面的工人，走了三个。", 3),
    ],
)
def test_the_gone_after_a_fall(text: str, dead: int) -> None:
    assert toll(text)[0] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("六盘水一个煤矿出事了，井下9个工人全没了。", 9),
        ("隧道塌方，里面7个矿工全都没了。", 7),
    ],
)
def test_all_gone(text: str, dead: int) -> None:
    assert toll(text)[0] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("鹤岗一个小煤窑前天冒顶，8个人困在里面，昨天说全没救回来。", 8),
        ("化粪池里3个工人在池底窒息，送到医院也没救过来。", 3),
    ],
)
def test_those_not_saved(text: str, dead: int) -> None:
    assert toll(text)[0] == dead


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("厂房屋顶塌了，听说走了两个，还有五个在医院。", 5),
        ("反应釜爆炸，一名操作工当场身亡，另有两名外省籍工人手臂被烫伤。", 2),
        ("一名电焊工坠落身亡，另有四名安徽及河南籍工人受伤。", 4),
    ],
)
def test_the_hurt_told_beside_the_dead(text: str, hurt: int) -> None:
    assert toll(text)[1] == hurt


def test_workers_hurt_with_no_dead_need_a_plain_injury_word() -> None:
    assert toll("我们去讨薪，3个工友被保安围着也受了伤，求大家转发。") == (None, None)


# -- employer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Six workers were hurt when a crane toppled on 3 March, officials said, promising a report "
        "by the end of June.",
        "A bricklayer in Hefei says his foreman still owes him for November.",
    ],
)
def test_a_month_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "上千名工人聚在厂外，不满工厂迁往清远的补偿方案。",
        "老板说工人讨薪影响公司形象，叫保安把人推出去。",
        "这些保洁员分别受雇于两家外包公司，工资都被拖着。",
        "工人只好自己离开医院，回家养伤。",
        "早上来上班厂门就锁了，老板跑了。",
        "所有厂门都被堵住了，货车进不来。",
        "工资被第三方劳务公司挪用了。",
        "补贴取消了，而且公司连口罩都不发。",
        "苏州这么多厂，偏偏我们厂三个月不发工资。",
        "佛山那么多公司都涨了工资，就我们这里没涨，大家今天停工了。",
    ],
)
def test_a_verb_or_a_count_run_into_a_suffix_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "丹阳那边的眼镜厂今天全停了，几百人站在门口。",
        "浏阳一家花炮厂下午出事了。",
        "司机们说出租车公司收的份子钱太高。",
    ],
)
def test_a_product_or_a_trade_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Three workers died when a scaffold fell at the Riverside Garden resettlement project in "
        "Yibin on Tuesday.",
        "A roofer fell to his death at the Harbour View phase III site on Monday morning.",
    ],
)
def test_a_housing_project_is_no_employer(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Workers at Jiangmen Hengli Parts, a brake maker jointly owned by Honda and a "
            "local firm, struck on Monday.",
            "Jiangmen Hengli Parts",
        ),
        (
            "Staff at Suzhou Minghua Optics, co-owned by Foxconn affiliate Tianyu, walked out over "
            "pay.",
            "Suzhou Minghua Optics",
        ),
    ],
)
def test_the_owner_is_not_the_employer(text: str, name: str) -> None:
    assert employer(text) == name


def test_the_employer_owned_by_a_known_foreign_firm_is_foreign_invested() -> None:
    rec = _rec(
        "Workers at Jiangmen Hengli Parts, a brake maker jointly owned by Honda and a "
        "local firm, stopped work in Jiangmen on Monday to demand higher pay."
    )
    assert rec["ownership"] == "foreign_invested"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("富士康的罢工又传到昆山宏景电子了，今天工人都不上线。", "昆山宏景电子"),
        (
            "本田罢工潮继续蔓延。由本田旗下企业与本地公司合资、生产座椅的中山骏达汽配，今天有工人停工。",
            "中山骏达汽配",
        ),
    ],
)
def test_the_firm_a_strike_spread_from_is_not_the_employer(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "南平房地产项目“江景苑”工地昨天发生坍塌，工程由福建省南平市建筑工程总公司承建。",
            "福建省南平市建筑工程总公司",
        ),
        (
            "开发项目“金桂园”工地塔吊倒塌，施工方为江苏省泰州市建设工程总公司。",
            "江苏省泰州市建设工程总公司",
        ),
    ],
)
def test_a_projects_name_is_not_its_builder_and_a_legal_name_is_one(text: str, name: str) -> None:
    assert employer(text) == name

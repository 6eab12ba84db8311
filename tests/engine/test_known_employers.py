"""Well-known employers from data/employers.json: names in every script, the guards for names
that are ordinary words, the client and owner guards, codes from the file, and clustering by
alias. Every sentence here is written for these tests."""

from __future__ import annotations

import importlib
import json
from importlib import resources

import pytest

from labourmap.engine import employer as employer_rules
from labourmap.engine.cluster import cluster, employer_key
from labourmap.engine.known_firms import DATA_FILE, firms, names
from tests.engine.conftest import post, run
from tests.engine.reading import employer, record

CODES_INDUSTRY = {
    "manufacturing",
    "construction",
    "transport_logistics",
    "services",
    "mining",
    "education",
    "healthcare",
    "public_sector",
    "energy_utilities",
    "agriculture",
    "other",
}
CODES_OWNERSHIP = {"private", "state_owned", "foreign_invested", "government", "unknown"}


def test_the_data_file_ships_with_the_package_and_holds_valid_codes() -> None:
    path = resources.files("labourmap.engine").joinpath("data", DATA_FILE)
    doc = json.loads(path.read_text(encoding="utf-8"))
    entries = doc["employers"]
    assert 250 <= len(entries) <= 450
    for e in entries:
        assert e["industry"] in CODES_INDUSTRY, e
        assert e["ownership"] in CODES_OWNERSHIP, e
        assert e["source"], e
        every = {e["name"], *e["aliases"]}
        assert set(e.get("needs_context", ())) <= every, e
        assert set(e.get("not_inside", {})) <= every, e
    assert len(firms()) == len(entries)


def test_no_name_belongs_to_two_firms_and_the_public_tables_read_the_file() -> None:
    table = names()  # (raises on a name two firms share)
    assert employer_rules.KNOWN["foxconn"] == ("manufacturing", "foreign_invested")
    assert len(employer_rules.KNOWN) == len(table)
    cluster_rules = importlib.import_module("labourmap.engine.cluster")
    assert cluster_rules.ALIASES["honhai"] == "富士康"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # short names in Simplified, Traditional and English
        ("龙华美律今天全厂停了，几千人走到外面把路堵了。", "美律"),
        ("双流仁宝今天好几条线都停了，加班费算不清。", "仁宝"),
        ("珠海佳能昨晚也停了，两千来号人在厂区喊涨工资。", "佳能"),
        ("汕头矢崎本厂这两天闹得厉害，几百号人不肯搬去分厂。", "矢崎"),
        ("南沙電裝這次罷工，開工鈴一響就全部人停手。", "電裝"),
        ("义乌这边中通好几个网点的快递小哥罢工了，派费又降了。", "中通"),
        ("松江TOTO昨天傍晚开始罢工，上千人要求总经理下台。", "TOTO"),
        ("上海索尼的相机模组厂被卖掉，几千名员工停工。", "索尼"),
        ("廣達上海廠區數百名員工衝破圍欄抗議。", "廣達"),
        ("鴻海鄭州廠數千工人抗議獎金被扣。", "鴻海鄭州廠"),
        ("Hundreds of workers at Compal in Chongqing walked out over overtime pay.", "Compal"),
        ("Workers at a Yazaki plant in Shantou refused to move to a new site.", "Yazaki"),
        ("Couriers for ZTO Express in Yiwu stopped work over cuts to fees.", "ZTO Express"),
        ("货拉拉司机在总部门口聚集，抗议平台抽成太高。", "货拉拉"),
        ("极兔速递的快递员集体停工，工资拖了两个月。", "极兔速递"),
        ("攀钢的老职工在厂门口聚集，反对买断工龄。", "攀钢"),
        ("上海建工的工地上一名工人坠落身亡。", "上海建工"),
        ("LG Display workers in Guangzhou protested over bonuses.", "LG Display"),
        # a registered name that holds the brand keeps the whole name
        ("仁宝电脑(重庆)有限公司数百名工人停工，要求补发加班费。", "仁宝电脑(重庆)有限公司"),
        ("长城汽车保定工厂的工人停工，抗议降薪。", "长城汽车保定工厂"),
        ("中兴通讯深圳工厂员工抗议裁员补偿太低。", "中兴通讯深圳工厂"),
    ],
)
def test_a_well_known_employer_by_its_short_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words and places that hold a name
        "群里集中通知大家明天开会，工厂欠薪三个月了。",
        "我家在北京东路上，楼下的工地拖欠农民工工资。",
        "今天喝了小米粥，工地老板跑了，工资没着落。",
        "长城脚下的工地，农民工讨薪无门。",
        "东风吹过，工人们在厂门口拉横幅讨薪。",
        "这个平台推广达到了新高，骑手却在抗议降价。",
        "我们每天能干十二个小时，老板还是拖欠工资。",
        "完美的计划落空了，工人讨薪无果。",
        "东南亚的订单转走了，工人在门口讨薪。",
        "他说这件三星堆的仿品值钱，工人讨薪无果。",
        "老板吃着苹果说没钱发工资，工人们只好去劳动局。",
        # a Latin name as an ordinary word, or in the wrong case
        "Prices saw a sharp rise and workers went on strike at the plant.",
        "Workers said the lg cable was unsafe and stopped work.",
    ],
)
def test_a_name_that_is_an_ordinary_word_is_no_employer(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the brand named as a customer
        ("我们厂为苹果代工，东莞宏达五金厂拖欠三个月工资，工人罢工。", "东莞宏达五金厂"),
        ("给华为做配件的东莞旺达电子厂工人停工，要求补发工资。", "东莞旺达电子厂"),
        (
            "Workers at Kunshan Ruida Electronics, an Apple supplier, went on strike.",
            "Kunshan Ruida Electronics",
        ),
        (
            "More than 500 workers at Dongguan Hengli Shoes, which makes trainers for Nike, "
            "walked out.",
            "Dongguan Hengli Shoes",
        ),
        # the owner of a plant that the post names in full
        ("比亚迪旗下的深圳弗迪电池厂工人罢工。", "深圳弗迪电池厂"),
        ("广达子公司上海达丰电子的员工冲破封锁线。", "上海达丰电子"),
        ("天津星光橡塑的工友停了一天工，这家厂是丰田合成的合资厂。", "天津星光橡塑"),
    ],
)
def test_a_client_or_an_owner_is_not_the_employer(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "这家厂是丰田合成的合资厂，工人停工要求涨工资。",
        "上海今早这条路被堵了，上汽下面一家外包厂的工人工资拖了好久。",
        "Workers at a supplier to Apple in Kunshan went on strike over pay.",
    ],
)
def test_an_unnamed_plant_of_a_known_firm_has_no_employer(text: str) -> None:
    assert employer(text) is None


def test_the_owner_stands_in_where_the_named_plant_is_not_found() -> None:
    text = "黑龙江省属国企龙煤集团旗下双鸭山矿业公司的矿工聚集讨薪。"
    assert employer(text) == "龙煤集团"


@pytest.mark.parametrize(
    ("text", "industry", "ownership"),
    [
        ("昨天深圳富士康的工人罢工，抗议加班费被克扣。", "manufacturing", "foreign_invested"),
        ("美团骑手在站点门口集体停工，抗议配送费下调。", "transport_logistics", "private"),
        ("中石化加油站的员工集体讨薪。", "energy_utilities", "state_owned"),
    ],
)
def test_codes_of_a_known_employer_come_from_the_file(
    text: str, industry: str, ownership: str
) -> None:
    rec = record(text)
    assert rec["industry"] == industry
    assert rec["ownership"] == ownership


def test_a_firm_whose_ownership_is_not_coded_on_sight_leaves_it_to_the_post() -> None:
    assert record("双流仁宝今天好几条线都停了，工人罢工要求加班费。")["ownership"] is None
    assert record("双流台资厂仁宝今天好几条线都停了，工人罢工要求加班费。")["ownership"] == (
        "foreign_invested"
    )


def test_the_industry_of_a_known_firm_yields_to_a_post_about_building() -> None:
    rec = record("北京华泰汽车的办公楼下围了一大群农民工讨薪，一百多万工钱没给。")
    assert "华泰汽车" in str(rec["employer"])
    assert rec["industry"] == "construction"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Compal Electronics", "仁寶電腦(重慶)有限公司"),
        ("Foxconn Zhengzhou", "鸿海精密"),
        ("ZTO Express", "中通快递"),
        ("Pangang Group", "攀鋼"),
    ],
)
def test_names_in_two_scripts_share_a_key(a: str, b: str) -> None:
    ka, kb = employer_key(a) or "", employer_key(b) or ""
    assert ka in kb or kb in ka, (ka, kb)


def test_a_guarded_or_unrelated_name_keeps_its_key() -> None:
    assert employer_key("北京东路建材公司") == "北京东路建材"
    # the English name keeps its whole key: it is not taken for 中铁 (China Railway)
    key = employer_key("China Railway Signal & Communication")
    assert key == "chinarailwaysignal&communication"


def test_posts_naming_the_firm_in_chinese_and_english_cluster_together() -> None:
    zh = post(
        "成都双流仁宝电脑厂今天上千名工人罢工，抗议加班费被克扣，周末不让休息。",
        "2024-10-18T12:00:00",
        "zh",
    )
    en = post(
        "More than 1,000 workers at Compal's plant in Shuangliu, Chengdu went on strike "
        "on Friday over unpaid overtime.",
        "2024-10-18T20:00:00",
        "en",
    )
    other = post("成都双流宏达五金厂今天上百名工人罢工，抗议欠薪。", "2024-10-18T12:00:00", "o")
    groups = cluster([(p, run(p.text, p.posted_at.isoformat())) for p in (zh, en, other)])
    assert groups[0] is not None and groups[0] == groups[1]
    assert groups[2] is not None and groups[2] != groups[0]

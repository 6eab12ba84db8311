"""Round 21, employer and ownership: what the new rules read, in plain words.

- A gig brand ending in 配送 or 出行 is the employer where the post puts workers with it (its
  station, riders or drivers, offices or uniform, someone working there, or it acts on them);
  the trade as such (即时配送, 市民出行) is no name.
- A shipyard's short name ends in 船舶修造/船舶工业/船舶制造 after a brand of two to four
  characters; a sentence about the trade is no name.
- A firm whose owner sits in Hong Kong, Macau or Taiwan (香港X实业有限公司在深圳开的, 台湾X集团旗下,
  母公司在香港), or that a foreign national runs (日本人开的), is foreign-invested, as is one
  told "Japanese-funded" or "whose parent company is based in Taiwan"; not one that once was.
- An English holiday capitalised like a name ("home for the New Year", "before Spring
  Festival") is no employer.
- Workers who take their dispute to the state assets commission (到市国资委请愿), or to whom it
  sends people, work for a state firm.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import value

_emp = partial(value, name="employer")


_own = partial(value, name="ownership")


@pytest.mark.parametrize(("text", "name"), [
    ("我在蓝鲸配送跑了两年，上周被系统封号，押金三千全扣了，申诉没人理，谁能帮帮我", "蓝鲸配送"),
    ("雁塔这边闪豹配送的站点今天全站停跑，四十多个骑手都没上线，单价又被砍了", "闪豹配送"),
    ("路口一个穿着飞鲤配送的衣服的骑手被货车撞了，当场就没了", "飞鲤配送"),
    ("开了两年网约车，顺畅出行突然把我账号封了，扣了一千保证金不退", "顺畅出行"),
    ("上百名网约车司机今天聚在悦途出行的办公楼下，抗议抽成太高", "悦途出行"),
])
def test_gig_brand_is_the_employer(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize("text", [
    "暴雨导致市民出行受阻，三十多名公交司机停运讨薪",
    "江北一个外卖配送站点三十多个骑手停跑，抗议配送费被砍",
])
def test_trade_words_are_no_gig_brand(text: str) -> None:
    name = _emp(text) or ""
    assert "出行" not in name and "配送" not in name


@pytest.mark.parametrize(("text", "name"), [
    ("舟山定海的金澜船舶修造今天上午船舱起火，三名工人死亡。", "金澜船舶修造"),
    ("青岛黄岛的澜海船舶工业，今天上百名工人聚集讨要加班费。", "澜海船舶工业"),
    ("南通的鸿舟船舶制造两百多名工人今天停工，抗议拖欠工资三个月。", "鸿舟船舶制造"),
])
def test_shipyard_short_name(text: str, name: str) -> None:
    assert _emp(text) == name


def test_shipbuilding_trade_is_no_name() -> None:
    assert _emp("国家出台政策支持船舶工业发展，三十多名工人讨薪") is None


@pytest.mark.parametrize("text", [
    "今天深圳华光电器有限公司两千多工人停工讨薪。这家厂是香港华光实业有限公司在深圳开的。",
    "台湾明基集团旗下位于昆山的电子厂发生爆燃，20名员工受伤。",
    "苏州那家日本人开的电子厂上千人罢工，要求补偿",
    "东莞宏达五金厂三百多工人罢工讨要加班费，听说公司母公司在香港，订单都转走了",
    "Over 500 workers at a Korean-funded shoe factory in Dongguan went on strike over unpaid"
    " wages.",
    "Workers at Hengda Electronics in Shenzhen struck on Monday; the firm, whose parent company"
    " is based in Taiwan, plans to move lines to Vietnam.",
])
def test_owner_seated_abroad_is_foreign(text: str) -> None:
    assert _own(text) == "foreign_invested"


@pytest.mark.parametrize("text", [
    "深圳一电子厂三百工人罢工讨薪，这家厂原是台湾丰泰集团开的，后被国企收购。",
    "Workers at a state-backed steel mill in Hebei protested unpaid wages on Monday.",
])
def test_owner_once_or_state_backed_is_not_foreign(text: str) -> None:
    assert _own(text) != "foreign_invested"


@pytest.mark.parametrize("text", [
    "红星机械厂三百多名下岗工人今天到市国资委门口静坐，要求补缴社保。",
    "兴华钢厂的老职工静坐第三天，市国资委派人来了，答应先补发生活费。",
    "我们是长沙轴承厂被买断的职工，多次向改制办、机械行办和市国资委投诉，都没有得到纠正",
])
def test_commission_tells_a_state_firm(text: str) -> None:
    assert _own(text) == "state_owned"


def test_commission_in_passing_tells_nothing() -> None:
    text = "市国资委印发通知，要求各企业做好安全生产。宏发鞋厂工人讨薪三十多人"
    assert _own(text) != "state_owned"


@pytest.mark.parametrize("text", [
    "Forty builders in Nanjing marched on Monday, chanting 'Pay us so we can go home for Spring"
    " Festival!' They are owed 500,000 yuan.",
    "Painters in Hefei who finished a hotel say: 'We only want to go home for Lunar New Year.'"
    " They are owed 200,000 yuan.",
    "Workers in Xi'an staged a sit-in at a site on Friday: 'Pay us so we can go home for the New"
    " Year,' one said. They are owed 300,000 yuan.",
])
def test_holiday_is_no_employer(text: str) -> None:
    assert _emp(text) is None


def test_firm_named_like_a_holiday_is_kept() -> None:
    text = "Dozens of workers at New Yearly Textiles in Ningbo struck over unpaid wages on Monday."
    assert _emp(text) == "New Yearly Textiles"

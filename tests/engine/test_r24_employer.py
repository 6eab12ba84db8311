"""Round 24, employer and ownership: what the new rules read, in plain words.

- A post that opens on a firm as its topic (华盛的事有进展了, 金鼎那边闹到凌晨, 枣阳电厂那边) names
  its employer; not a kin, a thing owed or a place (孩子的事, 社保的事, 幸福大道那边).
- A hashtag that is a short name alone (#凯迪卡斯#) names the employer; not a place, a trade or
  what befell (#成都#, #包头公交#, #讨薪#).
- A well-known firm is the client, not the employer, where the plant is its supplier
  (是耐克在中国最大的代工厂, 给日本索尼做耳机的).
- An English name is the employer where workers gather outside its office, station or plant; not
  its head office or depot.
- A name is no name where a verb, a sum or "with" runs into it (发生物体打击, 开发商累计拖欠,
  退休林场职工, 也和X公司签了合同), nor a word for what befell the workers at an English sentence's
  head ("Sacked workers from …").
- A firm whose boss is from Taiwan or Hong Kong (老板是台湾人, 台湾来的干部), that is "a Japanese
  plant" (那家日本厂, "a Japanese auto parts plant") or "an HK toy factory" is foreign-invested;
  not one whose clients are foreign, nor a Hong Kong watchdog quoted.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import value

_emp = partial(value, name="employer")
_own = partial(value, name="ownership")


@pytest.mark.parametrize(("text", "name"), [
    ("华盛的事有进展了：静坐第三天，区里来人了，答应先补缴社保", "华盛"),
    ("苏州凯源那事结了。上周开始停的工，昨天三方签了协议，按N+1赔", "凯源"),
    ("金鼎那边闹到今天凌晨才慢慢散，说好的补贴突然不给了，有人被打了", "金鼎"),
    ("更新：兴隆矿那边还在抽水，家属都在井口等着，六天了", "兴隆矿"),
    ("枣阳电厂那边死亡人数又多了，听说施工平台上有四十多个工人", "枣阳电厂"),
    ("新化钢厂改制的事，今天两百多个老职工去市政府门口坐了一上午", "新化钢厂"),
])
def test_a_firm_the_post_opens_on(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize("text", [
    "孩子的事说下后续：学校还是不给说法，我们几十个家长今天去了教育局",
    "社保的事有进展了，几十个工人今天又去了人社局",
    "幸福大道那边工地出事了，一台升降机掉下来，三个工人没了",
    "石门坑那边的鞋厂今天几百人全停了，都站在厂门口",
])
def test_no_firm_the_post_opens_on(text: str) -> None:
    assert _emp(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("我们从12号罢工到今天，只是为了自己的福利！一个个被拉上警车。#凯迪卡斯#", "凯迪卡斯"),
    ("今天几千号人全停了，都站在厂门口，底薪扣完到手两千出头。#深圳# #华力声#", "华力声"),
    ("三百多个工人今天又停工了，厂里说订单少了要降底薪。#鸿立达#", "鸿立达"),
])
def test_a_hashtag_names_the_firm(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize("text", [
    "今早等了四十分钟一辆公交没来，司机都停运了，说是工资拖了两个月。#包头公交#",
    "工地上几十个工人拉横幅讨薪，包工头电话不接。#讨薪# #成都#",
    "车间里四十多度，三十几个工人今天停工了，要求发防暑费。#高温# #流水线#",
    "几十个学生工今天在宿舍楼下聚集，说每天加班到半夜。#实习生# #互联网#",
])
def test_a_hashtag_of_no_firm(text: str) -> None:
    assert _emp(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("东莞长安的宏星精密表带厂，是耐克在中国最大的鞋面代工厂。工人今天罢工", "宏星精密表带厂"),
    ("深圳那个宏星厂罢工已经第三天了，听说是给日本索尼做耳机的，工人说每天白干半小时", "宏星厂"),
    ("宏星印刷厂从昨天开始全厂停工了！给耐克做吊牌的台资厂，凭什么扣我们工资", "宏星印刷厂"),
])
def test_the_brand_is_the_client(text: str, name: str) -> None:
    assert _emp(text) == name


def test_the_riders_platform_is_no_client() -> None:
    assert _emp("我在给美团做骑手的站点干了两年，今天站点集体停工") == "美团"


@pytest.mark.parametrize(("text", "name"), [
    ("Dozens of ride-hailing drivers gathered outside Dida Chuxing's office in Xi'an "
     "this afternoon.",
     "Dida Chuxing"),
    ("Dozens of food delivery riders gathered outside a Fengsu station in Minhang district "
     "last night.",
     "Fengsu"),
    ("About 200 couriers rallied in front of Hengtai's office in Dongguan on Monday "
     "over unpaid wages.",
     "Hengtai"),
])
def test_outside_the_firms_premises(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize("text", [
    "Dozens of container truck drivers massed outside a Hengli Containers depot office on Monday.",
    "Cleaners dressed as cartoon characters sat outside the Central Radio headquarters "
    "in Beijing asking for their wages.",
])
def test_outside_a_head_office_or_a_depot(text: str) -> None:
    assert _emp(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("南山区一处科技公司研发中心项目工地发生物体打击事故，一名工人被砸中死亡", None),
    ("近百名农民工堵住售楼部，开发商累计拖欠工程款和工资八百多万元", None),
    ("黑龙江数十名退休林场职工到市政府请愿，要求提高养老金", None),
    ("Sacked workers from the Gaoya jewellery factory in Guangzhou took their case "
     "to the union.",
     "Gaoya"),
])
def test_words_run_into_a_name(text: str, name: str | None) -> None:
    assert _emp(text) == name


def test_with_after_an_adverb() -> None:
    assert _emp("我也和宏达公司签了劳务合同，现在三个月工钱拿不到") == "宏达公司"


@pytest.mark.parametrize("text", [
    "长乐宏顺鞋业今天罢工了，六百多人，要求涨工资。老板是台湾人。",
    "东莞兴达电子几百名工人今天罢工，抗议工厂搬迁不给补偿，台湾来的干部躲在办公楼里。",
    "东莞宏光电子三百多名工人今天罢工，抗议降薪，这是一家日本厂。",
    "Hundreds of workers at HK toy factory Wing Fat went on strike on Monday "
    "over unpaid overtime.",
    "About 200 workers at a Japanese auto parts plant in Wuhan walked out on Tuesday "
    "over pay cuts.",
])
def test_foreign_invested(text: str) -> None:
    assert _own(text) == "foreign_invested"


@pytest.mark.parametrize("text", [
    "东莞兴达电子几百名工人今天罢工，抗议工厂搬迁不给补偿，日本客户的厂也停了。",
    "Workers at Xinda Shoes in Dongguan went on strike on Monday, according to "
    "Hong Kong labour group China Labour Bulletin.",
])
def test_not_foreign_invested(text: str) -> None:
    assert _own(text) != "foreign_invested"

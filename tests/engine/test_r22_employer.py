"""Round 22, employer and ownership: what the new rules read, in plain words.

- A mine named after its village is a name: the village's name is a place the gazetteer knows
  (a county or district whose name it begins with) and one landform word after it (沟, 坪, 峪,
  岭, 湾 …), so 金山沟煤矿 and 金沙坪煤矿 are mines' names; a bare place before the mine (金山煤矿)
  and a place's word that is no landform (县里煤矿) are no name.
- A builder named by its trade name and 建设 is the employer where the name stands right before
  its site or what it has not paid (在宏图建设工地干活, 包工头说上面鑫盛建设没拨款); building
  as such (基础建设工地, 项目建设) is no name.
- A post whose employer is one of 中建's numbered bureaus (中建五局, 中国建筑第三工程局) is of a
  state firm where it says nothing else of ownership; other central builders' bureaus (中铁X局)
  are left unknown, and a word of ownership in the post still wins.
- The Heilongjiang and Henan state coal groups (龙煤, 义煤) are state firms on sight.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import value

_own = partial(value, name="ownership")


_emp = partial(value, name="employer")


@pytest.mark.parametrize(("text", "name"), [
    ("昨天傍晚綦江那边的金山沟煤矿透水了，井下还有十几个人没上来。", "金山沟煤矿"),
    ("据通报，盘州市境内的金沙坪煤矿18日凌晨发生顶板事故，造成3人死亡。", "金沙坪煤矿"),
    ("听说沁水岭煤矿今天下午冒顶了，两个矿工被埋，正在挖。", "沁水岭煤矿"),
    ("黄陵湾铁矿昨天井下塌方，2名工人遇难，矿长已被控制。", "黄陵湾铁矿"),
])
def test_village_mine_is_named(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize("text", [
    "金山煤矿昨晚瓦斯爆炸，听说井下有二十多个人。",  # a bare place before the mine
    "县里煤矿发生一起瓦斯爆炸事故，造成7人死亡。",  # a place's word, no landform
    "金沙县一煤矿发生透水事故，4人被困，救援正在进行。",  # a place, then "a coal mine"
])
def test_place_before_mine_is_no_name(text: str) -> None:
    assert _emp(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("我们二十多个木工在城南的宏图建设工地干了半年，一分钱没拿到，今天都去坐着。", "宏图建设"),
    ("班组长说上面华锦建设没拨款，欠我们三十几个人的工钱快一百万了，今天拉了横幅。", "华锦建设"),
    ("中泰建设拖欠我们五个月工资，三十多个工友今天在售楼部门口拉横幅讨薪。", "中泰建设"),
    ("大伙在北郊那边的兴达建设工地干了一年，六十多人被欠了两百万。", "兴达建设"),
])
def test_builder_by_trade_name(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize("text", [
    "新区基础建设工地上几十个工人拉横幅讨薪，说是半年没发钱了。",  # building as such
    "这个项目建设工地上几十个工人今天停工了，要求补发工资。",  # the project's building
    "开发区在建设工地上，三十多个工人今天拉横幅讨要工钱。",  # "building" as a verb
])
def test_building_as_such_is_no_builder(text: str) -> None:
    assert _emp(text) is None


@pytest.mark.parametrize("text", [
    "中建三局的项目上，五十多个钢筋工今天在项目部门口拉横幅，说工钱拖了半年。",
    "中国建筑第七工程局承建的安置房工地今天塔吊倒了，一名工人当场死亡。",
    "我们给中建六局干了八个月，到现在还欠着十几万，包工头说上面没结。",
])
def test_cscec_bureau_is_state_owned(text: str) -> None:
    assert _own(text) == "state_owned"


@pytest.mark.parametrize(("text", "owner"), [
    ("中铁十八局的项目上，五十多个钢筋工今天在项目部门口拉横幅讨薪。", None),  # another builder
    ("中建二局下面的民营劳务公司欠了我们五个月工资，三十多人拉横幅。", "private"),  # said
])
def test_other_bureaus_left_alone(text: str, owner: str | None) -> None:
    assert _own(text) == owner


@pytest.mark.parametrize("text", [
    "鸡西龙煤集团的几百个矿工今天上街了，说是五个月工资一分没发。",
    "Hundreds of miners at Longmay Group's pits in Jixi marched on Monday over unpaid wages.",
    "义煤集团下面一个矿今天早上透水了，八个矿工被困在井下。",
])
def test_state_coal_groups_on_sight(text: str) -> None:
    assert _own(text) == "state_owned"

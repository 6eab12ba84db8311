"""Round 23, employer: what the new rules read, in plain words.

- English: where the works are told and then the firm that owns them ("the mine, owned by X",
  "the plant belongs to state-run X", "the mine in Y, which is owned by X"), that firm is the
  employer, not the works; "a plant owned by Japanese watchmaker X" (a client's kind of firm
  between) is no owner of this kind, and "the mine, being built by X" names its builder only.
- Chinese: a group's or company's name run straight on into its mine's name (某某集团某某分公司
  某某煤矿, 某某集团某某煤电某某矿) is one name, the whole chain with the place written right
  before it; the group's miners (集团矿工), its pits (集团矿区) or its mines unnamed (集团下属煤矿)
  are no mine's name.
- A short name at a clause's start (or after 的) told to have folded all at once, or its boss to
  have run off (凯达说倒就倒, 区里的凯达教育突然关门, 说是凯达老板要跑路): the weakest name, where
  nothing better is named; not a kind of shop (健身房说倒就倒), a firm's kind (装修公司), a gang
  master, or one who runs off with no boss told (张某跑路).

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import value

_emp = partial(value, name="employer")


@pytest.mark.parametrize(("text", "name"), [
    ("Nine miners died when water flooded the Dahe coal mine in Guizhou on Monday. The mine, "
     "owned by Liupanshui Fengtai Mining Co., had been told to halt work last year.",
     "Liupanshui Fengtai Mining Co."),
    ("A gas blast killed six men at the Baiyan coal mine on Friday, officials said. The mine "
     "belongs to state-run Huaibei Coal Group, the county said.", "Huaibei Coal Group"),
    ("Four workers were buried in Gansu at the Tiekou gold mine, which is owned by "
     "Longnan Jintai Investment, rescuers said on Sunday.", "Longnan Jintai Investment"),
    ("Twelve men are trapped at the Shanbei iron mine. The mine, wholly owned by "
     "Yulin Hengxin Resources, reported the accident a day late.", "Yulin Hengxin Resources"),
])
def test_owner_of_the_works_employs(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize(("text", "name"), [
    # the client's kind stands between: the plant's own name is the employer
    ("About 800 workers at Dongxing Precision Watch Factory, a Foshan plant owned by Japanese "
     "watchmaker Seiko, walked out on Monday over unpaid overtime.",
     "Dongxing Precision Watch Factory"),
    # the builder of a mine not yet running is no owner of it
    ("Six men died at the Laohu gold mine on Monday. The mine, being built by Weihai Jinhe "
     "Holdings, reported the blast a day late.", "Laohu gold mine"),
    # a firm belongs to a group: the firm employs
    ("Two thousand workers at Meirong shoe factory in Jinjiang struck on Tuesday. Meirong "
     "belongs to the Taiwanese Kaifeng group.", "Meirong"),
])
def test_owner_near_misses(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("今天凌晨，鸡西市的黑龙江龙煤集团鸡西分公司东海煤矿井下发生瓦斯爆炸，已有12人遇难。",
     "黑龙江龙煤集团鸡西分公司东海煤矿"),
    ("内蒙古伊泰集团酸刺沟煤电大兴矿今天凌晨井下着火，3名矿工遇难。",
     "内蒙古伊泰集团酸刺沟煤电大兴矿"),
    ("山东新汶矿业集团华源分公司协庄煤矿昨晚透水，9人被困。", "山东新汶矿业集团华源分公司协庄煤矿"),
    ("关于宁武县鑫盛煤业有限公司鑫盛煤矿透水事故的通报：井下5人被困。",
     "宁武县鑫盛煤业有限公司鑫盛煤矿"),
])
def test_group_and_its_mine_are_one_name(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("平庄煤业集团矿工今天上午在办公楼前静坐，要求补发三个月工资。", "平庄煤业集团"),
    ("阳泉煤业集团矿区今天有几百个工人聚集，要求补缴社保。", "阳泉煤业集团"),
    ("淮北矿业集团下属煤矿今天冒顶，两名矿工死亡。", "淮北矿业集团"),  # its mines, unnamed
])
def test_group_miners_are_no_mine(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("博文教育突然倒闭，几十个老师三个月的工资都没发，今天一起去了劳动局。", "博文教育"),
    ("南湖区的智航学堂说倒就倒，上个月工资没发，二十多个老师今天堵在门口。", "智航学堂"),
    ("一大早就围满了人，说是恒昌老板要跑路，四个月工资没发，工人把路堵了。", "恒昌"),
    ("城西的鸿图教育突然关门，四十多个老师两个月工资没拿到，今天都去了人社局。", "鸿图教育"),
])
def test_name_that_folded_is_employer(text: str, name: str) -> None:
    assert _emp(text) == name


@pytest.mark.parametrize("text", [
    "我们的健身房突然关门了，教练三个月工资没发，今天去找人。",  # a kind of shop
    "交了定金的那家装修公司说倒就倒，工人工资也没发。",  # a firm's kind
    "工地上的包工头卷款跑路了，我们二十多个人讨薪。",  # a gang master
    "张伟跑路了，我们三十多个工人的工资没着落，今天去讨薪。",  # a man, no boss told
])
def test_folding_near_misses(text: str) -> None:
    assert _emp(text) is None

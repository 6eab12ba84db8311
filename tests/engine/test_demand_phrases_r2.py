"""Demands told in phrases (round 2): each way of writing read, and a near-miss it must not take."""

from __future__ import annotations

import re

import pytest

from labourmap.engine import demand_phrases as dp
from labourmap.engine.codes_demands import UNPAID
from labourmap.engine.lexicon import FORMS
from labourmap.engine.text import normalise


def _hit(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(normalise(text)) is not None


CASES: list[tuple[re.Pattern[str], str, bool]] = [
    # pay told against others doing the same job, in English
    (dp.PAY_GAP_EN, "Temp teachers in Anshun work the same hours for a fraction of the pay.", True),
    (dp.PAY_GAP_EN, "Agency staff at the Wuxi plant are paid less for the same job.", True),
    (dp.PAY_GAP_EN, "Their wages are far below those of staff on permanent contracts.", True),
    (dp.PAY_GAP_EN, "The temperature fell below that of last winter.", False),
    # pay compared with staff on the books
    (dp.STATUS_GAP, "和在编的老师上一样的课，工资只有他们一半", True),
    (dp.STATUS_GAP, "和正式工同样干活，待遇不错", False),
    # a rate told by how little it pays
    (dp.RATE_LOW, "在蚌埠送快递，一件派费才七毛", True),
    (dp.RATE_LOW, "缝一条裤子工价只有两块", True),
    (dp.RATE_LOW, "单价只给三毛五", True),
    (dp.RATE_LOW, "一件衣服才穿了两天就破了", False),
    # a rate promised, and less paid
    (dp.PROMISED_LESS, "来的时候老板说好一天三百，干完了只给两百", True),
    (dp.PROMISED_LESS, "说好的每箱五毛，最后只结了三毛", True),
    (dp.PROMISED_LESS, "说好月底发工资，到现在还没动静", False),
    (dp.PROMISED_LESS, "说好5号前发清，结果只给了一个月", False),
    # dismissed by age, told as a hint
    (dp.AGE_HINT, "经理嫌我们年纪大，让我们自己走", True),
    (dp.AGE_HINT, "公司以年龄大为由把我调去看仓库", True),
    (dp.AGE_HINT, "人事暗示岁数大了不适合这个岗位", True),
    (dp.AGE_HINT, "我父亲年纪大了，干不动重活", False),
    # workers a firm disowns
    (dp.DISOWNED, "配送站说他是众包的，出事跟站点无关", True),
    (dp.DISOWNED, "医院说她是外包的，不归医院管", True),
    (dp.DISOWNED, "平台说这些骑手不算他们的员工", True),
    (dp.DISOWNED, "他说是外地来的，在这里干了三年", False),
    (dp.DISOWNED, "听说是外包的某某保洁公司两个月没发工资", False),
    # a named firm gone under
    (dp.NAMED_FELL, "绵阳那家叫“新航道艺术”的培训机构“星辰艺术”倒了", True),
    (dp.NAMED_FELL, "我们公司「宏图装饰」倒了，工资没人管", True),
    (dp.NAMED_FELL, "厂里的“老张”倒了，送去了医院", False),
    # production moved away
    (dp.MOVED, "该厂今年宣布将部分产能转移至越南", True),
    (dp.MOVED, "The owners plan to move the production lines to Anhui next month.", True),
    (dp.MOVED, "Workers learned of a planned move of the plant to Jiangxi.", True),
    (dp.MOVED, "He moved the boxes to the truck before lunch.", False),
    # wages owed, in English
    (dp.OWED_EN, "They want their wages for the last three months.", True),
    (dp.OWED_EN, "The crew refused to sail until their March wages are paid.", True),
    (dp.OWED_EN, "The board said it would settle outstanding 2023 overtime pay next week.", True),
    (dp.OWED_EN, "Pay for the last month was higher than usual.", False),
    # work in the heat, told by the degrees
    (dp.HEAT_DEGREES, "下午三十九度，还要在屋面上铺沥青", True),
    (dp.HEAT_DEGREES, "车间里四十多度，连个风扇都没有", True),
    (dp.HEAT_DEGREES, "Riders said they had to wait outside in 40 degrees for orders.", True),
    (dp.HEAT_DEGREES, "孩子烧到39度还在发烧", False),
    # pay told as fallen by a share
    (dp.PAY_LESS, "改了计件办法以后，工资少了一大截", True),
    (dp.PAY_LESS, "这个月工资少了三千", True),
    (dp.PAY_LESS, "工资少了的人可以去人事问", False),
    (dp.PAY_LESS, "黑车太多，大家收入少了一半", False),
    # wages told as withheld outright
    (UNPAID, "厂里说他不合格，最后两个月工资不给了", True),
    (UNPAID, "老板说工资不肯发，要等年底", True),
    (UNPAID, "工资不给涨，大家都走了", False),
]


@pytest.mark.parametrize(("pattern", "text", "found"), CASES)
def test_phrase(pattern: re.Pattern[str], text: str, found: bool) -> None:
    assert _hit(pattern, text) is found


def test_fever_words() -> None:
    assert dp.FEVER.search("孩子发烧到三十九度") is not None
    assert dp.FEVER.search("中午三十九度还在露天干") is None
    assert dp.FEVER.search("a fever of 39 degrees") is not None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("cabbies parked in a line, blocking lanes on Jiefang Road", True),
        ("trucks blocked the lanes into the steel works", True),
        ("the drivers were blocking all lanes near the toll gate", True),
        ("workers were told the lanes were closed for repairs", False),
    ],
)
def test_lanes_blocked(text: str, found: bool) -> None:
    words = [w for w in FORMS["road_blockade"].split("|") if "lane" in w]
    assert any(w in text.lower() for w in words) is found

"""Round 22, places: a name that a district and a county (or a county-level city) share is read
as the kind of unit whose government the post speaks of (区政府: the district; 县政府: the
county; 市政府: the county-level city). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.conftest import run


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("长宁这边几十个保洁员停工了，下午一起去区政府门口讨工资。", "310105"),
        ("长宁的快递站今天没人派件，站长说老板欠了两个月钱，大家准备找区人社局。", "310105"),
        ("长宁那家纸箱厂拖欠工资三个月，工人们一早就堵在县政府门口。", "511524"),
        ("海城一家钢材厂几十个工人今天去市政府上访，说厂里欠了半年工资。", "210381"),
    ],
)
def test_government_kind_picks_the_reading(text: str, county: str) -> None:
    ex = run(text)
    assert ex.fields["county"].value == county


@pytest.mark.parametrize(
    "text",
    [
        # no government named: still neither reading
        "长宁的保洁员今天停工了，说是拖欠了两个月工资。",
        # both kinds of government named: nothing is heard
        "长宁的保洁员停工了，先去了区政府，又去了县政府，都说不归他们管。",
        # 园区 is no district's government
        "长宁的保洁员停工了，一起去了园区管委会和园区政府门口。",
    ],
)
def test_no_clear_government_no_reading(text: str) -> None:
    ex = run(text)
    assert "county" not in ex.fields

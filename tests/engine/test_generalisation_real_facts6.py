"""Places and days as real posts word them, sixth set: an event told as just seen or under way
(刚在路口看到, 正在铺气垫, "just now"), an action "Day 3 of the strike" or 罢工进入第五天 counted to
the day of the post, the N-th day of a stoppage told without a named form, the day a fire was put
out, a numbered shaft (一号竖井) that is no day, and a name run on after a country abroad
(越南平阳省). Every sentence is written for these tests (2024-10-18, the default post day, is a
Friday) and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record as _rec
from tests.engine.reading import where


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # told as just seen: the day of the post
        ("刚在新区一个工地看到，塔吊倒了，一名工人被砸伤，救护车拉走了。", "2024-10-18"),
        ("刚刚有个送水工在电梯井摔下去了，人送医院了。", "2024-10-18"),
        ("厂门口三百多工人拉横幅讨要加班费，警察正在劝离。", "2024-10-18"),
        # an investigation under way tells nothing of the day
        ("上月底一家电镀厂发生中毒事故，造成两人死亡，调查正在进行。", None),
        # "Day N of the strike": counted to the day of the post
        (
            "Day 3 of the strike at a bearing plant in Wuxi: about 400 workers still out.",
            "2024-10-16",
        ),
        ("Day 2 of the walkout by bus drivers in Lanzhou, with no deal in sight.", "2024-10-17"),
        # 罢工进入第N天 at the end of its clause
        ("苏州一家电机厂工人罢工进入第五天。厂方称正在与员工沟通。", "2024-10-14"),
        ("沈阳某客运公司司机停工进入第三天，要求补缴社保。", "2024-10-16"),
        # the N-th day of a stoppage told without a named form
        (
            "Output stayed halted for a fourth day on Thursday at a toy maker in Shantou, "
            "as 800 workers pressed for severance.",
            "2024-10-14",
        ),
        # the day a fire was put out is no first day
        ("河北沧州一家化工厂前晚10时许起火爆炸，1名工人死亡，大火于昨日清晨被扑灭。", "2024-10-16"),
        ("宁波一家仓库昨天下午起火，2名搬运工受伤，火势今天凌晨才扑灭。", "2024-10-17"),
        # a numbered shaft or furnace is no day
        ("10月15日夜间，某铁矿二号竖井发生透水，3名矿工被困。", "2024-10-15"),
        ("10月16日上午，一家钢厂三号高炉煤气泄漏，造成2名工人中毒。", "2024-10-16"),
    ],
)
def test_days(text: str, day: str | None) -> None:
    rec = _rec(text)
    assert rec["is_incident"], text
    assert rec["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "越南平阳省一家台资鞋厂三千名工人昨天起罢工，抗议新考勤制度。",
        "越南同奈省一家家具厂上千名工人今天停工，要求加薪。",
    ],
)
def test_name_after_country_abroad(text: str) -> None:
    assert where(text) == (None, None, None)

"""Places as real posts word them, eighth set: a region told by a province's one-character name
and a direction (鲁南, 苏北, 皖南), whose direction begins no other place's short name (鲁南通达
is no 南通), and a place told right after a worker's age (才三十岁，河南周口的), which is where
the worker comes from, not where the event happened. Every sentence is written for these tests
and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import where


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region word: its direction does not begin the next name
        (
            "邹城一家运输公司（鲁南通宇运输）的司机们昨天停运讨要运费。",
            ("370000", "370800", "370883"),
        ),
        (
            "在新泰干活的几十个工人，给皖北京通劳务公司干了半年没拿到钱。",
            ("370000", "370900", "370982"),
        ),
        ("他们在豫西安装公司承包的工地上讨薪，地点在洛阳。", ("410000", "410300", None)),
        # a province's full name before it: the name is a place (江苏南通, 陕西安康)
        ("江苏南通一家家纺厂的女工今天停工讨薪。", ("320000", "320600", None)),
        ("陕西安康一座水电站工地发生坍塌。", ("610000", "610900", None)),
    ],
)
def test_region_word_splits_a_name(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place right after an age is where the worker comes from
        (
            "前天晚上江宁那个仓库，搬运工从货架上摔下来，才三十岁，河南周口的。",
            ("320000", "320100", "320115"),
        ),
        (
            "上周柯桥一家印染厂有个女工手被卷进机器，今年四十多岁，贵州毕节人，厂里不管。",
            ("330000", "330600", "330603"),
        ),
        (
            "昨天顺德那个工地有人从脚手架掉下来，人没了，55岁的四川南充人。",
            ("440000", "440600", "440606"),
        ),
        # no age before it: the place after a comma is where it happened
        ("工人们说老板跑了，湖南郴州的一家矿厂，欠了三个月工资。", ("430000", "431000", None)),
    ],
)
def test_place_after_an_age_is_an_origin(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected

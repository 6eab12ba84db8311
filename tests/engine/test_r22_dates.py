"""Round 22, dates and tolls: a news dateline, a part of the day told without 了, and those
who never got out.

1. A Chinese news dateline (新华社北京3月5日电, （中央社台北15日電）) names the day the report was
   filed, not the day of the event: it is read as a report day, so the day told in the story
   itself (3月4日下午, 14日) is the date. A day followed by a word that only begins with 电
   (电梯, 电缆) is not a dateline.
2. Where a post names no day, a part of the day followed in its clause by an event told as done
   without 了 (下午发生爆炸, 傍晚一声巨响, 下午堵得水泄不通) is the day of the post, as 下午围墙塌了
   already was, so long as that part of the day had begun when the post was written.
   Every afternoon (每天下午) and a post written before the afternoon are left alone.
3. Those who never got out of a fire or a pit (十二个人再没出来, 两名工人未能逃出,
   两个工人冇走得出嚟) are counted dead, as 没跑出来 already was; workers still below
   (还有十一个在下面没出来) are not.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import run


def _date(text: str, posted: str) -> str | None:
    ex = run(text, posted)
    f = ex.fields.get("date")
    return None if f is None else str(f.value)


@pytest.mark.parametrize(
    ("text", "posted", "want"),
    [
        (
            "新华社石家庄3月5日电 3月4日下午，河北一家钢厂发生煤气泄漏事故，造成3人死亡、2人受伤。",
            "2024-03-05T10:00:00",
            "2024-03-04",
        ),
        (
            "（中央社台北15日電）廣東東莞一間台資電子廠數百名工人14日在廠門口聚集，抗議廠方拖欠三個月工資。",
            "2024-03-15T12:00:00",
            "2024-03-14",
        ),
        (
            "本报广州6月9日电（记者 李明）8日上午，广州一处工地发生塔吊倒塌事故，2名工人死亡。",
            "2024-06-09T09:00:00",
            "2024-06-08",
        ),
    ],
)
def test_dateline_is_the_report_day(text: str, posted: str, want: str) -> None:
    assert _date(text, posted) == want


def test_a_word_after_the_day_is_no_dateline() -> None:
    text = "6月9日电梯突然坠落，一名维修工人当场死亡，另有2人受伤。"
    assert _date(text, "2024-06-10T09:00:00") == "2024-06-09"


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("东莞一家五金厂下午发生爆炸，3名工人死亡、5人受伤。", "2024-10-18T20:00:00"),
        ("园区傍晚一声巨响，说是一家化工厂炸了，听说死了两个工人。", "2024-10-18T21:00:00"),
        ("国道下午堵得水泄不通，几百个工人拉横幅讨薪，老板欠了半年工资。", "2024-10-18T19:00:00"),
    ],
)
def test_part_of_day_with_an_event_is_the_day_of_the_post(text: str, posted: str) -> None:
    assert _date(text, posted) == posted[:10]


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("东莞一家五金厂下午发生爆炸，3名工人死亡、5人受伤。", "2024-10-18T10:00:00"),
        (
            "这条国道每天下午堵得水泄不通，几百个工人拉横幅讨薪，老板欠了半年工资。",
            "2024-10-18T19:00:00",
        ),
    ],
)
def test_part_of_day_not_yet_come_or_every_day_is_left_alone(text: str, posted: str) -> None:
    assert _date(text, posted) is None


def _killed(text: str) -> object:
    f = run(text, "2024-10-18T22:00:00").fields.get("killed")
    return None if f is None else f.value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("宁波一家冷库出事那会儿，氨管一破，车间里12个人再没出来，20个人进了医院。", 12),
        ("温州一间作坊今日凌晨起火，三名在楼上宿舍睡觉的工人未能逃出，不幸身亡。", 3),
        ("东莞一间制衣厂今晚起火，两个工人冇走得出嚟，仲有三个送咗医院。", 2),
    ],
)
def test_those_who_never_got_out_are_dead(text: str, want: int) -> None:
    assert _killed(text) == want


def test_those_still_below_are_not_counted_dead() -> None:
    assert _killed("煤矿透水了，还有11个兄弟在下面没出来，家属都在井口等消息。") is None

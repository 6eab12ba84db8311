"""Round 26, forms: a party committee (市委, 县委, "the county party committee") is a government
office the workers go to, so the visit or the crowd at its door is a petition."""

from __future__ import annotations

from tests.engine import reading


def test_party_committee_visited_is_petition() -> None:
    text = "蒲城化肥厂三百多名工人今天上午又去县委讨说法，六个月工资一分没发。"
    assert "petition" in reading.codes(text, "forms")


def test_crowd_at_party_committee_door_is_petition() -> None:
    text = "几百个老职工昨天下午聚在区委门口，要求补缴拖了八年的养老保险。"
    assert "petition" in reading.codes(text, "forms")


def test_party_committee_in_english_is_petition() -> None:
    text = ("About 400 retired steelworkers stood outside the city party committee on Tuesday "
            "demanding the heating allowance they were promised.")
    assert "petition" in reading.codes(text, "forms")


def test_party_offices_in_english_is_petition() -> None:
    text = ("More than 200 bus drivers gathered in front of the district party offices on Friday "
            "over two months of unpaid wages.")
    assert "petition" in reading.codes(text, "forms")


def test_party_propaganda_office_speaking_is_no_petition() -> None:
    text = "双河镇一家纸箱厂老板欠薪跑路，县委宣传部称已成立专班处理，工人已领到部分工资。"
    assert "petition" not in reading.codes(text, "forms")


def test_residents_committee_is_no_party_office() -> None:
    text = "社区委员会的人来了，说帮大家问问，四十多个工人还在厂门口等着。"
    assert "petition" not in reading.codes(text, "forms")


def test_party_committee_named_as_speaker_in_english_is_no_petition() -> None:
    text = ("Two hundred workers struck at a shoe plant; the county party committee said it had "
            "sent a team to mediate.")
    assert "petition" not in reading.codes(text, "forms")

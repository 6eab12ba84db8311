"""Responses read from more ways of telling (round 15): workers beaten told by the passive or a
fight with the police, people seized, talks told by their outcome, offices that summon the boss
or send their people, the employer giving way; and what is none: force in a plea with no police,
"company officers", talks planned or a promise once made, an office deploying the police or
denied acting, guards taken away, representatives the employer refused to meet.
Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import responses_of


@pytest.mark.parametrize(
    "text, code",
    [
        # workers beaten, or a fight with the police
        ("三百多名工人罢工第三天，警察进厂清场，多名工人被打。", "violence"),
        ("Some 400 workers were on strike; they say a striker was punched and 20 people were "
         "taken away.", "violence"),
        ("六十多名讨薪的农民工跟城管动起手来，现场一片混乱。", "violence"),
        # people seized
        ("听说警察夜里到几个带头工人家里抓人，罢工的人更多了。", "detention"),
        ("防暴警察冲进厂里，把工人代表抓上车，五百多名工人罢工第九天。", "detention"),
        ("当局出动上百名警察，拘走七八名带头罢工的工人。", "detention"),
        # talks told by their outcome or their sitting
        ("The 300 strikers accepted the company's offer of 2,000 yuan each and went back to work.",
         "negotiation"),
        ("The two-week strike by 200 cleaners ended on Friday with an agreement on severance.",
         "negotiation"),
        ("About 100 workers stayed on strike; a meeting between factory managers and about 30 "
         "strikers lasted an hour.", "negotiation"),
    ],
)
def test_responses_told_in_more_words(text: str, code: str) -> None:
    assert code in responses_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: pressure told, a seizure threatened, demands refused
        ("工人们说被打压了很多年，今天三百多人罢工。", "violence"),
        ("老板扬言要抓人，三百多名工人还是罢工了。", "detention"),
        ("Some 300 workers went on strike; the company "
         "refused to accept their demands.", "negotiation"),
    ],
)
def test_near_misses_of_responses(text: str, code: str) -> None:
    assert code not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "求助！老板带着几个人拿棍子把我老公打伤了，工钱一分没给，我们该怎么办？",
        "My husband was beaten by the foreman's men when he went to ask for his unpaid wages; "
        "please help us.",
        "我们去要工钱，老板叫来的人把我们打伤了，求大家帮帮我们。",
    ],
)
def test_force_in_a_plea_with_no_police_is_no_response(text: str) -> None:
    assert "violence" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the police in the plea
        "求助！我们去讨薪，被警察推倒在地，还有两人被带走了，求大家转发。",
    ],
)
def test_force_by_the_police_in_a_plea_stays(text: str) -> None:
    assert "violence" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 workers stayed on strike; two company officers spoke to them briefly.",
        "Senior company officers told the 300 strikers to return to work.",
        "Union officers were not present when the 500 workers walked out.",
    ],
)
def test_company_officers_are_no_police(text: str) -> None:
    assert "police" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: police officers
        "Police officers lined the road as 500 workers protested outside the plant.",
    ],
)
def test_police_officers_are_police(text: str) -> None:
    assert "police" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "原定周三与厂方谈判，结果当天一早警察就进了厂，三百多名工人罢工。",
        "说好今天跟公司坐下来谈，结果老板没来，两百多名工人继续停工。",
        "包工头当初口头答应每天三百块，干完活一分没给，三十多名工人今天去讨薪。",
        "我们几个工友商量后决定一起去劳动局，六十多人今天到了劳动局门口。",
        "The firm offered 5,000 yuan to workers who agreed to leave after 800 of them struck.",
    ],
)
def test_talks_planned_or_a_promise_once_made_are_no_talks(text: str) -> None:
    assert "negotiation" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the employer agreeing today
        "厂方今天下午答应补发工资，罢工的三百多名工人陆续复工。",
    ],
)
def test_an_employer_agreeing_is_talks(text: str) -> None:
    assert "negotiation" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "当局出动数百名防暴警察进厂，抓走了多名罢工工人。",
        "镇政府调集上百名警察赶到现场，驱散了堵路的三百多名工人。",
        "工厂在观澜街道，搬厂前老板从没和员工协商过，今天五百多人罢工。",
    ],
)
def test_an_office_deploying_the_police_or_denied_acting_is_no_intervention(text: str) -> None:
    assert "government_intervention" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the office mediating
        "区人社局出面协调，厂方答应补发工资，三百多名工人的停工结束。",
    ],
)
def test_an_office_mediating_is_an_intervention(text: str) -> None:
    assert "government_intervention" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "保安打伤一名女工，上千名工人冲出宿舍抗议，警察赶到后把打人的保安带走了。",
        "几千名员工围堵厂门抗议，派出所把动手的警卫带走后，大家才回到宿舍。",
        "两千多名工人聚集抗议，打人的保安被警方带走。",
    ],
)
def test_the_guards_taken_away_are_no_detention(text: str) -> None:
    assert "detention" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the workers taken away
        "警察带走了三名工人代表，四百多名工人的罢工仍在继续。",
    ],
)
def test_workers_taken_away_are_detained(text: str) -> None:
    assert "detention" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 300 striking workers elected 12 representatives; the company refused to meet them.",
        "工人推选了十名代表，厂方拒绝和代表谈，四百多人继续罢工。",
        "The 400 workers on strike elected eight representatives; the management refused to see "
        "them.",
    ],
)
def test_representatives_refused_are_no_talks(text: str) -> None:
    assert "negotiation" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "劳动所的人说明天叫老板来所里，三十多名工人今天到劳动所讨薪。",
        "三百多名老职工在市政府门口上访，信访局终于出了人，收下了材料。",
        "滨江新区来人了，说先把设备封存，四百多名工人还在厂里静坐。",
        "Some 400 workers went on strike on Monday; a deputy county head received six of their "
        "representatives.",
        "About 200 couriers went on strike over unpaid "
        "wages, and the provincial regulator summoned "
        "the depot's owner.",
        "The transport bureau said talks with the 300 striking drivers were under way.",
        "Talks mediated by the local traffic authorities continued on Sunday as 100 bus drivers "
        "stayed off work.",
        "一百多名货车司机堵路讨运费，旗里的人晚上赶到，大家才把路让开。",
        "劳动站的人这两天来厂里跟员工代表开会，两千多名员工还在停工。",
        "区人社局、厂方和员工代表三方签了协议，四百多名员工的罢工结束。",
    ],
)
def test_offices_acting_told_in_more_words(text: str) -> None:
    assert "government_intervention" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the workers sent away
        "四十多名工人到劳动监察大队讨薪，工作人员说让我们去找公司，大家只好离开。",
    ],
)
def test_workers_sent_away_is_no_intervention(text: str) -> None:
    assert "government_intervention" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "校长下午出来表示，停发的补贴本月补发，两百多名罢课的老师才回到教室。",
        "六十多名快递员罢工，网点经理当晚表示派费恢复到一块二，大家明天复工。",
        "罢工第三天，公司发了公告，夜班补贴提高到每晚三十元，四百多名工人陆续回到车间。",
        "The company said the new overtime policy was being reviewed after 500 workers walked out.",
        "The hospital's management met the nurses on Monday afternoon after 60 of them protested.",
    ],
)
def test_the_employer_giving_way_is_talks(text: str) -> None:
    assert "negotiation" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: a promise broken
        "老板说下个月补发，结果到现在也没发，三十多名工人今天在工地门口讨薪。",
    ],
)
def test_a_promise_broken_is_no_talks(text: str) -> None:
    assert "negotiation" not in responses_of(text)

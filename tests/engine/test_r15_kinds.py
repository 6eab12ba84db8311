"""Round 15, kinds and industries: near-misses that are no incident (a trial over an old case,
buyers of flats, sellers, a study, a fire at home, an anniversary, a place in Hong Kong, Taiwan
or the United States), pleas read as actions (a complaint lodged with an office, an office's
answer, help asked to claim, a camera at the gate), actions read as pleas (a crowd counted at a
gate), and trades read from the wrong word (the brand served, a firm's head noun, a plant being
built, a plant's bare 厂, dish-washing plants, ship repair, coal washing, guards who hit). Every
sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record


def _kind(text: str, posted: str = "2024-10-18T09:00:00") -> object:
    r = record(text, posted)
    return r["kind"] if r["is_incident"] else None


def _industry(text: str) -> object:
    r = record(text)
    assert r["is_incident"], text
    return r["industry"]


# -- a trial over an old case is no incident ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "某化工厂爆炸案一审宣判 昨日，市中级法院对该案公开宣判。2019年5月该厂仓库爆炸，"
        "造成12人死亡、30人受伤，"
        "法院判处原厂长有期徒刑七年。",
        "隧道坍塌事故刑事案宣判：去年8月隧道塌方致9人死亡，施工方项目经理被判处有期徒刑五年。",
        "A court in Jiangxi sentenced nine people on Friday over a 2019 warehouse blast that "
        "killed 15 workers and injured 40.",
    ],
)
def test_a_verdict_on_an_old_accident_is_no_incident(text: str) -> None:
    assert _kind(text) is None, text


def test_an_accident_told_beside_an_arrest_is_still_an_accident() -> None:
    text = ("昨天下午城东一家木材厂起火，造成3人死亡、2人受伤；厂长已被警方控制，"
            "案件将移送法院审判。")
    assert _kind(text) == "workplace_accident"


# -- buyers of flats, whoever they are ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "某医院三十多名医生护士昨天在售楼处拉横幅，抗议开发商逾期三年不交房。",
        "某厂的五十多名职工昨天到开发商售楼部拉横幅，他们买的职工房逾期两年不交房。",
        "Dozens of teachers protested outside a developer's office on Monday, saying they were "
        "still paying "
        "mortgages on flats that were never finished.",
    ],
)
def test_workers_protesting_as_buyers_of_flats_are_no_incident(text: str) -> None:
    assert _kind(text) is None, text


def test_builders_owed_by_a_developer_of_a_stalled_block_still_act() -> None:
    text = "烂尾楼盘的五十多名农民工今天在售楼处拉横幅，开发商拖欠他们工资八个月。"
    assert _kind(text) == "collective_action"


# -- sellers as the crowd ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "上百名网店商家昨天聚集在电商平台的办公楼下，抗议平台罚款过重、货款被扣。",
        "Dozens of vendors gathered outside the market operator's office, protesting a rent "
        "rise and fines.",
        "四十多名商户聚集在商场物业办公室门口，抗议物业乱罚款，保安在场。",
    ],
)
def test_sellers_gathering_are_no_incident(text: str) -> None:
    assert _kind(text) is None, text


def test_riders_gathering_beside_merchants_are_still_an_action() -> None:
    text = "五十多名外卖骑手聚集在站点门口，抗议罚款太重，商家也跟着抱怨平台抽成。"
    assert _kind(text) == "collective_action"


# -- a study announced ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "New paper: the authors draw on fieldwork in three cities to show why some "
        "construction workers "
        "protest over wage arrears and others do not.",
        "新书推介：作者多年田野调查，记录珠三角工人的罢工与维权经历。",
        "An ethnography of delivery riders finds that strikes over pay cuts spread through "
        "riders' chat groups.",
    ],
)
def test_a_study_of_protests_is_no_incident(text: str) -> None:
    assert _kind(text) is None, text


def test_a_dated_strike_told_by_a_researcher_is_an_action() -> None:
    text = ("Researchers doing fieldwork in Shenzhen said about 300 workers at an electronics "
            "factory went on strike on 12 March over unpaid wages.")
    assert _kind(text) == "collective_action"


# -- a fire at home ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今晨城南一居民楼内发生燃气爆炸，造成1人死亡、2人受伤。",
        "一出租屋内发生煤气爆炸，3人受伤送医。",
        "昨晚一民宅内燃气泄漏起火，2人受伤送医。",
    ],
)
def test_a_fire_at_home_is_no_incident(text: str) -> None:
    assert _kind(text) is None, text


def test_a_worker_hurt_in_a_home_is_still_an_accident() -> None:
    text = "装修工人在居民楼内施工时发生燃气爆炸，2名工人受伤送医。"
    assert _kind(text) == "workplace_accident"


# -- an anniversary told as "marks … since" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This week marks one year since the strike at a Dongguan shoe factory over social "
        "insurance.",
        "Today marks five years since the walkout at the Shenzhen watch plant; we look back at "
        "what workers won.",
        "June marks two years since the stoppage at the Wuhan bus depot over unpaid wages.",
    ],
)
def test_an_anniversary_is_no_incident(text: str) -> None:
    assert _kind(text) is None, text


def test_a_strike_since_a_day_is_still_an_action() -> None:
    text = ("Workers at a Dongguan shoe factory have been on strike since Monday over unpaid "
            "social insurance.")
    assert _kind(text) == "collective_action"


# -- Hong Kong, Taiwan, the United States --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "二十多名装修工人今午在油麻地一间商场外拉横幅，追讨判头拖欠的工资。",
        "百余名关厂工人昨晚在基隆火车站前静坐，要求政府发放退休金。",
        "Teachers across Ohio walked out on Monday over pay, closing schools in dozens of "
        "districts.",
    ],
)
def test_actions_in_hong_kong_taiwan_or_the_us_are_no_incident(text: str) -> None:
    assert _kind(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "郑州一家城巴士公司五十多名司机今天停运，围堵公司讨说法。",
        "新城巴士公司六十多名司机集体停运，抗议公司拖欠工资。",
        "金城巴士的三十多名驾驶员今天罢工，要求补发三个月的工资。",
    ],
)
def test_a_bus_firm_named_for_its_city_is_no_hong_kong_bus(text: str) -> None:
    assert _kind(text) == "collective_action", text


def test_hong_kong_citybus_drivers_are_no_incident() -> None:
    text = "城巴车长今日罢驶，抗议资方削减加班津贴。"
    assert _kind(text) is None


# -- pleas: a complaint lodged, an office's answer, help asked, a camera --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "【求助】我们是几个木工，老板欠我们八万块工钱，"
        "向劳动监察和信访部门反映过好几次都没人管，恳请媒体帮帮我们！",
        "几名钢筋工近日发帖求助，称包工头欠他们工钱十二万元，多次向县信访局投诉未果。",
        "求助！我是一名保安，物业欠我两个月工资，向信访部门投诉过也没用，求大家转发。",
    ],
)
def test_a_complaint_lodged_with_an_office_is_a_plea(text: str) -> None:
    assert _kind(text) == "call_for_help", text


def test_a_crowd_complaining_at_an_office_is_a_petition() -> None:
    text = "四十多名工人集体向区信访局反映，公司拖欠他们半年工资。"
    assert _kind(text) == "collective_action"


@pytest.mark.parametrize(
    "text",
    [
        "我是小区的保洁，物业欠我们两个月工资了。去劳动监察那边说让我们等通知，求大家帮忙转发。",
        "我是一名电工，公司欠我四个月工资。到人社局那边说叫我们先去仲裁，求大家帮帮我。",
        "我们是商场的保安，公司三个月没发工资。去劳动监察大队那边回复说让我们等，求扩散。",
    ],
)
def test_an_office_answer_after_a_visit_is_a_plea(text: str) -> None:
    assert _kind(text) == "call_for_help", text


@pytest.mark.parametrize(
    "text",
    [
        "一群在外地工地打工的农民工被恶意欠薪，打电话给我，要我帮他们维权。",
        "几个老乡在工地干了半年没拿到工钱，托我帮忙维权，我只好去找律师。",
        "Workers at a Xi'an warehouse are posting complaints online that their wages have not "
        "been paid "
        "for two months.",
    ],
)
def test_help_asked_to_claim_is_a_plea(text: str) -> None:
    assert _kind(text) == "call_for_help", text


@pytest.mark.parametrize(
    "text",
    [
        "提醒大家千万别进这家电子厂，天天加班，工资压着不发。我现在就站在厂门口拍，大家转发一下。",
        "我一个人站在公司门口拍视频，老板欠我三个月工资不给，求大家转发。",
        "我站在工地门口直播，包工头欠我工钱两万，求好心人帮帮我。",
    ],
)
def test_the_poster_filming_at_the_gate_is_a_plea(text: str) -> None:
    assert _kind(text) == "call_for_help", text


def test_workers_filming_their_own_crowd_at_the_gate_still_act() -> None:
    text = "我们一百多个工友都站在厂门口拍视频讨薪，老板欠了三个月工资。"
    assert _kind(text) == "collective_action"


# -- student workers and couriers are workers; money missing is no one missing -------------------


@pytest.mark.parametrize(
    "text",
    [
        "我们是学校送来的学生工，天天加班到半夜，想辞职厂里不让走，工资压着不发。",
        "寒假工千万别来这个厂！我们干满一个月，工资压着不发，还说不干满就不结。",
        "Courier in Chengdu here. The station took a 600 yuan fine out of my pay over complaints "
        "from customers who never complained.",
    ],
)
def test_student_workers_and_couriers_asking_are_a_plea(text: str) -> None:
    assert _kind(text) == "call_for_help", text


@pytest.mark.parametrize(
    "text",
    [
        "About 500 workers at a Shenzhen garment plant went on strike on Monday, demanding the "
        "missing social insurance contributions; they are guarding the machinery.",
        "Workers at a toy factory walked off the job over missing wages and the removal of "
        "machinery.",
        "Some 200 employees struck to demand missing housing fund payments before the plant "
        "relocates; "
        "machinery has been kept inside.",
    ],
)
def test_missing_money_is_no_one_missing(text: str) -> None:
    assert _kind(text) == "collective_action", text


def test_workers_missing_after_a_blast_are_an_accident() -> None:
    text = ("An explosion at a chemical plant in Jiangsu killed two workers on Monday; three "
            "are missing.")
    assert _kind(text) == "workplace_accident"


# -- a miner who never came up --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我爸前天下井以后就再也没上来……矿上说是井下透水，求求大家帮我打听消息。",
        "我哥昨天夜班下井，到现在没上来，听说井下瓦斯爆炸，矿上不让家属靠近，求求大家帮帮我们。",
        "我老公在煤矿干了五年，前天井下冒顶，他就没能上来，矿上一句话都不说，求大家帮忙。",
    ],
)
def test_a_miner_who_never_came_up_is_an_accident(text: str) -> None:
    assert _kind(text) == "workplace_accident", text


# -- a claim only foreseen or asked about ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "想问下，听说我们厂明年可能要搬去外省，如果真搬了不想跟着走，能拿N+1吗？",
        "请教一下，我们厂可能要被收购，万一裁员的话，补偿怎么算？",
        "我们厂要是明年搬走，工龄补偿能拿多少？",
    ],
)
def test_a_claim_only_foreseen_is_no_plea(text: str) -> None:
    assert _kind(text) is None, text


def test_a_closure_done_and_asked_about_is_a_plea() -> None:
    text = "我们厂上个月已经倒闭了，老板说不给补偿，我们该去哪里要钱？"
    assert _kind(text) == "call_for_help"


# -- a crowd counted at the gate; offices of petitions --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老板跑路了！厂门口现在三百多人，两个月工资没发。",
        "公司大门口现在两百来人，大家就想要回拖欠的工资。",
        "物流园门口现在有一百多人，老板欠了三个月工钱。",
    ],
)
def test_a_crowd_counted_at_the_gate_over_pay_is_an_action(text: str) -> None:
    assert _kind(text) == "collective_action", text


def test_a_crowd_at_the_gate_to_apply_for_jobs_is_no_action() -> None:
    text = "厂门口现在三百多人排队应聘，听说普工工资涨到了六千。"
    assert _kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "六十多个代课老师一起到县教体局反映，要求同工同酬。",
        "五十多名老师今天上午一起去了县教体局，学校拖欠了半年的绩效工资。",
        "四十多名教师今天前往区教体局，讨要拖欠的绩效工资。",
    ],
)
def test_a_crowd_at_an_education_and_sports_bureau_petitions(text: str) -> None:
    assert _kind(text) == "collective_action", text


# -- industries read from the right word ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 800 workers at a garment factory in Shenzhen that sews for Uniqlo went on "
        "strike over unpaid "
        "social insurance.",
        "工人罢工第五天，警察帮老板把做好的衣服装车拉去给优衣库，"
        "我们只要补缴社保！这家港资厂还有良心吗？",
        "Workers sewing for Uniqlo at a Guangzhou garment plant went on strike over unpaid "
        "social insurance.",
    ],
)
def test_the_brand_served_is_not_the_workers_trade(text: str) -> None:
    assert _industry(text) == "manufacturing", text


@pytest.mark.parametrize(
    "text",
    [
        "About 300 workers at the Taiwanese-owned Hengda Oil Seal factory in Dongguan went on "
        "strike over "
        "relocation compensation.",
        "About 400 workers at the Jinhai Oil Filter factory in Ruian went on strike over unpaid "
        "wages.",
        "Some 250 workers at the Sanxing Oil Pump factory in Wuxi walked out over pay cuts.",
    ],
)
def test_the_head_noun_after_a_firms_name_is_its_trade(text: str) -> None:
    assert _industry(text) == "manufacturing", text


@pytest.mark.parametrize(
    "text",
    [
        "A platform inside a cooling tower being built at a power station in Hunan collapsed "
        "on Monday, "
        "killing 12 workers.",
        "某热电厂冷却塔施工平台倒塌，电厂方面称9名工人死亡。",
        "A worker fell to his death from a steel frame at a plant expansion project in Gansu "
        "on Tuesday.",
    ],
)
def test_a_plant_being_built_is_the_builders_trade(text: str) -> None:
    assert _industry(text) == "construction", text


@pytest.mark.parametrize(
    "text",
    [
        "Three welders were killed in a fire aboard a bulk carrier under construction at a "
        "shipyard in "
        "Jiangsu on Friday.",
        "昨日下午，一家船厂的一艘在建货船舱内发生爆燃，造成3名工人死亡。",
        "An explosion at a ship repair yard in Zhoushan killed two workers during gas testing "
        "on an oil tanker.",
    ],
)
def test_a_ship_built_or_repaired_is_the_yards_trade(text: str) -> None:
    assert _industry(text) == "manufacturing", text


@pytest.mark.parametrize(
    "text",
    [
        "某电厂的四十多个派遣工今天在厂部大楼里坐了一整天，厂里只说要请示。",
        "电厂的三十多名派遣工今天在厂部坐了一天，厂里说要请示，厂长不见人。",
        "一家洗碗厂的工人今天在厂门口讨薪，厂里说没钱，厂长跑了，车间也停了。",
    ],
)
def test_a_bare_plant_word_is_the_named_plant(text: str) -> None:
    assert _industry(text) in ("energy_utilities", "services"), text
    assert _industry(text) != "manufacturing"


@pytest.mark.parametrize(
    "text",
    [
        "About 40 street cleaners hired by a contractor stopped sweeping on Tuesday; the "
        "contractor blamed late payment.",
        "一家教育科技公司突然闭店，200多名老师两个月工资未发，恳请有关部门介入。",
        "Two workers died of gas poisoning on Sunday at a coal washing plant in Ordos.",
    ],
)
def test_trades_told_by_their_own_words(text: str) -> None:
    assert _industry(text) in ("services", "mining"), text


@pytest.mark.parametrize(
    "text",
    [
        "球厂今天炸锅了！保安踹了一个女工，男工去拉又被几个保安围着打，几千人冲出来把路堵死了。",
        "厂里工人讨薪，被几个保安围着打，打人的保安后来被警察带走，几百人冲出来堵了路。",
        "厂里几百号人堵在宿舍楼下讨要返费，保安拉了警戒线，另一队保安拉起警戒线守在门口。",
    ],
)
def test_guards_who_hit_are_not_the_workers_trade(text: str) -> None:
    assert _industry(text) == "manufacturing", text


def test_guards_who_strike_are_services() -> None:
    text = "小区二十多名保安今天集体停工，物业公司拖欠他们三个月工资。"
    assert _industry(text) == "services"


# -- what follows from the kinds above: the union's officials, a group of no stated size ----------


@pytest.mark.parametrize(
    "text",
    [
        "About 600 workers at a Shenzhen shoe factory went on strike on Monday. Their "
        "representatives took a petition to the city Federation of Trade Unions; officials there "
        "promised to send someone to the factory.",
        "Hundreds of workers at a Dongguan toy factory walked out on Tuesday. Ten of them went to "
        "the district trade union, and officials there promised to look into the unpaid overtime.",
        "Some 300 bus drivers in Wuhan stopped work on Friday. They went to the city trade union's "
        "offices; its officials promised to mediate with the company.",
    ],
)
def test_officials_of_a_union_named_before_are_the_union(text: str) -> None:
    r = record(text)
    assert "union_intervention" in r["responses"], text
    assert "government_intervention" not in r["responses"], text


def test_officials_of_a_bureau_named_before_are_the_government() -> None:
    text = ("About 200 workers at a Ningbo garment factory went on strike on Monday and marched to "
            "the district labour bureau; officials there promised to investigate the unpaid wages.")
    r = record(text)
    assert "government_intervention" in r["responses"]


@pytest.mark.parametrize(
    "text",
    [
        "一群在外地工地打工的农民工被恶意欠薪，打电话给我，要我帮他们维权。",
        "一群在开发区厂里干活的工人联系到本报，说老板拖欠工资半年，希望媒体帮帮他们。",
        "一群在市政工程上打工的民工托人找到我，工钱被拖了八个月，求大家转发帮帮他们。",
    ],
)
def test_a_group_asking_for_help_has_no_stated_size(text: str) -> None:
    r = record(text)
    assert r["kind"] == "call_for_help", text
    assert r["participants"] is None, text


def test_one_worker_asking_for_help_is_one() -> None:
    text = "我是一名电焊工，包工头欠我工钱三万块，求大家帮帮我。"
    r = record(text)
    assert r["participants"] == "1-9"

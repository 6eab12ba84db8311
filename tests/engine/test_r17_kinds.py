"""Round 17, kinds and counts: a plea for help over a worker hurt at work (a relative or the
worker tells of the hurt and of an employer who will not pay, and asks for help) is a call for
help, though it counts no one hurt; a toll told in English as a running total ("bringing to 11
the number killed", "bringing the number of dead to 7") is the toll; a road crash on the way to
or from work, told as news, is no workplace accident; one more hurt beside the dead (a rescuer
poisoned), those put in intensive care and one worker taken to hospital are the injured; drivers
(riders, workmates) who ask for help in the plural give a call no head count; a rumour put down
(old video, no accident here) is no incident; 他们 said of the firm counts no one several; one
worker who died in a mishap no accident type names is an accident; young workers named as
people call them (十来个小姑娘) and, in English, those who act with one named ("my uncle and 11
others") are counted. Every sentence is written for these tests and stands for a rule, not a
case. One hurt who then died in the same sentence (一名工人被冲床压伤，经抢救无效死亡) is none
of the hurt.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import head_count, record, toll


def _kind(text: str) -> object:
    r = record(text)
    return r["kind"] if r["is_incident"] else None


# -- a plea over a hurt at work is a call for help ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我爸在工地摔伤了，老板不管，求助。",
        "我叔在搅拌站工地上扭伤了腰，包工头说不关他的事，谁能帮帮我们？",
        "我妈在厂里被机器压伤了手，老板跑了，怎么办啊",
        "老公在矿上被砸断了腿，矿上一分钱不出，求好心人指条路。",
        "Help: my dad was hurt on a building site and the boss won't pay, please help.",
    ],
)
def test_a_plea_over_a_hurt_at_work_is_a_call_for_help(text: str) -> None:
    r = record(text)
    assert r["is_incident"] and r["kind"] == "call_for_help", (text, r["kind"])
    assert r["participants"] == "1-9"


@pytest.mark.parametrize(
    "text",
    [
        "我爸在家里摔伤了，医院不管，求助。",  # hurt at home: no work
        "我在厂家买的电动车，骑着摔伤了，厂家不管，求助。",  # a customer hurt by what he bought
        "我爸在工地摔伤了，正在医院，求大家保佑。",  # no dispute told
        "我爸在工地摔伤了，老板不管。",  # no plea
    ],
)
def test_a_hurt_without_work_dispute_or_plea_is_no_call(text: str) -> None:
    assert _kind(text) is None, text


# -- a toll told as a running total ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Another worker died in hospital on Sunday, bringing to 11 the number killed in the blast "
         "at a chemical plant in Jiangsu.", 11, None),
        ("One more worker died on Tuesday, bringing to 12 the number of workers killed in the "
         "collapse at a steel plant in Hebei.", 12, None),
        ("Two more bodies were pulled from the coal mine in Shanxi, bringing the number of dead "
         "to 7.", 7, None),
        ("Three more workers were hospitalised, bringing to 25 the number of injured at the plant "
         "in Hebei after a gas leak.", None, 25),
        ("The fire at the furniture factory in Henan killed a further three workers, raising the "
         "number killed to 8 and the number injured to 20.", 8, 20),
    ],
)
def test_a_running_total_is_the_toll(text: str, killed: int | None, injured: int | None) -> None:
    assert toll(text) == (killed, injured), text


def test_a_running_total_of_those_held_is_no_toll() -> None:
    text = ("Police detained two more workers, bringing to 9 the number held after the strike at "
            "a shoe factory in Dongguan.")
    assert toll(text) == (None, None)


# -- a crash on the way to or from work is no workplace accident --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨天早上八点，城东大道一辆电动车与一辆货车相撞，电动车上的男子当场死亡。据悉，死者是附近一家电子厂"
        "的工人，当时正赶着上班。",
        "腊月二十六凌晨，一辆载着四名在苏州打工的安徽老乡的面包车在返乡途中侧翻，造成1人死亡、3人受伤。",
        "A factory worker in Foshan was killed on Friday when a lorry hit his scooter on his way "
        "home from the night shift.",
    ],
)
def test_a_crash_on_the_way_to_work_is_no_accident(text: str) -> None:
    assert _kind(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "外卖骑手小李在送餐路上被渣土车撞倒，当场死亡。",  # a rider's road is his work
        "昨天早上八点，城东工地一台渣土车倒车时撞倒一名工人，工人当场死亡。",  # a crash at the site
        "一名快递员在下班回家的路上和轿车相撞，送医后不治。",  # a courier, whose road is his work
    ],
)
def test_a_crash_at_work_is_still_an_accident(text: str) -> None:
    assert _kind(text) == "workplace_accident", text


# -- the hurt told beside the dead, in intensive care, or one taken to hospital -----------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("化工厂昨天清理储罐时两名工人中毒身亡，另有1名前往施救的工人轻微中毒。", 2, 1),
        ("化工厂昨天清理储罐时两名工人中毒身亡，另有一名下去救人的工友也中毒了。", 2, 1),
        ("造纸厂污水池昨天有三名工人窒息死亡，另有一名赶去帮忙的工人中毒。", 3, 1),
    ],
)
def test_one_poisoned_beside_the_dead_is_hurt(text: str, killed: int, injured: int) -> None:
    assert toll(text) == (killed, injured), text


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Three workers died after inhaling gas in a tank at a paper mill in Hubei. A fourth "
         "worker who went in to help them was hospitalised.", 3, 1),
        ("Two workers died in a gas leak at a chemical plant in Shandong. A third worker who tried "
         "to pull them out was hospitalised.", 2, 1),
        ("Two miners were killed in the blast. A third miner who stood nearby was taken to "
         "hospital.", 2, 1),
    ],
)
def test_one_more_who_went_to_help_is_hurt(text: str, killed: int, injured: int) -> None:
    assert toll(text) == (killed, injured), text


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("焦化厂今天上午煤气泄漏，三名工人进了ICU，还有几个头晕的在观察。", 3),
        ("钢厂昨晚高炉出事，两名工人被送进重症监护室抢救。", 2),
        ("化肥厂氨气泄漏，六名工人进了重症监护室。", 6),
    ],
)
def test_those_in_intensive_care_are_hurt(text: str, injured: int) -> None:
    assert toll(text) == (None, injured), text


@pytest.mark.parametrize(
    "text",
    [
        "物流园分拣车间热得像蒸笼，今天又有一个分拣员中暑晕倒送医院了。",
        "工地上午发生坠落事故，一名架子工从三楼掉下来，被送进医院了。",
        "纺织厂车间今天中午有位女工中暑倒下，被送往医院了。",
    ],
)
def test_one_worker_taken_to_hospital_is_one_hurt(text: str) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident" and r["injured"] == 1, text


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("化工厂昨天清理储罐时两名工人中毒身亡，另有1名前往施救的工人中毒死亡。", None),  # died too
        ("A third worker who went in after them was also killed.", None),  # dead, not hurt
        ("两名工人被送进重症监护室后不治身亡。", None),  # died in care
    ],
)
def test_the_dead_are_not_the_hurt(text: str, injured: int | None) -> None:
    assert toll(text)[1] == injured, text


# -- workers who ask in the plural give no head count --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "在城郊跑货运的司机们求助：物流公司拖欠运费三个月，老板电话不接，有没有人管管？",
        "送外卖的骑手们发帖：站点每单扣两块钱“管理费”，说不交就封号，这合理吗？",
        "保洁阿姨的工友们求助：物业公司两个月没发工资了，老板说等甲方付款，谁能帮帮她们？",
    ],
)
def test_workers_asking_in_the_plural_give_no_count(text: str) -> None:
    r = record(text)
    assert r["kind"] == "call_for_help" and r["participants"] is None, text


def test_one_driver_asking_is_one_to_nine() -> None:
    r = record("在城郊跑货运的司机求助：物流公司拖欠运费三个月，老板电话不接，有没有人管管？")
    assert r["kind"] == "call_for_help" and r["participants"] == "1-9"


# -- a rumour put down is no incident -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "关于网传“某钢厂高炉爆炸”视频的说明：近日有网友发布视频称我区一家钢厂发生爆炸。经核查，该视频系外省"
        "2019年旧视频，近期辖区内未发生爆炸事故。",
        "网传“城南化工园一工厂爆炸起火”的视频，经核查系2018年外地旧视频，园区内未发生火灾事故。",
        "网上流传的“物流园仓库大火，工人被困”视频，经消防部门核实，为2017年外省旧视频，与本地无关。",
    ],
)
def test_a_rumour_put_down_is_no_incident(text: str) -> None:
    assert _kind(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("开发区一家化工厂昨晚发生爆炸，造成2人死亡、5人受伤。网传“死亡十余人”系谣言，请不信谣、不传谣。",
         "workplace_accident"),  # the toll counted: the blast happened
        ("某工地昨天一百多名工人堵门讨薪，总包说欠薪与我司无关，是分包老板的事。",
         "collective_action"),
    ],
)
def test_a_denial_beside_a_real_event_keeps_it(text: str, kind: str) -> None:
    assert _kind(text) == kind, text


# -- 他们 said of the firm counts no one several -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "表哥给一家物流公司开半挂，前天凌晨在高速上追尾了，人没了。公司只说是他疲劳驾驶，可他们一个月让他跑二十几趟。",
        "我舅在一家砖厂干活，昨天窑顶塌了，人没了。厂里到现在一句话不说，他们只说等调查。",
        "表弟在采石场开铲车，昨天塌方，人当场就没了。他们说要等调查组的结论。",
    ],
)
def test_the_firm_as_they_is_no_several(text: str) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident" and r["killed"] == 1, (text, r["killed"])


def test_they_who_died_are_several() -> None:
    r = record("矿上昨天井下出事，他们三个都没上来。")
    assert r["killed"] != 1


# -- one worker dead in a mishap no accident type names -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "城北机械厂昨晚出事了，一个老师傅用行车吊钢板，被钢板砸了，送到医院没抢救过来。",
        "砖厂窑上今天出事了，有个烧窑师傅当场就不行了。",
        "木材加工厂下午有名工人被原木压住，送医后不治。",
    ],
)
def test_one_dead_in_a_mishap_is_an_accident(text: str) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident" and r["killed"] == 1, (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "一名退休工人今天在家中去世，享年八十岁。",  # no mishap
        "我们厂一个老师傅昨天因病去世了，大家都很难过。",  # an illness, no mishap
    ],
)
def test_a_death_with_no_mishap_is_no_accident(text: str) -> None:
    assert _kind(text) is None, text


# -- young workers named as people call them; "and 11 others" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "南京东路那家服装店今天店员全体罢工，十来个小姑娘站在店门口举纸牌。",
        "工地上二十多个小伙子今天都不干了，坐在门口等老板结账。",
        "电子厂三十多个姑娘今天一起停了线，要求补发加班费。",
    ],
)
def test_young_workers_as_people_call_them_are_counted(text: str) -> None:
    assert head_count(text) == "10-99", text


@pytest.mark.parametrize(
    "text",
    [
        "My uncle and 11 others are up on the tower crane at the site right now.",
        "Zhang and 15 others sat in at the labour bureau on Monday to demand their wages.",
        "Wang, a welder, and 25 others walked off the job on Friday over unpaid overtime.",
    ],
)
def test_those_who_act_with_one_named_are_counted(text: str) -> None:
    assert head_count(text) == "10-99", text


def test_young_workers_hurt_are_no_crowd() -> None:
    assert head_count("车间昨晚起火，十几个小姑娘受伤被送进医院。") is None


def test_one_taken_to_hospital_who_died_is_not_hurt() -> None:
    r = record("工地上午发生坠落事故，一名架子工从三楼掉下来，被送进医院后不治。")
    assert (r["killed"], r["injured"]) == (1, None)


def test_others_hurt_beside_one_named_are_no_crowd() -> None:
    text = "Police beat the organiser, and 11 others were injured in the scuffle at the plant gate."
    assert head_count(text) is None


# -- one hurt who then died is none of the hurt --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("某机械厂发生机械伤害事故 1人死亡 24日夜班期间，冲压车间一名工人被冲床压伤，"
         "经送医抢救无效死亡。", 1),
        ("厂房外墙坍塌，造成两人死亡，楼下一名路过的年轻人后背被砸伤，后经抢救无效死亡。", 2),
        ("木器厂昨天事故造成1人死亡，一名工人手臂被电锯割伤，送医后不治。", 1),
    ],
)
def test_one_hurt_who_then_died_is_not_hurt(text: str, killed: int) -> None:
    assert toll(text) == (killed, None), text


@pytest.mark.parametrize(
    "text",
    [
        "钢厂行车吊钩脱落，一名工人当场死亡，另有一名工人被砸伤。",
        "模具厂昨晚事故造成1人死亡，车间一名女工被飞出的碎片划伤，已送医。",
    ],
)
def test_one_hurt_beside_the_dead_who_lived_is_hurt(text: str) -> None:
    assert toll(text) == (1, 1), text

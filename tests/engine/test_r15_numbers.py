"""Numbers as reports tell them, round fifteen: head counts told as people tell them (数以万计,
估计上千, 停工人数已达数万, "put the number at"), those counted who are not the crowd (带走了五个
工友, "blacklisted four drivers", a workforce 厂有约四万名员工, cabs still running), tolls that
rise from post to post (事故已致6人死亡, 遇难人数改成26, 共造成6死4伤), sums owed told many
ways (十多万的工钱一分没拿到, 被克扣到三千多元: a level of pay), and accident types told in
words the lexicon lacked (燃爆, 往下掉, 塔吊倾覆, 冻死, "dust ignited", 血铅超标).
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import counts
from labourmap.engine.one_casualty import single_death
from labourmap.engine.text import normalise
from tests.engine.reading import head_count, money, record, toll

# -- participants: those counted who are not the crowd -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "厂方扬言要开除36个人，工人们照样守在大门口。",
        "老板放话辞退48名员工，工友们今天全体停工。",
        "厂里贴出通知要辞退58名员工，员工们聚在办公楼前。",
    ],
)
def test_those_dismissed_in_digits_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "中午警察来了，带走了六个工友，其余的人还坐在厂门口。",
        "昨天夜里抓走一个骑手，今天上午又抓了三个骑手，大家都很气愤。",
        "派出所扣押了八名司机，车队的人都跑去要人。",
    ],
)
def test_those_taken_away_told_verb_first_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


def test_a_crowd_that_goes_to_ask_for_those_taken_stands() -> None:
    assert head_count("警察带走了两个工友，随后三十多名工人赶到派出所要人。") == "10-99"


@pytest.mark.parametrize(
    "text",
    [
        "The platform blacklisted six riders who had organised the go-slow.",
        "The company suspended 15 drivers after the protest at its depot.",
        "Ele.me deactivated nine couriers who spoke to reporters about the pay cut.",
    ],
)
def test_those_punished_in_english_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "求大家帮帮忙！我老公和二十几个河南老乡去年去内蒙古给一个工地干活，工钱一直不结。",
        "她丈夫刘某与十多名四川工友在矿上干了两个月，老板一分钱没给就跑了。",
        "She is appealing for help for her son, one of about twenty welders the site never paid.",
    ],
)
def test_a_call_made_for_a_relative_speaks_for_one(text: str) -> None:
    assert head_count(text, call=True) is None


def test_workers_who_call_for_themselves_are_counted() -> None:
    assert head_count("我们二十几个河南老乡去年去内蒙古干活，工钱一直不结。", call=True) == "10-99"


# -- participants: a workforce told and left ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "该集团有约三万名员工，分布在五个厂区。",
        "这家制衣厂约有员工九百人。",
        "纺织厂鼎盛时有六千工人，如今只剩下几十个老职工在厂门口讨说法。",
    ],
)
def test_a_workforce_told_and_left_is_no_crowd(text: str) -> None:
    assert head_count(text) in (None, "10-99")


def test_a_workforce_then_a_crowd() -> None:
    text = "纺织厂鼎盛时有六千工人，如今只剩下几十个老职工在厂门口讨说法。"
    assert head_count(text) == "10-99"


def test_a_crowd_at_the_plant_is_no_workforce() -> None:
    assert head_count("工厂有三百多名工人参加了罢工。") == "100-999"


@pytest.mark.parametrize(
    "text",
    [
        "停运第二天，全市只有300多辆出租车还在营运。",
        "今早全城只有两百多辆的士照常出车，其余都停在路边。",
        "据交通局统计，昨天仍有150辆网约车在运营。",
    ],
)
def test_vehicles_still_running_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


def test_cabs_that_stopped_are_counted() -> None:
    assert head_count("昨天上午三百多辆出租车停在市政府门口。") == "100-999"


# -- participants: a crowd's size told as people tell it --------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("数以万计的工人涌上街头。", "10000+"),
        ("罢工进入第三天，数以千计工人聚集在厂区。", "1000-9999"),
        ("数以百计的司机把车停在了收费站前。", "100-999"),
    ],
)
def test_counted_by_the_thousand(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_sum_counted_by_the_million_is_no_crowd() -> None:
    assert head_count("这家公司欠下的货款数以万计。") is None


@pytest.mark.parametrize(
    "text",
    [
        "三十多名编辑、记者在报社门口拉起横幅讨薪。",
        "十几位主持人和记者集体到台长办公室讨要绩效。",
        "二十多名编辑堵在出版社大门口。",
    ],
)
def test_newsroom_staff_are_counted(text: str) -> None:
    assert head_count(text) == "10-99"


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("广场上坐满了工人，估计上千，都举着牌子。", "1000-9999"),
        ("工人越聚越多，目测有两三百，把厂门口堵得严严实实。", "100-999"),
        ("好多环卫工坐在广场上，少说也有一百多，都在等领导出来。", "100-999"),
    ],
)
def test_a_guess_at_a_crowd_at_the_clause_end(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_guess_at_a_sum_is_no_crowd() -> None:
    assert head_count("这批货估计上千，老板说下个月再结。") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("工会称罢工人数已超过两万。", "10000+"),
        ("到周三，参与罢工的人数超过三千。", "1000-9999"),
        ("Labour groups put the number involved at roughly 12,000.", "10000+"),
        ("Organisers estimated the turnout at some 400.", "100-999"),
        ("By Friday the number of strikers had reached 2,500.", "1000-9999"),
    ],
)
def test_a_turnout_named_as_a_figure(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_loss_named_as_a_figure_is_no_crowd() -> None:
    assert head_count("据工人估计，停工造成的损失已达两万多。") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("Around 3,000 of Wuhan's 12,000 taxi drivers joined the stoppage.", "1000-9999"),
        ("About 400 of its 1,200 employees walked out on Tuesday.", "100-999"),
        ("Between 150 and 200 downed tools, a union official said.", "100-999"),
        ("Organisers said 60 to 80 had gathered at the gate.", "10-99"),
    ],
)
def test_a_part_or_a_range_that_acts(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_range_of_pay_is_no_crowd() -> None:
    assert head_count("They earned between 200 and 300 yuan a day.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Some 240 owner-drivers kept their buses off the road.",
        "About 60 taxi-drivers refused to pick up fares on Monday.",
        "Nearly 90 truck-drivers parked their rigs across the highway.",
    ],
)
def test_a_people_noun_with_a_hyphened_word(text: str) -> None:
    assert head_count(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Riders circulated 12 proposals among couriers in the city.",
        "They drew up 20 grievances for the workers.",
        "The 30 complaints filed with drivers' groups were ignored.",
    ],
)
def test_a_count_of_things_past_a_preposition_is_no_crowd(text: str) -> None:
    assert head_count(text) is None


def test_workers_after_a_few_words_are_counted() -> None:
    assert head_count("About 50 China Railway No.3 Bureau workers blocked the gate.") == "10-99"


@pytest.mark.parametrize(
    "text",
    [
        "Strikers faced riot police and hired men, about 300 in all, at the gate.",
        "The workers were met at the gate by riot police, about a hundred of them.",
        "Strikers said thugs hired by the boss, a dozen or so, beat them.",
    ],
)
def test_a_count_set_off_after_the_police_is_no_crowd(text: str) -> None:
    assert head_count(text) is None


def test_a_count_set_off_after_the_workers_stands() -> None:
    text = "Teachers marched to the bureau - several hundred, holding signs."
    assert head_count(text) == "100-999"


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("八十多辆跑县城线路的中巴周一起罢运，抗议管理费太高。", "10-99"),
        ("两百多辆承包经营的大巴停在车站外不出车。", "100-999"),
        ("参加罢运的车辆周五增加到140辆。", "100-999"),
    ],
)
def test_buses_on_strike_are_counted(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_bus_carrying_passengers_is_no_crowd() -> None:
    assert head_count("一辆中巴载着二十名乘客驶入车站。") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("去年在开发区工地干活，湖南老乡一千多人，老板一直不给钱。现在还有两百来人守在工棚里。",
         "100-999"),
        ("我们在这家厂打工，工友三千多人，工资拖了半年。昨天两百多人去了镇政府。", "100-999"),
        ("大家一起在项目上务工，农民工一千五百多人，今天有八十多人去劳动局反映。", "10-99"),
    ],
)
def test_a_workforce_counted_after_the_work_gives_way(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_workforce_counted_after_the_work_stands_alone() -> None:
    assert head_count("今年在工地干活，老乡一千二百多人，开发商一直不给钱。") == "1000-9999"


def test_a_figure_in_millions_is_read_once() -> None:
    text = "Officials promised to settle the 380 million yuan the nurses say they are owed."
    norm = normalise(text)
    assert [norm[q.start : q.end] for q in counts.quantities(norm)] == ["380 million"]
    assert head_count(text) is None


# -- killed and injured ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A blast tore through the plant at 2:45 am, killing five people and leaving six with "
         "minor injuries.", 6),
        ("At 4:20 pm on Friday the scaffold gave way and three workers suffered minor "
         "injuries.", 3),
        ("The fire broke out at 11:20 pm and four workers were treated for burns.", 4),
    ],
)
def test_a_clock_time_counts_nobody(text: str, value: int) -> None:
    assert toll(text)[1] == value


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("另有1名伤者送医后不治。这起爆燃共造成5死7伤。", 5, 7),
        ("2名伤者已转院。化工厂爆炸累计造成3死12伤。", 3, 12),
        ("现场3人受伤被送医，隧道塌方事故共造成4死5伤。", 4, 5),
    ],
)
def test_the_hurt_of_a_compact_total(text: str, killed: int, injured: int) -> None:
    assert toll(text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "事故造成2人死亡，另有1名伤者送医后不治。",
        "3名伤者经抢救无效死亡，事故原因正在调查。",
        "2名伤者在送医途中死亡，事故原因正在调查。",
    ],
)
def test_the_hurt_who_died_are_no_injured(text: str) -> None:
    assert toll(text)[1] is None


def test_the_hurt_still_in_hospital_stand() -> None:
    assert toll("事故造成2人死亡，3名伤者仍在医院治疗。")[1] == 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("搜救人员又找到4具遗体，这起透水事故目前已致9人死亡。", 9),
        ("现场清理出2具遗体，截至发稿已经造成5人死亡。", 5),
        ("截至目前共找到7具遗体，事故共造成11人遇难。", 11),
    ],
)
def test_a_toll_outranks_the_bodies_told(text: str, value: int) -> None:
    assert toll(text)[0] == value


def test_bodies_found_after_a_count_outrank_it() -> None:
    assert toll("事故初步确认2人死亡。截至今晨，已找到5具遇难者遗体。")[0] == 5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("官方把遇难人数改成了21人，此前通报是9人。", 21),
        ("塌方现场的死亡人数已经30多，还在往上涨。", 30),
        ("官方通报的死亡人数昨晚调整为17人。", 17),
    ],
)
def test_a_toll_revised_or_told_without_a_verb(text: str, value: int) -> None:
    assert toll(text)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("事故至今12人死亡、4人失踪，另有住院伤者96人。", 96),
        ("事故共造成3人死亡、2人失联，送医治疗的伤者41人。", 41),
        ("截至今晨已有7人遇难、5人下落不明，住院伤者20人。", 20),
    ],
)
def test_the_missing_are_not_the_hurt_in_hospital(text: str, value: int) -> None:
    assert toll(text)[1] == value


@pytest.mark.parametrize(
    "text",
    [
        "老刘5月20号从架子上摔下来，6月9号人就没了。",
        "他5月2日在工地受了伤，8月6号人就没了。",
        "3月12号出的事，4月3号人没了。",
    ],
)
def test_a_day_counts_nobody(text: str) -> None:
    assert toll(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "48岁的黄某是当地一家纸箱厂的工人，上月在车间晕倒，送医一周后去世。",
        "52岁的老马是物流园的搬运工，被叉车撞倒后在医院去世。",
        "33岁的陈某是外卖骑手，雨夜送餐途中被货车撞倒身亡。",
    ],
)
def test_one_worker_told_by_age_who_died(text: str) -> None:
    assert single_death(normalise(text)) == 1


def test_one_worker_told_by_age_who_lives_is_no_death() -> None:
    text = "48岁的黄某是当地一家纸箱厂的工人，上月在车间晕倒，目前仍在治疗。"
    assert single_death(normalise(text)) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两名工友被钢管砸伤，一个送医院没抢救过来。", 1),
        ("三个工友中毒晕倒，两个送到医院没救过来。", 2),
        ("仓库起火，听说住在里面的三个工人没跑出来。", 3),
    ],
)
def test_those_who_died_told_as_people_say_it(text: str, value: int) -> None:
    assert toll(text)[0] == value


def test_those_who_ran_out_are_no_dead() -> None:
    assert toll("仓库起火，住在里面的三个工人都跑出来了。")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "塔吊司机被发现倒在操作室里，送到医院时已无生命体征。",
        "表弟在厂里被机器卷了进去，人没了。老板说他不是他们的人，是外包的。",
        "父亲在物流园卸货时被叉车撞倒，送医后不治，家里还有两个孩子在上学。",
    ],
)
def test_one_death_with_nobody_counted(text: str) -> None:
    assert single_death(normalise(text)) == 1


def test_several_found_dead_are_not_one() -> None:
    assert single_death(normalise("被困的矿工均已无生命体征。")) is None


# -- amount_yuan ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("工程早就完工，十余万元工钱也没有着落。", 100000),
        ("干了大半年，十多万的血汗钱至今一分没拿到。", 100000),
        ("一百多万的血汗钱，至今一分都没到手。", 1000000),
    ],
)
def test_a_sum_owed_told_by_what_never_came(text: str, value: int) -> None:
    assert money(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "说好的工钱被克扣到一千八百元。",
        "工资被拖欠后又被扣到了一千五百元。",
        "欠薪之后又把月薪压至三千元，工人们不干了。",
    ],
)
def test_pay_cut_to_a_level_is_no_sum_owed(text: str) -> None:
    assert money(text) is None


def test_a_sum_withheld_stands() -> None:
    assert money("公司克扣了工人三万多元工资。") == 30000


# -- accident_type ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("宁波一家化工厂反应釜燃爆，造成2名工人死亡、3人受伤，现场有毒气扩散。", "explosion_fire"),
        ("工地一台施工升降机的吊笼运行到半空突然往下掉，4名工人全部遇难。", "fall"),
        ("温州一工地塔吊倾覆，造成2人死亡、3人受伤。", "collapse"),
        ("拆卸中的塔吊整体倒下，砸死了一名信号工。", "collapse"),
        ("寒潮来袭，山区公路工地3名工人被困雪中冻死。", "other"),
        ("Metal shavings ignited in a workshop in Foshan, and one worker died of his burns.",
         "explosion_fire"),
        ("木材加工厂的车间烧起来了，一名工人没跑出来。", "explosion_fire"),
        ("Two fitters died when a pipe burst at a paper mill in Fujian.", "explosion_fire"),
        ("A minibus taking workers to a quarry overturned on a mountain road, killing three.",
         "traffic"),
        ("体检发现，电镀车间有20多名工人血铅超标。", "poisoning_disease"),
        ("两名工人清理污水池时晕倒，经抢救无效死亡。", "poisoning_disease"),
    ],
)
def test_accident_types_told_as_reports_tell_them(text: str, code: str) -> None:
    assert record(text)["accident_type"] == code


# -- near-misses of the rules above ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("厂里开除了2个组长，58名员工聚在办公楼前。", "10-99"),
        ("The platform blacklisted the organisers; some 200 riders gathered at its office.",
         "100-999"),
        ("The 380 workers were owed 2 million yuan.", "100-999"),
    ],
)
def test_the_crowd_beside_those_counted_otherwise_stands(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    "text",
    [
        "三十多名读者给编辑部写信。",
        "About 60 well-paid jobs were cut.",
    ],
)
def test_no_people_counted(text: str) -> None:
    assert head_count(text) is None


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The blast injured 38 workers at 3 am.", None, 38),
        ("2名伤者已转院。", None, 2),
        ("遇难人数还在核实中，已找到3具遗体。", 3, None),
        ("5人受伤送医。", None, 5),
        ("上个月3人死亡。", 3, None),
    ],
)
def test_tolls_the_new_rules_leave_alone(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert toll(text) == (killed, injured)


def test_rough_wages_all_paid_are_no_sum() -> None:
    assert money("十多万的工钱已经全部拿到了。") is None


def test_a_cold_snap_without_an_accident() -> None:
    assert record("寒潮来袭，环卫工人坚守岗位清扫积雪。")["accident_type"] is None


def test_a_ruling_overturned_is_no_traffic_accident() -> None:
    text = ("A court in Dongguan overturned the ruling that had denied the injured welder "
            "compensation.")
    assert record(text)["accident_type"] != "traffic"

"""Numbers and names as real reports word them, fifth set: a head count behind a firm's long name
("No.3 Bureau"), a workforce told by what a plant has ("which has about", 该厂有员工约, "among
the"), a part of the staff by tenths (三成), those who worked at a site beside those who acted,
a call made by the workers' representatives; a sum in 万 with no 元, one that cannot be got,
a fine, and "lowest"/"allowed" (no "owes"/"owed"); a day number before 确诊, one worker "gone"
or "not saved", a death with nobody counted, "never came up", 其中1人 dying after the hour,
one hurt who later died, one still in hospital, the badly and lightly hurt added up, "the tenth
is in critical condition", the trades of one worker killed; and a firm's short name ended by
its trade (化工, 陶瓷, 服饰, 物流, 商行), named between what it is and where its plant stands,
or after "brand", "X's plant", and what is no employer (a kind of firm, the client whose works
are built, a verb or whose the firm is run into the name).
Every sentence is written for these tests (2024-10-18, the default post day, is a Friday)
and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import casualties
from labourmap.engine.text import normalise
from tests.engine.reading import employer, head_count, money, toll

# -- participants ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        (
            "Nearly 40 Hubei Construction No.5 Company workers walked off the job on Monday.",
            "10-99",
        ),
        (
            "About 70 China Metallurgical No.2 Bureau workers blocked the site gate yesterday.",
            "10-99",
        ),
    ],
)
def test_a_numbered_firm_name_stands_between_count_and_noun(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("该矿有工人约1500人。今天四十多名矿工在井口静坐，要求补发工资。", "10-99"),
        ("这家酒店有员工约600人，昨天有二十多名员工在大堂拉横幅讨薪。", "10-99"),
    ],
)
def test_what_a_plant_has_is_its_workforce(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        (
            "Staff at the mill, which has about 3,000 employees, struck on Monday; some 200 "
            "workers gathered at the gate.",
            "100-999",
        ),
        (
            "About 80 workers, among the 1,500 staff at the shoe factory, stopped work on Tuesday.",
            "10-99",
        ),
    ],
)
def test_a_workforce_told_in_english_is_no_crowd(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("厂里两千多名员工里，有三成左右约六百人参加了罢工。", "100-999"),
        ("该厂1800名工人当中，有一半约900人停工。", "100-999"),
    ],
)
def test_a_part_of_the_staff_by_tenths(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("两百多名民工在这个项目上务工。上午，六十多名民工到区政府上访讨薪。", "10-99"),
        ("一百五十多名工人去年进入新区医院工地干活，今天三十多人堵住了项目部大门。", "10-99"),
        ("三十多名工人在这里干活半年了，工资一分没拿到，今天一起去劳动局反映。", "10-99"),
    ],
)
def test_those_who_worked_there_yield_to_those_who_acted(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("员工代表在网上发出求助信：公司拖欠300多名工人工资，老板已经失联。", "100-999"),
        (
            "Workers' representatives posted an appeal on Sunday: the firm owed more than 200 "
            "workers five months of wages.",
            "100-999",
        ),
    ],
)
def test_representatives_speak_for_all_the_workers_owed(text: str, bucket: str) -> None:
    assert head_count(text, call=True) == bucket


# -- amount ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三十多万工钱到现在还没给，工人们只好去住建局。", 300_000),
        ("八十万工资至今未发，二十多名工人围住了项目部。", 800_000),
    ],
)
def test_a_sum_in_wan_needs_no_yuan(text: str, value: int) -> None:
    assert money(text, many=True) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十多名工人一年的工资十二万余元无处讨要。", 120_000),
        ("包工头跑了，大家两万块讨不回来，只能去信访局。", 20_000),
    ],
)
def test_a_sum_that_cannot_be_got_is_owed(text: str, value: int) -> None:
    assert money(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "的哥们说交警一天开了三张罚单，共罚款九百元，干脆不跑了。",
        "骑手们抱怨超时被罚了两次，一共四百块，于是集体停工。",
    ],
)
def test_a_fine_is_no_sum_owed(text: str) -> None:
    assert money(text, many=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "Couriers said the lowest rate per parcel has fallen to 1.2 yuan, and they stopped work.",
        "Riders said the app allowed them only 30 minutes, and fines reached 50 yuan.",
    ],
)
def test_owes_and_owed_inside_other_words_are_no_debt(text: str) -> None:
    assert money(text, many=True) is None


# -- killed and injured ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他8月12日确诊为尘肺病，家里已经拿不出钱治疗。",
        "她3号住院，诊断为职业中毒，厂里至今不管。",
    ],
)
def test_a_day_number_is_no_head_count(text: str) -> None:
    assert toll(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "焊接车间昨天出事了，一个焊工在罐里作业时晕倒，人没了。",
        "有个钢筋工从架子上摔下来，送到医院没救回来。",
    ],
)
def test_one_worker_gone_or_not_saved(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "搅拌站的工人被卷进机器，送医后没救过来。",
        "工地停了两三个月后复工，第一天就有工人从架子上掉下来，没能救过来。",
    ],
)
def test_a_death_with_nobody_counted_is_one(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("三个师傅下井清淤，人就没上来。", 3),
        ("两个工人下化粪池疏通，人再没上来。", 2),
    ],
)
def test_those_who_never_came_up_are_dead(text: str, dead: int) -> None:
    assert toll(text)[0] == dead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4人被救出后送医，其中1人于3日凌晨2时许经抢救无效死亡。", (1, 3)),
        ("5名工人被救出后送医，其中2人于8日上午10时经抢救无效死亡。", (2, 3)),
    ],
)
def test_the_dead_among_those_sent_to_hospital_after_an_hour(
    text: str, expected: tuple[int, int]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "一名工人在吊篮里作业时坠落，受伤送医，经抢救无效于5日死亡。",
        "1名男子被钢管砸中，受伤送医，后经抢救无效死亡。",
    ],
)
def test_one_hurt_who_later_died_is_no_injured(text: str) -> None:
    assert toll(text)[1] is None
    assert casualties.single_death(normalise(text)) == 1


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("矿井透水，已有2人被救出、正在医院抢救，其余3人仍被困。", 2),
        ("车间起火，1人被救出，仍在医院救治。", 1),
    ],
)
def test_those_still_in_hospital_are_hurt(text: str, hurt: int) -> None:
    assert toll(text)[1] == hurt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("仓库爆燃，造成2人死亡、3人重伤、6人轻伤。", (2, 9)),
        (
            "Three workers were killed, two seriously injured and five slightly hurt in the blast.",
            (3, 7),
        ),
    ],
)
def test_the_badly_and_lightly_hurt_are_added(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The platform fell with eight men on it; seven died and the eighth is in critical "
        "condition.",
        "Two workers were buried; one was killed and the other man was seriously injured.",
    ],
)
def test_the_one_left_is_hurt(text: str) -> None:
    assert toll(text)[1] == 1


@pytest.mark.parametrize(
    "text",
    [
        "An electrician fell to his death at a shopping mall site in Wuxi on Tuesday.",
        "A 45-year-old crane operator was killed when the jib snapped.",
    ],
)
def test_one_worker_of_a_trade_who_died(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


# -- employer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("听说是宏远化工的车间出事了，消防车都来了。", "宏远化工"),
        ("金鼎陶瓷被曝欠薪三个月，工人守在厂门口。", "金鼎陶瓷"),
        ("华岭服饰门口今天站满了员工，拉着横幅。", "华岭服饰"),
        ("求助！恒通物流老板跑路了，我们十几个人工资没发。", "恒通物流"),
        ("他是宏发化工三号车间的操作工，昨天出了事。", "宏发化工"),
    ],
)
def test_a_trade_word_ends_a_short_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "我们去了临港化工园区上班，结果工资一直拖着。",
        "工人在一处物流中心的工地上铺管道，包工头欠了工钱。",
    ],
)
def test_a_trade_word_run_into_a_place_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("负责安装的广州市越秀区鑫达五金商行未落实安全责任。", "鑫达五金商行"),
        ("事发时，宏利建材商行的工人正在卸货。", "宏利建材商行"),
    ],
)
def test_a_trading_house_is_named(text: str, name: str) -> None:
    found = employer(text)
    assert found is not None and name in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("港资玩具企业嘉利位于东莞的工厂昨日停工，上千名工人聚集。", "嘉利"),
        ("韩资电子大厂三星在天津的工厂有员工罢工。", "三星"),
    ],
)
def test_a_short_name_between_what_the_firm_is_and_its_plant(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "罢工潮波及日资工厂，街上到处是横幅。",
        "司机们要求允许将车辆退回公司而不被罚款。",
        "大家这才知道厂早就被卖了。",
    ],
)
def test_a_verb_or_whose_run_into_the_suffix_is_no_name(text: str) -> None:
    assert employer(text) is None


def test_an_ownership_word_run_into_the_name_is_cut() -> None:
    text = "该项目由全民所有制企业华北建工集团有限公司承建。"
    assert employer(text) == "华北建工集团有限公司"


@pytest.mark.parametrize(
    "text",
    [
        "她在广州一家传媒公司上班，连续加班后病倒了。",
        "我哥在一家网络公司做运营，三个月没发工资。",
    ],
)
def test_a_kind_of_firm_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "长沙市雅礼中学在建食堂工地发生坍塌，两名工人受伤。",
        "华阳纸厂消防站的配套工程工地上，一名工人坠落身亡。",
    ],
)
def test_the_client_whose_works_are_built_is_no_employer(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shanghai sportswear brand Huali laid off dozens of staff on Friday.", "Huali"),
        ("Canon's printer plant in Zhongshan stopped work after a strike.", "Canon"),
        ("Workers at Lenovo's notebook-assembly plant in Hefei walked out on Monday.", "Lenovo"),
    ],
)
def test_an_english_brand_or_a_firm_whose_plant_it_is(text: str, name: str) -> None:
    assert employer(text) == name


def test_an_unclosed_bracket_is_no_part_of_the_name() -> None:
    assert employer("司机说（宏达物流的老板欠了三个月运费。") == "宏达物流"

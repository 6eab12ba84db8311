"""Round 18: tolls, sums, accident types and trades as real reports tell them.

* tolls revised: the hurt who later died (其中2人抢救无效死亡) move to the dead; lives summed
  (8条人命); the trapped "confirmed dead"; 遇难人数已确认; bodies counted with 名; "had minor
  injuries"; 最后一人 is which one, not a count; 受伤的送去医院 are the hurt; a sentence opening
  "In January," tells another accident;
* sums: "asked for", 被拖了, 没到手, 裁了 (awarded), back pay received; a firm's own debts are
  no sum;
* accident types: water in a tunnel dug is no mine; a blast that brings a building down is the
  blast; an ammonia leak is a poisoning;
* trades: those named after 不只/"not just" are set aside; a plant being torn down is building
  work; a gasification plant, a postpartum-care chain, a county media centre, concrete poured.

Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import money, record


def _field(text: str, name: str) -> object:
    r = record(text)
    assert r["is_incident"], text
    return r[name]


# --- tolls -------------------------------------------------------------------------------------

TOLLS = [
    # the hurt who died later are counted with the dead
    ("某化工厂昨天上午发生爆燃，2人当场死亡，5人受伤被送往医院，其中1人抢救无效死亡。", 3, 4),
    ("工地脚手架昨天倒塌，4名工人当场身亡，7人受伤送医，其中3人经抢救无效死亡。", 7, 4),
    ("矿井昨晚发生事故，1人当场死亡，3人受伤入院，其中两人伤重不治。", 3, 1),
    # lives summed: the sum outranks the first count
    ("仓库塌了，当场走了3个，送医后又没救回来2个，5条人命啊，家属哭成一片。", 5, None),
    ("厂房起火，烧死了2个工人，医院里又走了1个，3条人命就这么没了。", 3, None),
    # the trapped, later confirmed dead
    (
        "All nine miners trapped by a flood at a coal mine in Guizhou have been confirmed dead, "
        "officials said.",
        9,
        None,
    ),
    (
        "The 14 workers trapped when the tunnel caved in on Monday were confirmed dead on "
        "Wednesday.",
        14,
        None,
    ),
    ("Six people buried by the landslide at the quarry were found dead on Friday.", 6, None),
    # the toll confirmed
    ("化工厂爆炸事故，截至昨晚遇难人数已确认12人，另有6人下落不明。", 12, None),
    ("煤矿透水事故，截至发稿遇难人数已经确认7人，救援仍在进行。", 7, None),
    ("工地坍塌事故的死亡人数已确认9人，事故原因正在调查。", 9, None),
    # bodies counted with 名
    ("煤矿瓦斯爆炸后，救援队在井下找到8名遇难矿工遗体，仍有3人被困。", 8, None),
    ("搜救人员在废墟中发现5名工人遗体，搜救仍在继续。", 5, None),
    ("隧道塌方后，救援人员已挖出4名遇难工人遗体。", 4, None),
    # "had minor injuries"
    (
        "A blast at a chemical plant in Jiangsu killed three people on Monday; 12 had minor "
        "injuries.",
        3,
        12,
    ),
    ("A fire at a textile mill killed two workers; nine had burns.", 2, 9),
    ("An explosion at a fireworks workshop killed four people and 15 had serious injuries.", 4, 15),
    # 最后一人: which one came up, not a count of the hurt
    ("煤矿透水事故已造成3人遇难，今晨被困矿工陆续升井，最后一人升井后已送医救治。", 3, None),
    # 受伤的送去医院了: those hurt, not which worker
    ("工地塔吊倒了，走了1个，2个受伤的送去医院了。", 1, 2),
    ("厂里锅炉炸了，死了一个，三个受伤的被送到县医院。", 1, 3),
    # another accident, told in a sentence opening with a month
    (
        "Rescuers are searching for eight miners trapped by a flood at a coal mine in Shanxi. In "
        "March, six workers died in a gas blast in Guizhou.",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), TOLLS)
def test_tolls_as_told(text: str, killed: int | None, injured: int | None) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident", text
    assert r["killed"] == killed, text
    assert r["injured"] == injured, text


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # near misses: the hurt who died told in a clause of its own, far from the count; a life
        # named with no dead counted; one worker of the same event told in the month's sentence
        (
            "窑炉坍塌致1死2伤｜上午10时许，车间顶部坍塌，3名工人被埋压，其中1人经抢救无效死亡，2人"
            "受伤。",
            1,
            2,
        ),
        (
            "Six workers were killed in a gas blast at a coal mine in Guizhou on Monday. In "
            "March, the mine was fined.",
            6,
            None,
        ),
        (
            "A fire at a warehouse killed two workers and injured three; the three had burns "
            "treated at the scene.",
            2,
            3,
        ),
    ],
)
def test_tolls_near_misses(text: str, killed: int | None, injured: int | None) -> None:
    r = record(text)
    assert r["killed"] == killed, text
    assert r["injured"] == injured, text


def test_a_life_said_of_its_worth_is_no_toll() -> None:
    text = "我表弟前天在工地出事，昨天确认走了。一条人命就值这点钱？老板到现在都不露面。"
    r = record(text)
    assert r["killed"] in (1, None)  # (the one who died, never a count of lives)


@pytest.mark.parametrize(
    "text",
    [
        "昨天上午，城南一处在建工地上，一名工人在六楼拆模板时踩空摔下，送到医院后终因伤势过重没能救回。事故原因正在调查。",
        "一名司机在厂区卸货时被倒车的叉车撞倒，送医后没救回。",
        "一名保洁员清洗外墙时从吊篮坠落，经医院全力抢救，还是没能救回。",
    ],
)
def test_one_worker_not_saved(text: str) -> None:
    assert _field(text, "killed") == 1, text


# --- sums owed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "many", "value"),
    [
        (
            "His family asked for about 300,000 yuan in compensation for his injuries.",
            False,
            300_000,
        ),
        ("The workers demanded 1.2 million yuan from the developer.", True, 1_200_000),
        ("The crew is asking for 85,000 yuan they earned on the site.", True, 85_000),
        ("我爸在工地干了大半年，被拖了两万三千多，老板电话不接。", False, 23_000),
        ("我们班组被拖了十二万，包工头说等开发商结款。", True, 120_000),
        ("给老板干了三个月，说好的26000元一直没有到手。", False, 26_000),
        ("说好的45000元报酬至今没到手，老板一直拖。", False, 45_000),
        ("拖了两年，仲裁委终于裁了86420元工伤赔偿，公司又起诉了。", False, 86_420),
        ("法院上个月判了32万元赔偿，到现在一分没执行。", False, 320_000),
        (
            "After two weeks of protests the 60 workers received 480,000 yuan in back pay.",
            True,
            480_000,
        ),
        (
            "The crew received 95,000 yuan in back wages after the labour bureau stepped in.",
            True,
            95_000,
        ),
    ],
)
def test_sums_owed_as_told(text: str, many: bool, value: int) -> None:
    assert money(text, many=many) == value, text


@pytest.mark.parametrize(
    "text",
    [
        # the firm's debts, not a sum owed to its workers
        "在这家医院干了五年，半年没发工资。今天医院说欠债3800万，全员解除合同。",
        "老板说公司欠债1.5亿，我们三个月的工资没着落。",
        # paid, not named as back pay; back pay paid per head
        "The workers received 2,000 yuan each as a holiday bonus.",
        "Each of the 20 workers received 2,800 yuan in back wages on Friday.",
    ],
)
def test_sums_that_are_not_owed(text: str) -> None:
    assert money(text, many=True) is None, text


# --- accident types ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # water in a tunnel dug, no mine
        ("今天凌晨，城际铁路隧道施工段突发透水，11名施工人员被困，救援正在进行。", "other"),
        ("地铁隧道施工工地突然突水，6名工人被困在掌子面。", "other"),
        (
            "A water inrush flooded a highway tunnel under construction in Yunnan, trapping 12 "
            "workers.",
            "other",
        ),
        # a blast that brought a building down
        ("化工厂车间发生爆炸，厂房随即倒塌，多名工人被埋压，目前3人死亡。", "explosion_fire"),
        (
            "A blast at a fireworks plant made the workshop collapse and four workers were "
            "buried; two died.",
            "explosion_fire",
        ),
        ("烟花厂仓库爆炸，仓库随即坍塌，2名工人被掩埋，造成2人死亡。", "explosion_fire"),
        # an ammonia leak is a poisoning
        ("食品厂冷库液氨管道破裂，造成4名工人死亡。", "poisoning_disease"),
        (
            "Ammonia leaking from a pipe at a cold-storage plant killed five workers and injured "
            "20.",
            "poisoning_disease",
        ),
        ("食品厂制冷车间氨气外溢，3名工人倒地身亡。", "poisoning_disease"),
        # another accident, told in its own sentence opening with a month
        (
            "Rescuers raced to reach 15 coal miners trapped after water flooded the mine on "
            "Saturday. In April, seven miners died in an explosion in Hunan.",
            "mine",
        ),
    ],
)
def test_accident_types(text: str, kind: str) -> None:
    assert _field(text, "accident_type") == kind, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # near misses: water in a coal mine is a mine accident; a collapse with no blast; an ammonia
        # blast is the blast
        ("某煤矿井下发生透水事故，8名矿工被困，2人遇难。", "mine"),
        ("工地基坑坍塌，2名工人被埋身亡。", "collapse"),
        ("某食品厂冷库液氨罐昨天爆炸起火，造成3名工人死亡。", "explosion_fire"),
    ],
)
def test_accident_type_near_misses(text: str, kind: str) -> None:
    assert _field(text, "accident_type") == kind, text


# --- trades ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        (
            "欠薪不只发生在工地和工厂。本月，某县融媒体中心也有员工在单位门口拉横幅讨要工资。",
            "public_sector",
        ),
        (
            "Not just factories and building sites: dozens of staff at a county radio & TV bureau "
            "protested over unpaid wages at its gate on Monday.",
            "public_sector",
        ),
        (
            "讨薪不仅在工厂，昨天县广电局三十多名员工也到县政府门口拉横幅讨要拖欠的工资。",
            "public_sector",
        ),
        # a plant torn down: the work is building work
        ("某电厂昨天拆除旧厂房时墙体倒塌，3名工人死亡。", "construction"),
        ("热电厂拆除厂房作业时墙体倒塌，2名工人被埋身亡。", "construction"),
        # a gasification plant is a utility's
        ("气化厂今天凌晨发生爆炸，两名工人失联，周边窗户都震碎了。", "energy_utilities"),
        # a postpartum-care chain is a service
        (
            "Hundreds of maternity nurses protested at outlets of a postpartum care chain in "
            "Hefei after it closed without paying them.",
            "services",
        ),
        ("月子中心欠薪，三十多名护士堵在门口讨要三个月工资。", "services"),
        # concrete poured, resettlement housing: building work
        (
            "Twenty farmers from Henan who poured concrete for resettlement housing are still "
            "owed 200,000 yuan and asked the county government for help.",
            "construction",
        ),
        (
            "Fifteen farmers from Anhui who spent last summer pouring concrete for resettlement "
            "housing are owed 150,000 yuan and staged a sit-in at the county government on Monday.",
            "construction",
        ),
        # a building job is building work, wherever it was done
        (
            "A building job at a Hebei supermarket left 80 workers unpaid; they rallied at its "
            "gate on Monday.",
            "construction",
        ),
        (
            "Forty workers on a building job at a nurses' dormitory in Hubei staged a sit-in over "
            "unpaid wages.",
            "construction",
        ),
        (
            "Sixty workers from a building job at a textile firm in Jiangsu blocked its gate over "
            "unpaid wages.",
            "construction",
        ),
    ],
)
def test_trades_as_told(text: str, industry: str) -> None:
    assert _field(text, "industry") == industry, text


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        # near misses: "not only unpaid wages" sets aside no trade; the plant itself still named
        ("这家电子厂不仅拖欠工资，还不给交社保，两百多名工人今天罢工。", "manufacturing"),
        ("化工厂车间发生爆炸，厂房整个塌了下来，3人死亡。", "manufacturing"),
        ("医院护士三十多人在门诊楼前拉横幅讨要拖欠半年的绩效工资。", "healthcare"),
    ],
)
def test_trade_near_misses(text: str, industry: str) -> None:
    assert _field(text, "industry") == industry, text

"""Round 15, dates: days counted back from the post (五天前, 罢工三天了, "day 4"), the press's
short words for yesterday (昨早, 昨(16)日), numbered pits that are no days, the day an accident
happened rather than the day a victim died, and scenes told as they are seen. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.conftest import run

# 2024-10-18 (the default day of posting) is a Friday.


def date_of(text: str, posted: str = "2024-10-18T21:00:00") -> str | None:
    r = run(text, posted).record()
    assert r["is_incident"], text
    value = r["date"]
    return None if value is None else str(value)


# -- the press's short words for yesterday -------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("惠州一家鞋厂昨早爆发工潮，数百名工人罢工堵路。", "2024-10-17"),
    ("佛山一间五金厂昨凌晨发生爆炸，两名工人死亡。", "2024-10-17"),
    ("東莞一間電子廠昨午有數百工人停工，聚集在廠門外。", "2024-10-17"),
])
def test_the_press_short_words_for_yesterday(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_yesterday_of_a_date_already_named_stays() -> None:
    assert date_of("10月12日，湖州一家童装厂三十多名车工罢工，要求恢复计件单价。") == "2024-10-12"


@pytest.mark.parametrize(("text", "day"), [
    ("台資鞋廠爆罷工 昆山廠昨(16)日上千名員工罷工，抗議取消加班。", "2024-10-16"),
    ("台商廠工潮 東莞廠今(18)日數百員工停工抗議減薪。", "2024-10-18"),
    ("新竹記者報導，蘇州一家台資電子廠昨（17）日有數百名員工停工。", "2024-10-17"),
])
def test_yesterday_with_its_day_in_brackets(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_a_number_in_brackets_after_no_word_of_time() -> None:
    assert date_of("蘇州一家台資廠上千員工今日罷工，工會代表(16人)與廠方談判。") == "2024-10-18"


# -- days counted back from the post -------------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("九江一家球厂五天前有上千工人砸了保安亭，堵路抗议保安打人。", "2024-10-13"),
    ("三天前，郑州一个工地的二十多名工人拉横幅讨薪，到现在没人理。", "2024-10-15"),
    ("Two days ago about 300 workers at a shoe factory in Putian walked out over piece rates.",
     "2024-10-16"),
])
def test_a_day_counted_back_from_the_post(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_days_back_from_a_day_the_story_named() -> None:
    # 就在五天前 counts back from 10月10日, not from the post: the story's own day stays
    text = "10月10日，南昌一家服装厂工人聚集讨薪。就在五天前，同一老板的另一家厂也停了工。"
    assert date_of(text) == "2024-10-10"


@pytest.mark.parametrize(("text", "day"), [
    ("东莞这家灯具厂罢工三天了，老板一直不露面，工友们就是要回被扣的工资！", "2024-10-16"),
    ("宝安这边的工友已经两天没开工了，守在厂门口不让搬机器。", "2024-10-17"),
    ("Workers at a toy factory in Dongguan have now been on strike for four days over unpaid "
     "social insurance.", "2024-10-15"),
    ("Around 600 workers at a shoe factory in Zhaoqing have been on strike for three days, "
     "demanding relocation compensation.", "2024-10-16"),
    ("Strike bulletin: staff at a Suzhou electronics plant, five days on strike, say the company "
     "has yet to offer severance.", "2024-10-14"),
])
def test_an_action_lasting_n_days_up_to_the_post(text: str, day: str) -> None:
    assert date_of(text) == day


@pytest.mark.parametrize(("text", "day"), [
    ("深圳龙华这家港资厂，罢工到今天是第五天，几百个工友日夜守在厂门口，社保不补就不复工。",
     "2024-10-14"),
    ("惠州那家家具厂的工友们停工到今天是第三天，老板还是一句话没有。", "2024-10-16"),
    ("东莞一家鞋厂工人抗议搬厂不给补偿，至今已是第四天，厂门口还围着几百人。", "2024-10-15"),
])
def test_today_named_as_the_nth_day(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_a_lasting_action_with_its_first_day_named() -> None:
    assert date_of("中山一家灯饰厂罢工三天了（15号开始），今天厂里贴了加薪通知。") == "2024-10-15"


@pytest.mark.parametrize(("text", "posted", "day"), [
    ("Day 2 - drivers at a Shenzhen logistics park are still parked across the gate over new "
     "fees.", "2024-10-18T21:00:00", "2024-10-17"),
    ("Day 3: several hundred workers at a Korean-owned plant in Suzhou are still refusing to "
     "work after the closure was announced.", "2024-10-18T21:00:00", "2024-10-16"),
    ("Update on the Longgang furniture factory: workers still camped at the gate day 5.",
     "2024-10-18T21:00:00", "2024-10-14"),
])
def test_the_nth_day_as_a_headline(text: str, posted: str, day: str) -> None:
    assert date_of(text, posted) == day


def test_near_miss_the_first_day_as_a_headline_gives_no_count() -> None:
    assert date_of("Day 1: about 200 workers at a Foshan furniture plant walked out today over "
                   "unpaid wages.") == "2024-10-18"


# -- numbered pits, the day it happened, the day a victim died -----------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("襄阳一家汽配厂3号、5号和7号车间的工人今天停工，要求补发加班费。", "2024-10-18"),
    ("淮南一煤矿2号、4号两个矿井透水，6人被困井下。", None),
    ("鞍山一钢厂1号、2号高炉附近发生煤气泄漏，3名工人中毒。", None),
])
def test_numbered_pits_in_a_list_are_no_days(text: str, day: str | None) -> None:
    assert date_of(text) == day


def test_near_miss_a_day_in_a_list_of_days_stays() -> None:
    assert date_of("无锡一家电子厂工人15号、16号连续两天停工，要求补缴社保。") == "2024-10-15"


@pytest.mark.parametrize(("text", "day"), [
    ("抢险人员今日上午救出两名被困矿工。事故在12日零时40分发生，三个矿井同时透水，共9人受困。",
     "2024-10-12"),
    ("六盘水一煤矿冒顶已致3人遇难，搜救人员16日找到最后一名遇难矿工。事故在14日凌晨2时许发生，"
     "当时井下共有11人。",
     "2024-10-14"),
    ("昭通一在建高速隧道救援仍在进行，记者今天看到被困的7名工人已有2人获救。工地在15日晚8时许出事，"
     "隧道突然塌方。", "2024-10-15"),
])
def test_the_day_an_accident_happened(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_happened_before_the_day_is_no_mark() -> None:
    text = "淮北一煤矿透水事故发生后，救援人员16日在井下发现2名遇难矿工，另有3人被困。"
    assert date_of(text) == "2024-10-16"


@pytest.mark.parametrize(("text", "day"), [
    ("开封一家纸箱厂的女工9月20日下午被发现昏倒在厂门口，送进ICU，10月3日因重症中暑引发多器官衰竭"
     "去世。车间没有空调。", "2024-09-20"),
    ("无锡一工地脚手架坍塌，3名工人受伤，其中一人经抢救无效于10月2日死亡。", None),
])
def test_the_day_a_victim_died_later_is_not_the_accidents(text: str, day: str | None) -> None:
    assert date_of(text) == day


def test_a_later_death_alone_gives_no_day() -> None:
    text = "石狮那家鞋厂上个月的大火，又有一名重伤的工友昨晚抢救无效走了，现在是4死。"
    assert date_of(text) is None


def test_near_miss_the_accident_told_between_the_day_and_the_deaths() -> None:
    text = "我舅舅在那个煤矿上班 前天井下出事了 听说走了两个人 矿上不让家属进"
    assert date_of(text) == "2024-10-16"


# -- a start, a statement, an action in English --------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("东莞鞋厂工潮踏入第二周，工人昨日照常打卡但拒绝开工。这场于10月8日爆发的罢工仍未平息。",
     "2024-10-08"),
    ("深圳一电子厂工人昨天仍在厂区静坐。这次工潮12日爆发，起因是厂方宣布搬迁却不给补偿。",
     "2024-10-12"),
    ("東莞玩具廠工人昨日繼續停工，廠方未有回應。工潮於本月10日爆發，涉及數百名工人。",
     "2024-10-10"),
])
def test_the_day_an_action_broke_out(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_a_clash_breaking_out_later_is_no_first_day() -> None:
    text = "厂方宣布搬迁不给补偿，惠州这家鞋厂的工人12日开始罢工，昨天爆发冲突。"
    assert date_of(text) == "2024-10-12"


@pytest.mark.parametrize(("text", "day"), [
    ("新疆一工地7名工人遇难。市政府17日发出通告称，15日晚暴雪中工人弃车步行，途中遇难。",
     "2024-10-15"),
    ("The company apologised on Friday after hundreds of workers clashed with police at its "
     "Zhengzhou plant on Wednesday night.", "2024-10-16"),
    ("涟水一家工厂工人堵路讨薪。县人社局17日发出公告，称工人16日聚集时已有部分工资到账。",
     "2024-10-16"),
])
def test_a_notice_or_an_apology_is_a_statements_day(text: str, day: str) -> None:
    assert date_of(text) == day


@pytest.mark.parametrize(("text", "day"), [
    ("Cleaners at a university campus in Guangzhou learned on 15 September that their "
     "employer's contract would not be renewed. They elected representatives on 20 September "
     "and walked out on 23 September, sitting in outside the subdistrict office.", "2024-09-23"),
    ("Bus drivers in Zhengzhou were told on 2 October that routes would be cut. After a meeting "
     "with managers on 5 October they went on strike on 7 October.", "2024-10-07"),
    ("Teachers in a county of Hunan heard on 1 October that bonuses would be halved. After "
     "meeting officials on 8 October, they walked out on 10 October.", "2024-10-10"),
])
def test_english_the_day_the_action_is_told_on(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_english_the_first_day_told_with_its_action_stays() -> None:
    text = ("About 300 workers at a Dongguan shoe factory walked out on 3 October over unpaid "
            "overtime. Police arrived on 10 October and took two workers away.")
    assert date_of(text) == "2024-10-03"


@pytest.mark.parametrize(("text", "day"), [
    ("Labour group says 2k workers at a Zhengzhou plant downed tools Thu over bonuses, company "
     "says only 'isolated disputes'.", "2024-10-17"),
    ("~500 workers at a Dongguan toy plant walked out Tues over unpaid overtime. #strike",
     "2024-10-15"),
    ("Drivers at a Chengdu taxi firm went on strike Mon over app competition, per local media.",
     "2024-10-14"),
])
def test_english_a_weekday_cut_short_after_the_verb(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_a_verb_before_wed_is_no_day() -> None:
    # "wed" (and "sat") are words too: only the weekdays no other word spells are read
    assert date_of("Labour group says 2k workers at a Zhengzhou plant downed tools Wed over "
                   "bonuses, company says only 'isolated disputes'.") is None


@pytest.mark.parametrize(("text", "day"), [
    ("说一下周一我们站点的事吧，三十多个骑手一起不接单了，从早上停到下午。", "2024-10-14"),
    ("讲一下周三的事：成都这个站点二十多个骑手集体罢跑，抗议单价下调。", "2024-10-16"),
    ("问一下周二郑州那个工地讨薪的后续，三十多个工人堵门之后拿到钱没有？", "2024-10-15"),
])
def test_a_little_then_a_weekday_is_no_next_week(text: str, day: str) -> None:
    assert date_of(text) == day


@pytest.mark.parametrize(("text", "day"), [
    ("重庆那家超市的员工昨天开始就坐在店里不走了，一百多人，关门只给一个月工资。今天路过看到还贴着清仓。",
     "2024-10-17"),
    ("长沙那家酒店八十多个员工前天开始就坐在大堂不走了，要求补偿。今天区里来人协调。",
     "2024-10-16"),
    ("西安一家商场的导购昨晚开始就守在店里不走了，三十多人讨要工资。今天商场贴出了通知。",
     "2024-10-17"),
])
def test_staying_put_is_an_action(text: str, day: str) -> None:
    assert date_of(text) == day


def test_near_miss_a_start_of_no_action_stays_weak() -> None:
    assert date_of("厂里昨天起开始放假。今天二十多个工人堵在厂门口讨薪。") == "2024-10-18"


def test_near_miss_next_monday_is_announced() -> None:
    assert date_of("这家厂的工人今天停工了，厂里说下周一再谈补偿。") == "2024-10-18"


# -- a scene told as it is seen -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "洛阳一个小区工地，两个工人爬到塔吊顶上讨薪，下面十几个工友拉着横幅，消防和派出所都到了。",
    "南宁物流园门口被大货车堵死了，几十个司机把车横在路上，抗议停车费太高。",
    "郑州富士康新员工全堵在门口了，说好的补贴不认账，现在还在对峙。",
    "昆山一家电子厂几百人聚在厂门口讨说法，保安拦着不让出，现在还在僵持。",
    "成都这个站点的骑手把站长围住了，要他说清楚罚款的事，现在仍在对峙。",
    "Watching this live in Wuhan: workers on top of a tower crane over unpaid wages, fire brigade "
    "on scene.",
])
def test_a_scene_told_as_it_is_seen_is_the_day_of_the_post(text: str) -> None:
    assert date_of(text) == "2024-10-18"


def test_near_miss_a_scene_of_these_days_gives_no_day() -> None:
    text = "这几天扬州一家鞋厂一千多人全停了，警察来了好几次，工人要求按劳动法补偿。"
    assert date_of(text) is None


def test_near_miss_talks_still_going_on_are_no_scene() -> None:
    assert date_of("东莞一家玩具厂几百工人堵了厂门讨薪，现在还在谈补偿。") is None

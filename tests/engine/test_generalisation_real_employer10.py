"""Employers as feeds name them, tenth set: a registered name and the short name a report gives
it (（以下简称…）, （下称“…”）); a place in brackets after a name; a name glossed in another
script; a count of firms, none named (六所学校); a pointer, a day or a verb run into the name
(隔壁, 当年, 约谈, 发现, 请示, 要); what a works makes (饰品厂, 板材厂, 轧钢厂); trade words and
public bodies that end a name (木业, 合作社, 环卫处, 教体局, 执法局); a park (科技园); a banner
that names the debtor (“X还钱”); the main contractor by its short name (总包X建设) and over the
agency that recruited; a former name (以前叫…); the owner of a school (举办者是…); a place,
then "a bus company"; a city's bus company; a body's own response (X局回应：); a firm the
workers compare themselves with (X那边都涨了); a foreign firm's name in brackets (日企（X）);
a shop's name in quotes before what it is (“X”奶茶店); what a
firm does for another (代缴公司); a trade at an English sentence's head ("Teacher strikes").
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "位于余姚市的余姚恒光照明电器有限公司（以下简称恒光公司）二百名工人停工。",
            "余姚恒光照明电器有限公司",
        ),
        (
            "福鼎市润海水产食品有限公司（下称“润海水产”）八十多名女工停工讨薪。",
            "润海水产食品有限公司",
        ),
        (
            "晋城市泽源煤业有限公司（简称泽源煤业）井下发生冒顶事故，2人遇难。",
            "泽源煤业有限公司",
        ),
        # (a name that is not a registered one: the short name is the one people use)
        ("华铁建设集团第八工程局（简称华铁八局）拖欠工人工资。", "华铁八局"),
    ],
)
def test_a_registered_name_over_the_short_name_it_is_given(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "我们是杭州星澜未来科技有限公司（西湖区文三）的员工，三个月没发工资。",
            "杭州星澜未来科技有限公司",
        ),
        ("南宁绿洲物流有限公司（青秀区）四十名司机停运。", "南宁绿洲物流有限公司"),
        # (a name, not a place, in brackets after what the firm is)
        ("奉贤那家日企（北辰精机）今天三百多人没进车间。", "北辰精机"),
    ],
)
def test_a_place_in_brackets_is_no_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "About 60 builders at Hunan Lixin Building Engineering Co., Ltd. "
            "(湖南立信建筑工程有限公司) protested over unpaid wages.",
            "Hunan Lixin Building Engineering Co.",
        ),
        (
            "About 90 staff at Ningbo Haiyue Plastics Co. (宁波海悦塑料有限公司) went on strike "
            "on Monday.",
            "Ningbo Haiyue Plastics Co.",
        ),
        # (a Chinese name with no English one before it stands)
        ("Workers at 宁波海悦塑料有限公司 went on strike on Monday.", "宁波海悦塑料有限公司"),
    ],
)
def test_a_name_glossed_in_another_script(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "城关镇及周边五所乡村学校的三十名教师联名反映绩效工资未发。",
        "宜章县城好几所学校的老师今天停课了。",
        "十几所公办幼儿园的保育员到区政府反映工资问题。",
        "那家台湾老板的饰品厂连夜关门，三百多人没拿到工资。",
        "官湖镇板材厂昨晚着火，两个工人没跑出来。",
        "厂里轧钢厂的工人今天停工了。",
        "老板说是门店加盟的，加盟总部不管。",
        "他们住在职工公寓里，六十多个人被欠了半年工钱。",
        "福田科技园那栋楼的保洁阿姨今天在大堂坐了一上午。",
        "今天去社保局打印记录才发现公司没给我交过社保。",
        "工友说当年农场改制时承诺的补偿没兑现。",
        "站长说要请示集团，让我们先回去。",
        "隔壁公司的人都跑来看热闹。",
        "工人打着“罗建国还我血汗钱”的横幅游行。",
        "开州区公交公司12日发布通告称经营困难。",
        "他说“依约办理”门店会处理。",
        "人事说是代缴公司的问题，让我自己去问。",
        "Teacher strikes over unpaid pay have spread across the county.",
        "东湖县教育局回应：部分教师停课一事，县里已召开专题会议。",
    ],
)
def test_no_name_is_read(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区人社局随即约谈江西瑞丰置业有限公司，要求结清工资。", "江西瑞丰置业有限公司"),
        ("二十多个工人在项目门口拉了条横幅“鼎晟建设还钱”。", "鼎晟建设"),
        ("工友举着纸板“华磊建工还我血汗钱”站在门口。", "华磊建工"),
        ("包工头说让找总包湖南湘顺建设，总包说钱早给了。", "湖南湘顺建设"),
        ("我爸扎了一年钢筋，总包江西赣兴建设说钱早就拨了。", "江西赣兴建设"),
        (
            "工人们经安徽顺民劳务有限公司招来，总承包方为安徽淮源建设集团，八个月未领工资。",
            "安徽淮源建设集团",
        ),
        (
            "那个老厂（以前叫国营七一五厂，现在挂牌叫四川蓉芯微电科技）今天几百人去厂部。",
            "四川蓉芯微电科技",
        ),
        (
            "洛阳市西工区明德实验学校三十名老师停课，学校的举办者是河南明德教育投资集团有限公司。",
            "明德实验学校",
        ),
        ("莆田市公交公司部分驾驶员今天停运。", "莆田市公交公司"),
        (
            "兰州一公交分公司驾驶员停运，兰州公交集团第五分公司五十名驾驶员未出车。",
            "兰州公交集团第五分公司",
        ),
        # (承建方X（简称Y）: the short name people use, still)
        ("承建方华渝建设集团第三工程局（简称华渝三局）拖欠工资。", "华渝三局"),
        ("晋江金井宏顺鞋业今天罢工，南海本田那边都涨了我们还不涨。", "晋江金井宏顺鞋业"),
        ("宿迁老板开的，叫什么鑫林木业，欠了半年工资。", "鑫林木业"),
        ("一百名摘棉工在玛纳斯县禾源农业专业合作社门口静坐。", "禾源农业专业合作社"),
        ("一百多名环卫工坐在南岗区环卫处门口，三个月没发工资了。", "南岗区环卫处"),
        ("我们是太康县教体局招的代课老师，一个月才一千二。", "太康县教体局"),
        ("凯里市综合行政执法局的协管员到市政府反映绩效停发。", "综合行政执法局"),
        ("成都那家“衣见”旗舰店今天店员全体罢工了。", "衣见"),
        ("我在“茶语轩”奶茶店做了一年，老板不交社保。", "茶语轩"),
    ],
)
def test_the_name_is_read(text: str, name: str) -> None:
    assert employer(text) == name

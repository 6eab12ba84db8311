"""Forms, demands and responses told in more ways: machines left off, a crowd counted at a door,
a named road blocked, pay items withheld by name, hours driven, a restructuring opposed, the
union's people come, an office's word given, talks told as a promise, force denied. Every
sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed


def _has(text: str, field: str, code: str) -> bool:
    return code in listed(text, field)


# -- forms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "南通一家纺纱厂今天八百多工人全部停机，厂里说下月起计件单价下调，大家不认。",
        "常州那家轴承厂早班谁都没开机，三百来人都说工资拖了两个月。",
        "Workers at a Ningbo bearing plant were refusing to run the lines over a pay cut.",
    ],
)
def test_machines_left_off_are_a_strike(text: str) -> None:
    assert _has(text, "forms", "strike"), text


def test_a_machine_stopped_for_repair_is_no_strike() -> None:
    text = "泉州一家鞋厂拖欠工人三个月工资，五十多个工人去厂门口讨薪；厂里说设备检修不停机。"
    assert "strike" not in listed(text, "forms")


@pytest.mark.parametrize(
    "text",
    [
        "临汾那家焦化厂拖欠工资四个月，一百多人在厂部门口喊着要钱。",
        "芜湖一家快递网点罚款太狠，二十来个在网点门口没出车。",
        "柳州那家医院欠了护工三个月工资，四十多个人在住院楼前站成一排举着牌子。",
    ],
)
def test_a_crowd_counted_at_a_door_is_a_protest(text: str) -> None:
    assert _has(text, "forms", "protest"), text


def test_people_queueing_at_a_door_are_no_protest() -> None:
    text = "开发区一家电子厂拖欠工资，工人下午去人社局投诉了。上班时几十个人在厂门口排队打卡。"
    assert "protest" not in listed(text, "forms")


@pytest.mark.parametrize(
    "text",
    [
        "九江一家船厂欠了工人半年工资，今天两百多人堵了滨江东路，车排了好几公里。",
        "三百多名工人讨薪未果，中午走上厂外的人民大道堵了一个多小时。",
        "工人称公司拖欠工资三个月，部分工人走到厂外马路上拉横幅，交通一度受阻。",
    ],
)
def test_a_named_road_blocked_is_a_road_blockade(text: str) -> None:
    assert _has(text, "forms", "road_blockade"), text


def test_a_road_jammed_on_the_way_is_no_blockade() -> None:
    text = "我们三十多个工人去劳动局反映拖欠工资的事，路上车多，走了一个钟头。"
    assert "road_blockade" not in listed(text, "forms")


@pytest.mark.parametrize(
    "text",
    [
        "嘉兴一家物流园拖欠工资，两百多名装卸工今天都坐在仓库里，一箱货都没发。",
        "邵阳那家超市说要关了，员工十几个今天都在店里不肯走，补偿只给半个月。",
        "快递公司派费降了一半，三十多个快递员坐在分拣仓里不干活。",
    ],
)
def test_sitting_inside_or_staying_put_is_a_sit_in(text: str) -> None:
    assert _has(text, "forms", "sit_in"), text


def test_sitting_in_a_car_is_no_sit_in() -> None:
    text = "出租车公司份子钱又涨了，一百多个司机今天停运，大家都坐在车里等消息。"
    assert "sit_in" not in listed(text, "forms")


def test_a_march_only_planned_is_no_march() -> None:
    text = "三百多名出租车司机聚集在高速入口讨说法，准备结队前往省城上访。"
    assert "march" not in listed(text, "forms")


def test_walking_in_a_body_is_a_march() -> None:
    text = "那家纺织厂停产欠薪，三百多名工人结队步行前往区政府讨说法。"
    assert _has(text, "forms", "march")


# -- demands -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "杭州一家服装店的店员今天一起罢工了，说三个月提成没发。",
        "两百多名协管员到区政府门口聚集，反映绩效工资已停发半年。",
        "江汉区那家外卖站二十来个骑手停跑了，说是站点两个月的提成没结。",
    ],
)
def test_a_pay_item_withheld_is_wages_owed(text: str) -> None:
    found = listed(text, "demands")
    assert "wage_arrears" in found and "pay" not in found, text


def test_a_raise_in_commission_asked_is_pay() -> None:
    text = "三十多个销售员今天集体停工，要求把提成比例提高到百分之五。"
    assert "pay" in listed(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "安阳公交六十多名司机今天停运，说每天要开十三个小时，工资还不涨。",
        "货车司机们集体停运，说一天要跑十四个钟头，运价还一降再降。",
        "三百多名保安今天停工，说每天站十二个小时，加班费一分没有。",
    ],
)
def test_a_long_day_driven_or_stood_is_hours(text: str) -> None:
    assert _has(text, "demands", "hours_overtime"), text


def test_a_short_shift_is_no_long_day() -> None:
    text = "公交公司拖欠工资两个月，六十多名司机今天停运，他们每天开车八个小时。"
    assert "hours_overtime" not in listed(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "铸造厂一百多人从昨天起停工了，公司改制后工资还降了三成。",
        "拉煤的大车司机昨天全停了，平台改了计费，一吨少给六块。",
        "Riders in Hefei refused to take orders after the per-delivery fee was slashed again.",
    ],
)
def test_pay_told_falling_is_pay(text: str) -> None:
    assert _has(text, "demands", "pay"), text


@pytest.mark.parametrize(
    "text",
    [
        "二百多名职工到市政府请愿，反对公司拟议中的改制方案。",
        "上千职工上街游行，抵制集团强行推进的改制，说一年工龄只补一千块。",
        "一家酒厂的工人今天停工，反对集团强推改制，要求保留原来的合同。",
    ],
)
def test_a_restructuring_opposed_is_relocation_closure(text: str) -> None:
    assert _has(text, "demands", "relocation_closure"), text


def test_pay_cut_after_a_restructuring_long_ago_is_no_closure() -> None:
    text = "退休老工人一百多人今天去市政府门口，说养老金越调越低，要求落实待遇。"
    assert "relocation_closure" not in listed(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "三百名员工停工，厂方通知将于月底结业，补偿一分没谈。",
        "开了十年的那家商场要关了，五十多个员工今天一起停工讨补偿。",
        "Staff at a Suzhou design firm protested after HR said the company was pausing operations.",
    ],
)
def test_a_closure_told_in_other_words_is_relocation_closure(text: str) -> None:
    assert _has(text, "demands", "relocation_closure"), text


def test_a_course_finished_is_no_closure() -> None:
    text = "四十多名学员拿到结业证书后，因培训机构拖欠实习工资，今天到门口讨薪。"
    assert "relocation_closure" not in listed(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "八十多个工人今天停工，都在宿舍等消息，厂里拖欠两个月工资。",
        "几千个新员工从宿舍冲出来，和保安对峙，说好的补贴没发。",
    ],
)
def test_a_dormitory_where_they_were_is_no_grievance(text: str) -> None:
    assert "working_conditions" not in listed(text, "demands"), text


def test_a_dormitory_complained_of_is_a_grievance() -> None:
    text = "两百多名工人罢工，说在宿舍热得睡不着，工资也拖了两个月。"
    assert _has(text, "demands", "working_conditions")


@pytest.mark.parametrize(
    "text",
    [
        "那家化工厂一百多名合同制工人在厂门口聚集，同样的活，在编的比我们多拿一倍，要求同工同酬。",
        "县医院五十多名编外护士今天停工，说正式工拿我们的两倍，要求解决编制待遇。",
    ],
)
def test_a_gap_with_staff_on_the_books_is_a_status_grievance(text: str) -> None:
    assert _has(text, "demands", "employment_relationship"), text


def test_a_gap_with_another_city_is_no_status_grievance() -> None:
    text = "六十多名公交司机停运，说工资只有邻市的一半，要求涨工资。"
    assert "employment_relationship" not in listed(text, "demands")


def test_an_injury_benefit_held_back_is_no_wage() -> None:
    text = "我在五金厂被冲床压断两根手指，工伤认定下来了，公司一直拖着不给伤残补助金，求帮忙。"
    assert "wage_arrears" not in listed(text, "demands")


def test_workers_bought_out_are_named_not_paid_off() -> None:
    text = "三百多名买断工人今天到市政府门口上访，厂里十几年没交养老保险，现在办不了退休。"
    assert "severance" not in listed(text, "demands")


def test_a_union_to_be_elected_again_is_other() -> None:
    text = "五百多名工人停工，要求每月加薪六百、重新选工会。"
    assert _has(text, "demands", "other")


def test_early_retirement_pay_is_pension() -> None:
    text = "二百余名职工在厂办公楼前聚集，反映企业推行内退后每月生活费仅发一千元。"
    assert _has(text, "demands", "pension")


def test_a_worker_disowned_by_the_station_is_employment() -> None:
    text = "我在南昌跑外卖被车撞断了腿，站点不认劳动关系，医药费谁也不管，求助。"
    assert _has(text, "demands", "employment_relationship")


def test_dropped_for_age_in_english_is_discrimination() -> None:
    text = ("A worker at a Wuxi electronics plant posted a video saying he was dismissed because "
            "the line wants younger hands, with no compensation for his years there.")
    assert _has(text, "demands", "discrimination")


# -- responses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "两百多名工人停工讨薪，下午区总工会工作人员到场，组织双方协商。",
        "三百来个派遣工在厂办公楼前聚集，要求同工同酬，市总工会的人晚上来了。",
        "工人们停工要求恢复双休，下午县总工会来了两个人。",
    ],
)
def test_the_unions_people_come_is_union_intervention(text: str) -> None:
    assert _has(text, "responses", "union_intervention"), text


def test_a_union_asked_to_come_is_no_intervention() -> None:
    text = "两百多名工人停工讨薪，大家希望总工会的人能来看看。"
    assert "union_intervention" not in listed(text, "responses")


@pytest.mark.parametrize(
    "text",
    [
        "八十多个环卫工停工，一起去了区城管局，城管局的领导出来说月底前发。",
        "上千名职工上街游行，县长出来讲话说成立工作组。",
        "区政府称将以厂房设备变卖款项优先支付工人工资，三百多名工人仍在厂门口聚集。",
        "一百多名工人在厂门口聚集讨薪。市人力社保局当晚表示，将先动用应急周转金垫付工资。",
    ],
)
def test_an_office_come_out_or_giving_its_word_is_government(text: str) -> None:
    assert _has(text, "responses", "government_intervention"), text


def test_an_office_asked_to_come_out_is_no_intervention() -> None:
    text = "一百多名工人聚集在区政府门口，大家呼吁政府出来说句话。"
    assert "government_intervention" not in listed(text, "responses")


@pytest.mark.parametrize(
    "text",
    [
        "六十余名货车司机集体停运，公司负责人称将与司机代表进一步沟通。",
        "十多名木工在项目部门口讨薪，当晚双方达成分三次支付的协议。",
        "三名工人爬上塔吊讨薪，施工方表示将在月底前结清所欠工资。",
        "一百多名工人停工，厂方承诺本月内公布补偿方案。",
    ],
)
def test_talks_told_as_a_promise_or_a_deal_are_negotiation(text: str) -> None:
    assert _has(text, "responses", "negotiation"), text


def test_an_employer_refusing_is_no_negotiation() -> None:
    text = "一百多名工人停工讨薪，厂方不同意补发，大家继续在厂门口聚集。"
    assert "negotiation" not in listed(text, "responses")


@pytest.mark.parametrize(
    "text",
    [
        "上百名退休工人去了市政府门口，有警察来维持秩序，没起冲突。",
        "About 900 workers stopped work over a merger; police were deployed at the gate but "
        "no arrests were reported.",
    ],
)
def test_force_denied_is_no_response(text: str) -> None:
    found = listed(text, "responses")
    assert "violence" not in found and "detention" not in found, text


def test_pinned_to_the_ground_is_violence() -> None:
    text = "五百多工人罢工，到区政府门口请愿，防暴警察来了，几个工友被按在地上带走。"
    assert _has(text, "responses", "violence")


def test_managers_meeting_reps_is_negotiation() -> None:
    text = ("Several hundred workers at a Japanese-owned plant in Wuxi stopped work over a move; "
            "the plant manager met worker reps this afternoon.")
    assert _has(text, "responses", "negotiation")

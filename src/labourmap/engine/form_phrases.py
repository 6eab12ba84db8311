"""Forms of action told in a phrase rather than a word: a sit-in or a crowd placed at a door, a
boss seized, a road however named, traffic at a standstill, a climb to a height."""

from __future__ import annotations

import re

# words of a claim pressed that are a protest only where no other form is told (讨薪, 讨说法)
WEAK_PROTEST = {"讨薪", "讨工资", "讨说法", "要说法", "维权", "集体维权", "讨要", "讨公道", "找上门", "上门讨要", "上门讨薪",
                "demanding unpaid wages",
                "demanding their unpaid wages", "demanding their wages", "demanding back pay",
                "demanding their back pay"}
# forms told in a phrase around the place: 坐在门口, 在大厅里坐着, 守在厂门口, 围住厂区大门,
# 把公路堵了
PLACED = re.compile(
    r"(?P<sit_in>坐在[^，,。；]{0,10}?(?:门口|门前|门外|大厅|楼下|操场|广场|食堂|旁边|边上|台阶上?(?![^，,。；]{0,2}?(?:休息|乘凉|聊天|吃|抽烟|玩|等车)))|"
    # sat down and refusing the work or to leave: 坐在停车场不卸车, 坐在机台前不开工 (not in the
    # workshop itself, 坐在车间里不开机: the stoppage, told where it happens)
    r"坐在(?![^，,。；]{0,6}?车间)[^，,。；]{1,10}?不(?:走|卸|装|开工|开机|上班|干活|动)|"
    # sat inside the place of work: 坐在仓库里, 都坐在网点里不干活 (not in a car, 坐在车里等, nor
    # at the bench, 坐在车间里 不开机: the stoppage itself)
    r"坐在(?![^，,。；]{0,6}?车(?:里|间))[^，,。；]{1,8}?(?:里|内)(?!等|休息|吃)|"
    # staying put where they work: 员工都在店里不肯走
    r"(?:都|全|一直)在[^，,。；]{1,10}?(?:不肯走|不离开)|"
    # (sitting idle through a stoppage is none: 在工业区内坐着喝茶聊天, 在厂门口坐着打牌)
    r"在[^，,。；]{1,10}?(?:门口|门前|门外|大厅|操场|广场|里|内|上)坐着(?!喝茶|聊天|打牌|休息|玩|抽烟|吃)|"
    # sat at the employer's own ground or offices, gone to or already there: 在厂区空地坐着,
    # 又去项目经理部坐着了 (not the boss in his own room: 老板在办公室坐着)
    r"(?:在|去|到)了?[^，,。；]{0,8}?(?:空地|项目部|经理部|厂部|矿部|厂办|院办|总部|售楼部)(?:里|内|前|外)?"
    r"坐着(?!喝茶|聊天|打牌|休息|玩|抽烟|吃)|"
    r"(?:堵|守|待|留|呆|住)在[^，,。；]{1,10}?(?:不走|不肯走|不离开))|"
    r"(?P<protest>(?:守|挤|蹲|围|站|聚|跪)在[^，,。；]{0,8}?(?:门口|门前|门外)|"
    # (all of them there, not sitting: 人都在厂门口)
    r"(?:都|全)在[^，,。；]{0,8}?(?:门口|门前|门外)(?![^，,。；]{0,2}坐)|"
    r"(?:在|到|去)[^，,。；]{0,8}?(?:门口|门前|门外)(?:等|站|蹲|守|围)|"
    # a crowd standing below or before an office block: 在行政楼下站了一下午, 都在办公楼前站着
    r"在[^，,。；]{0,8}?(?:楼下|楼前)站(?:着|了|成)|"
    # a crowd told by its count at a door: 一百多人在仓库门口, 二十来个在网点门口
    r"(?:[\d一二两三四五六七八九十百千几]+(?:多|余|来)?(?:个|名|号)?人|[十百千]来个)在"
    r"[^，,。；]{0,8}?(?:门口|门前|门外)(?![^，,。；]{0,3}(?:等车|打车|排队|坐))|"
    # all gone to the gate: 胶工今天都去场部门口了
    r"(?:都|全)(?:去|到)了?[^，,。；]{0,8}?(?:门口|门前|门外)了|"
    r"围住了?[^，,。；]{0,8}?(?:大门|门口|出口))|"
    r"(?P<road_blockade>把[^，,。；]{0,10}?(?:路|路口|大桥|车|车辆|大道|国道|省道|干道|大街)给?[^，,。；]{0,3}?堵)"
)
# the boss seized by the workers owed: 把老板捆在椅子上, 扣住了经理, "held the manager hostage"
BOSSES = "包工头|工头|老板|老板娘|老总|经理|厂长|负责人|项目经理"
SEIZED = re.compile(
    rf"(?:把|将)(?:{BOSSES})[^，,。；;]{{0,8}}?(?:捆|绑|扣|锁|关|围困)|"
    rf"(?:捆住|绑住|绑了|捆了|扣押|扣留|扣住|软禁|围困)了?(?:{BOSSES})|"
    r"\b(?:held|detained|locked|trapped) (?:their |the |a )?(?:boss|manager|employer|foreman|"
    r"contractor|executive)s? (?:hostage|captive|inside|in (?:his|her|the|an) )"
)
ROAD = re.compile(
    r"堵(?:住|死|在)?了?[^，,。；;]{0,6}?(?:道路|马路|路口|公路|国道|省道|高速|大桥|桥面|铁路|大道|(?:这|那)条(?:马)?路|"
    # the way out of a depot, a port or a toll gate: 堵住了车场出口
    r"(?:车场|停车场|场站|码头|港口|收费站|车站)的?(?:出口|入口|出入口))|"
    # the road first, blocked by someone: 把路口堵住, 铁路也给堵了, 到高速路口去堵了, 大道一度被堵住
    r"(?:道路|马路|路口|公路|国道|省道|大桥|桥面|车道|铁路|大道|大街)(?:[^，,。；;]{0,3}?(?:给|去|被)堵|堵住)|"
    r"干道[^，,。；;]{0,2}?堵(?:住|死|了)|"
    # vehicles driven across the way in: 把卡车开到入口, 把车横停在码头入口
    r"堵(?:住|了)了?[\u4e00-\u9fff]{1,5}?(?:[东西南北中]路|大道|大街|国道|省道)|"
    # gone up onto a road and blocked it: 走上福永大道堵了半小时 (not a jam met: 早上路上堵得厉害)
    r"(?:走上|冲上|还上|又上|都上|上了)[^，,。；;]{0,8}?(?:路|大道|大街|国道|省道)[^，,。；;]{0,2}?堵(?!得|车)|"
    r"(?:车|挖掘机|铲车|叉车)[^，,。；;]{0,8}?(?:开到|横在|横停在?|停在|堵在|堵住)了?[^，,。；;]{0,6}?"
    r"(?:入口|出口|路口|路中|马路|路上)|"
    # (round 22) the road's traffic cut: 阻断了滨江北路交通; the road by the crowd blocked: 旁边的路也被堵了,
    # 门口的路都堵上了; the road barred: 把路拦了, 把厂门口的马路拦住
    r"(?:阻断|截断|中断)了?[^，,。；;]{0,8}?(?:路|道|桥)[^，,。；;]{0,2}?交通|"
    r"(?:附近|旁边|周边|周围|门口|门前|外面|楼下)的(?:马)?路(?:也|都)?(?:被|给)?堵(?:上|住)|"
    r"(?:附近|旁边|周边|周围|门口|门前|外面|楼下)的(?:马)?路(?:也|都)?(?:被|给)堵了|"
    r"把[^，,。；;]{0,6}?(?:路|路口|马路|公路|大道|国道|省道|大街)给?拦(?:住|了|下|死)"
)
# the traffic stopped where workers with a grievance stand: 交通一度严重堵塞, 车都过不去,
# "traffic was brought to a standstill"
JAMMED = re.compile(
    r"交通[^，,。；;]{0,6}?(?:堵塞|瘫痪|中断|拥堵|受阻)|车(?:辆)?(?:都|也|根本)?(?:过不去|过不来|无法通行|无法通过|开不过去)|"
    # (\btraffic written as traffic not after a word character: every branch then begins with a
    # character, to which a search skips)
    r"traffic(?<!\wtraffic) (?:was |were )?(?:blocked|jammed|paralys|paralyz|brought to a (?:halt|standstill))"
)
# a climb to a height to press a claim: 爬上了厂房楼顶, 站到办公楼的天台上
CLIMB = re.compile(
    r"(?:爬上|爬到|站上|站到|登上|坐到)了?[^，,。；;]{0,10}?(?:楼顶|屋顶|天台|塔吊|吊塔|烟囱)"
)
# a job done up there: 爬上楼顶作业, 登上塔吊检修
AT_WORK = re.compile(r"作业|检修|安装|维修|施工时|检查|清理|干活时|高空|操作")

# a crowd told by its count or by the street it stands in: 骑手聚了五六十个, 几十个人站在马路上
# (a claim is asked of the street: 站在马路上等车 is no protest), or counted at the gate:
# 厂门口现在三百多人 (with a claim in its sentence, as for the street)
CROWD_SPOT = re.compile(
    r"(?P<counted>聚了(?:有)?(?:[一二两三四五六七八九十百千几数]{1,4}|\d{1,4})(?:多|余|来)?(?:个|名|号|人|位))|"
    r"(?P<gate>(?:门口|门前|门外|楼下)(?:现在|已经|还|又)?(?:有|聚了|围了|站了|来了)?"
    r"(?:[一二两三四五六七八九十百千几数]{1,4}|\d{1,4})(?:多|余|来)?(?:个|名|号)?人)|"
    r"(?P<street>(?:站|聚|围)(?:在|到)了?[^，,。；;]{0,6}?(?:马路|大街|街)上(?!等|打车|拦车|聊))"
)
# where a match of ROAD, CROWD_SPOT or PLACED may begin (for finditer_at: each begins with a group,
# which a search would try at every character)
ROAD_HEADS = re.compile(
    "堵|道路|马路|路口|公路|国道|省道|大桥|桥面|车道|铁路|大道|大街|干道|走上|冲上|还上|又上|都上|上了|车|挖掘机|铲车|叉车|"
    "阻断|截断|中断|附近|旁边|周边|周围|门口|门前|外面|楼下|把"
)
CROWD_SPOT_HEADS = re.compile("聚了|站在|站到|聚在|聚到|围在|围到")
PLACED_HEADS = re.compile(r"[坐都全一在堵守待留呆住挤蹲围站聚跪到去\d二两三四五六七八九十百千几把]")
# the claim in the sentence of a crowd in the street
STREET_CLAIM = re.compile(r"讨|要钱|要工资|要说法|工资|工钱|欠|拖|没发|血汗钱")
# a grievance in the sentence of a crowd counted at a gate (not 工资 alone: 门口三百多人排队应聘,
# 工资涨到六千)
GATE_CLAIM = re.compile(r"讨|要钱|要工资|要说法|工钱|欠|拖|没发|血汗钱|跑路")


# what each branch of PLACED needs (one of the words, or 把 with 堵): where the text holds none,
# the pattern can find nothing and is not searched
_PLACED_WORDS = ("坐在", "跪在", "坐着", "不走", "不肯走", "不离开", "门口", "门前", "门外", "围住", "楼下站", "楼前站")


def may_be_placed(norm: str) -> bool:
    return any(w in norm for w in _PLACED_WORDS) or ("把" in norm and "堵" in norm)

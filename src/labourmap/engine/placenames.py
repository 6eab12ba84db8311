"""The names of places, and the words around them, that :mod:`labourmap.engine.geo` reads.

:func:`name_keys` lists every name of every unit in the gazetteer — full, short (where it is
at least two characters and not an everyday word), old, township, English — and the names of
places abroad, each with the units it may mean. The word lists below are the context rules'
vocabulary: what may stand before or after a place's short name, what makes a name a street or
a person, and what marks a place as a worker's home rather than the event's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from labourmap.engine.text import at_word_start, normalise
from labourmap.places import COMMON_WORD_SHORTS, Gazetteer


def _split(joined: str) -> list[str]:
    return joined.split("|")


SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
    "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷"
    "侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# 位于丰南, 面向昆山: a surname's character that ends a preposition (于, 向) is no surname there
SURNAME_PREPOSITIONS = frozenset(
    _split("位于|对于|由于|关于|属于|处于|至于|基于|等于|终于|面向|走向|转向|奔向|流向|驶向")
)
BEFORE_OK = set(
    "在到于从赴去来往回和与及至、的省市区县州盟旗,，。；;:：!！?？ \n#【[（(“\"'‘《】]》"
)
AFTER_OK: tuple[str, ...] = tuple(
    _split(
        "的|一|某|这|那|当地|本地|境内|地区|市区|城区|郊区|一家|工|厂|公司|人|籍|老家|,|，|。|、| |#|）|)|”|电厂|中学|小学|大学城|"
        "园区|工业|开发区|高新区|新区|地铁|街头|郊|，"
    )
)
STREET: tuple[str, ...] = tuple(
    _split(
        # (镇江寺: a temple, or the quarter named after it)
        "路|街|大道|大街|巷|胡同|号|站|机场|寺|"
        # 南京东路, 北京西路, 中山北路: a city's name and a direction make a street's name
        "东路|西路|南路|北路|中路|东街|西街|南街|北街|东大街|西大街|南大街|北大街|东大道|西大道|"
        "南大道|北大道"
    )
)
# 莲花小区, 长沙花园: a short name before a housing estate's or a building's word names the estate
COMPOUND: tuple[str, ...] = tuple(
    _split("小区|花园|家园|新村|公寓|大厦|广场|景园|雅苑|花苑|名苑|御府")
)
EN_STREET: tuple[str, ...] = tuple(
    _split(
        " road| street| avenue| rd| st.| lane| town| township| village|-owned|-based|"
        "-funded|-invested| owned| airport"
    )
)
# 海棠陶瓷, 新宁电器: a short name right before a trade's word is a brand, a firm's name
BRAND_TRADE: tuple[str, ...] = tuple(
    _split(
        "陶瓷|电器|电子|科技|实业|制衣|服饰|纺织|家具|食品|机械|化工|建材|钢铁|玻璃|塑胶|五金|鞋业|"
        "制药|药业|卫浴|电机|灯饰|印染|皮具|玩具"
    )
)
FUSED_FIRM = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:公司|集团|鞋厂|工厂|厂|矿|工地|项目|门店)")
ORIGIN_BEFORE: tuple[str, ...] = tuple(
    _split(
        "来自|老家在|老家是|籍贯|户籍|出生于|from |回到|回老家|home to |继|village in |hometown in |"
        # 从大理走回四川, 过年回不了四川: where workers go home to, not where they worked
        "走回|走路回|步行回|过年回|回不了|"
        # 家里在榆林还有两个孩子, 好多人家在通州: where a worker's family lives, not the event
        "家里在|家住在|家住|家乡在|人家在|我家在|他家在|她家在|们家在|"
        # where a firm has its head office is not where its workers act
        "总部在|总部位于|总部设在|总部设于|based in |headquartered in |head office in |"
        "headquarters is in |headquarters are in |head office is in "
    )
)
# "update from Lanzhou", "reporting from Shishi", "video from Putian": where the news is sent or
# the pictures taken from, which is no origin
REPORTED_FROM: tuple[str, ...] = tuple(
    _split(
        "update from |updates from |report from |reporting from |news from |live from |dispatch from |"
        # "video from Putian today": where the pictures were taken
        "video from |videos from |footage from |photos from |pictures from |images from |"
        "clip from |clips from |livestream from |livestreams from |"
        # "video circulating today from Baise": where the pictures were taken, passed around
        "circulating from |circulating today from |circulating online from "
    )
)
# 送到武汉协和, 转往苏州、无锡抢救: where the hurt were taken, not where they were hurt
TAKEN_TO: tuple[str, ...] = tuple(
    _split("送到|送往|送至|转到|转往|转至|转院到|转院至|运往|taken to |flown to ")
)
# 厂里传要搬去南沙, 不愿随厂去贵州的, "moving production to Vietnam": where a firm would move is
# not where it is, even where no other place is named (a post asking whether to follow the firm)
MOVED_TO: tuple[str, ...] = tuple(
    _split(
        "搬去|搬到|搬往|搬迁到|搬迁至|搬迁去|迁往|迁到|迁至|迁去|外迁到|外迁至|"
        "搬去了|搬到了|迁到了|迁往了|搬迁到了|搬厂去|搬厂到|"
        # 说搬江门就搬江门: 搬 run straight into the place it moves to
        "搬|"
        "随厂去|随厂到|随厂迁往|跟厂去|跟厂走到|跟着厂去|随公司去|跟公司去|跟着公司去|"
        # 把厂合并到惠州去, 不愿去江门的: where production is merged, where workers will not follow
        "合并到|合并去|不愿去|不愿意去|不肯去|不想去|"
        "move to |moving to |relocate to |relocating to |relocation to |a move to |"
        "production to |operations to |assembly to |"
        # 偷偷拉机器去阳江, "relocation of the plant to Jiangxi": where the machines are taken
        "机器去|机器到|机器运到|机器运往|机器拉到|机器拉去|设备去|设备到|设备运到|设备运往|设备拉到|"
        "设备拉去|plant to |factory to |plants to |factories to |machinery to |equipment to "
    )
)
# "a city near Shanghai", 毗邻上海的昆山: a landmark to find the place by, not the place
NEAR_BEFORE: tuple[str, ...] = tuple(
    _split("near |nearby |close to |not far from |靠近|毗邻|邻近|紧邻|距离|距")
)
# 北京7·21暴雨里救人的农民工, 汶川地震: a disaster named by its place, told as background (a
# place all the same where no other is named)
DISASTER_AFTER = re.compile(
    r"(?:[0-9]{1,2}·[0-9]{1,2})?(?:特大)?(?:暴雨|洪水|洪灾|水灾|地震|台风|雪灾)"
)
# "the latest in a wave of unrest that began at Honda suppliers in Guangdong": another event's
# firm and place, told as background
OTHER_EVENT_EN = re.compile(  # (\b(?:…) written with at_word_start: a search skips to the letters)
    at_word_start(["the latest (?:in|sign|of|example)", "in the wake of", "similar to", "echoing"])
    + r"\b"
)
_SENTENCE_START = re.compile(r"[.!?;]\s|\n")


def sentence_before(text: str, start: int) -> str:
    """The text from the start of the sentence (or 160 characters back) to ``start``, lower case."""
    lo = max(0, start - 160)
    last = lo
    for m in _SENTENCE_START.finditer(text, lo, start):
        last = m.end()
    return text[last:start].lower()


# "a Jiangsu contractor", "a Zhejiang textile firm": a place naming where a firm is from
EN_FIRM_OF = re.compile(
    r" (?:[a-z-]+ )?(?:contractor|company|firm|builder|developer|employer|enterprise)s?\b"
)
# "wheeled into a Nanjing chest hospital", "rushed to a Wuhan hospital": where the hurt were
# treated, not where they were hurt
EN_HOSPITAL_AFTER = re.compile(r"(?:\s[a-z'-]+){0,2}\s(?:hospital|clinic|sanatorium)\b")
EN_TAKEN_BEFORE = re.compile(
    r"\b(?:taken|admitted|wheeled|rushed|transferred|treated|sent|flown|moved)\s(?:in)?to\s"
    r"(?:an?\s|the\s)?$|\btreated\s(?:at|in)\s(?:an?\s|the\s)?$"
)
# 实在不行我就去北京(上访): the capital as a threatened trip to petition, not where it happened
PETITION_TRIP: tuple[str, ...] = tuple(
    _split("就去|就到|就上|要去|要到|只能去|只好去|准备去|打算去|还得去")
)
PETITION_AFTER: tuple[str, ...] = tuple(_split("上访|告状|讨说法|讨公道|。|！|!|，|,|…"))
ORIGIN_AFTER: tuple[str, ...] = tuple(
    _split("老家|籍|人氏|口音|老乡|老表|来的|过来的|过来打工|人，|人,|人。|人在|人）|人)")
)
# 今天全厂: a short name (天全) whose first character ends a word of time before it is no place
SPLIT_WORDS = frozenset(
    _split(
        "今天|昨天|明天|前天|后天|每天|当天|整天|白天|几天|那天|这天|天天|半天|多天|聊天|今年|去年|明年|每年|"
        # 昨日照常打卡: 日照 is no place after a word of time ending in 日
        "昨日|今日|前日|次日|当日|每日|近日|翌日|同日|终日|节日|假日|平日|生日|"
        # 下水道里, 隧道外: a word ending in 道 before 里 or 外 (道里区, 道外区 are no places there)
        "水道|隧道|巷道|通道|街道|管道|轨道|车道|坑道|地道|河道|渠道|航道|廊道|知道|报道|频道|味道|"
        # 大厦门口: 厦门 is no place after 大 (a tower block's door)
        "大厦"
    )
)
# 前天吴江铭达停工, 昨晚宝安一家厂: a word of time ends right before a place's short name
TIME_BEFORE = frozenset(
    _split(
        "今天|昨天|前天|明天|当天|今日|昨日|近日|日前|今晚|昨晚|今早|昨早|上午|下午|中午|晚上|凌晨|"
        "傍晚|今年|去年|前年"
    )
)
# 昆山那边刚复工, 洞口县之后: a place told as there, not here (another event), where the post
# names another place as its own
ASIDE_AFTER: tuple[str, ...] = tuple(_split("那边|那次|那回|那一次|之后，|之后,"))
# 西班牙汽车零部件企业, 日本之行, "its Hong Kong owner": a country as the nationality of a firm or
# its boss, or as a trip's end, is not where the event is
ABROAD_FIRM_ZH = re.compile(
    r"(?:(?!的)[\u4e00-\u9fff]){0,6}?(?:企业|公司|集团|车企|厂商|财团|品牌)|老板|商人|资本|客户|之行"
)
ABROAD_FIRM_EN = re.compile(
    r"(?:'s)? (?:[a-z-]+ )?(?:owners?|boss|bosses|investors?|parent|businessman|company|firm|"
    r"brand|buyers?|clients?|customers?)\b"
)
# 湖南耒阳的一群老乡, 河南的民工: where the workers come from
ORIGIN_AFTER_RE = re.compile(r"的(?:一群|一伙|一帮|一批|几个|众多|这些)?(?:老乡|同乡)")
# 鲁南通达, 苏北宿迁: a province's one-character name and a direction make a region, so a short
# name begun by the direction (南通, 北宿) is split from it (read only where no place ends before)
REGION_WORDS = frozenset(
    a + d for a in "鲁苏皖豫粤浙闽湘川黔赣鄂冀晋陕桂滇辽蒙" for d in "东南西北中"
)
# 才25岁，甘肃天水的。 60岁的四川人: a place told right after a worker's age is where they come from
AGE_FROM = re.compile(
    r"[0-9一二三四五六七八九十两]{1,3}多?岁(?:了)?[，,、的]?(?:是)?([^，,。；;！!？?\s的]{2,10})"
    r"(?:的|人)(?=[，,。；;！!…]|$)"
)
# 我们是河南周口的，…: "we are from"
# (我们是四川泸州的农民工，…: the workers named after; 我是湖南邵阳的我老公在…: no stop written;
# not 我们是合肥一家家具厂的工人, 我们是在郑州干活的木工: a workplace is where they work)
WE_ARE_FROM = re.compile(
    r"(?:我们|我|咱们|俺们|俺|他们|大家|都)是"
    r"((?:(?!厂|公司|工地|项目|店|矿|一家|医院|学校|单位|在|干活|打工|上班|务工)[^，,。；;！!？?\s的]){2,10})(?:的|人)"
    r"(?:(?:农民工|民工|工人|打工的|打工人|老乡)?[，,。；;！!]|(?=我|俺|他|她|老公|老婆|丈夫|妻子|孩子)|"
    # 我们是石楼县的几个电焊工。: a few of a trade's workers, counted, from there
    r"(?:一群|一帮|一伙|[0-9一二三四五六七八九十两几]{1,3}多?)个?(?:[\u4e00-\u9fff]{0,3}工|师傅|老乡)"
    r"[，,。；;！!])"
)
EXTRA_COMMON = set(
    _split(
        "东山|东方|中山|南山|向阳|城中|城区|大厂|大通|太和|宝山|市辖区|平安|开发|新兴|新区|新华|新城|普陀|永安|永定|江北|矿区|西湖|象山|郊区|长安|青山|高新|"
        # 平房屋顶塌了: a one-storey house
        "平房"
    )
)
# #南海#, #光明#: district names that are everyday words, yet as a whole hashtag name the place
# (not so 公安, 东风, 红旗, which tag a topic)
HASHTAG_COMMON = frozenset(_split("南海|光明|江山|永安|河西|城厢|上街"))
ABROAD_FILE = Path(__file__).parent / "data" / "abroad.json"


def _abroad_names() -> tuple[str, ...]:
    """Every name of a place abroad that ``data/abroad.json`` lists: each state's Chinese and
    English names and its great cities', and Taiwan's and Hong Kong's cities (a dateline names a
    capital alone: SEOUL -, NEW DELHI -, UK:)."""
    data = json.loads(ABROAD_FILE.read_text(encoding="utf-8"))
    names: dict[str, None] = {}
    for row in (*data["countries"], *data["regions"]):
        for key in ("zh", "en", "cities_zh", "cities_en"):
            names.update(dict.fromkeys(row.get(key, ())))
    return tuple(names)


ABROAD: tuple[str, ...] = _abroad_names()
# 台资中荣, 外资源头: 资 ends an ownership word (台资, 外资), it starts no place (资中, 资源)
OWNERSHIP_HEAD = set("外台港澳日韩合独美德欧侨民国法英内")
# 中资兴建的园区, 陆资: 资 after these too is an ownership word, never the head of a place
FUNDED_HEAD = frozenset(OWNERSHIP_HEAD | set("中陆"))
# Hechuan-Changshou expressway: the ends of a route, not where anything happened
EN_ROUTE = re.compile(r"-[a-z']+ (?:expressway|highway|railway|motorway|high-speed)")
EN_ROUTE_AFTER: tuple[str, ...] = (
    " expressway",
    " highway",
    " railway",
    " motorway",
    " high-speed",
)
# 重庆、四川, Chongqing and Sichuan: two places listed side by side
LIST_JOINS: tuple[str, ...] = ("、", "和", "及", "与", " and ", ", ", "，")
# (Xinhua), Xinhua said: the news agency, far more often than a district of that name
EN_COMMON = frozenset({"xinhua"})
ETHNIC_DISTRICT = re.compile(
    r"^([\u4e00-\u9fff]{2,}?)(?:回族|满族|蒙古族|土家族|苗族|彝族|壮族|朝鲜族)区$"
)


# Mojiang Hani Autonomous County, Yanbian Korean Autonomous Prefecture: the name before the people's
EN_AUTONOMOUS = re.compile(r"([a-z']+) [a-z ,']+ autonomous (county|prefecture|banner)$")
# English spellings in use that the gazetteer spells otherwise (珲春: Hunchun, not Huichun), and
# the Mongolian forms the press writes for Inner Mongolia's and Heilongjiang's units where the
# gazetteer has pinyin (准格尔旗: Jungar Banner, not Zhunge'er)
EN_SPELLINGS = {
    "hunchun": "222404",
    "dalad": "150621",
    "jungar": "150622",
    "otog front": "150623",
    "otog": "150624",
    "hanggin": "150625",
    "uxin": "150626",
    "ejin horo": "150627",
    "darhan muminggan": "150223",
    "horqin right front": "152221",
    "xilinhot": "152502",
    "alxa left": "152921",
    "qiqihar": "230200",
    # 闵行区 and 浚县: the gazetteer reads 行 and 浚 in their other sounds (Minxing, Jun)
    "minhang": "310112",
    "xun county": "410621",
}


# Counties abolished whole: the gazetteer's old table gives each only the city around it (none
# of its successors bears its name), yet all of it lies in one county today, renamed (株洲县:
# 渌口区) or merged into another (港闸区: 崇川区)
SUCCEEDED = {
    "株洲县": "430212",
    "户县": "610118",
    "大同县": "140215",
    "长治县": "140404",
    "芜湖县": "340210",
    "九江县": "360404",
    "上饶县": "361104",
    "许昌县": "411003",
    "宜宾县": "511504",
    "那曲县": "540602",
    "港闸区": "320602",
    "下城区": "330105",
    "江东区": "330212",
    "梅列区": "350404",
    "湾里区": "360112",
    "金明区": "410202",
    "吉利区": "410308",
    "长岛县": "370614",
}


# Districts whose name several cities share, one of them so well known that the name alone
# means it (北京朝阳区, 沈阳铁西区): read so where no place named in the post points to another
PROMINENT = {"朝阳区": "110105", "朝阳": "110105", "铁西区": "210106", "铁西": "210106"}


# Everyday words that name several districts, one of them the one posts mean where a word of
# place follows (宝山这边的集卡, 宝山那家冷库: Shanghai's; 南山科技园: Shenzhen's)
KNOWN_COMMON: dict[str, tuple[str, tuple[str, ...]]] = {
    "宝山": ("310113", ("这边", "那边", "这里", "那里", "一带", "那家", "这家", "这两天", "这几天")),
    "南山": ("440305", ("科技园",)),
}


class Entry(NamedTuple):
    code: str
    level: str
    form: str  # full | short | alias | town | en | abroad


def name_keys(gz: Gazetteer) -> dict[str, dict[Entry, None]]:
    """Every name the automaton holds (lower-cased or normalised), with the units it may mean."""
    common = set(COMMON_WORD_SHORTS) | EXTRA_COMMON
    names: list[tuple[str, Entry]] = []  # in order: the first reading of a name comes first
    add = names.append

    for div in gz.units_and_towns():
        if isinstance(div, tuple):  # a township: (code, name)
            if len(div[1]) >= 3:
                add((div[1], Entry(div[0], "town", "town")))
            continue
        if div.level == "town":
            if len(div.name_zh) >= 3:
                add((div.name_zh, Entry(div.code, "town", "town")))
            continue
        form = "full" if div.mainland else "abroad"
        if div.name_zh not in common:
            add((div.name_zh, Entry(div.code, div.level, form)))
        short = div.short_zh
        if short and short != div.name_zh and len(short) >= 2 and short not in common:
            add((short, Entry(div.code, div.level, "short" if div.mainland else "abroad")))
        elif short and short in common and div.level in ("county", "prefecture") and div.mainland:
            add((short, Entry(div.code, div.level, "common")))  # 南海: only as 佛山南海
        ethnic = ETHNIC_DISTRICT.match(div.name_zh) if div.level == "county" else None
        if ethnic and div.mainland:  # 管城回族区 is written 管城区
            add((ethnic[1] + "区", Entry(div.code, div.level, "full")))
            if ethnic[1] not in common:
                add((ethnic[1], Entry(div.code, div.level, "short")))
        if div.name_en:
            en = div.name_en.lower()
            add((en, Entry(div.code, div.level, "en" if div.mainland else "abroad")))
            if en.endswith(" city"):
                add((en[:-5], Entry(div.code, div.level, "en")))
            if div.level == "county" and div.mainland:
                for suffix in (" district", " county", " new area"):
                    if (
                        en.endswith(suffix)
                        and len(en) - len(suffix) >= 5
                        and en[: -len(suffix)] not in EN_COMMON
                    ):
                        add((en[: -len(suffix)], Entry(div.code, div.level, "en")))
                # 赵县, Zhao County, is also written Zhaoxian county
                if en.endswith(" county") and len(div.name_zh) == 2 and div.name_zh.endswith("县"):
                    add((en[:-7] + "xian county", Entry(div.code, div.level, "en")))
            if div.level in ("province", "prefecture"):
                for suffix in (" league", " prefecture"):
                    if en.endswith(suffix):
                        add((en[: -len(suffix)], Entry(div.code, div.level, "en")))
            bare = en.replace("'", "")  # Zhunge'er Banner is also written Zhungeer Banner
            if bare != en and len(bare.split()[0]) >= 7 and div.mainland:
                add((bare, Entry(div.code, div.level, "en")))
            auto = EN_AUTONOMOUS.match(en) if div.mainland else None
            if auto:  # Mojiang Hani Autonomous County is written Mojiang county
                add((f"{auto[1]} {auto[2]}", Entry(div.code, div.level, "en")))
    for en, code in EN_SPELLINGS.items():
        if (unit := gz.get(code)) is not None:
            add((en, Entry(unit.code, unit.level, "en")))
    for old, div in gz.aliases():
        if div.level != "town" and old not in common:
            if old in SUCCEEDED and (unit := gz.get(SUCCEEDED[old])) is not None:
                div = unit
            add((old, Entry(div.code, div.level, "alias")))
    for name in ABROAD:
        add((name, Entry("", "abroad", "abroad")))
    for name, code in (("macau", "820000"), ("hongkong", "810000")):
        add((name, Entry(code, "province", "abroad")))
    keys: dict[str, dict[Entry, None]] = {}
    for key, (_, entry) in zip(_keys_of(n for n, _ in names), names, strict=True):
        if len(key) >= 2:
            keys.setdefault(key, {})[entry] = None
    return keys


def _keys_of(names: Iterable[str]) -> list[str]:
    """Each name as the automaton holds it: gazetteer names are Simplified already, English
    ones need lower case only. (The Chinese ones normalised all at once, in one string: the
    same, character for character, and much faster than name by name.)"""
    names = list(names)
    chinese = [n for n in names if not n.isascii()]
    normalised = normalise("\n".join(chinese)).split("\n")
    if len(normalised) != len(chinese):  # none, or a name with a line break in it
        normalised = [normalise(n) for n in chinese]
    it = iter(normalised)
    return [n.lower() if n.isascii() else next(it) for n in names]

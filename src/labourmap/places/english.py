"""Build-time English names: Hanyu Pinyin from ``pypinyin``, with the conventional exceptions.

Rules: the stem in pinyin as one word, first letter capitalised, an apostrophe before a
syllable that starts with a, o or e (Xi'an, Bao'an); then the English suffix (District,
County, Banner, … — none for provinces and cities). Autonomous units name their nationalities
("Enshi Tujia and Miao Autonomous Prefecture"). Where a name has a conventional English form
(Shaanxi, Inner Mongolia, Harbin, Urumqi …) the table below wins. Polyphonic characters that
pypinyin reads wrongly in a place name are fixed by the phrase table ``PHRASE_READINGS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourmap.places.names import AUTONOMOUS, ETHNIC_EN, ZH_SUFFIX_EN, split_name

# Full Chinese name -> conventional English stem (the suffix is still added after it).
CONVENTIONAL: dict[str, str] = {
    "陕西省": "Shaanxi", "内蒙古自治区": "Inner Mongolia", "西藏自治区": "Tibet",
    "广西壮族自治区": "Guangxi", "宁夏回族自治区": "Ningxia", "新疆维吾尔自治区": "Xinjiang",
    "香港特别行政区": "Hong Kong", "澳门特别行政区": "Macao", "台湾省": "Taiwan",
    "哈尔滨市": "Harbin", "乌鲁木齐市": "Urumqi", "乌鲁木齐县": "Urumqi", "呼和浩特市": "Hohhot",
    "拉萨市": "Lhasa", "喀什地区": "Kashgar", "喀什市": "Kashgar", "和田地区": "Hotan",
    "和田市": "Hotan", "和田县": "Hotan", "吐鲁番市": "Turpan", "克拉玛依市": "Karamay",
    "伊犁哈萨克自治州": "Ili", "阿勒泰地区": "Altay", "阿勒泰市": "Altay",
    "巴音郭楞蒙古自治州": "Bayingolin", "博尔塔拉蒙古自治州": "Bortala",
    "克孜勒苏柯尔克孜自治州": "Kizilsu", "阿克苏地区": "Aksu", "阿克苏市": "Aksu",
    "库尔勒市": "Korla", "阿图什市": "Artux", "奎屯市": "Kuytun", "可克达拉市": "Kokdala",
    "图木舒克市": "Tumxuk", "日喀则市": "Shigatse", "林芝市": "Nyingchi", "昌都市": "Qamdo",
    "那曲市": "Nagqu", "阿里地区": "Ngari", "鄂尔多斯市": "Ordos", "巴彦淖尔市": "Bayannur",
    "乌兰察布市": "Ulanqab", "锡林郭勒盟": "Xilingol", "阿拉善盟": "Alxa",
    "呼伦贝尔市": "Hulunbuir", "兴安盟": "Hinggan", "海拉尔区": "Hailar",
    "二连浩特市": "Erenhot", "格尔木市": "Golmud", "果洛藏族自治州": "Golog",
    "甘孜藏族自治州": "Garze", "阿坝藏族羌族自治州": "Ngawa", "迪庆藏族自治州": "Diqing",
    "克什克腾旗": "Hexigten", "和林格尔县": "Horinger", "大柴旦行政委员会": "Da Qaidam",
}

# Readings pypinyin gets wrong in place names (checked against the official romanisations).
PHRASE_READINGS: dict[str, list[list[str]]] = {
    "朝阳": [["cháo"], ["yáng"]], "长治": [["cháng"], ["zhì"]], "长垣": [["cháng"], ["yuán"]],
    "长宁": [["cháng"], ["níng"]], "漯河": [["luò"], ["hé"]], "单县": [["shàn"], ["xiàn"]],
    "浚县": [["xùn"], ["xiàn"]], "筠连": [["jūn"], ["lián"]], "涡阳": [["guō"], ["yáng"]],
    "繁峙": [["fán"], ["shì"]], "六合": [["lù"], ["hé"]], "洪洞": [["hóng"], ["tóng"]],
    "长子": [["zhǎng"], ["zǐ"]], "大厂": [["dà"], ["chǎng"]], "蔚县": [["yù"], ["xiàn"]],
    "东阿": [["dōng"], ["ē"]], "番禺": [["pān"], ["yú"]], "铅山": [["yán"], ["shān"]],
    "乐亭": [["lào"], ["tíng"]], "乐清": [["yuè"], ["qīng"]], "蚌埠": [["bèng"], ["bù"]],
    "六安": [["lù"], ["ān"]], "重庆": [["chóng"], ["qìng"]], "厦门": [["xià"], ["mén"]],
    "长沙": [["cháng"], ["shā"]], "吴堡": [["wú"], ["bǔ"]], "大埔": [["dà"], ["bù"]],
    "柞水": [["zhà"], ["shuǐ"]], "莘县": [["shēn"], ["xiàn"]], "沈丘": [["shěn"], ["qiū"]],
    "蚌山": [["bèng"], ["shān"]], "马尾": [["mǎ"], ["wěi"]], "中牟": [["zhōng"], ["móu"]],
    "卡子": [["kǎ"], ["zǐ"]], "寺堡": [["sì"], ["bǔ"]], "南乐": [["nán"], ["lè"]],
    "民乐": [["mín"], ["lè"]],
}
# Characters read one way in nearly every place name (长 as in 长春, 长安, not 长子).
SINGLE_READINGS: dict[str, str] = {
    "长": "cháng,zhǎng", "都": "dū,dōu", "行": "xíng,háng", "什": "shí,shén", "勒": "lè,lēi",
    "佛": "fó,fú",
}

_VOWEL_START = re.compile(r"^[aoe]")


class Pinyin:
    """pypinyin with the place-name readings loaded (imported only at build time)."""

    def __init__(self) -> None:
        try:
            import pypinyin
            from pypinyin import Style
        except ImportError as exc:  # pragma: no cover - a set-up problem
            raise RuntimeError("the gazetteer build needs pypinyin (pip install pypinyin)") \
                from exc
        pypinyin.load_phrases_dict(PHRASE_READINGS)
        pypinyin.load_single_dict({ord(ch): r for ch, r in SINGLE_READINGS.items()})
        style = Style.NORMAL

        def convert(text: str) -> list[str]:
            out: list[str] = pypinyin.lazy_pinyin(text, style=style, v_to_u=True,
                                                  errors="default")
            return out

        self._convert: Callable[[str], list[str]] = convert

    def word(self, text: str) -> str:
        """One word: 西安 -> Xi'an, 宝安 -> Bao'an, 吕梁 -> Lüliang."""
        text = text.replace("（", "(").replace("）", ")")
        parts: list[str] = []
        for syl in self._convert(text):
            if parts and _VOWEL_START.match(syl) and parts[-1][-1:].isalpha():
                parts.append("'")
            parts.append(syl)
        joined = "".join(parts)
        return joined[:1].upper() + joined[1:]


def _join_ethnic(groups: tuple[str, ...]) -> str:
    names = [ETHNIC_EN[g] for g in groups]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


ZONE_SUFFIX_EN: dict[str, str] = {
    "经济技术开发区": " Economic and Technological Development Zone",
    "高新技术产业开发区": " High-tech Industrial Development Zone",
    "高新技术产业园区": " High-tech Industrial Park",
    "高新技术开发区": " High-tech Development Zone",
    "高技术产业开发区": " High-tech Industrial Development Zone",
    "经济综合实验区": " Comprehensive Economic Experimental Zone",
    "经济开发区": " Economic Development Zone", "城乡一体化示范区": " Urban-Rural Integration Zone",
    "综合改革示范区": " Comprehensive Reform Demonstration Zone", "风景名胜区": " Scenic Area",
    "现代产业园区": " Modern Industrial Park", "工业园区": " Industrial Park",
    "产业聚集区": " Industrial Cluster Zone", "创意园区": " Creative Park",
    "管理区管委会": " Administrative Area", "管理区": " Administrative Area",
    "开发区": " Development Zone", "示范区": " Demonstration Zone",
    "行政委员会": " Administrative Committee", "食品区": " Food Zone", "新区": " New Area",
    "新城": " New Town",
}
_ZONE_SUFFIXES = sorted(ZONE_SUFFIX_EN, key=lambda s: (-len(s), s))


class EnglishNamer:
    """English names for division names; ``places`` maps known short names to English stems,
    so that a functional zone's leading place names read as words (Zhengzhou …)."""

    def __init__(self) -> None:
        self.pinyin = Pinyin()
        self.places: dict[str, str] = {}

    def stem(self, name_zh: str) -> str:
        if name_zh in CONVENTIONAL:
            return CONVENTIONAL[name_zh]
        return self.pinyin.word(split_name(name_zh).stem)

    def name(self, name_zh: str) -> tuple[str, str]:
        """(English name, English stem) of a division's Chinese name."""
        parts = split_name(name_zh)
        if not parts.suffix and name_zh not in CONVENTIONAL:
            return self.zone(name_zh)  # 大柴旦行政委员会 …: no division suffix
        stem = CONVENTIONAL.get(name_zh) or self.pinyin.word(parts.stem)
        if parts.suffix in AUTONOMOUS and parts.stem in ETHNIC_EN:
            stem = ETHNIC_EN[parts.stem]  # 鄂温克族自治旗: Evenki Autonomous Banner
        ethnic = _join_ethnic(parts.ethnic)
        suffix = ZH_SUFFIX_EN.get(parts.suffix, "")
        if ethnic and parts.suffix in ("乡", "镇", "苏木"):
            suffix = " Ethnic" + suffix  # 回族乡: Hui Ethnic Township
        if name_zh in CONVENTIONAL and parts.suffix in ("自治区", "特别行政区"):
            ethnic = ""
        if ethnic and parts.suffix not in ("自治区",):
            return f"{stem} {ethnic}{suffix}", stem
        return f"{stem}{suffix}", stem

    def zone(self, name_zh: str) -> tuple[str, str]:
        """A functional zone (经济技术开发区 …): leading place names as words, then the kind."""
        rest, suffix = name_zh, ""
        for zs in _ZONE_SUFFIXES:
            if name_zh.endswith(zs) and len(name_zh) > len(zs):
                rest, suffix = name_zh[: -len(zs)], ZONE_SUFFIX_EN[zs]
                break
        words: list[str] = []
        while rest:
            for size in (4, 3, 2):
                head = rest[:size]
                if len(head) == size and head in self.places:
                    words.append(self.places[head])
                    rest = rest[size:].removeprefix("市").removeprefix("省")
                    break
            else:
                words.append(self.pinyin.word(rest))
                rest = ""
        name = " ".join(w for w in words if w) + suffix
        return name, name  # no shorter form: "Zhengzhou" alone means the city, not its zones

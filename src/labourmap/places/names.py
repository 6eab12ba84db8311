"""Name forms shared by the build and the look-ups: Chinese suffixes, ethnic groups, English keys.

A division's Chinese name is a *stem* plus a *suffix* (任丘 + 市, 延边 + 朝鲜族 + 自治州). The
short form (``short_zh``) is the stem, except where the stem is a single character (沛县, 城区):
a lone character is no name, so there the short form is the full name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# The 55 minority nationalities (and 各族, "various nationalities") as they appear in the names
# of autonomous units, with the English forms of the official translations.
ETHNIC_EN: dict[str, str] = {
    "蒙古": "Mongol", "回": "Hui", "藏": "Tibetan", "维吾尔": "Uyghur", "苗": "Miao", "彝": "Yi",
    "壮": "Zhuang", "布依": "Bouyei", "朝鲜": "Korean", "满": "Manchu", "侗": "Dong", "瑶": "Yao",
    "白": "Bai", "土家": "Tujia", "哈尼": "Hani", "哈萨克": "Kazak", "傣": "Dai", "黎": "Li",
    "傈僳": "Lisu", "佤": "Va", "畲": "She", "高山": "Gaoshan", "拉祜": "Lahu", "水": "Sui",
    "东乡": "Dongxiang", "纳西": "Naxi", "景颇": "Jingpo", "柯尔克孜": "Kirgiz", "土": "Tu",
    "达斡尔": "Daur", "仫佬": "Mulao", "羌": "Qiang", "布朗": "Blang", "撒拉": "Salar",
    "毛南": "Maonan", "仡佬": "Gelao", "锡伯": "Xibe", "阿昌": "Achang", "普米": "Pumi",
    "塔吉克": "Tajik", "怒": "Nu", "乌孜别克": "Uzbek", "俄罗斯": "Russian", "鄂温克": "Evenki",
    "德昂": "De'ang", "保安": "Bonan", "裕固": "Yugur", "京": "Gin", "塔塔尔": "Tatar",
    "独龙": "Derung", "鄂伦春": "Oroqen", "赫哲": "Hezhen", "门巴": "Monba", "珞巴": "Lhoba",
    "基诺": "Jino", "各": "Various Nationalities",
}
_ETHNIC_LONGEST_FIRST = sorted(ETHNIC_EN, key=lambda e: (-len(e), e))

AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
_TOWNSHIP = ("民族乡", "民族苏木", "乡", "镇", "苏木")

# Chinese suffix -> English suffix. Longest first; an empty English suffix means the English
# name is the bare stem (provinces, municipalities, cities of either level).
ZH_SUFFIX_EN: dict[str, str] = {
    "特别行政区": "", "街道办事处": " Subdistrict", "民族苏木": " Ethnic Sumu",
    "自治区": "", "自治州": " Autonomous Prefecture", "自治县": " Autonomous County",
    "自治旗": " Autonomous Banner", "民族乡": " Ethnic Township",
    "地区": " Prefecture", "林区": " Forestry District", "特区": " Special District",
    "新区": " New Area", "矿区": " Mining District", "街道": " Subdistrict", "苏木": " Sumu",
    "省": "", "市": "", "区": " District", "县": " County", "盟": " League", "旗": " Banner",
    "镇": " Town", "乡": " Township",
}
_ZH_SUFFIXES = sorted(ZH_SUFFIX_EN, key=lambda s: (-len(s), s))

# English suffix words a query may carry, and what each says about the unit's Chinese suffix
# or level. Longest first so that "autonomous county" wins over "county".
EN_SUFFIX_KIND: dict[str, str] = {
    "special administrative region": "sar", "autonomous prefecture": "prefecture",
    "autonomous region": "province", "autonomous county": "县", "autonomous banner": "旗",
    "forestry district": "区", "special district": "区", "mining district": "区",
    "municipality": "municipality", "subdistrict": "街道", "prefecture": "prefecture",
    "new area": "区", "province": "province", "township": "乡", "district": "区",
    "county": "县", "banner": "旗", "league": "盟", "city": "市", "town": "镇", "sar": "sar",
}
_EN_SUFFIXES = sorted(EN_SUFFIX_KIND, key=lambda s: (-len(s), s))


class NameParts(NamedTuple):
    stem: str
    suffix: str
    ethnic: tuple[str, ...]


def _strip_ethnic(stem: str, *, need_zu: bool) -> tuple[str, tuple[str, ...]]:
    """Peel ethnic names off the end of ``stem`` (土家族苗族 -> [土家, 苗]), keeping >= 2 chars."""
    found: list[str] = []
    while True:
        for eth in _ETHNIC_LONGEST_FIRST:
            if stem.endswith(eth + "族") and len(stem) - len(eth) - 1 >= 2:
                stem = stem[: -len(eth) - 1]
                break
            if not need_zu and len(eth) >= 2 and stem.endswith(eth) and len(stem) - len(eth) >= 2:
                stem = stem[: -len(eth)]
                break
        else:
            return stem, tuple(reversed(found))
        found.append(eth)


def split_name(name: str) -> NameParts:
    """Stem, suffix and ethnic groups of a Chinese division name."""
    name = name.strip()
    matches = [s for s in _ZH_SUFFIXES if name.endswith(s) and len(name) > len(s)]
    # the longest suffix that leaves a real stem: 金林区 is 金林 + 区, not 金 + 林区
    matches.sort(key=lambda s: len(name) - len(s) < 2)
    for suffix in matches:
            stem = name[: -len(suffix)]
            if suffix in AUTONOMOUS:
                bare = stem[:-1] if stem.endswith("族") else stem
                if bare in ETHNIC_EN:  # the nationality is the name: 东乡族自治县, 鄂伦春自治旗
                    return NameParts(bare, suffix, ())
                stem, ethnic = _strip_ethnic(stem, need_zu=False)
                return NameParts(stem, suffix, ethnic)
            if suffix in _TOWNSHIP and stem.endswith("族"):
                stem, ethnic = _strip_ethnic(stem, need_zu=True)
                return NameParts(stem, suffix, ethnic)
            return NameParts(stem, suffix, ())
    return NameParts(name, "", ())


def short_name(name: str) -> str:
    """The name without its suffix, unless that leaves a single character."""
    stem = split_name(name).stem
    return stem if len(stem) >= 2 else name


_NON_KEY = re.compile(r"[^0-9a-z]+")


def en_key(text: str) -> str:
    """Compare-key for English names: no case, accents, apostrophes, spaces; ü/v -> u."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_KEY.sub("", text.replace("v", "u"))


def split_en(query: str) -> tuple[str, str | None]:
    """An English query's key without a trailing suffix word, and what that suffix implied."""
    words = " ".join(query.casefold().replace("-", " ").split())
    for suffix in _EN_SUFFIXES:
        if words.endswith(" " + suffix):
            return en_key(words[: -len(suffix)]), EN_SUFFIX_KIND[suffix]
    return en_key(words), None


def is_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)

# Short names of divisions that are also everyday words: bare, they are no evidence of a
# place (和平 "peace", 光明 "bright", 合作 "co-operation" …), so a search for the bare word
# finds nothing and the name must carry its suffix (和平区, 光明区, 合作市).
# 上街 ("take to the streets", 上街区 in Zhengzhou), 公安 ("police", 公安县), 延长 ("extend",
# 延长县), 工农 ("workers and peasants", 工农区) matter most in labour posts.
COMMON_WORD_SHORTS: frozenset[str] = frozenset({
    "和平", "光明", "东方", "合作", "解放", "红旗", "前进", "友好", "友谊", "向阳",
    "太平", "平安", "安定", "新华", "新民", "新兴", "新城", "新市", "新建", "复兴",
    "振兴", "工农", "爱民", "卫东", "宏伟", "城关", "城中", "城东", "城西", "城北",
    "城厢", "市中", "市北", "市南", "河东", "河西", "江北", "江南", "海港", "港口",
    "温泉", "长寿", "丰满", "富民", "惠民", "兴业", "元宝", "共和", "回民", "安居",
    "公安", "资源", "通道", "和顺", "平和", "兴隆", "大方", "富裕", "延长", "江山",
    "方正", "中原", "中方", "前锋", "上街", "南海", "东海", "西湖", "青山", "东风",
    "长安",
})

"""Employers named by the people who work for them or are owed by them, with no firm's suffix:
read only where nothing better is named (the weakest candidates).

1. a short name right before its workers, where the writer points at it: at the head of the
   post (勤兴的工友今天把厂门守住了), after 我们/咱们 (我们强凌的工人在县政府), or after 是
   (问了一下，是强凌照明的工人): not 受伤的工友, 隔壁的工人, 厂里的员工; and a short name right
   before its site or project, after a place, 在 or a clause's start (新市区天润达的工地上,
   航空港区宏基建设的项目): not 小区的工地, 高铁的项目, 朋友介绍的工地;
2. a Latin name right before its workers in a Chinese post (狮山这边Atsumitec的工友罢工,
   #Artigas工人维权#);
3. a labour boss named in full after his trade (包工头张某峰说…): the man who hired the workers,
   not 包工头老刘, 包工头赵某;
4. a county named as the one that owes its teachers or staff (贵州某某县拖欠教师工资,
   某某县5年间拖欠教师…): the county's government employs them; not 该县, 县里.
"""

from __future__ import annotations

import re

from labourmap.engine.employer_en import Candidate
from labourmap.engine.employer_words import EN_NOT
from labourmap.engine.model import Span
from labourmap.engine.placenames import SURNAMES

_WORKERS = r"(?:工友|工人|员工|职工)"
_STAFF = re.compile(
    r"(?:我们|咱们|俺们|是|^|(?<=[#】\n]))([\u4e00-\u9fff]{2,4}?)的" + _WORKERS
)
# characters no short name holds: a pointer, a role, a place's word, a time, a verb of what
# befell the workers (受伤的工友, 被抓的工人, 讨薪的工人, 罢工的员工)
_NO_NAME_CHARS = set(
    "们厂司头部方位主商台点校院府局里家人工这那该某每本全各多少些其外附近地区市县镇乡村省"
    "东西南北上下前后中内边面年月日时号我你他她它谁啥老板站矿场店楼街路坊间"
    "被受伤死亡难遇失讨罢维打抓跑欠停干做来去走留守参加离辞退裁病一同隔壁别所有全体自己"
    "山湖河岛湾园城桥港是在"  # (火神山的工人: the site they built, named by its hill)
)
_NO_NAME_WORDS = ("现在", "今天", "昨天", "前天", "每天", "天天", "当天", "已经", "一直", "还是", "就是", "这个", "那个", "大家", "兄弟", "工地",
                  "其他", "身边", "广大", "可怜", "辛苦", "普通", "无辜", "正式", "合同", "派遣", "劳务",
                  "外包", "一线", "在职", "真正", "新招", "新进", "以前", "原来", "当年", "昔日",
                  "高铁", "高速", "铁路", "公路", "市政", "水利", "棚改", "安置", "政府", "重点", "民生",
                  "朋友", "介绍", "交汇", "老乡")


def _is_name(word: str) -> bool:
    return (all("\u4e00" <= c <= "\u9fff" for c in word) and not any(c in _NO_NAME_CHARS for c in word)
            and not any(w in word for w in _NO_NAME_WORDS))


is_short_name = _is_name  # (the test of a short name, shared with employer_subject)


def staff_names(norm: str, places: list[Span]) -> list[Candidate]:
    """A short name right before its workers, where the writer points at it."""
    out: list[Candidate] = []
    if "的工" not in norm and "的员工" not in norm and "的职工" not in norm:
        return out  # (every match holds one of them)
    for m in _STAFF.finditer(norm):
        s, e = m.start(1), m.end(1)
        while (pe := next((pe for ps, pe in places if ps == s and pe < e - 1), None)) is not None:
            s = pe  # 涟水强凌的工人: the place, then the name
        if e - s >= 2 and _is_name(norm[s:e]) and not any(ps < e and s < pe for ps, pe in places):
            out.append(Candidate(s, e, 1))
    return out


# 新市区天润达的工地上, 航空港区宏基建设的项目: a short name, then its site or project
_SITE = re.compile(r"的(?:工地|项目)")
# a clause's start, 在/是, or a place's last word (航空港区宏基建设的项目)
_LEADS = set("，,。！!？?；;#】\n 在是区县市镇乡旗")


def site_names(norm: str, places: list[Span]) -> list[Candidate]:
    """A short name right before its site or project, after a place (or a place's last word,
    区, 县 …), 在/是 or a clause's start (the longest such name of two to five characters)."""
    out: list[Candidate] = []
    if "的工地" not in norm and "的项目" not in norm:
        return out
    ends = {pe for _, pe in places}
    for m in _SITE.finditer(norm):
        e = m.start()
        for s in range(max(0, e - 5), e - 1):
            led = s == 0 or s in ends or norm[s - 1] in _LEADS
            if led and _is_name(norm[s:e]) and not any(ps < e and s < pe for ps, pe in places):
                out.append(Candidate(s, e, 1))
                break
    return out


# 狮山这边Atsumitec的工友罢工, #Artigas工人维权#: a Latin name, then its workers
_UPPER = re.compile("[A-Z]")
_LATIN_STAFF = re.compile(  # (on the original text, in either script)
    r"(?<![A-Za-z])([A-Z][A-Za-z&-]{3,}(?: [A-Z][A-Za-z&-]+){0,2})(?=的?(?:工友|工人|员工|員工|职工|職工))"
)


def latin_staff(text: str) -> list[Candidate]:
    """A Latin name right before its workers, in a post written in Chinese."""
    if not _UPPER.search(text):
        return []  # (every match begins with a capital)
    if not any(w in text for w in ("工友", "工人", "员工", "職工", "职工", "員工")):
        return []  # (every match is followed by one; text is the original, in either script)
    if not any("\u4e00" <= c <= "\u9fff" for c in text[:40]):
        return []
    return [Candidate(m.start(1), m.end(1), 2) for m in _LATIN_STAFF.finditer(text)
            if m.group(1).lower() not in EN_NOT]


# 包工头张某峰说, 工头刘某某也不露面: the labour boss, by his full name
_BOSS = re.compile(r"(?:包工头|工头|小包头|带班老板|承包人)([\u4e00-\u9fff]{2,3})")
# what follows a boss's name: a verb, a particle, a pointer (张孝峰说, 张孝峰突发脑梗)
_AFTER_NAME = set("说在的跑欠突脑卷已把给带也都一和与不手拖还又就要是让叫找等被对向从跟去来拿称答承以"
                  "上面里边头我你他她们")


def bosses(norm: str) -> list[Candidate]:
    """A labour boss named in full after his trade (a surname, then one or two characters)."""
    out: list[Candidate] = []
    if "工头" not in norm and "包头" not in norm and "承包人" not in norm and "带班" not in norm:
        return out
    for m in _BOSS.finditer(norm):
        name = m.group(1)
        if name[0] not in SURNAMES or "某" in name or "x" in name:
            continue
        if len(name) == 3 and name[2] in _AFTER_NAME:
            name = name[:2]
        if name[1] in _AFTER_NAME:
            continue  # 包工头王说: no given name
        out.append(Candidate(m.start(1), m.start(1) + len(name), 1))
    return out


# 大方县拖欠教师工资, 大方县5年间拖欠教师相关费用: a county, then what it owes its staff
_COUNTY_OWES = re.compile(
    r"(?:自?\d{4}年(?:起|以来)|\d{1,2}年(?:间|来)|多年来?|长期|至今)?拖欠(?:了)?(?:全县|当地|本县)?"
    r"(?:教师|老师|民办教师|代课教师|环卫工|公务员|职工|员工|医护)"
)


def counties(norm: str, places: list[Span]) -> list[Candidate]:
    """A county named as the one that owes its teachers or staff."""
    if "拖欠" not in norm:
        return []
    return [Candidate(ps, pe, 1) for ps, pe in places
            if norm[pe - 1 : pe] in ("县", "旗") and _COUNTY_OWES.match(norm, pe)]

"""A firm named as the topic a post opens on, by its short name, with no firm's suffix: read only
where nothing better is named (the weakest candidates, beside
:mod:`labourmap.engine.employer_subject`).

Follow-ups and hearsay open on the firm as what the post is about:

1. a short name, then "the affair" or "over there" (华盛的事有进展了, 宏图那事结了, 凯源的事情有后续
   了吗, 金鼎那边闹到凌晨), perhaps after a place (苏州华盛那事) or an opener (更新：, 后续：);
2. a place, then a plant or a pit (枣阳电厂那边, 新化钢厂改制的事): the plant is named by its place;
   a short name, then 矿 (兴隆矿那边还在抽水).

3. a hashtag that is a short name alone, of three characters or more (#凯迪源#, #华盛科技#): not a place, a trade or what befell
   (#兰州#, #出租车#, #讨薪#, #西宁公交#).

Not a place the gazetteer does not know, "over there" (欢乐大道那边, 黄阁坑那边的厂), nor a person, a kin, a pointer, a role or a thing one has a dispute over (孩子的事, 社保的事,
公司那边, 老板那边, 工资的事), nor a place alone (城北那边).
"""

from __future__ import annotations

import re

from labourmap.engine.employer_en import Candidate
from labourmap.engine.employer_people import _NO_NAME_CHARS, _NO_NAME_WORDS
from labourmap.engine.model import Span

# the affair, over there: what a post about a firm's dispute opens on
_TOPIC = re.compile(r"的事|那事|这事|那边")
_BREAK = re.compile(r"[，,。！!？?；;：:\n#\s]")
# an opener before the topic: an update, a follow-up
_OPENER = re.compile(r"[#【\s]*(?:更新一下|更新|后续|跟进|说下后续|最新)?[：:，,\s]*")
# what may stand between the name and the affair: what befell the firm
_EVENTS = ("改制", "倒闭", "搬迁", "关门", "裁员", "停产", "罢工", "停工")
# the last character of a place's name, unknown to the gazetteer (欢乐大道, 黄阁坑, 浦口)
_PLACE_ENDS = frozenset("道路街巷口坑坪岭坡沟湾洲村镇桥门园场区山河湖江海岛城庄屯寨堡埠")
# a plant or pit named by its place or short name (枣阳电厂, 兴隆矿)
_PLANTS = ("电厂", "钢厂", "化工厂", "煤矿", "矿")
# characters of a direction begin many short names (东研, 北钢): allowed here, at a post's start
_DIRECTIONS = frozenset("东西南北中")
_NO_TOPIC_CHARS = (_NO_NAME_CHARS - _DIRECTIONS) | set("子资薪偿保险迁班次款费钱事儿女孩爷奶")
# things a dispute is over, and words of time or of the writer (补偿的事, 上次的事, 网上那边)
_NO_TOPIC_WORDS = _NO_NAME_WORDS + ("东边", "西边", "南边", "北边", "中间", "补贴", "绩效", "养老",
                                    "加班", "拆迁", "改制", "工伤", "讨薪", "维权", "上访", "户口",
                                    "学费", "上次", "这次", "那次", "之前", "最近", "听说", "网上")


def _name_like(word: str) -> bool:
    return (2 <= len(word) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in word)
            and not any(c in _NO_TOPIC_CHARS for c in word)
            and not any(w in word for w in _NO_TOPIC_WORDS))


_TAG = re.compile(r"#([\u4e00-\u9fff]{3,6})#")  # (two characters are as often a word: #高温#, #求助#)
# a hashtag may hold 那 or 这 in a transliterated name (#奈那卡斯#); the rest as for a topic
_NO_TAG_CHARS = (_NO_TOPIC_CHARS - {"那", "这"}) | set(
    "罢讨薪灾炸火祸案故亡史节骑司车交运卖递医护教师农业法性室季婴权益福利遇危机算零就疫核隔离险员化"
    "网岁歧视津贴暑温聘肺线习二三四五六七八九十百千万")


def tag_names(norm: str, places: list[Span]) -> list[Candidate]:
    """A hashtag that is a short name alone (see above)."""
    if "#" not in norm:
        return []
    out: list[Candidate] = []
    for m in _TAG.finditer(norm):
        s, e = m.span(1)
        word = m.group(1)
        if (any(ps < e and s < pe for ps, pe in places) or any(c in _NO_TAG_CHARS for c in word)
                or any(w in word for w in _NO_TOPIC_WORDS)):
            continue
        out.append(Candidate(s, e, 1))
    return out


def topic_names(norm: str, places: list[Span]) -> list[Candidate]:
    """The firm a post opens on as its topic (see above), or names alone in a hashtag."""
    return _opening(norm, places) + tag_names(norm, places)


def _opening(norm: str, places: list[Span]) -> list[Candidate]:
    head = norm[:24]
    if "事" not in head and "那边" not in head:
        return []
    opener = _OPENER.match(norm)
    s0 = opener.end() if opener else 0  # (it always matches, maybe empty)
    m = _TOPIC.search(norm, s0, s0 + 14)
    if not m or _BREAK.search(norm, s0, m.start()):
        return []
    e = m.start()
    if m.group() == "那边" and (norm.startswith("的", m.end()) or norm[e - 1 : e] in _PLACE_ENDS):
        return []  # 黄阁坑那边的眼镜厂, 欢乐大道那边: where it is, not who
    for ev in _EVENTS:
        if norm.endswith(ev, s0, e):
            e -= len(ev)
            break
    s = s0
    while (pe := next((pe for ps, pe in places if ps == s and pe < e), None)) is not None:
        s = pe  # 苏州华盛那事: the place, then the name
    word = norm[s:e]
    if any(ps < e and s < pe for ps, pe in places):
        return []
    tail = next((p for p in _PLANTS if word.endswith(p)), None)
    if tail is not None:
        stem = word[: -len(tail)]
        if not stem and s > s0:
            return [Candidate(s0, e, 1)]  # 枣阳电厂: a plant named by its place
        if len(stem) >= 2 and _name_like(stem):
            return [Candidate(s, e, 1)]
        return []
    return [Candidate(s, e, 1)] if _name_like(word) else []

"""The patterns written for speed find exactly what their plain forms find.

Several of the engine's patterns are written so that a search skips quickly to where a match
may begin (a branch per first character, a look-behind after the first character, a separate
scan for where a match may start). Each is checked here against its plain form, on sample
texts made of the words they look for.
"""

from __future__ import annotations

import random
import re

import pytest

from labourmap.engine import (
    casualties,
    classify,
    codes_responses,
    counts,
    dates,
    employer,
    employer_en,
    form_phrases,
    numbers,
    offices,
    text,
)
from labourmap.engine.text import each, finditer_at, normalise, word_starts


def _words(joined: str) -> list[str]:
    return joined.split()


WORDS = _words(
    "政府 劳动监察 人社局 住建局 街道 书记 官员 信访局 劳动仲裁 监察大队 协调 介入 出面 处理 "
    "叫上 带着 陪同 工作人员 到场 部门 派人 接待 推选 选出 代表 "
    "交通运输局 教育局 街道办 管委会 门口 "
    "officials government labour bureau labor mediated stepped in met promised elected "
    "representatives 月 日 号 年 第 一 二 三 十 九 0 1 2 3 12 31 2024 “ ” · . , 。 ， 事故 线 楼 "
    "may day today tonight this morning yesterday last night the day before yesterday "
    "january jan march mar sept september 1st 22nd 3rd th monday "
    "nearly almost about around more than over at least some tens of thousands hundreds dozens "
    "scores several a few a couple of a an hundred thousand million dozen one two three ten "
    "twenty twenty-five thirty forty ninety nineteen eleven m k bn "
    "几 几位 几个 几名 十几 百几 千 万 死亡 受伤 伤 死 人 名 dead killed injured hurt "
    "IBM LG 工厂 公司 集团 厂 Aa 深圳 将近 接近 大约 超过 好几 近 上 约 逾 超 多 余 来 数 "
    "co ltd co. ltd. inc group corp company electric mining steel shoes ſ ı é ٣"
)


def samples(words: list[str], n: int, seed: int, seps: list[str], most: int) -> list[str]:
    """``n`` texts of 1 to ``most`` words, each word followed by a separator."""
    rng = random.Random(seed)
    return ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, most)))
            for _ in range(n)]


SAMPLES = samples(WORDS, 4000, 3, ["", "", " ", " ", ",", "，", "\n", "-"], 9)


def spans(pattern: re.Pattern[str], s: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(s)]


# the plain forms, as the patterns were first written
PLAIN = {
    "GOV_ACTION": (
        codes_responses.GOV_ACTION,
        r"(?:政府|劳动监察|人社|劳动局|住建局|街道|书记|市长|县长|区长|官员|信访局|信访办|教育局|卫健委|"
        r"交通运输局|运输局|劳动所|劳动保障所|镇里|区里|县里|市里|乡里|镇上|当局|"
        r"劳动仲裁|监察大队|有关部门|相关部门|建设局|城管)[^。；]{0,20}(?:协调|介入|出面|协商|调解|"
        r"约谈|一起去|督促|责令|垫付|处理|接待|接见|派员|召集|座谈|来人|来了人|说会|答应|承诺|开会|"
        r"赶过来|赶来|赶到|想办法|联系施工|喊话)|"
        r"(?:叫上|带着|陪同)[^，。]{0,4}(?:劳动监察|政府)|"
        r"(?:政府|人社|住建|劳动|街道|监察|城管|交通运输|部门|局|委|所)[^。；，,]{0,10}"
        r"(?:工作人员|人员|干部|官员|负责人|执法人员)[^。；]{0,14}(?:到场|赶到|赶赴|来到|到现场|接待|调解|"
        r"处置|劝导|协调)|部门[^。；，,]{0,4}(?:派人|派员)接待|"
        r"(?:政府|人社|住建|劳动|街道|监察|城管|信访|交通运输|部门)[^。；，,]{0,6}?的人(?:都|也)?"
        r"(?:到了|来了|出来|赶到|到场)|"
        r"(?:officials|government|authorities|bureau|commission|mayor)[^.]{0,50}(?:mediat|"
        r"intervened|stepped in|negotiat|promised|\bmet\b|came to talk|turned up|talked to|"
        r"came to the site|talked them down|addressed)|"
        r"mediated by [^.]{0,40}(?:government|bureau|commission|officials)",
    ),
    "REPS": (
        codes_responses.REPS,
        r"(?:推选|选出|选举|派出|推举)[^，。]{0,6}代表|elected [^.]{0,20}representatives",
    ),
    "GOV_OFFICE": (
        offices.GOV_OFFICE,
        r"政府|信访|劳动监察|监察大队|街道办|劳动保障所|(?:人社|住建|劳动|信访|交通运输|交通|运管|城管|"
        r"教育|卫健|市场监管|应急管理|国资|民政|财政|税务|工信|发改|自然资源|水务|林业)"
        r"(?:局|委|厅|部门|办)|管委会",
    ),
    "ZH_MD": (
        dates.ZH_MD,
        r"(?<![0-9年])(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
        r"(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]",
    ),
    "ZH_D": (
        dates.ZH_D,
        r"(?<![0-9月年第])(?P<d>[0-9]{1,2}|[一二三十]{1,3}[一二三四五六七八九]?)[日号]"
        r"(?!线|楼|地块|院|门|车间|机|令|文|店|仓|桥|馆|口|站|床|病房|文件|公告)",
    ),
    "EN_DMY": (
        dates.EN_DMY,
        r"\b(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + dates._MON + r"(?:,?\s+(?P<y>[0-9]{4}))?\b",
    ),
    "EN_REL": (
        dates.EN_REL,
        r"\b(?P<w>today|tonight|this morning|this afternoon|this evening|yesterday|"
        r"last night|the day before yesterday)\b",
    ),
    "EN_HOLIDAY": (dates.EN_HOLIDAY, r"\bmay day\b"),
    "LATIN_BRAND": (
        employer_en._LATIN_BRAND,
        r"(?<![A-Za-z])([A-Z][A-Z0-9&]{1,9})(?=[\u4e00-\u9fff]{0,6}?(?:工厂|公司|集团|厂))",
    ),
    "FEW": (numbers._FEW, r"(?<![十百千万0-9])几[位个名]"),
}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_form_matches_plain_form(name: str) -> None:
    fast, plain = PLAIN[name][0], re.compile(PLAIN[name][1])
    for s in SAMPLES:
        assert spans(fast, s) == spans(plain, s), s


def test_number_branches_read_as_prefix_and_body() -> None:
    plain = re.compile(
        r"(?P<pre>将近|接近|大约|超过|好几|近|上|约|逾|超)?"
        r"(?P<body>(?:[0-9][0-9]*(?:,[0-9]{3})*(?:\.[0-9]+)?|[零一二两三四五六七八九十百千万亿几数])"
        r"[0-9零一二两三四五六七八九十百千万亿几数多余来.]*)"
    )
    for s in SAMPLES:
        want = [(m.start(), m.group("pre") or "", m.group("body")) for m in plain.finditer(s)]
        got = []
        for m in numbers.ZH_QTY.finditer(s):
            pre = numbers.ZH_PRE[int(m.lastgroup[1:])] if m.lastgroup else ""
            got.append((m.start(), pre, m.group()[len(pre) :]))
        assert got == want, s


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [(numbers.EN_QTY, numbers._EN_START), (dates.EN_MDY, dates._MDY_START)],
)
def test_finditer_at_finds_every_match(pattern: re.Pattern[str], starts: re.Pattern[str]) -> None:
    for s in SAMPLES + [s.lower() for s in SAMPLES]:
        assert [m.span() for m in finditer_at(pattern, starts, s)] == [
            m.span() for m in pattern.finditer(s)
        ], s


def test_word_starts_only_at_word_beginnings() -> None:
    starts = word_starts(["one", "ten"], digits=True)
    assert [m.start() for m in starts.finditer("one often 7 x9 ten,one")] == [0, 10, 15, 19]


def test_each_distributes_over_branches() -> None:
    assert each("a|bc", "x") == "ax|bcx"


def test_casualty_words_split_in_two() -> None:
    plain = re.compile(
        "|".join(w for w in casualties.KILL_ZH + casualties.HURT_ZH + ("涉及",) if len(w) > 1)
        + r"|[0-9一二三四五六七八九十两百][人名]?[死伤]|dead|kill|died|death|"
        r"dying|lives|injur|hurt|wound|poison|hospital|burn|suffocat|asphyxiat"
    )
    for s in SAMPLES:
        fast = casualties.CASUALTY_WORDS.search(s) or casualties.CASUALTY_COUNT.search(s)
        assert bool(fast) == bool(plain.search(s)), s


def test_firm_suffix_without_ignorecase_on_ascii() -> None:
    for s in SAMPLES:
        low = s.lower()
        for pos in (0, max(0, len(low) - 24)):
            assert employer.has_en_suffix(low, pos) == bool(employer.EN_SUFFIX.search(low, pos))


def test_normalise_by_list_as_by_dict() -> None:
    table = text._table()
    chars = "".join(chr(cp) for cp in range(0x20, 0x30000, 7) if not 0xD800 <= cp < 0xE000)
    chars += "".join(chr(cp) for cp in table)
    want = chars.translate(table).lower()
    assert normalise(chars) == want


GATE_WORDS = _words(
    "坐在 坐着 不走 不肯走 不离开 门口 门前 门外 围住 把 堵 路口 车 在 到 去 守 围 "
    "大门 出口 里 上 未 没有 没 无 造成 任何 人员 伤亡 受伤 无人 死亡 遇难 "
    "no one was hurt nobody body killed casualties injuries "
    "我们 工人 们 大家 都 一起 我们是 农民工 his their workers 工会 介入 "
    "union stepped in 推选 代表 elected representatives 简称 “ ” ( ) "
    "公司 厂 集团 IBM LG 几 位 个 名 may day toll to at was treated hospitalised "
    "taken to hospital suffered injuries burns with minor 抢救无效 不治 一名 当场 "
    "a the an worker miner died dead 政府 信访 劳动监察 人社局 , ， 。 today tonight "
    "this morning yesterday last night monday friday jan 5 may 1st 2024 march mar"
)


def test_gates_are_needed_for_every_match() -> None:
    """A word looked for before a pattern is searched is in every text the pattern matches:
    skipping the search where none is changes nothing."""
    # the sampled texts never reach TOLL_EN or ZH_FULL: these two make those checks run
    reached = ["the death toll rose to ", "2024年3月5日工人罢工"]
    assert casualties.TOLL_EN.search(reached[0]) and dates.ZH_FULL.search(reached[1])
    for s in samples(GATE_WORDS, 6000, 5, ["", "", " ", "，", "\n"], 10) + reached:
        if form_phrases.PLACED.search(s):
            assert form_phrases.may_be_placed(s), s
        if classify.NO_HARM.search(s):
            assert classify._may_tell_no_harm(s), s
        if counts._MANY.search(s):
            assert "们" in s or "大家" in s or "workers" in s, s
        if codes_responses.UNION_ACTION.search(s):
            assert "工会" in s or "union" in s, s
        if codes_responses.REPS.search(s):
            assert "代表" in s or "representatives" in s, s
        if casualties.CASUALTY_WORDS.search(s) or casualties.CASUALTY_COUNT.search(s):
            assert casualties.tells_casualties(s), s
        if casualties.KILL_LATER.search(s) or casualties.ONE_WHO_DIED.search(s) or \
                casualties.ONE_DEATH_ZH.search(s) or casualties.ONE_WORKER.search(s):
            assert not s.isascii(), s
        if casualties.HURT_LATER_EN.match(s):
            assert casualties._hurt_later_en(s), s
        if casualties.TOLL_EN.search(s):
            assert "toll" in s, s
        chinese_only = (offices.GOV_OFFICE, dates.ZH_REL_RE)
        if any(p.search(s) for p in chinese_only):
            assert not s.isascii(), s
        if numbers._FEW.search(s):
            assert "几" in s, s
        if dates.EN_DMY.search(s) or dates.EN_MDY.search(s):
            assert any(m in s for m in dates._MON3), s
        if dates.EN_REL.search(s):
            assert any(w in s for w in dates.EN_REL_DAYS), s
        if dates.EN_WEEKDAY.search(s):
            assert any(d in s for d in dates.WEEKDAYS_EN), s
        if dates.EN_HOLIDAY.search(s):
            assert "may day" in s, s
        if dates.ZH_FULL.search(s):
            assert "年" in s, s

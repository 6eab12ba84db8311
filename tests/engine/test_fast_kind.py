"""The kind and term steps' fast forms find exactly what their plain forms find.

- :func:`matcher.scan` takes most keys by a fast path (one term, no block, no word boundary
  to check); checked here against the general reading of every entry of every key.
- CROWD_SPOT is tried only where one of its heads begins (``finditer_at``).
- ``any(w in text for w in WORDS)`` tests written out as ``or`` chains.

Each is checked on sample texts made of the words they look for, at a text's very start and
end, beside near words that must not match.
"""

from __future__ import annotations

import random
from operator import itemgetter

import pytest

from labourmap.engine import classify, form_phrases, matcher, near_misses
from labourmap.engine.matcher import Hit
from labourmap.engine.text import finditer_at


def samples(words: list[str], n: int, seed: int, seps: list[str], most: int) -> list[str]:
    """``n`` texts of 1 to ``most`` words, each word followed by a separator."""
    rng = random.Random(seed)
    return ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, most)))
            for _ in range(n)]


def _plain_scan(norm: str) -> list[Hit]:
    """scan as first written: every entry of every key found read the same way."""
    hits: list[Hit] = []
    blocks: list[tuple[int, int, str]] = []
    n = len(norm)
    for end_idx, (back, _one, _plain, items) in matcher.automaton().iter(norm):
        start, end = end_idx - back, end_idx + 1
        for e in items:
            if e.ascii and e.term[:1].isalnum():
                if start > 0 and matcher._is_word_char(norm[start - 1]):
                    continue
                if e.prefix:
                    while end < n and norm[end].isascii() and norm[end].isalpha():
                        end += 1
                elif end < n and matcher._joins_after(norm, end) and e.term[-1:].isalnum():
                    continue
            if e.cat == "block":
                blocks.append((start, end, e.code))
            else:
                hits.append(Hit(start, end, e.cat, e.code, e.term))
    hits = [h for h in hits if not any(
        bs <= h.start and h.end <= be and cat in ("block", h.cat) for bs, be, cat in blocks)]
    hits.sort(key=itemgetter(1), reverse=True)
    hits.sort(key=itemgetter(0))
    return hits


TERMS = (
    "罢工 停工 集体停工 责令停工 讨薪 讨工资 上访 堵路 爬上塔吊 塔吊上 欠薪 拖欠工资 工人 农民工 "
    "求助 爆炸 死亡 受伤 坍塌 工会 strike strikes striking strik struck protest protesters "
    "protested workers worker unpaid wages died killed injured blockade blockaded the gate "
    "march marched marching marchand mar 1st 3月 ab a1 x- 's 停 工 罢 讨 薪"
)


@pytest.mark.parametrize("text", [
    "罢工", "集体停工", "责令停工三天", "strike", "strikes!", "a strike", "xstrike", "strikex",
    "3strike", "strike3", "striking workers", "工人罢工讨薪，爬上塔吊", "workers' strike",
    "", "停", "the workers marched", "protest*",
])
def test_scan_edges(text: str) -> None:
    assert matcher.scan(text) == _plain_scan(text)


def test_scan_is_the_plain_reading() -> None:
    words = TERMS.split()
    for s in samples(words, 3000, 11, ["", "", " ", "，", "'", "-", "2", "a"], 8):
        assert matcher.scan(s) == _plain_scan(s), s


CROWD_WORDS = (
    "聚了 聚了有 聚在 聚到 门口 门前 门外 楼下 站在 站到 围在 围到 围 站 聚 门 楼 在 到 了 有 "
    "现在 已经 还 又 围了 站了 来了 三十 五六十 一百 几 数 12 多 余 来 个 名 号 人 位 "
    "马路 大街 街 上 等 打车 拦车 聊 讨薪 ， 。 ；"
)


CROWDS = ["楼下三十多人", "门口聚了一百多个人", "聚了五六十个", "站在马路上讨薪", "围到大街上",
          "门前12人", "门外现在有几十人", "聚到了大街上", "楼下站了数百人，站在大街上", "门口人",
          "站在马路上等车"]


def test_crowd_spot_tried_at_its_heads() -> None:
    words = CROWD_WORDS.split()
    pat, starts = form_phrases.CROWD_SPOT, classify._CROWD_SPOT_STARTS
    edges = CROWDS + ["讨薪" + c for c in CROWDS] + [c + "。" for c in CROWDS]
    for s in edges + samples(words, 6000, 5, ["", "", "", " ", "，"], 10):
        plain = [(m.span(), m.lastgroup) for m in pat.finditer(s)]
        assert [(m.span(), m.lastgroup) for m in finditer_at(pat, starts, s)] == plain, s


NO_HARM_WORDS = ("伤亡", "受伤", "no one was", "no body was", "nobody was", "no casualties",
                 "no injuries")


@pytest.mark.parametrize("text", [
    "伤亡", "无人受伤。", "no one was hurt", "nobody was", "xno casualties", "no injuries",
    "伤", "亡", "受 伤", "no one wa", "noone was", "no body", "no casualty", "", "没有人员伤亡",
])
def test_no_harm_gate_is_any_word(text: str) -> None:
    assert classify._may_tell_no_harm(text) == any(w in text for w in NO_HARM_WORDS)


class _Home:
    """What at_home reads of a post: its cues counted and its text."""

    def __init__(self, norm: str) -> None:
        self.norm = norm

    def cue_counts(self) -> dict[str, int]:
        return {}


@pytest.mark.parametrize("text", [
    "居民楼内发生燃气爆炸", "出租屋起火", "家中起火", "家里着火了", "住宅楼里发生爆炸", "民宅失火",
    "住户家中爆炸", "工厂发生爆炸", "居 民楼内发生爆炸", "出租车起火", "", "家里",
])
def test_home_words_written_out(text: str) -> None:
    expected = (any(w in text for w in near_misses._HOME_WORDS)
                and near_misses.AT_HOME.search(text) is not None)
    assert near_misses.at_home(_Home(text)) == expected  # type: ignore[arg-type]

"""Round 21, speed: the helpers that make searches cheaper without changing what they find."""

from __future__ import annotations

import random
import re

import pytest

from labourmap.engine.form_told import _EN_KEYS
from labourmap.engine.leads import first_class, lead
from labourmap.engine.offices import petitions


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"不只|不仅|\bnot (?:just|only)\b", "[不n]"),
        (r"(?:已|当即)?(?:责令|督促)", "[已当责督]"),
        (r"(?<=\d)x|[a-c]y", "[xa-c]"),
        (r"\d+人", r"[\d]"),
    ],
)
def test_first_class(pattern: str, expected: str) -> None:
    assert first_class(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"a?", r"x*|y", r".b", r"[^a]b", r"(?:a|)b?", "(?i)ab", r"(?x) a b", r"(?i:a)b", r"\bb?"],
)
def test_no_first_class(pattern: str) -> None:
    """A match that may be empty or begin with any character, ignored case, a verbose pattern."""
    p = re.compile(pattern)
    assert first_class(p) is None
    assert lead(p) is p


@pytest.mark.parametrize(
    "pattern",
    [
        r"被[^，]{0,4}?(?:押|带)上车|带(?:去|到)[^，]{0,4}?做笔录|\btook away (?:\w+ )?workers\b",
        r"(?:系|是)[^，]{0,6}?旧(?:视频|闻)|未发生(?:任何)?事故|\b(?:is|was) old video\b",
        r"(?<![要想])(?:一起|集体)?走(?:到|去)(?P<to>政府|局)",
        r"\s?(?:-|\])x|\\y|\^z",
    ],
)
def test_lead_finds_the_same(pattern: str) -> None:
    p = re.compile(pattern)
    q = lead(p)
    assert q is not p and q.pattern.startswith("(?=[")
    alphabet = list("被押带上车去到做笔录系是旧视频闻未发生任何事故要想一起集体走政府局，x-]\\^yz ")
    alphabet += ["took away ", "workers", "was old video", "is ", "this "]
    rng = random.Random(21)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        old = [(m.span(), m.groups(), m.lastgroup) for m in p.finditer(text)]
        assert [(m.span(), m.groups(), m.lastgroup) for m in q.finditer(text)] == old, text
        assert bool(q.search(text, 1)) == bool(p.search(text, 1))


def test_english_keys_held_by_every_match() -> None:
    """Each English pattern of form_told is tried only where the text holds one of its words:
    every match holds one."""
    samples = [
        "workers went back to the site to collect their unpaid wages",
        "they crowded into the sales office", "spent the night in the lobby of the building",
        "marched on the provincial government", "hurled stools at riot police",
        "took their case to the city government", "staff took collective sick leave",
        "bus services across the city stopped on monday as drivers gathered",
    ]
    found = 0
    for pattern, keys in _EN_KEYS.items():
        for text in samples:
            for m in pattern.finditer(text):
                found += 1
                assert any(k in m.group() for k in keys), (pattern.pattern, m.group())
    assert found >= len(_EN_KEYS)


def test_petitions_cached_copy() -> None:
    """The petitions are read once per text; each caller gets its own list."""
    first = petitions("工人们到县信访局反映")
    assert first == [(3, 7)]  # (from the motion verb to the office)
    first.append((0, 0))
    assert (0, 0) not in petitions("工人们到县信访局反映")

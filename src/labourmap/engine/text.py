"""A normalised copy of a post's text, the same length as the original, character for character.

Every rule runs on the normalised copy (Simplified Chinese, half-width digits and letters,
lower case), so an offset found there is an offset in the original text: evidence spans are
always taken on the original. Traditional→Simplified uses OpenCC's character table (first
candidate per character), which is 1:1 by construction; phrase-level conversions that would
change the length are never applied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    path = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                continue
            src, dst = parts[0], parts[1].split(" ")[0]
            if len(src) == 1 and len(dst) == 1:
                table[ord(src)] = dst
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = chr(cp - 0xFEE0).lower()
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ord(ch)] = ch.lower()
    table[0x3000] = " "
    table.update(
        {
            ord("「"): "“",
            ord("」"): "”",
            ord("『"): "“",
            ord("』"): "”",
            ord("〇"): "零",
            ord("兩"): "两",
            ord("％"): "%",
        }
    )
    # characters OpenCC maps to a variant we do not want for matching
    table[ord("著")] = "着"
    table[ord("於")] = "于"
    return table


@cache
def _by_code() -> list[str | int]:
    """The table as a list indexed by code point (each character not in it maps to itself),
    up to the highest one it holds: ``str.translate`` looks a list up much faster than a dict
    that lacks most characters, and gives the same text (past the end: unchanged)."""
    table = _table()
    seq: list[str | int] = list(range(max(table) + 1))
    for cp, ch in table.items():
        seq[cp] = ch
    return seq


def normalise(text: str) -> str:
    """Simplified, half-width, lower-case; ``len(normalise(t)) == len(t)`` always."""
    out = text.translate(_by_code())
    if len(out) != len(text):  # pragma: no cover - the table maps one character to one
        out = "".join(c.translate(_table())[:1] or c for c in text)
    lowered = out.lower()
    if len(lowered) == len(out):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out)


CJK_PUNCT = "，。；！？、：,.;!?:\n"
#: English month names, as normalised text writes them (lower case)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
#: English ordinals, one to twenty-five, written as one word ("twentyfirst", as names are compacted)
ORDINALS = {
    w: i
    for i, w in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond",
         "twentythird", "twentyfourth", "twentyfifth"),
        1,
    )
}
SENTENCE_END = "。；！？!?\n"


def sentence_bounds(norm: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding ``pos`` (split on 。；！？ and newlines;
    '. ' for English)."""
    start = pos
    while start > 0:
        c = norm[start - 1]
        if c in SENTENCE_END or (c == "." and start < len(norm) and norm[start] == " "):
            break
        start -= 1
    end = pos
    while end < len(norm):
        c = norm[end]
        if c in SENTENCE_END or (c == "." and (end + 1 >= len(norm) or norm[end + 1] == " ")):
            break
        end += 1
    return start, end


_HASHTAG = re.compile(r"#[^#\n]{1,30}#")


def hashtags(norm: str) -> list[tuple[int, int]]:
    """The [start, end) of every #topic# tag: a label for the post, not a report of an act."""
    return [m.span() for m in _HASHTAG.finditer(norm)] if "#" in norm else []


def each(words: str, rest: str) -> str:
    """``(?:a|b)rest`` written ``arest|brest``: the same matches in the same order, and a
    pattern whose every branch begins with a fixed character lets a search skip to them."""
    return "|".join(w + rest for w in words.split("|"))


def at_word_start(words: Iterable[str]) -> str:
    """``\\b(?:w1|w2…)`` for words that begin with a letter (each may hold a pattern's syntax
    after it), written as the words' first letters, not after a word character, then each word's
    rest after its letter: the same matches, and a search skips to the letters and tries the
    words only where a word begins."""
    words = list(words)
    firsts = "".join(dict.fromkeys(w[0] for w in words))
    rests = "|".join(f"(?<={w[0]}){w[1:]}" for w in words)
    return rf"[{firsts}](?<!\w.)(?:{rests})"


def word_starts(words: Iterable[str], *, digits: bool = False) -> re.Pattern[str]:
    """Where one of ``words`` (each beginning with a letter) may begin, not after a word
    character; with ``digits``, also any digit there. A pattern that begins with a character
    class, which a search skips to quickly: the ``starts`` of :func:`finditer_at`."""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    branches = [r"(?<=\d)"] if digits else []
    branches += [f"(?<={re.escape(c)})(?:{'|'.join(r)})" for c, r in rests.items()]
    firsts = "".join(re.escape(c) for c in rests) + (r"\d" if digits else "")
    return re.compile(rf"[{firsts}](?<!\w\w)(?:{'|'.join(branches)})")


def finditer_at(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``starts`` matches: the same
    matches when every match of ``pattern`` begins at a match of ``starts`` and none is empty.
    For patterns that begin with a word boundary or a look-behind, which a search would try at
    every character; ``starts`` begins with a character class, which a search skips to."""
    pos = 0
    while (s := starts.search(text, pos)) is not None:
        at = s.start()
        m = pattern.match(text, at)
        if m is None:
            pos = at + 1
        else:
            yield m
            pos = m.end()


def gap_starts(
    words: Iterable[str], *, digits: bool = False
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For :func:`finditer_gaps`: ``word_starts(words, digits=digits)`` (where one of the words,
    each beginning with a letter, or with ``digits`` a digit, begins not after a word character),
    and a pattern of a character that is no word character with (looked at, not taken) a digit
    or one of the words after it."""
    words = list(words)
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    branches = ([r"\d"] if digits else []) + [f"{re.escape(c)}(?:{'|'.join(r)})" for c, r in rests.items()]
    return word_starts(words, digits=digits), re.compile(rf"\W(?={'|'.join(branches)})")


def finditer_gaps(
    pattern: re.Pattern[str], first: re.Pattern[str], gap: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``finditer_at(pattern, first, text)`` for the two patterns of :func:`gap_starts`:
    ``pattern`` tried at the text's start where ``first`` matches there, then one character past
    each gap. The same places (past the first character, a word begins not after a word
    character where a non-word character stands before it), found faster in English text: a
    search skips to the gaps between words, where ``first`` stops at nearly every letter to look
    behind it. After a match the next gap is looked for from its last character, so that a
    start right after a match that ends on a stop ("on wed.") is tried too."""
    pos = 0
    if first.match(text) is not None:
        m = pattern.match(text)
        if m is not None:
            yield m
            pos = m.end() - 1
    while (g := gap.search(text, pos)) is not None:
        at = g.end()
        m = pattern.match(text, at)
        if m is None:
            pos = at
        else:
            yield m
            pos = m.end() - 1

"""One Aho-Corasick pass over a post finds every lexicon term, with its span."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from labourmap.engine import lexicon
from labourmap.engine.automaton import Automaton

TABLES: dict[str, lexicon.Table] = {
    "form": lexicon.FORMS,
    "industry": lexicon.INDUSTRY,
    "demand": lexicon.DEMANDS,
    "owner": lexicon.OWNERSHIP,
    "response": lexicon.RESPONSES,
    "accident": lexicon.ACCIDENT_TYPE,
    "cue": lexicon.CUES,
}


# (cat, code, term) of each entry that is a term, and the code of each that blocks
Plain = tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]


_START, _END = itemgetter(0), itemgetter(1)  # a Hit's start and end


class Hit(NamedTuple):
    """A lexicon term found at [start, end) of the normalised text."""

    start: int
    end: int
    cat: str
    code: str
    term: str


@dataclass(frozen=True)
class _Entry:
    cat: str
    code: str
    term: str
    ascii: bool
    prefix: bool


def _is_word_char(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in "'")


def _joins_after(norm: str, i: int) -> bool:
    """The character at ``i``, just after a term, continues its word: a Latin letter or digit,
    or an apostrophe with a letter or digit after it (the firm's); an apostrophe that closes a
    quotation does not ("calling for 'fair compensation'"). (Before a term an apostrophe still
    joins: 'We … opens quoted speech, no first person of the post.)"""
    c = norm[i]
    if c != "'":
        return _is_word_char(c)
    return i + 1 < len(norm) and norm[i + 1].isascii() and norm[i + 1].isalnum()


@cache
def automaton() -> Automaton:
    entries: dict[str, list[_Entry]] = {}

    def add(key: str, entry: _Entry) -> None:
        entries.setdefault(key, []).append(entry)

    for cat, table in TABLES.items():
        for code, terms in lexicon.terms(table).items():
            for term in terms:
                prefix = term.endswith("*")
                key = term.rstrip("*")
                add(key, _Entry(cat, code, term, key.isascii(), prefix))
    for term in lexicon.BLOCK:
        add(term, _Entry("block", "block", term, term.isascii(), False))
    for term in lexicon.BLOCK_FORMS:
        add(term, _Entry("block", "form", term, term.isascii(), False))
    return Automaton((key, _value(key, items)) for key, items in entries.items())


def _value(
    key: str, items: list[_Entry]
) -> tuple[int, tuple[str, str, str] | None, Plain | None, tuple[_Entry, ...]]:
    """What a key found gives: its length less one (an end index less it is the start), then,
    where no entry needs its word boundaries checked (the key does not begin with a Latin
    letter or digit), (cat, code, term) of its one term when it is one term and blocks nothing
    (most keys: the fast path of :func:`scan`), else (cat, code, term) of each term and the
    code of each block; and its entries."""
    checked = key.isascii() and key[:1].isalnum()
    plain = None if checked else (
        tuple((e.cat, e.code, e.term) for e in items if e.cat != "block"),
        tuple(e.code for e in items if e.cat == "block"),
    )
    one = plain[0][0] if plain is not None and len(plain[0]) == 1 and not plain[1] else None
    return len(key) - 1, one, None if one else plain, tuple(items)


def scan(norm: str) -> list[Hit]:
    """Every term of the lexicon found in normalised text, minus those inside a BLOCK phrase
    (and forms inside a BLOCK_FORMS phrase)."""
    hits: list[Hit] = []
    blocks: list[tuple[int, int, str]] = []  # (start, end, the category blocked or "block")
    n = len(norm)
    new = tuple.__new__  # (a Hit made without the call to its __new__: the same tuple)
    append = hits.append
    for end_idx, (back, one, plain, items) in automaton().iter(norm):
        if one is not None:  # (start, end) + (cat, code, term): the Hit the loop below makes
            append(new(Hit, (end_idx - back, end_idx + 1) + one))
            continue
        start = end_idx - back
        end = end_idx + 1
        if plain is not None:
            terms, blocking = plain
            for cat, code, term in terms:
                append(new(Hit, (start, end, cat, code, term)))
            for code in blocking:
                blocks.append((start, end, code))
            continue
        for e in items:
            if e.ascii and e.term[:1].isalnum():
                if start > 0 and _is_word_char(norm[start - 1]):
                    continue
                if e.prefix:
                    while end < n and norm[end].isascii() and norm[end].isalpha():
                        end += 1
                elif end < n and _joins_after(norm, end) and e.term[-1:].isalnum():
                    continue
            if e.cat == "block":
                blocks.append((start, end, e.code))
            else:
                append(Hit(start, end, e.cat, e.code, e.term))
    if blocks:
        hits = [
            h
            for h in hits
            if not any(
                bs <= h.start and h.end <= be and cat in ("block", h.cat) for bs, be, cat in blocks
            )
        ]
    hits.sort(key=_END, reverse=True)  # (by start, then the longest first: two stable sorts)
    hits.sort(key=_START)
    return hits

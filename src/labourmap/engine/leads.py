"""Patterns that a search skips through fast.

A search tries a pattern at every character of the text. A pattern made of many branches, one
that begins with a group, a word boundary or a look-behind, is tried branch by branch at each
character, though most characters can begin none of them. :func:`lead` puts before such a
pattern a look-ahead for the characters its matches can begin with (worked out from the
pattern itself, so a branch added later is never missed): one test rules a character out.
The matches are the same, at the same places, with the same groups.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of the standard library's re (private: where it moves, patterns stay as written)
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    C = _parser = None

_CATEGORIES = {} if C is None else {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = set() if C is None else {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
_WIDTHLESS = set() if C is None else {C.AT, C.ASSERT, C.ASSERT_NOT}


class _Unknown(Exception):
    """A match may begin with any character (or none)."""


def _set_items(items: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated set, a charset already compiled
            raise _Unknown
    return out


def _firsts(seq: Any) -> tuple[list[str], bool]:
    """The set's items that a match of ``seq`` may begin with, and whether it may be empty."""
    out: list[str] = []
    for op, av in seq:
        if op in _WIDTHLESS:
            continue  # (a look-around or an anchor takes no character: the next item begins)
        if op is C.LITERAL:
            return [*out, re.escape(chr(av))], False
        if op is C.IN:
            return [*out, *_set_items(av)], False
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Unknown
            firsts, empty = _firsts(av[-1])
        elif op is C.BRANCH:
            firsts, empty = [], False
            for alt in av[1]:
                f, e = _firsts(alt)
                firsts += f
                empty = empty or e
        elif op in _REPEATS:
            firsts, empty = _firsts(av[2])
            empty = empty or av[0] == 0
        elif op is getattr(C, "ATOMIC_GROUP", None):
            firsts, empty = _firsts(av)
        else:  # any character, a negated literal, a back-reference
            raise _Unknown
        out += firsts
        if not empty:
            return out, False
    return out, True


def first_class(pattern: re.Pattern[str]) -> str | None:
    """A character class (``[...]``) holding every character a match of ``pattern`` can begin
    with; None where that cannot be told (a match may be empty or begin with any character, the
    pattern ignores case or is verbose)."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        firsts, empty = _firsts(_parser.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return None
    if empty or not firsts:
        return None
    return "[" + "".join(dict.fromkeys(firsts)) + "]"


def lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for :func:`first_class` before it (itself where there is none)."""
    firsts = first_class(pattern)
    if firsts is None:
        return pattern
    return re.compile(f"(?={firsts})(?:{pattern.pattern})", pattern.flags)

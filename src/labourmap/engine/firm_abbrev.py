"""A numbered firm's short name, for :func:`~labourmap.engine.cluster.same_employer`.

A state builder's units are numbered, and its workers and the press shorten the name by
taking a character of each word and keeping the number: 中化十一建 for 中国化学工程第十一建设,
中交二航 for 中交第二航务工程局, 中冶十七冶 for 中国冶金科工第十七冶金建设. :func:`abbreviates`
reads that: the short name (four to seven characters, with a number) begins with the full
name's first character, its characters stand in the full name in their order, and its number
stands there whole (十一 of 第十一, not of 第十三 nor of 第一百十一).

Not read: a short name with no number (中化, 中建: a group of many units, and two characters
of a long name are found in order in many another), nor a number that differs (中铁十局 and
中铁十一局: two units).
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"[一二三四五六七八九十百]+")
MIN_SHORT = 4
MAX_SHORT = 7


def number_mark(name: str) -> str | None:
    """The first character and the number of a short numbered name (中化十一建: 中十一), or of
    a full one; what both are filed under for the linker (``blocking``). None without a
    number or a Chinese first character."""
    found = _NUMBER.search(name)
    if found is None or not ("\u4e00" <= name[0] <= "\u9fff") or found.start() == 0:
        return None
    return name[0] + found.group()


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` (中化十一建) is ``full`` (中国化学工程第十一建设) shortened: its first
    character, its characters in order, and its number whole."""
    if len(short) > len(full):
        short, full = full, short
    if not (MIN_SHORT <= len(short) <= MAX_SHORT) or len(full) < len(short) + 2:
        return False
    mark = number_mark(short)
    if mark is None or mark != number_mark(full) or short[0] != full[0]:
        return False
    if mark[1:] not in _NUMBER.findall(full):  # the number whole, not a part of another
        return False
    rest = iter(full)
    return all(c in rest for c in short)  # its characters in order

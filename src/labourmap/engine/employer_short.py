"""A public body that only signs a statement (…教育局 on a line of its own,
教育局关于…的情况说明) is the statement's author, not the workers' employer."""

from __future__ import annotations

import re

_STATEMENT = re.compile(r"关于[^。\n]{2,40}?的(?:情况说明|通报|说明|通告|公告|回复)")


def signs_only(norm: str, start: int, end: int) -> bool:
    """Whether a public body (…局) is named only as a statement's author: alone on its line,
    or heading the statement's title (X局关于…的情况说明)."""
    if not norm.endswith("局", 0, end):
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", end)
    line_end = len(norm) if line_end < 0 else line_end
    if norm[line_start:start].strip() == "" and norm[end:line_end].strip() == "":
        return True
    return bool(_STATEMENT.match(norm, end))

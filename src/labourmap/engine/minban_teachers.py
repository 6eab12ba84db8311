"""民办教师, the community-paid teachers of the old village schools: a kind of teacher in the
public school system, not a teacher of a private (民办) school. Their protests (被辞退的民办教师
到省教育厅上访) are against the state, so 民办 there says nothing of a private owner, while
民办学校的教师 and 学校（民办）的老师 still do."""

from __future__ import annotations

import re

# 民办教师, 民办代课教师, 原民办、代课和幼儿教师: 民办 naming the teacher, perhaps in a list of kinds
_MINBAN_TEACHER = re.compile(
    r"民[办辦](?:[、,，和及与]?(?:代课|代課|幼儿|幼兒)(?:和|及|与|、)?)*(?:教师|教師|老师|老師)"
)


def minban_teacher(norm: str, start: int) -> bool:
    """Whether the 民办 at ``start`` names a 民办教师 (村里的民办教师 → the teacher's kind, no owner)."""
    return _MINBAN_TEACHER.match(norm, start) is not None

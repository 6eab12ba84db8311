"""An owner who fled: the wages he left unpaid are the claim.

A boss who ran off (老板跑了, 老板卷款跑路, 负责人失联, 韩国籍负责人离境, "after its owners fled",
"the owner vanished") leaves his workers' wages behind: where the post names no wages owed in
other words (两个月工资加起来将近八十万, 工人们围在村委门口), the crowd claims them. Not where an
injury or a disease is the claim (煤窑已关闭、老板失联，无法做工伤认定: the boss is gone from
the injury's claim), nor where the owner is told back (老板跑了又回来了).
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.words_in import holds_any

_S = "，,。；;！!？?"
FLED = re.compile(
    rf"(?:老板|老闆|负责人|厂长|老总|法人|业主)[^{_S}]{{0,6}}?"
    rf"(?:跑了|跑路|卷款|卷钱|失联|走佬|不见了|离境|逃(?:跑|走|了|回|到|往)|连夜跑)(?![^{_S}]{{0,4}}?(?:回来|找到|抓到|露面))|"
    r"\b(?:owners?|boss(?:es)?|bosses|proprietors?)\b (?:had |has |have )?(?:vanished|fled|disappeared|absconded|"
    r"went missing|gone missing|skipped town)\b"
)
_WORDS = ("老板", "老闆", "负责人", "厂长", "老总", "法人", "业主", "owner", "boss", "proprietor")
# the claim is the injury or the disease: the owner fled from it, not from wages
_HURT = ("injury_compensation",)


def boss_fled(doc: Doc) -> None:
    """Add wage_arrears where the owner fled and no wages owed are told otherwise."""
    found = doc.out.sets.get("demands", [])
    if any(f.value in ("wage_arrears", *_HURT) for f in found):
        return
    norm = doc.norm
    if not holds_any(norm, _WORDS):
        return
    m = FLED.search(norm)
    if m is not None:
        doc.add("demands", "wage_arrears", (m.span(),), 0.5)

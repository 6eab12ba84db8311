"""A school run as a business: a training school, a tutoring centre or an education firm
(星光培训学校, 明德教育, 育人学堂). It answers to the market, not to the education bureau, so
neither the bureau its teachers went to (去区教育局反映) nor its trade (education) makes its
owner the government."""

from __future__ import annotations

import re

# the employer's name ends in a business's word for teaching: X培训学校, X教育（公司）, X学堂
_TUTORING = re.compile(
    r"(?:培训|培訓|补习|補習|辅导|輔導|教育|学堂|學堂)"
    r"(?:学校|學校|中心|机构|機構|科技|咨询|諮詢|有限公司|公司|集团|集團)*$"
)


def tutoring_firm(norm: str, employer: tuple[int, int]) -> bool:
    """Whether the employer's name is a school run as a business (博学培训学校, 明德教育)."""
    name = norm[employer[0] : employer[1]]
    return len(name) > 3 and _TUTORING.search(name) is not None


# 启学教育突然关门了, 优学堂说倒就倒: a teaching business named, then shut (no bureau, no 学校)
_SHUT_TUTOR = re.compile(
    r"[\u4e00-\u9fff]{1,3}(?:教育|学堂)(?![局部厅委])(?:科技)?(?:有限公司|公司)?[^\n。，,]{0,4}?"
    r"(?:突然|说倒就倒|倒了|倒闭|关门|闭店|跑路|暴雷|爆雷)"
)


def shut_tutor(norm: str) -> bool:
    """A teaching business named and told shut, where the post names no school (学校)."""
    if "教育" not in norm and "学堂" not in norm or "学校" in norm:
        return False
    return _SHUT_TUTOR.search(norm) is not None

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

"""A software or internet firm called a 厂 (互联网大厂, 做SaaS的小厂): slang for a tech company,
no factory."""

from __future__ import annotations

import re

# what such a firm does, told just before the 厂 that names it (一家互联网大厂, 做软件的小厂)
_TECH = re.compile(r"(?:互联网|saas|软件|游戏|app|网游|电商)[^，,。；;！!？?\s]{0,3}$", re.IGNORECASE)


def tech_plant(norm: str, start: int) -> bool:
    """Whether the 厂 at start is an internet or software firm ("在一家互联网大厂干了七年",
    "公司是做SaaS的小厂"), not a plant: its trade is none of a factory's."""
    return _TECH.search(norm, max(0, start - 8), start) is not None

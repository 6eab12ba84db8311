"""Demands in everyday wording that the lexicon's fixed words miss.

- Wages pursued with the months or the sum between the verb and the word: 追讨去年十二月至今年
  三月的工资, 讨要拖欠了好几年的工资 (wage_arrears); and in English wages told late: "their wages
  are late", "wages were delayed for two months", "delayed pay" (wage_arrears).
- One day off in many: 上十五天班歇一天, 工作15天才能休息1天, 干二十天才休一天 (hours_overtime).
- Pay not risen or being cut: 工资未涨, 工資未漲, "cutting monthly pay from 2,600 yuan" (pay).
- Wages with no word of when they come: 工资还是没个准话, 三个月工资不给个说法, 工钱没着落
  (wage_arrears; not a rise, 涨工资的事没个准话).
- The firm gone under with a word between: 厂子直接倒了, 公司突然倒了, "after the company collapsed"
  (relocation_closure; a building's fall is 厂房, and a doubting 就这么倒了？ is no closure told).
"""

from __future__ import annotations

import re

from labourmap.engine.demand_rivals import TOLD_RIVALS
from labourmap.engine.demand_settled import TOLD_SETTLED
from labourmap.engine.demand_shifts import TOLD_SHIFTS
from labourmap.engine.demand_treated import TOLD_TREATED

_S = "，,。；;！!？?"
# a verb of pursuing, then (no rise asked for) the wages within the clause
PURSUED = re.compile(
    rf"(?:追讨|追討|讨要|討要|讨回|討回|索要|索讨|索討|讨还|討還)[^{_S}涨漲提加]{{1,20}}?(?:工资|工資|工钱|工錢|薪水|薪金)"
)
LATE = re.compile(
    r"\b(?:wages?|pay|salar(?:y|ies))\b (?:\w+ ){0,2}?(?:are|were|is|was|have been|had been|has been|being) "
    r"(?:\w+ )?(?:late|delayed|overdue)\b|\b(?:late|delayed|overdue) (?:wages?|pay|salar(?:y|ies))\b"
)
_N = r"(?:\d{1,2}|[一二三四五六七八九十两兩]{1,3})"
ONE_DAY_OFF = re.compile(rf"{_N}天(?:班)?(?:才能?|只能?|就)?(?:休息|休|歇)(?:一|1)天")
NOT_RISEN = re.compile(r"(?:工资|工資|薪水|薪资|薪資|待遇)[^，,。；;]{0,3}?(?:未涨|未漲|未上涨|未上漲|未见涨|未見漲)")
CUTTING = re.compile(r"\bcutting (?:their |its |workers' |the )?(?:monthly |basic |base |hourly )?(?:pay|wages?|salar(?:y|ies))\b")
NO_WORD = re.compile(
    rf"(?<![涨漲加提])(?:工资|工資|工钱|工錢|薪水|薪资|薪資)[^{_S}涨漲提加]{{0,8}}?(?:还是|還是|也|都|一直|到现在|到現在)?"
    r"(?:没个准话|沒個準話|没有准话|沒有準話|不给个说法|不給個說法|没个说法|沒個說法|没着落|沒著落|没有着落|沒有著落)"
)
FELL = re.compile(
    r"(?:厂子|廠子|工厂|工廠|公司|企业|企業|(?<![房车車])厂|(?<![房车車])廠)"
    r"(?:直接|突然|一下子|一夜之间|一夜之間|就这么|就這麼|说|說)(?:倒就)?倒了(?![？?下塌])|"
    r"\b(?:after|when|as|since) the (?:company|firm|employer|business) (?:had )?(?:collapsed|went bust|went under)\b"
)
TOLD_WORDING = (
    (PURSUED, "wage_arrears", ("追讨", "追討", "讨要", "討要", "讨回", "討回", "索要", "索讨", "索討", "讨还", "討還")),
    (LATE, "wage_arrears", ("late", "delayed", "overdue")),
    (ONE_DAY_OFF, "hours_overtime", ("休", "歇")),
    (NOT_RISEN, "pay", ("未涨", "未漲", "未上涨", "未上漲", "未见涨", "未見漲")),
    (CUTTING, "pay", ("cutting",)),
    (NO_WORD, "wage_arrears", ("准话", "準話", "说法", "說法", "着落", "著落")),
    (FELL, "relocation_closure", ("倒了", "collapsed", "went bust", "went under")),
    *TOLD_RIVALS,  # 收回出租车经营权, 抵制网约车: other
    *TOLD_SHIFTS,  # 每班延长到12个半小时, 早晚班往后推: hours_overtime
    *TOLD_TREATED,  # "the same treatment as regular teachers": pay
    *TOLD_SETTLED,  # "their daily pay has not been settled": wage_arrears
)

"""Shifts made longer or moved: a claim about the hours (hours_overtime).

- A shift lengthened to a count of hours: 每班从8小时延长到12个半小时, 把班次由10小时延长到12小时,
  "extended their shifts to twelve hours".
- The hours of a shift moved: 早晚班往后推半小时, 延后上班时间, 下班时间推迟 (not the pay day moved,
  发工资时间延后, which is read as pay elsewhere).
- A working day counted with a half hour: 一天干十二个半钟头, 每天工作十一个半小时 (the plain
  count, 一天干14个小时, is read elsewhere).
"""

from __future__ import annotations

import re

_S = "，,。；;！!？?"
_N = r"(?:\d{1,2}|[一二两兩三四五六七八九十]{1,3})"
_LONG = r"(?:1\d|2[0-4]|十[一二三四五六七八九]?)"
_SHIFT = r"(?:每班|一班|班次|早晚班|早班|晚班|夜班|白班|上班时间|上班時間|下班时间|下班時間|工作时间|工作時間|工时|工時)"
LONGER = re.compile(
    rf"{_SHIFT}[^{_S}]{{0,8}}?(?:延长|延長|加长|加長)(?:到|至|为|為){_N}个?半?(?:小时|小時|钟头|鐘頭)|"
    rf"{_SHIFT}[^{_S}、薪资钱資錢贴貼]{{0,4}}?(?:往后推|往後推|推后|推後|延后|延後|推迟|推遲|提前)|"
    r"(?:延后|延後|推迟|推遲|延长|延長)(?:了)?(?:上班|下班|工作)(?:时间|時間)|"
    r"\b(?:extend|lengthen)(?:s|ed|ing)? (?:their |the |its |workers' )?(?:shifts?|working day)\b"
)
HALF_HOURS = re.compile(
    rf"(?:一天|每天|天天|每班)(?:要|得|都|却|還|还)?(?:干|幹|做|工作|上班|站|扫|掃){_LONG}个半(?:小时|小時|钟头|鐘頭)"
)
TOLD_SHIFTS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (LONGER, "hours_overtime", ("班", "工时", "工時", "时间", "時間", "extend", "lengthen")),
    (HALF_HOURS, "hours_overtime", ("个半",)),
)

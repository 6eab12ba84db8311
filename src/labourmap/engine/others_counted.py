"""Head counts of people who are not those acting, read by :func:`labourmap.engine.counts.
participants` before it takes a number for the crowd:

1. those laid off or to be (裁减数千人, "plans to lay off 3,000 workers");
2. those who signed an appeal online (1800人签名, "nearly 1,800 people have signed");
3. those taken to hospital ("three workers were taken to hospital", 3名工人被送往医院);
4. those who led (带头的两个兄弟, 领头的三名工人): the few who led, told apart from the crowd;
5. in a call for help, all the workers a firm owes (拖欠700多名农民工工资, "owed more than 700
   migrant workers"): the caller speaks for himself, not for them — unless the call is made by
   the workers' representatives (员工代表发出求助, "worker reps have put out an appeal"), who
   speak for all of them;
6. those who dare not act (车间里几十个人都不敢出声, 十几个工友敢怒不敢言): counted, but silent;
7. those taken away, the verb told first (带走了六个工友, 又抓了三个骑手): detained, not the
   crowd; and in English those punished ("blacklisted six riders", "suspended 15 drivers");
8. in a call for help made for a relative, the workmates the relative went with (我老公和二十几个
   老乡去……, 丈夫与十多名工友, "her son, one of about twenty welders"): the call speaks for one;
9. those the actors say are owed, a crowd counted before (see :mod:`labourmap.engine.owed_said`).

Digits in Chinese text (要辞退58名员工) are read by the Chinese rules as well as the English ones.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Quantity
from labourmap.engine.owed_said import said_owed

LAID_OFF_ZH = re.compile(
    r"(?:裁减|裁员|裁掉|裁撤|辞退|解雇|开除|遣散|买断)(?:了|掉)?(?:约|近|超过)?$"
)
LAID_OFF_EN = re.compile(
    r"\b(?:lay off|lays off|laid off|laying off|cut|cuts|cutting|dismiss|dismissed|dismissing|"
    r"fire|fired|firing|sack|sacked|sacking|shed|shedding|axe|axed|axing|"
    # "blacklisted six riders who organised…": those punished, not the crowd
    r"blacklist|blacklisted|blacklisting|suspend|suspended|suspending|deactivated|deactivating|"
    r"banned|penali[sz]ed|punished)\s+(?:its |the )?$"
)
# 带走了六个工友, 又抓了三个骑手, 派出所扣押了八名司机: those taken away, the verb first
TAKEN_BEFORE_ZH = re.compile(r"(?:带走|抓走|抓了|抓获|拘留|扣押|押走|拖走|拉走|铐走|拘走)(?:了)?(?:约|近)?$")
# 我老公和二十几个老乡, 她丈夫刘某与十多名工友: the relative the call is made for, and those he went with
WENT_WITH_ZH = re.compile(
    r"(?:老公|丈夫|爱人|父亲|爸爸|我爸|儿子|哥哥|弟弟|表哥|舅舅)[\u4e00-\u9fff]{0,3}?(?:和|与|跟|同)$"
)
# "her son, one of about twenty welders": one among them
ONE_OF_EN = re.compile(r"\bone of (?:the )?$")
SIGNED_EN = re.compile(
    r"^\s+(?:(?:people|netizens|users|supporters|others)\s+)?(?:have |had |has )?"
    r"(?:signed|co-signed)\b"
)
SIGNED_ZH = re.compile(r"(?:多|余)?(?:人|名网友|位网友|个网友|网友)(?:联名|联署|签名|转发|点赞)")
HOSPITAL_EN = re.compile(
    r"^[^.;,]{0,30}?\b(?:(?:were|was|have been|had been) (?:taken|rushed|sent|admitted) to hospital|"
    r"(?:were|was|have been|had been) hospitali[sz]ed|(?:are|were|remain) in hospital)"
)
HOSPITAL_ZH = re.compile(
    r"(?:多|余)?(?:名|个|位|人)[\u4e00-\u9fff]{0,6}?(?:被送医|被送往医院|被送到医院|被送院|送医|送往医院)"
)
OWED_ZH = re.compile(r"(?:拖欠|欠下|欠了|欠着|欠)(?:了)?$")
LEADERS_ZH = re.compile(r"(?:带头|领头|为首|牵头|挑头)(?:的)$")
# 几十个人都不敢出声, 三十多名工人敢怒不敢言: a crowd that does not act
NOT_DARING_ZH = re.compile(
    r"(?:多|余)?(?:名|个|位|人)[\u4e00-\u9fff]{0,4}?(?:都|也|却)?(?:不敢|没人敢|没敢|敢怒不敢言)"
)
OWED_EN = re.compile(r"\b(?:owed|owes|owing)\s+$")


def counted_otherwise(norm: str, q: Quantity, *, call: bool = False) -> bool:
    """Whether the number ``q`` counts people other than those acting (see the module)."""
    text = norm[q.start : q.end]
    if said_owed(norm, q):
        return True
    if text.isascii():
        before = norm[max(0, q.start - 24) : q.start]
        after = norm[q.end : q.end + 60]
        if LAID_OFF_EN.search(before) or SIGNED_EN.match(after) or HOSPITAL_EN.match(after):
            return True
        if call and (
            (OWED_EN.search(before) is not None and not _by_representatives(norm)) or ONE_OF_EN.search(before)
        ):
            return True
        if not text[:1].isdigit():
            return False
    before = norm[max(0, q.start - 6) : q.start]
    if (
        LAID_OFF_ZH.search(before)
        or LEADERS_ZH.search(before)
        or TAKEN_BEFORE_ZH.search(before)
        or SIGNED_ZH.match(norm, q.end)
        or HOSPITAL_ZH.match(norm, q.end)
        or NOT_DARING_ZH.match(norm, q.end)
    ):
        return True
    return call and (
        (OWED_ZH.search(before) is not None and not _by_representatives(norm))
        or WENT_WITH_ZH.search(norm, max(0, q.start - 9), q.start) is not None
    )


# 员工代表, 工人代表, "worker reps", "workers' representatives": those who speak for all
REPRESENTATIVES = re.compile(
    r"(?:员工|工人|职工|农民工|工友)代表|\bworkers?'? (?:reps|representatives)\b"
)


def _by_representatives(norm: str) -> bool:
    return ("代表" in norm or " rep" in norm) and REPRESENTATIVES.search(norm) is not None

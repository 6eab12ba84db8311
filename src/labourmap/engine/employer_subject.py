"""A firm named only by its short name as the subject of what its workers do or are owed, with
no firm's suffix: read only where nothing better is named (the weakest candidates, beside
:mod:`labourmap.engine.employer_people`).

A short name of two to five characters that begins a clause (or follows a place, or 我们/是),
then

1. a day and a stoppage in the same clause (凯达今天罢工了, 凯达从昨天下午停工);
2. what it owes its workers (凯达欠工人三百万, 凯达拖欠工资; not 恒达欠我们: a gang master may
   be named so);
3. a platform by its short name, with what it tells or changes (凯达平台回应称), its branch
   after a place (回兴凯达网点的老板);
4. its sudden end, or its boss's flight (凯达说倒就倒, 区里的凯达教育突然关门, 说是凯达老板要跑路):
   here the name may follow 的 too; not a kind of shop (那家健身房说倒就倒), nor one who runs off
   with no boss told (张某跑路: a man, maybe a gang master);

not a role, a people, a pointer or a verb (骑手今天罢工, 大家今天停工, 老板欠我们, 就是要问问欠
我们的钱, 承认仍拖欠工资).
"""

from __future__ import annotations

import re

from labourmap.engine.employer_en import Candidate
from labourmap.engine.employer_people import is_short_name
from labourmap.engine.model import Span

_DAY = r"(?:今天|昨天|前天|今早|昨晚|今晚|今日|昨日|当天|从(?:今天|昨天|前天|上周[一二三四五六日]?))"
_STOPPAGE = r"(?:罢工|停工|停产|罢运|罢课|停摆|集体下线|不开工)"
# 1. a day, then (in the same clause) a stoppage
_STRUCK = re.compile(_DAY + r"[^，,。；;！!？?]{0,12}?" + _STOPPAGE)
# 2. what it owes: its workers, their pay
# (not 欠我们: the one that owes "us" may as well be a gang master named by his own name)
_OWES = re.compile(r"(?:拖欠|欠了?|一直拖着?)(?:工人|员工|职工|工友|工资|工钱|薪水)(?!的)")
# 3. a platform by its short name: what it tells or changes (凯达平台回应称, 凯达平台这个月又改规则),
# or its branch after a place (回兴凯达网点)
_PLATFORM = re.compile(
    r"平台(?:回应|称|表示|客服|规定|规则|又|这个月|上个月|今年|突然|把|将|改|调|降|扣|方面)"
    r"|(?:网点|站点)(?:的|老板|站长|经理|负责人|今天|昨天|周[一二三四五六日])"
)
# 4. its sudden end, or its boss's flight
_COLLAPSE = re.compile(
    r"的?老板(?:要|又|已经|准备|也)?(?:卷款)?跑路|说倒就倒|突然关门|突然倒闭|关门跑路"
)
_COLLAPSE_WORDS = ("倒", "关门", "跑路")
_SHOPS = ("房", "馆", "吧", "厅", "铺")  # (健身房, 游泳馆, 网吧: a kind of shop, no name)
# what names a kind of platform or branch, not one (直播平台, 招聘平台, 快递网点, 该平台)
_KINDS = ("直播", "招聘", "投诉", "打车", "配送", "物流", "劳务", "用工", "互联网", "社交", "视频",
          "购物", "团购", "支付", "服务", "电商", "外卖", "快递", "网约", "众包", "加盟", "交易",
          "短视频", "线上", "网络", "官方", "第三方", "相关", "大型", "知名", "其他", "这家", "那家")
# a verb before the platform (抗议平台调低运费, 起诉平台)
_VERBS = ("抗议", "要求", "呼吁", "指责", "起诉", "举报", "联系", "质问", "反对", "控诉", "投诉")
# characters no short name of this kind holds: a role or a people (骑手, 快递员, 护士, 民警)
_NO_SUBJECT = set("员手师士机生警兵官长众民姐哥弟妹爸妈叔姨伙"
                  "要问说映认仍拉好线条几请求找让叫给将会能可想再才却已不没绝车")  # (出租车今天罢运: a trade)
# what may come right before the name: a clause's start, 在/是 or a place's last word
_LEADS = set("，,。！!？?；;：:#】\n 是区县市镇乡旗")


def _named(norm: str, s: int, e: int, places: list[Span]) -> bool:
    word = norm[s:e]
    return (is_short_name(word) and not any(c in _NO_SUBJECT for c in word) and not word.endswith(_KINDS)
            and not word.startswith(_VERBS)
            and not any(ps < e and s < pe for ps, pe in places))


def subject_names(norm: str, places: list[Span]) -> list[Candidate]:
    """A short name at a clause's start as the one that stops, owes or employs (see above)."""
    collapse = any(w in norm for w in _COLLAPSE_WORDS)
    if not ("欠" in norm or "拖着" in norm or "平台" in norm or "点" in norm or collapse
            or any(w in norm for w in ("罢", "停", "下线", "不开工"))):
        return []
    ends = {pe for _, pe in places}
    out: list[Candidate] = []
    for rx in (_STRUCK, _OWES, _PLATFORM) + ((_COLLAPSE,) if collapse else ()):
        for m in rx.finditer(norm):
            e = m.start()
            for s in range(max(0, e - 5), e - 1):  # (the longest name that begins a clause)
                led = s == 0 or s in ends or norm[s - 1] in _LEADS or norm.endswith(("我们", "咱们"), 0, s) or (
                    rx is _COLLAPSE and norm[s - 1] == "的")
                if led and _named(norm, s, e, places) and not (
                        rx is _COLLAPSE and ("的" in norm[s:e] or norm.endswith(_SHOPS, 0, e))):
                    out.append(Candidate(s, e, 1))
                    break
    return out

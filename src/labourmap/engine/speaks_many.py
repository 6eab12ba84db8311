"""Whether a call for help speaks for a group of workers of no stated size (read by
:mod:`labourmap.engine.pipeline` to give such a call no head count)."""

from __future__ import annotations

import re

# 我们农民工, 老师们, 大家, "his workers", "we": a group of unknown size asks, not one worker
_MANY = re.compile(r"我们(?:农民工|工人|工友|这些|这帮|这群|一大帮|一帮|一群|一大群|一大批|一批)|"
                   r"(?:工人|老师|农民工|员工)们|"
                   r"我们是[^，。,！!]{0,20}?(?:农民工|工人|工友|员工|职工|老师|司机|骑手)|"
                   # 拉煤的司机们求助: workers in the plural ask
                   r"(?:司机|骑手|工友|师傅|护士|保安|环卫工|民工|职工|教练)们(?:求助|发帖|发声|联名|呼吁)|"
                   r"大家(?:都|一起|只能|只好)|\b(?:his|their) workers\b|"
                   # 一群在工地打工的农民工: a group of no stated size
                   r"一群[^，。,！!？?]{0,20}?(?:农民工|工人|工友|民工|员工)|"
                   # 讨薪的人把楼道都站满了: a crowd that fills a place
                   r"(?:的人|工人|工友|民工)(?:们)?(?:把|将)?[^，。,！!？?]{0,10}?(?:站满|挤满|围满|坐满|堵满)")


# 我是……承包人, 本人: one worker introduces himself, whoever else he speaks for
# "Teachers in Dafang county ...": a post that opens on workers in the plural
_MANY_EN_HEAD = re.compile(
    r"(?:[a-z'-]+ ){0,2}(?:teachers|workers|drivers|employees|nurses|riders|miners|couriers|"
    r"cleaners|builders)\b"
)
_ONE_SPEAKS = re.compile(r"我是|本人|我叫")


# 拖欠装修工人工资, 拖欠教师绩效: the pay owed to a class of workers, with no number among them
# (not 拖欠16名工人工资), where no one worker is told of (一名男子爬上塔吊)
_OWED_TO_CLASS = re.compile(
    r"拖欠[^，。,；;0-9一二两三四五六七八九十百千几多余]{0,6}?(?:工人|教师|老师|员工|职工|农民工|民工)"
    r"们?的?(?:工资|薪|绩效|工钱|补贴)"
)
_ONE_TOLD = re.compile(r"一(?:名|位|个)[^，。,；;]{0,6}?(?:男子|女子|工人|农民工|民工|老师|教师|员工|师傅)")


def speaks_for_many(norm: str) -> bool:
    """The call speaks for a group of workers (我们农民工, 老师们, "we", 拖欠装修工人工资), of no
    stated size."""
    many = (
        ("们" in norm or "大家" in norm or "workers" in norm or "满" in norm or "一群" in norm)  # (what _MANY needs)
        and _MANY.search(norm) is not None
    ) or _MANY_EN_HEAD.match(norm) is not None
    if not many and "拖欠" in norm and _OWED_TO_CLASS.search(norm):
        many = _ONE_TOLD.search(norm) is None
    return many and _ONE_SPEAKS.search(norm) is None

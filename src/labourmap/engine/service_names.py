"""A claim or a defence of rights named only as the name of a service an office runs: 讨薪“绿色通道”,
维权服务点, 维权热线, 维权手册, 讨薪窗口. A union's or a bureau's notice of what it offers
(省总工会开通讨薪绿色通道, 人社局发放维权手册) tells no action of workers, though it names
讨薪 and 维权. Read by :func:`labourmap.engine.pipeline.judge_kind` after the rules of
:mod:`labourmap.engine.classify`: a collective action whose every form is such a name is none.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.form_phrases import WEAK_PROTEST

# the service named after the claim, past quotes, 的 and 服务: 讨薪“绿色通道”, 维权服务点
SERVICE_AFTER = re.compile(r"[“”\"'「」『』]?(?:的)?(?:服务|援助)?(?:绿色通道|通道|直通车|服务点|服务站|工作站|服务中心|热线|专线|"
                           r"手册|指南|知识|窗口|专窗|课堂|讲座|宣传|咨询|平台)")


def only_services_named(doc: Doc) -> bool:
    """Every form read is 讨薪 or 维权 naming a service an office offers; nothing happened."""
    forms = doc.of("form")
    if not forms or doc.killed is not None or doc.injured is not None:
        return False
    norm = doc.norm
    return all(h.term in WEAK_PROTEST and SERVICE_AFTER.match(norm, h.end) for h in forms)

"""A firm the post says was turned private (改制为民营, 改制后转为私有, 1998年改制为私营企业): its
ownership is private, whatever state word tells what it was before (原是国企, 原国营); round 28.
Not a firm only "restructured" (伊洛铝业（原国营伊川铝厂）改制: its owner is not told to change),
nor one turned the other way (收归国有)."""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.model import Span

_CONVERTED = re.compile(
    r"改制(?:后|以后|之后)?[，,]?(?:被)?(?:转为|转成|变为|变成|成为|改为|为|成)"
    r"(?:了)?(?:一家)?(?:私有|民营|私营|私人|个人)"
)


def converted_private(norm: str) -> Span | None:
    """The words that tell the firm was turned private, or None."""
    if "改制" not in norm:
        return None
    m = _CONVERTED.search(norm)
    return m.span() if m else None


def set_converted(doc: Doc) -> bool:
    """Set the ownership private where the post says the firm was turned private; whether it did."""
    span = converted_private(doc.norm)
    if span is None:
        return False
    doc.set("ownership", "private", (span,), 0.7)
    return True

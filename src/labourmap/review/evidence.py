"""A post's evidence, read from its stored extraction, and its text cut into highlighted runs.

A span is shown only where it still points at the quoted text (``text[start:end]``): evidence
is always taken on the original post, so a span that does not fit is dropped, never moved.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from labourmap.review.schemas import Evidence, Segment


def _items(evidence: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for field, found in evidence.items():
        for one in found if isinstance(found, list) else [found]:
            if isinstance(one, Mapping):
                yield field, one


def evidence_of(extraction: Mapping[str, Any] | None, text: str) -> list[Evidence]:
    """Every (field, value, span) of a stored extraction that fits ``text``."""
    out: list[Evidence] = []
    if not extraction:
        return out
    for field, one in _items(extraction.get("evidence") or {}):
        for span in one.get("spans") or []:
            try:
                start, end = int(span[0]), int(span[1])
            except (TypeError, ValueError, IndexError):
                continue
            if not (0 <= start < end <= len(text)):
                continue
            quote = text[start:end]
            if len(span) > 2 and span[2] != quote:
                continue
            out.append(Evidence(field=field, value=one.get("value"), start=start, end=end,
                                confidence=one.get("confidence"), quote=quote))
    out.sort(key=lambda e: (e.start, e.end, e.field))
    return out


def segments(text: str, evidence: list[Evidence]) -> list[Segment]:
    """``text`` cut at every span boundary; each run lists the fields covering it."""
    cuts = sorted({0, len(text), *(e.start for e in evidence), *(e.end for e in evidence)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start == end:
            continue
        fields = sorted({e.field for e in evidence if e.start <= start and end <= e.end})
        if out and out[-1].fields == fields:
            out[-1] = Segment(text=out[-1].text + text[start:end], fields=fields)
        else:
            out.append(Segment(text=text[start:end], fields=fields))
    return out

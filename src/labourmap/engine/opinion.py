"""Where the text model's second opinion (:mod:`labourmap.engine.textmodel`) may change what the
rules decided. The rules decide; the model only

- sets aside an incident the rules found when it is sure the post reports none (``VETO``),
  unless the rules counted dead or injured (a count told outweighs the model's guess),
- finds an incident the rules missed when it is surer still (``FIND``), never for a post the
  rules placed abroad (a wrong place on the map is worse than none),
- names the industry when the rules found no word for it (``INDUSTRY``).

It has no say on whether a short post is an incident (under ``LONG`` characters): there a few
runs of characters decide, and the model is surer than it should be.

The thresholds were set on our own labelled sets (``eval/own``), not on the shared development
set.
"""

from __future__ import annotations

from labourmap.engine.doc import Doc
from labourmap.engine.model import Found

VETO = 0.9
FIND = 0.95
INDUSTRY = 0.5
LONG = 60
NONE = "none"  # the label of a post that reports no incident
CONFIDENCE = 0.6  # a value the model gave is trusted less than one the rules read


def second_kind(doc: Doc, kind: str | None) -> str | None:
    """The kind once the model has had its say (``doc.opinion`` set by the pipeline)."""
    if doc.opinion is None or len(doc.norm) < LONG:
        return kind
    said = doc.opinion.judge("kind")
    counted = doc.killed is not None or doc.injured is not None
    if kind is not None and said.label == NONE and said.probability >= VETO and not counted:
        spans = doc.opinion.spans("kind", NONE, doc.norm)
        doc.out.incident = Found(False, spans, round(said.probability, 2))
        return None
    if kind is None and said.label != NONE and said.probability >= FIND:
        if doc.location is not None and doc.location.outside is not None:
            return None
        return said.label
    return kind


def second_industry(doc: Doc) -> None:
    """Sets the industry from the model when the rules set none."""
    if doc.opinion is None or "industry" in doc.out.fields:
        return
    said = doc.opinion.judge("industry")
    if said.probability >= INDUSTRY:
        doc.set("industry", said.label, doc.opinion.spans("industry", said.label, doc.norm),
                round(CONFIDENCE * said.probability, 2))

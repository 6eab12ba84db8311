"""Where the text model's second opinion (:mod:`labourmap.engine.textmodel`) may change what the
rules decided. The rules decide; the model only

- finds an incident the rules missed when it is sure (``FIND``), never for a post the rules
  placed abroad (a wrong place on the map is worse than none) nor one they ruled out for a firm
  reason: fiction or a drill, consumers, students or villagers with no worker among them, a denial
  (tried on sets the model had not learned from, it overruled those wrongly 12 times, rightly
  twice; the weaker reasons, a count of strikes over a year or a cue that alone tells no act, it
  may still overrule),
- sets aside an incident the rules found when it is surer still that the post reports none
  (``VETO``),
- names the industry when the rules found no word for it (``INDUSTRY``).

It never sets aside an incident whose dead or injured the rules counted (a count told outweighs
the model's guess). It has no say on whether a short post (under ``LONG`` characters) is an
incident: there a few runs of characters decide, and the model is surer than it should be. Nor
does it change the kind the rules chose: tried on posts it had not learned from, that was as
often wrong as right (a plea for help retold as a protest, most often).

The thresholds were set on our own labelled sets (``eval/own``): on posts of sets the model had
not been trained on, read by rules not yet tuned to them; never on the shared development set.
"""

from __future__ import annotations

from labourmap.engine.doc import Doc
from labourmap.engine.migrant_trade import bare_migrants
from labourmap.engine.model import Found

VETO = 0.9
FIND = 0.8
INDUSTRY = 0.5
LONG = 60
NONE = "none"  # the label of a post that reports no incident
CONFIDENCE = 0.6  # a value the model gave is trusted less than one the rules read


def second_kind(doc: Doc, kind: str | None) -> str | None:
    """The kind once the model has had its say (``doc.opinion`` set by the pipeline)."""
    if doc.opinion is None or len(doc.norm) < LONG:
        return kind
    said = doc.opinion.judge("kind")
    if kind is None:
        if doc.ruled_out:
            return None
        if said.label == NONE or said.probability < FIND:
            return None
        if doc.location is not None and doc.location.outside is not None:
            return None
        return said.label
    counted = doc.killed is not None or doc.injured is not None
    if said.label != NONE or said.probability < VETO or counted:
        return kind
    spans = doc.opinion.spans("kind", NONE, doc.norm)
    doc.out.incident = Found(False, spans, round(said.probability, 2))
    return None


def second_industry(doc: Doc) -> None:
    """Sets the industry from the model when the rules set none."""
    if doc.opinion is None or "industry" in doc.out.fields:
        return
    said = doc.opinion.judge("industry")
    if said.label == "construction" and bare_migrants(doc.norm, doc.of("industry")):
        return  # 农民工上街讨薪: the rules found no building, the model's guess is no better
    if said.probability >= INDUSTRY:
        doc.set("industry", said.label, doc.opinion.spans("industry", said.label, doc.norm),
                round(CONFIDENCE * said.probability, 2))

"""The engine's data: a post in, an extraction out, and the evidence behind every value.

Every value the engine extracts is a :class:`Found`: the value, the character spans of the
ORIGINAL post text it was read from, and a confidence in [0, 1].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

Span = tuple[int, int]
Scalar = str | int | float


# Post and Found are frozen, and made for every post (Found several times): each sets its
# fields in its own dict at once, as a frozen dataclass's generated __init__ would through
# object.__setattr__, one call per field, at twice the cost. (Equality, hash and repr are the
# dataclass's.)


@dataclass(frozen=True, init=False)
class Post:
    """One post as it arrives: only ``id`` and ``text`` are required."""

    id: str
    text: str
    posted_at: datetime | None = None
    platform: str | None = None
    url: str | None = None
    lang: str | None = None

    def __init__(
        self,
        id: str,
        text: str,
        posted_at: datetime | None = None,
        platform: str | None = None,
        url: str | None = None,
        lang: str | None = None,
    ) -> None:
        fields = self.__dict__
        fields["id"] = id
        fields["text"] = text
        fields["posted_at"] = posted_at
        fields["platform"] = platform
        fields["url"] = url
        fields["lang"] = lang

    @property
    def posted_day(self) -> date | None:
        return self.posted_at.date() if self.posted_at else None


@dataclass(frozen=True, init=False)
class Found:
    """An extracted value with the spans (in the original text) it was read from."""

    value: Scalar
    spans: tuple[Span, ...]
    confidence: float

    def __init__(self, value: Scalar, spans: tuple[Span, ...], confidence: float) -> None:
        fields = self.__dict__
        fields["value"] = value
        fields["spans"] = spans
        fields["confidence"] = confidence

    def evidence(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.spans]


SINGLE_FIELDS = (
    "kind",
    "industry",
    "ownership",
    "participants",
    "province",
    "city",
    "county",
    "place",
    "date",
    "employer",
    "amount_yuan",
    "killed",
    "injured",
    "accident_type",
)
SET_FIELDS = ("forms", "demands", "responses")
ORDER = (
    "is_incident",
    "kind",
    "forms",
    "industry",
    "demands",
    "ownership",
    "participants",
    "responses",
    "province",
    "city",
    "county",
    "place",
    "date",
    "employer",
    "amount_yuan",
    "killed",
    "injured",
    "accident_type",
)


@dataclass
class Extraction:
    """What the engine read from one post; ``fields`` holds single values, ``sets`` lists."""

    id: str
    is_incident: bool = False
    incident: Found | None = None  # why the post was judged an incident (or not)
    fields: dict[str, Found] = field(default_factory=dict)
    sets: dict[str, list[Found]] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        if name == "is_incident":
            return self.is_incident
        if name in SET_FIELDS:
            return [f.value for f in self.sets.get(name, [])]
        found = self.fields.get(name)
        return found.value if found else None

    def record(self) -> dict[str, Any]:
        """The flat contract record (``labourmap extract`` output)."""
        out: dict[str, Any] = {"id": self.id}
        if not self.is_incident:  # every field empty
            for name in ORDER:
                out[name] = (
                    self.is_incident if name == "is_incident" else [] if name in SET_FIELDS else None
                )
            return out
        fields, sets = self.fields, self.sets
        for name in ORDER:
            if name == "is_incident":
                out[name] = self.is_incident
            elif name in SET_FIELDS:
                out[name] = [f.value for f in sets.get(name, [])]
            else:
                found = fields.get(name)
                out[name] = found.value if found else None
        return out

    def evidence(self, text: str) -> dict[str, Any]:
        """For each field, its value, confidence and evidence spans with their text."""

        def one(f: Found) -> dict[str, Any]:
            return {
                "value": f.value,
                "confidence": round(f.confidence, 3),
                "spans": [[s, e, text[s:e]] for s, e in f.spans],
            }

        out: dict[str, Any] = {}
        if self.incident:
            out["is_incident"] = one(self.incident)
        for name, f in self.fields.items():
            out[name] = one(f)
        for name, items in self.sets.items():
            if items:
                out[name] = [one(f) for f in items]
        return out

"""The working state a post carries through the pipeline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from labourmap.engine.counts import Count
from labourmap.engine.dates import DateMention, find_dates
from labourmap.engine.geo import Location
from labourmap.engine.matcher import Hit
from labourmap.engine.model import Extraction, Found, Post, Span
from labourmap.engine.numbers import Quantity
from labourmap.engine.textmodel import Opinion

CLAUSE_END = set("，,。；;！!？?\n、")


@dataclass
class Doc:
    post: Post
    text: str
    norm: str = ""
    posted: date | None = None
    hits: list[Hit] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    location: Location | None = None
    employer: Span | None = None
    killed: Count | None = None
    injured: Count | None = None
    kind: str | None = None
    ruled_out: bool = False  # the rules read a firm reason for no incident (fiction, consumers…)
    tags: list[Span] = field(default_factory=list)  # #topic# tags
    form_hits: list[Hit] | None = None  # the forms of action, once read
    forms_alike: bool = False  # the last reading of the forms would be the same read relaxed
    opinion: Opinion | None = None  # the text model's view of the post
    out: Extraction = field(default_factory=lambda: Extraction(id=""))
    # the hits by category, and the cues counted: made once for the list in ``hits``
    _by_cat: dict[str, list[Hit]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _cues: Counter[str] | None = field(default=None, init=False, repr=False, compare=False)
    _indexed: list[Hit] | None = field(default=None, init=False, repr=False, compare=False)
    _dates: list[DateMention] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def dates(self) -> list[DateMention]:
        """The days named (resolved day mentions, in text order), read from norm and posted when
        first asked for: only a post judged an incident, or one whose judgement weighs a day,
        asks (reading them takes about a twentieth of a post's time)."""
        if self._dates is None:
            self._dates = find_dates(self.norm, self.posted)
        return self._dates

    @dates.setter
    def dates(self, value: list[DateMention]) -> None:
        self._dates = value

    def _index(self) -> dict[str, list[Hit]]:
        if self._indexed is not self.hits:
            by_cat: dict[str, list[Hit]] = {}
            for h in self.hits:
                by_cat.setdefault(h.cat, []).append(h)
            self._by_cat = by_cat
            self._cues = Counter([h.code for h in by_cat.get("cue", ())])
            self._indexed = self.hits
        return self._by_cat

    def of(self, cat: str, code: str | None = None) -> list[Hit]:
        # (asked a dozen times a post: the index read without a call when it is up to date)
        hits = (self._by_cat if self._indexed is self.hits else self._index()).get(cat)
        if hits is None:
            return []
        if code is None:
            return hits.copy()
        return [h for h in hits if h.code == code]

    def tagged(self, h: Hit) -> bool:
        """Whether a hit lies inside a #topic# tag."""
        return any(s <= h.start and h.end <= e for s, e in self.tags)

    def cue_counts(self) -> Counter[str]:
        """How often each cue is named (the same counter on each call: read it only)."""
        if self._indexed is not self.hits or self._cues is None:
            self._index()
            assert self._cues is not None
        return self._cues

    def clause(self, pos: int) -> tuple[int, int]:
        start = pos
        while start > 0 and self.norm[start - 1] not in CLAUSE_END:
            start -= 1
        end = pos
        while end < len(self.norm) and self.norm[end] not in CLAUSE_END:
            end += 1
        return start, end

    def set(
        self, name: str, value: str | int | float, spans: tuple[Span, ...], confidence: float
    ) -> None:
        self.out.fields[name] = Found(value, spans, confidence)

    def add(self, name: str, value: str, spans: tuple[Span, ...], confidence: float) -> None:
        items = self.out.sets.setdefault(name, [])
        for i, f in enumerate(items):
            if f.value == value:
                items[i] = Found(value, f.spans + spans, max(f.confidence, confidence))
                return
        items.append(Found(value, spans, confidence))

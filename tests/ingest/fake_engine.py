"""A small, deterministic extractor for ingest tests: keywords with their spans.

It stands in for the engine so that these tests check the ingest layer (storing, attaching,
idempotence, crash safety, Dask) whatever the engine's accuracy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourmap.engine.model import Extraction, Found, Post
from labourmap.ingest.extractor import Candidate

EMPLOYER = re.compile(r"[^\s省市，。0-9-]{2,8}(?:公司|工厂|集团)")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PLACES = {"广东省": ("province", "440000"), "深圳市": ("city", "440300"),
          "东莞市": ("city", "441900")}
KINDS = {"讨薪": "collective_action", "罢工": "collective_action", "事故": "workplace_accident"}
DEMANDS = {"欠薪": "wage_arrears", "社保": "social_insurance"}
FORMS = {"罢工": "strike", "讨薪": "protest"}


def _find(text: str, word: str) -> Found | None:
    at = text.find(word)
    return None if at < 0 else Found(value=word, spans=((at, at + len(word)),), confidence=0.9)


class FakeExtractor:
    def extract(self, post: Post) -> Extraction:
        text = post.text
        ex = Extraction(id=post.id)
        for word, kind in KINDS.items():
            if (f := _find(text, word)) is not None:
                ex.is_incident = True
                ex.incident = f
                ex.fields["kind"] = Found(kind, f.spans, 0.8)
                break
        if not ex.is_incident:
            return ex
        for word, (name, code) in PLACES.items():
            if (f := _find(text, word)) is not None:
                ex.fields[name] = Found(code, f.spans, 0.7)
        if (m := EMPLOYER.search(text)) is not None:
            ex.fields["employer"] = Found(m.group(), ((m.start(), m.end()),), 0.6)
        if (m := DATE.search(text)) is not None:
            ex.fields["date"] = Found(m.group(), ((m.start(), m.end()),), 0.95)
        for word, code in DEMANDS.items():
            if (f := _find(text, word)) is not None:
                ex.sets.setdefault("demands", []).append(Found(code, f.spans, 0.75))
        if ex.fields["kind"].value == "collective_action":
            for word, code in FORMS.items():
                if (f := _find(text, word)) is not None:
                    ex.sets.setdefault("forms", []).append(Found(code, f.spans, 0.7))
        return ex

    def match(self, extraction: Extraction, post: Post,
              candidates: Sequence[Candidate]) -> int | None:
        employer, day = extraction.value("employer"), extraction.value("date")
        if not employer:
            return None
        for cand in candidates:
            if cand.record.get("employer") == employer and cand.record.get("date") == day:
                return cand.id
        return None

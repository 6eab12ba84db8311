"""What the engine reads from one sentence, field by field, for the tests of real wordings."""

from __future__ import annotations

from labourmap.engine import casualties, counts
from labourmap.engine.employer import find
from labourmap.engine.geo import default_index
from labourmap.engine.text import normalise
from tests.engine.conftest import assert_evidence, run


def record(text: str, posted: str = "2024-10-18T09:00:00") -> dict[str, object]:
    """The post's record, once every span it gives is checked to lie in the text."""
    ex = run(text, posted)
    assert_evidence(ex, text)
    return ex.record()


def employer(text: str) -> str | None:
    norm = normalise(text)
    loc = default_index().resolve(norm, text)
    cand = find(text, norm, [m.span for m in loc.mentions])
    return text[cand.start : cand.end] if cand else None


def head_count(text: str, *, call: bool = False) -> str | None:
    norm = normalise(text)
    found = counts.participants(norm, counts.quantities(norm), call=call)
    return str(found.value) if found else None


def money(text: str, *, many: bool = False) -> int | float | str | None:
    norm = normalise(text)
    found = counts.amount(norm, counts.quantities(norm), many=many)
    return found.value if found else None


def toll(text: str) -> tuple[int | str | None, int | str | None]:
    norm = normalise(text)
    killed, injured = casualties.casualties(norm, counts.quantities(norm))
    return (killed.value if killed else None, injured.value if injured else None)


def where(text: str) -> tuple[str | None, str | None, str | None]:
    """The province, city and county codes the post is placed in."""
    loc = default_index().resolve(normalise(text), text)
    return (
        str(loc.province.value) if loc.province else None,
        str(loc.city.value) if loc.city else None,
        str(loc.county.value) if loc.county else None,
    )


def listed(text: str, name: str) -> list[str]:
    """The codes of a list field (forms, demands, responses) of a text read as an incident."""
    r = record(text)
    assert r["is_incident"], text
    found = r[name]
    assert isinstance(found, list)
    return found


def demands_of(text: str) -> list[str]:
    """The demands of a text read as an incident."""
    return listed(text, "demands")


def responses_of(text: str) -> list[str]:
    """The responses of a text read as an incident."""
    return listed(text, "responses")


def value(text: str, name: str) -> str | None:
    """One field's value as read from a text, incident or not (None where the field is unset)."""
    found = run(text).fields.get(name)
    return None if found is None else str(found.value)


def codes(text: str, name: str) -> set[str]:
    """The codes of a list field as read from a text, incident or not."""
    return {str(f.value) for f in run(text).sets.get(name, ())}

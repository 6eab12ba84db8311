"""Keyword search over an incident's titles, descriptions and employer — Chinese included.

Chinese has no spaces between words, so search is by substring, index-backed on both stores:

* SQLite: the FTS5 table ``incidents_fts`` with the trigram tokenizer (migration 0003);
* PostgreSQL: ``pg_trgm`` and a GIN index over the concatenated text (migration 0003).

The query is split on white space; every term must occur (AND), case-insensitively. Terms of
three characters or more go through the index; shorter ones (二字词 like 欠薪) are checked by
``LIKE`` on the rows the other filters leave.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, literal_column, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NullType

from labourmap.errors import Problem, ValidationError
from labourmap.incidents.models import Incident

COLUMNS = ("title_en", "title_zh", "description_en", "description_zh", "employer")
#: The very expression of the PostgreSQL GIN index (migration 0003); keep them identical.
PG_EXPR = " || ' ' || ".join(f"coalesce(incidents.{c}, '')" for c in COLUMNS)
MAX_TERMS = 8
MAX_LENGTH = 200
#: A long run of digits is a phone or identity-card number: public text has those masked,
#: so searching for one must not reveal that the unmasked text holds it.
_IDENTIFIER = re.compile(r"\d{7,}")
#: Control characters (a NUL ends an SQLite full-text query mid-string; PostgreSQL refuses it).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_terms(q: str | None) -> list[str]:
    """The search terms of ``q`` (or [] for none); :class:`ValidationError` if unusable."""
    if not q or not q.strip():
        return []
    if len(q) > MAX_LENGTH:
        raise ValidationError("invalid filter", [Problem(
            f"q is longer than {MAX_LENGTH} characters", field="q")])
    if _CONTROL.search(q):
        raise ValidationError("invalid filter", [Problem(
            "q must not hold control characters", field="q")])
    if _IDENTIFIER.search(q.replace(" ", "").replace("-", "")):
        raise ValidationError("invalid filter", [Problem(
            "q must not hold a phone or identity-card number", field="q")])
    terms = list(dict.fromkeys(t for t in q.split() if t))
    if len(terms) > MAX_TERMS:
        raise ValidationError("invalid filter", [Problem(
            f"q has more than {MAX_TERMS} terms", field="q")])
    return terms


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_any_column(term: str) -> ColumnElement[bool]:
    pattern = _like_pattern(term)
    return or_(*(getattr(Incident, c).ilike(pattern, escape="\\") for c in COLUMNS))


class KeywordMatch(ColumnElement[bool]):
    """``every term occurs in the incident's text``, compiled for each store."""

    type = NullType()  # type: ignore[assignment]  # not Boolean: SQLite would add "= 1"
    inherit_cache = False

    def __init__(self, terms: list[str]) -> None:
        self.terms = terms


def _sqlite_condition(terms: list[str]) -> ColumnElement[bool]:
    long_terms = [t for t in terms if len(t) >= 3]
    conds: list[Any] = [_like_any_column(t) for t in terms if len(t) < 3]
    if long_terms:
        fts_query = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        sub: Any = (select(literal_column("rowid")).select_from(text("incidents_fts"))
               .where(text("incidents_fts MATCH :fts_query").bindparams(fts_query=fts_query)))
        conds.insert(0, Incident.id.in_(sub))
    return and_(*conds)


def _pg_condition(terms: list[str]) -> ColumnElement[bool]:
    expr: Any = literal_column(f"({PG_EXPR})")
    return and_(*(expr.ilike(_like_pattern(t), escape="\\") for t in terms))


@compiles(KeywordMatch, "sqlite")
def _compile_sqlite(element: KeywordMatch, compiler: Any, **kw: Any) -> str:
    return "(" + str(compiler.process(_sqlite_condition(element.terms), **kw)) + ")"


@compiles(KeywordMatch, "postgresql")
def _compile_pg(element: KeywordMatch, compiler: Any, **kw: Any) -> str:
    return "(" + str(compiler.process(_pg_condition(element.terms), **kw)) + ")"


@compiles(KeywordMatch)
def _compile_default(element: KeywordMatch, compiler: Any, **kw: Any) -> str:
    cond = and_(*(_like_any_column(t) for t in element.terms))
    return "(" + str(compiler.process(cond, **kw)) + ")"


def keyword_condition(q: str | None) -> KeywordMatch | None:
    """The condition for the keyword query ``q``; None when ``q`` is empty."""
    terms = parse_terms(q)
    return KeywordMatch(terms) if terms else None

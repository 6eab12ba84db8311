"""The codebook: the codes every part of labourmap uses, with English and Chinese labels.

Loaded once from ``codebook.json`` (shipped in the package). Every write validates
against it; an unknown code is refused with a message naming the field, the value
and the allowed codes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from labourmap.errors import Problem

LANGS = ("en", "zh")


@dataclass(frozen=True)
class Code:
    code: str
    en: str
    zh: str

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Field:
    name: str
    multi: bool
    label_en: str
    label_zh: str
    codes: tuple[Code, ...]
    only_kind: str | None = None

    def allowed(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.codes)

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def code_label(self, code: str, lang: str) -> str:
        for c in self.codes:
            if c.code == code:
                return c.label(lang)
        return code


class Codebook:
    """All coded fields, by name."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.version: int = raw["version"]
        self.fields: dict[str, Field] = {}
        for name, spec in raw["fields"].items():
            self.fields[name] = Field(
                name=name,
                multi=bool(spec["multi"]),
                label_en=spec["label"]["en"],
                label_zh=spec["label"]["zh"],
                codes=tuple(Code(c["code"], c["en"], c["zh"]) for c in spec["codes"]),
                only_kind=spec.get("only_kind"),
            )
        self._sets = {name: frozenset(f.allowed()) for name, f in self.fields.items()}

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    def allowed(self, name: str) -> frozenset[str]:
        return self._sets[name]

    def is_valid(self, name: str, value: str) -> bool:
        return value in self._sets[name]

    def check(self, name: str, value: Any, *, field_name: str | None = None) -> Problem | None:
        """A problem if ``value`` is not a code of field ``name``; None when it is."""
        if value in self._sets[name]:
            return None
        allowed = ", ".join(self.fields[name].allowed())
        return Problem(
            f"unknown code {value!r} for {field_name or name}; allowed: {allowed}",
            field=field_name or name,
            value=value,
        )

    def labels(self, lang: str) -> dict[str, dict[str, str]]:
        """``{field: {code: label}}`` in one language, for pages and downloads."""
        return {
            name: {c.code: c.label(lang) for c in f.codes} for name, f in self.fields.items()
        }


@cache
def get_codebook() -> Codebook:
    """The codebook, loaded once."""
    text = resources.files(__package__).joinpath("codebook.json").read_text(encoding="utf-8")
    return Codebook(json.loads(text))


__all__ = ["Code", "Codebook", "Field", "LANGS", "get_codebook"]

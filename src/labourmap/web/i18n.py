"""English and Simplified Chinese: message catalogues, codebook labels, dates and numbers.

The page texts are written in English in the templates and the code (``_("…")``); their
Chinese is in ``i18n/zh/LC_MESSAGES/messages.po`` (a Babel/gettext catalogue, read at start-up;
``pybabel extract -F babel.cfg`` finds new strings). Codes are labelled from the codebook's
two languages. Dates and numbers are formatted by Babel with each language's conventions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime, format_skeleton
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from starlette.requests import Request

from labourmap.codebook import get_codebook

LANGS = ("en", "zh")
LOCALES = {"en": "en_GB", "zh": "zh_Hans_CN"}
HTML_LANG = {"en": "en", "zh": "zh-Hans"}
CATALOGUES = Path(__file__).resolve().parent / "i18n"
COOKIE = "lang"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """``{English: translation}`` for ``lang`` (empty for English)."""
    path = CATALOGUES / lang / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        cat = read_po(fh, locale=LOCALES.get(lang, lang))
    return {str(m.id): str(m.string) for m in cat if m.id and m.string and not m.fuzzy}


@cache
def code_labels(lang: str) -> dict[str, dict[str, str]]:
    """``{field: {code: label}}`` of the codebook in ``lang``, built once."""
    return get_codebook().labels(lang)


@lru_cache(maxsize=8192)
def _format_date(value: dt.date, fmt: str, locale: str) -> str:
    return format_date(value, fmt, locale=locale)


@dataclass(frozen=True)
class Translator:
    """Everything a page needs to speak one language."""

    lang: str

    @property
    def locale(self) -> str:
        return LOCALES[self.lang]

    @property
    def html_lang(self) -> str:
        return HTML_LANG[self.lang]

    def gettext(self, message: str, **values: Any) -> str:
        text = catalogue(self.lang).get(message, message)
        return text.format(**values) if values else text

    def label(self, field: str, code: str | None) -> str:
        """The codebook label of ``code`` in field ``field`` ('' for none)."""
        if code is None:
            return ""
        labels = code_labels(self.lang).get(field)
        return labels.get(code, code) if labels is not None else code

    def field_label(self, field: str) -> str:
        cb = get_codebook()
        return cb[field].label(self.lang) if field in cb.fields else self.gettext(field)

    def date(self, value: dt.date | None, fmt: str = "long") -> str:
        return _format_date(value, fmt, self.locale) if value else ""

    def incident_date(self, value: dt.date | None, precision: str = "day") -> str:
        """A date as precise as it is known: a day, "week of" a day, or a month."""
        if not value:
            return ""
        if precision == "month":
            return format_skeleton("yMMMM", value, locale=self.locale)
        if precision == "week":
            return self.gettext("week of {date}", date=self.date(value))
        return self.date(value)

    def datetime(self, value: dt.datetime | None) -> str:
        return format_datetime(value, "medium", locale=self.locale) if value else ""

    def number(self, value: float | int | None) -> str:
        return format_decimal(value, locale=self.locale) if value is not None else ""

    def percent(self, value: float) -> str:
        return format_percent(value, locale=self.locale)

    def name(self, obj: Any) -> str:
        """The name of a place (anything with ``name_zh`` and ``name_en``) in this language."""
        return str(obj.name_zh if self.lang == "zh" else obj.name_en or obj.name_zh)

    def title(self, obj: Any) -> str:
        """An incident's title in this language, else in the other."""
        first, second = ("title_zh", "title_en") if self.lang == "zh" else ("title_en",
                                                                            "title_zh")
        return str(getattr(obj, first, None) or getattr(obj, second, None) or "")

    def messages(self, keys: tuple[str, ...]) -> dict[str, str]:
        """Messages the browser scripts need, translated."""
        return {k: self.gettext(k) for k in keys}


def pick_lang(request: Request) -> tuple[str, bool]:
    """The language of a request: ``?lang=``, else the cookie, else Accept-Language.
    Returns it and whether it was asked for in the query (so it is remembered)."""
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked, True
    cookie = request.cookies.get(COOKIE)
    if cookie in LANGS:
        return cookie, False
    accept = request.headers.get("accept-language", "").lower()
    for part in accept.split(","):
        tag = part.split(";")[0].strip()
        if tag.startswith("zh"):
            return "zh", False
        if tag.startswith("en"):
            return "en", False
    return "en", False

"""Every message a page shows has its Chinese; the boundaries and vendor files are built from
npm packages (run `make assets`) and nothing on a page comes from another host."""

from __future__ import annotations

import json
import re
from pathlib import Path

from babel.messages.extract import extract_from_dir

from labourmap.web import pages
from labourmap.web.dictionary import COLUMN_DOCS
from labourmap.web.errors import HEADINGS
from labourmap.web.i18n import Translator, catalogue

WEB = Path(pages.__file__).resolve().parent
STATIC = WEB / "static"


def _messages() -> set[str]:
    found = {msg for _f, _l, msg, _c, _x in extract_from_dir(
        str(WEB), method_map=[("templates/**.html", "jinja2"), ("**.py", "python")],
        keywords={"_": None, "gettext": None})}
    found |= set(pages.JS_MESSAGES) | {m.title for m in pages.MAPS} | set(HEADINGS.values())
    found |= {kind for kind, _en, _zh in COLUMN_DOCS.values()}
    return {m for m in found if isinstance(m, str)}


def test_every_message_has_its_chinese() -> None:
    zh = catalogue("zh")
    missing = sorted(m for m in _messages() if m not in zh)
    assert not missing, f"add these to i18n/zh/LC_MESSAGES/messages.po: {missing}"


def test_placeholders_survive_translation() -> None:
    for en, zh in catalogue("zh").items():
        assert set(re.findall(r"{\w+}", en)) == set(re.findall(r"{\w+}", zh)), en


def test_dates_and_numbers_per_language() -> None:
    import datetime as dt

    day = dt.date(2021, 3, 2)
    assert Translator("en").date(day) == "2 March 2021"
    assert Translator("zh").date(day) == "2021年3月2日"
    assert Translator("zh").incident_date(day, "month") == "2021年3月"
    assert Translator("en").number(1234567) == "1,234,567"


def test_boundaries_are_decoded_geojson() -> None:
    provinces = json.loads((STATIC / "maps" / "provinces.geojson").read_text(encoding="utf-8"))
    cities = json.loads((STATIC / "maps" / "cities.geojson").read_text(encoding="utf-8"))
    assert len(provinces["features"]) == 34 and len(cities["features"]) == 367
    gd = next(f for f in provinces["features"] if f["id"] == "440000")
    assert gd["properties"]["name_zh"] == "广东省"
    lon, lat = gd["geometry"]["coordinates"][0][0][0] if gd["geometry"]["type"] == \
        "MultiPolygon" else gd["geometry"]["coordinates"][0][0]
    assert 109 < lon < 118 and 20 < lat < 26
    codes = {f["id"] for f in cities["features"]}
    assert {"441900", "650400"} <= codes  # Dongguan; Turpan under its 2015 code
    manifest = json.loads((STATIC / "vendor" / "manifest.json").read_text())
    assert manifest["maps"]["source"] == "echarts@4.9.0"


def test_pages_load_nothing_from_another_host() -> None:
    for path in [*(WEB / "templates").glob("*.html"), *(STATIC / "js").glob("*.js"),
                 STATIC / "app.css"]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path
        for word in ("tileLayer", "cdn.", "unpkg", "jsdelivr", "googleapis"):
            assert word not in text, (path, word)

"""Atom 1.0 (RFC 4287) feeds of filtered incident lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

from labourmap.incidents.schemas import IncidentPublic
from labourmap.web.i18n import Translator

ATOM = "http://www.w3.org/2005/Atom"


def _stamp(day: dt.date | None) -> str:
    return f"{(day or dt.date(2000, 1, 1)).isoformat()}T00:00:00+08:00"


def _summary(inc: IncidentPublic, tr: Translator) -> str:
    desc = (inc.description_zh or inc.description_en) if tr.lang == "zh" else (
        inc.description_en or inc.description_zh)
    facts = [tr.label("kind", inc.kind), tr.date(inc.date),
             " · ".join(tr.name(p) for p in inc.places)]
    if inc.industry:
        facts.append(tr.label("industry", inc.industry))
    for field in ("forms", "demands"):
        codes = getattr(inc, field)
        if codes:
            facts.append(", ".join(tr.label(field, c) for c in codes))
    head = " — ".join(f for f in facts if f)
    return f"{head}\n\n{desc}" if desc else head


def atom_feed(items: Sequence[IncidentPublic], *, tr: Translator, base: str, self_url: str,
              query: dict[str, Any]) -> bytes:
    """The feed document for ``items`` (newest first)."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": tr.html_lang})
    params = urlencode({**query, "lang": tr.lang})
    ET.SubElement(root, f"{{{ATOM}}}id").text = f"{base}/api/v1/incidents.atom?{params}"
    ET.SubElement(root, f"{{{ATOM}}}title").text = tr.gettext("labourmap: labour incidents")
    ET.SubElement(root, f"{{{ATOM}}}updated").text = _stamp(items[0].date if items else None)
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_url,
                  type="application/atom+xml")
    ET.SubElement(root, f"{{{ATOM}}}link", rel="alternate", href=f"{base}/?{urlencode(query)}",
                  type="text/html")
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "labourmap"
    for inc in items:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        url = f"{base}/incidents/{inc.uid}?lang={tr.lang}"
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"{base}/incidents/{inc.uid}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = tr.title(inc) or inc.uid
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(inc.date)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=url, type="text/html")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = _summary(inc, tr)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))

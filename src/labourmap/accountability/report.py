"""The accountability report: CLB's figures over the matching cases, and their renderings.

Bases, as the report counts them: awareness and involvement are percent of all cases; take-up
after alert is percent of unaware cases; "knew but did not participate" and "participated" are
percent of aware cases. Excuses are ranked by the number of cases in which a union gave them.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from labourmap.accountability.coding import (
    AWARE,
    INVOLVED,
    NO_RESPONSE,
    UNAWARE,
    UNINVOLVED,
    UNKNOWN,
    CaseCoding,
    CodedContact,
    code_case,
    pct,
)
from labourmap.accountability.schemas import AccountabilityReport, CodeCount, Share
from labourmap.accountability.service import CaseFilter, load_cases
from labourmap.codebook import get_codebook

FORMATS = ("text", "json", "html")


def excuse_counts(case_contacts: Sequence[Sequence[CodedContact]], cases: int
                  ) -> list[CodeCount]:
    """Excuses ranked: by cases that heard them, then by contacts, then codebook order."""
    field = get_codebook()["excuses"]
    order = {code: i for i, code in enumerate(field.allowed())}
    by_case: Counter[str] = Counter()
    by_contact: Counter[str] = Counter()
    for contacts in case_contacts:
        seen: set[str] = set()
        for c in contacts:
            for code in c.excuses or ():
                by_contact[code] += 1
                seen.add(code)
        by_case.update(seen)
    ranked = sorted(by_case, key=lambda k: (-by_case[k], -by_contact[k], order.get(k, 99)))
    return [CodeCount(code=k, label_en=field.code_label(k, "en"),
                      label_zh=field.code_label(k, "zh"), n=by_case[k], pct=pct(by_case[k], cases),
                      contacts=by_contact[k]) for k in ranked]


def tally(codings: Sequence[CaseCoding], excuses: list[CodeCount]) -> AccountabilityReport:
    """The report's figures from coded cases."""
    n = len(codings)
    aware = Counter(c.awareness for c in codings)
    involved = Counter(c.involvement for c in codings)
    took_up = sum(c.took_up_after_alert for c in codings)
    aware_in = sum(c.aware_involved for c in codings)
    aware_out = sum(c.aware_not_involved for c in codings)

    def share(k: int, base: int) -> Share:
        return Share(n=k, pct=pct(k, base))

    return AccountabilityReport(
        cases=n,
        aware=share(aware[AWARE], n), unaware=share(aware[UNAWARE], n),
        no_response=share(aware[NO_RESPONSE], n),
        involved=share(involved[INVOLVED], n), uninvolved=share(involved[UNINVOLVED], n),
        involvement_unknown=share(involved[UNKNOWN], n),
        took_up_after_alert=share(took_up, aware[UNAWARE]),
        aware_not_involved=share(aware_out, aware[AWARE]),
        aware_involved=share(aware_in, aware[AWARE]),
        excuses=excuses)


def report_from_contacts(case_contacts: Iterable[Sequence[CodedContact]]) -> AccountabilityReport:
    """The report over cases given as lists of coded contacts (no database)."""
    groups = [list(c) for c in case_contacts]
    return tally([code_case(g) for g in groups], excuse_counts(groups, len(groups)))


def accountability_report(session: Session, *, flt: CaseFilter) -> AccountabilityReport:
    """The report over the cases matching ``flt`` (the CLI, the JSON route and the page)."""
    return report_from_contacts(case.contacts for case in load_cases(session, flt=flt))


# -- renderings ----------------------------------------------------------------------------

LINES: tuple[tuple[str, str, str], ...] = (
    # key, label, base
    ("aware", "Aware of the incident before the call", "cases"),
    ("unaware", "Unaware", "cases"),
    ("no_response", "No response on awareness", "cases"),
    ("involved", "Involved", "cases"),
    ("uninvolved", "Uninvolved", "cases"),
    ("involvement_unknown", "Involvement unknown", "cases"),
    ("took_up_after_alert", "Took the case up after the alert", "unaware cases"),
    ("aware_not_involved", "Knew but did not participate", "aware cases"),
    ("aware_involved", "Participated", "aware cases"),
)
SECTIONS = {"aware": "Awareness", "involved": "Involvement", "took_up_after_alert":
            "After the alert", "aware_not_involved": "Among aware cases"}


def render_text(report: AccountabilityReport, *, title: str = "Union accountability report"
                ) -> str:
    """The report as plain text, in the order CLB's report gives its figures."""
    out = [title, "=" * len(title), f"Cases investigated: {report.cases}"]
    for key, label, base in LINES:
        if key in SECTIONS:
            out += ["", SECTIONS[key]]
        share: Share = getattr(report, key)
        out.append(f"  {label:<40} {share.n:>5}  {share.pct:5.1f}% of {base}")
    out += ["", "Reasons given for not helping (cases, % of cases; contacts)"]
    if not report.excuses:
        out.append("  (none)")
    for i, e in enumerate(report.excuses, start=1):
        cases = "case" if e.n == 1 else "cases"
        contacts = "contact" if e.contacts == 1 else "contacts"
        out.append(f"  {i}. {e.label_en} ({e.code}) / {e.label_zh}: "
                   f"{e.n} {cases} ({e.pct:.1f}%), {e.contacts} {contacts}")
    return "\n".join(out) + "\n"


def render_json(report: AccountabilityReport) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def render_html(report: AccountabilityReport, *, title: str = "Union accountability report"
                ) -> str:
    """A standalone HTML document (for `--format html`); the site's page adds charts."""
    rows = "".join(
        f"<tr><td>{html.escape(label)}</td><td>{getattr(report, key).n}</td>"
        f"<td>{getattr(report, key).pct:.1f}%</td><td>{html.escape(base)}</td></tr>"
        for key, label, base in LINES)
    excuses = "".join(
        f"<tr><td>{html.escape(e.label_en)} · {html.escape(e.label_zh)}</td><td>{e.n}</td>"
        f"<td>{e.pct:.1f}%</td><td>{e.contacts}</td></tr>" for e in report.excuses)
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            f"{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>"
            f"<p>Cases investigated: <strong>{report.cases}</strong></p><table><thead><tr>"
            f"<th>Figure</th><th>n</th><th>%</th><th>of</th></tr></thead><tbody>{rows}</tbody>"
            f"</table><h2>Reasons given for not helping</h2><table><thead><tr><th>Reason</th>"
            f"<th>cases</th><th>% of cases</th><th>contacts</th></tr></thead><tbody>{excuses}"
            f"</tbody></table></body></html>\n")


RENDERERS = {"text": render_text, "json": render_json, "html": render_html}

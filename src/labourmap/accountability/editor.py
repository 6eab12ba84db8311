"""The investigation panel of an incident's private review page, and its forms.

``/review/incidents/{uid}`` shows the incident's case: every contact with its private notes,
the case's coded result, and — for editors — forms to log a contact or a follow-up (codebook
pickers; a union picker that offers the unions routing suggests for this incident first) and
to set the case's outcome. The forms post here, are protected like the other review forms
(the editor role and the CSRF token) and land back on the page (303). A value outside the
codebook is refused with a 422 page naming the field; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from markupsafe import Markup
from sqlalchemy.orm import Session

from labourmap.accountability.pages import templates
from labourmap.accountability.routing import route_incident
from labourmap.accountability.schemas import CasePrivate, CaseUpdate, ContactPrivate, RouteStep
from labourmap.accountability.service import (
    case_of_incident,
    get_case,
    log_contact_values,
    update_case,
)
from labourmap.codebook import get_codebook
from labourmap.errors import Problem, ValidationError
from labourmap.review.render import LoginRedirectRoute, see_other
from labourmap.unions.service import list_unions
from labourmap.users.auth import csrf_token, require_writer
from labourmap.users.models import User
from labourmap.users.service import has_role
from labourmap.web.deps import SessionDep

router = APIRouter(include_in_schema=False, route_class=LoginRedirectRoute)
Editor = Annotated[User, require_writer("editor")]
ANCHOR = "accountability"
#: Codebook fields the contact form picks from, in the form's order.
PICKERS = ("reached", "aware", "involved", "after_contact")
TEXTS = ("union_name", "department_name", "person_role", "referred_to", "referral_details",
         "notes")
DIRECTORY_LIMIT = 400

#: Every label of the panel, English · Chinese.
LABELS: dict[str, str] = {
    "title": "Union accountability · 工会问责",
    "intro": "Calls to unions about this incident. Notes, the role of the person reached and "
             "referral details are private. · "
             "就本事件致电工会的记录。备注、接听人身份和转介详情不公开。",
    "no_case": "No union has been contacted about this incident yet. · 尚未就本事件联系任何工会。",
    "coded": "Coded result · 编码结果", "awareness": "Awareness · 知情",
    "involvement": "Involvement · 介入", "took_up": "Took it up after the alert · 提醒后接手",
    "aware_involved": "Knew and participated · 知情且参与",
    "aware_not_involved": "Knew but did not participate · 知情但未参与",
    "aware": "Aware · 知情", "unaware": "Unaware · 不知情", "no_response": "No response · 未回应",
    "involved": "Involved · 有介入", "uninvolved": "Uninvolved · 未介入",
    "unknown": "Unknown · 不详", "yes": "Yes · 是", "no": "No · 否",
    "when": "When · 时间", "union": "Union · 工会", "department": "Department · 部门",
    "person_role": "Person reached (role) · 接听人身份", "answer": "Answer · 回应",
    "excuses": "Reasons given for not helping · 不提供帮助的理由",
    "referred_to": "Referred to · 转介至", "referral_details": "Referral details · 转介详情",
    "notes": "Notes, quotes · 备注与原话", "follow_up": "Follow-up · 跟进",
    "log_follow_up": "Log a follow-up · 记录跟进", "log": "Log a contact · 记录一次联系",
    "following": "Follow-up of contact · 跟进联系", "contact_date": "Date · 日期",
    "contact_time": "Time · 时刻", "pick_union": "Union called · 所联系的工会",
    "contacted": "Contacted on this case · 本案已联系", "suggested":
        "Suggested for this incident · 建议联系（按管辖）",
    "directory": "Directory, this province · 本省工会名录",
    "other_union": "Another union (type its name below) · 其他工会（在下方填写名称）",
    "union_name": "Or the name of another union (wins over the list) · "
                  "或填写其他工会名称（优先于上方选择）",
    "union_level": "Its level · 层级",
    "not_in_directory": "not in the directory · 未收录",
    "department_name": "Department's local name · 部门名称（当地叫法）",
    "not_named": "Not named · 未说明", "save": "Save the contact · 保存", "case": "Case · 个案",
    "outcome": "Outcome for the worker · 工人诉求结果", "case_notes": "Case notes · 个案备注",
    "save_case": "Save outcome and notes · 保存结果与备注",
    "scorecard": "Public scorecard · 公开记分卡", "route": "Whom to call · 应联系的工会",
    "referred_by": "referred by · 转介自",
}


@dataclass
class UnionOption:
    value: str  # "uid:<uid>" for a directory union, "new:<level>:<name>" for a suggestion
    name: str
    label: str
    group: str  # contacted | suggested | directory


@dataclass
class EditorPanel:
    """What the panel shows for one incident."""

    incident_uid: str
    case: CasePrivate | None
    route: list[RouteStep]
    unions: list[UnionOption]
    follow_up: ContactPrivate | None = None
    union_names: list[str] = field(default_factory=list)


def _option(step: RouteStep) -> UnionOption:
    value = f"uid:{step.union_uid}" if step.union_uid else f"new:{step.level}:{step.name_zh}"
    label = step.name_zh + (f" · {step.name_en}" if step.name_en else "")
    if not step.in_directory:
        label += f" ({LABELS['not_in_directory']})"
    return UnionOption(value, step.name_zh, label, "suggested")


def panel_data(session: Session, *, incident_uid: str, follow_up: int | None = None
               ) -> EditorPanel:
    """The incident's case (private view), the route of calls and the union picker's
    options: unions contacted on the case, then the route's suggestions, then the directory
    of the incident's province."""
    found = case_of_incident(session, incident_uid=incident_uid)
    case = get_case(session, uid=found.uid) if found else None
    route = route_incident(session, incident_uid=incident_uid)
    options: list[UnionOption] = []
    seen: set[str] = set()

    def add(opt: UnionOption) -> None:
        if opt.value not in seen:
            seen.add(opt.value)
            options.append(opt)

    for c in case.contacts if case else []:
        if c.union_uid:
            add(UnionOption(f"uid:{c.union_uid}", c.union_name, c.union_name, "contacted"))
    for step in route.steps:
        add(_option(step))
    province = next((p.code for p in case.places[:1]), None) if case else None
    province = province or next((s.division_code[:2] + "0000" for s in route.steps
                                 if s.division_code), None)
    if province:
        for u in list_unions(session, division=province, limit=DIRECTORY_LIMIT):
            add(UnionOption(f"uid:{u.uid}", u.name_zh, u.name_zh, "directory"))
    chosen = None
    if case and follow_up is not None:
        chosen = next((c for c in case.contacts if c.seq == follow_up), None)
    names = list(dict.fromkeys(o.name for o in options))
    return EditorPanel(incident_uid=incident_uid, case=case, route=route.steps,
                       unions=options, follow_up=chosen, union_names=names)


def render_panel(request: Request, session: Session, *, incident_uid: str, user: User
                 ) -> Markup:
    """The panel as HTML, for ``review/templates/incident.html`` (a private page)."""
    raw = request.query_params.get("follow_up", "")
    data = panel_data(session, incident_uid=incident_uid,
                      follow_up=int(raw) if raw.isdigit() else None)
    cb = get_codebook()
    html = templates().get_template("acc_editor.html").render(
        p=data, t=LABELS, can_edit=has_role(user, "editor"), csrf_token=csrf_token(request),
        codebook=cb, pickers=PICKERS, both=_both, anchor=ANCHOR)
    return Markup(html)


def _both(field_name: str, code: str | None) -> str:
    if not code:
        return ""
    f = get_codebook()[field_name]
    return f"{f.code_label(code, 'en')} · {f.code_label(code, 'zh')}"


def _union_choice(form: dict[str, Any], choice: str) -> None:
    """Turn the picker's value into ``union_uid`` or ``union_name`` + ``union_level``; a
    name typed in the form wins over the picker."""
    if form.get("union_name"):
        return
    if choice.startswith("uid:"):
        form["union_uid"] = choice[4:]
    elif choice.startswith("new:"):
        _, level, name = choice.split(":", 2)
        form["union_level"], form["union_name"] = level, name


def contact_from_form(values: dict[str, Any]) -> dict[str, Any]:
    """The raw contact values of a posted form (strings; the date carries the time)."""
    form: dict[str, Any] = {k: str(values.get(k) or "").strip() or None
                            for k in (*TEXTS, *PICKERS, "department", "union_level")}
    form["excuses"] = [str(v) for v in values.get("excuses", []) if str(v).strip()]
    day = str(values.get("contact_date") or "").strip()
    at = str(values.get("contact_time") or "").strip()
    if at and not day:
        raise ValidationError("invalid contact", [Problem(
            "a time needs a date", field="contact_time", value=at)])
    form["contact_date"] = f"{day} {at}" if at else (day or None)
    _union_choice(form, str(values.get("union") or ""))
    if not form.get("union_uid") and not form.get("union_name"):
        raise ValidationError("invalid contact", [Problem(
            "pick a union, or give the name and level of another", field="union")])
    return form


@router.post("/review/incidents/{uid}/accountability/contacts")
async def log_contact_form(request: Request, session: SessionDep, user: Editor, uid: str
                           ) -> RedirectResponse:
    """Log a contact (or a follow-up) on the incident's case, opening the case if needed."""
    form = await request.form()
    values: dict[str, Any] = {k: form.get(k) for k in form}
    values["excuses"] = form.getlist("excuses")
    raw = contact_from_form(values)
    case = case_of_incident(session, incident_uid=uid, create=True)
    assert case is not None
    log_contact_values(session, case_uid=case.uid, raw=raw)
    session.commit()
    return see_other(f"/review/incidents/{uid}#{ANCHOR}")


@router.post("/review/incidents/{uid}/accountability/case")
def case_form(session: SessionDep, user: Editor, uid: str,
              outcome: Annotated[str, Form()] = "", notes: Annotated[str, Form()] = ""
              ) -> RedirectResponse:
    """Set the outcome for the worker and the case's notes."""
    case = case_of_incident(session, incident_uid=uid, create=True)
    assert case is not None
    update_case(session, uid=case.uid, data=CaseUpdate(outcome=outcome or None, notes=notes))
    session.commit()
    return see_other(f"/review/incidents/{uid}#{ANCHOR}")

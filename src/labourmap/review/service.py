"""The review desk: the queue, one incident with its posts, and every change an editor makes —
edit, merge, split, publish, reject — each written to the audit history.

Every function takes the session and the acting user's name; the JSON API and the HTML pages
both call these. An edit is validated like an imported row (codebook, gazetteer, dates).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from labourmap.audit.service import history, record
from labourmap.codebook import get_codebook
from labourmap.db.base import utcnow
from labourmap.errors import Conflict, NotFound, Problem, ValidationError
from labourmap.incidents.models import INCIDENT_TAGS, INCIDENTS, Incident
from labourmap.incidents.records import COLUMNS, MULTI, RecordContext, parse_record
from labourmap.incidents.service import _places  # the names the public pages show
from labourmap.incidents.store import stored_rows
from labourmap.ingest.store import china_today, incident_record, new_incident
from labourmap.intake.models import IntakeReport
from labourmap.places import get_gazetteer
from labourmap.review.evidence import evidence_of, segments
from labourmap.review.schemas import (
    QueueItem,
    QueuePage,
    ReportPrivate,
    ReviewIncident,
    SourceReview,
)
from labourmap.sources.models import Source

EDITABLE = tuple(c for c in COLUMNS if c not in ("uid", "status"))
PLACE_FIELDS = ("province", "city", "county")
POINT_FIELDS = ("latitude", "longitude", "geo_precision")
SNIPPET = 140


def record_context() -> RecordContext:
    return RecordContext(codebook=get_codebook(), gazetteer=get_gazetteer(), today=china_today())


def _load(session: Session, uid: str) -> dict[str, Any]:
    rec = stored_rows(session.connection(), [uid]).get(uid)
    if rec is None:
        raise NotFound(f"no incident {uid!r}")
    return rec


def review_queue(session: Session, *, status: str = "in_review", page: int = 1,
                 size: int = 50) -> QueuePage:
    """Incidents in ``status`` (in review by default), oldest first."""
    if not get_codebook().is_valid("status", status):
        raise ValidationError("invalid status", [get_codebook().check("status", status)
                                                 or Problem("invalid", field="status")])
    total = session.scalar(select(func.count()).select_from(Incident)
                           .where(Incident.status == status)) or 0
    incs = session.scalars(select(Incident).where(Incident.status == status)
                           .order_by(Incident.created_at, Incident.id)
                           .offset((page - 1) * size).limit(size)).all()
    ids = [i.id for i in incs]
    counts: dict[int, int] = dict(session.execute(  # type: ignore[arg-type]
        select(Source.incident_id, func.count()).where(Source.incident_id.in_(ids))
        .group_by(Source.incident_id)).all())
    first: dict[int, str] = {}
    for iid, text in session.execute(select(Source.incident_id, Source.text)
                                     .where(Source.incident_id.in_(ids)).order_by(Source.id)):
        if iid is not None:
            first.setdefault(iid, text)
    reported = set(session.scalars(select(Source.incident_id).join(
        IntakeReport, IntakeReport.source_id == Source.id).where(Source.incident_id.in_(ids))))
    items = [QueueItem(uid=i.uid, kind=i.kind, status=i.status, date=i.date,
                       province=i.province, city=i.city, employer=i.employer,
                       sources=counts.get(i.id, 0), snippet=first.get(i.id, "")[:SNIPPET],
                       from_report=i.id in reported, created_at=i.created_at) for i in incs]
    return QueuePage(status=status, total=total, page=page, size=size, items=items)


def _source(src: Source, report: IntakeReport | None, *, private: bool) -> SourceReview:
    ev = evidence_of(src.extraction, src.text)
    out = SourceReview(
        id=src.id, platform=src.platform, external_id=src.external_id, url=src.url,
        title=src.title, posted_at=src.posted_at, public=src.public, text=src.text,
        is_incident=(src.extraction or {}).get("is_incident"), evidence=ev,
        segments=segments(src.text, ev))
    if report is not None:
        out.report_reference = report.reference
        if private:
            out.report = ReportPrivate(reference=report.reference, relation=report.relation,
                                       wants_help=report.wants_help,
                                       contact_name=report.contact_name, contact=report.contact)
    return out


def review_incident(session: Session, *, uid: str, show_contacts: bool = False
                    ) -> ReviewIncident:
    """One incident in any status: its fields, its posts with their evidence, its history.
    ``show_contacts`` adds the private contact of a worker's report (editors only)."""
    rec = _load(session, uid)
    inc = session.get(Incident, rec["_id"])
    assert inc is not None
    rows = session.execute(select(Source, IntakeReport)
                           .outerjoin(IntakeReport, IntakeReport.source_id == Source.id)
                           .where(Source.incident_id == inc.id)
                           .order_by(Source.posted_at, Source.id)).all()
    merged_into = (session.scalar(select(Incident.uid).where(Incident.id == inc.merged_into_id))
                   if inc.merged_into_id else None)
    fields = {k: v for k, v in rec.items() if not k.startswith("_") and k != "status"}
    for m in MULTI:
        order = get_codebook()[m].allowed()
        fields[m] = sorted(fields[m], key=lambda c: order.index(c) if c in order else 99)
    return ReviewIncident(
        **fields, status=inc.status, version=inc.version, merged_into=merged_into,
        places=_places(rec), confidence=(inc.extras or {}).get("confidence", {}),
        sources=[_source(s, r, private=show_contacts) for s, r in rows],
        history=history(session, incident_id=inc.id))


def _check_version(rec: dict[str, Any], version: int | None, current: int) -> None:
    if version is not None and version != current:
        raise Conflict(f"incident {rec['uid']} was changed by someone else (version {current}, "
                       f"you edited {version}): reload it")


def _write(session: Session, inc_id: int, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Store the fields of ``new`` that differ from ``old``; returns their names."""
    changed = [c for c in EDITABLE + ("status",)
               if (sorted(old[c]) if c in MULTI else old[c])
               != (sorted(new[c]) if c in MULTI else new[c])]
    if not changed:
        return []
    scalars = {c: new[c] for c in changed if c not in MULTI}
    session.execute(update(INCIDENTS).where(INCIDENTS.c.id == inc_id)
                    .values(**scalars, version=INCIDENTS.c.version + 1,
                            updated_at=utcnow()))
    for m in (c for c in changed if c in MULTI):
        session.execute(INCIDENT_TAGS.delete().where(INCIDENT_TAGS.c.incident_id == inc_id,
                                                     INCIDENT_TAGS.c.field == m))
        for code in new[m]:
            session.execute(INCIDENT_TAGS.insert().values(incident_id=inc_id, field=m,
                                                          code=code))
    session.expire_all()
    return changed


def _validated(raw: dict[str, Any]) -> dict[str, Any]:
    clean, problems = parse_record({k: v for k, v in raw.items() if k in COLUMNS},
                                   record_context())
    if problems or clean is None:
        raise ValidationError(f"incident {raw.get('uid')}: the change is not valid", problems)
    return clean


def _audit_changes(session: Session, inc_id: int, username: str, action: str,
                   old: dict[str, Any], new: dict[str, Any], changed: list[str]) -> None:
    for name in changed:
        record(session, incident_id=inc_id, username=username, action=action, field=name,
               before=old[name], after=new[name])


def edit_incident(session: Session, *, uid: str, changes: dict[str, Any], username: str,
                  version: int | None = None) -> list[str]:
    """Change fields of an incident; every changed field goes to the history. Returns the
    names of the changed fields."""
    old = _load(session, uid)
    if old["status"] == "merged":
        raise Conflict(f"incident {uid} was merged into another: edit that one")
    current = session.scalar(select(Incident.version).where(Incident.id == old["_id"]))
    _check_version(old, version, int(current or 0))
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ValidationError("these fields cannot be edited",
                              [Problem(f"unknown or read-only field {k!r}", field=k)
                               for k in unknown])
    raw = {**old, **changes}
    if any(k in changes for k in PLACE_FIELDS) and not any(k in changes for k in POINT_FIELDS):
        raw.update(latitude=None, longitude=None, geo_precision=None)  # re-derived from codes
    new = _validated(raw)
    changed = _write(session, old["_id"], old, new)
    _audit_changes(session, old["_id"], username, "edit", old, new, changed)
    return changed


def set_status(session: Session, *, uid: str, status: str, username: str) -> None:
    """Publish (``published``) or reject (``rejected``) an incident, or send it back to review
    (``in_review``). Publishing checks the whole record first."""
    if status not in ("published", "rejected", "in_review"):
        raise ValidationError("invalid status", [Problem(
            "status must be published, rejected or in_review", field="status", value=status)])
    old = _load(session, uid)
    if old["status"] == "merged":
        raise Conflict(f"incident {uid} was merged into another: review that one")
    new = _validated({**old, "status": status}) if status == "published" else {**old,
                                                                               "status": status}
    changed = _write(session, old["_id"], old, new)
    action = {"published": "publish", "rejected": "reject"}.get(status, "reopen")
    _audit_changes(session, old["_id"], username, action, old, new, changed)


def merge_incidents(session: Session, *, uid: str, into: str, username: str) -> None:
    """Merge ``uid`` into ``into``: its sources move there; it becomes merged and points to it."""
    if uid == into:
        raise ValidationError("cannot merge an incident into itself",
                              [Problem("pick another incident", field="into", value=into)])
    src, dst = _load(session, uid), _load(session, into)
    for rec in (src, dst):
        if rec["status"] in ("merged", "rejected"):
            raise Conflict(f"incident {rec['uid']} is {rec['status']}: it cannot be merged")
    moved = session.execute(update(Source).where(Source.incident_id == src["_id"])
                            .values(incident_id=dst["_id"])).rowcount  # type: ignore[attr-defined]
    session.execute(update(INCIDENTS).where(INCIDENTS.c.id == src["_id"]).values(
        status="merged", merged_into_id=dst["_id"], version=INCIDENTS.c.version + 1,
        updated_at=utcnow()))
    session.execute(update(INCIDENTS).where(INCIDENTS.c.id == dst["_id"]).values(
        version=INCIDENTS.c.version + 1, updated_at=utcnow()))
    session.expire_all()
    record(session, incident_id=src["_id"], username=username, action="merge",
           field="status", before=src["status"], after="merged")
    record(session, incident_id=src["_id"], username=username, action="merge",
           field="merged_into", before=None, after=into)
    record(session, incident_id=dst["_id"], username=username, action="merge",
           field="sources", before=None, after={"from": uid, "moved": moved})


def _split_uid(session: Session, digest: str) -> str:
    for n in range(100):
        uid = f"s-{digest[:16]}" + (f"-{n}" if n else "")
        if session.scalar(select(Incident.id).where(Incident.uid == uid)) is None:
            return uid
    raise Conflict("cannot find a free uid for the split incident")


def split_source(session: Session, *, uid: str, source_id: int, username: str) -> str:
    """Move one post off ``uid`` into a new incident in review (its fields as extracted from
    that post, else the old incident's kind). Returns the new incident's uid."""
    old = _load(session, uid)
    src = session.get(Source, source_id)
    if src is None or src.incident_id != old["_id"]:
        raise NotFound(f"incident {uid} has no source {source_id}")
    count = session.scalar(select(func.count()).where(Source.incident_id == old["_id"])) or 0
    if count < 2:
        raise Conflict(f"incident {uid} has only this post: there is nothing to split off")
    contract = (src.extraction or {}).get("record") or {}
    ctx = record_context()
    rec = incident_record({**contract, "kind": contract.get("kind") or old["kind"]}, ctx)
    if rec is None:
        rec = incident_record({"kind": old["kind"]}, ctx)
    assert rec is not None
    inc = new_incident(rec, uid=_split_uid(session, src.content_hash),
                       extras={"split_from": uid, "extracted_from": src.content_hash})
    session.add(inc)
    session.flush()
    src.incident_id = inc.id
    session.execute(update(INCIDENTS).where(INCIDENTS.c.id == old["_id"]).values(
        version=INCIDENTS.c.version + 1, updated_at=utcnow()))
    session.flush()
    record(session, incident_id=old["_id"], username=username, action="split",
           field="sources", before={"source": source_id}, after={"to": inc.uid})
    record(session, incident_id=inc.id, username=username, action="split",
           field="sources", before={"from": uid}, after={"source": source_id})
    return inc.uid


def incident_status(session: Session, *, uid: str) -> str:
    status = session.scalar(select(Incident.status).where(Incident.uid == uid))
    if status is None:
        raise NotFound(f"no incident {uid!r}")
    return str(status)


"""The union directory: validate, add, find, list; the public view of a union.

A union is found by its ``uid``, or by its exact Chinese or English name. Phone numbers and
contact persons are private unless ``contact_public`` is set: :func:`union_public` leaves them
out otherwise.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from labourmap.codebook import get_codebook
from labourmap.errors import Conflict, NotFound, Problem, ValidationError
from labourmap.places import get_gazetteer
from labourmap.unions.departments import canonical_department
from labourmap.unions.models import Union, UnionDepartment
from labourmap.unions.schemas import DepartmentPublic, Place, UnionCreate, UnionPublic

UID_RE = re.compile(r"^[A-Za-z0-9._-]{1,80}$")


@dataclass
class UnionRecord:
    """A validated union, ready to write."""

    uid: str
    name_zh: str
    level: str
    values: dict[str, Any]
    parent_uid: str | None
    departments: list[dict[str, Any]] = field(default_factory=list)


def make_uid(name_zh: str, division_code: str | None, level: str) -> str:
    """A stable uid from the union's name, place and level."""
    digest = hashlib.sha1(f"{name_zh}|{division_code}|{level}".encode()).hexdigest()[:8]
    return f"union-{division_code or 'x'}-{level}-{digest}"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def validate_union(raw: dict[str, Any], *, line: int | None = None,
                   file: str | None = None) -> tuple[UnionRecord | None, list[Problem]]:
    """Check one union (a dict shaped like :class:`UnionCreate`): codes, division, names."""
    cb, gz = get_codebook(), get_gazetteer()
    problems: list[Problem] = []

    def bad(message: str, fld: str, value: Any = None) -> None:
        problems.append(Problem(message, field=fld, value=value, line=line, file=file))

    name_zh = _text(raw.get("name_zh"))
    if not name_zh:
        bad("name_zh is required", "name_zh")
    level = _text(raw.get("level")) or ""
    if (p := cb.check("union_level", level, field_name="level")) is not None:
        bad(p.message, "level", level)
    division = _text(raw.get("division_code"))
    if division and gz.get(division) is None:
        bad(f"unknown division code {division!r}", "division_code", division)
    elif division:
        division = gz.get(division).code  # type: ignore[union-attr]  # an old code -> successor
    industry = _text(raw.get("industry"))
    if industry and (p := cb.check("industry", industry)) is not None:
        bad(p.message, "industry", industry)
    uid = _text(raw.get("uid")) or (make_uid(name_zh, division, level) if name_zh else "")
    if uid and not UID_RE.match(uid):
        bad("uid may hold only letters, digits, '.', '_', '-' (at most 80)", "uid", uid)
    departments = []
    for i, dep in enumerate(raw.get("departments") or []):
        if not isinstance(dep, dict):
            bad("a department must be an object", f"departments[{i}]")
            continue
        given = _text(dep.get("code")) or _text(dep.get("local_name_zh"))
        code = canonical_department(given)
        if code is None:
            bad(f"unknown department {given!r}: use a codebook code or a known local name",
                f"departments[{i}].code", given)
            continue
        local_zh = _text(dep.get("local_name_zh"))
        if local_zh is None and given and given != code:
            local_zh = given
        departments.append({"code": code, "local_name_zh": local_zh,
                            "local_name_en": _text(dep.get("local_name_en")),
                            "phone": _text(dep.get("phone"))})
    if problems or not name_zh:
        return None, problems
    values = {"name_zh": name_zh, "name_en": _text(raw.get("name_en")), "level": level,
              "division_code": division, "industry": industry,
              "employer": _text(raw.get("employer")), "phone": _text(raw.get("phone")),
              "contact_person": _text(raw.get("contact_person")),
              "contact_public": bool(raw.get("contact_public")),
              "source_reference": _text(raw.get("source_reference"))}
    return UnionRecord(uid, name_zh, level, values, _text(raw.get("parent_uid")),
                       departments), []


DEPARTMENT_KEYS = ("code", "local_name_zh", "local_name_en", "phone")


def _same_departments(union: Union, departments: list[dict[str, Any]]) -> bool:
    stored = [tuple(getattr(d, k) for k in DEPARTMENT_KEYS) for d in union.departments]
    return stored == [tuple(d.get(k) for k in DEPARTMENT_KEYS) for d in departments]


@dataclass
class WriteCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def write_unions(session: Session, records: Iterable[UnionRecord]) -> WriteCounts:
    """Insert or update unions by uid (departments replaced), then link parents. A stored
    union the record does not change is left as it is. Parent uids must exist in the batch or
    the directory."""
    counts = WriteCounts()
    records = list(records)
    by_uid: dict[str, Union] = {}
    changed: dict[str, bool] = {}
    created: set[str] = set()
    for rec in records:
        union = session.scalar(select(Union).where(Union.uid == rec.uid))
        if union is None:
            union = Union(uid=rec.uid)
            session.add(union)
            counts.created += 1
            created.add(rec.uid)
        else:
            changed[rec.uid] = any(getattr(union, k) != v for k, v in rec.values.items()) \
                or not _same_departments(union, rec.departments)
        for key, value in rec.values.items():
            if getattr(union, key) != value:
                setattr(union, key, value)
        if not _same_departments(union, rec.departments):
            union.departments = [UnionDepartment(**d) for d in rec.departments]
        by_uid[rec.uid] = union
    session.flush()
    for rec in records:
        if not rec.parent_uid:
            continue
        parent = by_uid.get(rec.parent_uid) or session.scalar(
            select(Union).where(Union.uid == rec.parent_uid))
        parent_id = parent.id if parent else None
        if by_uid[rec.uid].parent_id != parent_id:
            by_uid[rec.uid].parent_id = parent_id
            changed[rec.uid] = True
    counts.updated = sum(v for uid, v in changed.items() if uid not in created)
    counts.unchanged = len(records) - counts.created - counts.updated
    session.flush()
    return counts


def add_union(session: Session, *, data: UnionCreate) -> Union:
    """Add one union; refuses a uid that exists or a parent that does not."""
    rec, problems = validate_union(data.model_dump())
    if rec and session.scalar(select(Union.id).where(Union.uid == rec.uid)) is not None:
        raise Conflict(f"a union with uid {rec.uid!r} exists already")
    if rec and rec.parent_uid and get_union_or_none(session, uid=rec.parent_uid) is None:
        problems.append(Problem(f"no union with uid {rec.parent_uid!r}", field="parent_uid"))
    if problems or rec is None:
        raise ValidationError("invalid union", problems)
    write_unions(session, [rec])
    return get_union(session, uid=rec.uid)


def get_union_or_none(session: Session, *, uid: str) -> Union | None:
    return session.scalar(select(Union).where(Union.uid == uid))


def get_union(session: Session, *, uid: str) -> Union:
    union = get_union_or_none(session, uid=uid)
    if union is None:
        raise NotFound(f"no union {uid!r}")
    return union


def find_union_by_name(session: Session, *, name: str) -> Union | None:
    """The union whose Chinese (or English) name is exactly ``name``."""
    name = name.strip()
    return session.scalars(select(Union).where(or_(Union.name_zh == name, Union.name_en == name))
                           .order_by(Union.id)).first()


def list_unions(session: Session, *, level: str | None = None, division: str | None = None,
                q: str | None = None, limit: int = 500) -> list[Union]:
    """Unions, filtered by level, by division (the code or any code under it), by name."""
    stmt = select(Union)
    if level:
        stmt = stmt.where(Union.level == level)
    if division:
        stmt = stmt.where(Union.division_code.startswith(code_prefix(division)))
    if q:
        stmt = stmt.where(or_(Union.name_zh.contains(q), Union.name_en.contains(q)))
    return list(session.scalars(stmt.order_by(Union.division_code, Union.level, Union.name_zh)
                                .limit(limit)))


def code_prefix(code: str) -> str:
    """The prefix every code under ``code`` shares: 440000 -> 44, 441300 -> 4413."""
    prefix = code.strip()
    while prefix.endswith("00") and len(prefix) > 2:
        prefix = prefix[:-2]
    return prefix


def places_of(code: str | None) -> list[Place]:
    """The province, city and county of a division code, with names."""
    if not code:
        return []
    gz = get_gazetteer()
    div = gz.get(code)
    if div is None:
        return []
    chain = [div, *gz.ancestors(div.code)]
    return [Place(code=d.code, name_zh=d.name_zh, name_en=d.name_en) for d in reversed(chain)]


def union_public(union: Union, *, parent_uid: str | None = None) -> UnionPublic:
    """The public view: no phone number or contact person unless marked public."""
    cb = get_codebook()
    show = union.contact_public
    deps = [DepartmentPublic(code=d.code, label_en=cb["department"].code_label(d.code, "en"),
                             label_zh=cb["department"].code_label(d.code, "zh"),
                             local_name_zh=d.local_name_zh, local_name_en=d.local_name_en,
                             phone=d.phone if show else None) for d in union.departments]
    return UnionPublic(
        uid=union.uid, name_zh=union.name_zh, name_en=union.name_en, level=union.level,
        level_en=cb["union_level"].code_label(union.level, "en"),
        level_zh=cb["union_level"].code_label(union.level, "zh"),
        division_code=union.division_code, places=places_of(union.division_code),
        parent_uid=parent_uid, industry=union.industry, employer=union.employer,
        departments=deps, phone=union.phone if show else None,
        contact_person=union.contact_person if show else None,
        source_reference=union.source_reference)


def parent_uids(session: Session, unions: Iterable[Union]) -> dict[int, str]:
    """The parent uid of each union (by the union's id)."""
    ids = {u.parent_id for u in unions if u.parent_id}
    if not ids:
        return {}
    rows = session.execute(select(Union.id, Union.uid).where(Union.id.in_(ids)))
    by_id = {int(i): str(u) for i, u in rows}
    return {u.id: by_id[u.parent_id] for u in unions if u.parent_id in by_id}

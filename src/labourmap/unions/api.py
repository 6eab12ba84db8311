"""JSON routes of the union directory under /api/v1/unions (public view: phone numbers and
contact persons only where marked public)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from labourmap.unions.schemas import UnionList, UnionPublic
from labourmap.unions.service import get_union, list_unions, parent_uids, union_public
from labourmap.web.deps import SessionDep
from labourmap.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/unions", tags=["unions"], responses=ERROR_RESPONSES)


@router.get("", response_model=UnionList)
def unions(session: SessionDep,
           level: Annotated[str | None, Query(description="A union level")] = None,
           division: Annotated[str | None, Query(
               description="A division code: unions there and under it")] = None,
           q: Annotated[str | None, Query(max_length=100, description="Part of a name")] = None,
           ) -> UnionList:
    """Unions of the directory, by place."""
    found = list_unions(session, level=level, division=division, q=q, limit=5000)
    parents = parent_uids(session, found)
    items = [union_public(u, parent_uid=parents.get(u.id)) for u in found]
    return UnionList(total=len(items), items=items)


@router.get("/{uid}", response_model=UnionPublic)
def union(session: SessionDep, uid: str) -> UnionPublic:
    """One union with its departments."""
    found = get_union(session, uid=uid)
    return union_public(found, parent_uid=parent_uids(session, [found]).get(found.id))

"""Pydantic schemas of the union directory."""

from __future__ import annotations

from pydantic import BaseModel, Field


class DepartmentIn(BaseModel):
    """A department to add: a codebook code or a local name (维权部 …) in ``code``."""

    code: str
    local_name_zh: str | None = None
    local_name_en: str | None = None
    phone: str | None = Field(default=None, description="private unless the union's contact "
                              "details are public")


class UnionCreate(BaseModel):
    """A union to add to the directory; ``uid`` is made from the name and place when empty."""

    uid: str | None = None
    name_zh: str
    name_en: str | None = None
    level: str
    division_code: str | None = None
    parent_uid: str | None = None
    industry: str | None = None
    employer: str | None = None
    phone: str | None = None
    contact_person: str | None = None
    contact_public: bool = False
    departments: list[DepartmentIn] = Field(default_factory=list)
    source_reference: str | None = None


class DepartmentPublic(BaseModel):
    """A department as the public sees it: canonical code, labels, its local names."""

    code: str
    label_en: str
    label_zh: str
    local_name_zh: str | None = None
    local_name_en: str | None = None
    phone: str | None = Field(default=None, description="only when the union's contact "
                              "details are public")


class Place(BaseModel):
    code: str
    name_zh: str
    name_en: str


class UnionPublic(BaseModel):
    """A union in the directory. Phone numbers and contact persons only where the union's
    contact details are marked public."""

    uid: str
    name_zh: str
    name_en: str | None
    level: str
    level_en: str
    level_zh: str
    division_code: str | None
    places: list[Place] = Field(default_factory=list)
    parent_uid: str | None
    industry: str | None
    employer: str | None
    departments: list[DepartmentPublic]
    phone: str | None = None
    contact_person: str | None = None
    source_reference: str | None = None


class UnionList(BaseModel):
    total: int
    items: list[UnionPublic]

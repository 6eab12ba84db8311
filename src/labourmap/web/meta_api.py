"""JSON routes of the shared data the pages label and filter with: codebook and divisions."""

from __future__ import annotations

from functools import cache
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from labourmap.codebook import get_codebook
from labourmap.errors import Problem, ValidationError
from labourmap.places import get_gazetteer
from labourmap.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["reference"], responses=ERROR_RESPONSES)


class CodeOut(BaseModel):
    code: str
    en: str
    zh: str


class FieldOut(BaseModel):
    name: str
    multi: bool
    label_en: str
    label_zh: str
    only_kind: str | None = None
    codes: list[CodeOut]


class CodebookOut(BaseModel):
    """Every coded field with its codes and their English and Chinese labels."""

    version: int
    fields: list[FieldOut]


class DivisionOut(BaseModel):
    code: str
    name_zh: str
    name_en: str
    level: str
    lat: float | None = None
    lon: float | None = None


class DivisionList(BaseModel):
    """Divisions to filter by: mainland provinces, or the cities (prefectures) of one."""

    level: str
    parent: str | None = Field(default=None, description="the province of the cities")
    items: list[DivisionOut]


@router.get("/codebook", response_model=CodebookOut)
def codebook() -> CodebookOut:
    """The codebook: codes and labels in English and Chinese."""
    cb = get_codebook()
    return CodebookOut(version=cb.version, fields=[
        FieldOut(name=f.name, multi=f.multi, label_en=f.label_en, label_zh=f.label_zh,
                 only_kind=f.only_kind, codes=[CodeOut(code=c.code, en=c.en, zh=c.zh)
                                               for c in f.codes])
        for f in cb.fields.values()])


@cache
def provinces() -> list[DivisionOut]:
    """The mainland's province-level divisions, in code order (built once; read only)."""
    return [DivisionOut(code=d.code, name_zh=d.name_zh, name_en=d.name_en, level=d.level,
                        lat=d.lat, lon=d.lon)
            for d in get_gazetteer().all("province") if d.mainland]


def cities_of(province: str) -> list[DivisionOut]:
    """The cities (prefecture-level units, a municipality itself, province-administered
    county-level cities) of a province, in code order."""
    gz = get_gazetteer()
    prov = gz.get(province)
    if prov is None or prov.level != "province":
        raise ValidationError("invalid request", [Problem(
            f"{province} is not a province code", field="province", value=province)])
    seen: dict[str, DivisionOut] = {}
    for child in gz.children(prov.code):
        city = gz.city_of(child.code)
        if city is not None and city.code not in seen:
            seen[city.code] = DivisionOut(code=city.code, name_zh=city.name_zh,
                                          name_en=city.name_en, level="city",
                                          lat=city.lat, lon=city.lon)
    return sorted(seen.values(), key=lambda d: d.code)


@router.get("/divisions", response_model=DivisionList)
def divisions(province: Annotated[str | None, Query(
        pattern=r"^\d{6}$", description="a province code: list its cities")] = None
              ) -> DivisionList:
    """Mainland provinces, or with ``province`` the cities of that province."""
    if province:
        return DivisionList(level="city", parent=province, items=cities_of(province))
    return DivisionList(level="province", items=provinces())

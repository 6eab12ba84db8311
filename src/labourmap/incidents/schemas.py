"""Pydantic schemas of incidents as the public API returns them."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class SourcePublic(BaseModel):
    """A public source of an incident (private sources are never returned)."""

    platform: str
    title: str | None = None
    url: str | None = None
    reference: str | None = None
    locator: str | None = None
    posted_at: str | None = None
    lang: str | None = None


class Place(BaseModel):
    code: str
    name_zh: str
    name_en: str


class IncidentPublic(BaseModel):
    """A published incident, every coded field with its code."""

    uid: str
    kind: str
    date: dt.date | None
    date_precision: str
    end_date: dt.date | None
    province: str | None
    city: str | None
    county: str | None
    place: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str | None
    industry: str | None
    forms: list[str]
    demands: list[str]
    ownership: str | None
    participants: str | None
    responses: list[str]
    employer: str | None
    amount_yuan: float | None
    killed: int | None
    injured: int | None
    accident_type: str | None
    outcome: str
    title_en: str | None
    title_zh: str | None
    description_en: str | None
    description_zh: str | None
    places: list[Place] = Field(default_factory=list, description="province, city, county names")


class IncidentBrief(BaseModel):
    """A published incident in a short list (related incidents)."""

    uid: str
    kind: str
    date: dt.date | None
    title_en: str | None
    title_zh: str | None
    places: list[Place] = Field(default_factory=list)


class IncidentDetail(IncidentPublic):
    """An incident with its public sources and related published incidents."""

    sources: list[SourcePublic] = Field(default_factory=list)
    related_employer: list[IncidentBrief] = Field(
        default_factory=list, description="other incidents with the same employer, newest first")
    related_place: list[IncidentBrief] = Field(
        default_factory=list, description="other incidents in the same county (else city)")


class IncidentPage(BaseModel):
    """One page of a filtered list, newest first."""

    total: int
    page: int
    size: int
    items: list[IncidentPublic]


class Count(BaseModel):
    key: str | None
    count: int


class Stats(BaseModel):
    """Counts of the filtered incidents by the dimensions the maps and charts use."""

    total: int
    by_kind: list[Count]
    by_province: list[Count]
    by_city: list[Count]
    by_industry: list[Count]
    by_ownership: list[Count]
    by_participants: list[Count]
    by_demands: list[Count]
    by_month: list[Count]
    by_year: list[Count]


class RegionCount(BaseModel):
    code: str
    name_zh: str
    name_en: str
    count: int


class RegionCounts(BaseModel):
    """Matching incidents per province or per city (prefecture): what the map shades."""

    level: str
    total: int
    unplaced: int = Field(description="matching incidents without a division at this level")
    items: list[RegionCount]


class PointProperties(BaseModel):
    uid: str
    kind: str
    date: dt.date | None
    title_en: str | None
    title_zh: str | None
    industry: str | None
    ownership: str | None
    participants: str | None
    demands: list[str]


class PointGeometry(BaseModel):
    type: str = "Point"
    coordinates: tuple[float, float] = Field(description="[longitude, latitude], WGS 84")


class PointFeature(BaseModel):
    type: str = "Feature"
    id: str
    geometry: PointGeometry
    properties: PointProperties


class PointCollection(BaseModel):
    """Matching incidents as GeoJSON points (RFC 7946), newest first, at most ``limit``."""

    type: str = "FeatureCollection"
    total: int = Field(description="matching incidents with a point (in the box, if given)")
    truncated: bool
    features: list[PointFeature]

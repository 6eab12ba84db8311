"""Synthetic incidents for benchmarks and load tests.

Spread over provinces, industries, kinds and dates roughly as China Labour Bulletin's published
shares (Strike Map, 2011–2023: about half construction, a third manufacturing, then services,
transport and logistics, mining, education …; Guangdong the most, then the populous provinces),
with plausible bilingual titles. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from labourmap.codebook import get_codebook
from labourmap.places import Division, get_gazetteer

KINDS = (("collective_action", 70), ("workplace_accident", 18), ("call_for_help", 12))
INDUSTRIES = (("construction", 48), ("manufacturing", 30), ("services", 8),
              ("transport_logistics", 6), ("mining", 2), ("education", 2), ("healthcare", 1),
              ("public_sector", 1), ("energy_utilities", 1), ("agriculture", 0.5), ("other", 0.5))
#: Relative weight of provinces (CLB's maps: Guangdong far ahead, then populous provinces).
PROVINCE_WEIGHT = {"440000": 16, "410000": 6, "370000": 6, "320000": 6, "330000": 5,
                   "510000": 5, "130000": 4, "350000": 4, "420000": 4, "430000": 4,
                   "340000": 4, "110000": 3, "310000": 3, "500000": 3, "610000": 3}
DEMANDS = (("wage_arrears", 60), ("pay", 8), ("social_insurance", 6), ("severance", 6),
           ("relocation_closure", 5), ("injury_compensation", 5), ("hours_overtime", 2),
           ("working_conditions", 2), ("employment_relationship", 3), ("pension", 1),
           ("fines_management", 1), ("discrimination", 1))
FORMS = (("protest", 55), ("strike", 20), ("road_blockade", 6), ("sit_in", 6), ("petition", 6),
         ("self_harm_threat", 5), ("march", 2))
OWNERSHIP = (("private", 60), ("state_owned", 12), ("foreign_invested", 8), ("government", 5),
             ("unknown", 15))
PARTICIPANTS = (("1-9", 15), ("10-99", 60), ("100-999", 20), ("1000-9999", 4), ("10000+", 1))
RESPONSES = (("police", 25), ("government_intervention", 20), ("negotiation", 10),
             ("detention", 4), ("violence", 3), ("union_intervention", 2))
ACCIDENTS = (("fall", 25), ("collapse", 15), ("explosion_fire", 15), ("mine", 10),
             ("traffic", 15), ("machinery", 10), ("poisoning_disease", 10))
OUTCOMES = (("unknown", 70), ("won", 8), ("partly_won", 10), ("lost", 4), ("unresolved", 8))
INDUSTRY_ZH = {"construction": "建筑工地", "manufacturing": "工厂", "services": "服务企业",
               "transport_logistics": "物流公司", "mining": "煤矿", "education": "学校",
               "healthcare": "医院", "public_sector": "事业单位", "energy_utilities": "电厂",
               "agriculture": "农场", "other": "企业"}
INDUSTRY_EN = {"construction": "construction site", "manufacturing": "factory",
               "services": "service company", "transport_logistics": "logistics firm",
               "mining": "coal mine", "education": "school", "healthcare": "hospital",
               "public_sector": "public institution", "energy_utilities": "power plant",
               "agriculture": "farm", "other": "company"}
EMPLOYER_WORDS = ("宏达", "鑫源", "华润", "中联", "金辉", "永盛", "东方", "新世纪", "恒通", "盛世")
EMPLOYER_KIND = {"construction": "建设工程有限公司", "manufacturing": "电子科技有限公司",
                 "services": "物业管理有限公司", "transport_logistics": "快递有限公司",
                 "mining": "矿业有限公司"}


def _table(pairs: tuple[tuple[str, float], ...]) -> tuple[list[str], list[float]]:
    return [p[0] for p in pairs], [float(p[1]) for p in pairs]


@dataclass
class _Tables:
    counties: list[Division]
    weights: list[float]


def _counties() -> _Tables:
    gz = get_gazetteer()
    counties, weights = [], []
    for div in gz.all("county"):
        if not div.mainland:
            continue
        prov = gz.province_of(div.code)
        counties.append(div)
        weights.append(PROVINCE_WEIGHT.get(prov.code if prov else "", 1.5))
    return _Tables(counties, weights)


def synth_incidents(n: int, *, seed: int = 1, first: date = date(2011, 1, 1),
                    last: date = date(2025, 12, 31), status: str = "published"
                    ) -> Iterator[dict[str, Any]]:
    """``n`` synthetic incident records (the import column set), reproducible from ``seed``."""
    rng = random.Random(seed)
    gz = get_gazetteer()
    tables = _counties()
    kinds, kw = _table(KINDS)
    inds, iw = _table(INDUSTRIES)
    span = (last - first).days
    chosen = rng.choices(tables.counties, weights=tables.weights, k=n)
    for i in range(n):
        kind = rng.choices(kinds, kw)[0]
        industry = rng.choices(inds, iw)[0]
        county = chosen[i]
        city = gz.city_of(county.code)
        prov = gz.province_of(county.code)
        day = first + timedelta(days=rng.randrange(span + 1))
        rec = _record(rng, i, seed, kind, industry, county, city, prov, day, status)
        yield rec


def _pick(rng: random.Random, pairs: tuple[tuple[str, float], ...], k: int,
          field: str | None = None) -> list[str]:
    """``k`` weighted draws without repeats, in the codebook's order of ``field``."""
    codes, weights = _table(pairs)
    order = get_codebook()[field].allowed() if field else tuple(codes)
    return sorted(set(rng.choices(codes, weights, k=k)), key=order.index)


def _record(rng: random.Random, i: int, seed: int, kind: str, industry: str, county: Division,
            city: Division | None, prov: Division | None, day: date, status: str
            ) -> dict[str, Any]:
    lat = (county.lat or 0) + rng.uniform(-0.05, 0.05)
    lon = (county.lon or 0) + rng.uniform(-0.05, 0.05)
    name = rng.choice(EMPLOYER_WORDS) + EMPLOYER_KIND.get(industry, "有限公司")
    where_zh = county.name_zh if city is None else f"{city.name_zh}{county.name_zh}"
    where_en = county.name_en if city is None else f"{county.name_en}, {city.name_en}"
    rec: dict[str, Any] = {
        "uid": f"synth-{seed}-{i:08d}", "kind": kind, "status": status,
        "date": day, "date_precision": "day", "end_date": None,
        "province": prov.code if prov else None, "city": city.code if city else None,
        "county": county.code, "place": None,
        "latitude": round(lat, 5), "longitude": round(lon, 5), "geo_precision": "point",
        "industry": industry, "forms": [], "demands": [], "ownership": None,
        "participants": None, "responses": [], "employer": name, "amount_yuan": None,
        "killed": None, "injured": None, "accident_type": None, "outcome": "unknown",
        "description_en": None, "description_zh": None,
    }
    if kind == "workplace_accident":
        rec["accident_type"] = _pick(rng, ACCIDENTS, 1)[0]
        rec["killed"] = rng.choice((0, 1, 1, 1, 2, 3))
        rec["injured"] = rng.choice((0, 0, 1, 2, 5))
        rec["title_zh"] = f"{where_zh}{INDUSTRY_ZH[industry]}发生事故，{rec['killed']}人死亡"
        rec["title_en"] = f"Accident at a {INDUSTRY_EN[industry]} in {where_en}"
        return rec
    rec["demands"] = _pick(rng, DEMANDS, rng.choice((1, 1, 2)), "demands")
    rec["ownership"] = _pick(rng, OWNERSHIP, 1)[0]
    rec["outcome"] = _pick(rng, OUTCOMES, 1)[0]
    if kind == "collective_action":
        rec["forms"] = _pick(rng, FORMS, rng.choice((1, 1, 2)), "forms")
        rec["participants"] = _pick(rng, PARTICIPANTS, 1)[0]
        rec["responses"] = _pick(rng, RESPONSES, 2, "responses") if rng.random() < 0.4 else []
        amount = rng.choice((None, None, rng.randrange(5, 500) * 10000))
        rec["amount_yuan"] = float(amount) if amount else None
        rec["title_zh"] = f"{where_zh}{INDUSTRY_ZH[industry]}工人聚集讨要工资"
        rec["title_en"] = f"Workers at a {INDUSTRY_EN[industry]} in {where_en} protest"
    else:
        rec["participants"] = "1-9"
        rec["title_zh"] = f"{where_zh}{INDUSTRY_ZH[industry]}工人发帖求助"
        rec["title_en"] = f"Worker at a {INDUSTRY_EN[industry]} in {where_en} asks for help"
    return rec

"""Jurisdiction routing: a county-level city, a municipal district, a municipality directly
under the central government; with and without directory records; after a referral."""

from __future__ import annotations

from pathlib import Path

from labourmap.accountability.routing import route_for_place, route_incident
from labourmap.accountability.transfer import import_contacts
from labourmap.db import Database
from labourmap.demo import load_demo
from labourmap.unions.schemas import DepartmentIn, UnionCreate
from labourmap.unions.service import add_union

from ..accountability.helpers import row, write_csv


def _names(steps: list) -> list[tuple[str, str, bool]]:  # type: ignore[type-arg]
    return [(s.role, s.name_zh, s.in_directory) for s in steps]


def test_empty_directory_proposes_conventional_names(db: Database) -> None:
    with db.sessions() as s:
        renqiu = route_for_place(s, province="130000", city="130900", county="130982")
        huiyang = route_for_place(s, province=None, city=None, county="441303")
        chaoyang = route_for_place(s, province="110000", city="110000", county="110105")
        jiyuan = route_for_place(s, province=None, city=None, county="419001")
        city_only = route_for_place(s, province=None, city="441300", county=None)
    assert _names(renqiu) == [("county", "任丘市总工会", False),
                              ("municipal", "沧州市总工会", False),
                              ("provincial", "河北省总工会", False)]
    assert _names(huiyang) == [("county", "惠阳区总工会", False),
                               ("municipal", "惠州市总工会", False),
                               ("provincial", "广东省总工会", False)]
    # a municipality: no separate municipal and provincial federation
    assert _names(chaoyang) == [("county", "朝阳区总工会", False),
                                ("provincial", "北京市总工会", False)]
    # a county-level city the province administers directly: its own city
    assert _names(jiyuan) == [("county", "济源市总工会", False),
                              ("provincial", "河南省总工会", False)]
    assert [n for _, n, _ in _names(city_only)] == ["惠州市总工会", "广东省总工会"]
    assert renqiu[0].level == "district_county" and renqiu[0].division_code == "130982"


def test_directory_records_sectoral_and_enterprise(db: Database) -> None:
    with db.session() as s:
        add_union(s, data=UnionCreate(uid="bj", name_zh="北京市总工会", level="provincial",
                                      division_code="110000"))
        add_union(s, data=UnionCreate(uid="cy", name_zh="北京市朝阳区总工会",
                                      level="district_county", division_code="110105",
                                      parent_uid="bj",
                                      departments=[DepartmentIn(code="法律服务部")]))
        add_union(s, data=UnionCreate(uid="bj-transport", name_zh="北京市交通运输工会",
                                      level="sectoral", division_code="110000",
                                      industry="transport_logistics"))
        add_union(s, data=UnionCreate(uid="eleme", name_zh="饿了么北京企业工会",
                                      level="enterprise", division_code="110000",
                                      employer="饿了么"))
        add_union(s, data=UnionCreate(uid="sunhe", name_zh="朝阳区孙河工会服务站",
                                      level="service_station", division_code="110105"))
    with db.sessions() as s:
        steps = route_for_place(s, province="110000", city="110000", county="110105",
                                industry="transport_logistics", employer="饿了么 (Ele.me)")
        other = route_for_place(s, province="110000", city="110000", county="110105",
                                employer="某某建筑公司")
    assert _names(steps) == [("county", "北京市朝阳区总工会", True),
                             ("provincial", "北京市总工会", True),
                             ("sectoral", "北京市交通运输工会", True),
                             ("enterprise", "饿了么北京企业工会", True),
                             ("local", "朝阳区孙河工会服务站", True)]
    assert steps[0].union_uid == "cy" and steps[0].rights_department == "法律服务部"
    assert ("enterprise", "某某建筑公司工会", False) in _names(other)


def test_referral_comes_first(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    path = write_csv(tmp_path / "c.csv", [
        row("q", incident_id="seed001-huizhou-qiang", province="", city="", county="",
            industry="", kind="", incident_date="", union_name="惠州市总工会",
            union_level="municipal", excuses="bureaucratic_deflection",
            referred_to="惠州市惠阳区总工会", after_contact="declined"),
        row("q", incident_id="", province="", city="", county="", industry="", kind="",
            incident_date="", outcome="", union_name="惠州市总工会", union_level="municipal",
            referred_to="信访部门")])
    with db.session() as s:
        import_contacts(s, path=path)
    with db.sessions() as s:
        route = route_incident(s, incident_uid="seed001-huizhou-qiang")
    assert route.case_uid == "q"
    first = route.steps[0]
    assert (first.role, first.name_zh, first.in_directory) == ("referral", "惠州市惠阳区总工会",
                                                               False)
    assert first.referred_by == "惠州市总工会" and first.order == 1
    huizhou = next(s for s in route.steps if s.name_zh == "惠州市总工会")
    assert huizhou.contacted == 2 and huizhou.in_directory  # added by the import
    assert all(s.name_zh != "信访部门" for s in route.steps)  # not a union

"""The union directory: add, import (all or nothing), departments by local name, listing,
and the `labourmap unions` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from labourmap.cli.main import app as cli
from labourmap.db import Database
from labourmap.errors import Conflict, ImportRejected, ValidationError
from labourmap.unions.departments import canonical_department
from labourmap.unions.models import Union
from labourmap.unions.schemas import UnionCreate
from labourmap.unions.service import add_union, list_unions
from labourmap.unions.transfer import import_unions, read_union_rows


@pytest.mark.parametrize(("name", "code"), [
    ("维权部", "rights_protection"), ("权益保障部", "rights_protection"),
    ("法律工作部", "rights_protection"), ("经济法律部", "rights_protection"),
    ("维权大厅", "rights_protection"), ("职工信访部", "rights_protection"),
    ("职工帮扶中心", "rights_protection"), ("职工服务中心", "rights_protection"),
    ("农民工委员会", "rights_protection"), ("法律服务部", "rights_protection"),
    ("Rights protection department", "rights_protection"),
    ("组织部", "organising"), ("基层工作部", "grassroots_work"), ("经济工作部", "economic_work"),
    ("总机", "operator"), ("值班律师", "duty_lawyer"), ("economic_work", "economic_work"),
    ("维权部（职工服务中心）", "rights_protection"), ("食堂", None), ("", None),
])
def test_department_names(name: str, code: str | None) -> None:
    assert canonical_department(name) == code


def test_add_and_list(db: Database) -> None:
    with db.session() as s:
        add_union(s, data=UnionCreate(uid="hb", name_zh="河北省总工会", level="provincial",
                                      division_code="130000"))
        add_union(s, data=UnionCreate(name_zh="任丘市总工会", level="district_county",
                                      division_code="130982", parent_uid="hb"))
        with pytest.raises(Conflict):
            add_union(s, data=UnionCreate(uid="hb", name_zh="x", level="provincial"))
        with pytest.raises(ValidationError) as info:
            add_union(s, data=UnionCreate(name_zh="x", level="village", division_code="1",
                                          parent_uid="nope"))
        assert {p.field for p in info.value.problems} == {"level", "division_code"}
    with db.sessions() as s:
        assert [u.name_zh for u in list_unions(s, division="130900")] == ["任丘市总工会"]
        assert len(list_unions(s, division="130000")) == 2
        assert [u.name_zh for u in list_unions(s, level="provincial")] == ["河北省总工会"]


def test_import_rejects_whole_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    path.write_text(json.dumps([
        {"uid": "a", "name_zh": "甲总工会", "level": "municipal", "division_code": "130900"},
        {"uid": "b", "name_zh": "", "level": "municipal"},
        {"uid": "c", "name_zh": "乙", "level": "enterprise",
         "departments": [{"code": "canteen"}]},
        {"uid": "a", "name_zh": "丙", "level": "enterprise"},
        {"uid": "d", "name_zh": "丁", "level": "enterprise", "parent_uid": "zzz"},
    ], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportRejected) as info, db.session() as s:
        import_unions(s, rows=read_union_rows(path), label=str(path))
    where = {(p.line, p.field) for p in info.value.problems}
    assert where == {(2, "name_zh"), (3, "departments[0].code"), (4, "uid"), (5, "parent_uid")}
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Union)) == 0


def test_cli_import_list_add(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                             ) -> None:
    monkeypatch.setenv("LABOURMAP_DATABASE_URL", db.url)
    csv_path = tmp_path / "u.csv"
    csv_path.write_text(
        "uid,name_zh,name_en,level,division_code,parent_uid,industry,employer,phone,"
        "contact_person,contact_public,departments,source_reference\n"
        "gd,广东省总工会,Guangdong FTU,provincial,440000,,,,020-1,,yes,,\n"
        "hz,惠州市总工会,,municipal,441300,gd,,,0752-2,张三,,维权部;operator=总机,\n",
        encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(cli, ["unions", "import", str(csv_path)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["unions", "add", "惠阳区总工会", "--level", "district_county",
                              "--division", "441303", "--parent", "hz", "--department", "维权部"])
    assert res.exit_code == 0, res.output
    listed = json.loads(runner.invoke(cli, ["unions", "list", "--json"]).stdout)
    by_uid = {u["uid"]: u for u in listed}
    assert by_uid["gd"]["phone"] == "020-1"  # marked public
    assert by_uid["hz"]["phone"] is None and by_uid["hz"]["contact_person"] is None
    assert [d["code"] for d in by_uid["hz"]["departments"]] == ["rights_protection", "operator"]
    assert "0752-2" not in runner.invoke(cli, ["unions", "list"]).stdout
    bad = runner.invoke(cli, ["unions", "add", "x", "--level", "village"])
    assert bad.exit_code == 1

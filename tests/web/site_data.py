"""Incidents for the public site's tests: published ones of every kind, hidden ones of every
other status, private sources and personal identifiers that must never show."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from labourmap.db import Database
from labourmap.incidents.transfer import import_file
from labourmap.settings import Settings
from labourmap.web.app import create_app

from ..incidents.helpers import row, write_jsonl

PHONE = "13912345678"
ID_CARD = "110101199003071234"
PRIVATE_TEXT = "PRIVATE-SOURCE-TEXT"
PRIVATE_URL = "https://example.org/private-post"


def _row(**changes: Any) -> dict[str, Any]:
    out = row(**changes)
    for key in ("forms", "demands", "responses"):
        value = out.get(key)
        if isinstance(value, str):
            out[key] = [v for v in value.split(";") if v]
    return out


ROWS: list[dict[str, Any]] = [
    _row(uid="hebei-taxi", date="2020-05-11", employer="任丘市出租车公司",
         title_zh="任丘出租车司机聚集", title_en="Renqiu taxi drivers protest"),
    _row(uid="gd-build", date="2021-03-02", province="440000", city="440300", county="440306",
         industry="construction", forms="protest", demands="wage_arrears",
         participants="100-999", ownership="state_owned", responses="police;negotiation",
         employer="中铁十四局", title_zh="深圳宝安建筑工人讨薪", title_en="Builders demand pay",
         description_zh=f"工人称联系电话{PHONE}，身份证{ID_CARD}。",
         sources=[{"platform": "weibo", "url": "https://example.org/public-post",
                   "title": "公开帖子", "text": "公开", "public": True},
                  {"platform": "form", "url": PRIVATE_URL, "title": "举报",
                   "text": PRIVATE_TEXT, "public": False}]),
    _row(uid="gd-factory", date="2021-07-09", province="440000", city="441900", county="",
         industry="manufacturing", forms="strike", demands="pay;social_insurance",
         participants="1000-9999", ownership="foreign_invested", responses="police",
         employer="裕元鞋厂 (Yue Yuen)", title_zh="东莞裕元工人罢工",
         title_en="Yue Yuen shoe workers strike", description_en=f"Call {PHONE} for details"),
    _row(uid="gd-factory-2", date="2021-08-01", province="440000", city="441900", county="",
         industry="manufacturing", forms="strike", demands="severance",
         participants="100-999", ownership="foreign_invested", responses="",
         employer="裕元鞋厂 (Yue Yuen)", title_zh="裕元工人再次罢工",
         title_en="Yue Yuen workers strike again"),
    _row(uid="bj-accident", kind="workplace_accident", forms="", date="2019-01-20",
         province="110000", city="110000", county="110105", industry="construction", demands="",
         killed="2", injured="1", accident_type="fall", participants="", responses="",
         title_zh="北京朝阳工地坠落事故", title_en="Fall at a Beijing building site"),
    _row(uid="cd-help", kind="call_for_help", forms="", date="2021-06-01", province="510000",
         city="510100", county="", industry="services", demands="wage_arrears",
         participants="1-9", responses="", title_zh="成都保洁员发帖求助欠薪",
         title_en="Chengdu cleaner asks for unpaid wages"),
]
HIDDEN = {
    "hidden-draft": "draft", "hidden-review": "in_review", "hidden-rejected": "rejected",
    "hidden-merged": "merged",
}
for _uid, _status in HIDDEN.items():
    ROWS.append(_row(uid=_uid, status=_status, date="2021-07-20", province="440000",
                     city="441900", county="", industry="manufacturing",
                     employer="裕元鞋厂 (Yue Yuen)", title_zh=f"{_uid} 隐藏",
                     title_en=f"{_uid} SECRET"))
PUBLISHED = {"hebei-taxi", "gd-build", "gd-factory", "gd-factory-2", "bj-accident", "cd-help"}


def load(db: Database, tmp_path: Path) -> None:
    import_file(db, write_jsonl(tmp_path / "rows.jsonl", ROWS), today=date(2026, 1, 1))


def make_app(db: Database, tmp_path: Path) -> FastAPI:
    load(db, tmp_path)
    return create_app(Settings(database_url=db.url, page_size=50), db=db)

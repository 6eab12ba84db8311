"""Example posts for ingest tests (written for these tests), post files, a full dump of the
store, emptying it, and running the real `labourmap` command in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from labourmap.db import Database
from labourmap.db.models import Base

#: A strike in Shenzhen, reported twice (the second post on the evening of the same day).
STRIKE: dict[str, Any] = {
    "id": "w1", "platform": "weibo", "posted_at": "2024-03-12T11:00:00+08:00",
    "text": "3月12日上午，深圳市宝安区的鸿运精密制品有限公司约三百名工人停工，聚集在厂门口讨要"
            "被拖欠的两个月工资。",
    "gold": {"kind": "never read"},  # keys other than the post's own are ignored
}
STRIKE_AGAIN: dict[str, Any] = {
    "id": "w2", "platform": "weibo", "posted_at": "2024-03-12T20:00:00+08:00",
    "url": "https://example.org/w2",
    "text": "鸿运精密制品公司工人12日集体停工讨薪，称公司拖欠工资两个月，派出所民警到场。"
            "地点在深圳宝安。",
}
#: The same strike in Traditional characters, full-width digits and leading ideographic spaces.
STRIKE_TRADITIONAL: dict[str, Any] = {
    "id": "t1", "platform": "news", "posted_at": "2024-03-13T09:00:00+08:00",
    "text": "\u3000\u3000３月１２日，廣東深圳寶安區的鴻運精密製品有限公司數百名工人罷工，"
            "要求發放拖欠的工資。",
}
WEATHER: dict[str, Any] = {"id": "n1", "text": "周末去公园散步，天气晴朗，心情不错。"}
ACCIDENT: dict[str, Any] = {
    "id": "k1", "platform": "news", "posted_at": "2024-04-08T15:00:00+08:00",
    "text": "4月8日，江苏省苏州市昆山市一家五金厂车间发生爆炸，造成2人死亡、4人受伤。",
}
ACCIDENT_EN: dict[str, Any] = {
    "id": "k2", "platform": "news", "posted_at": "2024-04-08T18:00:00+08:00", "lang": "en",
    "text": "An explosion at a hardware factory in Kunshan, Jiangsu province, killed two "
            "workers and injured four on April 8.",
}
#: Two incidents (the strike with two posts, the accident) and a post that is none.
POSTS = [STRIKE, STRIKE_AGAIN, WEATHER, ACCIDENT]

CITIES = [("广东省", "东莞市"), ("浙江省", "宁波市"), ("江苏省", "无锡市"), ("福建省", "泉州市"),
          ("湖北省", "武汉市"), ("河南省", "郑州市"), ("四川省", "成都市"), ("山东省", "青岛市")]
#: Firm names that are no place's name (the engine reads 新丰, 德昌 or 泰来 as counties).
FIRMS = ["鸿运", "金盛", "永达", "恒通", "瑞祥", "宝利", "益民", "天合", "顺发", "佳美", "长青",
         "万隆", "安泰", "龙腾", "美达", "立信", "联发", "盛达", "百佳", "鑫源", "凯达", "信达",
         "宏图", "宇通"]
TRADES = ["电子厂", "制衣厂", "五金厂", "家具厂", "鞋厂", "塑胶厂", "玩具厂", "纸品厂"]


def many_posts(n: int) -> list[dict[str, Any]]:
    """``n`` posts about ``n // 3`` wage strikes, three posts each, worded differently: each
    strike in its own firm, nine days after the one before."""
    out = []
    for i in range(n):
        k = i // 3
        province, city = CITIES[k % len(CITIES)]
        day = date(2024, 1, 2) + timedelta(days=9 * k)
        firm = FIRMS[k % len(FIRMS)] + TRADES[k % len(TRADES)]
        when = f"{day.month}月{day.day}日"
        words = (f"{when}，{province}{city}的{firm}一百多名工人停工讨薪，称工厂拖欠两个月工资。",
                 f"位于{city}的{firm}工人{when}集体罢工，要求老板支付拖欠的工资。",
                 f"{firm}欠薪：{when}上午，{city}这家工厂的工人在门口拉横幅讨要工资。")[i % 3]
        out.append({"id": f"m{i}", "text": words,
                    "posted_at": f"{day.isoformat()}T20:00:00+08:00"})
    return out


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    """One line per row: a dict as JSON, a str as it is, bytes as they are."""
    with path.open("wb") as fh:
        for r in rows:
            if isinstance(r, bytes):
                line = r
            elif isinstance(r, str):
                line = r.encode("utf-8")
            else:
                line = json.dumps(r, ensure_ascii=False).encode("utf-8")
            fh.write(line + b"\n")
    return path


#: Tables whose rows others point to, and the column that names a row across runs.
NATURAL_KEYS = {"incidents": "uid", "sources": "content_hash", "users": "username"}
#: Columns that differ between two equal stores: row ids and the moments rows were written.
VOLATILE = {"id", "created_at", "updated_at", "at"}


def dump(db: Database) -> dict[str, list[str]]:
    """Every row of every table, as sorted JSON: row ids and write times left out, and a
    reference to another row given as that row's natural key (uid, content hash)."""
    tables = Base.metadata.tables
    with db.engine.connect() as conn:
        keys = {name: dict(conn.execute(select(tables[name].c.id, tables[name].c[col])).all())
                for name, col in NATURAL_KEYS.items()}
        out: dict[str, list[str]] = {}
        for table in Base.metadata.sorted_tables:
            rows = []
            for row in conn.execute(select(table)).mappings():
                item: dict[str, Any] = {}
                for col in table.columns:
                    value = row[col.name]
                    fk = next(iter(col.foreign_keys), None)
                    if fk is not None and fk.column.table.name in keys:
                        value = keys[fk.column.table.name].get(value)
                    elif col.name in VOLATILE:
                        continue
                    item[col.name] = value
                rows.append(json.dumps(item, sort_keys=True, ensure_ascii=False, default=str))
            out[table.name] = sorted(rows)
    return out


def empty(db: Database) -> None:
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(text(f"DELETE FROM {table.name}"))


ROOT = Path(__file__).resolve().parents[2]
#: The installed `labourmap` command of this environment.
LABOURMAP = str(Path(sys.executable).with_name("labourmap"))


def cli_env(db: Database, var_dir: Path) -> dict[str, str]:
    return {**os.environ, "LABOURMAP_DATABASE_URL": db.url, "LABOURMAP_VAR_DIR": str(var_dir)}


def run_cli(db: Database, var_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``labourmap ARGS…`` in a child process on ``db``; its output, whatever its status."""
    return subprocess.run([LABOURMAP, *args], cwd=ROOT, env=cli_env(db, var_dir), text=True,
                          capture_output=True, timeout=300, check=False)


def summary_line(stderr: str) -> str:
    """The summary line `labourmap ingest` ends with."""
    return next(line for line in stderr.splitlines() if " posts read: " in line)

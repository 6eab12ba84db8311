"""Extraction on Dask: posts per second with 1 and with 2 worker processes, and the ratio.

The posts are synthetic (made from templates with varied places, employers, numbers and
dates, in Chinese and English); the engine is the project's own, behind ingest's
``EngineExtractor``; the cluster is a LocalCluster of single-threaded worker processes — the
same ``DaskRunner`` that ``labourmap ingest --engine dask`` uses. Time counts from the first
batch submitted to the last extraction back at the client (the index each worker loads is
warmed up first).

    python bench/run.py --only ingest --posts 1000000
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from labourmap.engine.model import Post
from labourmap.ingest.dask_runner import DaskRunner
from labourmap.ingest.engine_adapter import EngineExtractor

PLACES = ["广东省深圳市宝安区", "东莞市长安镇", "江西省南昌市红谷滩区", "河北省任丘市",
          "浙江省瑞安市", "北京市朝阳区", "四川省成都市", "湖南省长沙市岳麓区", "河南省郑州市",
          "江苏省苏州工业园区"]
FIRMS = ["宏达电子有限公司", "中建三局", "立新鞋厂", "顺丰速运", "美团外卖", "富士康",
         "华新水泥厂", "新城建设集团", "锦绣服装厂", "恒通物流公司"]
ZH = [
    "{day}，{place}{firm}的{n}多名工人聚集在厂门口拉横幅讨薪，称被拖欠工资{m}万元。",
    "{place}{firm}工地发生坍塌事故，造成{k}人死亡、{j}人受伤。",
    "我是{firm}的员工，公司已经{k}个月没发工资了，求助！{place}",
    "{day}，{place}{firm}数百名员工罢工，抗议降薪和加班，警察到场。",
    "今天{place}的天气很好，适合出游。",
]
EN = ["About {n} workers at {firm_en} in Dongguan went on strike on {day_en} over unpaid wages.",
      "An explosion at a chemical plant in Jiangsu killed {k} workers and injured {j}."]


def synthetic_posts(n: int, *, seed: int = 7, english: bool = False) -> Iterator[Post]:
    """Synthetic posts; ``english`` mixes in English ones (15%)."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    for i in range(n):
        when = start + timedelta(hours=rng.randrange(24 * 700))
        values = {"day": f"{when.month}月{when.day}日", "day_en": when.strftime("%B %d"),
                  "place": rng.choice(PLACES), "firm": rng.choice(FIRMS),
                  "firm_en": "Yue Yuen", "n": rng.randrange(10, 900),
                  "m": rng.randrange(5, 500), "k": rng.randrange(1, 9), "j": rng.randrange(1, 20)}
        template = rng.choice(EN) if english and rng.random() < 0.15 else rng.choice(ZH)
        yield Post(id=f"s{i}", text=template.format(**values), posted_at=when,
                   platform="weibo")


def _one(posts: int, workers: int, batch: int, chunk: int) -> dict[str, Any]:
    with DaskRunner(EngineExtractor(), workers=workers, chunk=chunk) as runner:
        warm = list(synthetic_posts(workers * chunk, seed=1))
        runner.submit(warm).result()
        done = 0
        started = time.perf_counter()
        pending = []
        buf: list[Post] = []
        for post in synthetic_posts(posts):
            buf.append(post)
            if len(buf) == batch:
                pending.append(runner.submit(buf))
                buf = []
            while len(pending) > 2:  # two batches in flight, as ingest keeps one
                done += len(pending.pop(0).result())
        if buf:
            pending.append(runner.submit(buf))
        for p in pending:
            done += len(p.result())
        seconds = time.perf_counter() - started
    return {"workers": workers, "posts": done, "seconds": round(seconds, 2),
            "posts_per_s": round(done / seconds, 1)}


def run(posts: int = 1_000_000, *, workers: tuple[int, ...] = (1, 2), batch: int = 20_000,
        chunk: int = 1_000) -> dict[str, Any]:
    """posts/s with each number of workers, and the ratio of the last to the first."""
    rows = [_one(posts, w, batch, chunk) for w in workers]
    return {"benchmark": "ingest extraction on Dask (LocalCluster, 1 thread per worker)",
            "cpus": os.cpu_count(), "posts": posts, "runs": rows,
            "scaling": round(rows[-1]["posts_per_s"] / rows[0]["posts_per_s"], 2)}


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000), indent=2))

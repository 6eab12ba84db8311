"""The ingest engine's speed: one process beside cpca, and on Dask with 1 and 2 workers.

In one run, on the same N synthetic posts (templates with varied places, employers, numbers
and dates, in Chinese and some English; each post carries its true province and city):

* **extract** — ``labourmap extract`` as a user runs it (a subprocess, start-up included):
  posts per second and peak memory (max RSS);
* **cpca** — ``cpca.transform`` (0.5.5), a location-only peer, on the same texts: posts per
  second, and the province and city accuracy of both tools against the posts' truth (posts that
  describe an incident; the contract gives places for incidents only). With ``dev``, the same
  accuracy on the labelled development set (gold province and city of its incident posts);
* **dask** — the ``DaskRunner`` of ``labourmap ingest --engine dask`` on a LocalCluster of 1 and
  of 2 single-threaded worker processes: posts per second from the first batch submitted to the
  last extraction back at the client (each worker warmed up first), and the ratio.

    python bench/run.py --only ingest --posts 1000000
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from labourmap.engine.model import Post
from labourmap.ingest.dask_runner import DaskRunner
from labourmap.ingest.engine_adapter import EngineExtractor

# (place as written, true province, true city)
PLACES = [("广东省深圳市宝安区", "440000", "440300"), ("东莞市长安镇", "440000", "441900"),
          ("江西省南昌市红谷滩区", "360000", "360100"), ("河北省任丘市", "130000", "130900"),
          ("浙江省瑞安市", "330000", "330300"), ("北京市朝阳区", "110000", "110000"),
          ("四川省成都市", "510000", "510100"), ("湖南省长沙市岳麓区", "430000", "430100"),
          ("河南省郑州市", "410000", "410100"), ("江苏省苏州工业园区", "320000", "320500")]
FIRMS = ["宏达电子有限公司", "中建三局", "立新鞋厂", "顺丰速运", "美团外卖", "富士康",
         "华新水泥厂", "新城建设集团", "锦绣服装厂", "恒通物流公司"]
# (template, is an incident)
ZH = [("{day}，{place}{firm}的{n}多名工人聚集在厂门口拉横幅讨薪，称被拖欠工资{m}万元。", True),
      ("{place}{firm}工地发生坍塌事故，造成{k}人死亡、{j}人受伤。", True),
      ("我是{firm}的员工，公司已经{k}个月没发工资了，求助！{place}", True),
      ("{day}，{place}{firm}数百名员工罢工，抗议降薪和加班，警察到场。", True),
      ("今天{place}的天气很好，适合出游。", False)]
# (template, true province, true city)
EN = [("About {n} workers at {firm_en} in Dongguan went on strike on {day_en} over unpaid "
       "wages.", "440000", "441900"),
      ("An explosion at a chemical plant in Jiangsu killed {k} workers and injured {j}.",
       "320000", None)]
CITY_IS_PROVINCE = ("11", "12", "31", "50", "81", "82")  # municipalities and SARs


@dataclass(frozen=True)
class Truth:
    incident: bool
    province: str | None
    city: str | None


def synthetic(n: int, *, seed: int = 7, english: bool = True) -> Iterator[tuple[Post, Truth]]:
    """Synthetic posts with their truth; ``english`` mixes in English ones (15%)."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    for i in range(n):
        when = start + timedelta(hours=rng.randrange(24 * 700))
        place, province, city = rng.choice(PLACES)
        values = {"day": f"{when.month}月{when.day}日", "day_en": when.strftime("%B %d"),
                  "place": place, "firm": rng.choice(FIRMS), "firm_en": "Yue Yuen",
                  "n": rng.randrange(10, 900), "m": rng.randrange(5, 500),
                  "k": rng.randrange(1, 9), "j": rng.randrange(1, 20)}
        if english and rng.random() < 0.15:
            template, province, en_city = rng.choice(EN)
            truth = Truth(True, province, en_city)
        else:
            template, incident = rng.choice(ZH)
            truth = Truth(incident, province, city)
        yield (Post(id=f"s{i}", text=template.format(**values), posted_at=when,
                    platform="weibo"), truth)


def synthetic_posts(n: int, *, seed: int = 7, english: bool = True) -> Iterator[Post]:
    return (post for post, _ in synthetic(n, seed=seed, english=english))


def write_posts(path: Path, n: int) -> Path:
    """The N synthetic posts as JSON Lines (cached: made once per N)."""
    if not path.exists():
        part = path.with_suffix(".part")
        with part.open("w", encoding="utf-8") as out:
            for p in synthetic_posts(n):
                assert p.posted_at is not None
                out.write(json.dumps({"id": p.id, "text": p.text, "platform": p.platform,
                                      "posted_at": p.posted_at.isoformat()},
                                     ensure_ascii=False) + "\n")
        part.rename(path)
    return path


# -- accuracy ------------------------------------------------------------------------------

class Tally:
    """Province and city predictions against the truth."""

    def __init__(self) -> None:
        self.counts = {f: {"correct": 0, "wrong": 0, "missing": 0} for f in ("province", "city")}

    def add(self, truth: dict[str, str | None], got: dict[str, str | None]) -> None:
        for f, c in self.counts.items():
            if truth[f] is None:
                continue
            key = "correct" if got[f] == truth[f] else "missing" if got[f] is None else "wrong"
            c[key] += 1

    def report(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f, c in self.counts.items():
            total = sum(c.values())
            out[f] = dict(c, of=total, accuracy=round(c["correct"] / total, 4) if total else None)
        return out


def cpca_codes(adcode: str | None) -> dict[str, str | None]:
    """cpca's adcode as the contract's province and city codes."""
    if not adcode:
        return {"province": None, "city": None}
    province = adcode[:2] + "0000"
    if adcode[:2] in CITY_IS_PROVINCE:
        city: str | None = province
    elif adcode[2:] == "0000":
        city = None
    elif adcode[2:4] == "90":  # a county-level city the province governs: its own city
        city = adcode
    else:
        city = adcode[:4] + "00"
    return {"province": province, "city": city}


def _cpca_one() -> Any:
    """cpca's transform; without pandas (cpca was installed without its dependencies), the
    function transform maps over the strings before it builds its DataFrame."""
    import cpca

    try:
        import pandas  # noqa: F401
    except ImportError:
        return lambda text: cpca._get_one_addr(text, False, {})["adcode"]
    return lambda text: cpca.transform([text])["adcode"][0]


def run_cpca(texts: Iterable[str]) -> tuple[float, int, list[str | None]]:
    """(seconds, posts, adcodes) for cpca over the texts."""
    one = _cpca_one()
    codes: list[str | None] = []
    started = time.perf_counter()
    for text in texts:
        codes.append(one(text))
    return time.perf_counter() - started, len(codes), codes


# -- our engine, as a user runs it -----------------------------------------------------------

_CHILD = """import json, resource, subprocess, sys, time
started = time.perf_counter()
with open(sys.argv[1], "w", encoding="utf-8") as out:
    code = subprocess.run(sys.argv[2:], stdout=out).returncode
seconds = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "max_rss_bytes": rss, "exit": code}))
"""


def run_cli(command: str, path: Path, out: Path) -> dict[str, Any]:
    """`labourmap COMMAND PATH > OUT` in a child process: seconds and its peak memory."""
    cmd = [sys.executable, "-m", "labourmap.cli.main", command, str(path)]
    res = subprocess.run([sys.executable, "-c", _CHILD, str(out), *cmd], check=True,
                         capture_output=True, text=True)
    measured: dict[str, Any] = json.loads(res.stdout)
    if measured["exit"] != 0:
        raise RuntimeError(f"labourmap {command} failed: {res.stderr[-2000:]}")
    return measured


def run_extract(path: Path, out: Path) -> dict[str, Any]:
    """`labourmap extract PATH > OUT` in a child process: seconds and its peak memory."""
    return run_cli("extract", path, out)


def engine_vs_cpca(posts: int, work: Path) -> dict[str, Any]:
    path = write_posts(work / f"posts-{posts}.jsonl", posts)
    out = work / f"extract-{posts}.jsonl"
    ours = run_extract(path, out)
    truths = Tally(), Tally()
    with out.open(encoding="utf-8") as records:
        pairs = zip(synthetic(posts), records, strict=True)
        for (_, truth), line in pairs:
            if truth.incident:
                truths[0].add(vars(truth), json.loads(line))
    out.unlink()
    seconds, done, codes = run_cpca(p.text for p, _ in synthetic(posts))
    for (_, truth), code in zip(synthetic(posts), codes, strict=True):
        if truth.incident:
            truths[1].add(vars(truth), cpca_codes(code))
    return {
        "extract": {"posts": posts, "seconds": round(ours["seconds"], 2),
                    "posts_per_s": round(posts / ours["seconds"], 1),
                    "peak_rss_mib": round(ours["max_rss_bytes"] / 2**20, 1),
                    "note": "labourmap extract in a subprocess, start-up included"},
        "cpca": {"posts": done, "seconds": round(seconds, 2),
                 "posts_per_s": round(done / seconds, 1),
                 "note": "cpca 0.5.5 transform, in process, import excluded"},
        "accuracy_synthetic": {"posts": "synthetic incident posts with a true place",
                               "ours": truths[0].report(), "cpca": truths[1].report()},
    }


def dev_accuracy(dev: Path) -> dict[str, Any]:
    """Province and city of the development set's incident posts: ours against cpca."""
    from labourmap.engine import extract
    from labourmap.engine.batch import BadLine, read_posts

    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line]
    posts = [p for p in read_posts(json.dumps(r, ensure_ascii=False) for r in rows)
             if not isinstance(p, BadLine)]
    ours, theirs = Tally(), Tally()
    _, _, codes = run_cpca(p.text for p in posts)
    for row, post, code in zip(rows, posts, codes, strict=True):
        gold = row["gold"]
        if gold.get("is_incident"):
            ours.add(gold, extract(post).record())
            theirs.add(gold, cpca_codes(code))
    return {"posts": f"{dev.name}: incident posts with a gold place",
            "ours": ours.report(), "cpca": theirs.report()}


# -- Dask --------------------------------------------------------------------------------------

def dask_run(posts: int, workers: int, batch: int, chunk: int) -> dict[str, Any]:
    with DaskRunner(EngineExtractor(), workers=workers, chunk=chunk) as runner:
        runner.warm()
        done = 0
        started = time.perf_counter()
        client_cpu = time.process_time()
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
        client_cpu = time.process_time() - client_cpu
    return {"workers": workers, "posts": done, "seconds": round(seconds, 2),
            "posts_per_s": round(done / seconds, 1), "client_cpu_s": round(client_cpu, 2)}


def run(posts: int = 1_000_000, *, work: Path = Path("var/bench"), dev: Path | None = None,
        workers: tuple[int, ...] = (1, 2), batch: int = 20_000,
        chunk: int = 1_000) -> dict[str, Any]:
    """Everything above on ``posts`` synthetic posts; ``dev`` adds the labelled set's score."""
    work.mkdir(parents=True, exist_ok=True)
    res: dict[str, Any] = {"benchmark": "ingest engine: one process beside cpca; Dask",
                           "cpus": os.cpu_count(), "posts": posts}
    res.update(engine_vs_cpca(posts, work))
    if dev is not None and dev.exists():
        res["accuracy_dev"] = dev_accuracy(dev)
    rows = [dask_run(posts, w, batch, chunk) for w in workers]
    res["dask"] = {"cluster": "LocalCluster, processes, 1 thread per worker", "runs": rows,
                   "scaling": round(rows[-1]["posts_per_s"] / rows[0]["posts_per_s"], 2)}
    res["verdict"] = {
        "extract_at_least_2000_posts_per_s": res["extract"]["posts_per_s"] >= 2000,
        "peak_memory_under_1_gib": res["extract"]["peak_rss_mib"] < 1024,
    }
    return res


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000), indent=2))

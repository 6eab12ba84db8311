"""The speed and memory of ``labourmap cluster`` as a user runs it.

On N synthetic posts (the generator of ``bench_ingest``: templates with varied places,
employers, numbers and dates, in Chinese and some English), ``labourmap cluster FILE`` runs in
a child process, start-up and extraction included: posts per second, peak memory (max RSS),
and the groups it printed. ``labourmap extract`` on the same file can be timed beside it
(``extract=True``) to show what clustering adds.

    python bench/run.py --only cluster --posts 200000
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench_ingest import run_cli, run_extract, write_posts


def groups(out: Path) -> dict[str, Any]:
    """How many posts were grouped, into how many groups, and the largest group's size."""
    sizes = Counter(json.loads(line)["incident"]
                    for line in out.read_text(encoding="utf-8").splitlines() if line)
    return {"incident_posts": sum(sizes.values()), "clusters": len(sizes),
            "largest": max(sizes.values(), default=0),
            "singletons": sum(1 for v in sizes.values() if v == 1)}


def run(n: int = 200_000, work: Path = Path("var/bench"), *,
        extract: bool = False) -> dict[str, Any]:
    """``labourmap cluster`` on ``n`` synthetic posts (and ``labourmap extract`` beside it)."""
    work.mkdir(parents=True, exist_ok=True)
    path = write_posts(work / f"posts-{n}.jsonl", n)
    out = work / f"cluster-{n}.jsonl"
    measured = run_cli("cluster", path, out)
    res: dict[str, Any] = {
        "benchmark": "labourmap cluster on synthetic posts", "cpus": os.cpu_count(),
        "posts": n, "seconds": round(measured["seconds"], 2),
        "posts_per_s": round(n / measured["seconds"], 1),
        "peak_rss_mib": round(measured["max_rss_bytes"] / 2**20, 1),
        "note": "labourmap cluster in a subprocess, start-up and extraction included",
    }
    res.update(groups(out))
    out.unlink()
    if extract:
        ext_out = work / f"extract-{n}.jsonl"
        ours = run_extract(path, ext_out)
        ext_out.unlink()
        res["extract"] = {"seconds": round(ours["seconds"], 2),
                          "posts_per_s": round(n / ours["seconds"], 1),
                          "peak_rss_mib": round(ours["max_rss_bytes"] / 2**20, 1)}
    res["verdict"] = {
        "at_least_3000_posts_per_s": res["posts_per_s"] >= 3000,
        "peak_memory_under_1_gib": res["peak_rss_mib"] < 1024,
    }
    return res


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000,
                         extract="--extract" in sys.argv), indent=2))

"""Run the benchmarks: `make bench` (or `python bench/run.py --incidents 100000`).

Figures go to standard output and to bench/results/<name>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_cluster  # noqa: E402
import bench_ingest  # noqa: E402
import bench_store  # noqa: E402
import bench_web  # noqa: E402

RESULTS = Path(__file__).parent / "results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--pg", default=os.environ.get(
        "LABOURMAP_BENCH_DATABASE_URL",
        "postgresql+psycopg://postgres@127.0.0.1:5432/labourmap_bench"))
    parser.add_argument("--no-pg", action="store_true", help="SQLite only.")
    parser.add_argument("--only", default="store,web,ingest,cluster",
                        help="Comma-separated: store, web, ingest, cluster")
    parser.add_argument("--posts", type=int, default=1_000_000,
                        help="ingest, cluster: synthetic posts (extract, cpca and Dask "
                             "runs; labourmap cluster)")
    parser.add_argument("--dev", type=Path, default=Path(os.environ.get(
        "LABOURMAP_BENCH_DEV", "../shared/eval/dev.jsonl")),
                        help="ingest: a labelled set for province/city accuracy (if present)")
    parser.add_argument("--requests", type=int, default=300,
                        help="web: at most this many requests per query")
    parser.add_argument("--seconds", type=float, default=30.0,
                        help="web: at most this many seconds per query")
    args = parser.parse_args()
    work = Path(os.environ.get("LABOURMAP_BENCH_DIR", "var/bench"))
    work.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    if "store" in args.only:
        res = bench_store.run(args.incidents, work, None if args.no_pg else args.pg)
        (RESULTS / "store.json").write_text(json.dumps(res, indent=2) + "\n")
        print(json.dumps(res, indent=2))
    if "web" in args.only:
        res = bench_web.run(args.incidents, work, None if args.no_pg else args.pg,
                            count=args.requests, seconds=args.seconds,
                            partial=RESULTS / "web.partial.json")
        (RESULTS / "web.json").write_text(json.dumps(res, indent=2) + "\n")
        print(json.dumps(res, indent=2))
    if "ingest" in args.only:
        res = bench_ingest.run(args.posts, work=work, dev=args.dev)
        (RESULTS / "ingest.json").write_text(json.dumps(res, indent=2) + "\n")
        print(json.dumps(res, indent=2))
    if "cluster" in args.only:
        res = bench_cluster.run(args.posts, work)
        (RESULTS / "cluster.json").write_text(json.dumps(res, indent=2) + "\n")
        print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()

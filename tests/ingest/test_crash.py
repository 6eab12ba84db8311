"""Killed mid-run (SIGKILL, inside a batch's transaction) and run again, ingest ends exactly
as one clean run: nothing lost, nothing doubled."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from labourmap.db import Database
from labourmap.sources.models import Source

from .helpers import POSTS, empty, many_posts, snapshot, write_jsonl

ROOT = Path(__file__).resolve().parents[2]


def child(db: Database, args: list[str], *, block_at: int | None = None
          ) -> subprocess.Popen[str]:
    env = {**os.environ, "LABOURMAP_DATABASE_URL": db.url}
    pre = ["--block-at", str(block_at)] if block_at is not None else []
    return subprocess.Popen([sys.executable, "-m", "tests.ingest.crash_child", *pre, *args],
                            cwd=ROOT, env=env, text=True, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return err


def test_a_killed_run_run_again_ends_as_one_clean_run(db: Database, tmp_path: Path) -> None:
    rows = [*many_posts(45), "not json", POSTS[0], POSTS[0], *POSTS[1:]]
    path = write_jsonl(tmp_path / "posts.jsonl", rows)
    args = ["ingest", str(path), "--batch", "10", "--rejects", str(tmp_path / "rejects.jsonl")]

    clean_log = finish(child(db, args))
    clean = snapshot(db)
    clean_rejects = (tmp_path / "rejects.jsonl").read_text()
    assert "50 posts read: 17 incidents created, 31 posts attached, 1 not incidents, " \
           "1 duplicates, 1 rejects" in " ".join(clean_log.split())
    empty(db)

    proc = child(db, args, block_at=3)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "IN-TRANSACTION 3"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with db.sessions() as s:  # batches 1 and 2 committed, batch 3 gone
        assert s.scalar(select(func.count()).select_from(Source)) == 20

    again_log = finish(child(db, args))
    assert "21 duplicates" in " ".join(again_log.split())  # 20 stored before + 1 repeated
    assert snapshot(db) == clean
    assert (tmp_path / "rejects.jsonl").read_text() == clean_rejects
    assert json.loads(clean_rejects.splitlines()[0])["line"] == 46

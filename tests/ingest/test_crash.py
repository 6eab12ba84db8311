"""Killed mid-run (SIGKILL, half-way through a batch's transaction) and run again, `labourmap
ingest` leaves the store exactly as one clean run does: nothing lost, nothing doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from labourmap.db import Database
from labourmap.sources.models import Source

from .helpers import (
    POSTS,
    ROOT,
    STRIKE,
    cli_env,
    dump,
    empty,
    many_posts,
    run_cli,
    summary_line,
    write_jsonl,
)


def test_a_killed_run_run_again_ends_as_one_clean_run(db: Database, tmp_path: Path) -> None:
    # 45 posts (15 strikes) fill the first batches; then a bad line, a repeated post, and the
    # examples (which attach to nothing before them)
    rows = [*many_posts(45), "not json", STRIKE, STRIKE, *POSTS[1:]]
    path = write_jsonl(tmp_path / "posts.jsonl", rows)
    rejects = tmp_path / "rejects.jsonl"
    args = ["ingest", str(path), "--batch", "10", "--rejects", str(rejects)]

    clean_run = run_cli(db, tmp_path, *args)
    assert clean_run.returncode == 0, clean_run.stderr
    assert summary_line(clean_run.stderr) == (
        f"50 posts read: 17 incidents created, 31 posts attached, 1 not incidents, "
        f"1 duplicates, 1 rejects (in {rejects})")
    clean, clean_rejects = dump(db), rejects.read_text()
    empty(db)
    rejects.unlink()

    # stop once 25 posts are written: batches 1 and 2 committed, half of batch 3 written
    child = subprocess.Popen([sys.executable, "-m", "tests.ingest.crash_child", "25", *args],
                             cwd=ROOT, env=cli_env(db, tmp_path), text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    assert child.stdout is not None
    marker = child.stdout.readline().split()
    assert marker[0] == "WRITTEN" and 25 <= int(marker[1]) < 30, marker
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    with db.sessions() as s:  # what batch 3 had written is gone with its transaction
        assert s.scalar(select(func.count()).select_from(Source)) == 20

    again = run_cli(db, tmp_path, *args)
    assert again.returncode == 0, again.stderr
    assert summary_line(again.stderr) == (
        f"50 posts read: 10 incidents created, 18 posts attached, 1 not incidents, "
        f"21 duplicates, 1 rejects (in {rejects})")  # 20 stored before, 1 repeated
    assert dump(db) == clean
    assert rejects.read_text() == clean_rejects

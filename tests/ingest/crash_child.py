"""The real `labourmap` command, stopped half-way through a batch, for the crash test.

``python -m tests.ingest.crash_child N ingest …`` runs the CLI as installed (the real engine,
nothing replaced). An SQLAlchemy ``after_flush`` listener watches the posts it writes; once N
are written — the last of them flushed inside a batch's transaction, not committed — it prints
``WRITTEN <count>`` and waits on standard input, for the test to kill the process (SIGKILL).
"""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from labourmap.cli.main import app
from labourmap.sources.models import Source


def main(argv: list[str]) -> None:
    stop_at, args = int(argv[0]), argv[1:]
    written = 0

    def after_flush(session: Session, context: Any) -> None:
        nonlocal written
        written += sum(isinstance(obj, Source) for obj in session.new)
        if written >= stop_at:
            print(f"WRITTEN {written}", flush=True)
            sys.stdin.readline()  # the test kills the process here
            raise SystemExit("not killed")

    event.listen(Session, "after_flush", after_flush)
    app(args, prog_name="labourmap")


if __name__ == "__main__":
    main(sys.argv[1:])

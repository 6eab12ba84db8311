"""`labourmap ingest` in a child process, with the test extractor.

``python -m tests.ingest.crash_child [--block-at N] ingest …``: with ``--block-at N`` the run
stops inside batch N's transaction — its rows written, not committed — prints
``IN-TRANSACTION N`` and waits on standard input, for the test to kill it.
"""

from __future__ import annotations

import sys
from typing import Any

from labourmap.cli.main import app
from labourmap.ingest import extractor, pipeline

from .fake_engine import FakeExtractor


def main(argv: list[str]) -> None:
    block_at = None
    if argv[:1] == ["--block-at"]:
        block_at, argv = int(argv[1]), argv[2:]
    extractor.default_extractor = FakeExtractor  # type: ignore[assignment]
    if block_at is not None:
        real = pipeline.store_batch
        seen = 0

        def store_then_block(*args: Any, **kwargs: Any) -> Any:
            nonlocal seen
            seen += 1
            tally = real(*args, **kwargs)
            if seen == block_at:
                args[0].flush()
                print(f"IN-TRANSACTION {seen}", flush=True)
                sys.stdin.readline()
            return tally

        pipeline.store_batch = store_then_block  # type: ignore[assignment]
    app(argv, standalone_mode=True)


if __name__ == "__main__":
    main(sys.argv[1:])

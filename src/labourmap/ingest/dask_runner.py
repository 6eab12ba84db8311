"""Extraction on a Dask cluster: a scheduler address in production, a LocalCluster otherwise.

A batch is cut into chunks; each chunk is one task (``extract_all`` over its posts) and the
results come back in input order, so the incidents made are those the local runner makes.
The workers need labourmap installed (the same version); they never touch the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from labourmap.engine.model import Extraction, Post
from labourmap.ingest.extractor import Extractor, Pending, extract_all

CHUNK = 250


@dataclass
class _Futures:
    futures: list[Any]
    client: Any

    def result(self) -> list[Extraction]:
        out: list[Extraction] = []
        for part in self.client.gather(self.futures):
            out.extend(part)
        return out


@dataclass
class DaskRunner:
    """Extraction on ``scheduler`` (``tcp://host:8786``) or, without one, on a LocalCluster
    of ``workers`` single-threaded processes. Use it as a context manager."""

    extractor: Extractor
    scheduler: str | None = None
    workers: int = 2
    chunk: int = CHUNK
    _client: Any = field(default=None, init=False, repr=False)
    _cluster: Any = field(default=None, init=False, repr=False)
    _extractor_ref: Any = field(default=None, init=False, repr=False)

    def __enter__(self) -> DaskRunner:
        from dask.distributed import Client, LocalCluster

        if self.scheduler:
            self._client = Client(self.scheduler)
        else:
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                         processes=True, dashboard_address=None)
            self._client = Client(self._cluster)
        [self._extractor_ref] = self._client.scatter([self.extractor], broadcast=True)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def submit(self, posts: Sequence[Post]) -> Pending:
        if self._client is None:
            raise RuntimeError("use DaskRunner as a context manager")
        chunks = [list(posts[i:i + self.chunk]) for i in range(0, len(posts), self.chunk)]
        futures = [self._client.submit(extract_all, self._extractor_ref, chunk, pure=False)
                   for chunk in chunks]
        return _Futures(futures, self._client)

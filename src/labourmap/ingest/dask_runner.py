"""Extraction on a Dask cluster: a scheduler address in production, a LocalCluster otherwise.

A batch is cut into chunks; each chunk is one task (``extract_packed`` over its posts) and the
results come back in input order, so the incidents made are those the local runner makes.
Extractions travel as plain tuples (:func:`pack`), which unpickle several times faster than
the dataclasses, because the client that gathers them is the part that does not scale; and
each chunk travels as one pickled blob each way, so Dask's own serialisation does not walk
thousands of objects on the client's and the worker's event loops (which cost more CPU than
the pickling itself and, on a worker, competes with extraction for the GIL).
The workers need labourmap installed, the same version (checked on connecting to a scheduler);
they never touch the database.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import labourmap
from labourmap.engine.model import Extraction, Found, Post
from labourmap.errors import LabourmapError, Problem
from labourmap.ingest.extractor import Extractor, Pending

CHUNK = 250
Packed = tuple[Any, ...]


def _pack_found(f: Found | None) -> tuple[Any, ...] | None:
    return None if f is None else (f.value, f.spans, f.confidence)


def _found(t: tuple[Any, ...] | None) -> Found | None:
    return None if t is None else Found(t[0], t[1], t[2])


def pack(ex: Extraction) -> Packed:
    """An extraction as nested tuples of plain values."""
    return (ex.id, ex.is_incident, _pack_found(ex.incident),
            tuple((k, _pack_found(v)) for k, v in ex.fields.items()),
            tuple((k, tuple(_pack_found(f) for f in v)) for k, v in ex.sets.items()))


def unpack(t: Packed) -> Extraction:
    fields = {k: f for k, v in t[3] if (f := _found(v)) is not None}
    sets = {k: [f for f in map(_found, v) if f is not None] for k, v in t[4]}
    return Extraction(id=t[0], is_incident=t[1], incident=_found(t[2]), fields=fields,
                      sets=sets)


def _dumps(obj: object) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def extract_packed(extractor: Extractor, posts: bytes) -> bytes:
    """The unit of work of a cluster worker: a pickled list of posts in; each extracted and
    packed, the list pickled, out."""
    return _dumps([pack(ex) for ex in extractor.extract_many(pickle.loads(posts))])


class WorkerVersionError(LabourmapError):
    """A Dask worker cannot run this labourmap: another version, or none at all."""

    code = "dask_worker_version"


def _version() -> str:
    return labourmap.__version__


def _warm(extractor: Extractor) -> None:
    extractor.extract(Post(id="warm-up", text="深圳一家工厂的工人罢工讨薪。"))


@dataclass
class _Futures:
    futures: list[Any]
    client: Any

    def result(self) -> list[Extraction]:
        out: list[Extraction] = []
        for part in self.client.gather(self.futures):
            out.extend(unpack(t) for t in pickle.loads(part))
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
            try:
                self._check_workers()
            except BaseException:
                self._client.close()
                self._client = None
                raise
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

    def _check_workers(self) -> None:
        """Every worker connected now runs this labourmap version."""
        ours = labourmap.__version__
        found = self._client.run(_version, on_error="return")
        wrong = [Problem(f"runs {v}" if isinstance(v, str) else f"cannot import labourmap: {v}",
                         field="worker", value=worker)
                 for worker, v in sorted(found.items()) if v != ours]
        if wrong:
            raise WorkerVersionError(
                f"{len(wrong)} Dask worker(s) of {self.scheduler} do not run labourmap {ours}: "
                + "; ".join(f"{p.value} {p.message}" for p in wrong), wrong)

    def warm(self) -> None:
        """Extract one post on every worker now, so that no worker builds the engine's
        indexes (about a second) in the middle of a batch."""
        if self._client is None:
            raise RuntimeError("use DaskRunner as a context manager")
        self._client.run(_warm, self.extractor)

    def submit(self, posts: Sequence[Post]) -> Pending:
        if self._client is None:
            raise RuntimeError("use DaskRunner as a context manager")
        chunks = [_dumps(list(posts[i:i + self.chunk]))
                  for i in range(0, len(posts), self.chunk)]
        futures = [self._client.submit(extract_packed, self._extractor_ref, chunk, pure=False)
                   for chunk in chunks]
        return _Futures(futures, self._client)

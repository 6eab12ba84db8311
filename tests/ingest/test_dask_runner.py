"""The Dask runner on a scheduler address: it refuses workers of another labourmap version,
and extracts what the local engine extracts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import labourmap
from labourmap.engine import Post, extract
from labourmap.ingest.dask_runner import DaskRunner, WorkerVersionError
from labourmap.ingest.engine_adapter import EngineExtractor


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_workers_of_another_version_are_refused(scheduler: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labourmap, "__version__", "0.0.0-other")
    with pytest.raises(WorkerVersionError) as err, DaskRunner(EngineExtractor(),
                                                              scheduler=scheduler):
        pass
    assert err.value.code == "dask_worker_version"
    assert "0.0.0-other" in str(err.value) and "runs " in str(err.value)


def test_a_scheduler_address_extracts_what_the_local_engine_extracts(scheduler: str) -> None:
    posts = [Post(id=f"p{i}", text=text) for i, text in enumerate(
        ["深圳宝安区一家电子厂数百名工人罢工讨薪。", "今天天气很好。",
         "Workers at a shoe factory in Dongguan went on strike over unpaid wages."])]
    with DaskRunner(EngineExtractor(), scheduler=scheduler, chunk=2) as runner:
        runner.warm()
        got = runner.submit(posts).result()
    assert [e.record() for e in got] == [extract(p).record() for p in posts]

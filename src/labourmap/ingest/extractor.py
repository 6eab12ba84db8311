"""What ingest needs from the engine, and where extraction runs (here, or on a Dask cluster).

The engine is pure functions over text (``labourmap.engine``); ingest sees it through the
:class:`Extractor` protocol: ``extract`` reads one post (``extract_many`` a batch, each as
alone), ``match`` picks the stored incident a post is about among candidates (or None). A
runner applies ``extract_many`` to a batch of posts — :class:`LocalRunner` in this process,
:class:`~labourmap.ingest.dask_runner.DaskRunner` on a cluster — and both give the same
extractions in the same order, so ingest yields the same incidents either way (matching and
storing always run here, in input order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from labourmap.engine.model import Extraction, Post
from labourmap.errors import LabourmapError


@dataclass(frozen=True)
class StoredPost:
    """A post of a stored incident: its content hash, text and extracted contract record."""

    digest: str
    text: str
    record: dict[str, Any]


@dataclass(frozen=True)
class Candidate:
    """A stored incident a new post may be about, as the matcher sees it."""

    id: int
    uid: str
    record: dict[str, Any]  # the incident's fields, as in the contract: kind, date, province …
    posts: tuple[StoredPost, ...]  # its first posts


class Extractor(Protocol):
    def extract(self, post: Post) -> Extraction:
        """Fields, each with its evidence spans on ``post.text`` and a confidence."""

    def extract_many(self, posts: Sequence[Post]) -> list[Extraction]:
        """``extract`` of each post, in order (the engine weighs a batch at once)."""

    def match(self, extraction: Extraction, post: Post,
              candidates: Sequence[Candidate]) -> int | None:
        """The id of the candidate incident the post is about, or None for a new one."""


class Pending(Protocol):
    def result(self) -> list[Extraction]: ...


class Runner(Protocol):
    def submit(self, posts: Sequence[Post]) -> Pending:
        """Start extracting ``posts``; ``result()`` gives their extractions, in order."""


def extract_all(extractor: Extractor, posts: Sequence[Post]) -> list[Extraction]:
    """``extract`` over ``posts`` (the unit of work a cluster worker runs)."""
    return extractor.extract_many(posts)


@dataclass
class Done:
    value: list[Extraction]

    def result(self) -> list[Extraction]:
        return self.value


@dataclass
class LocalRunner:
    """Extraction in this process."""

    extractor: Extractor

    def submit(self, posts: Sequence[Post]) -> Pending:
        return Done(extract_all(self.extractor, posts))


class EngineMissing(LabourmapError):
    code = "engine_missing"


def default_extractor() -> Extractor:
    """The project's engine (``labourmap.engine``) behind the :class:`Extractor` protocol."""
    try:
        from labourmap.ingest.engine_adapter import EngineExtractor
    except ImportError as exc:  # the engine is a separate part; say so plainly
        raise EngineMissing(f"the extraction engine is not installed: {exc}") from None
    return EngineExtractor()

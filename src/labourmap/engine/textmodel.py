"""A second opinion from a linear model over a post's characters.

The rules read what a post says; the model weighs which runs of two and three characters it
uses, as learned from the posts we labelled by hand (``eval/own/tune*.jsonl``; never the shared
development set nor our held-out sets). It is trained by ``labourmap model train`` and ships as
``engine/data/textmodel.json.gz``; reading it needs NumPy alone.

A post's features are the character runs (``grams``) of its normalised text, padded with a space
at each end, that the model knows: each weighs ``(1 + ln count) · idf``, and the weights are
scaled to unit length. A head is a multinomial logistic regression over them. The cue that
weighs most for the label chosen is the label's evidence.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from labourmap.engine.grams import GramFinder
from labourmap.engine.model import Span

SHORTEST = 2  # the shortest run of characters weighed
LONGEST = 3  # the longest run of characters weighed
PAD = " "
MODEL_FILE = "textmodel.json.gz"


def all_grams(norm: str) -> dict[str, list[int]]:
    """Every run of SHORTEST to LONGEST characters of the padded text, with where each starts (in
    the padded text): the features the model is trained on, before it keeps the useful ones."""
    padded = PAD + norm + PAD
    out: dict[str, list[int]] = {}
    for n in range(SHORTEST, LONGEST + 1):
        for i in range(len(padded) - n + 1):
            out.setdefault(padded[i : i + n], []).append(i)
    return out


def weigh(counts: Mapping[int, int], idf: list[float]) -> dict[int, float]:
    """Sub-linear term frequency times idf, scaled to unit length."""
    raw = {g: (1.0 + math.log(c)) * idf[g] for g, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in raw.values()))
    if norm == 0.0:
        return {}
    return {g: v / norm for g, v in raw.items()}


@dataclass(frozen=True)
class Head:
    """One multinomial logistic regression: ``weights[gram]`` has one weight per label."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[int, tuple[float, ...]]


@dataclass(frozen=True)
class Judgement:
    label: str
    probability: float


class Opinion:
    """The model's view of one post of a batch: the first head's judgement, made for the whole
    batch at once, and the others' made when asked for."""

    def __init__(self, model: TextModel, batch: _Batch, i: int, first: Judgement) -> None:
        self.model, self.batch, self.i = model, batch, i
        self.first = first
        self._parts: dict[str, Any] = {}  # each head's weights of the post's features, once

    def judge(self, name: str) -> Judgement:
        if name == self.model.first:
            return self.first
        import numpy as np

        head, part = self.model.heads[name], self._part(name)
        scores = self.model.bias[name] + part.sum(axis=0)
        best = int(scores.argmax())
        prob = float(1.0 / np.exp(scores - scores[best]).sum())
        return Judgement(head.labels[best], prob)

    def spans(self, name: str, label: str, norm: str) -> tuple[Span, ...]:
        """Where the run of characters that weighs most for ``label`` first stands in the post
        (offsets of the normalised text, which are the original's)."""
        head = self.model.heads[name]
        mine = self._part(name)[:, head.labels.index(label)]
        if not len(mine) or float(mine.max()) <= 0.0:
            return ()
        cue = self.model.grams[int(self.batch.grams[self.batch.start[self.i] + int(mine.argmax())])]
        start = (PAD + norm + PAD).find(cue) - 1  # less the leading pad
        end = start + len(cue)
        start, end = max(0, start), min(len(norm), end)
        return ((start, end),) if start < end else ()

    def _part(self, name: str) -> Any:
        part = self._parts.get(name)
        if part is None:
            b = self.batch
            lo, hi = b.start[self.i], b.start[self.i + 1]
            part = self._parts[name] = self.model.weights[name][b.grams[lo:hi]] * b.x[lo:hi, None]
        return part


@dataclass
class _Batch:
    grams: Any  # each post's features in turn, by the post's order
    x: Any  # their weights
    start: list[int]  # where each post's features start (and, last, where they all end)


class TextModel:
    """``first`` names the head weighed for every post of a batch at once (the others are
    weighed for a post when asked for)."""

    def __init__(
        self, grams: list[str], idf: list[float], heads: dict[str, Head], first: str = "kind"
    ) -> None:
        import numpy as np

        self.grams = grams
        self.idf = np.array(idf, dtype=np.float64)
        self.heads = heads
        self.first = first if first in heads else next(iter(heads))
        self.finder = GramFinder(grams)
        self.weights = {}
        self.bias = {}
        for name, h in heads.items():
            w = np.zeros((len(grams), len(h.labels)), dtype=np.float64)
            if h.weights:
                w[list(h.weights)] = np.array(list(h.weights.values()), dtype=np.float64)
            self.weights[name] = w
            self.bias[name] = np.array(h.bias, dtype=np.float64)

    def judge(self, norms: Sequence[str]) -> list[Opinion]:
        """The model's view of each post (normalised text). The posts are weighed together, but
        each post's sums run over its own features in the same order whatever else is in the
        batch, so a post is judged alike alone or among others."""
        import numpy as np

        n, size = len(norms), len(self.grams)
        posts, found = self.finder.find([PAD + t + PAD for t in norms])
        keys, counts = np.unique(posts * size + found, return_counts=True)
        rows, grams = keys // size, keys % size
        x = (1.0 + np.log(counts)) * self.idf[grams]
        norm = np.sqrt(np.bincount(rows, weights=x * x, minlength=n))
        x = x / norm[rows] if len(x) else x
        batch = _Batch(grams, x, np.searchsorted(rows, np.arange(n + 1)).tolist())
        head = self.heads[self.first]
        part = self.weights[self.first][grams] * x[:, None]
        scores = self.bias[self.first][None, :].repeat(n, axis=0)
        for k in range(len(head.labels)):
            scores[:, k] += np.bincount(rows, weights=part[:, k], minlength=n)
        best = scores.argmax(axis=1)
        prob = 1.0 / np.exp(scores - scores[np.arange(n), best][:, None]).sum(axis=1)
        return [Opinion(self, batch, i, Judgement(head.labels[b], p))
                for i, (b, p) in enumerate(zip(best.tolist(), prob.tolist(), strict=True))]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextModel:
        heads = {
            name: Head(
                labels=tuple(h["labels"]),
                bias=tuple(h["bias"]),
                weights={int(g): tuple(w) for g, w in h["weights"].items()},
            )
            for name, h in data["heads"].items()
        }
        return cls(list(data["grams"]), list(data["idf"]), heads)


def to_dict(
    grams: list[str], idf: Iterable[float], heads: Mapping[str, Head], meta: Mapping[str, Any]
) -> dict[str, Any]:
    """The model as the JSON the package ships (weights rounded to six places)."""
    return {
        **meta,
        "grams": grams,
        "idf": [round(v, 6) for v in idf],
        "heads": {
            name: {
                "labels": list(h.labels),
                "bias": [round(b, 6) for b in h.bias],
                "weights": {str(g): [round(x, 6) for x in w] for g, w in sorted(h.weights.items())},
            }
            for name, h in heads.items()
        },
    }


def read_file(raw: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gzip.decompress(raw).decode("utf-8"))
    return data


@cache
def default_model() -> TextModel | None:
    """The model that ships with the package, or None when it has not been trained."""
    path = resources.files("labourmap.engine").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return TextModel.from_dict(read_file(path.read_bytes()))

"""Training the text model (:mod:`labourmap.engine.textmodel`) from hand-labelled posts.

Needs scikit-learn (the ``dev`` extra); the engine itself reads the trained model without it.
Two passes: the first weighs every run of characters seen in at least ``MIN_POSTS`` posts; the
second keeps the ``KEEP`` runs that weigh most in any head and learns again on those alone, so
that the model shipped is exactly the model that reads posts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from labourmap.engine.text import normalise
from labourmap.engine.textmodel import LONGEST, SHORTEST, Head, all_grams, to_dict, weigh

MIN_POSTS = 2  # a run of characters seen in fewer posts is not learned from
KEEP = 2000  # the runs kept for the model that ships
C = 20.0  # inverse strength of the regularisation


def kind_label(gold: Mapping[str, Any]) -> str | None:
    """``none`` for a post that reports no incident, else its kind."""
    if gold.get("is_incident") is False:
        return "none"
    kind = gold.get("kind")
    return kind if isinstance(kind, str) else None


def industry_label(gold: Mapping[str, Any]) -> str | None:
    value = gold.get("industry")
    return value if gold.get("is_incident") and isinstance(value, str) else None


HEADS = {"kind": kind_label, "industry": industry_label}


def lessons(posts: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The posts the model learns from: all but those that report no incident only because the
    rules place them outside the mainland. A strike in Seoul is written as one in Shenzhen; where
    it happened is the rules' to tell, and a model taught such posts as "none" learns to doubt
    every strike told without a place."""
    from labourmap.engine.model import Post
    from labourmap.engine.pipeline import extract_many

    nones = [i for i, p in enumerate(posts) if kind_label(p["gold"]) == "none"]
    read = extract_many((Post(id=str(i), text=str(posts[i]["text"])) for i in nones), rules_only=True)
    abroad = {i for i, ex in zip(nones, read, strict=True)
              if not ex.is_incident and ex.incident is not None}
    return [p for i, p in enumerate(posts) if i not in abroad]


def train(
    posts: Sequence[Mapping[str, Any]], meta: Mapping[str, Any], *, keep: int = KEEP
) -> dict[str, Any]:
    """``posts`` are lines of the labelled sets (``text`` and ``gold``); returns the model as
    :func:`labourmap.engine.textmodel.to_dict` writes it."""
    found = [all_grams(normalise(str(p["text"]))) for p in posts]
    df: dict[str, int] = {}
    for grams in found:
        for g in grams:
            df[g] = df.get(g, 0) + 1
    vocab = sorted(g for g, n in df.items() if n >= MIN_POSTS)
    heads = _fit(posts, found, vocab, df)
    strength: dict[int, float] = {}
    for head in heads.values():
        for i, w in head.weights.items():
            strength[i] = max(strength.get(i, 0.0), max(abs(x) for x in w))
    kept = sorted(sorted(strength, key=lambda i: (-strength[i], vocab[i]))[:keep],
                  key=lambda i: vocab[i])
    vocab = [vocab[i] for i in kept]
    heads = _fit(posts, found, vocab, df)
    return to_dict(vocab, _idf(vocab, df, len(posts)), heads,
                   {**meta, "shortest": SHORTEST, "longest": LONGEST, "min_posts": MIN_POSTS, "c": C,
                    "posts": len(posts)})


def _idf(vocab: list[str], df: Mapping[str, int], n: int) -> list[float]:
    return [math.log((1 + n) / (1 + df[g])) + 1.0 for g in vocab]


def _fit(
    posts: Sequence[Mapping[str, Any]],
    found: Sequence[Mapping[str, list[int]]],
    vocab: list[str],
    df: Mapping[str, int],
) -> dict[str, Head]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    index = {g: i for i, g in enumerate(vocab)}
    idf = _idf(vocab, df, len(posts))
    rows: list[dict[int, float]] = []
    for grams in found:
        counts = {index[g]: len(at) for g, at in grams.items() if g in index}
        rows.append(weigh(counts, idf))
    heads: dict[str, Head] = {}
    for name, label_of in HEADS.items():
        chosen = [(i, lab) for i, p in enumerate(posts) if (lab := label_of(p["gold"]))]
        data, cols, ptr = [], [], [0]
        for i, _ in chosen:
            for g, v in sorted(rows[i].items()):
                cols.append(g)
                data.append(v)
            ptr.append(len(cols))
        x = csr_matrix((data, cols, ptr), shape=(len(chosen), len(vocab)))
        fit = LogisticRegression(C=C, max_iter=5000).fit(x, [lab for _, lab in chosen])
        labels = tuple(str(c) for c in fit.classes_)
        coef = fit.coef_
        bias = fit.intercept_
        if len(labels) == 2:  # one column for two labels: the second's weight, the first's 0
            weights: dict[int, tuple[float, ...]] = {
                g: (0.0, float(coef[0, g])) for g in range(len(vocab)) if coef[0, g]
            }
            bias_t: tuple[float, ...] = (0.0, float(bias[0]))
        else:
            weights = {
                g: tuple(float(coef[k, g]) for k in range(len(labels)))
                for g in range(len(vocab))
                if any(coef[k, g] for k in range(len(labels)))
            }
            bias_t = tuple(float(b) for b in bias)
        heads[name] = Head(labels, bias_t, weights)
    return heads

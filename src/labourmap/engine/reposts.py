"""A repost that quotes the post it passes on: "说得对 //@某网友:原帖的话" (Weibo's way of
writing a repost, a comment before ``//@name:`` and the post passed on after it; in a chain,
``//@a: … //@b: …``, the last is the first post).

The post passed on is the other post's text, with a comment of a few words before it: the
whole repost is then too unlike it for a near-duplicate, while the part it quotes is one.
:func:`quoted` gives that part, which clustering compares as a text of the post's too
(:func:`~labourmap.engine.cluster.near_duplicate`, and the text keys of
:mod:`~labourmap.engine.linking`). A name alone, ``@某网友`` with no ``//`` before it, quotes
nothing (a mention), nor does a ``//@name:`` with nothing after it.
"""

from __future__ import annotations

import re

_QUOTE = re.compile(r"//\s?@\s?[^\s:：/@]{1,30}[:：]")
MIN_QUOTED = 12  # fewer characters passed on: too little to tell a post by


def quoted(compact: str) -> str | None:
    """The post a compact normalised text passes on (after the last ``//@name:``), stripped,
    or None when it passes on none (or too little)."""
    if "//" not in compact:
        return None
    ends = [m.end() for m in _QUOTE.finditer(compact)]
    if not ends:
        return None
    body = compact[ends[-1] :].strip()
    return body if len(body) >= MIN_QUOTED else None

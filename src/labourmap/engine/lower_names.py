"""An English place's name written in lower case is a common word, not the place: "ride-hailing"
holds Hailing (海陵区), "freight-hailing apps" too. Writers who capitalise (a post with any
capital letter) capitalise their places; a hashtag (#beijing) may be lower case all the same.
Read by :func:`labourmap.engine.geo_votes.person_named`, beside the persons' names it drops."""

from __future__ import annotations


def lower_cased(text: str, start: int) -> bool:
    """Whether the English name at ``start`` begins in lower case in a post that capitalises."""
    first = text[start : start + 1]
    if not first.islower() or not first.isascii():
        return False
    if start and text[start - 1] == "#":
        return False
    return any(c.isupper() for c in text)

"""A state firm told by the office over it: the state assets commission (国资委).

Workers of a state firm take their dispute to the commission that holds its shares: they
petition at its gate (到市国资委门口请愿), complain to it (向市国资委投诉), or it sends people
(市国资委和总工会来人了, 国资委派员到场). Where the post names no ownership word, that tells
a state-owned employer. Not a commission only named in passing as the one that answers for a
whole city's firms in a policy or a report (国资委印发通知): the workers must go to it, or it
must come to them.

A mining bureau (矿务局) is the old state coal enterprise itself: miners who march to its
building (走到矿务局门口), the mines under it (原阜新矿务局下属煤矿), or the bureau as the
employer tell a state-owned employer; not a plant whose former name it was (前身是开滦矿务局602厂).
"""

from __future__ import annotations

import re

_COMMISSION = "国资委"
_TO_IT = re.compile(
    r"(?:到|去|找|向|往|赴|围堵|堵)(?:了)?[^，,。；;！!？?]{0,12}?国资委|"
    r"国资委[^，,。；;！!？?]{0,8}?(?:来人|来了人|派人|派员|出面|介入|协调|接待|到场|到现场|约谈)"
)


_BUREAU = "矿务局"
_FORMERLY = re.compile(r"前身(?:是|为)?[^，,。；;！!？?]{0,8}$")


def overseer(norm: str) -> tuple[int, int] | None:
    """The span where workers go to the state assets commission or it comes to them, or where
    a mining bureau is named (not as a former name), else None."""
    if _BUREAU in norm:
        k = norm.find(_BUREAU)
        while k >= 0:
            if not _FORMERLY.search(norm, max(0, k - 12), k):
                return k, k + len(_BUREAU)
            k = norm.find(_BUREAU, k + 1)
    if _COMMISSION not in norm:
        return None
    m = _TO_IT.search(norm)
    return m.span() if m else None

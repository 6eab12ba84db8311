"""Coding a case from its contacts, as CLB's accountability report counts cases.

Pure functions over the coded contacts of one case (no database):

* **awareness** — ``aware`` if any union contacted knew of the incident before the call;
  ``unaware`` if at least one said it did not and none knew; ``no_response`` otherwise.
* **involvement** — ``involved`` if any union had acted on it, before the call (a contact coded
  ``involved: yes``) or by taking the case up after being alerted (``after_contact:
  took_up``); ``uninvolved`` if at least one said it had not and none had or did;
  ``unknown`` otherwise.
* **took up after alert** — the case is ``unaware`` and a union then took the case up.
* among ``aware`` cases: **participated** where the case is ``involved``, **knew but did not
  participate** where it is ``uninvolved`` (an aware case of unknown involvement is neither).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

AWARE, UNAWARE, NO_RESPONSE = "aware", "unaware", "no_response"
INVOLVED, UNINVOLVED, UNKNOWN = "involved", "uninvolved", "unknown"


class CodedContact(Protocol):
    """What the rules read from a contact (a model row or any object with these fields)."""

    @property
    def aware(self) -> str: ...
    @property
    def involved(self) -> str: ...
    @property
    def after_contact(self) -> str: ...
    @property
    def excuses(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Contact:
    """A coded contact, for callers (and tests) without a database row."""

    aware: str = "no_response"
    involved: str = "unknown"
    after_contact: str = "none"
    excuses: Sequence[str] = ()
    reached: str = "answered"


@dataclass(frozen=True)
class CaseCoding:
    """How one case is counted."""

    awareness: str
    involvement: str
    took_up_after_alert: bool
    aware_involved: bool
    aware_not_involved: bool
    excuses: tuple[str, ...] = field(default_factory=tuple)


def awareness(contacts: Iterable[CodedContact]) -> str:
    values = [c.aware for c in contacts]
    if "yes" in values:
        return AWARE
    if "no" in values:
        return UNAWARE
    return NO_RESPONSE


def involvement(contacts: Iterable[CodedContact]) -> str:
    contacts = list(contacts)
    if any(c.involved == "yes" or c.after_contact == "took_up" for c in contacts):
        return INVOLVED
    if any(c.involved == "no" for c in contacts):
        return UNINVOLVED
    return UNKNOWN


def took_up(contacts: Iterable[CodedContact]) -> bool:
    return any(c.after_contact == "took_up" for c in contacts)


def case_excuses(contacts: Iterable[CodedContact]) -> tuple[str, ...]:
    """Every reason given in the case, once each, in the order first given."""
    seen: dict[str, None] = {}
    for c in contacts:
        for code in c.excuses or ():
            seen.setdefault(code, None)
    return tuple(seen)


def code_case(contacts: Iterable[CodedContact]) -> CaseCoding:
    """The coding of a case from all its contacts (see the module's rules)."""
    contacts = list(contacts)
    aware = awareness(contacts)
    involved = involvement(contacts)
    return CaseCoding(
        awareness=aware,
        involvement=involved,
        took_up_after_alert=aware == UNAWARE and took_up(contacts),
        aware_involved=aware == AWARE and involved == INVOLVED,
        aware_not_involved=aware == AWARE and involved == UNINVOLVED,
        excuses=case_excuses(contacts),
    )


def pct(n: int, base: int) -> float:
    """``n`` as a percentage of ``base``, one decimal rounded half up; 0.0 when the base is
    empty."""
    if not base:
        return 0.0
    return float((Decimal(100 * n) / Decimal(base)).quantize(Decimal("0.1"), ROUND_HALF_UP))

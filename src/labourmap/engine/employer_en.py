"""English names of employers: a capitalised name after "at"/"for"/"employer"/"employees of",
in apposition ("the contractor, X,"), or before "workers"/"riders", or ending in Co./Ltd./Group
…, with ownership words (Hong Kong-owned) stripped (see :mod:`labourmap.engine.employer`).

Each name is first given its strength (what makes it an employer); what rules a name out is
read only for one that has some, and the searches for a client ("supplying X") or another
event ("the latest in a wave …") only where the text holds one of their words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from labourmap.engine.employer_words import EN_NOT
from labourmap.engine.model import Span
from labourmap.engine.placenames import OTHER_EVENT_EN, sentence_before


class Candidate(NamedTuple):  # (a tuple: made many times a post, and quickly)
    start: int
    end: int
    strength: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


EN_SUFFIX = re.compile(
    r"(?:co\.?,? ?ltd\.?|co\.|ltd\.?|inc\.?|group|corp\.?|corporation|company|"
    r"industrial|electric|electronics|tire|tyre|motors?|property management|"
    r"sports goods|factory|coal mine|mine|construction|technology|logistics|"
    r"mining|holdings|engineering|steel|auto components|auto parts|garments|textiles|apparel|"
    r"clothing|shoes|footwear|toys|plastics|metals|materials|optoelectronics|machinery|"
    r"chemicals?|pharmaceuticals?|foods?|paper|packaging|printing|furniture|ceramics|cement|"
    r"real estate|propert(?:y|ies)|environmental services|property services|cleaning services|"
    r"industries|enterprises?|automotive|express|precision mould|mould|engineering bureau|"
    r"engineering division|shipbuilding(?: industry)?|shipyard)$",
    re.I,
)
_EN_SUFFIX_ASCII = re.compile(EN_SUFFIX.pattern)  # the same, without IGNORECASE


# the last three letters of every spelling EN_SUFFIX allows (each has three or more): a name
# that ends in none of them has no firm's suffix, and needs no search
_SUFFIX_ENDS = frozenset(
    w[-3:]
    for w in (
        *(f"co{dot}{comma}{space}ltd{end}" for dot in ("", ".") for comma in ("", ",")
          for space in ("", " ") for end in ("", ".")),
        "co.", "ltd", "ltd.", "inc", "inc.", "group", "corp", "corp.", "corporation", "company",
        "industrial", "electric", "electronics", "tire", "tyre", "motor", "motors",
        "property management", "sports goods", "factory", "coal mine", "mine", "construction",
        "technology", "logistics", "mining", "holdings", "engineering", "steel",
        "auto components", "auto parts", "garments", "textiles", "apparel", "clothing", "shoes",
        "footwear", "toys", "plastics", "metals", "materials", "optoelectronics", "machinery",
        "chemical", "chemicals", "pharmaceutical", "pharmaceuticals", "food", "foods", "paper",
        "packaging", "printing", "furniture", "ceramics", "cement", "real estate", "property",
        "properties", "environmental services", "property services", "cleaning services",
        "industries", "enterprise", "enterprises", "automotive", "express", "precision mould",
        "mould", "engineering bureau", "engineering division", "shipbuilding",
        "shipbuilding industry", "shipyard",
    )
)


def has_en_suffix(low: str, pos: int) -> bool:
    """Whether ``low`` (lower case) ends in a firm's suffix that begins at ``pos`` or after.
    On ASCII text, which is lower case, IGNORECASE can change nothing: the (much faster)
    case-sensitive pattern is used, and only where the last three letters are a suffix's."""
    if low.isascii():
        if low[-3:] not in _SUFFIX_ENDS and not low.endswith("\n"):
            return False  # ($ also matches before a final line break)
        return _EN_SUFFIX_ASCII.search(low, pos) is not None
    return EN_SUFFIX.search(low, pos) is not None


EN_NAME = re.compile(
    r"(?:[A-Z][\w'&.-]*)(?:[ \t]+(?:[A-Z][\w'&.-]*|[0-9]+(?:st|nd|rd|th)\b|"
    r"\([A-Z][\w ]*\)|of|and|&|(?:coal |gold |iron |copper )?mine\b))*"
)
EN_LEAD = (
    "hong kong-owned ",
    "taiwanese-owned ",
    "taiwan-owned ",
    "taiwanese ",
    "foreign-owned ",
    "state-owned ",
    "state-run ",
    "japanese-owned ",
    "us-owned ",
    "korean-owned ",
    "the ",
    "a ",
    "an ",
    "giant ",
)
_WORKS_AFTER = re.compile(r"^\s*(?:project|site|building)", re.I)
EN_NOT_AFTER = re.compile(
    r"^\s*(?:eco-|project|site|building|area|district|county|province|city|"
    r"town|road|street|avenue)",
    re.I,
)
_UPPER = re.compile("[A-Z]")
_SENTENCE_DOT = re.compile(r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)(?<!\bSt)(?<!\b[A-Z])\.[ \t]")
_OWNED = ("-owned", "-invested", "-funded", "-run", "-based")
# "the contractor, Jiangsu Huatong Rail Engineering, …": the firm named in apposition
_APPOSITION = re.compile(
    r"\b(?:contractor|subcontractor|employer|company|firm|operator|developer|supplier|"
    r"manufacturer|platform|owner),\s+$"
)


_EMPLOYER_BEFORE = re.compile(
    r"\b(?:at|for|employer,?|by|against|from|(?:employees|workers|staff|mine|plant|"
    r"factory|subsidiary) of)\s+"
    r"(?:[\w'-]+,?\s+){0,2}$"
)
_WORKERS_AFTER = re.compile(
    r"^(?:'s)?\s+(?:delivery |food )?(?:workers|riders|drivers|employees|"
    r"staff|strike|factory|plant|couriers)|^,? which employs"
)


# "laptop maker Quanta", "electronics giant X": the kind of firm, then its name
_MAKER_BEFORE = re.compile(r"\b(?:maker|giant|manufacturer|producer|assembler|retailer|app)\s+$")
# "a subcontractor supplying X", "a supplier to X": X is the client, not the employer
_CLIENT_BEFORE = re.compile(
    r"\b(?:supplying|supplies|supplier to|suppliers to|supplier for|subcontractor for|"
    r"contractor for|subcontractor to)\s+(?:the\s+)?(?:state-owned\s+|state-run\s+)?$"
)


# what _CLIENT_BEFORE and OTHER_EVENT_EN need: where none is in the text, neither is searched
_CLIENT_WORDS = ("suppl", "contractor")
_OTHER_EVENT_WORDS = ("the latest ", "in the wake of", "similar to", "echoing")
_MAKERS = ("maker", "giant", "manufacturer", "producer", "assembler", "retailer", "app")


def client_or_other_event(low_text: str) -> tuple[bool, bool]:
    """Whether _CLIENT_BEFORE, and whether OTHER_EVENT_EN, may match anywhere in the lower-cased
    text: each needs one of its words."""
    return (any(w in low_text for w in _CLIENT_WORDS),
            any(w in low_text for w in _OTHER_EVENT_WORDS))


def _strength(suffixed: bool, before: str, after: str) -> int:
    """3 for a firm's suffix, apposition (", the contractor, X") or "maker X"; 2 after "at",
    "for", "employees of" … or before "workers"; else 0."""
    if suffixed:
        return 3
    bare = before.rstrip()
    if len(bare) < len(before):  # each pattern below ends in \s+$
        if (bare.endswith(",") and _APPOSITION.search(before)) or (
            bare.endswith(_MAKERS) and _MAKER_BEFORE.search(before)
        ):
            return 3
        if _EMPLOYER_BEFORE.search(before):
            return 2
    return 2 if _WORKERS_AFTER.match(after) else 0


def english(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if not _UPPER.search(text):
        return out
    client = other = None
    for m in EN_NAME.finditer(text):
        start, end = m.start(), m.end()
        name = m.group()
        stop = _SENTENCE_DOT.search(name) if "." in name else None
        if stop:  # "on Friday. The mine": a name ends with its sentence
            name = name[: stop.start()]
        while name.endswith("'s") or (
            " " in name and name.rsplit(" ", 1)[1].lower() in ("of", "and", "&")
        ):
            name = name[:-2] if name.endswith("'s") else name.rsplit(" ", 1)[0]
        end = start + len(name)
        low = name.lower()
        if " mine of " in low:  # the Daping Mine of Zhengzhou Coal Group: the firm employs
            cut = low.index(" mine of ") + len(" mine of ")
            start, low = start + cut, low[cut:]
        changed = low.startswith(EN_LEAD)  # else the loop would change nothing
        while changed:
            changed = False
            for lead in EN_LEAD:
                if low.startswith(lead):
                    start += len(lead)
                    low = low[len(lead) :]
                    changed = True
        if not low or low in EN_NOT or len(low) < 3 or low.endswith(_OWNED):
            continue  # "Chinese-owned" alone is whose it is, not its name
        before = text[max(0, start - 40) : start].lower()
        after = text[end : end + 20].lower()
        suffixed = has_en_suffix(low, max(0, len(low) - 24))
        strength = _strength(suffixed, before, after)
        if not strength:  # (what rules a name out below matters only for one that counts)
            continue
        if EN_NOT_AFTER.match(after) and not (suffixed and _WORKS_AFTER.match(after)):
            continue  # (a firm's works: "a China Railway Group project")
        if client is None or other is None:
            client, other = client_or_other_event(text.lower())
        if (client and _CLIENT_BEFORE.search(before)) or (
            other and OTHER_EVENT_EN.search(sentence_before(text, start))
        ):
            continue  # "a subcontractor supplying X", "the latest in a wave that began at X"
        out.append(Candidate(start, end, strength))
    return out

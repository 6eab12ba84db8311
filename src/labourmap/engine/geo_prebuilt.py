"""The place index's tables, saved at install time next to the gazetteer they come from.

Making :class:`labourmap.engine.geo.PlaceIndex`'s tables (the automaton over 50,000 names,
the townships' stems) takes about half a second of every run; loading them saved takes a
tenth of that. ``make`` saves them (:func:`save`) with a
fingerprint of everything they are made from: the gazetteer's file, the source of the modules
that make them, the data files those read and the lexicon's letters that order the automaton.
They are used only where the fingerprint is the one of the files installed now; otherwise (a
gazetteer rebuilt, a module changed, no file saved) the index makes them as before. Either
way the index holds the same names with the same readings: the output cannot differ.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick

from labourmap.engine import automaton, geo_towns, geo_units, lexicon, placenames, text
from labourmap.engine.matcher import TABLES
from labourmap.places import gazetteer, model, names

if TYPE_CHECKING:
    from labourmap.engine.geo import Tables

SAVED_FILE = gazetteer.DATA_FILE.with_name("place_index.pickle")
# the modules whose code makes the tables (geo's own source: PlaceIndex.tables and _build)
_MODULES = (automaton, geo_towns, geo_units, placenames, text, gazetteer, model, names)


def vocabulary() -> list[str]:
    """The lexicon's letters, the most used first: the characters the automaton's transitions
    meet early (its order makes search faster, and is part of the fingerprint)."""
    used = Counter(
        c
        for table in TABLES.values()
        for terms in lexicon.terms(table).values()
        for term in terms
        for c in term
    )
    return [c for c, _ in used.most_common()]


def fingerprint(gz_file: Path, early: list[str]) -> str:
    """A digest of everything the tables are made from, as installed now."""
    digest = hashlib.sha256()
    files = [gz_file, placenames.ABROAD_FILE, Path(__file__)]
    files += [Path(m.__file__ or "") for m in _MODULES]
    files.append(Path(sys.modules["labourmap.engine.geo"].__file__ or ""))
    files.append(Path(str(resources.files("labourmap.engine") / "data" / "characters.json")))
    files.append(Path(str(resources.files("opencc") / "dictionary" / "TSCharacters.txt")))
    for path in files:
        digest.update(str(path.name).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(none)")
    library = Path(ahocorasick.__file__ or "")  # (its saved automaton is its own format)
    for part in ("".join(early), f"{library.name} {library.stat().st_size}", sys.version):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def load(gz_file: Path, early: list[str], saved: Path = SAVED_FILE) -> Tables | None:
    """The saved tables, where they were saved from the files installed now; else None."""
    try:
        with saved.open("rb") as fh:
            stamp = pickle.load(fh)
            if stamp != fingerprint(gz_file, early):
                return None
            tables: Tables = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
        return None
    return tables


def save(saved: Path = SAVED_FILE) -> None:
    """Make the tables from the installed gazetteer and save them with their fingerprint."""
    from labourmap.engine.geo import PlaceIndex  # (geo reads this module: imported when used)

    gz = gazetteer.get_gazetteer()
    early = vocabulary()
    tables = PlaceIndex.tables(gz, early)
    tmp = saved.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(fingerprint(gazetteer.DATA_FILE, early), fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(saved)

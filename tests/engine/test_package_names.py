"""The engine's public names stay what they are, whatever else is imported.

A submodule named like a function the package re-exports (an ``extract.py`` beside
``labourmap.engine.extract``) replaces that function on the package the moment anything imports
it, and code that imports the name afterwards gets a module it cannot call: ingest's cluster
workers did. A submodule may share a public name only if the package imports it first itself
(``cluster``).
"""

from __future__ import annotations

import importlib
import pkgutil

import labourmap.engine as engine


def test_public_functions_stay_callable_after_every_submodule_is_imported() -> None:
    for m in pkgutil.iter_modules(engine.__path__):
        importlib.import_module(f"labourmap.engine.{m.name}")
    for name in ("extract", "extract_many", "cluster", "match_incident", "summarise"):
        assert callable(getattr(engine, name)), name

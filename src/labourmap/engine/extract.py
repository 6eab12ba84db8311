"""The engine's entry point for one post (also re-exported by ``labourmap.engine``)."""

from __future__ import annotations

from labourmap.engine.pipeline import extract

extract_post = extract

__all__ = ["extract", "extract_post"]

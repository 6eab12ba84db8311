from __future__ import annotations

import pytest

from labourmap.ingest.extractor import Extractor, default_extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real engine, as `labourmap ingest` uses it."""
    return default_extractor()

from __future__ import annotations

import pytest

from .fake_engine import FakeExtractor


@pytest.fixture
def fake() -> FakeExtractor:
    return FakeExtractor()

"""The OpenAPI schema is valid, and schemathesis fuzzes every route under /api/v1 for a bounded
number of examples without a server error or a response that breaks the schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import positive_data_acceptance

from labourmap.db import Database, upgrade

from .site_data import make_app

pytestmark = pytest.mark.slow


def _app(tmp: Path) -> object:
    db = Database(f"sqlite:///{tmp / 'fuzz.db'}")
    upgrade(db.engine)
    return make_app(db, tmp)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    yield _app(tmp_path_factory.mktemp("fuzz"))


def test_openapi_schema_is_valid(app: object) -> None:
    spec = app.openapi()  # type: ignore[attr-defined]
    validate(spec)
    paths = set(spec["paths"])
    for path in ("/api/v1/incidents", "/api/v1/map/regions", "/api/v1/map/points",
                 "/api/v1/incidents.{fmt}", "/api/v1/incidents.atom", "/api/v1/dictionary",
                 "/api/v1/codebook", "/api/v1/divisions", "/api/v1/stats"):
        assert path in paths, path
    assert not any(p.startswith("/incidents/") for p in paths)  # pages are not in the API
    filters = {"kind", "date_from", "date_to", "province", "city", "county", "industry",
               "demands", "forms", "ownership", "participants", "responses", "q"}
    for path in ("/api/v1/incidents", "/api/v1/stats", "/api/v1/map/regions",
                 "/api/v1/map/points", "/api/v1/incidents.{fmt}", "/api/v1/incidents.atom"):
        params = spec["paths"][path]["get"]["parameters"]
        documented = {p["name"] for p in params if p["in"] == "query" and p.get("description")}
        assert filters <= documented, (path, filters - documented)


def test_api_fuzz(app: object) -> None:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        def fuzz(case: schemathesis.Case) -> None:
            response = case.call()
            assert response.status_code < 500, (case.path, response.text)
            if response.headers.get("content-type", [""])[0].startswith("application/json"):
                # our filters accept fewer values than the schema's plain strings say
                case.validate_response(response, excluded_checks=[positive_data_acceptance])

        fuzz()

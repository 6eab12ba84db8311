"""The application factory: settings in, app out. Nothing connects at import."""

from __future__ import annotations

from fastapi import FastAPI

from labourmap import __version__
from labourmap.db import Database, check_schema
from labourmap.incidents.api import router as incidents_router
from labourmap.settings import Settings, database_url_for
from labourmap.web.errors import install_error_handlers


def create_app(settings: Settings, *, db: Database | None = None) -> FastAPI:
    """Build the web app. The schema must be current (else :class:`SchemaOutOfDate`)."""
    db = db or Database(database_url_for(settings))
    check_schema(db.engine)
    app = FastAPI(
        title="labourmap",
        version=__version__,
        description="Labour incidents in China: published incidents, their counts and sources.",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.db = db
    install_error_handlers(app)
    app.include_router(incidents_router)

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, str]:
        """Liveness: the app is up and its database answers."""
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return {"status": "ok", "version": __version__}

    return app

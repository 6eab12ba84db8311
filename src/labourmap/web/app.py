"""The application factory: settings in, app out. Nothing connects at import."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.gzip import GZipMiddleware

from labourmap import __version__
from labourmap.accountability import api as accountability_api
from labourmap.accountability import editor as accountability_editor
from labourmap.accountability import pages as accountability_pages
from labourmap.db import Database, check_schema
from labourmap.incidents.api import router as incidents_router
from labourmap.intake import pages as intake_pages
from labourmap.review import api as review_api
from labourmap.review import pages as review_pages
from labourmap.settings import Settings, database_url_for
from labourmap.unions import api as unions_api
from labourmap.users import api as users_api
from labourmap.users import pages as users_pages
from labourmap.web.downloads import router as downloads_router
from labourmap.web.errors import install_error_handlers
from labourmap.web.meta_api import router as meta_router
from labourmap.web.pages import router as pages_router

WEB = Path(__file__).resolve().parent


def create_app(settings: Settings, *, db: Database | None = None) -> FastAPI:
    """Build the web app. The schema must be current (else :class:`SchemaOutOfDate`)."""
    db = db or Database(database_url_for(settings))
    check_schema(db.engine)
    app = FastAPI(
        title="labourmap",
        version=__version__,
        description="Labour incidents in China: published incidents, their counts and sources, "
        "the maps' aggregates, downloads and feeds. Every list, count and download takes the "
        "same filters; only published incidents are ever returned.",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.db = db
    app.state.templates = Jinja2Templates(directory=WEB / "templates")
    app.state.templates.env.auto_reload = False  # templates are read once, not checked per page
    install_error_handlers(app)
    # Answers under 16 KiB reach the reader in the first round trip of a new connection (a
    # TCP initial window of ten segments) whether compressed or not: compressing them only
    # costs time. Lists, downloads, points and boundaries are larger and are compressed.
    app.add_middleware(GZipMiddleware, minimum_size=16 * 1024, compresslevel=6)
    app.include_router(incidents_router)
    app.include_router(downloads_router)
    app.include_router(meta_router)
    app.include_router(pages_router)
    app.include_router(review_api.router)
    app.include_router(review_pages.router)
    app.include_router(users_api.router)
    app.include_router(users_pages.router)
    app.include_router(intake_pages.router)
    app.include_router(accountability_api.router)
    app.include_router(unions_api.router)
    app.include_router(accountability_pages.router)
    app.include_router(accountability_editor.router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, str]:
        """Liveness: the app is up and its database answers."""
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return {"status": "ok", "version": __version__}

    return app

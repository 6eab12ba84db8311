"""`labourmap serve`: the web site and API."""

from __future__ import annotations

import typer
import uvicorn

from labourmap.cli.common import handle_errors, settings
from labourmap.settings import Settings
from labourmap.web.app import create_app


@handle_errors
def serve_cmd(
    host: str | None = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: int | None = typer.Option(None, help="Port (default 8000)."),
) -> None:
    """Serve the site and the JSON API (published incidents only).

    Example: labourmap serve --port 8000
    """
    uvicorn.Server(server_config(settings(), host=host, port=port)).run()


def server_config(s: Settings, host: str | None = None, port: int | None = None
                  ) -> uvicorn.Config:
    """How the site is served. No access log: it would record the addresses of the workers
    who send the report form, and the site keeps none."""
    return uvicorn.Config(create_app(s), host=host or s.host, port=port or s.port,
                          log_level="info", access_log=False)

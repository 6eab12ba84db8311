"""`labourmap serve`: the web site and API."""

from __future__ import annotations

import typer
import uvicorn

from labourmap.cli.common import handle_errors, settings
from labourmap.web.app import create_app


@handle_errors
def serve_cmd(
    host: str | None = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: int | None = typer.Option(None, help="Port (default 8000)."),
) -> None:
    """Serve the site and the JSON API (published incidents only).

    Example: labourmap serve --port 8000
    """
    s = settings()
    app = create_app(s)
    uvicorn.run(app, host=host or s.host, port=port or s.port, log_level="info")

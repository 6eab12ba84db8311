"""`labourmap db`: migrate and inspect the store."""

from __future__ import annotations

import typer

from labourmap.cli.common import console, handle_errors, open_database
from labourmap.db import current_revision, head_revision, upgrade

app = typer.Typer(help="Create and migrate the database.", no_args_is_help=True)


@app.command("upgrade")
@handle_errors
def upgrade_cmd() -> None:
    """Create the database or migrate it to the newest schema.

    Example: labourmap db upgrade
    """
    db = open_database(check=False)
    before = current_revision(db.engine)
    upgrade(db.engine)
    after = current_revision(db.engine)
    console.print(f"database {db.engine.url.render_as_string(hide_password=True)}: "
                  f"{before or 'empty'} → {after}", highlight=False)


@app.command("current")
@handle_errors
def current_cmd() -> None:
    """Print the schema revision of the database and the one the code needs.

    Example: labourmap db current
    """
    db = open_database(check=False)
    current = current_revision(db.engine)
    head = head_revision()
    typer.echo(f"current: {current or 'empty'}\nneeded:  {head}")
    if current != head:
        raise typer.Exit(1)

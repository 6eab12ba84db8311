"""The `labourmap` command: every sub-command, registered in one place."""

from __future__ import annotations

import typer

from labourmap.cli import (
    accountability,
    data,
    db,
    engine,
    incidents,
    ingest,
    places,
    serve,
    unions,
    users,
)

app = typer.Typer(
    name="labourmap",
    help="labourmap — an observatory of labour conflict in China.\n\n"
    "Example: labourmap demo load && labourmap serve",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(db.app, name="db")
app.add_typer(places.app, name="places", help="Look up China's administrative divisions.")
app.add_typer(data.demo_app, name="demo")
app.command("import")(incidents.import_cmd)
app.command("export")(incidents.export_cmd)
app.command("synth")(data.synth_cmd)
app.command("serve")(serve.serve_cmd)
app.command("extract")(engine.extract_cmd)
app.command("cluster")(engine.cluster_cmd)
app.command("ingest")(ingest.ingest_cmd)
app.add_typer(users.app, name="users")
app.add_typer(unions.app, name="unions")
app.add_typer(accountability.app, name="accountability")


def main() -> None:
    app()


if __name__ == "__main__":
    main()

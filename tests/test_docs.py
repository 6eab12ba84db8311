"""Docs that cannot drift: every command, and every setting, is in the README; every command
has help that ends with an example."""

from __future__ import annotations

from pathlib import Path

import click
import typer.main

from labourmap.cli.main import app
from labourmap.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, click.Command]]:
    root = typer.main.get_command(app)
    out: list[tuple[str, click.Command]] = []

    def walk(cmd: click.Command, path: str) -> None:
        subs = getattr(cmd, "commands", None)  # typer's groups are not click.Group
        if subs is not None:
            for name, sub in subs.items():
                walk(sub, f"{path} {name}".strip())
        else:
            out.append((path, cmd))

    walk(root, "")
    assert {"db upgrade", "demo load", "accountability report"} <= {n for n, _ in out}
    return out


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name, _ in _commands() if f"labourmap {name}" not in README]
    assert not missing, f"commands not in README.md: {missing}"


def test_every_command_help_ends_with_an_example() -> None:
    lacking = [name for name, cmd in _commands()
               if "Example:" not in (cmd.help or "")]
    assert not lacking, f"commands whose help lacks an example: {lacking}"


def test_every_setting_is_in_the_readme() -> None:
    missing = [f"LABOURMAP_{name.upper()}" for name in Settings.model_fields
               if f"LABOURMAP_{name.upper()}" not in README]
    assert not missing, f"settings not in README.md: {missing}"

"""The `labourmap` command's Typer application: every sub-command, registered in one place.

Each command's module is imported only when that command runs (or when ``--help`` lists the
commands), so `labourmap extract` starts without the web stack, SQLAlchemy or Dask. (The
entry point, :func:`labourmap.cli.main.main`, starts a plainly written `extract` or `cluster`
without this application at all.)
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import typer
import typer.core
import typer.main

if TYPE_CHECKING:  # the click that Typer carries inside it
    from typer._click.core import Command


@dataclass(frozen=True)
class Lazy:
    """A command known by name; ``target`` (``module:attribute``) is a command function or a
    Typer app, imported when the command is first looked up."""

    name: str
    target: str

    def load(self) -> Command:
        module, _, attribute = self.target.partition(":")
        obj = getattr(importlib.import_module(module), attribute)
        holder = typer.Typer()
        if isinstance(obj, typer.Typer):
            holder.add_typer(obj, name=self.name)
        else:
            holder.command(self.name)(obj)
        return typer.main.get_group(holder).commands[self.name]


# In the order `labourmap --help` lists them: commands, then groups of commands.
COMMANDS: tuple[Lazy, ...] = (
    Lazy("import", "labourmap.cli.incidents:import_cmd"),
    Lazy("export", "labourmap.cli.incidents:export_cmd"),
    Lazy("synth", "labourmap.cli.data:synth_cmd"),
    Lazy("serve", "labourmap.cli.serve:serve_cmd"),
    Lazy("extract", "labourmap.cli.engine:extract_cmd"),
    Lazy("cluster", "labourmap.cli.engine:cluster_cmd"),
    Lazy("ingest", "labourmap.cli.ingest:ingest_cmd"),
    Lazy("db", "labourmap.cli.db:app"),
    Lazy("places", "labourmap.cli.places:app"),
    Lazy("model", "labourmap.cli.model:app"),
    Lazy("demo", "labourmap.cli.data:demo_app"),
    Lazy("users", "labourmap.cli.users:app"),
    Lazy("unions", "labourmap.cli.unions:app"),
    Lazy("accountability", "labourmap.cli.accountability:app"),
)


class LazyCommands(MutableMapping[str, "Command"]):
    """Commands by name, in registration order; a lazy one is loaded on first access."""

    def __init__(self, lazy: Sequence[Lazy]) -> None:
        self._lazy = {c.name: c for c in lazy}
        self._loaded: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self._loaded:
            self._loaded[name] = self._lazy[name].load()
        return self._loaded[name]

    def __setitem__(self, name: str, command: Command) -> None:
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self._lazy and name not in self._loaded:
            raise KeyError(name)
        self._lazy.pop(name, None)
        self._loaded.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        yield from self._lazy
        yield from (name for name in self._loaded if name not in self._lazy)

    def __len__(self) -> int:
        return len(self._lazy.keys() | self._loaded.keys())


class LazyGroup(typer.core.TyperGroup):
    """The root group: the commands of :data:`COMMANDS`, each imported when looked up."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        eager = dict(self.commands)
        self.commands = LazyCommands(COMMANDS)
        self.commands.update(eager)


app = typer.Typer(
    name="labourmap",
    help="labourmap — an observatory of labour conflict in China.\n\n"
    "Example: labourmap demo load && labourmap serve",
    cls=LazyGroup,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    # The commands come from COMMANDS through LazyGroup; a callback makes the app a group.
    pass

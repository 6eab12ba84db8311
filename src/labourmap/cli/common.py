"""What every command shares: settings, the database, progress bars and one error story."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from labourmap.db import Database, check_schema
from labourmap.errors import LabourmapError
from labourmap.places import GazetteerMissing
from labourmap.settings import Settings, database_url_for

console = Console(stderr=True, soft_wrap=True, highlight=False)
P = ParamSpec("P")
R = TypeVar("R")


def settings() -> Settings:
    return Settings()


def open_database(*, check: bool = True) -> Database:
    """The configured database; ``check`` stops with a message when the schema is behind."""
    db = Database(database_url_for(settings()))
    if check:
        check_schema(db.engine)
    return db


def handle_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn domain errors into a message on standard error and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except (LabourmapError, GazetteerMissing) as exc:
            console.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True,
                          highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except FileNotFoundError as exc:
            console.print(f"[bold red]error:[/] no such file: {escape(str(exc.filename))}",
                          highlight=False)
            raise typer.Exit(1) from None

    return wrapper


@contextmanager
def progress_bar(description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A Rich progress bar on standard error; yields ``advance(done)`` taking the count done."""
    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                          MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True,
                  disable=not sys.stderr.isatty()) as prog:
        task = prog.add_task(description, total=total)

        def advance(done: int) -> None:
            prog.update(task, completed=done)

        yield advance

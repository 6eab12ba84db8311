"""The `labourmap` command: every sub-command, registered in :mod:`labourmap.cli.commands`.

Each command's module is imported only when that command runs (or when ``--help`` lists the
commands), so `labourmap extract` starts without the web stack, SQLAlchemy or Dask. A plainly
written `labourmap extract FILE` or `labourmap cluster FILE` (:mod:`labourmap.cli.fast`)
starts without Typer too; the application (``app``, ``COMMANDS`` …) is imported from here on
first use.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labourmap.cli.commands import COMMANDS, Lazy, LazyCommands, LazyGroup, app

__all__ = ["COMMANDS", "Lazy", "LazyCommands", "LazyGroup", "app", "main"]
_FROM_COMMANDS = frozenset(__all__) - {"main"}


def __getattr__(name: str) -> Any:
    if name in _FROM_COMMANDS:
        from labourmap.cli import commands

        return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    from labourmap.cli.fast import fast_main

    code = fast_main(sys.argv[1:])
    if code is None:
        from labourmap.cli.commands import app

        app()
    elif code:
        sys.exit(code)


if __name__ == "__main__":
    main()

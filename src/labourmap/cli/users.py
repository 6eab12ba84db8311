"""`labourmap users`: the accounts of the editor pages (admin, editor, viewer)."""

from __future__ import annotations

import typer

from labourmap.cli.common import console, handle_errors, open_database
from labourmap.users.models import ROLES
from labourmap.users.service import add_user, list_users, set_password

app = typer.Typer(help="Editor accounts: add, list, change a password.", no_args_is_help=True)


def _password(given: str | None) -> str:
    if given is not None:
        return given
    value: str = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return value


@app.command("add")
@handle_errors
def add_cmd(
    username: str = typer.Argument(..., help="The login name."),
    role: str = typer.Option("editor", help=f"One of {', '.join(ROLES)}."),
    password: str | None = typer.Option(
        None, help="The password (asked for when missing; prefer that, it stays out of the "
        "shell history)."),
) -> None:
    """Add a user; the password is stored as an argon2 hash.

    Example: labourmap users add alice --role editor
    """
    db = open_database()
    with db.session() as session:
        user = add_user(session, username=username, password=_password(password), role=role)
    console.print(f"added {user.username} ({user.role})", highlight=False)


@app.command("list")
@handle_errors
def list_cmd() -> None:
    """List users with their roles.

    Example: labourmap users list
    """
    db = open_database()
    with db.session() as session:
        for user in list_users(session):
            state = "" if user.active else " (inactive)"
            typer.echo(f"{user.username}\t{user.role}{state}\t{user.created_at:%Y-%m-%d}")


@app.command("passwd")
@handle_errors
def passwd_cmd(
    username: str = typer.Argument(..., help="The login name."),
    password: str | None = typer.Option(None, help="The new password (asked for when missing)."),
) -> None:
    """Change a user's password; their open sessions end.

    Example: labourmap users passwd alice
    """
    db = open_database()
    with db.session() as session:
        set_password(session, username=username, password=_password(password))
    console.print(f"password of {username} changed", highlight=False)

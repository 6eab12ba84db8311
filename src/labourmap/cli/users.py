"""`labourmap users`: the accounts of the editor pages (admin, editor, viewer)."""

from __future__ import annotations

import typer

from labourmap.cli.common import console, handle_errors, open_database
from labourmap.users.models import ROLES
from labourmap.users.service import (
    activate_user,
    add_user,
    deactivate_user,
    list_users,
    set_password,
    set_role,
)

app = typer.Typer(help="Editor accounts: add, list, change a role or a password, deactivate "
                  "and reactivate. Every change goes to the accounts' history (shown to admins "
                  "at /review/users).", no_args_is_help=True)


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


@app.command("role")
@handle_errors
def role_cmd(
    username: str = typer.Argument(..., help="The login name."),
    role: str = typer.Argument(..., help=f"The new role: one of {', '.join(ROLES)}."),
) -> None:
    """Give a user another role; their open sessions end. The last active admin keeps theirs.

    Example: labourmap users role alice admin
    """
    db = open_database()
    with db.session() as session:
        user = set_role(session, username=username, role=role)
    console.print(f"{user.username} is now {user.role}", highlight=False)


@app.command("deactivate")
@handle_errors
def deactivate_cmd(username: str = typer.Argument(..., help="The login name.")) -> None:
    """Deactivate a user: they can no longer log in and their open sessions end (the account
    and its history stay). The last active admin cannot be deactivated.

    Example: labourmap users deactivate alice
    """
    db = open_database()
    with db.session() as session:
        deactivate_user(session, username=username)
    console.print(f"{username} deactivated", highlight=False)


@app.command("activate")
@handle_errors
def activate_cmd(username: str = typer.Argument(..., help="The login name.")) -> None:
    """Reactivate a deactivated user, with the role and password they had.

    Example: labourmap users activate alice
    """
    db = open_database()
    with db.session() as session:
        activate_user(session, username=username)
    console.print(f"{username} reactivated", highlight=False)

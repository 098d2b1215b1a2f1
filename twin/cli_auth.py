"""``porttwin user …`` and ``porttwin token …``: users and their API tokens, run on the server
as its administrator. A token is printed once, as the last line, when it is made."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from kernel.cli import CommandGroups
from kernel.errors import PortTwinError


@contextmanager
def _session() -> Iterator[Session]:
    from kernel.database import default_engine, session_scope

    try:
        with session_scope(default_engine()) as session:
            yield session
    except PortTwinError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None


def _run(work: Callable[[Session], Any]) -> Any:
    with _session() as session:
        return work(session)


def user_add(
    name: str,
    role: Annotated[str, typer.Option(help="admin, engineer, inspector, planner or viewer")],
    port: Annotated[list[str] | None, typer.Option(help="port code (repeatable)")] = None,
    all_ports: Annotated[bool, typer.Option("--all-ports", help="every port")] = False,
) -> None:
    """Create a user; prints the new API token as the last line."""
    from assets.ports import resolve_port
    from kernel.auth.service import SYSTEM, create_user

    def work(session: Session) -> tuple[Any, str]:
        port_ids = [resolve_port(session, SYSTEM, code).id for code in port or []]
        return create_user(session, name, role, port_ids, all_ports=all_ports)

    user, token = _run(work)
    scope = "all ports" if all_ports else ", ".join(port or [])
    typer.echo(f"user {user.name} ({role}; {scope}) created; API token:")
    typer.echo(token)


def user_list() -> None:
    """Every user: role, ports, disabled, valid tokens."""
    from kernel.auth.service import SYSTEM, list_users

    for u in _run(lambda s: list_users(s, SYSTEM)):
        scope = "all ports" if u.all_ports else f"{len(u.port_ids)} port(s)"
        state = "disabled" if u.disabled else "active"
        typer.echo(f"{u.name:<24} {u.role:<10} {scope:<12} {state:<9} {u.tokens} valid token(s)")


def user_disable(name: str) -> None:
    """Disable a user: every one of their tokens stops working at once."""
    from kernel.auth.service import SYSTEM, set_disabled

    _run(lambda s: set_disabled(s, SYSTEM, name, True))
    typer.echo(f"user {name} disabled")


def user_enable(name: str) -> None:
    from kernel.auth.service import SYSTEM, set_disabled

    _run(lambda s: set_disabled(s, SYSTEM, name, False))
    typer.echo(f"user {name} enabled")


def token_list(
    user: Annotated[str | None, typer.Option(help="only this user's tokens")] = None,
) -> None:
    """Tokens (never their values): id, user, label, made, expires, state."""
    from kernel.auth.service import SYSTEM, list_tokens

    for t in _run(lambda s: list_tokens(s, SYSTEM, user)):
        expires = t.expires_at.date().isoformat() if t.expires_at else "never"
        typer.echo(
            f"{t.id}  {t.user:<20} {t.state:<8} made {t.created_at.date()}  "
            f"expires {expires:<10}  {t.label or ''}"
        )


def token_add(
    user: str,
    label: Annotated[str | None, typer.Option(help="what the token is for")] = None,
    days: Annotated[int | None, typer.Option(help="lifetime in days; 0: never expires")] = None,
) -> None:
    """A new token for USER; printed as the last line."""
    from kernel.auth.service import SYSTEM, new_token

    info, token = _run(lambda s: new_token(s, SYSTEM, user, label, days))
    expires = info.expires_at.isoformat() if info.expires_at else "never"
    typer.echo(f"token {info.id} for {user} (expires {expires}):")
    typer.echo(token)


def token_revoke(token_id: uuid.UUID) -> None:
    """The token stops working now."""
    from kernel.auth.service import SYSTEM, revoke_token

    info = _run(lambda s: revoke_token(s, SYSTEM, token_id))
    typer.echo(f"token {info.id} of {info.user} revoked")


def token_rotate(token_id: uuid.UUID) -> None:
    """Revoke a token and print its successor (same user and label) as the last line."""
    from kernel.auth.service import SYSTEM, rotate_token

    info, token = _run(lambda s: rotate_token(s, SYSTEM, token_id))
    typer.echo(f"token rotated; the new token {info.id} of {info.user}:")
    typer.echo(token)


def add_commands(groups: CommandGroups) -> None:
    groups.user.command("add")(user_add)
    groups.user.command("list")(user_list)
    groups.user.command("disable")(user_disable)
    groups.user.command("enable")(user_enable)
    groups.token.command("list")(token_list)
    groups.token.command("add")(token_add)
    groups.token.command("revoke")(token_revoke)
    groups.token.command("rotate")(token_rotate)

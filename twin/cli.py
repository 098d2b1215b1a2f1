"""The ``porttwin`` command."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from kernel.errors import PortTwinError
from kernel.settings import get_settings

app = typer.Typer(
    help="Port Twin: port infrastructure registry and digital twin.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The project's own PostgreSQL + PostGIS cluster.", no_args_is_help=True)
user_app = typer.Typer(help="Users and API tokens.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(user_app, name="user")


def _fail(exc: PortTwinError) -> None:
    typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


if TYPE_CHECKING:
    from kernel.pgcluster import LocalCluster


def _cluster() -> LocalCluster:
    from kernel.pgcluster import LocalCluster

    settings = get_settings()
    if settings.database_url:
        typer.echo(
            "PORTTWIN_DATABASE_URL is set: the external database is used, not a project cluster."
        )
        raise typer.Exit(0)
    return LocalCluster(settings.resolved_data_dir)


@db_app.command("start")
def db_start() -> None:
    """Create (first time) and start the cluster under PORTTWIN_DATA_DIR."""
    try:
        state = _cluster().start()
    except PortTwinError as exc:
        _fail(exc)
    typer.echo(f"PostgreSQL running on 127.0.0.1:{state.port} (data {state.pgdata})")


@db_app.command("stop")
def db_stop() -> None:
    try:
        _cluster().stop()
    except PortTwinError as exc:
        _fail(exc)
    typer.echo("PostgreSQL stopped")


@db_app.command("status")
def db_status() -> None:
    """Exit 0 when the cluster runs, 3 when it does not."""
    cluster = _cluster()
    state = cluster.state()
    if state is None:
        typer.echo(f"no cluster under {cluster.data_dir} (run `porttwin db start`)")
        raise typer.Exit(3)
    running = cluster.is_running()
    typer.echo(
        f"{'running' if running else 'stopped'}: 127.0.0.1:{state.port}, data {state.pgdata}"
    )
    raise typer.Exit(0 if running else 3)


@db_app.command("url")
def db_url() -> None:
    """Print the SQLAlchemy URL of the database in use."""
    from kernel.database import database_url

    try:
        typer.echo(database_url())
    except PortTwinError as exc:
        _fail(exc)


@app.command()
def migrate(
    revision: Annotated[str, typer.Argument(help="target revision")] = "head",
    down: Annotated[bool, typer.Option("--down", help="downgrade to REVISION")] = False,
) -> None:
    """Apply the Alembic migrations (or downgrade with --down REVISION)."""
    from kernel.database import database_url
    from twin import migrate as migrations

    try:
        url = database_url()
    except PortTwinError as exc:
        _fail(exc)
    if down:
        migrations.downgrade(url, revision)
    else:
        migrations.upgrade(url, revision)
    typer.echo(f"database at revision {migrations.current_revision(url) or 'base'}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
) -> None:
    """Serve the API, the OGC API and the viewer."""
    import uvicorn

    uvicorn.run("twin.app:create_app", factory=True, host=host, port=port, log_level="info")


@app.command()
def demo() -> None:
    """Load the demo ports, facilities and users (idempotent), print how to log in."""
    from kernel.database import default_engine, session_scope
    from twin.demo import load_demo

    try:
        with session_scope(default_engine()) as session:
            tokens = load_demo(session)
    except PortTwinError as exc:
        _fail(exc)
    typer.echo("Demo loaded. Log in at http://127.0.0.1:8000/ with one of these API tokens:")
    for name, (role, ports, token) in tokens.items():
        typer.echo(f"  {name:<18} {role:<10} {ports:<18} {token}")


@user_app.command("add")
def user_add(
    name: str,
    role: Annotated[str, typer.Option(help="admin, engineer, inspector, planner or viewer")],
    port: Annotated[list[str] | None, typer.Option(help="port code (repeatable)")] = None,
    all_ports: Annotated[bool, typer.Option("--all-ports", help="every port")] = False,
) -> None:
    """Create a user; prints the new API token as the last line."""
    from assets.ports import resolve_port
    from kernel.auth.service import SYSTEM, create_user
    from kernel.database import default_engine, session_scope

    try:
        with session_scope(default_engine()) as session:
            port_ids = [resolve_port(session, SYSTEM, code).id for code in port or []]
            user, token = create_user(session, name, role, port_ids, all_ports=all_ports)
    except PortTwinError as exc:
        _fail(exc)
    scope = "all ports" if all_ports else ", ".join(port or [])
    typer.echo(f"user {user.name} ({role}; {scope}) created; API token:")
    typer.echo(token)


if __name__ == "__main__":
    app()

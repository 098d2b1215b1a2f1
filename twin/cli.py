"""The ``porttwin`` command, assembled: every package adds its own commands (``kernel.cli``,
``assets.cli``, ``inspections.cli``, ``twin.sensors.cli``, ``twin.planning.cli``,
``twin.cli_auth``); this module adds the app's (migrate, serve, demo, export ifc) and mounts
them. A registered import format without a command of its own gets a plain one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import assets.cli
import inspections.cli
import kernel.cli
import twin.cli_auth
import twin.planning.cli
import twin.sensors.cli
from kernel.cli import CommandGroups, fail
from kernel.errors import PortTwinError


def migrate(
    revision: Annotated[str, typer.Argument(help="target revision")] = "head",
    down: Annotated[bool, typer.Option("--down", help="downgrade to REVISION")] = False,
) -> None:
    """Apply the Alembic migrations (or downgrade with --down REVISION) as the schema's
    owner, then grant the app's role (if it is another) the rights it needs and no more."""
    from sqlalchemy.engine import make_url

    from kernel.database import database_url, migration_url
    from twin import migrate as migrations

    try:
        url, app_url = migration_url(), database_url()
    except PortTwinError as exc:
        fail(exc)
    app_role = make_url(app_url).username
    if app_role == make_url(url).username:
        app_role = None
    if down:
        migrations.downgrade(url, revision)
    else:
        migrations.upgrade(url, revision, app_role=app_role)
    typer.echo(f"database at revision {migrations.current_revision(url) or 'base'}")


def serve(
    host: Annotated[str, typer.Option(help="address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
) -> None:
    """Serve the API, the OGC API and the viewer."""
    import uvicorn

    uvicorn.run("twin.app:create_app", factory=True, host=host, port=port, log_level="info")


def demo() -> None:
    """Load the demo ports, facilities and users (idempotent), print how to log in."""
    from kernel.database import default_engine, session_scope
    from twin.demo import load_demo

    try:
        with session_scope(default_engine()) as session:
            tokens = load_demo(session)
    except PortTwinError as exc:
        fail(exc)
    typer.echo("Demo loaded. Log in at http://127.0.0.1:8000/ with one of these API tokens:")
    for name, (role, ports, token) in tokens.items():
        typer.echo(f"  {name:<18} {role:<10} {ports:<18} {token}")


def export_ifc(
    facility: Annotated[str, typer.Argument(help="facility id")],
    output: Annotated[Path, typer.Option("-o", "--output", help="IFC file to write")],
) -> None:
    """Export a facility with its components, condition and maintenance data as IFC 4.3."""
    import uuid

    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from twin.ifc_export.service import export_facility

    try:
        facility_id = uuid.UUID(facility)
    except ValueError:
        typer.secho(f"error: '{facility}' is not a facility id", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None
    try:
        with session_scope(default_engine()) as session:
            output.write_bytes(export_facility(session, SYSTEM, facility_id))
    except PortTwinError as exc:
        fail(exc)
    typer.echo(f"wrote {output} (IFC4X3_ADD2)")


def add_commands(groups: CommandGroups) -> None:
    groups.app.command()(migrate)
    groups.app.command()(serve)
    groups.app.command()(demo)
    groups.export.command("ifc")(export_ifc)


groups = CommandGroups()
for package in (
    kernel.cli,
    assets.cli,
    inspections.cli,
    twin.sensors.cli,
    twin.planning.cli,
    twin.cli_auth,
):
    package.add_commands(groups)
add_commands(groups)
app = groups.mount()

if __name__ == "__main__":
    app()

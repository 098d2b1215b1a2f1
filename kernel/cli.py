"""What every package's ``porttwin`` commands share, and the kernel's own: the command groups a
package adds its commands to (each package owns its commands in its ``cli`` module and
``twin.cli`` assembles them), the common options, one way to fail, and ``porttwin db …`` and
``porttwin jobs …``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from kernel.errors import PortTwinError
from kernel.settings import get_settings

if TYPE_CHECKING:
    from kernel.pgcluster import LocalCluster


def _group(help_text: str) -> typer.Typer:
    return typer.Typer(help=help_text, no_args_is_help=True)


@dataclass
class CommandGroups:
    """``porttwin`` and its sub-commands; packages add commands to them."""

    app: typer.Typer = field(
        default_factory=lambda: typer.Typer(
            help="Port Twin: port infrastructure registry and digital twin.",
            no_args_is_help=True,
            pretty_exceptions_enable=False,
        )
    )
    db: typer.Typer = field(
        default_factory=lambda: _group("The project's own PostgreSQL + PostGIS cluster.")
    )
    user: typer.Typer = field(default_factory=lambda: _group("Users and API tokens."))
    token: typer.Typer = field(
        default_factory=lambda: _group("API tokens: list, make, rotate, revoke.")
    )
    import_: typer.Typer = field(default_factory=lambda: _group("Import data from files."))
    export: typer.Typer = field(default_factory=lambda: _group("Export the registry to files."))
    ingest: typer.Typer = field(default_factory=lambda: _group("Take in sensor readings."))
    plan: typer.Typer = field(
        default_factory=lambda: _group("Deterioration models, lifecycle cost, budgeted plans.")
    )
    ifc: typer.Typer = field(default_factory=lambda: _group("BIM/IFC models."))
    jobs: typer.Typer = field(
        default_factory=lambda: _group("Background jobs (IFC imports, large uploads).")
    )
    package: typer.Typer = field(
        default_factory=lambda: _group("Offline field packages: export for site, import back.")
    )

    def mount(self) -> typer.Typer:
        """The assembled command, each group under its name."""
        for name in (
            "db",
            "user",
            "token",
            "import_",
            "export",
            "ingest",
            "plan",
            "ifc",
            "jobs",
            "package",
        ):
            self.app.add_typer(getattr(self, name), name=name.rstrip("_"))
        return self.app


PortOpt = Annotated[str, typer.Option("--port", help="port code to import into")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="report only; write nothing")]
SkipOpt = Annotated[
    bool, typer.Option("--skip-invalid", help="write the valid rows, report the others")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="print the full report as JSON")]


def fail(exc: PortTwinError | str, code: int = 1) -> NoReturn:
    """Print the reason in red and exit with ``code``."""
    message = exc.message if isinstance(exc, PortTwinError) else exc
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _local_cluster(settings: Any) -> LocalCluster:
    from kernel.pgcluster import LocalCluster

    return LocalCluster(settings.resolved_data_dir)


def _cluster() -> LocalCluster:
    settings = get_settings()
    if settings.database_url:
        typer.echo(
            "PORTTWIN_DATABASE_URL is set: the external database is used, not a project cluster."
        )
        raise typer.Exit(0)
    return _local_cluster(settings)


def db_start(
    replica: Annotated[
        bool,
        typer.Option(
            "--replica",
            help="also a hot standby streaming from it; `porttwin serve` then reads from it",
        ),
    ] = False,
) -> None:
    """Create (first time) and start the cluster under PORTTWIN_DATA_DIR."""
    try:
        cluster = _cluster()
        state = cluster.start_replica() if replica else cluster.start()
    except PortTwinError as exc:
        fail(exc)
    typer.echo(f"PostgreSQL running on 127.0.0.1:{state.port} (data {state.pgdata})")
    if replica:
        typer.echo(
            f"read replica (hot standby) on 127.0.0.1:{state.replica_port} "
            f"(data {state.replica_pgdata})"
        )


def db_stop() -> None:
    try:
        _cluster().stop()
    except PortTwinError as exc:
        fail(exc)
    typer.echo("PostgreSQL stopped")


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


def db_url() -> None:
    """Print the SQLAlchemy URL of the database in use."""
    from kernel.database import database_url

    try:
        typer.echo(database_url())
    except PortTwinError as exc:
        fail(exc)


def _bar() -> Any:
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn())


def _progress(bar: Any) -> Any:
    tasks: dict[str, Any] = {}

    def advance(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total or 1)
        bar.update(tasks[stage], completed=done, total=total or 1)

    return advance


def backup_command(
    file: Annotated[Path, typer.Argument(help="the backup to write (a tar file)")],
) -> None:
    """Back up the database and the file store (photos, IFC/GLB, rasters) to FILE, with a
    SHA-256 for every part; `porttwin restore FILE` brings it back."""
    from kernel.backup import backup
    from kernel.files import file_store
    from kernel.pgcluster import DATABASE, find_bindir

    settings = get_settings()
    if settings.database_url:
        from kernel.database import migration_url

        url = migration_url(settings)
    else:
        state = _local_cluster(settings).state()
        if state is None:
            fail("no database yet: run `porttwin db start`")
        url = state.url(DATABASE)
    try:
        with _bar() as bar:
            summary = backup(file, url, file_store(settings), find_bindir(), _progress(bar))
    except PortTwinError as exc:
        fail(exc)
    typer.echo(
        f"{file}: database ({summary.dump_bytes:,} bytes, revision {summary.revision}) and "
        f"{summary.files} stored files ({summary.file_bytes:,} bytes), {summary.created_at}"
    )


def restore_command(
    file: Annotated[Path, typer.Argument(help="a backup written by `porttwin backup`")],
) -> None:
    """Restore a backup into an empty data directory (PORTTWIN_DATA_DIR): every part is
    checked against its SHA-256 before anything is written; then run `porttwin verify`."""
    from kernel.backup import restore
    from kernel.files import file_store
    from kernel.pgcluster import DATABASE, OWNER, create_database, drop_database

    settings = get_settings()
    if settings.database_url:
        fail(
            "PORTTWIN_DATABASE_URL is set: restore into an external database with pg_restore "
            "(the backup's database.dump) and copy its files/ into the file store"
        )
    cluster = _local_cluster(settings)
    try:
        state = cluster.start()
        admin = state.url("postgres")

        def recreate() -> None:
            drop_database(admin, DATABASE)
            create_database(admin, DATABASE, owner=OWNER)

        with _bar() as bar:
            summary = restore(
                file,
                state.url(DATABASE),
                recreate,
                file_store(settings),
                Path(state.bindir),
                _progress(bar),
            )
    except PortTwinError as exc:
        fail(exc)
    typer.echo(
        f"restored {file} ({summary.created_at}, revision {summary.revision}): the database "
        f"and {summary.files} stored files; check it with `porttwin verify`"
    )


def jobs_list() -> None:
    """Recent background jobs with their progress."""
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from kernel.jobs import list_jobs

    with session_scope(default_engine()) as session:
        for job in list_jobs(session, SYSTEM):
            pct = "" if job.percent is None else f" {job.percent:.0f}%"
            typer.echo(f"{job.id}  {job.kind:12s} {job.status:8s}{pct} {job.stage or ''}")


def jobs_show(job_id: str) -> None:
    """One job: status, stage, progress, message and result."""
    import json
    import uuid

    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from kernel.jobs import get_job

    try:
        with session_scope(default_engine()) as session:
            job = get_job(session, SYSTEM, uuid.UUID(job_id))
    except PortTwinError as exc:
        fail(exc)
    typer.echo(json.dumps(job.model_dump(mode="json"), ensure_ascii=False, indent=1))


def add_commands(groups: CommandGroups) -> None:
    groups.db.command("start")(db_start)
    groups.db.command("stop")(db_stop)
    groups.db.command("status")(db_status)
    groups.db.command("url")(db_url)
    groups.app.command("backup")(backup_command)
    groups.app.command("restore")(restore_command)
    groups.jobs.command("list")(jobs_list)
    groups.jobs.command("show")(jobs_show)

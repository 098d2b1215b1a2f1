"""``porttwin verify`` (the inspection records' integrity) and ``porttwin package
export|import`` (offline field packages)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Annotated

import typer

from kernel.cli import CommandGroups, JsonOpt, fail
from kernel.errors import PortTwinError


def verify() -> None:
    """Recompute every inspection record chain and attachment hash; exit 1 if any fails."""
    from inspections.integrity import verify as verify_records
    from kernel.database import default_engine, session_scope
    from kernel.files import file_store

    with session_scope(default_engine()) as session:
        report = verify_records(session, file_store())
    for failure in report.failures:
        typer.secho(
            f"FAIL {failure.kind} inspection {failure.inspection_id}: {failure.detail}",
            fg=typer.colors.RED,
        )
    typer.echo(
        f"{report.records_checked} records and {report.attachments_checked} attachments "
        f"checked: {'all verify' if report.ok else f'{len(report.failures)} failure(s)'}"
    )
    raise typer.Exit(0 if report.ok else 1)


def package_export(
    output: Annotated[Path, typer.Option("-o", "--output", help="the zip to write")],
    port: Annotated[str | None, typer.Option(help="the port (code): its facilities")] = None,
    facility: Annotated[
        list[str] | None, typer.Option("--facility", help="a ledger number (repeat for more)")
    ] = None,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", help="a facility kind (repeat for more)")
    ] = None,
    overdue: Annotated[
        bool, typer.Option("--overdue", help="only facilities overdue for inspection")
    ] = False,
    ids: Annotated[list[str] | None, typer.Argument(help="facility ids, instead of --port")] = None,
    inspection_type: Annotated[str, typer.Option(help="the inspection to prepare")] = (
        "general_periodic"
    ),
) -> None:
    """Export an offline field package (form, GeoPackage and QField project, README): the
    facilities of a port by ledger number, kind and overdue inspection, or by id."""
    from inspections.packages import export_package, select_facilities
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    if (port is None) == (not ids):
        fail("give --port CODE (with --facility, --kind, --overdue), or facility ids", 2)
    try:
        chosen = [uuid.UUID(f) for f in ids or []]
    except ValueError:
        fail("facility ids are UUIDs; to choose by ledger number use --port and --facility", 2)
    try:
        with session_scope(default_engine()) as session:
            if port is not None:
                chosen = select_facilities(
                    session, SYSTEM, port, ledger_nos=facility, kinds=kind, overdue=overdue
                )
            package_id, content = export_package(session, SYSTEM, chosen, inspection_type)
    except PortTwinError as exc:
        fail(exc)
    output.write_bytes(content)
    typer.echo(f"wrote {output} (package {package_id}, {len(chosen)} facilities)")


def package_import(
    file: Path,
    keep_valid: Annotated[
        bool, typer.Option("--keep-valid", help="write the valid rows, report the others")
    ] = False,
    submit: Annotated[bool, typer.Option("--submit", help="submit each inspection")] = False,
    partial: Annotated[
        bool,
        typer.Option(
            "--partial",
            help="submit inspections that leave spans out as partial (they never improve a "
            "grade nor advance the schedule)",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Take in a filled field package (zip); every problem is listed by sheet, row, column;
    exit 1 when rows were refused and nothing was written."""
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    from inspections.packages import PackageRefused, import_package
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from kernel.files import file_store
    from kernel.jobs import JobProgress

    progress = JobProgress(None, uuid.UUID(int=0))
    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn())
    try:
        with (
            Progress(*columns, transient=True, disable=as_json) as bar,
            session_scope(default_engine()) as session,
        ):
            task = bar.add_task("reading", total=None)
            progress.listen(
                lambda stage, done, total: bar.update(
                    task, description=stage or "", completed=done, total=total
                )
            )
            report = import_package(
                session,
                SYSTEM,
                file_store(),
                file,
                keep_valid=keep_valid,
                submit=submit,
                partial=partial,
                progress=progress,
            ).as_dict()
    except PackageRefused as exc:
        report = exc.report.as_dict()
    except PortTwinError as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1, default=str))
    else:
        _print_report(file, report)
    raise typer.Exit(0 if report["written"] else 1)


def _print_report(file: Path, report: dict[str, object]) -> None:
    for problem in report["problems"]:  # type: ignore[attr-defined]
        typer.secho(f"  {problem['message']}", fg=typer.colors.RED)
    for warning in report["warnings"]:  # type: ignore[attr-defined]
        typer.secho(f"  {warning}", fg=typer.colors.YELLOW)
    for entry in report["inspections"]:  # type: ignore[attr-defined]
        cover = entry.get("coverage") or {}
        counted = cover.get("graded", 0) + cover.get("not_inspected", 0)
        shown = f" ({counted}/{cover['required']} spans)" if cover else ""
        typer.echo(f"  inspection {entry['inspection_id']}: {entry['action']}{shown}")
    typer.echo(
        f"{file.name}: {report['findings']} findings, {report['not_inspected']} not inspected, "
        f"{report['photos']} photos" + ("" if report["written"] else "; nothing written")
    )


def add_commands(groups: CommandGroups) -> None:
    groups.package.command("export")(package_export)
    groups.package.command("import")(package_import)
    groups.app.command()(verify)

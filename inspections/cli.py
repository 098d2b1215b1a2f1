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
    facilities: Annotated[list[str], typer.Argument(help="facility ids")],
    output: Annotated[Path, typer.Option("-o", "--output", help="the zip to write")],
    inspection_type: Annotated[str, typer.Option(help="the inspection to prepare")] = (
        "general_periodic"
    ),
) -> None:
    """Export an offline field package (form, GeoPackage, README) for the facilities."""
    from inspections.packages import export_package
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    try:
        ids = [uuid.UUID(f) for f in facilities]
    except ValueError:
        fail("give facility ids (UUIDs)", 2)
    try:
        with session_scope(default_engine()) as session:
            package_id, content = export_package(session, SYSTEM, ids, inspection_type)
    except PortTwinError as exc:
        fail(exc)
    output.write_bytes(content)
    typer.echo(f"wrote {output} (package {package_id}, {len(ids)} facilities)")


def package_import(
    file: Path,
    keep_valid: Annotated[
        bool, typer.Option("--keep-valid", help="write the valid rows, report the others")
    ] = False,
    submit: Annotated[bool, typer.Option("--submit", help="submit each inspection")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Take in a filled field package (zip); every problem is listed by sheet, row, column;
    exit 1 when rows were refused and nothing was written."""
    from inspections.packages import PackageRefused, import_package
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from kernel.files import file_store

    try:
        with session_scope(default_engine()) as session:
            report = import_package(
                session, SYSTEM, file_store(), file, keep_valid=keep_valid, submit=submit
            ).as_dict()
    except PackageRefused as exc:
        report = exc.report.as_dict()
    except PortTwinError as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1, default=str))
    else:
        for problem in report["problems"]:
            typer.secho(f"  {problem['message']}", fg=typer.colors.RED)
        typer.echo(
            f"{file.name}: {report['findings']} findings, {report['photos']} photos"
            + ("" if report["written"] else "; nothing written")
        )
    raise typer.Exit(0 if report["written"] else 1)


def add_commands(groups: CommandGroups) -> None:
    groups.package.command("export")(package_export)
    groups.package.command("import")(package_import)
    groups.app.command()(verify)

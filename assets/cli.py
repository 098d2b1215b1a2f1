"""``porttwin import vector|osm|plateau|ifc``, ``porttwin ifc info``, ``porttwin export
facilities``: the registry's commands."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from assets.importers.registry import Importer, Option
from kernel.cli import CommandGroups, DryRunOpt, JsonOpt, PortOpt, SkipOpt, fail
from kernel.errors import PortTwinError


def _import(
    fmt: str,
    files: list[Path],
    port: str,
    dry_run: bool,
    skip_invalid: bool,
    as_json: bool,
    **options: Any,
) -> None:
    """Import each file in its own transaction, with a progress bar; exit 1 if any failed."""
    import json

    from rich.progress import Progress

    from assets.importers import ImportRefused
    from assets.importers.files import run_import
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    failed = False
    for path in files:
        with Progress(transient=True) as bar:

            def start(total: int, name: str = path.name) -> Any:
                task = bar.add_task(name, total=total)
                return lambda n: bar.advance(task, n)

            try:
                with session_scope(default_engine()) as session:
                    report = run_import(
                        session,
                        SYSTEM,
                        fmt,
                        path,
                        port,
                        dry_run=dry_run,
                        skip_invalid=skip_invalid,
                        start_progress=start,
                        **options,
                    )
            except ImportRefused as exc:
                report, failed = exc.report, True
            except PortTwinError as exc:
                typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
                failed = True
                continue
        if as_json:
            typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
            continue
        typer.echo(report.summary())
        for note in report.notes:
            typer.echo(f"  note: {note}")
        for row in report.invalid:
            typer.secho(f"  row {row.row} ({row.ext_id}): {row.reason}", fg=typer.colors.RED)
    raise typer.Exit(1 if failed else 0)


def _cli_parameter(option: Option) -> inspect.Parameter:
    """The typer parameter of a format's option."""
    flag = option.flag
    annotation: Any
    if option.kind == "flag":
        annotation = Annotated[bool, typer.Option(flag, help=option.help)]
    elif option.kind == "list":
        annotation = Annotated[list[str] | None, typer.Option(flag, help=option.help)]
    elif option.kind == "file":
        annotation = Annotated[
            Path | None, typer.Option(flag, help=option.help, exists=True, dir_okay=False)
        ]
    else:
        annotation = Annotated[str | None, typer.Option(flag, help=option.help)]
    return inspect.Parameter(
        option.name,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=annotation,
        default=None if option.kind in ("list", "file") else option.default,
    )


def import_command(importer: Importer) -> Callable[..., None]:
    """``porttwin import NAME FILES --port CODE [options]`` for a registered format, its
    options made from the format's :class:`Option` list (the API's are made from the same)."""
    common = [
        inspect.Parameter(
            "files",
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            annotation=Annotated[list[Path], typer.Argument(help=importer.summary)],
        ),
        inspect.Parameter("port", inspect.Parameter.KEYWORD_ONLY, annotation=PortOpt),
    ]
    tail = [
        inspect.Parameter(
            "source",
            inspect.Parameter.KEYWORD_ONLY,
            annotation=Annotated[
                str | None, typer.Option(help="external id namespace (default: the format's)")
            ],
            default=None,
        ),
        inspect.Parameter(
            "dry_run", inspect.Parameter.KEYWORD_ONLY, annotation=DryRunOpt, default=False
        ),
        inspect.Parameter(
            "skip_invalid", inspect.Parameter.KEYWORD_ONLY, annotation=SkipOpt, default=False
        ),
        inspect.Parameter(
            "as_json", inspect.Parameter.KEYWORD_ONLY, annotation=JsonOpt, default=False
        ),
    ]
    parameters = [*common, *(_cli_parameter(o) for o in importer.options), *tail]

    def command(**given: Any) -> None:
        options = {o.name: given[o.name] for o in importer.options}
        try:
            for option in importer.options:
                if option.kind == "file" and options[option.name] is not None:
                    with options[option.name].open("rb") as stream:
                        options[option.name] = option.text_of(stream)
        except PortTwinError as exc:
            fail(exc, 2)
        _import(
            importer.name,
            given["files"],
            given["port"],
            given["dry_run"],
            given["skip_invalid"],
            given["as_json"],
            source=given["source"],
            **options,
        )

    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in parameters}
    command.__doc__ = f"Import {importer.summary}.\n\n{importer.help}".strip()
    command.__name__ = f"import_{importer.name}"
    return command


def ifc_info(file: Path, as_json: JsonOpt = False) -> None:
    """Read an IFC file as an import would: schema, georeferencing, elements, footprints."""
    import json

    from geodata.ifc import IfcReadError, summary

    try:
        info = summary(file)
    except (IfcReadError, OSError) as exc:
        typer.secho(f"refused: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{info['file']}: {info['schema']} (declared {info['declared_schema']})")
    for note in info["notes"]:
        typer.secho(f"  note: {note}", fg=typer.colors.YELLOW)
    typer.echo(f"  {info['elements']} elements, {info['footprints']} with a plan footprint")
    for name, count in info["classes"].items():
        typer.echo(f"    {count:5d}  {name}")
    if info["georeferenced"]:
        typer.echo(f"  georeferenced to {info['crs']}; {info['scale_reading']}")
        if "bounds_lonlat" in info:
            typer.echo(f"  lon/lat bounds {info['bounds_lonlat']}")
    else:
        typer.echo("  not georeferenced: the model must be placed by hand on import")


def import_ifc(
    file: Path,
    port: PortOpt,
    create_facilities: Annotated[
        bool,
        typer.Option("--create-facilities", help="create facilities for elements matching none"),
    ] = False,
    crs: Annotated[
        int | None, typer.Option("--crs", help="placement: EPSG of a metric CRS")
    ] = None,
    at: Annotated[
        str | None, typer.Option("--at", help="placement: EASTINGS,NORTHINGS of the model origin")
    ] = None,
    rotation: Annotated[
        float, typer.Option("--rotation", help="placement: degrees from east to model x, ccw")
    ] = 0.0,
    as_json: JsonOpt = False,
) -> None:
    """Import an IFC model: store it, read its elements and geometry (footprints, GLB), link
    them to the registry. Runs here with a progress bar; the job is visible to the API too."""
    import json

    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    from assets.bim.importing import Placement, register_model
    from assets.bim.service import model_public
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from kernel.jobs import JobProgress, run_job

    placement = None
    if crs is not None or at is not None:
        try:
            east, north = (float(v) for v in (at or "").split(","))
        except ValueError:
            typer.secho("error: --at needs EASTINGS,NORTHINGS", fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from None
        if crs is None:
            typer.secho("error: --at needs --crs", fg=typer.colors.RED, err=True)
            raise typer.Exit(2)
        placement = Placement(crs=crs, eastings=east, northings=north, rotation_deg=rotation)
    engine = default_engine()
    try:
        with session_scope(engine) as session:
            model, job = register_model(
                session,
                SYSTEM,
                port,
                file,
                placement=placement,
                create_facilities=create_facilities,
            )
            model_id = model.id
    except PortTwinError as exc:
        fail(exc)
    if job is not None:
        columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn())
        with Progress(*columns, transient=True) as bar:
            task = bar.add_task(file.name, total=None)
            progress = JobProgress(engine, job.id)
            progress.listen(
                lambda stage, done, total: bar.update(
                    task, description=f"{file.name}: {stage}", completed=done, total=total
                )
            )
            result = run_job(engine, job.id, progress)
        if result.status != "done":
            typer.secho(f"refused: {result.message}", fg=typer.colors.RED, err=True)
            raise typer.Exit(1)
    with session_scope(engine) as session:
        from sqlalchemy import select

        from assets.bim.models import BimModel

        public = model_public(
            session, session.scalars(select(BimModel).where(BimModel.id == model_id)).one()
        )
    if as_json:
        typer.echo(json.dumps(public.model_dump(mode="json"), ensure_ascii=False, indent=1))
        return
    typer.echo(
        f"{file.name}: model {public.id} ({public.ifc_schema}), {public.element_count} elements, "
        f"{public.linked_elements} linked" + ("" if job else " (already imported)")
    )
    if public.job and public.job.result:
        links = public.job.result["links"]
        typer.echo(f"  links by method: {links['by_method']}; unlinked {links['unlinked']}")
        for note in links["notes"]:
            typer.secho(f"  note: {note}", fg=typer.colors.YELLOW)
    for note in public.notes:
        typer.secho(f"  note: {note}", fg=typer.colors.YELLOW)


def export_facilities(
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write")],
    format_: Annotated[
        str, typer.Option("--format", help="geojson, gpkg, fgb, parquet, csv, xlsx")
    ] = "geojson",
    port: Annotated[str | None, typer.Option(help="port code")] = None,
    kind: Annotated[list[str] | None, typer.Option(help="facility kind (repeatable)")] = None,
    metric: Annotated[bool, typer.Option("--metric", help="in the port's metric CRS")] = False,
) -> None:
    """Export facilities (all ports, or one) to a file."""
    from assets.exporting import export_facilities as export
    from assets.facilities import FacilityFilter
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    try:
        with session_scope(default_engine()) as session:
            export(
                session,
                SYSTEM,
                FacilityFilter(port=port, kinds=kind or ()),
                format_,
                output,
                metric=metric,
            )
    except PortTwinError as exc:
        fail(exc)
    typer.echo(f"wrote {output}")


def import_basemap(file: Path, port: PortOpt, as_json: JsonOpt = False) -> None:
    """Import the map around a port (land, water, coastline, buildings, roads) from an
    OpenStreetMap extract (.osm.pbf or .osm), for the viewer's offline basemap. Importing the
    same file again replaces what it gave."""
    import json

    from assets.basemap import import_basemap as run
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    try:
        with session_scope(default_engine()) as session:
            report = run(session, SYSTEM, port, file)
    except PortTwinError as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    counts = ", ".join(f"{n} {layer}" for layer, n in report.features.items())
    typer.echo(f"basemap of {report.port} from {report.source}: {counts}")
    if report.replaced:
        typer.echo(f"  replaced {report.replaced} features from the same file")


def add_commands(groups: CommandGroups) -> None:
    from assets.importers.formats import IMPORTERS

    for importer in IMPORTERS.values():
        groups.import_.command(importer.name)(import_command(importer))
    groups.ifc.command("info")(ifc_info)
    groups.import_.command("ifc")(import_ifc)
    groups.import_.command("basemap")(import_basemap)
    groups.export.command("facilities")(export_facilities)

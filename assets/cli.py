"""``porttwin import vector|osm|plateau|ifc``, ``porttwin ifc info``, ``porttwin export
facilities``: the registry's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

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


def import_vector(
    files: Annotated[
        list[Path], typer.Argument(help="GeoJSON, GeoPackage, Shapefile, FlatGeobuf or CSV files")
    ],
    port: PortOpt,
    mapping: Annotated[Path | None, typer.Option(help="YAML mapping of columns")] = None,
    id_field: Annotated[str | None, typer.Option(help="column identifying each feature")] = None,
    field: Annotated[list[str] | None, typer.Option(help="TARGET=COLUMN (repeatable)")] = None,
    kind: Annotated[str | None, typer.Option(help="facility kind of every feature")] = None,
    crs: Annotated[str | None, typer.Option(help="CRS when the file has none")] = None,
    source: Annotated[str | None, typer.Option(help="external id namespace")] = None,
    crest_csv: Annotated[
        str | None, typer.Option(help="lon,lat,z crest profile beside each file, e.g. '{stem}.csv'")
    ] = None,
    crest_datum: Annotated[str | None, typer.Option(help="vertical datum of the z values")] = None,
    dry_run: DryRunOpt = False,
    skip_invalid: SkipOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Import facilities from generic vector files."""
    from assets.importers.vector import Mapping

    try:
        m = Mapping.from_yaml(mapping) if mapping else Mapping()
    except ValueError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    m.id_field = id_field or m.id_field
    m.fields.update(dict(f.split("=", 1) for f in field or []))
    if kind:
        m.constants["kind"] = kind
    m.crest_csv = crest_csv or m.crest_csv
    m.crest_datum = crest_datum or m.crest_datum
    _import(
        "vector", files, port, dry_run, skip_invalid, as_json, mapping=m, crs=crs, source=source
    )


def import_osm(
    file: Path,
    port: PortOpt,
    bbox: Annotated[str | None, typer.Option(help="minLon,minLat,maxLon,maxLat to keep")] = None,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="repair invalid geometries (make_valid), each repair reported; without it "
            "they are invalid rows",
        ),
    ] = False,
    dry_run: DryRunOpt = False,
    skip_invalid: SkipOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Import harbour structures from an OpenStreetMap .osm.pbf/.osm file; the report lists
    what was recognised by which rule, what was left out by tag, and every element that was
    repaired or could not be used, with the reason."""
    from kernel.web import bbox_numbers

    try:
        box = tuple(bbox_numbers(bbox, sizes=(4,))) if bbox else None
    except ValueError as exc:
        fail(f"--bbox (minLon,minLat,maxLon,maxLat): {exc}", 2)
    _import("osm", [file], port, dry_run, skip_invalid, as_json, bbox=box, repair=repair)


def import_plateau(
    file: Path,
    port: PortOpt,
    dry_run: DryRunOpt = False,
    skip_invalid: SkipOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Import a PLATEAU CityGML file: port zones as the port boundary, 護岸/水門 … as
    facilities."""
    _import("plateau", [file], port, dry_run, skip_invalid, as_json)


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


def add_commands(groups: CommandGroups) -> None:
    groups.import_.command("vector")(import_vector)
    groups.import_.command("osm")(import_osm)
    groups.import_.command("plateau")(import_plateau)
    groups.ifc.command("info")(ifc_info)
    groups.import_.command("ifc")(import_ifc)
    groups.export.command("facilities")(export_facilities)


def add_plain_import_commands(groups: CommandGroups) -> None:
    """``porttwin import NAME FILE --port CODE`` for every registered import format that has
    no command of its own: a new format needs no CLI code."""
    from assets.importers.formats import IMPORT_FORMATS
    from assets.importers.registry import IMPORTERS

    own = {c.name for c in groups.import_.registered_commands}
    for fmt in IMPORT_FORMATS:
        if fmt in own:
            continue

        def command(
            files: list[Path],
            port: PortOpt,
            dry_run: DryRunOpt = False,
            skip_invalid: SkipOpt = False,
            as_json: JsonOpt = False,
            fmt: str = fmt,
        ) -> None:
            _import(fmt, files, port, dry_run, skip_invalid, as_json)

        command.__doc__ = f"Import {IMPORTERS[fmt].summary}."
        groups.import_.command(fmt)(command)

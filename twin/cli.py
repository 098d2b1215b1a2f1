"""The ``porttwin`` command."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kernel.errors import PortTwinError
from kernel.settings import get_settings
from twin.cli_auth import token_app, user_app

app = typer.Typer(
    help="Port Twin: port infrastructure registry and digital twin.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The project's own PostgreSQL + PostGIS cluster.", no_args_is_help=True)
import_app = typer.Typer(help="Import facilities from files.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")
app.add_typer(import_app, name="import")
export_app = typer.Typer(help="Export the registry to files.", no_args_is_help=True)
ingest_app = typer.Typer(help="Take in sensor readings.", no_args_is_help=True)
app.add_typer(ingest_app, name="ingest")
plan_app = typer.Typer(
    help="Deterioration models, lifecycle cost, budgeted plans.", no_args_is_help=True
)
app.add_typer(plan_app, name="plan")
app.add_typer(export_app, name="export")
ifc_app = typer.Typer(help="BIM/IFC models.", no_args_is_help=True)
app.add_typer(ifc_app, name="ifc")
jobs_app = typer.Typer(
    help="Background jobs (IFC imports) and their progress.", no_args_is_help=True
)
app.add_typer(jobs_app, name="jobs")


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
    """Apply the Alembic migrations (or downgrade with --down REVISION) as the schema's
    owner, then grant the app's role (if it is another) the rights it needs and no more."""
    from sqlalchemy.engine import make_url

    from kernel.database import database_url, migration_url
    from twin import migrate as migrations

    try:
        url, app_url = migration_url(), database_url()
    except PortTwinError as exc:
        _fail(exc)
    app_role = make_url(app_url).username
    if app_role == make_url(url).username:
        app_role = None
    if down:
        migrations.downgrade(url, revision)
    else:
        migrations.upgrade(url, revision, app_role=app_role)
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


PortOpt = Annotated[str, typer.Option("--port", help="port code to import into")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="report only; write nothing")]
SkipOpt = Annotated[
    bool, typer.Option("--skip-invalid", help="write the valid rows, report the others")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="print the full report as JSON")]


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


@import_app.command("vector")
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


@import_app.command("osm")
def import_osm(
    file: Path,
    port: PortOpt,
    bbox: Annotated[str | None, typer.Option(help="minLon,minLat,maxLon,maxLat to keep")] = None,
    dry_run: DryRunOpt = False,
    skip_invalid: SkipOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Import harbour structures from an OpenStreetMap .osm.pbf/.osm file."""
    box = tuple(float(v) for v in bbox.split(",")) if bbox else None
    _import("osm", [file], port, dry_run, skip_invalid, as_json, bbox=box)


@import_app.command("plateau")
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


@ifc_app.command("info")
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


@import_app.command("ifc")
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
        _fail(exc)
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


@jobs_app.command("list")
def jobs_list() -> None:
    """Recent background jobs with their progress."""
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from kernel.jobs import list_jobs

    with session_scope(default_engine()) as session:
        for job in list_jobs(session, SYSTEM):
            pct = "" if job.percent is None else f" {job.percent:.0f}%"
            typer.echo(f"{job.id}  {job.kind:12s} {job.status:8s}{pct} {job.stage or ''}")


@jobs_app.command("show")
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
        _fail(exc)
    typer.echo(json.dumps(job.model_dump(mode="json"), ensure_ascii=False, indent=1))


@app.command()
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


@export_app.command("facilities")
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
        _fail(exc)
    typer.echo(f"wrote {output}")


@export_app.command("ifc")
def export_ifc(
    facility: Annotated[str, typer.Argument(help="facility id")],
    output: Annotated[Path, typer.Option("-o", "--output", help="IFC file to write")],
) -> None:
    """Export a facility with its components, condition and maintenance data as IFC 4.3."""
    import uuid

    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from twin.ifc_export import export_facility

    try:
        facility_id = uuid.UUID(facility)
    except ValueError:
        typer.secho(f"error: '{facility}' is not a facility id", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None
    try:
        with session_scope(default_engine()) as session:
            output.write_bytes(export_facility(session, SYSTEM, facility_id))
    except PortTwinError as exc:
        _fail(exc)
    typer.echo(f"wrote {output} (IFC4X3_ADD2)")


def _planning(action: Any) -> Any:
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    try:
        with session_scope(default_engine()) as session:
            return action(session, SYSTEM)
    except PortTwinError as exc:
        _fail(exc)


def _write_outputs(scenario: Any, xlsx: Path | None, plot: Path | None) -> None:
    from twin.planning import outputs

    if xlsx:
        xlsx.write_bytes(outputs.scenario_xlsx(scenario))
        typer.echo(f"wrote {xlsx}")
    if plot:
        plot.write_bytes(outputs.scenario_plot(scenario, plot.suffix.lstrip(".") or "png"))
        typer.echo(f"wrote {plot}")


@ingest_app.command("mqtt")
def ingest_mqtt(
    host: Annotated[str, typer.Option(help="MQTT broker")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="broker port")] = 1883,
    topic: Annotated[str, typer.Option(help="topic filter")] = "porttwin/+",
    seconds: Annotated[float | None, typer.Option(help="stop after this long")] = None,
    max_messages: Annotated[int | None, typer.Option(help="stop after this many")] = None,
) -> None:
    """Subscribe to the broker and write readings published to porttwin/<datastream>."""
    from kernel.database import default_engine
    from twin.sensors.mqtt import run_subscriber

    typer.echo(f"subscribed to {topic} on {host}:{port} (Ctrl-C to stop)")
    stats = run_subscriber(
        default_engine(), host, port, topic, seconds=seconds, max_messages=max_messages
    )
    typer.echo(
        f"{stats.messages} messages, {stats.readings} readings, {stats.written} written, "
        f"{stats.rejected} rejected"
    )


@import_app.command("timeseries")
def import_timeseries(
    file: Path,
    datastream: Annotated[str, typer.Option(help="datastream id or external id")],
    fmt: Annotated[str, typer.Option("--format", help="noos or dia")] = "noos",
    scale: Annotated[float, typer.Option(help="multiply values (DIA cm → m: 0.01)")] = 1.0,
) -> None:
    """Import a NOOS or Rijkswaterstaat DIA series into a datastream (re-import adds
    nothing)."""
    from kernel.database import default_engine, session_scope
    from twin.sensors.formats import FormatError, read_dia, read_noos
    from twin.sensors.ingest import ingest, stream_by_key

    try:
        rows = read_noos(file) if fmt == "noos" else read_dia(file).readings
    except FormatError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    rows = [(t, v * scale, q) for t, v, q in rows]
    with session_scope(default_engine()) as session:
        stream = stream_by_key(session, datastream)
        if stream is None:
            typer.secho(f"error: no datastream '{datastream}'", fg=typer.colors.RED, err=True)
            raise typer.Exit(1)
        result = ingest(session, stream, rows)
    flagged = sum(1 for _, _, q in rows if q)
    typer.echo(
        f"{file.name}: {result.received} readings ({flagged} flagged), "
        f"{result.written} new, {result.received - result.written} already there"
    )


@plan_app.command("fit")
def plan_fit(port: PortOpt) -> None:
    """Fit deterioration models to the port's inspection history (stored as new versions)."""
    from twin.planning.service import fit_models

    result = _planning(lambda s, who: fit_models(s, who, port))
    for ctype, r in result["component_types"].items():
        if "skipped" in r:
            typer.echo(f"{ctype:<24} {r['n_pairs']:>5} pairs  {r['skipped']}")
            continue
        m = r["markov"]
        ci = ", ".join(f"{lo:.3f}–{hi:.3f}" for lo, hi in m["theta_ci"])
        typer.echo(
            f"{ctype:<24} {m['n_pairs']:>5} pairs  θ(d,c,b) = "
            f"{', '.join(f'{t:.3f}' for t in m['theta'])}  (95% CI {ci}); {r['advice']}"
        )


@plan_app.command("lcc")
def plan_lcc(
    port: PortOpt,
    horizon: Annotated[int, typer.Option(help="years")] = 50,
    discount_rate: Annotated[float, typer.Option(help="social discount rate")] = 0.04,
    inflation: Annotated[float, typer.Option(help="yearly inflation of unit costs")] = 0.0,
    xlsx: Annotated[Path | None, typer.Option(help="write the comparison as XLSX")] = None,
    plot: Annotated[Path | None, typer.Option(help="write a PNG or SVG plot")] = None,
) -> None:
    """Lifecycle cost of the preventive, corrective and reactive strategies for a port."""
    from twin.planning.service import run_lcc

    def action(session: Any, who: Any) -> Any:
        scenario = run_lcc(
            session, who, port, horizon=horizon, discount_rate=discount_rate, inflation=inflation
        )
        _write_outputs(scenario, xlsx, plot)
        return scenario

    scenario = _planning(action)
    for name, s in scenario.result["strategies"].items():
        typer.echo(
            f"{name:<11} NPV {s['npv_yen'] / 1e8:>10,.1f} 億円  "
            f"saving vs reactive {s.get('saving_vs_reactive', 0):.0%}"
        )
    for note in scenario.result["notes"]:
        typer.echo(f"  note: {note}")
    typer.echo(f"scenario {scenario.id}")


@plan_app.command("budget")
def plan_budget_cmd(
    port: PortOpt,
    budget: Annotated[float, typer.Option(help="yen per year")],
    years: Annotated[int, typer.Option(help="horizon in years")] = 20,
    xlsx: Annotated[Path | None, typer.Option(help="write the plan as XLSX")] = None,
    plot: Annotated[Path | None, typer.Option(help="write a PNG or SVG plot")] = None,
) -> None:
    """The minimum-risk plan under a yearly budget (HiGHS), with a greedy comparison."""
    from twin.planning.service import run_budget

    def action(session: Any, who: Any) -> Any:
        scenario = run_budget(session, who, port, [budget] * years)
        _write_outputs(scenario, xlsx, plot)
        return scenario

    scenario = _planning(action)
    plan, greedy = scenario.result["plan"], scenario.result["greedy"]
    typer.echo(
        f"risk {plan['risk']:.2f} (greedy {greedy['risk']:.2f}, nothing done "
        f"{plan['risk_if_nothing_done']:.2f}); {plan['deferred']} deferred; "
        f"{plan['status']}"
    )
    typer.echo(f"scenario {scenario.id}")


if __name__ == "__main__":
    app()

"""One entry point for every import: read a file of a format, then upsert its rows.

Uploaded files arrive here too: :func:`import_upload` unpacks a zip safely, finds the file to
import and imports it in the request; :func:`queue_upload` stores a large upload and queues
the same work as a background job (:func:`import_job`), whose result is the same report.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shapely import from_wkb
from shapely.geometry import shape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assets.importers import ImportReport, ImportRow, Progress, import_facilities
from assets.importers.osm import osm_rows
from assets.importers.plateau import apply_port_zones, plateau_rows
from assets.importers.vector import Mapping, vector_rows
from assets.models import Facility, FacilityExternalId
from assets.ports import resolve_port
from geodata.archive import ArchiveError, safe_extract
from geodata.citygml import read_citygml
from geodata.errors import ReadError
from geodata.readers import FORMATS, read_vector
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.files import file_store
from kernel.jobs import Job, JobProgress, create_job, job_handler

IMPORT_FORMATS = ("vector", "osm", "plateau")


def main_file(folder: Path, fmt: str) -> Path:
    """The file to import in an unpacked upload (a shapefile with its sidecars, a CityGML
    file with its code lists …)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if fmt == "osm":
        wanted = [p for p in files if p.name.endswith((".osm.pbf", ".pbf", ".osm"))]
    elif fmt == "plateau":
        wanted = [
            p for p in files if p.suffix.lower() in (".gml", ".xml") and "codelists" not in p.parts
        ]
    else:
        order = [".shp", ".gpkg", ".fgb", ".geojson", ".json", ".csv"]
        wanted = sorted(
            (p for p in files if p.suffix.lower() in FORMATS),
            key=lambda p: order.index(p.suffix.lower()),
        )
    if not wanted:
        raise ReadError(folder.name, f"the upload holds no file to import as {fmt}")
    return wanted[0]


def import_upload(
    session: Session,
    who: Principal,
    fmt: str,
    saved: Path,
    port: str,
    *,
    name: str,
    unpack_limit: int,
    **options: Any,
) -> ImportReport:
    """Import an uploaded file (``saved``, called ``name`` by the user): a zip is unpacked
    safely beside it first (shapefile sidecars, CityGML code lists)."""
    if fmt not in IMPORT_FORMATS:
        raise Invalid(
            f"unknown import format '{fmt}'; one of {', '.join(IMPORT_FORMATS)}", field="fmt"
        )
    root = None
    if Path(name).suffix.lower() == ".zip":
        root = saved.parent / "unpacked"
        try:
            safe_extract(saved, root, max_total_bytes=unpack_limit, name=name)
        except ArchiveError as exc:
            raise Invalid(str(exc), field="file") from None
        try:
            target = main_file(root, fmt)
        except ReadError as exc:
            raise Invalid(f"{name}: {exc.reason}", field="file") from None
        shown = f"{name}/{target.relative_to(root)}"
    else:
        target, shown = saved, name
    return run_import(session, who, fmt, target, port, name=shown, root=root, **options)


def queue_upload(
    session: Session,
    who: Principal,
    fmt: str,
    saved: Path,
    port_ref: str,
    *,
    name: str,
    **options: Any,
) -> Job:
    """Store a large upload and queue its import; the job's result is the import report."""
    if fmt not in IMPORT_FORMATS:
        raise Invalid(
            f"unknown import format '{fmt}'; one of {', '.join(IMPORT_FORMATS)}", field="fmt"
        )
    port = resolve_port(session, who, port_ref)
    who.require("registry.write", port.id, "port")
    digest = file_store().put_file(saved)
    mapping = options.pop("mapping", None)
    params = {
        "fmt": fmt,
        "sha256": digest,
        "name": name,
        "port": port.code,
        "options": options,
        "mapping": dataclasses.asdict(mapping) if mapping else None,
    }
    return create_job(session, who, f"import.{fmt}", port.id, params)


@job_handler(*(f"import.{fmt}" for fmt in IMPORT_FORMATS))
def import_job(session: Session, who: Principal, job: Job, progress: JobProgress) -> dict[str, Any]:
    """The background part of a queued upload: the same import, with progress."""
    params = job.params
    stored = file_store().existing_path(params["sha256"], what=f"the upload {params['name']}")
    options = dict(params["options"])
    if params.get("mapping"):
        options["mapping"] = Mapping(**params["mapping"])
    progress.start("reading", None)
    with tempfile.TemporaryDirectory(prefix="porttwin-import-") as tmp:
        saved = Path(tmp) / Path(params["name"]).name
        saved.symlink_to(stored)
        report = import_upload(
            session,
            who,
            params["fmt"],
            saved,
            params["port"],
            name=params["name"],
            unpack_limit=4 * stored.stat().st_size + (64 << 20),
            start_progress=lambda total: _stage(progress, total),
            **options,
        )
    return report.as_dict()


def _stage(progress: JobProgress, total: int) -> Progress:
    progress.start("saving", total)
    return progress.advance


def run_import(
    session: Session,
    who: Principal,
    fmt: str,
    path: Path,
    port: str,
    *,
    name: str | None = None,
    root: Path | None = None,
    mapping: Mapping | None = None,
    source: str | None = None,
    crs: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    start_progress: Callable[[int], Progress] | None = None,
) -> ImportReport:
    """Import ``path`` (format ``vector``, ``osm`` or ``plateau``) into ``port``; a file that
    cannot be read raises Invalid naming the file (``name``, as the user called it) and the
    reason. Files the import reads beside it (code lists) must lie inside ``root``."""
    try:
        return _run(
            session,
            who,
            fmt,
            path,
            port,
            name=name or path.name,
            root=root,
            mapping=mapping,
            source=source,
            crs=crs,
            bbox=bbox,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            start_progress=start_progress,
        )
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None


def _run(
    session: Session,
    who: Principal,
    fmt: str,
    path: Path,
    port: str,
    *,
    name: str,
    root: Path | None,
    mapping: Mapping | None,
    source: str | None,
    crs: str | None,
    bbox: tuple[float, float, float, float] | None,
    dry_run: bool,
    skip_invalid: bool,
    start_progress: Callable[[int], Progress] | None,
) -> ImportReport:
    notes: list[str] = []
    if fmt == "vector":
        mapping = mapping or Mapping()
        frame = read_vector(path, name=name, crs=crs)
        rows, notes = vector_rows(path, frame, mapping)
        if source is None:
            source, found = dataset_namespace(session, who, port, rows, Path(name).stem)
            if found:
                notes.append(found)
    elif fmt == "osm":
        rows, notes = osm_rows(path, bbox, name=name)
        source = source or "osm"
    elif fmt == "plateau":
        model = read_citygml(path, name=name, code_root=root)
        rows, notes = plateau_rows(session, model)
        notes += apply_port_zones(session, who, port, model, dry_run=dry_run)
        source = source or "plateau"
    else:
        raise ReadError(name, f"unknown import format '{fmt}'; one of {', '.join(IMPORT_FORMATS)}")
    progress = start_progress(len(rows)) if start_progress else None
    report = import_facilities(
        session,
        who,
        port,
        source,
        rows,
        file=name,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        progress=progress,
    )
    report.notes = notes + report.notes
    return report


def dataset_namespace(
    session: Session, who: Principal, port_ref: str, rows: list[ImportRow], stem: str
) -> tuple[str, str | None]:
    """The external-id namespace of a vector file imported without ``source``: the dataset
    already in the port whose features these rows are (same id, and the same geometry or
    name, for at least half of them), whatever the file is called now; else ``file:<stem>``.
    Returns the namespace and, when an earlier dataset was recognised, a note saying so."""
    default = f"file:{stem}"
    if not rows:
        return default, None
    port = resolve_port(session, who, port_ref)
    by_id = {r.ext_id: r for r in rows}
    matches = session.execute(
        select(
            FacilityExternalId.source,
            FacilityExternalId.ext_id,
            Facility.name_en,
            func.ST_AsBinary(Facility.geom),
        )
        .join(
            Facility,
            (Facility.port_id == FacilityExternalId.port_id)
            & (Facility.id == FacilityExternalId.facility_id),
        )
        .where(
            FacilityExternalId.port_id == port.id,
            FacilityExternalId.source.like("file:%"),
            FacilityExternalId.ext_id.in_(list(by_id)),
            Facility.deleted_at.is_(None),
        )
    ).all()
    counts: dict[str, int] = {}
    for source, ext_id, name_en, wkb in matches:
        row = by_id[ext_id]
        same_name = name_en is not None and name_en == row.values.get("name_en")
        same_place = False
        if wkb is not None and row.values.get("geometry"):
            try:
                same_place = from_wkb(bytes(wkb)).equals_exact(shape(row.values["geometry"]), 1e-7)
            except (ValueError, TypeError, AttributeError):
                same_place = False
        if same_name or same_place:
            counts[source] = counts.get(source, 0) + 1
    if not counts:
        return default, None
    best, hits = max(counts.items(), key=lambda kv: kv[1])
    if best == default or hits * 2 < len(rows):
        return default, None
    return best, (
        f"recognised as the dataset imported before as '{best.removeprefix('file:')}' "
        f"({hits} of {len(rows)} features match by id and geometry or name): updated, not "
        "duplicated; give a source to import it as a new dataset"
    )

"""One entry point for every import: read a file of a format, then upsert its rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from assets.importers import ImportReport, Progress, import_facilities
from assets.importers.osm import osm_rows
from assets.importers.plateau import apply_port_zones, plateau_rows
from assets.importers.vector import Mapping, vector_rows
from geodata.citygml import read_citygml
from geodata.readers import FORMATS, ReadError, read_vector
from kernel.auth.service import Principal
from kernel.errors import Invalid

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


def run_import(
    session: Session,
    who: Principal,
    fmt: str,
    path: Path,
    port: str,
    *,
    mapping: Mapping | None = None,
    source: str | None = None,
    crs: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    start_progress: Callable[[int], Progress] | None = None,
) -> ImportReport:
    """Import ``path`` (format ``vector``, ``osm`` or ``plateau``) into ``port``; a file that
    cannot be read raises Invalid naming the file and the reason."""
    try:
        return _run(
            session,
            who,
            fmt,
            path,
            port,
            mapping=mapping,
            source=source,
            crs=crs,
            bbox=bbox,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            start_progress=start_progress,
        )
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from exc


def _run(
    session: Session,
    who: Principal,
    fmt: str,
    path: Path,
    port: str,
    *,
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
        frame = read_vector(path, crs=crs)
        rows, notes = vector_rows(path, frame, mapping)
        source = source or f"file:{path.stem}"
    elif fmt == "osm":
        rows, notes = osm_rows(path, bbox)
        source = source or "osm"
    elif fmt == "plateau":
        model = read_citygml(path)
        rows, notes = plateau_rows(session, model)
        notes += apply_port_zones(session, who, port, model, dry_run=dry_run)
        source = source or "plateau"
    else:
        raise ReadError(path, f"unknown import format '{fmt}'; one of {', '.join(IMPORT_FORMATS)}")
    progress = start_progress(len(rows)) if start_progress else None
    report = import_facilities(
        session,
        who,
        port,
        source,
        rows,
        file=path.name,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        progress=progress,
    )
    report.notes = notes + report.notes
    return report

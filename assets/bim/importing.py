"""Importing an IFC model: store the file, then read it in a background job.

:func:`register_model` runs in the request (or the CLI): it checks the header, stores the
bytes content-addressed and queues a job; the same file uploaded again to the same port is
the same model (no duplicate). :func:`import_model_job` is the job: it reads the model
(geodata.ifc), meshes it once for footprints and the GLB, writes every element with its
property sets, places the footprints on the map and links the elements to the registry,
all in the job's one transaction: a model that cannot be read leaves nothing behind.
"""

from __future__ import annotations

import math
import tempfile
import uuid
from pathlib import Path
from typing import Any

from geoalchemy2.shape import from_shape
from pydantic import Field
from pyproj import Geod
from shapely.geometry import MultiPoint
from sqlalchemy import delete, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from assets.bim.linking import link_model
from assets.bim.models import BimElement, BimModel
from assets.ports import resolve_port
from geodata.archive import ArchiveError, safe_extract
from geodata.crs import CRSLookupError, is_metric
from geodata.errors import ReadError
from geodata.ifc import (
    IfcReadError,
    MapConversion,
    boxes_as_bodies,
    check_header,
    elements,
    footprints,
    local_origin,
    map_conversion,
    not_kept,
    open_model,
    shape_count,
    to_lonlat,
)
from geodata.sniff import require_format
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound
from kernel.files import file_store
from kernel.ids import new_id
from kernel.jobs import Job, JobProgress, create_job, job_handler
from kernel.schemas import Input
from kernel.settings import get_settings

BATCH = 2000


class Placement(Input):
    """Where a model's engineering origin lies on the map, given by hand."""

    crs: int = Field(
        ge=1024, le=999_999, description="EPSG code of a projected CRS in metres", examples=[6677]
    )
    eastings: float = Field(ge=-1e8, le=1e8, description="map x of the model origin (easting)")
    northings: float = Field(ge=-1e8, le=1e8, description="map y of the model origin (northing)")
    height: float = Field(default=0.0, ge=-1e4, le=1e5, description="height of the model origin")
    rotation_deg: float = Field(
        default=0.0,
        ge=-360,
        le=360,
        description="angle from map east to the model's x axis, anticlockwise",
    )

    def conversion(self) -> MapConversion:
        try:
            metric = is_metric(self.crs)
        except CRSLookupError as exc:
            raise Invalid(str(exc), field="crs") from None
        if not metric:
            raise Invalid(
                f"EPSG:{self.crs} is not a projected CRS in metres; use the port's plane "
                "or UTM zone",
                field="crs",
            )
        conversion = MapConversion(
            epsg=self.crs,
            eastings=self.eastings,
            northings=self.northings,
            height=self.height,
            rotation=math.radians(self.rotation_deg),
            scale=1.0,
            reading="placed by hand",
        )
        check_origin(conversion)
        return conversion


UNPLACED_NOTE = "the model has no georeferencing"


def _anchor(conversion: MapConversion, x: float, y: float) -> tuple[list[float], float]:
    """Lon/lat of the engineering point (x, y) and the true bearing of the model x axis there
    (grid rotation plus the map's meridian convergence)."""
    at, ahead = to_lonlat(MultiPoint([(x, y), (x + 100.0, y)]), conversion).geoms
    azimuth, _, _ = Geod(ellps="WGS84").inv(at.x, at.y, ahead.x, ahead.y)
    return [at.x, at.y], round((90.0 - azimuth + 180.0) % 360.0 - 180.0, 6)


def georef_of(
    conversion: MapConversion, source: str, glb_origin: tuple[float, float] = (0.0, 0.0)
) -> dict[str, Any]:
    """The model's placement as stored and shown, with the origin in lon/lat and the model
    x axis as a true bearing, which is what a viewer placing the GLB in local east/north
    metres needs; for a GLB written about another point (``glb_origin``), that point's."""
    origin_lonlat, true_rotation = _anchor(conversion, 0.0, 0.0)
    georef = {
        "source": source,
        "crs": conversion.epsg,
        "eastings": conversion.eastings,
        "northings": conversion.northings,
        "height": conversion.height,
        "rotation_deg": round(math.degrees(conversion.rotation), 9),
        "scale": conversion.scale,
        "reading": conversion.reading,
        "origin_lonlat": origin_lonlat,
        "true_rotation_deg": true_rotation,
    }
    if glb_origin != (0.0, 0.0):
        glb_lonlat, glb_rotation = _anchor(conversion, *glb_origin)
        check_origin(conversion, glb_origin)
        georef |= {
            "glb_origin": list(glb_origin),
            "glb_origin_lonlat": glb_lonlat,
            "glb_true_rotation_deg": glb_rotation,
        }
    return georef


def check_origin(conversion: MapConversion, at: tuple[float, float] = (0.0, 0.0)) -> None:
    """Invalid (naming eastings) unless the placement puts the engineering point ``at`` (the
    origin, or where the elements lie) on the Earth."""
    origin = to_lonlat(MultiPoint([at]), conversion).geoms[0]
    if not (math.isfinite(origin.x) and math.isfinite(origin.y)) or not (
        -180 <= origin.x <= 180 and -90 <= origin.y <= 90
    ):
        where = "the origin" if at == (0.0, 0.0) else f"the elements (about {at[0]:g}, {at[1]:g})"
        raise Invalid(
            f"{where} with the origin at ({conversion.eastings:g}, {conversion.northings:g}) "
            f"is not a position on the Earth in EPSG:{conversion.epsg}",
            field="eastings",
        )


def place_footprints(session: Session, model: BimModel, conversion: MapConversion) -> None:
    """Put every element footprint of the model on the map: engineering metres through the
    map conversion (rotation, scale, offset) into its CRS, then to lon/lat, in PostGIS. The
    one placement path, for the import and for placements given later by hand."""
    factor = conversion.scale
    cos, sin = factor * math.cos(conversion.rotation), factor * math.sin(conversion.rotation)
    check_origin(conversion)
    try:
        with session.begin_nested():
            _place(session, model, conversion, cos, sin)
    except DBAPIError:  # PROJ could not move some footprint: it lies off the CRS's Earth
        raise Invalid(
            f"EPSG:{conversion.epsg} cannot place the model's footprints from the origin "
            f"({conversion.eastings:g}, {conversion.northings:g}); check the CRS and origin",
            field="eastings",
        ) from None


def _place(
    session: Session, model: BimModel, conversion: MapConversion, cos: float, sin: float
) -> None:
    session.execute(
        text("""
        UPDATE bim_element SET footprint = ST_Transform(ST_SetSRID(ST_Affine(
            footprint_local, :a, :b, :d, :e, :x, :y), :epsg), 4326)
        WHERE port_id = :port AND model_id = :model AND footprint_local IS NOT NULL
        """),
        {
            "a": cos,
            "b": -sin,
            "d": sin,
            "e": cos,
            "x": conversion.eastings,
            "y": conversion.northings,
            "epsg": conversion.epsg,
            "port": model.port_id,
            "model": model.id,
        },
    )


def conversion_of(georef: dict[str, Any] | None) -> MapConversion | None:
    if not georef:
        return None
    return MapConversion(
        epsg=georef["crs"],
        eastings=georef["eastings"],
        northings=georef["northings"],
        height=georef["height"],
        rotation=math.radians(georef["rotation_deg"]),
        scale=georef["scale"],
        reading=georef["reading"],
    )


def register_model(
    session: Session,
    who: Principal,
    port_ref: str,
    path: Path,
    *,
    file_name: str | None = None,
    placement: Placement | None = None,
    create_facilities: bool = False,
) -> tuple[BimModel, Job | None]:
    """Store the file and queue its import; the job is None when this port already has the
    model (same bytes) imported or in progress."""
    port = resolve_port(session, who, port_ref)
    who.require("registry.write", port.id, "port")
    name = file_name or path.name
    with tempfile.TemporaryDirectory(prefix="porttwin-ifczip-") as tmp:
        try:
            path, name = _unzipped(path, name, Path(tmp))
            require_format(path, ("IFC",), name=name)
            check_header(path, name)
        except ReadError as exc:
            raise Invalid(str(exc), field="file") from None
        digest = file_store().put_file(path)
        size = path.stat().st_size
    model = session.scalar(
        select(BimModel).where(BimModel.port_id == port.id, BimModel.file_sha256 == digest)
    )
    if model is not None and not _job_failed(session, model):
        return model, None
    georef = georef_of(placement.conversion(), "manual") if placement else None
    if model is None:
        model = BimModel(
            port_id=port.id,
            id=new_id(),
            file_sha256=digest,
            file_name=name,
            file_size=size,
            created_by=who.name,
            notes=[],
        )
        session.add(model)
    model.status = "queued"
    model.options = {"create_facilities": create_facilities}
    if georef is not None:
        model.georef = georef
    session.flush()
    job = create_job(session, who, "bim.import", port.id, {"model_id": str(model.id)})
    model.job_id = job.id
    session.flush()
    return model, job


def _unzipped(path: Path, name: str, folder: Path) -> tuple[Path, str]:
    """The IFC file itself when the upload is an .ifczip (or a zip) holding exactly one."""
    if require_format(path, ("IFC", "ZIP"), name=name) == "IFC":
        return path, name
    limit = get_settings().max_upload_mb << 20
    try:
        files = safe_extract(path, folder, max_total_bytes=8 * limit, name=name)
    except ArchiveError as exc:
        raise Invalid(str(exc), field="file") from None
    models = [f for f in files if f.suffix.lower() == ".ifc"]
    if len(models) != 1:
        raise Invalid(
            f"{name}: the archive holds {len(models)} .ifc files; it must hold exactly one",
            field="file",
        )
    return models[0], models[0].name


def _job_failed(session: Session, model: BimModel) -> bool:
    if model.job_id is None:
        return False
    job = session.get(Job, model.job_id)
    return job is not None and job.status == "failed"


@job_handler("bim.import")
def import_model_job(
    session: Session, who: Principal, job: Job, progress: JobProgress
) -> dict[str, Any]:
    """The background part of an import (see the module docstring)."""
    model = session.scalar(select(BimModel).where(BimModel.id == uuid.UUID(job.params["model_id"])))
    if model is None:
        raise NotFound("the model of this job no longer exists")
    who.require("registry.write", model.port_id, "port")
    path = file_store().path(model.file_sha256)
    try:
        return _import(session, who, model, path, progress)
    except IfcReadError as exc:
        raise Invalid(f"{model.file_name}: {exc.reason}", field="file") from exc


def _import(
    session: Session, who: Principal, model: BimModel, path: Path, progress: JobProgress
) -> dict[str, Any]:
    progress.start("reading", None)
    opened = open_model(path)
    found = elements(opened.model, opened.draft_types)
    notes = list(opened.notes)
    origin = local_origin(opened.model)
    model.glb_origin = None if origin == (0.0, 0.0) else list(origin)
    if model.glb_origin:
        notes.append(
            f"the elements lie {math.hypot(*origin) / 1000:,.1f} km from the model's "
            f"engineering origin: the GLB is written about ({origin[0]:.0f}, {origin[1]:.0f}) m "
            "there, so its vertices keep millimetre precision"
        )
    conversion, source = map_conversion(opened, model.file_name), "file"
    if conversion is None:
        conversion, source = conversion_of(model.georef), "manual"
    if conversion is not None:
        model.georef = georef_of(conversion, source, origin)
    else:
        notes.append(
            f"{UNPLACED_NOTE} (IfcMapConversion); place it by hand to see it on the map "
            "and link it by location"
        )
    boxes = boxes_as_bodies(opened.model)
    if boxes:
        notes.append(f"{boxes} elements have only a bounding box; meshed as boxes")
    progress.start("geometry", shape_count(opened.model))
    with tempfile.TemporaryDirectory(prefix="porttwin-glb-") as tmp:
        glb = Path(tmp) / "model.glb"
        plans = footprints(opened.model, glb=glb, origin=origin, progress=progress.advance)
        model.glb_sha256 = file_store().put(glb.read_bytes()) if plans else None
    if not plans:
        notes.append("the model has no body geometry: no footprints and no GLB")
    for cls, held in not_kept(opened.model, plans).items():
        notes.append(f"{cls}: {held} representation(s) kept as data, not as plan footprints")
    progress.start("saving", len(found))
    session.execute(
        delete(BimElement).where(
            BimElement.port_id == model.port_id, BimElement.model_id == model.id
        )
    )
    rows = []
    for element in found:
        plan = plans.get(element.global_id)
        rows.append(
            {
                "port_id": model.port_id,
                "model_id": model.id,
                "global_id": element.global_id,
                "id": new_id(),
                "ifc_class": element.ifc_class,
                "predefined_type": element.predefined_type,
                "object_type": element.object_type,
                "name": element.name,
                "tag": element.tag,
                "parent_global_id": element.container,
                "psets": _jsonable(element.psets),
                "footprint_local": None if plan is None else from_shape(plan, srid=0),
            }
        )
        if len(rows) == BATCH:
            session.execute(insert(BimElement), rows)
            progress.advance(len(rows))
            rows = []
    if rows:
        session.execute(insert(BimElement), rows)
        progress.advance(len(rows))
    if conversion is not None:
        place_footprints(session, model, conversion)
    model.declared_schema = opened.declared_schema
    model.schema = opened.schema
    model.element_count = len(found)
    model.notes = notes
    model.status = "ready"
    session.flush()
    # fresh statistics, so linking's queries are planned for the rows just written
    session.execute(text("ANALYZE bim_element"))
    progress.start("linking", None)
    links = link_model(
        session, who, model, create_facilities=bool(model.options.get("create_facilities"))
    )
    return {
        "model_id": str(model.id),
        "elements": len(found),
        "footprints": len(plans),
        "glb": model.glb_sha256 is not None,
        "georeferenced": model.georef is not None,
        "links": links,
        "notes": notes,
    }


def _jsonable(value: Any) -> Any:
    """Property values as JSON: entity references and odd types become text, NaN null."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)

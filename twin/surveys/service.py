"""Raster surveys (bathymetry, orthophotos, DEMs): stored as Cloud-Optimised GeoTIFFs in the
content-addressed file store, described by STAC items, served as map tiles and point values,
and used for the berth depth check of quays.

The raster work itself (checking an upload, COG conversion, warping, sampling) is in
:mod:`geodata.raster`; rotated grids are honoured there.
"""

from __future__ import annotations

import io
import math
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from geoalchemy2.shape import from_shape, to_shape
from matplotlib import colormaps
from PIL import Image
from shapely.geometry import LineString, MultiLineString, mapping
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.models import Facility, PortDatum
from assets.ports import resolve_port
from geodata import raster
from geodata.errors import ReadError
from geodata.sniff import identify
from geodata.tin import tin_to_geotiff
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound
from kernel.files import FileStore, file_store
from kernel.ids import new_id
from kernel.jobs import Job, JobProgress, create_job, job_handler
from kernel.lookup import readable
from twin.surveys.models import RasterSurvey
from twin.surveys.schemas import DepthCheck, DepthSample, ShoalStretch

KINDS = ("bathymetry", "orthophoto", "dem", "other")


@dataclass(frozen=True)
class SurveyFields:
    """What the uploader says about a survey."""

    kind: str
    surveyed_on: date
    vertical_datum: str | None = None
    source: str | None = None

    def check(self) -> None:
        if self.kind not in KINDS:
            raise Invalid(f"kind is one of {', '.join(KINDS)}", field="kind")


def upload_survey(
    session: Session,
    who: Principal,
    store: FileStore,
    port_ref: str,
    filename: str,
    path: Path,
    fields: SurveyFields,
) -> RasterSurvey:
    """Check a GeoTIFF (the file at ``path``, called ``filename`` by the user), turn it into
    a COG, store it and describe it as a STAC item."""
    port = resolve_port(session, who, port_ref)
    who.require("registry.write", port.id, "port")
    fields.check()
    kind, surveyed_on = fields.kind, fields.surveyed_on
    vertical_datum, source = fields.vertical_datum, fields.source
    converted: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="porttwin-cog-") as tmp:
        cog_path = Path(tmp) / "cog.tif"
        try:
            if identify(path) == "CityGML":  # a PLATEAU relief TIN: rasterised first
                if kind != "dem":
                    raise Invalid("a CityGML TIN is a survey of kind dem", field="kind")
                grid = tin_to_geotiff(
                    path, Path(tmp) / "tin.tif", epsg=port.metric_epsg, name=filename
                )
                path = Path(tmp) / "tin.tif"
                vertical_datum = vertical_datum or grid.vertical_datum
                converted = {
                    "porttwin:converted_from": (
                        f"CityGML TIN, {grid.triangles} triangles, on a {grid.cell_m:g} m grid "
                        f"in EPSG:{grid.epsg}"
                    )
                }
            shown = f"{filename} (rasterised).tif" if converted else filename
            info = raster.to_cog(path, cog_path, name=shown)
        except ReadError as exc:
            raise Invalid(str(exc), field="file") from None
        digest = store.put_file(cog_path)
    footprint = info.footprint
    epsg, shape, transform = info.epsg, [info.height, info.width], list(info.transform)
    stats = {"min": info.minimum, "max": info.maximum}
    survey_id = new_id()
    stac = {
        "type": "Feature",
        "stac_version": "1.0.0",
        "id": str(survey_id),
        "geometry": mapping(footprint),
        "bbox": list(footprint.bounds),
        "properties": {
            "datetime": f"{surveyed_on.isoformat()}T00:00:00Z",
            "porttwin:kind": kind,
            "porttwin:vertical_datum": vertical_datum,
            "porttwin:source": source,
            **converted,
            "proj:epsg": epsg,
            "proj:shape": shape,
            "proj:transform": transform,
            "raster:bands": [{"statistics": {"minimum": stats["min"], "maximum": stats["max"]}}],
        },
        "assets": {
            "data": {
                "href": f"/api/v1/surveys/{survey_id}/cog",
                "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                "roles": ["data"],
            }
        },
        "stac_extensions": [
            "https://stac-extensions.github.io/projection/v1.1.0/schema.json",
            "https://stac-extensions.github.io/raster/v1.1.0/schema.json",
        ],
    }
    survey = RasterSurvey(
        port_id=port.id,
        id=survey_id,
        kind=kind,
        surveyed_on=surveyed_on,
        vertical_datum=vertical_datum,
        source=source,
        sha256=digest,
        filename=filename,
        epsg=epsg,
        width=shape[1],
        height=shape[0],
        footprint=from_shape(footprint, srid=4326),
        stac=stac,
        created_by=who.name,
    )
    session.add(survey)
    session.flush()
    return survey


def queue_survey(
    session: Session,
    who: Principal,
    port_ref: str,
    filename: str,
    path: Path,
    fields: SurveyFields,
) -> Job:
    """Store a large upload and queue its conversion; the job's result is the STAC item."""
    port = resolve_port(session, who, port_ref)
    who.require("registry.write", port.id, "port")
    fields.check()
    params = {
        "sha256": file_store().put_file(path),
        "name": filename,
        "port": port.code,
        "kind": fields.kind,
        "surveyed_on": fields.surveyed_on.isoformat(),
        "vertical_datum": fields.vertical_datum,
        "source": fields.source,
    }
    return create_job(session, who, "survey", port.id, params)


@job_handler("survey")
def survey_job(session: Session, who: Principal, job: Job, progress: JobProgress) -> dict[str, Any]:
    """The background part of a queued survey upload."""
    p = job.params
    store = file_store()
    progress.start("converting", None)
    survey = upload_survey(
        session,
        who,
        store,
        p["port"],
        p["name"],
        store.existing_path(p["sha256"], what=f"the upload {p['name']}"),
        SurveyFields(
            kind=p["kind"],
            surveyed_on=date.fromisoformat(p["surveyed_on"]),
            vertical_datum=p["vertical_datum"],
            source=p["source"],
        ),
    )
    return dict(survey.stac)


def list_surveys(session: Session, who: Principal, port_ref: str) -> list[RasterSurvey]:
    """A port's surveys, newest first."""
    port = resolve_port(session, who, port_ref)
    return list(
        session.scalars(
            select(RasterSurvey)
            .where(RasterSurvey.port_id == port.id)
            .order_by(RasterSurvey.surveyed_on.desc())
        )
    )


def get_survey(session: Session, who: Principal, survey_id: uuid.UUID) -> RasterSurvey:
    return readable(session, who, RasterSurvey, survey_id, what="survey")


def tile_png(store: FileStore, survey: RasterSurvey, z: int, x: int, y: int) -> bytes | None:
    """A 256 px Web Mercator tile with a colour ramp over the survey's value range (depths
    blue), transparent where there is no data; None when the tile holds no data."""
    values = raster.tile_values(stored_file(store, survey), z, x, y)
    if not np.isfinite(values).any():
        return None
    band = survey.stac["properties"]["raster:bands"][0]["statistics"]
    lo, hi = band["minimum"], band["maximum"]
    if lo is None or hi is None:
        return None
    ramp = colormaps["gist_earth" if survey.kind in ("bathymetry", "dem") else "viridis"]
    scaled = np.clip((values - lo) / max(hi - lo, 1e-9), 0, 1)
    rgba = (ramp(np.nan_to_num(scaled)) * 255).astype("uint8")
    rgba[..., 3] = np.where(np.isfinite(values), 235, 0)
    out = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(out, "PNG")
    return out.getvalue()


def value_at(store: FileStore, survey: RasterSurvey, lon: float, lat: float) -> float | None:
    return raster.value_at(stored_file(store, survey), lon, lat)


def stored_file(store: FileStore, survey: RasterSurvey) -> Path:
    """The survey's COG in the file store; Gone when it is missing (``porttwin verify``)."""
    return store.existing_path(survey.sha256, what=f"the COG of survey {survey.id}")


# -- berth depth check --------------------------------------------------------------------------
def _datum_offset(session: Session, port_id: uuid.UUID, datum: str, on: date) -> tuple[str, float]:
    """(reference datum, offset): height in reference = height in ``datum`` + offset."""
    row = session.scalar(
        select(PortDatum)
        .where(
            PortDatum.port_id == port_id,
            PortDatum.datum == datum,
            PortDatum.valid_from <= on,
            (PortDatum.valid_to.is_(None)) | (PortDatum.valid_to > on),
        )
        .order_by(PortDatum.valid_from.desc())
        .limit(1)
    )
    return (datum, 0.0) if row is None else (row.reference, row.offset_m)


def to_common_datum(
    session: Session, port_id: uuid.UUID, value: float, datum: str, target: str, on: date
) -> float:
    """``value`` in ``datum`` expressed in ``target``, through the port's dated offsets."""
    if datum == target:
        return value
    ref_a, off_a = _datum_offset(session, port_id, datum, on)
    ref_b, off_b = _datum_offset(session, port_id, target, on)
    if ref_a != ref_b:
        raise Invalid(
            f"cannot compare heights in {datum} with {target}: record the port's "
            f"datum offsets (PATCH /api/v1/ports/…, datums)",
            field="vertical_datum",
        )
    return value + off_a - off_b


def depth_check(
    session: Session,
    who: Principal,
    store: FileStore,
    facility_id: uuid.UUID,
    *,
    survey_id: uuid.UUID | None = None,
    offset_m: float = 10.0,
    spacing_m: float = 5.0,
) -> DepthCheck:
    """Sample the survey along the quay face line moved ``offset_m`` seaward (positive to the
    left of the line's direction, negative to the right) every ``spacing_m``, and report the
    stretches shallower than the design depth (chainage from–to, shallowest, shortfall)."""
    facility = readable(session, who, Facility, facility_id, what="facility")
    if facility.design_depth_m is None or facility.design_depth_datum is None:
        raise Invalid("the facility has no design depth", field="design_depth")
    line = to_shape(facility.geom)
    if isinstance(line, MultiLineString):
        line = max(line.geoms, key=lambda g: g.length)
    if not isinstance(line, LineString):
        raise Invalid("the depth check needs a quay face line (LineString)", field="geometry")
    survey = (
        get_survey(session, who, survey_id)
        if survey_id
        else newest_survey(session, facility, kinds=("bathymetry", "dem"))
    )
    if survey is None:
        raise NotFound("no bathymetric survey covers this facility")
    if survey.vertical_datum is None:
        raise Invalid("the survey has no vertical datum", field="vertical_datum")
    if not 0.5 <= spacing_m <= 500:
        raise Invalid("spacing_m is 0.5 to 500", field="spacing_m")
    if not -1000 <= offset_m <= 1000:
        raise Invalid("offset_m is -1000 to 1000 (metres from the quay line)", field="offset_m")
    design = to_common_datum(
        session,
        facility.port_id,
        facility.design_depth_m,
        facility.design_depth_datum,
        survey.vertical_datum,
        survey.surveyed_on,
    )
    chainages, values = raster.sample_offset_line(
        stored_file(store, survey), line, offset_m, spacing_m
    )
    samples = [
        DepthSample(chainage_m=round(float(c), 2), bed_m=None if math.isnan(v) else round(v, 3))
        for c, v in zip(chainages, values, strict=True)
    ]
    shoal = np.nan_to_num(values, nan=-np.inf) > design
    stretches, start = [], None
    for i, flag in enumerate([*shoal, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            part = values[start:i]
            shallowest = float(np.nanmax(part))
            stretches.append(
                ShoalStretch(
                    from_m=float(chainages[start]),
                    to_m=float(chainages[i - 1]),
                    shallowest_m=round(shallowest, 3),
                    shortfall_m=round(shallowest - design, 3),
                )
            )
            start = None
    return DepthCheck(
        facility_id=facility.id,
        survey_id=survey.id,
        surveyed_on=survey.surveyed_on,
        datum=survey.vertical_datum,
        design_depth_m=round(design, 3),
        offset_m=offset_m,
        spacing_m=spacing_m,
        samples=samples,
        shoal_stretches=stretches,
        ok=not stretches,
    )


def newest_survey(
    session: Session, facility: Facility, *, kinds: tuple[str, ...], on: date | None = None
) -> RasterSurvey | None:
    from sqlalchemy import func

    query = (
        select(RasterSurvey)
        .where(
            RasterSurvey.port_id == facility.port_id,
            RasterSurvey.kind.in_(kinds),
            func.ST_Intersects(RasterSurvey.footprint, facility.geom),
        )
        .order_by(RasterSurvey.surveyed_on.desc())
        .limit(1)
    )
    if on is not None:
        query = query.where(RasterSurvey.surveyed_on <= on)
    return session.scalar(query)

"""Raster surveys (bathymetry, orthophotos, DEMs): stored as Cloud-Optimised GeoTIFFs in the
content-addressed file store, described by STAC items, served as map tiles and point values,
and used for the berth depth check of quays.

Everything raster goes through rasterio, which honours rotated grids (a GeoTIFF
ModelTransformation with rotation terms gives an affine transform with rotation, used as is
for footprints, sampling and warping to Web Mercator).
"""

from __future__ import annotations

import io
import math
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import rasterio
import rasterio.shutil
from geoalchemy2.shape import from_shape, to_shape
from matplotlib import colormaps
from PIL import Image
from pyproj import Transformer
from rasterio.enums import Resampling
from rasterio.errors import RasterioIOError
from rasterio.transform import from_bounds as transform_from_bounds
from rasterio.warp import reproject
from shapely.geometry import LineString, MultiLineString, Polygon, mapping
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.models import Facility, PortDatum
from assets.ports import resolve_port
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound
from kernel.files import FileStore
from kernel.ids import new_id
from twin.surveys.models import RasterSurvey

MAX_PIXELS = 400_000_000
WORLD = 20037508.342789244
TILE = 256


def upload_survey(
    session: Session,
    who: Principal,
    store: FileStore,
    port_ref: str,
    filename: str,
    data: bytes,
    *,
    kind: str,
    surveyed_on: date,
    vertical_datum: str | None,
    source: str | None,
) -> RasterSurvey:
    """Check a GeoTIFF, turn it into a COG, store it and describe it as a STAC item."""
    port = resolve_port(session, who, port_ref)
    who.require("registry.write", port.id, "port")
    if kind not in ("bathymetry", "orthophoto", "dem", "other"):
        raise Invalid("kind is bathymetry, orthophoto, dem or other", field="kind")
    with tempfile.TemporaryDirectory() as tmp:
        src_path, cog_path = Path(tmp) / "in.tif", Path(tmp) / "cog.tif"
        src_path.write_bytes(data)
        try:
            with rasterio.open(src_path) as src:
                if src.crs is None:
                    raise Invalid(f"{filename}: the raster has no CRS", field="file")
                if src.width * src.height > MAX_PIXELS:
                    raise Invalid(
                        f"{filename}: {src.width}×{src.height} pixels is too large", field="file"
                    )
                band = src.read(1, masked=True).astype("float64")
                stats = (
                    {"min": float(band.min()), "max": float(band.max())}
                    if band.count()
                    else {"min": None, "max": None}
                )
                footprint = _footprint(src)
                epsg = src.crs.to_epsg()
                shape = [src.height, src.width]
                transform = list(src.transform)[:6]
                rasterio.shutil.copy(src, cog_path, driver="COG", compress="DEFLATE")
        except RasterioIOError as exc:
            raise Invalid(f"{filename}: not a readable GeoTIFF ({exc})", field="file") from exc
        digest = store.put(cog_path.read_bytes())
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


def _footprint(src: Any) -> Polygon:
    """The raster's outline in lon/lat, through its (possibly rotated) affine transform."""
    corners = [
        src.transform @ (c, r)
        for c, r in ((0, 0), (src.width, 0), (src.width, src.height), (0, src.height))
    ]
    to_wgs84 = Transformer.from_crs(src.crs, 4326, always_xy=True)
    return Polygon([to_wgs84.transform(x, y) for x, y in corners])


def get_survey(session: Session, who: Principal, survey_id: uuid.UUID) -> RasterSurvey:
    survey = session.scalar(select(RasterSurvey).where(RasterSurvey.id == survey_id))
    if survey is None or not who.can_read(survey.port_id):
        raise NotFound("survey not found")
    return survey


def tile_png(store: FileStore, survey: RasterSurvey, z: int, x: int, y: int) -> bytes | None:
    """A 256 px Web Mercator tile with a colour ramp over the survey's value range (depths
    blue), transparent where there is no data; None when the tile holds no data."""
    size = 2 * WORLD / 2**z
    bounds = (-WORLD + x * size, WORLD - (y + 1) * size, -WORLD + (x + 1) * size, WORLD - y * size)
    values = np.full((TILE, TILE), np.nan, dtype="float32")
    with rasterio.open(store.path(survey.sha256)) as src:
        reproject(
            source=rasterio.band(src, 1),
            destination=values,
            src_transform=src.transform,
            src_crs=src.crs,
            src_nodata=src.nodata if src.nodata is not None else np.nan,
            dst_transform=transform_from_bounds(*bounds, TILE, TILE),
            dst_crs="EPSG:3857",
            dst_nodata=np.nan,
            resampling=Resampling.bilinear,
        )
    if not np.isfinite(values).any():
        return None
    band = survey.stac["properties"]["raster:bands"][0]["statistics"]
    lo, hi = band["minimum"], band["maximum"]
    ramp = colormaps["gist_earth" if survey.kind in ("bathymetry", "dem") else "viridis"]
    scaled = np.clip((values - lo) / max(hi - lo, 1e-9), 0, 1)
    rgba = (ramp(np.nan_to_num(scaled)) * 255).astype("uint8")
    rgba[..., 3] = np.where(np.isfinite(values), 235, 0)
    out = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(out, "PNG")
    return out.getvalue()


def value_at(store: FileStore, survey: RasterSurvey, lon: float, lat: float) -> float | None:
    with rasterio.open(store.path(survey.sha256)) as src:
        x, y = Transformer.from_crs(4326, src.crs, always_xy=True).transform(lon, lat)
        row, col = src.index(x, y)
        if not (0 <= row < src.height and 0 <= col < src.width):
            return None
        value = float(next(src.sample([(x, y)]))[0])
        nodata = src.nodata
    if math.isnan(value) or (nodata is not None and value == nodata):
        return None
    return value


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
) -> dict[str, Any]:
    """Sample the survey along the quay face line moved ``offset_m`` seaward (positive to the
    left of the line's direction, negative to the right) every ``spacing_m``, and report the
    stretches shallower than the design depth (chainage from–to, shallowest, shortfall)."""
    facility = session.scalar(select(Facility).where(Facility.id == facility_id))
    if facility is None or not who.can_read(facility.port_id):
        raise NotFound("facility not found")
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
    design = to_common_datum(
        session,
        facility.port_id,
        facility.design_depth_m,
        facility.design_depth_datum,
        survey.vertical_datum,
        survey.surveyed_on,
    )
    with rasterio.open(store.path(survey.sha256)) as src:
        to_src = Transformer.from_crs(4326, src.crs, always_xy=True)
        metric = LineString([to_src.transform(x, y) for x, y in line.coords])
        face = metric.offset_curve(offset_m)
        chainages = np.arange(0, face.length + 1e-9, spacing_m)
        points = [face.interpolate(c) for c in chainages]
        values = np.array([float(v[0]) for v in src.sample([(p.x, p.y) for p in points])])
        if src.nodata is not None:
            values[values == src.nodata] = np.nan
    samples = [
        {"chainage_m": round(float(c), 2), "bed_m": None if math.isnan(v) else round(v, 3)}
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
                {
                    "from_m": float(chainages[start]),
                    "to_m": float(chainages[i - 1]),
                    "shallowest_m": round(shallowest, 3),
                    "shortfall_m": round(shallowest - design, 3),
                }
            )
            start = None
    return {
        "facility_id": str(facility.id),
        "survey_id": str(survey.id),
        "surveyed_on": survey.surveyed_on.isoformat(),
        "datum": survey.vertical_datum,
        "design_depth_m": round(design, 3),
        "offset_m": offset_m,
        "spacing_m": spacing_m,
        "samples": samples,
        "shoal_stretches": stretches,
        "ok": not stretches,
    }


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

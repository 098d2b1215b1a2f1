"""Rasters through rasterio: user GeoTIFFs to Cloud-Optimised GeoTIFFs, Web Mercator tile
values, values at points and along lines.

An uploaded raster is opened only as a GeoTIFF (``driver="GTiff"``, after its content was
identified by :mod:`geodata.sniff`), in a child process with time and memory limits; its
statistics are computed block by block, so a small file that declares a huge image cannot
exhaust memory. Rotated grids (a GeoTIFF ModelTransformation with rotation terms) give an
affine transform with rotation, used as is for footprints, sampling and warping.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
import rasterio.shutil
from pyproj import Transformer
from rasterio.enums import Resampling
from rasterio.errors import RasterioError
from rasterio.transform import from_bounds as transform_from_bounds
from rasterio.warp import reproject
from shapely.geometry import LineString, Polygon

from geodata.errors import ReadError
from geodata.isolation import isolated
from geodata.sniff import require_format

MAX_PIXELS = 400_000_000
WORLD = 20037508.342789244


@dataclass(frozen=True)
class RasterInfo:
    epsg: int | None
    width: int
    height: int
    transform: tuple[float, ...]
    minimum: float | None
    maximum: float | None
    footprint: Polygon  # lon/lat


def to_cog(source: Path, target: Path, *, name: str) -> RasterInfo:
    """Check an uploaded GeoTIFF and write it to ``target`` as a COG (DEFLATE); ReadError
    naming ``name`` when it is not a georeferenced GeoTIFF of a sane size."""
    require_format(source, ("GTiff",), name=name)
    return isolated(_to_cog, source, target, name, name=name)


def _to_cog(source: Path, target: Path, name: str) -> RasterInfo:
    try:
        with rasterio.open(source, driver="GTiff") as src:
            if src.crs is None:
                raise ReadError(name, "the raster has no CRS")
            if src.width * src.height > MAX_PIXELS:
                raise ReadError(
                    name, f"{src.width}×{src.height} pixels is more than {MAX_PIXELS:,}"
                )
            if src.count < 1:
                raise ReadError(name, "the raster has no band")
            lo, hi = _range(src)
            info = RasterInfo(
                epsg=src.crs.to_epsg(),
                width=src.width,
                height=src.height,
                transform=tuple(src.transform)[:6],
                minimum=lo,
                maximum=hi,
                footprint=_footprint(src, name),
            )
            rasterio.shutil.copy(src, target, driver="COG", compress="DEFLATE")
    except RasterioError as exc:
        raise ReadError(name, f"not a readable GeoTIFF ({exc})") from None
    return info


def _range(src: rasterio.DatasetReader) -> tuple[float | None, float | None]:
    """Minimum and maximum of band 1, finite values only, one block at a time."""
    lo, hi = math.inf, -math.inf
    for _, window in src.block_windows(1):
        block = src.read(1, window=window, masked=True)
        values = np.ma.masked_invalid(block.astype("float64")).compressed()
        if values.size:
            lo, hi = min(lo, float(values.min())), max(hi, float(values.max()))
    return (lo, hi) if lo <= hi else (None, None)


def _footprint(src: rasterio.DatasetReader, name: str) -> Polygon:
    """The raster's outline in lon/lat, through its (possibly rotated) affine transform."""
    corners = [
        src.transform @ (c, r)
        for c, r in ((0, 0), (src.width, 0), (src.width, src.height), (0, src.height))
    ]
    to_wgs84 = Transformer.from_crs(src.crs, 4326, always_xy=True)
    outline = [to_wgs84.transform(x, y) for x, y in corners]
    if not all(
        math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90
        for x, y in outline
    ):
        raise ReadError(name, "the raster's corners do not fall on the Earth in its CRS")
    return Polygon(outline)


def tile_values(path: Path, z: int, x: int, y: int, size: int = 256) -> np.ndarray:
    """Band 1 warped onto Web Mercator tile z/x/y (bilinear), NaN where there is no data."""
    span = 2 * WORLD / 2**z
    bounds = (-WORLD + x * span, WORLD - (y + 1) * span, -WORLD + (x + 1) * span, WORLD - y * span)
    values = np.full((size, size), np.nan, dtype="float32")
    with rasterio.open(path, driver="GTiff") as src:
        reproject(
            source=rasterio.band(src, 1),
            destination=values,
            src_transform=src.transform,
            src_crs=src.crs,
            src_nodata=src.nodata if src.nodata is not None else np.nan,
            dst_transform=transform_from_bounds(*bounds, size, size),
            dst_crs="EPSG:3857",
            dst_nodata=np.nan,
            resampling=Resampling.bilinear,
        )
    return values


def value_at(path: Path, lon: float, lat: float) -> float | None:
    """Band 1 at a lon/lat point; None outside the raster or on no-data."""
    with rasterio.open(path, driver="GTiff") as src:
        x, y = Transformer.from_crs(4326, src.crs, always_xy=True).transform(lon, lat)
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
        row, col = src.index(x, y)
        if not (0 <= row < src.height and 0 <= col < src.width):
            return None
        value = float(next(src.sample([(x, y)]))[0])
        nodata = src.nodata
    if math.isnan(value) or (nodata is not None and value == nodata):
        return None
    return value


def sample_offset_line(
    path: Path, line: LineString, offset_m: float, spacing_m: float
) -> tuple[np.ndarray, np.ndarray]:
    """(chainages, values) every ``spacing_m`` along ``line`` (lon/lat) moved ``offset_m``
    sideways (positive to the left of its direction) in the raster's CRS; NaN on no-data."""
    with rasterio.open(path, driver="GTiff") as src:
        to_src = Transformer.from_crs(4326, src.crs, always_xy=True)
        metric = LineString([to_src.transform(x, y) for x, y in line.coords])
        face = metric.offset_curve(offset_m)
        chainages = np.arange(0, face.length + 1e-9, spacing_m)
        points = [face.interpolate(c) for c in chainages]
        values = np.array([float(v[0]) for v in src.sample([(p.x, p.y) for p in points])])
        if src.nodata is not None:
            values[values == src.nodata] = np.nan
    return chainages, values

"""A PLATEAU (CityGML relief) TIN as a height raster: ``dem:TINRelief`` triangles, linearly
interpolated on a square grid in a metric CRS (the port's), written as a GeoTIFF (float32,
NaN outside the triangles). A survey of kind ``dem`` then serves it like
any other raster: tiles, values at points, height and depth checks.

The triangles are interpolated as given (each cell centre takes the plane of the file's
triangle it lies in; no re-triangulation), so breaklines the surveyor drew are kept. A file
often holds several TINs that share or overlap edges, which triangulation libraries
(matplotlib's) refuse as invalid; rasterising triangle by triangle does not care. Heights stay
in the file's vertical datum (T.P. for EPSG:6697).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from pyproj import CRS, Transformer
from rasterio.transform import from_origin

from geodata.errors import ReadError
from geodata.isolation import isolated
from geodata.sniff import require_format

GML = "{http://www.opengis.net/gml}"
DEM = "{http://www.opengis.net/citygml/relief/2.0}"
MAX_CELLS = 25_000_000  # 5,000 × 5,000


@dataclass(frozen=True)
class TinRaster:
    triangles: int
    epsg: int  # of the raster
    cell_m: float
    width: int
    height: int
    vertical_datum: str | None  # "TP" for JGD2011 heights (EPSG:6697)


def tin_to_geotiff(
    path: Path, target: Path, *, epsg: int, name: str, cell_m: float = 5.0
) -> TinRaster:
    """Write the TIN of a CityGML relief file as a GeoTIFF on a grid of ``cell_m`` in the
    metric CRS ``epsg``; ReadError naming ``name`` when the file holds no TIN or the grid
    would be too large."""
    require_format(path, ("CityGML",), name=name)
    if not math.isfinite(cell_m) or not 0.1 <= cell_m <= 1000:
        raise ReadError(name, f"a cell of {cell_m} m is outside 0.1–1000 m")
    return isolated(_tin_to_geotiff, path, target, name, epsg, cell_m, name=name)


def _points(text: str, dim: int, lat_first: bool) -> np.ndarray:
    values = np.array(text.split(), dtype=float)
    if values.size % dim:
        raise ValueError(f"a posList of {values.size} numbers is not a multiple of {dim}")
    pts = values.reshape(-1, dim)
    if lat_first:
        pts[:, [0, 1]] = pts[:, [1, 0]]
    return pts


def _tin_to_geotiff(path: Path, target: Path, name: str, epsg: int, cell_m: float) -> TinRaster:
    try:
        root = ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise ReadError(name, f"not readable XML: {exc}") from None
    envelope = root.find(f"{GML}boundedBy/{GML}Envelope")
    srs = envelope.get("srsName", "") if envelope is not None else ""
    try:
        crs = CRS.from_user_input(srs.rsplit("/", 1)[-1] if "/" in srs else srs)
    except Exception:
        raise ReadError(name, f"the CRS '{srs or 'missing'}' is not an EPSG code") from None
    lat_first = crs.axis_info[0].direction in ("north", "south")
    dim = int(envelope.get("srsDimension") or 3) if envelope is not None else 3
    if dim != 3:
        raise ReadError(name, "a TIN needs heights: srsDimension 3")
    corners = []
    for tin in root.iter(f"{DEM}TINRelief"):
        for triangle in tin.iter(f"{GML}Triangle"):
            pos = triangle.find(f".//{GML}posList")
            if pos is None or not pos.text:
                continue
            try:
                pts = _points(pos.text, dim, lat_first)
            except ValueError as exc:
                raise ReadError(name, str(exc)) from None
            if len(pts) < 3:
                raise ReadError(name, "a triangle with fewer than 3 corners")
            corners.append(pts[:3])
    if not corners:
        raise ReadError(name, "no dem:TINRelief triangles in the file")
    tri = np.stack(corners)  # n × 3 × (lon, lat, h)
    lon, lat = tri[:, :, 0].ravel(), tri[:, :, 1].ravel()
    grid_crs = CRS.from_epsg(epsg)
    x, y = Transformer.from_crs(crs.geodetic_crs, grid_crs, always_xy=True).transform(lon, lat)
    corners_xyz = np.stack(
        [np.reshape(x, (-1, 3)), np.reshape(y, (-1, 3)), tri[:, :, 2]], axis=-1
    )  # n × 3 × (x, y, h)
    west, south = math.floor(float(np.min(x))), math.floor(float(np.min(y)))
    width = math.ceil((float(np.max(x)) - west) / cell_m) + 1
    height = math.ceil((float(np.max(y)) - south) / cell_m) + 1
    if width * height > MAX_CELLS:
        raise ReadError(
            name,
            f"{width}×{height} cells of {cell_m} m is more than {MAX_CELLS:,}: give a larger cell",
        )
    north = south + height * cell_m
    band = np.full((height, width), np.nan, dtype="float32")
    used = sum(_rasterise(t, band, west, north, cell_m) for t in corners_xyz)
    with rasterio.open(
        target,
        "w",
        driver="GTiff",
        width=width,
        height=height,
        count=1,
        dtype="float32",
        crs=grid_crs.to_wkt(),
        transform=from_origin(west, north, cell_m, cell_m),
        nodata=float("nan"),
    ) as out:
        out.write(band, 1)
    return TinRaster(
        triangles=used,
        epsg=epsg,
        cell_m=cell_m,
        width=width,
        height=height,
        vertical_datum="TP" if crs.to_epsg() == 6697 else None,
    )


def _rasterise(
    triangle: np.ndarray, band: np.ndarray, west: float, north: float, cell: float
) -> int:
    """Give the cells whose centre lies in ``triangle`` (3 × (x, y, h)) its plane's height;
    1 if the triangle has an area, else 0."""
    (x1, y1, h1), (x2, y2, h2), (x3, y3, h3) = triangle
    det = (y2 - y3) * (x1 - x3) + (x3 - x2) * (y1 - y3)
    if abs(det) < 1e-9:
        return 0
    cols = np.arange(
        max(int((min(x1, x2, x3) - west) / cell), 0),
        min(int((max(x1, x2, x3) - west) / cell) + 1, band.shape[1]),
    )
    rows = np.arange(
        max(int((north - max(y1, y2, y3)) / cell), 0),
        min(int((north - min(y1, y2, y3)) / cell) + 1, band.shape[0]),
    )
    if not len(cols) or not len(rows):
        return 1
    cx, cy = np.meshgrid(west + (cols + 0.5) * cell, north - (rows + 0.5) * cell)
    a = ((y2 - y3) * (cx - x3) + (x3 - x2) * (cy - y3)) / det
    b = ((y3 - y1) * (cx - x3) + (x1 - x3) * (cy - y3)) / det
    c = 1 - a - b
    inside = (a >= -1e-9) & (b >= -1e-9) & (c >= -1e-9)
    window = band[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    window[inside] = (a * h1 + b * h2 + c * h3)[inside]
    return 1

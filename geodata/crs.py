"""Coordinate reference systems: lookup, transformation to storage (EPSG:4326), metric CRSs."""

from __future__ import annotations

import warnings
from functools import lru_cache

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError
from shapely import Geometry

STORAGE_EPSG = 4326

# JGD2011 plane rectangular coordinate systems I..XIX (国土地理院 平面直角座標系).
JGD2011_PLANE_ZONES = range(6669, 6688)


class CRSLookupError(ValueError):
    """An EPSG code PROJ does not know."""


@lru_cache(maxsize=256)
def crs_from_epsg(epsg: int) -> CRS:
    try:
        return CRS.from_epsg(epsg)
    except CRSError as exc:
        raise CRSLookupError(f"EPSG:{epsg} is not a known coordinate reference system") from exc


@lru_cache(maxsize=256)
def _transformer(source: int, target: int) -> Transformer:
    return Transformer.from_crs(crs_from_epsg(source), crs_from_epsg(target), always_xy=True)


def reproject(geom: Geometry, source: int, target: int) -> Geometry:
    """``geom`` with x/y in ``source`` moved to ``target``; x is always easting or longitude."""
    if source == target:
        return geom
    transformer = _transformer(source, target)

    def move(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(geom, move)


def is_geographic(epsg: int) -> bool:
    return bool(crs_from_epsg(epsg).is_geographic)


def is_metric(epsg: int) -> bool:
    crs = crs_from_epsg(epsg)
    return bool(crs.is_projected) and crs.axis_info[0].unit_name in ("metre", "meter")


def utm_epsg_for(lon: float, lat: float) -> int:
    """The WGS 84 UTM zone of a point, for ports outside Japan."""
    zone = min(int((lon + 180) // 6) + 1, 60)
    return (32600 if lat >= 0 else 32700) + zone


@lru_cache(maxsize=256)
def proj4_of(epsg: int) -> str:
    """The PROJ string of a projected CRS: enough for a client to project a point (lossy in
    general, exact for the transverse Mercator zones ports use)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return str(crs_from_epsg(epsg).to_proj4())

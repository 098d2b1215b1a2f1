"""GeoJSON geometry in, validated and moved to storage coordinates; GeoJSON out."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import shapely
from shapely import Geometry
from shapely.geometry import shape

from geodata.crs import STORAGE_EPSG, CRSLookupError, crs_from_epsg, is_geographic, reproject

_LOCATION = re.compile(r"\[\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)\s*\]")


class GeometryError(ValueError):
    """Geometry that cannot be stored; ``location`` is the offending point when known."""

    def __init__(self, message: str, location: list[float] | None = None) -> None:
        super().__init__(message)
        self.location = location


def geometry_from_geojson(obj: Any, crs: int | None = None) -> Geometry:
    """Parse a GeoJSON geometry given in ``crs`` (default EPSG:4326, lon/lat), check it, and
    return it in EPSG:4326.

    Coordinates are read x = easting or longitude, y = northing or latitude, whatever the
    CRS's official axis order (the GeoJSON convention). Invalid geometry is refused with
    GEOS's reason and location, never silently repaired.

    >>> geometry_from_geojson({"type": "Point", "coordinates": [-22000, 52000]}, crs=6677)
    """
    source = STORAGE_EPSG if crs is None else crs
    try:
        crs_from_epsg(source)
    except CRSLookupError as exc:
        raise GeometryError(str(exc)) from exc
    if not isinstance(obj, dict) or "type" not in obj:
        raise GeometryError("not a GeoJSON geometry object (needs 'type' and 'coordinates')")
    _check_rings_closed(obj)
    try:
        geom = shape(obj)
    except Exception as exc:  # shapely raises several types for malformed input
        raise GeometryError(f"malformed GeoJSON geometry: {exc}") from exc
    if geom.is_empty:
        raise GeometryError("the geometry is empty")
    if shapely.has_z(geom):
        raise GeometryError(
            "positions have 3 values; give 2 (x, y): heights are kept as fields with their "
            "vertical datum (crown_height, design_depth), not in the geometry"
        )
    coords = shapely.get_coordinates(geom)
    if not bool(np.isfinite(coords).all()):
        raise GeometryError("coordinates must be finite numbers")
    if not is_geographic(source) and bool((np.abs(coords) > 1e8).any()):
        raise GeometryError(f"coordinates beyond ±100,000 km are not positions in EPSG:{source}")
    if not shapely.is_valid(geom):
        reason = shapely.is_valid_reason(geom)
        match = _LOCATION.search(reason)
        location = [float(match.group(1)), float(match.group(2))] if match else None
        raise GeometryError(f"invalid geometry: {reason}", location)
    if is_geographic(source):
        _check_lonlat_range(geom, source)
    out = reproject(geom, source, STORAGE_EPSG)
    if not bool(np.isfinite(shapely.get_coordinates(out)).all()):
        raise GeometryError(f"the coordinates do not fall on the Earth in EPSG:{source}")
    _check_lonlat_range(out, STORAGE_EPSG)
    return out


def _check_rings_closed(obj: dict[str, Any]) -> None:
    """RFC 7946 rings repeat their first position at the end; shapely would close them
    silently, which hides digitising errors."""
    kind = obj.get("type")
    coords = obj.get("coordinates")
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    for p, rings in enumerate(polygons or []):
        for r, ring in enumerate(rings or []):
            if len(ring) >= 2 and list(ring[0]) != list(ring[-1]):
                where = f"polygon {p} " if kind == "MultiPolygon" else ""
                raise GeometryError(
                    f"malformed GeoJSON geometry: {where}ring {r} is not closed "
                    "(its last position must repeat the first)",
                    [float(v) for v in ring[-1][:2]],
                )


def _check_lonlat_range(geom: Geometry, epsg: int) -> None:
    minx, miny, maxx, maxy = geom.bounds
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        bad = next(
            [float(x), float(y)]
            for x, y in shapely.get_coordinates(geom)
            if not (-180 <= x <= 180 and -90 <= y <= 90)
        )
        hint = (
            " Were latitude and longitude swapped? Give x = longitude, y = latitude."
            if abs(bad[0]) <= 90 < abs(bad[1]) or abs(bad[1]) > 90
            else ""
        )
        raise GeometryError(
            f"coordinates {bad} are outside the valid longitude/latitude range of "
            f"EPSG:{epsg}.{hint}",
            bad,
        )

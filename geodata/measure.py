"""Lengths and areas measured in a metric CRS."""

from __future__ import annotations

from shapely import Geometry

from geodata.crs import STORAGE_EPSG, reproject


def measure(geom: Geometry | None, metric_epsg: int) -> tuple[float | None, float | None]:
    """(length in m of lineal parts, area in m² of polygonal parts) of an EPSG:4326 geometry.

    Points give (None, None); lines a length; polygons an area.
    """
    if geom is None or geom.is_empty:
        return None, None
    projected = reproject(geom, STORAGE_EPSG, metric_epsg)
    dim = geom.geom_type
    if "Polygon" in dim:
        return None, round(projected.area, 2)
    if "LineString" in dim:
        return round(projected.length, 3), None
    if dim == "GeometryCollection":
        return round(projected.length, 3) or None, round(projected.area, 2) or None
    return None, None

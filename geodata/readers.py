"""Reading vector files with pyogrio (GDAL): GeoJSON, GeoPackage, Shapefile, FlatGeobuf, CSV.

Each reader returns a GeoDataFrame in the file's own CRS, or raises :class:`ReadError` naming
the file and the reason (unknown format, no CRS, no features, unreadable).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from pyogrio.errors import DataLayerError, DataSourceError
from shapely import from_wkt
from shapely.errors import ShapelyError

FORMATS = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".gpkg": "GPKG",
    ".shp": "ESRI Shapefile",
    ".fgb": "FlatGeobuf",
    ".csv": "CSV",
}


class ReadError(ValueError):
    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(f"{Path(path).name}: {message}")
        self.path = str(path)
        self.reason = message


def vector_format(path: Path) -> str:
    driver = FORMATS.get(path.suffix.lower())
    if driver is None:
        raise ReadError(
            path,
            f"unknown format '{path.suffix or path.name}'; expected one of "
            f"{', '.join(sorted(FORMATS))} (or use `import osm` / `import plateau`)",
        )
    return driver


def read_vector(
    path: Path,
    *,
    layer: str | None = None,
    crs: str | None = None,
    lon: str | None = None,
    lat: str | None = None,
    wkt: str | None = None,
) -> gpd.GeoDataFrame:
    """Read a vector file; ``crs`` is used only when the file has none (shapefile without
    .prj, CSV). CSV files need ``lon``/``lat`` or ``wkt`` column names."""
    if not path.exists():
        raise ReadError(path, "file not found")
    driver = vector_format(path)
    if path.stat().st_size == 0:
        raise ReadError(path, "the file is empty")
    if driver == "CSV":
        frame = _read_csv(path, crs=crs, lon=lon, lat=lat, wkt=wkt)
    else:
        if driver == "ESRI Shapefile" and not path.with_suffix(".prj").exists() and not crs:
            raise ReadError(
                path,
                "the shapefile has no .prj, so its CRS is unknown; "
                "give the CRS (e.g. --crs EPSG:6677)",
            )
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                frame = pyogrio.read_dataframe(path, layer=layer)
        except (DataSourceError, DataLayerError) as exc:
            raise ReadError(path, f"cannot be read as {driver}: {exc}") from exc
        if frame.crs is None:
            if not crs:
                raise ReadError(path, "the file has no CRS; give one (e.g. --crs EPSG:4326)")
            frame = frame.set_crs(crs)
    if len(frame) == 0:
        raise ReadError(path, "the file has no features")
    if "geometry" not in frame or frame.geometry.isna().all():
        raise ReadError(path, "the file has no geometry")
    return frame


def _read_csv(
    path: Path, *, crs: str | None, lon: str | None, lat: str | None, wkt: str | None
) -> gpd.GeoDataFrame:
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise ReadError(path, f"cannot be read as CSV: {exc}") from exc
    if table.empty:
        raise ReadError(path, "the file has no rows")
    has_xy = any(c in table for c in ("lon", "longitude", "x", "lng")) or (lon and lat)
    if not wkt and not has_xy:
        wkt = next((c for c in ("wkt", "WKT", "geometry", "geom") if c in table), None)
    if wkt:
        if wkt not in table:
            raise ReadError(path, f"no column '{wkt}' (columns: {', '.join(table.columns)})")
        geoms = []
        for row, text in enumerate(table[wkt], start=2):
            try:
                geoms.append(from_wkt(text) if text else None)
            except ShapelyError as exc:
                raise ReadError(path, f"row {row}, column {wkt}: not WKT ({exc})") from exc
        return gpd.GeoDataFrame(table.drop(columns=[wkt]), geometry=geoms, crs=crs or "EPSG:4326")
    lon = lon or next((c for c in ("lon", "longitude", "x", "lng") if c in table), None)
    lat = lat or next((c for c in ("lat", "latitude", "y") if c in table), None)
    if lon not in table or lat not in table:
        raise ReadError(
            path,
            "give the coordinate columns (--lon/--lat) or a WKT column "
            f"(--wkt); columns are: {', '.join(table.columns)}",
        )
    xs = pd.to_numeric(table[lon], errors="coerce")
    ys = pd.to_numeric(table[lat], errors="coerce")
    bad = table.index[xs.isna() | ys.isna()]
    if len(bad):
        raise ReadError(path, f"row {bad[0] + 2}: {lon}/{lat} are not numbers")
    return gpd.GeoDataFrame(
        table.drop(columns=[lon, lat]), geometry=gpd.points_from_xy(xs, ys), crs=crs or "EPSG:4326"
    )

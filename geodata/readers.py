"""Reading vector files with pyogrio (GDAL): GeoJSON, GeoPackage, Shapefile, FlatGeobuf, CSV.

A file is first identified by its content (:mod:`geodata.sniff`): only those five formats
are opened, only when the content agrees with the name, and GDAL is then checked to have
opened it with the expected driver. :func:`read_vector` does the reading in a child process
with time and memory limits (:mod:`geodata.isolation`). It returns a GeoDataFrame in the
file's own CRS, or raises :class:`ReadError` naming the file and the reason (unknown format,
no CRS, no features, unreadable).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
from shapely import from_wkt
from shapely.errors import ShapelyError

from geodata.errors import ReadError
from geodata.isolation import isolated
from geodata.sniff import FORMATS as KNOWN
from geodata.sniff import require_format

VECTOR_DRIVERS = ("GeoJSON", "GPKG", "ESRI Shapefile", "FlatGeobuf", "CSV")
FORMATS = {ext: driver for driver in VECTOR_DRIVERS for ext in KNOWN[driver].extensions}

__all__ = [
    "FORMATS",
    "ReadError",
    "read_tables",
    "read_vector",
    "require_driver",
    "vector_format",
]


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
    name: str | None = None,
    layer: str | None = None,
    crs: str | None = None,
    lon: str | None = None,
    lat: str | None = None,
    wkt: str | None = None,
) -> gpd.GeoDataFrame:
    """Read a vector file; ``crs`` is used only when the file has none (shapefile without
    .prj, CSV). CSV files need ``lon``/``lat`` or ``wkt`` column names. ``name`` is how the
    user called the file (errors name it)."""
    name = name or path.name
    if not path.exists():
        raise ReadError(name, "file not found")
    vector_format(Path(name))
    driver = require_format(path, VECTOR_DRIVERS, name=name)
    return isolated(
        _read, path, name, driver, layer=layer, crs=crs, lon=lon, lat=lat, wkt=wkt, name=name
    )


def read_tables(
    path: Path, layers: tuple[str, ...], *, name: str
) -> dict[str, pd.DataFrame | None]:
    """The given layers of a GeoPackage (None for each it lacks), each indexed by feature id;
    a layer with geometry comes as a GeoDataFrame in lon/lat. Identified and read like
    :func:`read_vector`, in a child process."""
    require_format(path, ("GPKG",), name=name)
    return isolated(_read_tables, path, name, layers, name=name)


def _read_tables(path: Path, shown: str, layers: tuple[str, ...]) -> dict[str, pd.DataFrame | None]:
    out: dict[str, pd.DataFrame | None] = {}
    try:
        require_driver(path, "GPKG", shown)
        present = {str(layer) for layer, _ in pyogrio.list_layers(path)}
        for layer in layers:
            if layer not in present:
                out[layer] = None
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                frame = pyogrio.read_dataframe(path, layer=layer, fid_as_index=True)
            if isinstance(frame, gpd.GeoDataFrame) and frame.crs is not None:
                frame = frame.to_crs(4326)
            out[layer] = frame
    except RuntimeError as exc:
        raise ReadError(shown, f"cannot be read as a GeoPackage: {exc}") from None
    return out


def require_driver(
    path: Path, driver: str, shown: str, *, layer: str | None = None, label: str | None = None
) -> None:
    """GDAL picks its driver from a file's content, not from what :mod:`geodata.sniff` found:
    refuse the file unless GDAL opens it with ``driver``, so what was identified is what is
    read, or nothing is. pyogrio's errors (RuntimeError) are the caller's to word."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        opened_as = pyogrio.read_info(path, layer=layer)["driver"]
    if opened_as != driver:
        raise ReadError(shown, f"GDAL reads it as {opened_as}, not as {label or driver}")


def _read(
    path: Path,
    shown: str,
    driver: str,
    *,
    layer: str | None,
    crs: str | None,
    lon: str | None,
    lat: str | None,
    wkt: str | None,
) -> gpd.GeoDataFrame:
    if driver == "CSV":
        frame = _read_csv(path, shown, crs=crs, lon=lon, lat=lat, wkt=wkt)
    else:
        if driver == "ESRI Shapefile" and not path.with_suffix(".prj").exists() and not crs:
            raise ReadError(
                shown,
                "the shapefile has no .prj, so its CRS is unknown; "
                "give the CRS (e.g. --crs EPSG:6677)",
            )
        try:
            require_driver(path, driver, shown, layer=layer)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                frame = pyogrio.read_dataframe(path, layer=layer)
        except RuntimeError as exc:  # every pyogrio error: data source, layer, feature, field
            raise ReadError(shown, f"cannot be read as {driver}: {exc}") from None
        if frame.crs is None:
            if not crs:
                raise ReadError(shown, "the file has no CRS; give one (e.g. --crs EPSG:4326)")
            frame = frame.set_crs(crs)
    if len(frame) == 0:
        raise ReadError(shown, "the file has no features")
    if "geometry" not in frame or frame.geometry.isna().all():
        raise ReadError(shown, "the file has no geometry")
    return frame


def _read_csv(
    path: Path,
    shown: str,
    *,
    crs: str | None,
    lon: str | None,
    lat: str | None,
    wkt: str | None,
) -> gpd.GeoDataFrame:
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (ValueError, UnicodeDecodeError) as exc:  # pandas' parser errors are ValueErrors
        raise ReadError(shown, f"cannot be read as CSV: {exc}") from None
    if table.empty:
        raise ReadError(shown, "the file has no rows")
    has_xy = any(c in table for c in ("lon", "longitude", "x", "lng")) or (lon and lat)
    if not wkt and not has_xy:
        wkt = next((c for c in ("wkt", "WKT", "geometry", "geom") if c in table), None)
    if wkt:
        if wkt not in table:
            raise ReadError(shown, f"no column '{wkt}' (columns: {', '.join(table.columns)})")
        geoms = []
        for row, text in enumerate(table[wkt], start=2):
            try:
                geoms.append(from_wkt(text) if text else None)
            except ShapelyError as exc:
                raise ReadError(shown, f"row {row}, column {wkt}: not WKT ({exc})") from exc
        return gpd.GeoDataFrame(table.drop(columns=[wkt]), geometry=geoms, crs=crs or "EPSG:4326")
    lon = lon or next((c for c in ("lon", "longitude", "x", "lng") if c in table), None)
    lat = lat or next((c for c in ("lat", "latitude", "y") if c in table), None)
    if lon not in table or lat not in table:
        raise ReadError(
            shown,
            "give the coordinate columns (--lon/--lat) or a WKT column "
            f"(--wkt); columns are: {', '.join(table.columns)}",
        )
    xs = pd.to_numeric(table[lon], errors="coerce")
    ys = pd.to_numeric(table[lat], errors="coerce")
    bad = table.index[~(np.isfinite(xs) & np.isfinite(ys))]
    if len(bad):
        raise ReadError(shown, f"row {bad[0] + 2}: {lon}/{lat} are not finite numbers")
    return gpd.GeoDataFrame(
        table.drop(columns=[lon, lat]), geometry=gpd.points_from_xy(xs, ys), crs=crs or "EPSG:4326"
    )

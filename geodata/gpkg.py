"""Writing GeoPackages the project makes itself (field packages): layers with or without
geometry, as GeoPackage 1.2, which older GDAL (3.6, under Debian's QGIS 3.22) opens without
warning while QField and current GDAL read it as well."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

VERSION = {"VERSION": "1.2"}


def write_layer(
    frame: pd.DataFrame, path: Path, layer: str, *, geometry_type: str | None = None
) -> None:
    """Add ``frame`` to the GeoPackage at ``path`` (made when missing) as ``layer``: a
    GeoDataFrame as a spatial layer (of ``geometry_type`` when given), a DataFrame as a
    table without geometry."""
    if isinstance(frame, gpd.GeoDataFrame):
        options = {"geometry_type": geometry_type} if geometry_type else {}
        frame.to_file(path, layer=layer, engine="pyogrio", dataset_options=VERSION, **options)
    else:
        pyogrio.write_dataframe(frame, path, layer=layer, dataset_options=VERSION)

"""Pure spatial work: CRS and datums, geometry validation, readers and writers.

No web or domain state lives here; errors are plain :class:`GeometryError` values that callers
translate into their own.

This package is the only one that binds GDAL (rasterio, pyogrio), so the process-wide walls
below are in place before either registers its drivers: whatever a file's content asks for,
GDAL in this process cannot read a VRT (raster or OGR), cannot reach the network, and cannot
look for sidecar files it was not given. :mod:`geodata.sniff` is the first wall (a route
opens only the formats it accepts); these are the second.
"""

from __future__ import annotations

import os

# Drivers whose datasets name other files, URLs, services or programs; removed from GDAL's
# registry (names present in both pyogrio's and rasterio's GDAL, so neither warns).
_SKIPPED_DRIVERS = (
    "VRT OGR_VRT GDALG GTI DERIVED KMLSUPEROVERLAY WMS WMTS WCS WFS OAPIF OGCAPI PLSCENES "
    "PLMOSAIC EEDA EEDAI DAAS NGW Elasticsearch Carto AmigoCloud CSW STACIT STACTA GNMDatabase "
    "GNMFile HTTP ADBC AIVector SQLite MBTiles KML LIBKML GPSBabel ESRIC ECRGTOC RPFTOC "
    "SENTINEL2 SAFE DIMAP MRF XLSX ODS OGR_GMT PDS4 VICAR Zarr TIL ISIS3 ISIS2 PDS OGR_PDS PDF "
    "MapML GeoRSS GPX PGDUMP SRP NITF CEOS SAR_CEOS RS2 TSX COSAR JAXAPALSAR SNAP_TIFF GRIB"
)

GDAL_WALLS: dict[str, str] = {
    "GDAL_SKIP": _SKIPPED_DRIVERS,
    # /vsicurl/ and the cloud handlers only ever "find" files with this extension: none exist
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".porttwin-no-network",
    # any other HTTP request GDAL might make goes to a closed local port and fails at once
    "GDAL_HTTP_PROXY": "127.0.0.1:9",
    "GDAL_HTTP_TIMEOUT": "2",
    "GDAL_HTTP_CONNECTTIMEOUT": "2",
    "GDAL_HTTP_MAX_RETRY": "0",
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
    "GDAL_PAM_ENABLED": "NO",
    "GDAL_VRT_ENABLE_PYTHON": "NO",
    "GML_SKIP_RESOLVE_ELEMS": "ALL",
    "GML_DOWNLOAD_WFS_SCHEMA": "NO",
    "OGR_SQLITE_LIST_VIRTUAL_OGR": "NO",
    "PROJ_NETWORK": "OFF",
}
for _key, _value in GDAL_WALLS.items():
    os.environ[_key] = _value
os.environ.pop("NO_PROXY", None)
os.environ.pop("no_proxy", None)

"""CRS identifiers of the OGC APIs (URIs) and the axis order they imply.

OGC API Features Part 2: coordinates are given in the axis order the CRS defines, except for
CRS84 (longitude, latitude). EPSG:4326 is latitude, longitude; the JGD2011 plane rectangular
zones (EPSG:6669–6687) are X = northing, Y = easting. Storage is EPSG:4326 with x = longitude.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geodata.crs import JGD2011_PLANE_ZONES, CRSLookupError, crs_from_epsg
from kernel.errors import BadRequest

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
EPSG_URI = "http://www.opengis.net/def/crs/EPSG/0/{}"
_EPSG = re.compile(r"^(?:http://www\.opengis\.net/def/crs/EPSG/0/|EPSG:)(\d+)$")
_CRS84 = {CRS84, "OGC:CRS84", "http://www.opengis.net/def/crs/OGC/0/CRS84"}

# Offered for output (`crs`) and bbox/filter input: CRS84, WGS 84, JGD2011 and its 19 plane
# zones, Web Mercator and the UTM zones of the demo ports.
OFFERED_EPSG = [4326, 6668, *JGD2011_PLANE_ZONES, 3857, 32632, 32750, 7850]


@dataclass(frozen=True)
class OutputCRS:
    uri: str
    epsg: int  # what to ST_Transform to (CRS84 → 4326)
    northing_first: bool  # whether to flip x/y after transforming


def offered_uris() -> list[str]:
    return [CRS84, *(EPSG_URI.format(code) for code in OFFERED_EPSG)]


@lru_cache(maxsize=64)
def _northing_first(epsg: int) -> bool:
    axis = crs_from_epsg(epsg).axis_info
    return bool(axis) and axis[0].direction in ("north", "south")


def parse_crs(value: str | None, parameter: str) -> OutputCRS:
    """A CRS URI (or ``EPSG:n``) offered by the server; CRS84 when absent."""
    if value is None or value.strip("<>") in _CRS84:
        return OutputCRS(CRS84, 4326, False)
    match = _EPSG.match(value.strip("<>"))
    if not match:
        raise BadRequest(
            f"{parameter} must be a CRS URI such as {EPSG_URI.format(6677)}", parameter=parameter
        )
    epsg = int(match.group(1))
    if epsg not in OFFERED_EPSG:
        raise BadRequest(
            f"{parameter}: EPSG:{epsg} is not offered; see the collection's crs list",
            parameter=parameter,
        )
    try:
        northing_first = _northing_first(epsg)
    except CRSLookupError as exc:
        raise BadRequest(str(exc), parameter=parameter) from exc
    return OutputCRS(EPSG_URI.format(epsg), epsg, northing_first)

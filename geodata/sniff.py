"""What a user's file is, from its bytes: the first check every upload and import passes.

GDAL, Pillow and the zip readers pick their reader from a file's content, whatever its name
says; a GDAL VRT named ``survey.tif`` reads any file on the server. So each route names the
formats it accepts, :func:`require_format` identifies the file by content, and the file is
refused unless the content is one of those formats *and* agrees with the file's extension.
Formats that can point at other files or URLs (GDAL raster and OGR VRT, and anything not in
:data:`FORMATS`) are never identified as acceptable, so they are refused by construction.

>>> require_format(Path("/tmp/u/depth.tif"), {"GTiff"}, name="depth.tif")
'GTiff'
"""

from __future__ import annotations

import re
import sqlite3
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from geodata.errors import ReadError

HEAD = 64 * 1024
TAIL = 2 * 1024


class FileRefused(ReadError):
    """A file that is not what the route accepts; the message names the file and the reason."""


@dataclass(frozen=True)
class Format:
    name: str
    label: str  # what a user calls it
    extensions: tuple[str, ...]


FORMATS = {
    f.name: f
    for f in (
        Format("GTiff", "GeoTIFF", (".tif", ".tiff")),
        Format("GPKG", "GeoPackage", (".gpkg",)),
        Format("ESRI Shapefile", "Shapefile", (".shp",)),
        Format("FlatGeobuf", "FlatGeobuf", (".fgb",)),
        Format("GeoJSON", "GeoJSON", (".geojson", ".json")),
        Format("CSV", "CSV text", (".csv",)),
        Format("OSM-PBF", "OpenStreetMap PBF", (".pbf",)),
        Format("OSM-XML", "OpenStreetMap XML", (".osm",)),
        Format("CityGML", "CityGML", (".gml", ".xml")),
        Format("IFC", "IFC (STEP)", (".ifc",)),
        Format("ZIP", "zip archive", (".zip", ".ifczip")),
        Format("XLSX", "Excel workbook (XLSX)", (".xlsx",)),
        Format("JPEG", "JPEG image", (".jpg", ".jpeg")),
        Format("PNG", "PNG image", (".png",)),
        Format("PDF", "PDF document", (".pdf",)),
    )
}

# Content that is recognised only to be named in the refusal.
_REFERENCING = (
    (re.compile(rb"<\s*VRTDataset\b"), "a GDAL raster VRT, which reads other files"),
    (re.compile(rb"<\s*OGRVRTDataSource\b"), "an OGR VRT, which reads other files"),
    (re.compile(rb"<\s*(kml|kml:kml)\b", re.I), "KML, which can load network links"),
    (re.compile(rb"<\s*(html|!doctype\s+html)\b", re.I), "an HTML page"),
    (re.compile(rb"<\s*(\w+:)?(WFS_Capabilities|FeatureCollection)\b"), "GML/WFS XML"),
)
_XML_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<\s*([\w.:-]+)", re.S
)
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_GPKG_IDS = {b"GPKG", b"GP10", b"GP11"}
_TIFF = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")


def _xml_root(head: bytes) -> str | None:
    match = _XML_ROOT.match(head)
    return match.group(1).decode("ascii", "replace").rsplit(":", 1)[-1] if match else None


def _looks_like_text(head: bytes) -> bool:
    return b"\x00" not in head and _decodes(head, "utf-8")


def _pdf(head: bytes, tail: bytes) -> bool:
    """A PDF has a version line, objects, a cross-reference pointer and an end marker; a
    file that only starts with ``%PDF-`` (say, before an HTML page) is not one."""
    if not re.match(rb"%PDF-[12]\.\d", head):
        return False
    if b"%%EOF" not in tail or b"startxref" not in tail:
        return False
    body = head[:4096].lower()
    return b" obj" in head and not any(t in body for t in (b"<html", b"<script", b"<!doctype"))


def _zip_members(path: Path) -> set[str] | None:
    try:
        with zipfile.ZipFile(path) as zf:
            return {i.filename for i in zf.infolist()}
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def identify(path: Path) -> str | None:
    """The format of a file's content (a key of :data:`FORMATS`), or None when it is none of
    them."""
    with path.open("rb") as fh:
        head = fh.read(HEAD)
        size = fh.seek(0, 2)
        fh.seek(max(0, size - TAIL))
        tail = fh.read(TAIL)
    if head.startswith(_TIFF):
        return "GTiff"
    if head.startswith(b"SQLite format 3\x00") and head[68:72] in _GPKG_IDS:
        return "GPKG"
    if len(head) >= 100 and head[:4] == b"\x00\x00\x27\x0a" and head[28:32] == b"\xe8\x03\x00\x00":
        return "ESRI Shapefile"
    if head.startswith(b"fgb\x03fgb"):
        return "FlatGeobuf"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"%PDF-"):
        return "PDF" if _pdf(head, tail) else None
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        members = _zip_members(path)
        if members is None:
            return None
        if "[Content_Types].xml" in members and "xl/workbook.xml" in members:
            return "XLSX"
        return "ZIP"
    if len(head) > 15 and head[4:6] == b"\x0a\x09" and head[6:15] == b"OSMHeader":
        (length,) = struct.unpack(">I", head[:4])
        return "OSM-PBF" if length < 64 * 1024 else None
    if not _looks_like_text(head):
        return None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"ISO-10303-21"):
        return "IFC"
    if text.startswith(b"<"):
        if _DOCTYPE.search(head) or any(p.search(head) for p, _ in _REFERENCING):
            return None
        root = _xml_root(head)
        if root == "osm":
            return "OSM-XML"
        if root == "CityModel":
            return "CityGML"
        return None
    if text.startswith(b"{"):
        return "GeoJSON" if b'"type"' in head else None
    if text.startswith(b"["):
        return None
    return "CSV"


def describe_content(path: Path) -> str:
    """A few words on what a refused file holds, for the error message."""
    fmt = identify(path)
    if fmt == "CSV":
        return "plain text"
    if fmt:
        return FORMATS[fmt].label
    with path.open("rb") as fh:
        head = fh.read(HEAD)
    for pattern, words in _REFERENCING:
        if pattern.search(head):
            return words
    if _DOCTYPE.search(head):
        return "XML with a DOCTYPE or entity declarations"
    if head.lstrip().startswith(b"<"):
        root = _xml_root(head)
        return f"XML with root element <{root}>" if root else "XML"
    if b"\x00" not in head and _decodes(head, "cp932"):
        return "text that is not UTF-8 (Shift_JIS?): save it as UTF-8"
    return "in no format this service reads"


def _decodes(head: bytes, encoding: str) -> bool:
    try:
        head.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # a character cut at the end of the sample
    return True


def _labels(formats: Iterable[str]) -> str:
    labels = [FORMATS[f].label for f in formats]
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} or {labels[-1]}"


def require_format(path: Path, accepted: Iterable[str], *, name: str | None = None) -> str:
    """The file's format when its content is one of ``accepted`` and its name agrees;
    :class:`FileRefused` naming ``name`` (the name the user gave) and the reason otherwise."""
    accepted = tuple(accepted)
    shown = name or path.name
    if not path.is_file():
        raise FileRefused(shown, "not a regular file")
    if path.stat().st_size == 0:
        raise FileRefused(shown, "the file is empty")
    fmt = identify(path)
    if fmt not in accepted:
        raise FileRefused(
            shown,
            f"the content is {describe_content(path)}, not {_labels(accepted)}",
        )
    suffix = Path(shown).suffix.lower()
    if suffix not in FORMATS[fmt].extensions:
        raise FileRefused(
            shown,
            f"the content is {FORMATS[fmt].label} but the name ends in "
            f"'{suffix or '(no extension)'}'; name it with "
            f"{' or '.join(FORMATS[fmt].extensions)}",
        )
    if fmt == "GPKG":
        _check_geopackage(path, shown)
    if fmt == "ESRI Shapefile":
        _check_shapefile_sidecars(path, shown)
    return fmt


def _check_geopackage(path: Path, shown: str) -> None:
    """A GeoPackage is an SQLite database; refuse what could run on reading: views and
    virtual tables other than the R-tree spatial index."""
    uri = f"file:{path}?mode=ro&immutable=1"
    try:
        with sqlite3.connect(uri, uri=True) as db:
            db.execute("PRAGMA trusted_schema = OFF")
            rows = db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        raise FileRefused(shown, f"not a readable GeoPackage ({exc})") from None
    for kind, table, sql in rows:
        sql = (sql or "").upper()
        if kind == "view":
            raise FileRefused(
                shown, f"holds the SQL view '{table}'; save the layers as plain tables"
            )
        if "VIRTUAL TABLE" in sql and "USING RTREE" not in sql.replace('"', ""):
            raise FileRefused(shown, f"holds the virtual table '{table}', which is not allowed")


_SIDECAR_MAGIC = {".shx": b"\x00\x00\x27\x0a"}
_WKT_START = re.compile(
    rb"^\s*(PROJCS|GEOGCS|GEOCCS|COMPD_CS|VERT_CS|PROJCRS|GEOGCRS|GEODCRS|COMPOUNDCRS|"
    rb"BOUNDCRS|PROJECTEDCRS|GEODETICCRS|VERTCRS|ENGCRS|LOCAL_CS)\s*\["
)


def _check_shapefile_sidecars(path: Path, shown: str) -> None:
    """The sidecars GDAL reads beside a .shp must be what their names say."""
    for sibling in path.parent.iterdir():
        if sibling.stem != path.stem or sibling == path:
            continue
        suffix = sibling.suffix.lower()
        if not sibling.is_file():
            raise FileRefused(sibling.name, "not a regular file")
        head = sibling.read_bytes()[:HEAD]
        if suffix in _SIDECAR_MAGIC and not head.startswith(_SIDECAR_MAGIC[suffix]):
            raise FileRefused(sibling.name, "is not a shapefile index (.shx)")
        if suffix == ".dbf" and (len(head) < 32 or head[0] not in (0x02, 0x03, 0x30, 0x83, 0x8B)):
            raise FileRefused(sibling.name, "is not a dBASE table (.dbf)")
        if suffix == ".prj" and not _WKT_START.match(head.lstrip(b"\xef\xbb\xbf")):
            raise FileRefused(sibling.name, "is not a WKT coordinate system (.prj)")

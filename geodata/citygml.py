"""PLATEAU CityGML (i-UR) port data: ``urf:PortZone`` areas and ``uro:OtherConstruction``
structures (護岸, 水門 …), with their code lists resolved from the relative ``codeSpace``.

PLATEAU's EPSG:6697 (and 6668) give coordinates as latitude, longitude (, height); they are
returned here as x = longitude, y = latitude. Heights of EPSG:6697 are JGD2011 vertical heights
(T.P.). Parsing uses defusedxml, so entity expansion and external references are refused,
and code lists are read only from regular files inside the dataset's folder (``code_root``):
a ``codeSpace`` of ``/etc/…`` or ``../../..`` is refused, never opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely import Geometry, union_all
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.ops import linemerge

from geodata.errors import ReadError
from geodata.isolation import isolated
from geodata.sniff import require_format

MAX_CODE_LIST_BYTES = 8 << 20

NS = {
    "gml": "http://www.opengis.net/gml",
    "core": "http://www.opengis.net/citygml/2.0",
    "urf": "https://www.geospatial.jp/iur/urf/2.0",
    "uro": "https://www.geospatial.jp/iur/uro/3.0",
}
_EPSG = re.compile(r"EPSG/0/(\d+)$|EPSG:(\d+)$")

# Codes the import is built on: an unknown one refuses the file. Other codes (DM map codes,
# data-quality codes) that a shipped list lacks are kept raw, with a warning.
REQUIRED_CODES = {"class", "function", "adminType"}


@dataclass
class CityObject:
    gml_id: str
    feature_type: str  # PortZone or OtherConstruction
    geometry: Geometry  # lon/lat, 2D
    max_height: float | None  # highest z, in the file's vertical datum
    attributes: dict[str, Any] = field(default_factory=dict)
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (code, meaning)
    warnings: list[str] = field(default_factory=list)


@dataclass
class CityModel:
    name: str
    epsg: int
    objects: list[CityObject]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@lru_cache(maxsize=64)
def _code_list(path: Path) -> dict[str, str]:
    try:
        tree = ElementTree.parse(path)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise ReadError(path.name, f"the code list is not readable XML ({exc})") from None
    out = {}
    for definition in tree.getroot().iter(f"{{{NS['gml']}}}Definition"):
        name = definition.findtext("gml:name", namespaces=NS)
        description = definition.findtext("gml:description", namespaces=NS)
        if name is not None:
            out[name.strip()] = (description or "").strip()
    return out


def _resolve_into(source: _Source, element: Element, target: CityObject) -> None:
    name = _local(element.tag)
    try:
        target.codes[name] = resolve_code(source, element)
    except ReadError as exc:
        if name in REQUIRED_CODES:
            raise
        code = (element.text or "").strip()
        target.codes[name] = (code, "")
        target.warnings.append(f"{target.gml_id}: {exc.reason}; kept the raw code")


@dataclass(frozen=True)
class _Source:
    path: Path  # the GML file on disk
    name: str  # how the user called it
    code_root: Path  # code lists must lie inside this folder


def default_code_root(path: Path) -> Path:
    """The dataset folder of a PLATEAU file: the nearest folder above it holding
    ``codelists`` (``<dataset>/udx/urf/x.gml`` → ``<dataset>``), else the file's own."""
    for folder in list(path.resolve().parents)[:4]:
        if (folder / "codelists").is_dir():
            return folder
    return path.resolve().parent


def resolve_code(source: _Source, element: Element) -> tuple[str, str]:
    """(code, meaning) of a coded element through its relative ``codeSpace`` file."""
    code = (element.text or "").strip()
    space = element.get("codeSpace")
    name = _local(element.tag)
    if not space:
        return code, code
    if "://" in space or space.startswith(("/", "\\")):
        raise ReadError(source.name, f"{name}: code list '{space}' is not a relative path")
    code_file = (source.path.parent / space).resolve()
    root = source.code_root.resolve()
    if root not in code_file.parents:
        raise ReadError(
            source.name, f"{name}: code list '{space}' lies outside the dataset's folder"
        )
    if not code_file.is_file():
        raise ReadError(source.name, f"{name}: code list {space} not found")
    if code_file.stat().st_size > MAX_CODE_LIST_BYTES:
        raise ReadError(source.name, f"{name}: code list {space} is too large for a code list")
    meanings = _code_list(code_file)
    if code not in meanings:
        raise ReadError(source.name, f"{name}: code '{code}' is not in {code_file.name}")
    return code, meanings[code]


def _positions(text: str, dim: int, lat_first: bool) -> list[tuple[float, ...]]:
    values = [float(v) for v in text.split()]
    if len(values) % dim:
        raise ValueError(f"posList of {len(values)} numbers is not a multiple of {dim}")
    points = [tuple(values[i : i + dim]) for i in range(0, len(values), dim)]
    if lat_first:
        points = [(p[1], p[0], *p[2:]) for p in points]
    return points


def _rings(element: Element, dim: int, lat_first: bool) -> list[list[tuple[float, ...]]]:
    rings = []
    for pos in element.iter(f"{{{NS['gml']}}}posList"):
        d = int(pos.get("srsDimension") or dim)
        rings.append(_positions(pos.text or "", d, lat_first))
    return rings


def _geometry(element: Element, dim: int, lat_first: bool) -> tuple[Geometry, float | None]:
    """2D footprint of a geometry property (curves → lines, surfaces → polygons) and its top."""
    polygons, lines, top = [], [], None
    for poly in element.iter(f"{{{NS['gml']}}}Polygon"):
        rings = _rings(poly, dim, lat_first)
        if rings and len(rings[0]) >= 4:
            holes = [[p[:2] for p in r] for r in rings[1:]]
            polygons.append(Polygon([p[:2] for p in rings[0]], holes))
        for ring in rings:
            top = max([top or -1e9, *(p[2] for p in ring if len(p) > 2)])
    for line in element.iter(f"{{{NS['gml']}}}LineString"):
        for ring in _rings(line, dim, lat_first):
            lines.append(LineString([p[:2] for p in ring]))
            top = max([top or -1e9, *(p[2] for p in ring if len(p) > 2)])
    if polygons:
        merged = union_all([p.buffer(0) for p in polygons])
        if isinstance(merged, Polygon):
            merged = MultiPolygon([merged])
        return merged, top
    if lines:
        merged_lines = linemerge(MultiLineString(lines))
        return merged_lines, top
    raise ValueError("no polygon or line geometry")


def read_citygml(
    path: Path, *, name: str | None = None, code_root: Path | None = None
) -> CityModel:
    """Port zones and other constructions of a PLATEAU CityGML file, read in a child process
    with time and memory limits; code lists only from inside ``code_root`` (default: the
    dataset folder, see :func:`default_code_root`)."""
    name = name or path.name
    if not path.exists():
        raise ReadError(name, "file not found")
    require_format(path, ("CityGML",), name=name)
    source = _Source(path, name, code_root or default_code_root(path))
    return isolated(_read_citygml, source, name=name)


def _read_citygml(source: _Source) -> CityModel:
    path, name = source.path, source.name
    try:
        root = ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise ReadError(name, f"not readable XML: {exc}") from None
    envelope = root.find("gml:boundedBy/gml:Envelope", NS)
    srs = envelope.get("srsName", "") if envelope is not None else ""
    match = _EPSG.search(srs)
    if not match:
        raise ReadError(name, f"the CRS '{srs or 'missing'}' is not an EPSG code")
    epsg = int(match.group(1) or match.group(2))
    try:
        crs = CRS.from_epsg(epsg)
    except CRSError:
        raise ReadError(name, f"EPSG:{epsg} is not a known coordinate reference system") from None
    lat_first = crs.axis_info[0].direction in ("north", "south")
    try:
        dim = int(envelope.get("srsDimension") or 3) if envelope is not None else 3
    except ValueError:
        raise ReadError(name, "the envelope's srsDimension is not a number") from None
    if dim not in (2, 3):
        raise ReadError(name, f"srsDimension {dim} is neither 2 nor 3")
    objects = []
    for member in root.findall("core:cityObjectMember", NS):
        for obj in member:
            kind = _local(obj.tag)
            try:
                if kind == "PortZone":
                    objects.append(_port_zone(source, obj, dim, lat_first))
                elif kind == "OtherConstruction":
                    objects.append(_other_construction(source, obj, dim, lat_first))
            except (ValueError, IndexError) as exc:
                if isinstance(exc, ReadError):
                    raise
                raise ReadError(name, f"{kind} {_gml_id(obj)}: {exc}") from None
    if not objects:
        raise ReadError(name, "no urf:PortZone or uro:OtherConstruction in the file")
    return CityModel(name=name, epsg=epsg, objects=objects)


def _gml_id(obj: Element) -> str:
    return obj.get(f"{{{NS['gml']}}}id") or ""


def _port_zone(source: _Source, obj: Element, dim: int, lat_first: bool) -> CityObject:
    geom_el = next((e for e in obj if _local(e.tag).startswith("lod")), None)
    if geom_el is None:
        raise ReadError(source.name, f"PortZone {_gml_id(obj)} has no geometry")
    geom, top = _geometry(geom_el, dim, lat_first)
    zone = CityObject(_gml_id(obj), "PortZone", geom, top)
    for child in obj:
        name = _local(child.tag)
        if child.get("codeSpace"):
            _resolve_into(source, child, zone)
        elif child.text and child.text.strip() and len(child) == 0:
            zone.attributes[name] = child.text.strip()
    return zone


def _other_construction(source: _Source, obj: Element, dim: int, lat_first: bool) -> CityObject:
    geom_el = obj.find("uro:lod0Geometry", NS)
    if geom_el is None:
        geom_el = obj.find("uro:lod1Geometry", NS)
    if geom_el is None:
        raise ReadError(source.name, f"OtherConstruction {_gml_id(obj)} has no lod0/lod1 geometry")
    geom, _ = _geometry(geom_el, dim, lat_first)
    tops = [
        t
        for el in obj.iter()
        if _local(el.tag).startswith("lod") and len(el)
        for t in [_safe_top(el, dim, lat_first)]
        if t is not None
    ]
    cons = CityObject(_gml_id(obj), "OtherConstruction", geom, max(tops) if tops else None)
    for el in obj.iter():
        name = _local(el.tag)
        if el.get("codeSpace"):
            _resolve_into(source, el, cons)
        elif name in ("administorator", "conditionOfConstruction") and el.text:
            # i-UR spells it "administorator"
            cons.attributes["administrator" if name == "administorator" else name] = el.text.strip()
    return cons


def _safe_top(element: Element, dim: int, lat_first: bool) -> float | None:
    try:
        return _geometry(element, dim, lat_first)[1]
    except ValueError:
        return None

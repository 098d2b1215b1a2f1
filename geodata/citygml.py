"""PLATEAU CityGML (i-UR) port data: ``urf:PortZone`` areas, ``uro:OtherConstruction``
structures (護岸, 水門 …), ``brid:Bridge`` bridges with their inspection record and
``uro:Waterway`` navigation routes, with their code lists resolved from the relative
``codeSpace``. Other feature types (buildings, terrain …) are counted, never read; a file
holding none of these is refused naming what it holds.

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
    "brid": "http://www.opengis.net/citygml/bridge/2.0",
    "tran": "http://www.opengis.net/citygml/transportation/2.0",
}
PREFIXES = {
    "http://www.opengis.net/citygml/building/2.0": "bldg",
    "http://www.opengis.net/citygml/bridge/2.0": "brid",
    "http://www.opengis.net/citygml/relief/2.0": "dem",
    "http://www.opengis.net/citygml/transportation/2.0": "tran",
    "http://www.opengis.net/citygml/cityfurniture/2.0": "frn",
    "http://www.opengis.net/citygml/vegetation/2.0": "veg",
    "http://www.opengis.net/citygml/waterbody/2.0": "wtr",
    "http://www.opengis.net/citygml/landuse/2.0": "luse",
    "http://www.opengis.net/citygml/generics/2.0": "gen",
    "http://www.opengis.net/citygml/tunnel/2.0": "tun",
    "http://www.opengis.net/citygml/cityobjectgroup/2.0": "grp",
}
READ_TYPES = "urf:PortZone, uro:OtherConstruction, brid:Bridge, uro:Waterway"
WHY_NOT = {
    "dem:ReliefFeature": "terrain (a TIN), not facilities: upload it as a survey of kind dem "
    "(the surveys API), which turns it into a raster the height and depth checks use",
}
_EPSG = re.compile(r"EPSG/0/(\d+)$|EPSG:(\d+)$")

# Codes the import is built on: an unknown one refuses the file. Other codes (DM map codes,
# data-quality codes) that a shipped list lacks are kept raw, with a warning.
REQUIRED_CODES = {"class", "function", "adminType"}


@dataclass
class CityObject:
    gml_id: str
    feature_type: str  # PortZone, OtherConstruction, Bridge or Waterway
    geometry: Geometry  # lon/lat, 2D
    max_height: float | None  # highest z, in the file's vertical datum
    attributes: dict[str, Any] = field(default_factory=dict)
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (code, meaning)
    warnings: list[str] = field(default_factory=list)
    risk: list[dict[str, Any]] = field(default_factory=list)  # recorded inspections (bridges)


@dataclass
class CityModel:
    name: str
    epsg: int
    objects: list[CityObject]
    left_out: dict[str, int] = field(default_factory=dict)  # other feature types, counted


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _qualified(tag: str) -> str:
    """``bldg:Building`` for a CityGML element's tag (its namespace's usual prefix)."""
    namespace = tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
    known = PREFIXES | {uri: prefix for prefix, uri in NS.items()}
    return f"{known.get(namespace, namespace)}:{_local(tag)}"


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
    objects: list[CityObject] = []
    left_out: dict[str, int] = {}
    readers = {
        "PortZone": _port_zone,
        "OtherConstruction": _other_construction,
        "Bridge": _bridge,
        "Waterway": _waterway,
    }
    for member in root.findall("core:cityObjectMember", NS):
        for obj in member:
            kind = _local(obj.tag)
            if kind not in readers:
                left_out[_qualified(obj.tag)] = left_out.get(_qualified(obj.tag), 0) + 1
                continue
            try:
                objects.append(readers[kind](source, obj, dim, lat_first))
            except (ValueError, IndexError) as exc:
                if isinstance(exc, ReadError):
                    raise
                raise ReadError(name, f"{kind} {_gml_id(obj)}: {exc}") from None
    if not objects:
        held = ", ".join(f"{n} × {t}" for t, n in sorted(left_out.items())) or "no city objects"
        why = "; ".join(f"{t} is {WHY_NOT[t]}" for t in sorted(left_out) if t in WHY_NOT)
        raise ReadError(
            name, f"no {READ_TYPES} in the file; it holds {held}" + (f". {why}" if why else "")
        )
    return CityModel(name=name, epsg=epsg, objects=objects, left_out=left_out)


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


def _first_geometry(obj: Element, names: tuple[str, ...], dim: int, lat_first: bool) -> Geometry:
    """The footprint of the first of the ``names`` geometry properties the object has."""
    for name in names:
        prefix, local = name.split(":")
        element = obj.find(f"{{{NS[prefix]}}}{local}")
        if element is not None and len(element):
            return _geometry(element, dim, lat_first)[0]
    raise ValueError(f"no {' or '.join(names)} geometry")


def _coded_and_plain(source: _Source, obj: Element, target: CityObject, plain: set[str]) -> None:
    for el in obj.iter():
        name = _local(el.tag)
        if el.get("codeSpace"):
            _resolve_into(source, el, target)
        elif name in plain and el.text and el.text.strip():
            # i-UR spells it "administorator"
            target.attributes["administrator" if name == "administorator" else name] = (
                el.text.strip()
            )


def _bridge(source: _Source, obj: Element, dim: int, lat_first: bool) -> CityObject:
    """A bridge: its plan footprint (LOD0 of its DM attribute, else its LOD1 solid), its
    attributes and each recorded inspection (survey year, 判定区分)."""
    tops = [
        t
        for t in (
            _safe_top(el, dim, lat_first) for el in obj.iter() if _local(el.tag) == "lod1Solid"
        )
        if t is not None
    ]
    dm = obj.find("uro:bridDmAttribute/uro:DmGeometricAttribute", NS)
    geom = (
        _first_geometry(dm, ("uro:lod0Geometry",), dim, lat_first)
        if dm is not None and dm.find("uro:lod0Geometry", NS) is not None
        else _first_geometry(
            obj, ("brid:lod1Solid", "brid:lod2Solid", "brid:lod1MultiSurface"), dim, lat_first
        )
    )
    bridge = CityObject(_gml_id(obj), "Bridge", geom, max(tops) if tops else None)
    name = obj.findtext("gml:name", namespaces=NS)
    if name:
        bridge.attributes["name"] = name.strip()
    for child in obj:
        if _local(child.tag) == "function" and child.get("codeSpace"):
            _resolve_into(source, child, bridge)
    built = obj.findtext("brid:yearOfConstruction", namespaces=NS)
    if built:
        bridge.attributes["yearOfConstruction"] = built.strip()
    base = obj.find("uro:bridBaseAttribute", NS)
    if base is not None:
        _coded_and_plain(source, base, bridge, {"administorator"})
    structure = obj.find("uro:bridStructureAttribute", NS)
    if structure is not None:
        for el in structure.iter():
            if len(el) == 0 and el.text and el.text.strip():
                bridge.attributes[_local(el.tag)] = el.text.strip()
    for risk in obj.findall(
        "uro:bridRiskAssessmentAttribute/uro:ConstructionRiskAssessmentAttribute", NS
    ):
        record: dict[str, Any] = {}
        for el in risk:
            key = _local(el.tag)
            if el.get("codeSpace"):
                code, meaning = resolve_code(source, el)
                record[key] = code
                record[f"{key}_label"] = meaning
                record[f"{key}_list"] = Path(el.get("codeSpace") or "").stem
            elif el.text and el.text.strip():
                record[key] = el.text.strip()
        bridge.risk.append(record)
    return bridge


def _waterway(source: _Source, obj: Element, dim: int, lat_first: bool) -> CityObject:
    """A navigation route (法定航路 …): its traffic areas as the area, else its centreline."""
    areas = []
    for el in obj.iter():
        if _local(el.tag) in ("lod1MultiSurface", "lod2MultiSurface") and len(el):
            try:
                areas.append(_geometry(el, dim, lat_first)[0])
            except ValueError:  # an xlink to a surface read elsewhere
                continue
    polygons = [g for g in areas if g.geom_type in ("Polygon", "MultiPolygon")]
    if polygons:
        geom = union_all(polygons)
        if isinstance(geom, Polygon):
            geom = MultiPolygon([geom])
    else:
        geom = _first_geometry(obj, ("tran:lod0Network",), dim, lat_first)
    route = CityObject(_gml_id(obj), "Waterway", geom, None)
    name = obj.findtext("gml:name", namespaces=NS)
    if name:
        route.attributes["name"] = name.strip()
    _coded_and_plain(source, obj, route, {"routeId", "routeName"})
    return route

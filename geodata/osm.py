"""Elements of OpenStreetMap files (PBF or XML) through GDAL's OSM driver: their id, layer,
name, tags and geometry. Which of them are harbour structures is the registry's business
(assets/importers/osm.py and its rules); this module only reads, keeping the elements that
carry one of the tags it is asked about (or a name, for ways), so a large extract does not
cross the process boundary whole.

Geometries are decoded one element at a time: an extract cut at its edge holds relations
whose rings have lost their nodes (a "ring" of two points), and one such element must not
sink the file. Such an element comes back as an :class:`OsmProblem` with the reason; a file
GDAL cannot parse is refused naming the layer and where it breaks.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely
from pyogrio.raw import read as read_raw
from shapely import Geometry

from geodata.errors import ReadError
from geodata.isolation import isolated
from geodata.readers import require_driver
from geodata.sniff import require_format

LAYERS = ("points", "lines", "multipolygons")
_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
_NOT_TAGS = {"osm_id", "osm_way_id", "other_tags", "geometry", "Index"}


@dataclass(frozen=True)
class OsmElement:
    ext_id: str  # node/123, way/456, relation/789
    layer: str  # points, lines or multipolygons
    name: str | None
    tags: dict[str, str]
    geometry: Geometry

    @property
    def linear(self) -> bool:
        """A way or area (not a node)."""
        return self.layer != "points"


@dataclass(frozen=True)
class OsmProblem:
    """An element with the tags asked for whose geometry cannot be used, and why."""

    ext_id: str
    layer: str
    name: str | None
    tags: dict[str, str]
    reason: str


@dataclass
class OsmContent:
    elements: list[OsmElement] = field(default_factory=list)
    problems: list[OsmProblem] = field(default_factory=list)


def parse_other_tags(value: Any) -> dict[str, str]:
    return dict(_TAG.findall(value)) if isinstance(value, str) else {}


def read_osm(
    path: Path,
    *,
    keys: frozenset[str],
    named_ways: bool = True,
    name: str | None = None,
) -> OsmContent:
    """The elements of an .osm.pbf or .osm file that carry one of the tag ``keys`` (and, with
    ``named_ways``, every named way or area), in file order per layer, and those of them whose
    geometry cannot be read; read in a child process with time and memory limits. ``name`` is
    how the user called the file."""
    name = name or path.name
    if not path.exists():
        raise ReadError(name, "file not found")
    if not (name.endswith(".osm.pbf") or Path(name).suffix in (".osm", ".pbf")):
        raise ReadError(name, "an OpenStreetMap file ends in .osm.pbf, .pbf or .osm")
    require_format(path, ("OSM-PBF", "OSM-XML"), name=name)
    return isolated(_read_all, path, name, keys, named_ways, name=name)


def _read_all(path: Path, shown: str, keys: frozenset[str], named_ways: bool) -> OsmContent:
    try:
        require_driver(path, "OSM", shown, layer=LAYERS[0], label="OpenStreetMap")
    except RuntimeError as exc:
        raise ReadError(shown, f"cannot be read as OpenStreetMap: {exc}") from None
    content = OsmContent()
    for layer in LAYERS:
        _read_layer(path, shown, layer, keys, named_ways, content)
    return content


def _read_layer(
    path: Path,
    shown: str,
    layer: str,
    keys: frozenset[str],
    named_ways: bool,
    content: OsmContent,
) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            meta, _, wkbs, columns = read_raw(path, layer=layer)
    except RuntimeError as exc:  # every pyogrio error, e.g. a file cut short
        raise ReadError(shown, f"cannot be read as OpenStreetMap ({layer}): {exc}") from None
    fields = [str(f) for f in meta["fields"]]
    for i, wkb in enumerate(wkbs):
        values = {f: columns[j][i] for j, f in enumerate(fields)}
        tags = parse_other_tags(values.get("other_tags"))
        for column, value in values.items():  # tags the driver gives columns of their own
            if column not in _NOT_TAGS and isinstance(value, str):
                tags[column] = value
        label = tags.get("name")
        if not (keys & tags.keys() or (named_ways and label and layer != "points")):
            continue
        ext_id = _osm_id(layer, values)
        geometry, reason = _decode(wkb)
        if geometry is None:
            if reason is not None:
                content.problems.append(OsmProblem(ext_id, layer, label, tags, reason))
            continue
        content.elements.append(OsmElement(ext_id, layer, label, tags, _single(geometry)))


def _decode(wkb: bytes | None) -> tuple[Geometry | None, str | None]:
    """The element's geometry, or None with the reason it cannot be used; (None, None) for an
    element without any geometry."""
    if wkb is None:
        return None, None
    try:
        geometry = shapely.from_wkb(wkb)
    except shapely.errors.GEOSException as exc:
        text = str(exc).split(": ", 1)[-1]
        if "LinearRing" in text:
            text = (
                "a ring with too few points (its way lost nodes, e.g. cut at the edge of the "
                f"extract): {text}"
            )
        return None, text
    if geometry is None or geometry.is_empty:
        return None, "empty geometry (its nodes are not in the file)"
    return geometry, None


def _osm_id(layer: str, values: dict[str, Any]) -> str:
    if layer == "points":
        return f"node/{values['osm_id']}"
    if layer == "lines":
        return f"way/{values['osm_id']}"
    way = values.get("osm_way_id")
    if way is not None and str(way).strip() not in ("", "nan"):  # closed ways as polygons
        return f"way/{int(way)}"
    return f"relation/{int(values['osm_id'])}"


def _single(geom: Geometry) -> Geometry:
    """A multipolygon of one part (how GDAL returns closed ways) as that part."""
    parts = getattr(geom, "geoms", None)
    return parts[0] if parts is not None and len(parts) == 1 else geom

"""Elements of OpenStreetMap files (PBF or XML) through GDAL's OSM driver: their id, layer,
name, tags and geometry. Which of them are harbour structures is the registry's business
(assets/importers/osm.py and its rules); this module only reads, keeping the elements that
carry one of the tags it is asked about (or a name, for ways), so a large extract does not
cross the process boundary whole.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyogrio
from shapely import Geometry

from geodata.errors import ReadError
from geodata.isolation import isolated
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


def parse_other_tags(value: Any) -> dict[str, str]:
    return dict(_TAG.findall(value)) if isinstance(value, str) else {}


def read_osm(
    path: Path,
    *,
    keys: frozenset[str],
    named_ways: bool = True,
    name: str | None = None,
) -> list[OsmElement]:
    """The elements of an .osm.pbf or .osm file that carry one of the tag ``keys`` (and, with
    ``named_ways``, every named way or area), in file order per layer; read in a child process
    with time and memory limits. ``name`` is how the user called the file."""
    name = name or path.name
    if not path.exists():
        raise ReadError(name, "file not found")
    if not (name.endswith(".osm.pbf") or Path(name).suffix in (".osm", ".pbf")):
        raise ReadError(name, "an OpenStreetMap file ends in .osm.pbf, .pbf or .osm")
    require_format(path, ("OSM-PBF", "OSM-XML"), name=name)
    return isolated(_read_all, path, name, keys, named_ways, name=name)


def _read_all(path: Path, shown: str, keys: frozenset[str], named_ways: bool) -> list[OsmElement]:
    return list(_elements(path, shown, keys, named_ways))


def _elements(
    path: Path, shown: str, keys: frozenset[str], named_ways: bool
) -> Iterator[OsmElement]:
    for layer in LAYERS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                if pyogrio.read_info(path, layer=layer)["driver"] != "OSM":
                    raise ReadError(shown, "GDAL does not read it as OpenStreetMap")
                frame = pyogrio.read_dataframe(path, layer=layer)
        except RuntimeError as exc:  # every pyogrio error, e.g. a file cut short
            raise ReadError(shown, f"cannot be read as OpenStreetMap: {exc}") from None
        for row in frame.itertuples():
            values = row._asdict()
            if row.geometry is None:
                continue
            tags = parse_other_tags(values.get("other_tags"))
            for column, value in values.items():  # tags the driver gives columns of their own
                if column not in _NOT_TAGS and isinstance(value, str):
                    tags[column] = value
            label = tags.get("name")
            if not (keys & tags.keys() or (named_ways and label and layer != "points")):
                continue
            yield OsmElement(
                ext_id=_osm_id(layer, values),
                layer=layer,
                name=label,
                tags=tags,
                geometry=_single(row.geometry),
            )


def _osm_id(layer: str, values: dict[str, Any]) -> str:
    if layer == "points":
        return f"node/{values['osm_id']}"
    if layer == "lines":
        return f"way/{values['osm_id']}"
    way = values.get("osm_way_id")
    if way is not None and way == way:  # closed ways come as polygons with their way id
        return f"way/{int(way)}"
    return f"relation/{int(values['osm_id'])}"


def _single(geom: Geometry) -> Geometry:
    """A multipolygon of one part (how GDAL returns closed ways) as that part."""
    parts = getattr(geom, "geoms", None)
    return parts[0] if parts is not None and len(parts) == 1 else geom

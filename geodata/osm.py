"""Harbour features from OpenStreetMap files (PBF or XML) through GDAL's OSM driver.

Which tags make which facility kind is the table ``RULES`` below (first match wins); a few
structures carry no tag at all but a telling name (Monaco's cruise breakwater is the way
"Digue Croisières"), so names are checked last, and every feature says which rule found it.
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

# (tag, value or None for any value, kind); first match wins.
RULES: list[tuple[str, str | None, str]] = [
    ("man_made", "crane", "crane"),
    ("man_made", "quay", "quay"),
    ("man_made", "breakwater", "breakwater"),
    ("man_made", "groyne", "groin"),
    ("man_made", "dolphin", "dolphin"),
    ("man_made", "pier", "pier"),
    ("seamark:shoreline_construction:category", "breakwater", "breakwater"),
    ("seamark:shoreline_construction:category", "mole", "breakwater"),
    ("seamark:shoreline_construction:category", "groyne", "groin"),
    ("seamark:shoreline_construction:category", "pier", "pier"),
    ("seamark:shoreline_construction:category", "wall", "revetment"),
    ("seamark:shoreline_construction:category", "ramp", "slipway"),
    ("seamark:type", "mooring", "mooring_buoy"),
    ("seamark:type", "harbour", "marina"),
    ("mooring", None, "mooring_buoy"),
    ("leisure", "marina", "marina"),
    ("leisure", "slipway", "slipway"),
]

# Names that identify a structure when no tag does (French, English, Italian, Japanese). Only
# breakwaters: streets are often named after quays ("Quai Antoine Ier"), so quay names are not
# evidence. Features whose tags say they are something else are never matched by name.
NAME_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(digue|breakwater|diga foranea)\b|防波堤", re.I), "breakwater"),
]
NOT_A_STRUCTURE = (
    "highway",
    "building",
    "railway",
    "waterway",
    "amenity",
    "shop",
    "boundary",
    "landuse",
    "place",
    "route",
    "natural",
)

LAYERS = ("points", "lines", "multipolygons")
_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class OsmFeature:
    ext_id: str  # node/123, way/456, relation/789
    kind: str
    name: str | None
    tags: dict[str, str]
    geometry: Geometry
    recognised_by: str


def parse_other_tags(value: Any) -> dict[str, str]:
    return dict(_TAG.findall(value)) if isinstance(value, str) else {}


def classify(tags: dict[str, str], name: str | None, linear: bool = True) -> tuple[str, str] | None:
    """(kind, the rule that found it) for a feature's tags and name, or None. Names are
    evidence only for ways (a node named like a breakwater is a stop or a label on it)."""
    for tag, value, kind in RULES:
        if tag in tags and (value is None or tags[tag] == value):
            if kind == "pier" and tags.get("floating") == "yes":
                return "floating_pier", f"{tag}={tags[tag]} + floating=yes"
            return kind, f"{tag}={tags[tag]}"
    if name and linear and not any(tag in tags for tag in NOT_A_STRUCTURE):
        for pattern, kind in NAME_RULES:
            if pattern.search(name):
                return kind, f"name '{name}' matches /{pattern.pattern}/ (no harbour tag)"
    return None


def read_osm(path: Path, *, name: str | None = None) -> list[OsmFeature]:
    """Harbour features of an .osm.pbf or .osm file, in file order per layer; read in a child
    process with time and memory limits. ``name`` is how the user called the file."""
    name = name or path.name
    if not path.exists():
        raise ReadError(name, "file not found")
    if not (name.endswith(".osm.pbf") or Path(name).suffix in (".osm", ".pbf")):
        raise ReadError(name, "an OpenStreetMap file ends in .osm.pbf, .pbf or .osm")
    require_format(path, ("OSM-PBF", "OSM-XML"), name=name)
    return isolated(_read_all, path, name, name=name)


def _read_all(path: Path, shown: str) -> list[OsmFeature]:
    return list(_features(path, shown))


def _features(path: Path, shown: str) -> Iterator[OsmFeature]:
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
            tags = parse_other_tags(values.get("other_tags"))
            for column in (
                "man_made",
                "leisure",
                "landuse",
                "highway",
                "building",
                "railway",
                "waterway",
                "amenity",
                "natural",
            ):
                if isinstance(values.get(column), str):
                    tags[column] = values[column]
            name = values.get("name") if isinstance(values.get("name"), str) else None
            found = classify(tags, name, linear=layer != "points")
            if found is None or row.geometry is None:
                continue
            kind, rule = found
            yield OsmFeature(
                ext_id=_osm_id(layer, values),
                kind=kind,
                name=name,
                tags=tags,
                geometry=_single(row.geometry),
                recognised_by=rule,
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

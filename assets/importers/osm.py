"""Rows from OpenStreetMap files: the harbour structures among the elements geodata.osm
reads, recognised by the tag and name rules of ``osm_rules.yaml`` (data, not code)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import shapely
import yaml
from shapely import Geometry
from shapely.geometry import box
from shapely.geometry import mapping as to_geojson

from assets.importers import ImportRow
from assets.importers.registry import Batch, Importer, ImportSource, Option
from geodata.osm import read_osm
from kernel.errors import Invalid
from kernel.web import bbox_numbers

RULES_FILE = Path(__file__).with_name("osm_rules.yaml")


@dataclass(frozen=True)
class TagRule:
    tag: str
    value: str | None  # None: any value
    kind: str
    also: tuple[tuple[str, str], ...] = ()  # more tags the element must carry
    nodes_only: bool = False

    def holds(self, tags: dict[str, str], linear: bool) -> bool:
        if self.tag not in tags or (self.value is not None and tags[self.tag] != self.value):
            return False
        if self.nodes_only and linear:
            return False
        return all(tags.get(k) == v for k, v in self.also)

    def describe(self, tags: dict[str, str]) -> str:
        return " + ".join(f"{k}={tags[k]}" for k in (self.tag, *(k for k, _ in self.also)))


@dataclass(frozen=True)
class Rules:
    tags: tuple[TagRule, ...]
    floating: dict[str, str]
    names: tuple[tuple[re.Pattern[str], str], ...]
    not_structures: frozenset[str]

    @property
    def keys(self) -> frozenset[str]:
        """The tags an element needs (or a name) to be worth reading."""
        return frozenset(rule.tag for rule in self.tags)


@lru_cache
def rules() -> Rules:
    data: dict[str, Any] = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return Rules(
        tags=tuple(
            TagRule(
                r["tag"],
                r["value"],
                r["kind"],
                tuple((str(k), str(v)) for k, v in (r.get("with") or {}).items()),
                bool(r.get("nodes_only")),
            )
            for r in data["tags"]
        ),
        floating=data["floating"],
        names=tuple((re.compile(r["pattern"], re.I), r["kind"]) for r in data["names"]),
        not_structures=frozenset(data["not_structures"]),
    )


def classify(tags: dict[str, str], name: str | None, linear: bool = True) -> tuple[str, str] | None:
    """(kind, the rule that found it) for an element's tags and name, or None. Names are
    evidence only for ways (a node named like a breakwater is a stop or a label on it)."""
    table = rules()
    for rule in table.tags:
        if rule.holds(tags, linear):
            floating = table.floating
            if rule.kind == floating["from"] and tags.get(floating["tag"]) == floating["value"]:
                return floating["kind"], (
                    f"{rule.describe(tags)} + {floating['tag']}={floating['value']}"
                )
            return rule.kind, rule.describe(tags)
    if name and linear and not any(tag in tags for tag in table.not_structures):
        for pattern, kind in table.names:
            if pattern.search(name):
                return kind, f"name '{name}' matches /{pattern.pattern}/ (no harbour tag)"
    return None


# tags that say what an element is, to count what was left out by
TELLING = (
    "man_made",
    "seamark:type",
    "waterway",
    "harbour",
    "leisure",
    "mooring",
    "landuse",
    "natural",
    "highway",
    "building",
    "amenity",
    "railway",
    "boundary",
    "place",
)


def left_out_by(tags: dict[str, str]) -> str:
    for key in TELLING:
        if key in tags:
            return f"{key}={tags[key]}"
    return "a named way without a harbour tag"


def osm_rows(
    path: Path,
    bbox: tuple[float, float, float, float] | None = None,
    *,
    name: str | None = None,
    repair: bool = False,
) -> tuple[list[ImportRow], list[str]]:
    """One row per recognised element (whose centroid is inside ``bbox`` when given). An
    element whose geometry is invalid is repaired (``repair``, reported) or becomes an
    invalid row with the reason; one whose geometry cannot be read at all is an invalid row;
    the notes count what was recognised by which rule and what was left out by tag."""
    area = box(*bbox) if bbox else None
    rows: list[ImportRow] = []
    found_by, left_out, notes = Counter[str](), Counter[str](), list[str]()
    content = read_osm(path, keys=rules().keys, named_ways=True, name=name)
    outside = 0
    for number, element in enumerate(content.elements, start=1):
        found = classify(element.tags, element.name, linear=element.linear)
        if found is None:
            left_out[left_out_by(element.tags)] += 1
            continue
        if area is not None and not area.contains(element.geometry.centroid):
            outside += 1
            continue
        kind, rule = found
        geometry, problem = _usable(element.geometry, repair)
        if problem is None and geometry is not element.geometry:
            notes.append(
                f"repaired {element.ext_id} ({element.name or kind}): "
                f"{shapely.is_valid_reason(element.geometry)}"
            )
        rows.append(
            _row(number, element.ext_id, element.tags, element.name, kind, rule, geometry, problem)
        )
        found_by[rule] += 1
    unreadable = Counter[str]()
    for number, bad in enumerate(content.problems, start=len(content.elements) + 1):
        found = classify(bad.tags, bad.name, linear=bad.layer != "points")
        if found is None:
            unreadable[left_out_by(bad.tags)] += 1
            continue
        rows.append(
            _row(
                number, bad.ext_id, bad.tags, bad.name, *found, None, f"{bad.ext_id}: {bad.reason}"
            )
        )
    notes[:0] = [f"{count} recognised by {rule}" for rule, count in sorted(found_by.items())]
    if outside:
        notes.append(f"{outside} recognised outside the bbox, left out")
    if unreadable:
        shown = ", ".join(f"{tag}: {n}" for tag, n in unreadable.most_common())
        notes.append(f"left out, geometry not readable and not a harbour structure: {shown}")
    if left_out:
        shown = ", ".join(f"{tag}: {n}" for tag, n in left_out.most_common(12))
        more = len(left_out) - 12
        notes.append(
            f"left out, not harbour structures by the rules ({sum(left_out.values())}): {shown}"
            + (f" and {more} other tags" if more > 0 else "")
        )
    return rows, notes


def _usable(geometry: Geometry, repair: bool) -> tuple[Geometry | None, str | None]:
    """(the geometry to import, None), or (None, why it cannot be imported)."""
    if shapely.is_valid(geometry):
        return geometry, None
    reason = shapely.is_valid_reason(geometry)
    if not repair:
        return None, (
            f"invalid geometry ({reason}): import with --repair (repair=true) to fix it with "
            "make_valid, or --skip-invalid to leave it out"
        )
    fixed = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
    dims = shapely.get_dimensions(geometry)
    parts = getattr(fixed, "geoms", [fixed])
    kept = [g for g in parts if shapely.get_dimensions(g) == dims and not g.is_empty]
    if not kept:
        return (
            None,
            f"invalid geometry ({reason}) that make_valid cannot keep as a {geometry.geom_type}",
        )
    return (kept[0] if len(kept) == 1 else shapely.union_all(kept)), None


def _row(
    number: int,
    ext_id: str,
    tags: dict[str, str],
    label: str | None,
    kind: str,
    rule: str,
    geometry: Geometry | None,
    problem: str | None,
) -> ImportRow:
    return ImportRow(
        row=number,
        ext_id=ext_id,
        values={
            "kind": kind,
            "name_en": tags.get("name:en") or label,
            "name_ja": tags.get("name:ja"),
            "geometry": to_geojson(geometry) if geometry is not None else None,
            "attributes": {
                "osm_tags": tags,
                "osm_recognised_by": rule,
                **(
                    {"seamark": {k: v for k, v in tags.items() if k.startswith("seamark:")}}
                    if any(k.startswith("seamark:") for k in tags)
                    else {}
                ),
            },
        },
        problem=problem,
    )


def _bbox(value: str | tuple[float, ...] | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        numbers = bbox_numbers(value, sizes=(4,)) if isinstance(value, str) else list(value)
    except ValueError as exc:
        raise Invalid(f"bbox (minLon,minLat,maxLon,maxLat): {exc}", field="bbox") from None
    west, south, east, north = numbers
    return west, south, east, north


def _read(source: ImportSource) -> Batch:
    rows, notes = osm_rows(
        source.path,
        _bbox(source.options.get("bbox")),
        name=source.name,
        repair=bool(source.options.get("repair")),
    )
    return Batch(rows, notes, "osm")


IMPORTER = Importer(
    name="osm",
    summary="OpenStreetMap .osm.pbf or .osm: quays, piers, breakwaters … by their tags",
    suffixes=(".osm.pbf", ".pbf", ".osm"),
    read=_read,
    options=(
        Option("bbox", "minLon,minLat,maxLon,maxLat: keep what lies in it"),
        Option(
            "repair",
            "repair invalid geometries (make_valid), each repair reported; without it they "
            "are invalid rows",
            "flag",
        ),
    ),
    help="The report lists what was recognised by which rule, what was left out by tag, and "
    "every element that was repaired or could not be used, with the reason.",
)

"""Rows from OpenStreetMap files: the harbour structures among the elements geodata.osm
reads, recognised by the tag and name rules of ``osm_rules.yaml`` (data, not code)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from shapely.geometry import box
from shapely.geometry import mapping as to_geojson

from assets.importers import ImportRow
from assets.importers.registry import Batch, Importer, ImportSource
from geodata.osm import OsmElement, read_osm

RULES_FILE = Path(__file__).with_name("osm_rules.yaml")


@dataclass(frozen=True)
class Rules:
    tags: tuple[tuple[str, str | None, str], ...]  # (tag, value or None for any, kind)
    floating: dict[str, str]
    names: tuple[tuple[re.Pattern[str], str], ...]
    not_structures: frozenset[str]

    @property
    def keys(self) -> frozenset[str]:
        """The tags an element needs (or a name) to be worth reading."""
        return frozenset(tag for tag, _, _ in self.tags)


@lru_cache
def rules() -> Rules:
    data: dict[str, Any] = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return Rules(
        tags=tuple((r["tag"], r["value"], r["kind"]) for r in data["tags"]),
        floating=data["floating"],
        names=tuple((re.compile(r["pattern"], re.I), r["kind"]) for r in data["names"]),
        not_structures=frozenset(data["not_structures"]),
    )


def classify(tags: dict[str, str], name: str | None, linear: bool = True) -> tuple[str, str] | None:
    """(kind, the rule that found it) for an element's tags and name, or None. Names are
    evidence only for ways (a node named like a breakwater is a stop or a label on it)."""
    table = rules()
    for tag, value, kind in table.tags:
        if tag in tags and (value is None or tags[tag] == value):
            floating = table.floating
            if kind == floating["from"] and tags.get(floating["tag"]) == floating["value"]:
                return floating[
                    "kind"
                ], f"{tag}={tags[tag]} + {floating['tag']}={floating['value']}"
            return kind, f"{tag}={tags[tag]}"
    if name and linear and not any(tag in tags for tag in table.not_structures):
        for pattern, kind in table.names:
            if pattern.search(name):
                return kind, f"name '{name}' matches /{pattern.pattern}/ (no harbour tag)"
    return None


def osm_rows(
    path: Path,
    bbox: tuple[float, float, float, float] | None = None,
    *,
    name: str | None = None,
) -> tuple[list[ImportRow], list[str]]:
    """One row per recognised element (whose centroid is inside ``bbox`` when given)."""
    area = box(*bbox) if bbox else None
    rows, found_by = [], Counter[str]()
    elements: list[OsmElement] = read_osm(path, keys=rules().keys, named_ways=True, name=name)
    for number, element in enumerate(elements, start=1):
        found = classify(element.tags, element.name, linear=element.linear)
        if found is None:
            continue
        if area is not None and not area.contains(element.geometry.centroid):
            continue
        kind, rule = found
        tags = element.tags
        rows.append(
            ImportRow(
                row=number,
                ext_id=element.ext_id,
                values={
                    "kind": kind,
                    "name_en": tags.get("name:en") or element.name,
                    "name_ja": tags.get("name:ja"),
                    "geometry": to_geojson(element.geometry),
                    "attributes": {"osm_tags": tags, "osm_recognised_by": rule},
                },
            )
        )
        found_by[rule] += 1
    notes = [f"{count} recognised by {rule}" for rule, count in sorted(found_by.items())]
    return rows, notes


def _read(source: ImportSource) -> Batch:
    rows, notes = osm_rows(source.path, source.options.get("bbox"), name=source.name)
    return Batch(rows, notes, "osm")


IMPORTER = Importer(
    name="osm",
    summary="OpenStreetMap .osm.pbf or .osm: quays, piers, breakwaters … by their tags",
    suffixes=(".osm.pbf", ".pbf", ".osm"),
    read=_read,
)

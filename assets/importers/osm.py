"""Rows from OpenStreetMap files: harbour structures recognised by ``geodata.osm``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from shapely.geometry import box
from shapely.geometry import mapping as to_geojson

from assets.importers import ImportRow
from geodata.osm import read_osm


def osm_rows(
    path: Path,
    bbox: tuple[float, float, float, float] | None = None,
    *,
    name: str | None = None,
) -> tuple[list[ImportRow], list[str]]:
    """One row per recognised feature (whose centroid is inside ``bbox`` when given)."""
    area = box(*bbox) if bbox else None
    rows, rules = [], Counter[str]()
    for number, feature in enumerate(read_osm(path, name=name), start=1):
        if area is not None and not area.contains(feature.geometry.centroid):
            continue
        tags = feature.tags
        rows.append(
            ImportRow(
                row=number,
                ext_id=feature.ext_id,
                values={
                    "kind": feature.kind,
                    "name_en": tags.get("name:en") or feature.name,
                    "name_ja": tags.get("name:ja"),
                    "geometry": to_geojson(feature.geometry),
                    "attributes": {"osm_tags": tags, "osm_recognised_by": feature.recognised_by},
                },
            )
        )
        rules[feature.recognised_by] += 1
    notes = [f"{count} recognised by {rule}" for rule, count in sorted(rules.items())]
    return rows, notes

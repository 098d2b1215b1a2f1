"""Rows from generic vector files (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, CSV).

A mapping says which column holds the id, the ledger number, the names … and which values are
constant for the whole file (``kind: breakwater``); columns it does not name are kept in the
facility's attributes. As a YAML file::

    id: OBJECTID
    fields: {ledger_no: KANRI_NO, name_ja: MEISHO, crown_height_m: TENBA}
    constants: {kind: quay, crown_height_datum: DL}
    crest_profile: {csv: "{stem}.csv", datum: MSL}   # optional lon,lat,z beside each file
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import yaml
from shapely.geometry import mapping as to_geojson

from assets.importers import ImportRow
from assets.models import FACILITY_SPEC_COLUMNS
from geodata.readers import ReadError

MAPPABLE = set(FACILITY_SPEC_COLUMNS)
HEIGHTS = ("design_depth", "crown_height")


@dataclass
class Mapping:
    id_field: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    constants: dict[str, Any] = field(default_factory=dict)
    crest_csv: str | None = None
    crest_datum: str | None = None

    @classmethod
    def from_yaml(cls, path: Path) -> Mapping:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        crest = data.get("crest_profile") or {}
        out = cls(
            id_field=data.get("id"),
            fields=data.get("fields") or {},
            constants=data.get("constants") or {},
            crest_csv=crest.get("csv"),
            crest_datum=crest.get("datum"),
        )
        out.check(str(path))
        return out

    def check(self, where: str) -> None:
        unknown = (set(self.fields) | set(self.constants)) - MAPPABLE
        if unknown:
            raise ReadError(
                where,
                f"mapping names unknown fields {sorted(unknown)}; "
                f"mappable: {', '.join(sorted(MAPPABLE))}",
            )
        if self.crest_csv and not self.crest_datum:
            raise ReadError(where, "crest_profile needs the vertical datum of its z values")


def _plain(value: Any) -> Any:
    """A JSON-safe Python value from a pandas cell (NaN and NaT become None)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, datetime | date | pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _crest_profile(path: Path, mapping: Mapping) -> dict[str, Any]:
    assert mapping.crest_csv is not None
    csv = path.parent / mapping.crest_csv.format(stem=path.stem)
    if not csv.exists():
        raise ReadError(path, f"crest profile {csv.name} not found beside it")
    table = pd.read_csv(csv)
    if "z" not in table:
        raise ReadError(csv, "a crest profile needs a z column")
    z = pd.to_numeric(table["z"], errors="coerce").dropna()
    if z.empty:
        raise ReadError(csv, "no numeric z values")
    return {
        "crown_height_m": round(float(z.max()), 3),
        "crown_height_datum": mapping.crest_datum,
        "attributes": {
            "crest_min_m": round(float(z.min()), 3),
            "crest_mean_m": round(float(z.mean()), 3),
            "crest_profile_points": len(z),
            "crest_profile_file": csv.name,
        },
    }


def vector_rows(
    path: Path, frame: gpd.GeoDataFrame, mapping: Mapping
) -> tuple[list[ImportRow], list[str]]:
    """Import rows of a read file, in EPSG:4326, with the notes the report should carry."""
    notes = []
    missing = [c for c in [mapping.id_field, *mapping.fields.values()] if c and c not in frame]
    if missing:
        raise ReadError(
            path,
            f"mapped columns not in the file: {missing}; "
            f"columns are: {', '.join(c for c in frame.columns if c != 'geometry')}",
        )
    if mapping.id_field is None:
        notes.append(
            "no id column given: features are identified by their position in the "
            "file, so re-import the same file, not a reordered one"
        )
    frame = frame.to_crs(4326) if frame.crs.to_epsg() != 4326 else frame
    crest = _crest_profile(path, mapping) if mapping.crest_csv else None
    used = {mapping.id_field, *mapping.fields.values(), "geometry"}
    rows = []
    for number, (_, feature) in enumerate(frame.iterrows(), start=1):
        values: dict[str, Any] = dict(mapping.constants)
        for target, column in mapping.fields.items():
            values[target] = _plain(feature[column])
        attributes = {c: _plain(feature[c]) for c in frame.columns if c not in used}
        if crest:
            values.update({k: v for k, v in crest.items() if k != "attributes"})
            attributes.update(crest["attributes"])
        for name in HEIGHTS:
            value, datum = values.pop(f"{name}_m", None), values.pop(f"{name}_datum", None)
            if value is not None:
                values[name] = {"value": value, "datum": datum}
        geom = feature.geometry
        values["geometry"] = None if geom is None else to_geojson(geom)
        values["attributes"] = {k: v for k, v in attributes.items() if v is not None}
        ext_id = str(_plain(feature[mapping.id_field])) if mapping.id_field else str(number)
        rows.append(ImportRow(row=number, ext_id=ext_id, values=values))
    return rows, notes

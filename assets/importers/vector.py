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
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import yaml
from shapely import from_wkb
from shapely.geometry import mapping as to_geojson
from shapely.geometry import shape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assets.importers import ImportRow
from assets.importers.registry import Batch, Importer, ImportSource, Option
from assets.models import FACILITY_SPEC_COLUMNS, Facility, FacilityExternalId
from assets.ports import resolve_port
from geodata.readers import ReadError, read_vector
from geodata.sniff import require_format
from kernel.auth.service import Principal
from kernel.errors import Invalid

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
    def from_text(cls, text: str, where: str) -> Mapping:
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ReadError(where, f"the mapping is not YAML ({exc})") from None
        if not isinstance(data, dict):
            raise ReadError(where, "the mapping must be a YAML mapping (id:, fields:, constants:)")
        crest = data.get("crest_profile") or {}
        out = cls(
            id_field=data.get("id"),
            fields=data.get("fields") or {},
            constants=data.get("constants") or {},
            crest_csv=crest.get("csv"),
            crest_datum=crest.get("datum"),
        )
        out.check(where)
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
    """Crest heights from the lon,lat,z CSV beside ``path`` (only there: the pattern may not
    lead out of the file's folder)."""
    assert mapping.crest_csv is not None
    wanted = mapping.crest_csv.replace("{stem}", path.stem)
    if "{" in wanted or "}" in wanted:
        raise ReadError(path, f"crest_csv '{mapping.crest_csv}': only {{stem}} may be filled in")
    csv = path.parent / wanted
    if Path(wanted).name != wanted or csv.is_symlink():
        raise ReadError(path, f"crest profile '{wanted}' must be a file beside it, by name")
    if not csv.is_file():
        raise ReadError(path, f"crest profile {csv.name} not found beside it")
    require_format(csv, ("CSV",))
    try:
        table = pd.read_csv(csv)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReadError(csv, f"not a readable CSV ({exc})") from None
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


def dataset_namespace(
    session: Session, who: Principal, port_ref: str, rows: list[ImportRow], stem: str
) -> tuple[str, str | None]:
    """The external-id namespace of a vector file imported without ``source``: the dataset
    already in the port whose features these rows are (same id, and the same geometry or
    name, for at least half of them), whatever the file is called now; else ``file:<stem>``.
    Returns the namespace and, when an earlier dataset was recognised, a note saying so."""
    default = f"file:{stem}"
    if not rows:
        return default, None
    port = resolve_port(session, who, port_ref)
    by_id = {r.ext_id: r for r in rows}
    matches = session.execute(
        select(
            FacilityExternalId.source,
            FacilityExternalId.ext_id,
            Facility.name_en,
            func.ST_AsBinary(Facility.geom),
        )
        .join(
            Facility,
            (Facility.port_id == FacilityExternalId.port_id)
            & (Facility.id == FacilityExternalId.facility_id),
        )
        .where(
            FacilityExternalId.port_id == port.id,
            FacilityExternalId.source.like("file:%"),
            FacilityExternalId.ext_id.in_(list(by_id)),
            Facility.deleted_at.is_(None),
        )
    ).all()
    counts: dict[str, int] = {}
    for source, ext_id, name_en, wkb in matches:
        row = by_id[ext_id]
        same_name = name_en is not None and name_en == row.values.get("name_en")
        same_place = False
        if wkb is not None and row.values.get("geometry"):
            try:
                same_place = from_wkb(bytes(wkb)).equals_exact(shape(row.values["geometry"]), 1e-7)
            except (ValueError, TypeError, AttributeError):
                same_place = False
        if same_name or same_place:
            counts[source] = counts.get(source, 0) + 1
    if not counts:
        return default, None
    best, hits = max(counts.items(), key=lambda kv: kv[1])
    if best == default or hits * 2 < len(rows):
        return default, None
    return best, (
        f"recognised as the dataset imported before as '{best.removeprefix('file:')}' "
        f"({hits} of {len(rows)} features match by id and geometry or name): updated, not "
        "duplicated; give a source to import it as a new dataset"
    )


def mapping_of(options: dict[str, Any]) -> Mapping:
    """The mapping the options give: a mapping (YAML text, or a :class:`Mapping` from code),
    then the single options on top of it."""
    given = options.get("mapping") or Mapping()
    # a copy: the options below must not change a Mapping the caller keeps
    mapping = Mapping.from_text(given, "mapping") if isinstance(given, str) else deepcopy(given)
    pairs = options.get("field") or []
    bad = [p for p in pairs if "=" not in p]
    if bad:
        raise Invalid(f"field '{bad[0]}' is not TARGET=COLUMN", field="field")
    mapping.fields.update(dict(p.split("=", 1) for p in pairs))
    if options.get("kind"):
        mapping.constants["kind"] = options["kind"]
    mapping.id_field = options.get("id_field") or mapping.id_field
    mapping.crest_csv = options.get("crest_csv") or mapping.crest_csv
    mapping.crest_datum = options.get("crest_datum") or mapping.crest_datum
    mapping.check("mapping")
    return mapping


def _read(source: ImportSource) -> Batch:
    mapping = mapping_of(source.options)
    frame = read_vector(source.path, name=source.name, crs=source.options.get("crs"))
    rows, notes = vector_rows(source.path, frame, mapping)
    namespace, found = dataset_namespace(
        source.session, source.who, source.port, rows, Path(source.name).stem
    )
    return Batch(rows, [*notes, found] if found else notes, namespace)


IMPORTER = Importer(
    name="vector",
    summary="GeoJSON, GeoPackage, Shapefile, FlatGeobuf or CSV (lon/lat or WKT)",
    suffixes=(".shp", ".gpkg", ".fgb", ".geojson", ".json", ".csv"),
    read=_read,
    options=(
        Option(
            "mapping", "YAML mapping of columns (id:, fields:, constants:, crest_profile:)", "file"
        ),
        Option("id_field", "column identifying each feature"),
        Option("field", "TARGET=COLUMN, e.g. ledger_no=KANRI_NO (repeatable)", "list"),
        Option("kind", "facility kind of every feature", max_length=64),
        Option("crs", "CRS when the file has none, e.g. EPSG:6677", max_length=64),
        Option(
            "crest_csv", "lon,lat,z crest profile beside each file (in the zip), e.g. '{stem}.csv'"
        ),
        Option(
            "crest_datum", "vertical datum of the crest profile's z values, e.g. MSL", max_length=32
        ),
    ),
)

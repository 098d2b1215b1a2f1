"""Exporting facilities: GeoJSON (RFC 7946), GeoPackage, FlatGeobuf, GeoParquet 1.1, CSV, XLSX.

The rows are those the caller may read, narrowed by the same filter as the facility list.
Formats that carry a CRS can be written in the port's metric CRS (a JGD2011 plane rectangular
zone in Japan); GeoJSON is always longitude/latitude (RFC 7946), and CSV/XLSX carry WKT in
EPSG:4326.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
from sqlalchemy import and_, cast, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session
from sqlalchemy.types import Text

from assets.facilities import FacilityFilter, facility_conditions, scope_port_ids
from assets.models import FACILITY_SPEC_COLUMNS, Facility, Port
from kernel.auth.service import Principal
from kernel.errors import Invalid


@dataclass(frozen=True)
class ExportFormat:
    name: str
    suffix: str
    media_type: str
    carries_crs: bool


FORMATS = {
    f.name: f
    for f in (
        ExportFormat("geojson", ".geojson", "application/geo+json", False),
        ExportFormat("gpkg", ".gpkg", "application/geopackage+sqlite3", True),
        ExportFormat("fgb", ".fgb", "application/flatgeobuf", True),
        ExportFormat("parquet", ".parquet", "application/vnd.apache.parquet", True),
        ExportFormat("csv", ".csv", "text/csv", False),
        ExportFormat(
            "xlsx",
            ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            False,
        ),
    )
}

COLUMNS = ["category", *FACILITY_SPEC_COLUMNS, "version", "updated_at"]


def facilities_frame(session: Session, who: Principal, flt: FacilityFilter) -> gpd.GeoDataFrame:
    """The facilities the caller can read, as a GeoDataFrame in EPSG:4326."""
    port_ids = scope_port_ids(who, session, flt)
    cond = [*facility_conditions(flt), Facility.deleted_at.is_(None)]
    if flt.ids:
        cond.append(Facility.id.in_(list(flt.ids)))
    if port_ids is not None:
        cond.append(Facility.port_id.in_(port_ids))
    query = (
        select(
            cast(Facility.id, Text).label("id"),
            Port.code.label("port_code"),
            *(getattr(Facility, c) for c in COLUMNS),
            cast(cast(Facility.attributes, JSONB), Text).label("attributes"),
            func.ST_AsBinary(Facility.geom).label("geometry"),
        )
        .join(Port, Port.id == Facility.port_id)
        .where(and_(*cond))
        .order_by(Port.code, Facility.ledger_no, Facility.id)
    )
    rows = session.execute(query).mappings().all()
    table = pd.DataFrame(
        [dict(r) for r in rows], columns=["id", "port_code", *COLUMNS, "attributes", "geometry"]
    )
    geometry = gpd.GeoSeries.from_wkb([bytes(g) for g in table.pop("geometry")], crs=4326)
    return gpd.GeoDataFrame(table, geometry=geometry, crs=4326)


def metric_epsg(session: Session, who: Principal, flt: FacilityFilter) -> int:
    ids = scope_port_ids(who, session, flt)
    if flt.port is None or not ids:
        raise Invalid("the metric CRS is per port: give the port", field="port")
    return int(session.scalar(select(Port.metric_epsg).where(Port.id == ids[0])) or 0)


def export_facilities(
    session: Session,
    who: Principal,
    flt: FacilityFilter,
    fmt: str,
    target: Path,
    *,
    metric: bool = False,
) -> Path:
    """Write the facilities to ``target`` in ``fmt``; returns the path written."""
    if fmt not in FORMATS:
        raise Invalid(f"unknown export format '{fmt}'; one of {', '.join(FORMATS)}", field="format")
    spec = FORMATS[fmt]
    frame = facilities_frame(session, who, flt)
    if metric:
        if not spec.carries_crs:
            raise Invalid(
                f"{fmt} is always in longitude/latitude; the metric CRS is offered "
                "for gpkg, fgb and parquet",
                field="crs",
            )
        frame = frame.to_crs(metric_epsg(session, who, flt))
    _write(frame, fmt, target)
    return target


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["updated_at"] = out["updated_at"].map(lambda t: t.isoformat() if t is not None else None)
    return out


def _write(frame: gpd.GeoDataFrame, fmt: str, target: Path) -> None:
    if fmt == "geojson":
        _as_text(frame).to_file(target, driver="GeoJSON", engine="pyogrio", RFC7946="YES")
    elif fmt == "gpkg":
        frame.to_file(
            target, driver="GPKG", engine="pyogrio", layer="facilities", geometry_type="Unknown"
        )
    elif fmt == "fgb":
        frame.to_file(target, driver="FlatGeobuf", engine="pyogrio", geometry_type="Unknown")
    elif fmt == "parquet":
        frame.to_parquet(target, schema_version="1.1.0", write_covering_bbox=True)
    else:
        table = pd.DataFrame(_as_text(frame).drop(columns="geometry"))
        table["wkt"] = frame.geometry.to_wkt()
        if fmt == "csv":
            table.to_csv(target, index=False)
        else:
            table.to_excel(target, index=False, sheet_name="facilities")


def export_to_temp(
    session: Session, who: Principal, flt: FacilityFilter, fmt: str, *, metric: bool = False
) -> tuple[Path, ExportFormat]:
    if fmt not in FORMATS:
        raise Invalid(f"unknown export format '{fmt}'; one of {', '.join(FORMATS)}", field="format")
    folder = Path(tempfile.mkdtemp(prefix="porttwin-export-"))
    target = folder / f"facilities{FORMATS[fmt].suffix}"
    return export_facilities(session, who, flt, fmt, target, metric=metric), FORMATS[fmt]

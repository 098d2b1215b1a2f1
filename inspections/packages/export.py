"""Exporting a field package: the facilities to inspect, chosen by id or by port, ledger
number, kind and overdue inspections, as one zip (``package.json``, ``form.xlsx``,
``facilities.gpkg`` with ``project.qgz`` for QField, ``README.txt``)."""

from __future__ import annotations

import io
import json
import tempfile
import uuid
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import geopandas as gpd
from geoalchemy2.shape import to_shape
from shapely import from_wkb, get_parts
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assets.basemap import BasemapFeature
from assets.codelists import label, read_codelists
from assets.models import Component, Facility, Port
from assets.ports import resolve_port
from geodata.qgis_project import to_qgz
from inspections.catalog import Catalog, catalog_for, not_inspected_reasons
from inspections.condition import latest_record
from inspections.coverage import live_components, required_units
from inspections.labels import inspection_type_label
from inspections.models import INSPECTION_TYPES, FacilityCondition, Finding
from inspections.packages.form import FORMAT_VERSION, README, write_form
from inspections.packages.qfield import (
    GPKG,
    PROJECT,
    field_project,
    write_basemap,
    write_geopackage,
)
from inspections.schedules import overdue as overdue_rows
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.ids import new_id
from kernel.lookup import readable

MAX_FACILITIES = 500


def select_facilities(
    session: Session,
    who: Principal,
    port: str,
    *,
    ledger_nos: list[str] | None = None,
    kinds: list[str] | None = None,
    overdue: bool = False,
) -> list[uuid.UUID]:
    """Live facilities of a port the caller reads: those with the given ledger numbers (each
    must exist), of the given kinds, and (``overdue``) whose periodic inspection is overdue."""
    found = resolve_port(session, who, port)
    query = select(Facility.id, Facility.ledger_no).where(
        Facility.port_id == found.id, Facility.deleted_at.is_(None)
    )
    if ledger_nos:
        query = query.where(Facility.ledger_no.in_(ledger_nos))
    if kinds:
        query = query.where(Facility.kind.in_(kinds))
    rows = session.execute(query.order_by(Facility.ledger_no, Facility.id)).all()
    if ledger_nos:
        missing = sorted(set(ledger_nos) - {ledger for _, ledger in rows})
        if missing:
            raise Invalid(
                f"port {found.code} has no live facility with ledger number {', '.join(missing)}",
                field="ledger_nos",
            )
    ids = [fid for fid, _ in rows]
    if overdue:
        late = {r.facility_id for r in overdue_rows(session, who, found.code)}
        ids = [fid for fid in ids if fid in late]
    if not ids:
        raise Invalid(f"no facility of port {found.code} matches the choice", field="port")
    return ids


def export_package(
    session: Session,
    who: Principal,
    facility_ids: list[uuid.UUID],
    inspection_type: str = "general_periodic",
) -> tuple[uuid.UUID, bytes]:
    """(package id, zip bytes) for the given facilities of the caller's ports."""
    if not facility_ids:
        raise Invalid("choose at least one facility", field="facility_ids")
    if len(facility_ids) > MAX_FACILITIES:
        raise Invalid(f"at most {MAX_FACILITIES} facilities in one package", field="facility_ids")
    if inspection_type not in INSPECTION_TYPES:
        raise Invalid(
            f"'{inspection_type}' is not an inspection type ({', '.join(INSPECTION_TYPES)})",
            field="inspection_type",
        )
    package_id = new_id()
    chosen: list[tuple[Facility, Catalog]] = []
    rows: list[dict[str, Any]] = []
    previous_points: list[dict[str, Any]] = []
    for facility_id in dict.fromkeys(facility_ids):
        facility = readable(session, who, Facility, facility_id, what=f"facility {facility_id}")
        who.require("inspection.write", facility.port_id, "facility")
        catalog = catalog_for(facility.kind, facility.structure_type)
        if catalog is None:
            raise Invalid(
                f"facility {facility.ledger_no or facility.id} ({facility.kind}) has no "
                "inspection catalog; set its structure type",
                field="facility_ids",
            )
        chosen.append((facility, catalog))
        previous = _previous(session, facility, previous_points)
        rows += _rows(session, facility, catalog, previous)
    ports = {
        p.id: p
        for p in session.scalars(select(Port).where(Port.id.in_({f.port_id for f, _ in chosen})))
    }
    zone = ports[chosen[0][0].port_id].time_zone
    measurements = sorted({m for _, c in chosen for i in c.items for m in i.measurements})
    manifest = {
        "format_version": FORMAT_VERSION,
        "package_id": str(package_id),
        "inspection_type": inspection_type,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "created_by": who.name,
        "time_zone": zone,
        "facilities": [
            {"id": str(f.id), "ledger_no": f.ledger_no, "catalog_id": c.id} for f, c in chosen
        ],
        "measurements": measurements,
    }
    inspections = [
        {
            "facility_id": str(f.id),
            "ledger_no": f.ledger_no,
            "facility_name": f.name_ja or f.name_en,
            "inspection_type": inspection_type_label(inspection_type),
        }
        for f, _ in chosen
    ]
    readme = README.format(
        package_id=package_id,
        inspection=inspection_type_label(inspection_type),
        facilities=", ".join(f.ledger_no or str(f.id) for f, _ in chosen),
        created=datetime.now(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M"),
        zone=zone,
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("package.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        zf.writestr("README.txt", readme)
        zf.writestr(
            "form.xlsx",
            write_form(rows, inspections, measurements, [c for _, c in chosen], readme),
        )
        gpkg, project = _tablet_files(
            session,
            chosen,
            rows,
            inspections,
            measurements,
            previous_points,
            f"Port Twin {inspection_type_label(inspection_type)} {package_id}",
        )
        zf.writestr(GPKG, gpkg)
        zf.writestr(PROJECT, project)
        zf.writestr("photos/.keep", "")
    return package_id, buffer.getvalue()


def _previous(
    session: Session, facility: Facility, points: list[dict[str, Any]]
) -> dict[tuple[str, str], tuple[str, date]]:
    """The grade each item and span had at the facility's last complete inspection (also
    added to ``points``, for the GeoPackage)."""
    previous: dict[tuple[str, str], tuple[str, date]] = {}
    last = latest_record(session, facility.port_id, facility.id)
    if last is None:
        return previous
    for f in session.scalars(
        select(Finding).where(Finding.port_id == last.port_id, Finding.inspection_id == last.id)
    ):
        grade = f.effective_grade
        if grade is None:
            continue
        previous[f.item_code, f.span] = (grade, last.started_on)
        points.append(
            {
                "facility_id": str(facility.id),
                "item": f.item_code,
                "span": f.span,
                "grade": grade,
                "date": last.started_on.isoformat(),
                "geometry": to_shape(f.location)
                if f.location is not None
                else to_shape(facility.geom).representative_point(),
            }
        )
    return previous


def _rows(
    session: Session,
    facility: Facility,
    catalog: Catalog,
    previous: dict[tuple[str, str], tuple[str, date]],
) -> list[dict[str, Any]]:
    """One form row per unit the catalogue requires of the facility."""
    items = {i.code: i for i in catalog.items}
    rows = []
    for unit in required_units(catalog, live_components(session, facility)):
        item = items[unit.item_code]
        grade, day = previous.get(unit.key, (None, None))
        rows.append(
            {
                "row_key": f"{facility.id}|{unit.component_id or unit.component_type}|"
                f"{unit.item_code}",
                "facility_id": str(facility.id),
                "component_id": str(unit.component_id) if unit.component_id else "",
                "component_type": unit.component_type,
                "item_code": unit.item_code,
                "ledger_no": facility.ledger_no,
                "facility_name": facility.name_ja or facility.name_en,
                "component": label("component_type", unit.component_type),
                "span": unit.span,
                "item_name": f"{item.name_ja} / {item.name_en}",
                "item_class": item.item_class,
                "previous_grade": grade,
                "previous_date": day.isoformat() if day else None,
            }
        )
    return rows


def _tablet_files(
    session: Session,
    facilities: list[tuple[Facility, Catalog]],
    rows: list[dict[str, Any]],
    heads: list[dict[str, Any]],
    measurements: list[str],
    previous: list[dict[str, Any]],
    title: str,
) -> tuple[bytes, bytes]:
    """(``facilities.gpkg``, ``project.qgz``): the layers and the QField project over them
    (:mod:`.qfield`). Each finding row is placed on its component, or its facility."""
    ids = [f.id for f, _ in facilities]
    members = session.scalars(
        select(Component).where(Component.facility_id.in_(ids), Component.deleted_at.is_(None))
    ).all()
    conditions = {
        c.facility_id: c
        for c in session.scalars(
            select(FacilityCondition).where(FacilityCondition.facility_id.in_(ids))
        )
    }
    shapes = {f.id: to_shape(f.geom) for f, _ in facilities}
    member_points = {
        str(c.id): to_shape(c.geom).representative_point() for c in members if c.geom is not None
    }
    spans: dict[str, list[str]] = {}
    for row in rows:
        spans.setdefault(row["facility_id"], [])
        if row["span"] not in spans[row["facility_id"]]:
            spans[row["facility_id"]].append(row["span"])
    placed = [
        row
        | {
            "geometry": member_points.get(row["component_id"])
            or _at_span(
                shapes[uuid.UUID(row["facility_id"])],
                spans[row["facility_id"]].index(row["span"]),
                len(spans[row["facility_id"]]),
            )
        }
        for row in rows
    ]
    facility_rows = []
    for f, c in facilities:
        condition = conditions.get(f.id)
        facility_rows.append(
            {
                "id": str(f.id),
                "ledger_no": f.ledger_no,
                "name_ja": f.name_ja,
                "name_en": f.name_en,
                "kind": f.kind,
                "kind_label": label("facility_kind", f.kind),
                "catalog_id": c.id,
                "grade": condition.final_grade if condition else None,
                "last_inspected_on": condition.inspected_on.isoformat()
                if condition and condition.inspected_on
                else None,
                "geometry": shapes[f.id],
            }
        )
    component_rows = [
        {
            "id": str(c.id),
            "facility_id": str(c.facility_id),
            "component_type": c.component_type,
            "component": label("component_type", c.component_type),
            "span": c.span,
        }
        for c in members
    ]
    west, south, east, north = gpd.GeoSeries(list(shapes.values())).total_bounds
    around = _basemap_around(
        session, {f.port_id for f, _ in facilities}, (west, south, east, north)
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / GPKG
        kinds = write_geopackage(
            path, facility_rows, component_rows, placed, heads, measurements, previous
        )
        basemap = write_basemap(path, around)
        project = field_project(
            title,
            kinds,
            measurements,
            not_inspected_reasons(),
            [str(c["code"]) for c in read_codelists()["vertical_datum"]["codes"]],
            (float(west), float(south), float(east), float(north)),
            last_findings=bool(previous),
            basemap=basemap,
        )
        return path.read_bytes(), to_qgz(project)


def _at_span(shape: BaseGeometry, index: int, count: int) -> Point:
    """Where span ``index`` of ``count`` lies when spans have no geometry of their own: in
    the middle of its share of the facility's line (or outline), so an inspector finds a
    span's rows in their order along the quay rather than all on one point."""
    if shape.geom_type == "Point":
        return shape
    lines = [
        part.exterior if part.geom_type == "Polygon" else part
        for part in get_parts(shape)
        if part.geom_type in ("LineString", "Polygon")
    ]
    if not lines:
        return shape.representative_point()
    line = max(lines, key=lambda part: part.length)
    return line.interpolate((index + 0.5) / count, normalized=True)


BASEMAP_MARGIN_DEG = 0.005  # about 400–550 m around the package's facilities


def _basemap_around(
    session: Session, port_ids: set[uuid.UUID], bounds: tuple[float, float, float, float]
) -> list[dict[str, Any]]:
    """The ports' offline basemap (when one was imported) cut around the facilities, for
    the tablet: land, water, buildings, roads, coastline."""
    west, south, east, north = bounds
    frame = func.ST_MakeEnvelope(
        west - BASEMAP_MARGIN_DEG,
        south - BASEMAP_MARGIN_DEG,
        east + BASEMAP_MARGIN_DEG,
        north + BASEMAP_MARGIN_DEG,
        4326,
    )
    rows = session.execute(
        select(
            BasemapFeature.layer,
            BasemapFeature.kind,
            BasemapFeature.name,
            func.ST_AsBinary(func.ST_Intersection(BasemapFeature.geom, frame)),
        ).where(
            BasemapFeature.port_id.in_(port_ids),
            BasemapFeature.geom.op("&&")(frame),
        )
    ).all()
    out = []
    for layer, kind, name, wkb in rows:
        shape = from_wkb(bytes(wkb))
        if not shape.is_empty:
            out.append({"layer": layer, "kind": kind, "name": name, "geometry": shape})
    return out

"""Checks shared by the registry services: code-list values, geometry input, history reads."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from geoalchemy2.elements import WKBElement
from geoalchemy2.shape import from_shape, to_shape
from shapely import Geometry
from shapely.geometry import mapping, shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.codelists import code_table, read_codelists
from assets.models import RegistryHistory
from assets.schemas import Code, CodeList, HistoryEntry
from geodata.geometry import GeometryError, geometry_from_geojson
from kernel.errors import Invalid, NotFound


def check_code(session: Session, list_name: str, value: str | None, field: str) -> None:
    """Refuse a value that is not in the code list, naming the field and some valid codes."""
    if value is None:
        return
    table = code_table(list_name)
    if session.scalar(select(table.c.code).where(table.c.code == value)) is None:
        codes = [str(c["code"]) for c in read_codelists()[list_name]["codes"]]
        raise Invalid(
            f"unknown {field} '{value}'; expected one of: {', '.join(codes)}",
            field=field,
        )


def code_extra(session: Session, list_name: str, code: str) -> dict[str, Any]:
    table = code_table(list_name)
    return dict(session.scalar(select(table.c.extra).where(table.c.code == code)) or {})


def parse_geometry(obj: dict[str, Any], crs: int | None, field: str = "geometry") -> WKBElement:
    """GeoJSON input (in ``crs``) as a storable EPSG:4326 value, or Invalid with the reason."""
    try:
        geom = geometry_from_geojson(obj, crs)
    except GeometryError as exc:
        raise Invalid(str(exc), field=field, location=exc.location) from exc
    return from_shape(geom, srid=4326)


def as_shape(value: Any) -> Geometry | None:
    """A stored geometry (WKB element, or GeoJSON from a history row) as a shapely geometry."""
    if value is None:
        return None
    if isinstance(value, WKBElement):
        return to_shape(value)
    return shape({k: v for k, v in value.items() if k != "crs"})


def as_geojson(value: Any) -> dict[str, Any] | None:
    geom = as_shape(value)
    return None if geom is None else dict(mapping(geom))


def history_of(session: Session, entity: str, entity_id: uuid.UUID) -> list[RegistryHistory]:
    return list(
        session.scalars(
            select(RegistryHistory)
            .where(RegistryHistory.entity == entity, RegistryHistory.entity_id == entity_id)
            .order_by(RegistryHistory.valid_from)
        )
    )


def history_entries(rows: list[RegistryHistory]) -> list[HistoryEntry]:
    return [
        HistoryEntry(
            version=r.version,
            op=r.op,
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            actor=r.actor,
            data=r.data,
        )
        for r in rows
    ]


def version_at(
    session: Session, entity: str, entity_id: uuid.UUID, at: datetime
) -> dict[str, Any] | None:
    """The row as it was at ``at`` (None when it did not exist yet or was deleted)."""
    row = session.scalar(
        select(RegistryHistory).where(
            RegistryHistory.entity == entity,
            RegistryHistory.entity_id == entity_id,
            RegistryHistory.valid_from <= at,
            (RegistryHistory.valid_to.is_(None)) | (RegistryHistory.valid_to > at),
        )
    )
    if row is None or row.op == "delete":
        return None
    return dict(row.data)


def codelist(session: Session, name: str) -> CodeList:
    """A code list as loaded in the database, with its title and source."""
    lists = read_codelists()
    if name not in lists:
        raise NotFound(f"no code list '{name}'")
    table = code_table(name)
    rows = session.execute(
        select(table.c.code, table.c.name_ja, table.c.name_en, table.c.extra).order_by(table.c.sort)
    ).mappings()
    meta = lists[name]
    return CodeList(
        name=name,
        title_ja=meta["title"]["ja"],
        title_en=meta["title"]["en"],
        source=meta["source"],
        codes=[Code(**r) for r in rows],
    )


def changed_values(row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The subset of ``values`` that differs from what ``row`` holds (geometry compared by
    shape), so an update repeating stored values leaves no new version."""
    out = {}
    for key, value in values.items():
        current = getattr(row, key)
        if isinstance(value, WKBElement) or isinstance(current, WKBElement):
            old, new = as_shape(current), as_shape(value)
            same = old is not None and new is not None and old.equals_exact(new, 1e-10)
        else:
            same = current == value
        if not same:
            out[key] = value
    return out

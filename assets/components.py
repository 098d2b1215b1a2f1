"""Components: the members of a facility that inspections grade (上部工, ケーソン, 鋼矢板 …)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, inspect, select
from sqlalchemy.orm import Session

from assets.common import (
    as_geojson,
    check_code,
    history_entries,
    history_of,
    parse_geometry,
    version_at,
)
from assets.facilities import live_facility
from assets.models import Component
from assets.schemas import ComponentCreate, ComponentPublic, ComponentUpdate, HistoryEntry, Page
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound
from kernel.ids import new_id
from kernel.lookup import readable

COLUMNS = [c.key for c in inspect(Component).column_attrs]


def _checked_values(session: Session, data: ComponentCreate | ComponentUpdate) -> dict[str, Any]:
    given = data.model_fields_set
    values = data.model_dump(exclude_unset=True, exclude={"geometry", "crs", "facility_id"})
    if "component_type" in given:
        if data.component_type is None:
            raise Invalid("component_type cannot be removed", field="component_type")
        check_code(session, "component_type", data.component_type, "component_type")
    check_code(session, "exposure", data.exposure, "exposure")
    if "geometry" in given:
        values["geom"] = None if data.geometry is None else parse_geometry(data.geometry, data.crs)
    for key in ("attributes", "synthetic"):
        if key in values and values[key] is None:
            raise Invalid(f"{key} cannot be null", field=key)
    lo, hi = values.get("chainage_from_m"), values.get("chainage_to_m")
    if lo is not None and hi is not None and hi < lo:
        raise Invalid("chainage_to_m is before chainage_from_m", field="chainage_to_m")
    return values


def _live_component(session: Session, who: Principal, component_id: uuid.UUID) -> Component:
    return readable(session, who, Component, component_id, what="component")


def create_component(session: Session, who: Principal, data: ComponentCreate) -> Component:
    """Add a member to a facility the caller may edit."""
    facility = live_facility(session, who, data.facility_id)
    who.require("registry.write", facility.port_id, "facility")
    component = Component(
        port_id=facility.port_id,
        id=new_id(),
        facility_id=facility.id,
        **_checked_values(session, data),
    )
    session.add(component)
    session.flush()
    return component


def update_component(
    session: Session, who: Principal, component_id: uuid.UUID, data: ComponentUpdate
) -> Component:
    component = _live_component(session, who, component_id)
    who.require("registry.write", component.port_id, "component")
    for key, value in _checked_values(session, data).items():
        setattr(component, key, value)
    session.flush()
    session.refresh(component)
    return component


def delete_component(session: Session, who: Principal, component_id: uuid.UUID) -> None:
    component = _live_component(session, who, component_id)
    who.require("registry.write", component.port_id, "component")
    component.deleted_at = datetime.now(UTC)
    session.flush()


def component_public(values: dict[str, Any]) -> ComponentPublic:
    return ComponentPublic.model_validate(
        {
            **{k: values.get(k) for k in ComponentPublic.model_fields if k in COLUMNS},
            "geometry": as_geojson(values.get("geom")),
            "deleted": values.get("deleted_at") is not None,
        }
    )


def get_component(
    session: Session, who: Principal, component_id: uuid.UUID, as_of: datetime | None = None
) -> ComponentPublic:
    if as_of is None:
        component = _live_component(session, who, component_id)
        return component_public({k: getattr(component, k) for k in COLUMNS})
    data = version_at(session, "component", component_id, as_of)
    if data is None or not who.can_read(uuid.UUID(data["port_id"])):
        raise NotFound("component not found at that time")
    return component_public(data)


def list_components(
    session: Session,
    who: Principal,
    facility_id: uuid.UUID | None = None,
    component_type: str | None = None,
    *,
    limit: int = 100,
    offset: int = 0,
) -> Page[ComponentPublic]:
    cond: list[ColumnElement[bool]] = [Component.deleted_at.is_(None)]
    cond.append(who.port_scope(Component.port_id))
    if facility_id is not None:
        cond.append(Component.facility_id == facility_id)
    if component_type is not None:
        cond.append(Component.component_type == component_type)
    total = session.scalar(select(func.count()).select_from(Component).where(*cond)) or 0
    rows = session.scalars(
        select(Component)
        .where(*cond)
        .order_by(Component.facility_id, Component.span, Component.id)
        .limit(limit)
        .offset(offset)
    )
    items = [component_public({k: getattr(c, k) for k in COLUMNS}) for c in rows]
    return Page(items=items, total=total, limit=limit, offset=offset)


def component_history(
    session: Session, who: Principal, component_id: uuid.UUID
) -> list[HistoryEntry]:
    rows = history_of(session, "component", component_id)
    if not rows or rows[0].port_id is None or not who.can_read(rows[0].port_id):
        raise NotFound("component not found")
    return history_entries(rows)

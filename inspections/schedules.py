"""When each facility is next due for each periodic inspection, what is overdue, and which
facilities an earthquake, tsunami or typhoon requires to be inspected.

Cycles are data (``catalogs/cycles.yaml``): a facility designated important is inspected more
often. A facility never inspected is due from its construction year, or at once when that is
unknown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from geoalchemy2 import Geography, Geometry
from geoalchemy2.shape import from_shape
from shapely.geometry import Point
from sqlalchemy import cast, func, select
from sqlalchemy.orm import Session

from assets.common import parse_geometry
from assets.facilities import live_facility
from assets.models import Facility, Port
from inspections.catalog import cycle_rules
from inspections.condition import counts_fully
from inspections.models import SUBMITTED, FacilityCondition, Inspection, InspectionEvent
from inspections.records import create_inspection
from inspections.schemas import (
    ConditionPublic,
    CoveragePublic,
    EventIn,
    EventPublic,
    InspectionCreate,
)
from kernel.auth.service import Principal
from kernel.errors import Forbidden, Invalid
from kernel.ids import new_id


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Due:
    inspection_type: str
    last: date | None
    next_due: date | None


def due_dates(facility: Facility, last_by_type: dict[str, date]) -> dict[str, Due]:
    """Next due date of each cycled inspection type for a facility."""
    out = {}
    for kind, rule in cycle_rules().items():
        years = rule["important" if facility.important else "normal"]
        if years is None:
            continue
        satisfied_by = [kind, *rule.get("also_satisfied_by", [])]
        dates = [last_by_type[k] for k in satisfied_by if k in last_by_type]
        last = max(dates) if dates else None
        if last is not None:
            next_due = _add_years(last, years)
        elif facility.construction_year:
            next_due = _add_years(date(facility.construction_year, 1, 1), years)
        else:
            next_due = None  # never inspected and age unknown: due now
        out[kind] = Due(kind, last, next_due)
    return out


def _last_dates(
    session: Session, port_ids: list[uuid.UUID] | None
) -> dict[uuid.UUID, dict[str, date]]:
    query = (
        select(
            Inspection.facility_id,
            Inspection.inspection_type,
            func.max(func.coalesce(Inspection.ended_on, Inspection.started_on)),
        )
        .where(Inspection.status.in_(SUBMITTED), counts_fully())
        .group_by(Inspection.facility_id, Inspection.inspection_type)
    )
    if port_ids is not None:
        query = query.where(Inspection.port_id.in_(port_ids))
    out: dict[uuid.UUID, dict[str, date]] = {}
    for facility_id, kind, last in session.execute(query):
        out.setdefault(facility_id, {})[kind] = last
    return out


def facility_condition(
    session: Session, who: Principal, facility_id: uuid.UUID, today: date | None = None
) -> ConditionPublic:
    facility = live_facility(session, who, facility_id)
    today = today or datetime.now(UTC).date()
    condition = session.get(
        FacilityCondition, {"port_id": facility.port_id, "facility_id": facility.id}
    )
    last = _last_dates(session, [facility.port_id]).get(facility.id, {})
    dues = due_dates(facility, last)
    return ConditionPublic(
        facility_id=facility.id,
        final_grade=condition.final_grade if condition else None,
        computed_grade=condition.computed_grade if condition else None,
        override_reason=condition.override_reason if condition else None,
        last_inspection_id=condition.inspection_id if condition else None,
        last_inspected_on=condition.inspected_on if condition else None,
        last_inspection_type=condition.inspection_type if condition else None,
        coverage=CoveragePublic.of(condition.coverage) if condition else None,
        worsened_by=condition.worsened_by if condition else None,
        next_due={k: d.next_due for k, d in dues.items()},
        overdue=[k for k, d in dues.items() if d.next_due is None or d.next_due < today],
        never_inspected=condition is None,
    )


@dataclass(frozen=True)
class OverdueRow:
    facility_id: uuid.UUID
    port_code: str
    ledger_no: str | None
    name: str | None
    kind: str
    important: bool
    inspection_type: str
    last: date | None
    due: date | None


def overdue(
    session: Session, who: Principal, port: str | None = None, today: date | None = None
) -> list[OverdueRow]:
    """Facilities whose periodic inspection is overdue, across the caller's ports (or one)."""
    from assets.ports import resolve_port

    today = today or datetime.now(UTC).date()
    port_ids = (
        [resolve_port(session, who, port).id]
        if port
        else None
        if who.all_ports
        else sorted(who.port_ids)
    )
    query = (
        select(Facility, Port.code)
        .join(Port, Port.id == Facility.port_id)
        .where(Facility.deleted_at.is_(None), Facility.status == "in_service")
        .order_by(Port.code, Facility.ledger_no)
    )
    if port_ids is not None:
        query = query.where(Facility.port_id.in_(port_ids))
    last = _last_dates(session, port_ids)
    rows = []
    for facility, code in session.execute(query):
        for due in due_dates(facility, last.get(facility.id, {})).values():
            if due.next_due is None or due.next_due < today:
                rows.append(
                    OverdueRow(
                        facility.id,
                        code,
                        facility.ledger_no,
                        facility.name_ja or facility.name_en,
                        facility.kind,
                        facility.important,
                        due.inspection_type,
                        due.last,
                        due.next_due,
                    )
                )
    return rows


def record_event(session: Session, who: Principal, data: EventIn) -> EventPublic:
    """Register an event and open a draft extraordinary inspection for every in-service
    facility of the caller's ports inside its area. Idempotent per event and facility: an
    event is what happened (kind, name, time), so posting it again finds it and opens only
    the inspections still missing (``new_event`` says which happened)."""
    if not who.may("inspection.write"):
        raise Forbidden(f"role '{who.role}' may not open inspections")
    if data.area is not None:
        area: Any = parse_geometry(data.area, None, field="area")
        epicentre = None
    elif data.epicentre is not None and data.radius_km is not None:
        lon, lat = data.epicentre
        epicentre = from_shape(Point(lon, lat), srid=4326)
        circle = func.ST_Buffer(
            cast(func.ST_SetSRID(func.ST_MakePoint(lon, lat), 4326), Geography(srid=4326)),
            data.radius_km * 1000,
        )
        area = cast(circle, Geometry(srid=4326))
    else:
        raise Invalid("give the epicentre and radius_km, or an area polygon", field="area")
    # two identical posts at once: the second waits here, then finds the first one's event
    key = f"{data.kind}|{data.name}|{data.occurred_at.astimezone(UTC).isoformat()}"
    session.execute(select(func.pg_advisory_xact_lock(func.hashtext(key))))
    event = session.scalar(
        select(InspectionEvent).where(
            InspectionEvent.kind == data.kind,
            InspectionEvent.name == data.name,
            InspectionEvent.occurred_at == data.occurred_at,
        )
    )
    new_event = event is None
    if event is None:
        event = InspectionEvent(
            id=new_id(),
            kind=data.kind,
            name=data.name,
            occurred_at=data.occurred_at,
            area=area,
            epicentre=epicentre,
            radius_km=data.radius_km,
            created_by=who.name,
        )
        session.add(event)
        session.flush()
    event_area = select(InspectionEvent.area).where(InspectionEvent.id == event.id)
    query = (
        select(Facility)
        .where(
            Facility.deleted_at.is_(None),
            Facility.status == "in_service",
            func.ST_Intersects(Facility.geom, event_area.scalar_subquery()),
        )
        .order_by(Facility.port_id, Facility.ledger_no)
    )
    query = query.where(who.port_scope(Facility.port_id))
    facilities = list(session.scalars(query))
    opened = set(
        session.scalars(
            select(Inspection.facility_id).where(
                Inspection.event_id == event.id, who.port_scope(Inspection.port_id)
            )
        )
    )
    created = 0
    for facility in facilities:
        if facility.id in opened:
            continue
        create_inspection(
            session,
            who,
            InspectionCreate(
                facility_id=facility.id,
                inspection_type="extraordinary",
                started_on=data.occurred_at.date(),
                remarks=f"{data.kind}: {data.name}",
            ),
            event_id=event.id,
        )
        created += 1
    return EventPublic(
        id=event.id,
        kind=event.kind,
        name=event.name,
        occurred_at=event.occurred_at,
        facilities=[f.id for f in facilities],
        inspections_created=created,
        new_event=new_event,
    )

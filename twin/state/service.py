"""Assembling the twin state from each room's services, in a fixed number of queries per
port (the condition of every facility at once)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from assets.bim.service import facility_models
from assets.facilities import FacilityFilter, get_facility, list_facilities
from assets.models import Facility
from assets.ports import resolve_port
from inspections.catalog import PERFORMANCE
from inspections.condition import ConditionAt, conditions_at
from inspections.schedules import due_dates
from inspections.schemas import CoveragePublic
from kernel.auth.service import Principal
from kernel.data_version import data_version
from kernel.errors import PortTwinError
from kernel.files import FileStore
from kernel.lru import Lru
from twin.sensors import service as sensors
from twin.state.schemas import (
    ConditionState,
    DatastreamState,
    DepthSummary,
    FacilityState,
    LastInspection,
    PortFacilityState,
    PortState,
    SurveyState,
)
from twin.surveys.service import depth_check, newest_survey


def condition_state(facility: Facility, then: ConditionAt, at: datetime) -> ConditionState:
    dues = due_dates(facility, then.last_by_type)
    record = then.record
    return ConditionState(
        last_inspection=None
        if record is None
        else LastInspection(
            id=record.id,
            type=record.inspection_type,
            date=record.started_on,
            computed_grade=record.computed_grade,
        ),
        final_grade=then.final_grade,
        override_reason=then.override_reason,
        coverage=CoveragePublic.of(record.coverage) if record is not None else None,
        worsened_by=then.worsened_by.id if then.worsened_by else None,
        next_due={k: d.next_due for k, d in dues.items()},
        overdue=[k for k, d in dues.items() if d.next_due is None or d.next_due < at.date()],
    )


def facility_state(
    session: Session,
    who: Principal,
    store: FileStore,
    facility_id: uuid.UUID,
    at: datetime | None = None,
) -> FacilityState:
    at = at or datetime.now(UTC)
    registry = get_facility(session, who, facility_id, as_of=at)
    facility = session.scalar(select(Facility).where(Facility.id == facility_id))
    assert facility is not None
    streams = [
        DatastreamState(
            **sensors.stream_public(stream).model_dump(),
            latest=sensors.latest(session, stream, at),
            active_alerts=sensors.alerts(session, who, stream_id=stream.id, active_at=at),
        )
        for stream in sensors.list_streams(session, who, facility.id)
    ]
    then = conditions_at(session, facility.port_id, [facility.id], at)[facility.id]
    return FacilityState(
        at=at,
        facility=registry,
        condition=condition_state(facility, then, at),
        datastreams=streams,
        survey=_survey_state(session, who, store, facility, registry.design_depth, at),
        bim_models=facility_models(session, facility.id),
    )


def _survey_state(
    session: Session,
    who: Principal,
    store: FileStore,
    facility: Facility,
    design_depth: object,
    at: datetime,
) -> SurveyState | None:
    survey = newest_survey(
        session, facility, kinds=("bathymetry", "dem", "orthophoto"), on=at.date()
    )
    if survey is None:
        return None
    state = SurveyState(id=survey.id, kind=survey.kind, surveyed_on=survey.surveyed_on)
    if survey.kind in ("bathymetry", "dem") and design_depth is not None:
        try:
            check = depth_check(session, who, store, facility.id, survey_id=survey.id)
            state.depth_check = DepthSummary(
                design_depth_m=check.design_depth_m,
                datum=check.datum,
                shoal_stretches=check.shoal_stretches,
                ok=check.ok,
            )
        except PortTwinError as exc:
            state.depth_check = DepthSummary(error=exc.message)
    return state


# what a port's state reads of each facility (its listing and its due dates), no geometry
_STATE_COLUMNS = (
    Facility.id,
    Facility.port_id,
    Facility.ledger_no,
    Facility.name_ja,
    Facility.name_en,
    Facility.kind,
    Facility.important,
    Facility.construction_year,
)


def _facility_rows(
    session: Session, who: Principal, port: Any, port_ref: str, at: datetime | None, when: datetime
) -> list[PortFacilityState]:
    """Every facility of the port with its grade and overdue inspections at ``when``: now (one
    query of the registry) or at ``at`` (the registry's history then)."""
    rows_of_port = (
        select(Facility).options(load_only(*_STATE_COLUMNS)).where(Facility.port_id == port.id)
    )
    if at is None:
        live = rows_of_port.where(Facility.deleted_at.is_(None))
        listed: list[Any] = list(session.scalars(live.order_by(Facility.ledger_no, Facility.id)))
        facilities = {f.id: f for f in listed}
    else:  # names and membership as the registry held them then (removed since, too)
        flt = FacilityFilter(port=port_ref)
        listed = list_facilities(session, who, flt, limit=100_000, as_of=at).items
        facilities = {f.id: f for f in session.scalars(rows_of_port)}
    ids = [f.id for f in listed if f.id in facilities]
    then = conditions_at(session, port.id, ids, when)
    rows = []
    for f in listed:
        if f.id not in facilities:
            continue
        state = condition_state(facilities[f.id], then[f.id], when)
        rows.append(
            PortFacilityState(
                id=f.id,
                ledger_no=f.ledger_no,
                name=f.name_ja or f.name_en,
                kind=f.kind,
                grade=state.final_grade,
                overdue=state.overdue,
            )
        )
    return rows


@dataclass(frozen=True)
class _Rows:
    facilities_json: bytes
    grades: dict[str, int]
    not_inspected: int


_ROWS = TypeAdapter(list[PortFacilityState])


class PortStateCache:
    """The facilities part of ports' current states, by port, day (what is overdue changes at
    midnight) and data version (any registry, inspection or grade change): the part that
    costs, kept serialised; the time and the active alerts are added per request."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        self._rows: Lru[_Rows] = Lru(max_bytes, lambda rows: len(rows.facilities_json))

    def get(self, key: tuple[object, ...]) -> _Rows | None:
        return self._rows.get(key)

    def put(self, key: tuple[object, ...], rows: list[PortFacilityState]) -> _Rows:
        return self._rows.put(
            key,
            _Rows(
                _ROWS.dump_json(rows),
                {g: sum(1 for r in rows if r.grade == g) for g in PERFORMANCE},
                sum(1 for r in rows if r.grade is None),
            ),
        )


def port_state(session: Session, who: Principal, port_ref: str, at: datetime | None) -> PortState:
    """The state of the port's facilities now or at ``at``, with its active alerts."""
    when = at or datetime.now(UTC)
    port = resolve_port(session, who, port_ref)
    rows = _facility_rows(session, who, port, port_ref, at, when)
    alerts = sensors.alerts(session, who, port_id=port.id, active_at=when)
    return PortState(
        at=when,
        port=port.code,
        facilities=rows,
        active_alerts=len(alerts),
        grades={g: sum(1 for r in rows if r.grade == g) for g in PERFORMANCE},
        not_inspected=sum(1 for r in rows if r.grade is None),
    )


def port_state_now_json(
    session: Session, who: Principal, port_ref: str, cache: PortStateCache
) -> bytes:
    """:func:`port_state` now, as JSON, its facilities from ``cache`` while nothing changed."""
    when = datetime.now(UTC)
    port = resolve_port(session, who, port_ref)
    key = (port.id, when.date(), data_version(session))  # the version before the rows
    rows = cache.get(key)
    if rows is None:
        rows = cache.put(key, _facility_rows(session, who, port, port_ref, None, when))
    alerts = sensors.alerts(session, who, port_id=port.id, active_at=when)
    head = PortState(
        at=when,
        port=port.code,
        facilities=[],
        active_alerts=len(alerts),
        grades=rows.grades,
        not_inspected=rows.not_inspected,
    ).model_dump_json()
    empty = '"facilities":[]'
    assert head.count(empty) == 1
    before, after = head.split(empty)
    return before.encode() + b'"facilities":' + rows.facilities_json + after.encode()

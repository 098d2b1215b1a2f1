"""The twin state of a facility (or a port) at a point in time: the registry version valid
then, the grade and last inspection before it, the next due inspection, each sensor's latest
reading and active alerts, the newest survey covering it with its depth check. Without
``at``, now. This is what the viewer's panel and time slider read."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.bim.service import facility_models
from assets.facilities import FacilityFilter, get_facility, list_facilities
from assets.models import Facility
from inspections.models import GradeOverride, Inspection
from inspections.schedules import due_dates
from kernel.auth.service import Principal
from kernel.errors import PortTwinError
from kernel.files import FileStore, file_store
from kernel.web import AsOfDep, CurrentUser, SessionDep
from twin.sensors import service as sensors
from twin.surveys.service import depth_check, newest_survey

router = APIRouter(prefix="/api/v1/twin", tags=["twin state"])
SUBMITTED = ("submitted", "approved")


def condition_at(session: Session, facility: Facility, at: datetime) -> dict[str, Any]:
    records = session.scalars(
        select(Inspection)
        .where(
            Inspection.port_id == facility.port_id,
            Inspection.facility_id == facility.id,
            Inspection.status.in_(SUBMITTED),
            Inspection.submitted_at <= at,
            Inspection.started_on <= at.date(),
        )
        .order_by(Inspection.started_on.desc(), Inspection.chain_seq.desc())
    ).all()
    last_by_type: dict[str, Any] = {}
    for r in records:
        day = r.ended_on or r.started_on
        last_by_type[r.inspection_type] = max(last_by_type.get(r.inspection_type, day), day)
    latest = records[0] if records else None
    override = None
    if latest is not None:
        override = session.scalar(
            select(GradeOverride)
            .where(
                GradeOverride.port_id == latest.port_id,
                GradeOverride.inspection_id == latest.id,
                GradeOverride.decided_at <= at,
            )
            .order_by(GradeOverride.decided_at.desc())
            .limit(1)
        )
    dues = due_dates(facility, last_by_type)
    return {
        "last_inspection": None
        if latest is None
        else {
            "id": str(latest.id),
            "type": latest.inspection_type,
            "date": latest.started_on.isoformat(),
            "computed_grade": latest.computed_grade,
        },
        "final_grade": override.grade if override else (latest.computed_grade if latest else None),
        "override_reason": override.reason if override else None,
        "next_due": {k: d.next_due.isoformat() if d.next_due else None for k, d in dues.items()},
        "overdue": [k for k, d in dues.items() if d.next_due is None or d.next_due < at.date()],
    }


def facility_state(
    session: Session,
    who: Principal,
    store: FileStore,
    facility_id: uuid.UUID,
    at: datetime | None = None,
) -> dict[str, Any]:
    at = at or datetime.now(UTC)
    registry = get_facility(session, who, facility_id, as_of=at)
    facility = session.scalar(select(Facility).where(Facility.id == facility_id))
    assert facility is not None
    streams = []
    for stream in sensors.list_streams(session, who, facility.id):
        streams.append(
            {
                **sensors.stream_public(stream),
                "latest": sensors.latest(session, stream, at),
                "active_alerts": sensors.alerts(session, who, stream_id=stream.id, active_at=at),
            }
        )
    survey = newest_survey(
        session, facility, kinds=("bathymetry", "dem", "orthophoto"), on=at.date()
    )
    survey_state: dict[str, Any] | None = None
    if survey is not None:
        survey_state = {
            "id": str(survey.id),
            "kind": survey.kind,
            "surveyed_on": survey.surveyed_on.isoformat(),
        }
        if survey.kind in ("bathymetry", "dem") and registry.design_depth is not None:
            try:
                check = depth_check(session, who, store, facility.id, survey_id=survey.id)
                survey_state["depth_check"] = {
                    k: check[k] for k in ("design_depth_m", "datum", "shoal_stretches", "ok")
                }
            except PortTwinError as exc:
                survey_state["depth_check"] = {"error": exc.message}
    return {
        "at": at.isoformat(),
        "facility": registry.model_dump(mode="json"),
        "condition": condition_at(session, facility, at),
        "datastreams": streams,
        "survey": survey_state,
        "bim_models": facility_models(session, facility.id),
    }


@router.get("/facilities/{facility_id}", summary="The state of a facility at a time")
def get_facility_state(
    facility_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep, at: AsOfDep
) -> dict[str, Any]:
    return facility_state(session, who, file_store(request.app.state.settings), facility_id, at)


@router.get("/ports/{port}", summary="The state of a port's facilities at a time")
def get_port_state(port: str, who: CurrentUser, session: SessionDep, at: AsOfDep) -> dict[str, Any]:
    when = at or datetime.now(UTC)
    page = list_facilities(session, who, FacilityFilter(port=port), limit=10_000, as_of=at)
    rows = []
    for f in page.items:
        facility = session.scalar(select(Facility).where(Facility.id == f.id))
        if facility is None:
            continue
        cond = condition_at(session, facility, when)
        rows.append(
            {
                "id": str(f.id),
                "ledger_no": f.ledger_no,
                "name": f.name_ja or f.name_en,
                "kind": f.kind,
                "grade": cond["final_grade"],
                "overdue": cond["overdue"],
            }
        )
    alerts = sensors.alerts(session, who, active_at=when)
    return {
        "at": when.isoformat(),
        "port": port,
        "facilities": rows,
        "active_alerts": len(alerts),
        "grades": {g: sum(1 for r in rows if r["grade"] == g) for g in ("A", "B", "C", "D")},
        "not_inspected": sum(1 for r in rows if r["grade"] is None),
    }

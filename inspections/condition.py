"""A facility's condition: the roll-up of its latest submitted inspection, and any override."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from inspections.models import FacilityCondition, Finding, GradeOverride, Inspection
from inspections.rollup import Observation, Rollup, roll_up

SUBMITTED = ("submitted", "approved")


def rollup_of(session: Session, record: Inspection) -> Rollup:
    findings = session.scalars(
        select(Finding).where(Finding.port_id == record.port_id, Finding.inspection_id == record.id)
    )
    return roll_up(
        Observation(f.item_code, f.item_class, f.component_type, f.span, f.grade) for f in findings
    )


def latest_record(
    session: Session, port_id: uuid.UUID, facility_id: uuid.UUID
) -> Inspection | None:
    """The facility's latest submitted record (a revision outranks the record it revises)."""
    return session.scalar(
        select(Inspection)
        .where(
            Inspection.port_id == port_id,
            Inspection.facility_id == facility_id,
            Inspection.status.in_(SUBMITTED),
        )
        .order_by(Inspection.started_on.desc(), Inspection.chain_seq.desc())
        .limit(1)
    )


def refresh_condition(session: Session, port_id: uuid.UUID, facility_id: uuid.UUID) -> None:
    record = latest_record(session, port_id, facility_id)
    if record is None:
        return
    override = session.scalar(
        select(GradeOverride)
        .where(GradeOverride.port_id == port_id, GradeOverride.inspection_id == record.id)
        .order_by(GradeOverride.decided_at.desc())
        .limit(1)
    )
    values = {
        "inspection_id": record.id,
        "inspection_type": record.inspection_type,
        "inspected_on": record.ended_on or record.started_on,
        "computed_grade": record.computed_grade,
        "final_grade": override.grade if override else record.computed_grade,
        "override_reason": override.reason if override else None,
    }
    stmt = insert(FacilityCondition).values(port_id=port_id, facility_id=facility_id, **values)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["port_id", "facility_id"],
            set_={**values, "updated_at": stmt.excluded.updated_at},
        )
    )
    session.flush()

"""A facility's condition: the roll-up of its latest complete inspection and any override,
made worse (never better) by partial inspections after it, now or as it was at any time
(:func:`conditions_at`, the one place that computes it)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from inspections.catalog import PERFORMANCE
from inspections.models import SUBMITTED, FacilityCondition, Finding, GradeOverride, Inspection
from inspections.rollup import Observation, Rollup, roll_up, worst


def counts_fully(record: Any = Inspection) -> ColumnElement[bool]:
    """Records whose grade stands on its own and that advance schedules: complete ones, and
    those submitted before coverage was recorded."""
    return or_(record.complete.is_(True), record.complete.is_(None))


def observations(findings: Iterable[Finding]) -> list[Observation]:
    """What the roll-up counts of some findings: each given grade, and for a span not
    inspected the grade carried from its last grading (spans with neither are left out)."""
    return [
        Observation(f.item_code, f.item_class, f.component_type, f.span, grade)
        for f in findings
        if (grade := f.effective_grade) is not None
    ]


def rollup_of(session: Session, record: Inspection) -> Rollup:
    findings = session.scalars(
        select(Finding).where(Finding.port_id == record.port_id, Finding.inspection_id == record.id)
    )
    return roll_up(observations(findings), (record.coverage or {}).get("spans"))


def latest_record(
    session: Session, port_id: uuid.UUID, facility_id: uuid.UUID
) -> Inspection | None:
    """The facility's latest complete submitted record, the one its grade stands on (a
    revision outranks the record it revises)."""
    return session.scalar(
        select(Inspection)
        .where(
            Inspection.port_id == port_id,
            Inspection.facility_id == facility_id,
            Inspection.status.in_(SUBMITTED),
            counts_fully(),
        )
        .order_by(Inspection.started_on.desc(), Inspection.chain_seq.desc())
        .limit(1)
    )


@dataclass
class ConditionAt:
    """What the records said of a facility at a time."""

    record: Inspection | None  # the complete record the grade stands on (else the latest partial)
    computed_grade: str | None
    final_grade: str | None  # the override's grade when an engineer decided one
    override_reason: str | None
    last_by_type: dict[str, date] = field(default_factory=dict)  # complete records: due dates
    worsened_by: Inspection | None = None  # a later partial record that made the grade worse
    partials: list[Inspection] = field(default_factory=list)  # partial records after ``record``


MANY_FACILITIES = 1000


def conditions_at(
    session: Session,
    port_id: uuid.UUID,
    facility_ids: list[uuid.UUID],
    at: datetime | None = None,
) -> dict[uuid.UUID, ConditionAt]:
    """Each facility's condition from the records submitted (and overrides decided) by
    ``at`` (now when None), in two queries whatever the number of facilities: the grade of
    the latest complete record (a revision outranks the record it revises) and its override,
    made worse by any partial record after it, never better; only complete records count
    for the due dates. The one computation of a grade at a date."""
    out = {fid: ConditionAt(None, None, None, None) for fid in facility_ids}
    if not facility_ids:
        return out
    query = select(Inspection).where(
        Inspection.port_id == port_id, Inspection.status.in_(SUBMITTED)
    )
    if len(facility_ids) <= MANY_FACILITIES:
        query = query.where(Inspection.facility_id.in_(facility_ids))
    # else: the port's records, those of other facilities skipped below (thousands of ids
    # bound as parameters cost more than reading a port's records)
    if at is not None:
        query = query.where(Inspection.submitted_at <= at, Inspection.started_on <= at.date())
    records = session.scalars(
        query.order_by(
            Inspection.facility_id, Inspection.started_on.desc(), Inspection.chain_seq.desc()
        )
    ).all()
    for r in records:
        then = out.get(r.facility_id)
        if then is None:
            continue
        if r.complete is False:
            if then.record is None:
                then.partials.append(r)
            continue
        if then.record is None:
            then.record = r
            then.computed_grade = then.final_grade = r.computed_grade
        day = r.ended_on or r.started_on
        then.last_by_type[r.inspection_type] = max(
            then.last_by_type.get(r.inspection_type, day), day
        )
    latest = {c.record.id: c for c in out.values() if c.record is not None}
    if latest:
        overrides = select(GradeOverride).where(
            GradeOverride.port_id == port_id, GradeOverride.inspection_id.in_(list(latest))
        )
        if at is not None:
            overrides = overrides.where(GradeOverride.decided_at <= at)
        for o in session.scalars(overrides.order_by(GradeOverride.decided_at)):
            latest[o.inspection_id].final_grade = o.grade  # the last decided wins
            latest[o.inspection_id].override_reason = o.reason
    for then in out.values():
        _worsen(then)
    return out


def _worsen(then: ConditionAt) -> None:
    """Partial records after the complete one may make the grade worse, never better; with
    no complete record, the worst partial grade is all that is known."""
    only_partials = then.record is None and bool(then.partials)
    if only_partials:
        then.record = then.partials[0]
    for partial in reversed(then.partials):  # oldest first
        grade = partial.computed_grade
        if grade is None:
            continue
        current = then.final_grade
        if current is None or worst([current, grade], PERFORMANCE) != current:
            then.final_grade = grade
            then.worsened_by = None if only_partials else partial
    if only_partials:
        then.computed_grade = then.final_grade


def condition_at(
    session: Session, port_id: uuid.UUID, facility_id: uuid.UUID, at: datetime | None = None
) -> ConditionAt:
    """One facility's condition at ``at`` (now when None); see :func:`conditions_at`."""
    return conditions_at(session, port_id, [facility_id], at)[facility_id]


def refresh_condition(session: Session, port_id: uuid.UUID, facility_id: uuid.UUID) -> None:
    """Store the facility's current condition (what lists, tiles and the viewer read)."""
    now = condition_at(session, port_id, facility_id)
    record = now.record
    if record is None:
        return
    values = {
        "inspection_id": record.id,
        "inspection_type": record.inspection_type,
        "inspected_on": record.ended_on or record.started_on,
        "computed_grade": now.computed_grade,
        "final_grade": now.final_grade,
        "override_reason": now.override_reason,
        "coverage": record.coverage,
        "worsened_by": now.worsened_by.id if now.worsened_by else None,
    }
    stmt = insert(FacilityCondition).values(port_id=port_id, facility_id=facility_id, **values)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["port_id", "facility_id"],
            set_={**values, "updated_at": stmt.excluded.updated_at},
        )
    )
    session.flush()

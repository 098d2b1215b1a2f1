"""Inspections as the API shows them: each with its findings, attachments, roll-up and the
engineer's override, built for a whole page of inspections in a fixed number of queries."""

from __future__ import annotations

import uuid
from collections import defaultdict

from geoalchemy2.shape import to_shape
from shapely.geometry import mapping
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from inspections.models import Attachment, Finding, GradeOverride, Inspection
from inspections.rollup import Observation, roll_up
from inspections.schemas import (
    AttachmentPublic,
    FindingPublic,
    InspectionPublic,
    ItemGradePublic,
    RollupPublic,
)

_OWN = ("final_grade", "override_reason", "findings", "rollup", "computed_grade", "attachments")


def latest_override(session: Session, record: Inspection) -> GradeOverride | None:
    return session.scalar(
        select(GradeOverride)
        .where(GradeOverride.port_id == record.port_id, GradeOverride.inspection_id == record.id)
        .order_by(GradeOverride.decided_at.desc())
        .limit(1)
    )


def finding_public(f: Finding) -> FindingPublic:
    return FindingPublic(
        id=f.id,
        item_code=f.item_code,
        item_class=f.item_class,
        component_id=f.component_id,
        component_type=f.component_type,
        span=f.span,
        grade=f.grade,
        measurements=f.measurements,
        location=dict(mapping(to_shape(f.location))) if f.location is not None else None,
        chainage_m=f.chainage_m,
        remarks=f.remarks,
        observed_on=f.observed_on,
        external_key=f.external_key,
    )


def inspections_public(session: Session, records: list[Inspection]) -> list[InspectionPublic]:
    """The records as the API shows them, in three queries whatever their number."""
    if not records:
        return []
    keys = [(r.port_id, r.id) for r in records]
    findings: dict[uuid.UUID, list[Finding]] = defaultdict(list)
    for f in session.scalars(
        select(Finding)
        .where(tuple_(Finding.port_id, Finding.inspection_id).in_(keys))
        .order_by(Finding.component_type, Finding.span, Finding.item_code)
    ):
        findings[f.inspection_id].append(f)
    attachments: dict[uuid.UUID, list[Attachment]] = defaultdict(list)
    for a in session.scalars(
        select(Attachment)
        .where(tuple_(Attachment.port_id, Attachment.inspection_id).in_(keys))
        .order_by(Attachment.created_at)
    ):
        attachments[a.inspection_id].append(a)
    overrides: dict[uuid.UUID, GradeOverride] = {}
    for o in session.scalars(
        select(GradeOverride)
        .where(tuple_(GradeOverride.port_id, GradeOverride.inspection_id).in_(keys))
        .order_by(GradeOverride.decided_at)
    ):
        overrides[o.inspection_id] = o  # the last decided wins
    out = []
    for record in records:
        mine = findings[record.id]
        result = roll_up(
            Observation(f.item_code, f.item_class, f.component_type, f.span, f.grade) for f in mine
        )
        override = overrides.get(record.id)
        computed = record.computed_grade if record.status != "draft" else result.grade
        out.append(
            InspectionPublic(
                **{k: getattr(record, k) for k in InspectionPublic.model_fields if k not in _OWN},
                computed_grade=computed,
                final_grade=override.grade if override else computed,
                override_reason=override.reason if override else None,
                findings=[finding_public(f) for f in mine],
                attachments=[
                    AttachmentPublic.model_validate(a, from_attributes=True)
                    for a in attachments[record.id]
                ],
                rollup=RollupPublic(
                    items=[ItemGradePublic(**i.__dict__) for i in result.items],
                    components=result.components,
                    grade=result.grade,
                ),
            )
        )
    return out


def inspection_public(session: Session, record: Inspection) -> InspectionPublic:
    return inspections_public(session, [record])[0]

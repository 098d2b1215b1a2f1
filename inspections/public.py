"""Inspections as the API shows them: each with its findings, attachments, roll-up and the
engineer's override, built for a whole page of inspections in a fixed number of queries."""

from __future__ import annotations

import uuid
from collections import defaultdict

from geoalchemy2.shape import to_shape
from shapely.geometry import mapping
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from assets.models import Component, Port
from geodata.timezones import local
from inspections.catalog import catalogs
from inspections.condition import observations
from inspections.coverage import Coverage, coverage_of, required_units
from inspections.models import Attachment, Finding, GradeOverride, Inspection
from inspections.rollup import roll_up
from inspections.schemas import (
    AttachmentPublic,
    CoveragePublic,
    FindingPublic,
    InspectionPublic,
    ItemGradePublic,
    MissingUnit,
    RollupPublic,
)

_OWN = (
    "final_grade",
    "override_reason",
    "findings",
    "rollup",
    "computed_grade",
    "attachments",
    "coverage",
)


def latest_override(session: Session, record: Inspection) -> GradeOverride | None:
    return session.scalar(
        select(GradeOverride)
        .where(GradeOverride.port_id == record.port_id, GradeOverride.inspection_id == record.id)
        .order_by(GradeOverride.decided_at.desc())
        .limit(1)
    )


def finding_public(f: Finding, zone: str = "UTC") -> FindingPublic:
    """A finding as the API shows it; times in the port's zone (``zone``)."""
    return FindingPublic(
        id=f.id,
        item_code=f.item_code,
        item_class=f.item_class,
        component_id=f.component_id,
        component_type=f.component_type,
        span=f.span,
        grade=f.grade,
        not_inspected=f.not_inspected,
        carried_grade=f.carried_grade,
        carried_from=f.carried_from,
        measurements=f.measurements,
        location=dict(mapping(to_shape(f.location))) if f.location is not None else None,
        chainage_m=f.chainage_m,
        remarks=f.remarks,
        observed_on=f.observed_on,
        observed_at=local(f.observed_at, zone),
        external_key=f.external_key,
    )


def attachment_public(a: Attachment, zone: str = "UTC") -> AttachmentPublic:
    public = AttachmentPublic.model_validate(a, from_attributes=True)
    public.taken_at = local(a.taken_at, zone)
    return public


def inspections_public(session: Session, records: list[Inspection]) -> list[InspectionPublic]:
    """The records as the API shows them, in four queries whatever their number (five when
    some are drafts: their coverage is worked out from the facilities' components now); times
    are shown in each port's zone."""
    if not records:
        return []
    zones = dict(
        session.execute(
            select(Port.id, Port.time_zone).where(Port.id.in_({r.port_id for r in records}))
        ).all()
    )
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
    drafts = _draft_coverage(session, [r for r in records if r.status == "draft"], findings)
    out = []
    for record in records:
        mine = findings[record.id]
        draft = drafts.get(record.id)
        stored = draft.as_json() if draft is not None else record.coverage
        coverage = CoveragePublic.of(stored)
        if coverage is not None and draft is not None:
            coverage.missing_units = [
                MissingUnit(
                    item_code=u.item_code,
                    component_type=u.component_type,
                    span=u.span,
                    component_id=u.component_id,
                )
                for u in draft.missing
            ]
        result = roll_up(observations(mine), (stored or {}).get("spans"))
        override = overrides.get(record.id)
        computed = record.computed_grade if record.status != "draft" else result.grade
        out.append(
            InspectionPublic(
                **{k: getattr(record, k) for k in InspectionPublic.model_fields if k not in _OWN},
                computed_grade=computed,
                final_grade=override.grade if override else computed,
                override_reason=override.reason if override else None,
                coverage=coverage,
                findings=[finding_public(f, zones[record.port_id]) for f in mine],
                attachments=[
                    attachment_public(a, zones[record.port_id]) for a in attachments[record.id]
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


def _draft_coverage(
    session: Session, drafts: list[Inspection], findings: dict[uuid.UUID, list[Finding]]
) -> dict[uuid.UUID, Coverage]:
    """Each draft's coverage as it stands, from its facility's live components (one query)."""
    if not drafts:
        return {}
    components: dict[uuid.UUID, list[Component]] = defaultdict(list)
    for c in session.scalars(
        select(Component).where(
            tuple_(Component.port_id, Component.facility_id).in_(
                {(r.port_id, r.facility_id) for r in drafts}
            ),
            Component.deleted_at.is_(None),
        )
    ):
        components[c.facility_id].append(c)
    out = {}
    for record in drafts:
        catalog = catalogs().get(record.catalog_id or "")
        if catalog is not None:
            units = required_units(catalog, components[record.facility_id])
            out[record.id] = coverage_of(units, findings[record.id])
    return out

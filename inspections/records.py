"""The life of an inspection record: draft → submitted → approved, and revisions.

Drafts are edited freely by inspectors of the port. Submitting computes the grade roll-up,
hashes the record and chains it to the facility's previous record; from then on the record
and its findings cannot change (here and, by trigger, in the database). A correction is a new
draft that revises the old record, copying its findings.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from assets.facilities import live_facility
from assets.models import Facility
from inspections.catalog import (
    Catalog,
    catalog_for,
    catalogs,
    covering_types,
)
from inspections.condition import refresh_condition, rollup_of
from inspections.coverage import (
    Coverage,
    carry_forward,
    coverage_of,
    live_components,
    required_units,
)
from inspections.findings import check_finding
from inspections.integrity import GENESIS, record_hash
from inspections.models import HASH_VERSION, Finding, GradeOverride, Inspection
from inspections.schemas import (
    FindingIn,
    InspectionCreate,
    InspectionUpdate,
)
from kernel.auth.service import Principal
from kernel.errors import Conflict, Invalid, NotFound
from kernel.ids import new_id
from kernel.lookup import readable


def get_record(session: Session, who: Principal, inspection_id: uuid.UUID) -> Inspection:
    return readable(session, who, Inspection, inspection_id, what="inspection")


def draft_record(session: Session, who: Principal, inspection_id: uuid.UUID) -> Inspection:
    record = get_record(session, who, inspection_id)
    who.require("inspection.write", record.port_id, "inspection")
    if record.status != "draft":
        raise Conflict(
            f"inspection is {record.status}: submitted records cannot change; "
            "create a revision instead",
            field="status",
        )
    return record


def create_inspection(
    session: Session,
    who: Principal,
    data: InspectionCreate,
    *,
    event_id: uuid.UUID | None = None,
    package_id: uuid.UUID | None = None,
    synthetic: bool = False,
) -> Inspection:
    """Open a draft inspection of a facility.

    >>> create_inspection(session, inspector, InspectionCreate(facility_id=f.id,
    ...     inspection_type="general_periodic", started_on=date(2026, 5, 12)))
    """
    facility = live_facility(session, who, data.facility_id)
    who.require("inspection.write", facility.port_id, "facility")
    if data.ended_on and data.ended_on < data.started_on:
        raise Invalid("ended_on is before started_on", field="ended_on")
    catalog = catalog_for(facility.kind, facility.structure_type)
    record = Inspection(
        port_id=facility.port_id,
        id=new_id(),
        facility_id=facility.id,
        inspection_type=data.inspection_type,
        status="draft",
        started_on=data.started_on,
        ended_on=data.ended_on,
        inspectors=data.inspectors,
        organisation=data.organisation,
        methods=data.methods,
        conditions=data.conditions.model_dump(exclude_none=True),
        catalog_id=catalog.id if catalog else None,
        event_id=event_id,
        package_id=package_id,
        remarks=data.remarks,
        synthetic=synthetic,
        created_by=who.name,
    )
    session.add(record)
    session.flush()
    return record


def update_inspection(
    session: Session, who: Principal, inspection_id: uuid.UUID, data: InspectionUpdate
) -> Inspection:
    record = draft_record(session, who, inspection_id)
    for key, value in data.model_dump(exclude_unset=True).items():
        if key == "conditions":
            value = {k: v for k, v in value.items() if v is not None}
        setattr(record, key, value)
    if record.ended_on and record.ended_on < record.started_on:
        raise Invalid("ended_on is before started_on", field="ended_on")
    session.flush()
    return record


def _catalog(record: Inspection) -> Catalog:
    if record.catalog_id is None or record.catalog_id not in catalogs():
        raise Invalid(
            "this facility's kind and structure type have no inspection catalog; "
            "set its structure type",
            field="catalog_id",
        )
    return catalogs()[record.catalog_id]


def add_findings(
    session: Session, who: Principal, inspection_id: uuid.UUID, findings: list[FindingIn]
) -> list[Finding]:
    """Add findings to a draft (a finding with a known ``external_key`` is replaced, so apps
    may resend). All or nothing: one invalid finding refuses the batch."""
    record = draft_record(session, who, inspection_id)
    catalog = _catalog(record)
    values = [
        check_finding(session, record.port_id, record.facility_id, f, catalog, f"findings[{i}]")
        for i, f in enumerate(findings)
    ]
    out = []
    for value in values:
        existing = None
        if value["external_key"]:
            existing = session.scalar(
                select(Finding).where(
                    Finding.port_id == record.port_id,
                    Finding.inspection_id == record.id,
                    Finding.external_key == value["external_key"],
                )
            )
        if existing is None:
            existing = Finding(port_id=record.port_id, id=new_id(), inspection_id=record.id)
            session.add(existing)
        for key, v in value.items():
            setattr(existing, key, v)
        out.append(existing)
    session.flush()
    return out


def delete_finding(
    session: Session, who: Principal, inspection_id: uuid.UUID, finding_id: uuid.UUID
) -> None:
    record = draft_record(session, who, inspection_id)
    finding = session.get(Finding, {"port_id": record.port_id, "id": finding_id})
    if finding is None or finding.inspection_id != record.id:
        raise NotFound("finding not found")
    session.delete(finding)
    session.flush()


def submit_inspection(
    session: Session, who: Principal, inspection_id: uuid.UUID, *, partial: bool = False
) -> Inspection:
    """Freeze a draft: check its coverage, roll up its grade, hash it, chain it, update the
    facility condition.

    An inspection of a covering type (general or detailed periodic, initial) must grade every
    span its catalogue requires, or say why a span was not inspected; otherwise it is refused
    naming the spans missing, unless ``partial``: then it is kept as partial, which never
    improves the facility's grade nor advances its schedule."""
    record = draft_record(session, who, inspection_id)
    findings = list(
        session.scalars(
            select(Finding).where(
                Finding.port_id == record.port_id, Finding.inspection_id == record.id
            )
        )
    )
    if not findings and record.inspection_type != "routine":
        raise Invalid(
            "an inspection needs at least one finding before it is submitted", field="findings"
        )
    coverage = _coverage(session, record, findings, partial)
    # serialise submissions per facility so the chain has no forks
    session.execute(
        select(Facility.id)
        .where(Facility.port_id == record.port_id, Facility.id == record.facility_id)
        .with_for_update()
    )
    last = session.scalar(
        select(Inspection)
        .where(
            Inspection.port_id == record.port_id,
            Inspection.facility_id == record.facility_id,
            Inspection.chain_seq.is_not(None),
        )
        .order_by(Inspection.chain_seq.desc())
        .limit(1)
    )
    if coverage is not None:
        coverage.carried = carry_forward(session, record, findings)
        record.complete, record.coverage = coverage.complete, coverage.as_json()
    else:
        record.complete = record.coverage = None
    record.hash_version = HASH_VERSION
    session.flush()
    record.computed_grade = rollup_of(session, record).grade
    record.submitted_by = who.name
    record.submitted_at = datetime.now(UTC)
    record.chain_seq = (last.chain_seq or 0) + 1 if last else 1
    record.prev_hash = last.record_hash if last else GENESIS
    record.record_hash = record_hash(session, record)
    record.status = "submitted"
    session.flush()
    refresh_condition(session, record.port_id, record.facility_id)
    return record


def draft_coverage(session: Session, record: Inspection) -> Coverage | None:
    """How far a record's findings cover what its catalogue requires of the facility (None
    without a catalogue)."""
    catalog = catalogs().get(record.catalog_id or "")
    if catalog is None:
        return None
    facility = session.get(Facility, {"port_id": record.port_id, "id": record.facility_id})
    assert facility is not None
    findings = session.scalars(
        select(Finding).where(Finding.port_id == record.port_id, Finding.inspection_id == record.id)
    )
    return coverage_of(required_units(catalog, live_components(session, facility)), findings)


def _coverage(
    session: Session, record: Inspection, findings: list[Finding], partial: bool
) -> Coverage | None:
    covering = record.inspection_type in covering_types()
    catalog = catalogs().get(record.catalog_id or "")
    if catalog is None:
        if covering:
            _catalog(record)  # raises, saying why
        return None
    if covering:
        missing = [c for c in catalog.conditions if record.conditions.get(c) in (None, "")]
        if missing:
            raise Invalid(
                f"the catalogue asks what the day was like: record {', '.join(missing)} in "
                "the inspection's conditions before submitting",
                field=f"conditions.{missing[0]}",
            )
    facility = session.get(Facility, {"port_id": record.port_id, "id": record.facility_id})
    assert facility is not None
    coverage = coverage_of(required_units(catalog, live_components(session, facility)), findings)
    if covering and not coverage.complete and not partial:
        raise Invalid(
            f"incomplete {record.inspection_type} inspection: {len(coverage.missing)} of "
            f"{coverage.required} spans the catalogue requires have neither a grade nor a "
            f"reason they were not inspected ({coverage.describe_missing()}). Grade them, "
            "mark them not inspected with the reason, or submit as partial (it will not "
            "change the facility's grade for the better nor its schedule)",
            field="findings",
        )
    return coverage


def approve_inspection(session: Session, who: Principal, inspection_id: uuid.UUID) -> Inspection:
    record = get_record(session, who, inspection_id)
    who.require("inspection.approve", record.port_id, "inspection")
    if record.status != "submitted":
        raise Conflict(
            f"only a submitted inspection can be approved; this one is {record.status}",
            field="status",
        )
    record.status, record.approved_by, record.approved_at = "approved", who.name, datetime.now(UTC)
    session.flush()
    return record


def revise_inspection(session: Session, who: Principal, inspection_id: uuid.UUID) -> Inspection:
    """A new draft that corrects a submitted record; the findings are copied to edit."""
    old = get_record(session, who, inspection_id)
    who.require("inspection.write", old.port_id, "inspection")
    if old.status == "draft":
        raise Conflict("a draft is edited directly, not revised", field="status")
    new = Inspection(
        port_id=old.port_id,
        id=new_id(),
        facility_id=old.facility_id,
        inspection_type=old.inspection_type,
        status="draft",
        started_on=old.started_on,
        ended_on=old.ended_on,
        inspectors=list(old.inspectors),
        organisation=old.organisation,
        methods=list(old.methods),
        conditions=dict(old.conditions),
        catalog_id=old.catalog_id,
        event_id=None,
        package_id=None,
        revises_id=old.id,
        remarks=old.remarks,
        synthetic=old.synthetic,
        created_by=who.name,
    )
    session.add(new)
    session.flush()
    for f in session.scalars(
        select(Finding).where(Finding.port_id == old.port_id, Finding.inspection_id == old.id)
    ):
        session.add(
            Finding(
                port_id=f.port_id,
                id=new_id(),
                inspection_id=new.id,
                component_id=f.component_id,
                component_type=f.component_type,
                span=f.span,
                item_code=f.item_code,
                item_class=f.item_class,
                grade=f.grade,
                not_inspected=f.not_inspected,
                measurements=dict(f.measurements),
                location=f.location,
                chainage_m=f.chainage_m,
                remarks=f.remarks,
                observed_on=f.observed_on,
                observed_at=f.observed_at,
                external_key=f.external_key,
            )
        )
    session.flush()
    return new


def override_grade(
    session: Session, who: Principal, inspection_id: uuid.UUID, grade: str, reason: str
) -> Inspection:
    """Record an engineer's facility grade for a submitted inspection, with the reason; the
    computed grade is kept beside it."""
    record = get_record(session, who, inspection_id)
    who.require("inspection.approve", record.port_id, "inspection")
    if record.status == "draft":
        raise Conflict("submit the inspection before overriding its grade", field="status")
    session.add(
        GradeOverride(
            port_id=record.port_id,
            id=new_id(),
            inspection_id=record.id,
            grade=grade,
            reason=reason.strip(),
            decided_by=who.name,
        )
    )
    session.flush()
    refresh_condition(session, record.port_id, record.facility_id)
    return record


def list_inspections(
    session: Session,
    who: Principal,
    *,
    facility_id: uuid.UUID | None = None,
    port_id: uuid.UUID | None = None,
    status: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[Inspection], int]:
    cond: list[ColumnElement[bool]] = []
    cond.append(who.port_scope(Inspection.port_id))
    if facility_id is not None:
        cond.append(Inspection.facility_id == facility_id)
    if port_id is not None:
        cond.append(Inspection.port_id == port_id)
    if status is not None:
        cond.append(Inspection.status == status)
    total = session.scalar(select(func.count()).select_from(Inspection).where(*cond)) or 0
    rows = session.scalars(
        select(Inspection)
        .where(*cond)
        .order_by(Inspection.started_on.desc(), Inspection.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return list(rows), total

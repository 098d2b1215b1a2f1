"""What an inspection must cover, and how much of it a set of findings covers.

A facility's catalogue lists its inspection items; each item applies to a component type, and
the facility's live components of that type are its spans (a quay of five caisson blocks has
five spans of ``caisson_damage``). A unit is one item at one span; an item whose component
type the facility has not broken down is one unit. An inspection of a covering type
(``catalogs/coverage.yaml``) is complete when every unit has a grade or is marked not
inspected with a reason. A span not inspected keeps the grade it last had (carried from the
record that gave it), as an engineer reading the guideline would judge it, and the shares of
the roll-up are taken of all of an item's spans.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.models import Component, Facility
from inspections.catalog import Catalog
from inspections.models import SUBMITTED, Finding, Inspection

NO_SPAN = "-"  # the one span of an item whose components are not broken down


@dataclass(frozen=True)
class Unit:
    """One inspection item at one span: a row of the field form, a grade of the record."""

    item_code: str
    item_class: str
    component_type: str
    span: str
    component_id: uuid.UUID | None

    @property
    def key(self) -> tuple[str, str]:
        return self.item_code, self.span


def span_of(component: Component) -> str:
    return component.span or NO_SPAN


def live_components(session: Session, facility: Facility) -> list[Component]:
    return list(
        session.scalars(
            select(Component)
            .where(
                Component.port_id == facility.port_id,
                Component.facility_id == facility.id,
                Component.deleted_at.is_(None),
            )
            .order_by(Component.component_type, Component.span, Component.id)
        )
    )


def required_units(catalog: Catalog, components: Iterable[Component]) -> list[Unit]:
    """Every item × span the catalogue requires of a facility with these components, in
    catalogue order, then span order."""
    by_type: dict[str, list[Component]] = {}
    for c in components:
        by_type.setdefault(c.component_type, []).append(c)
    units: dict[tuple[str, str], Unit] = {}
    for item in catalog.items:
        ordered = sorted(by_type.get(item.component_type) or [], key=lambda c: _natural(span_of(c)))
        members: list[Component | None] = list(ordered) or [None]
        for member in members:
            unit = Unit(
                item.code,
                item.item_class,
                item.component_type,
                span_of(member) if member else NO_SPAN,
                member.id if member else None,
            )
            units.setdefault(unit.key, unit)
    return list(units.values())


def _natural(span: str) -> tuple[Any, ...]:
    """Spans in the order people count them: 2 before 10."""
    return (0, int(span), "") if span.isdigit() else (1, 0, span)


@dataclass
class Coverage:
    required: int
    graded: int
    not_inspected: int
    spans: dict[str, int]  # item → its spans: what the roll-up's shares are taken of
    missing: list[Unit] = field(default_factory=list)
    carried: int = 0

    @property
    def complete(self) -> bool:
        return not self.missing

    def as_json(self) -> dict[str, Any]:
        """What the record keeps (and hashes)."""
        return {
            "required": self.required,
            "graded": self.graded,
            "not_inspected": self.not_inspected,
            "carried": self.carried,
            "missing": len(self.missing),
            "spans": dict(sorted(self.spans.items())),
        }

    def describe_missing(self, limit: int = 12) -> str:
        shown = ", ".join(f"{u.item_code} span {u.span}" for u in self.missing[:limit])
        more = len(self.missing) - limit
        return shown + (f" and {more} more" if more > 0 else "")


def coverage_of(units: list[Unit], findings: Iterable[Finding]) -> Coverage:
    """How far ``findings`` cover ``units``. A unit is graded when a finding of its item and
    span has a grade, excused when one says why it was not inspected; an item the facility
    has not broken down (span ``-``) is covered by any finding of the item."""
    graded: set[tuple[str, str]] = set()
    excused: set[tuple[str, str]] = set()
    for f in findings:
        (graded if f.grade is not None else excused).add((f.item_code, f.span))
    whole = {u.item_code for u in units if u.span == NO_SPAN}
    graded_items = {item for item, _ in graded}
    excused_items = {item for item, _ in excused}

    def state(unit: Unit) -> str | None:
        if unit.key in graded or (unit.item_code in whole and unit.item_code in graded_items):
            return "graded"
        if unit.key in excused or (unit.item_code in whole and unit.item_code in excused_items):
            return "excused"
        return None

    states = [(u, state(u)) for u in units]
    spans: dict[str, int] = {}
    for u in units:
        spans[u.item_code] = spans.get(u.item_code, 0) + 1
    return Coverage(
        required=len(units),
        graded=sum(1 for _, s in states if s == "graded"),
        not_inspected=sum(1 for _, s in states if s == "excused"),
        spans=spans,
        missing=[u for u, s in states if s is None],
    )


def carry_forward(session: Session, record: Inspection, findings: list[Finding]) -> int:
    """Give each finding not inspected the grade its span last had in an earlier submitted
    record of the facility (and that record's id); returns how many were found."""
    excused = [f for f in findings if f.grade is None]
    if not excused:
        return 0
    keys = {(f.item_code, f.span) for f in excused}
    earlier = session.execute(
        select(Finding.item_code, Finding.span, Finding.grade, Inspection.id)
        .join(
            Inspection,
            (Inspection.port_id == Finding.port_id) & (Inspection.id == Finding.inspection_id),
        )
        .where(
            Inspection.port_id == record.port_id,
            Inspection.facility_id == record.facility_id,
            Inspection.status.in_(SUBMITTED),
            Inspection.id != record.id,
            Inspection.started_on <= record.started_on,
            Finding.grade.is_not(None),
            Finding.item_code.in_({k[0] for k in keys}),
        )
        .order_by(Inspection.started_on.desc(), Inspection.chain_seq.desc())
    ).all()
    last: dict[tuple[str, str], tuple[str, uuid.UUID]] = {}
    for item, span, grade, inspection_id in earlier:
        if grade is not None:
            last.setdefault((item, span), (grade, inspection_id))
    carried = 0
    for f in excused:
        found = last.get((f.item_code, f.span))
        f.carried_grade, f.carried_from = found if found else (None, None)
        carried += found is not None
    return carried

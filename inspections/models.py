"""Inspection tables (see migration 0002 for constraints and the immutability triggers)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from geoalchemy2 import Geometry
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Integer,
    SmallInteger,
    String,
    Text,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kernel.database import Base

INSPECTION_TYPES = ("initial", "routine", "general_periodic", "detailed_periodic", "extraordinary")
SUBMITTED = ("submitted", "approved")  # statuses of records that count: frozen and chained
HASH_VERSION = 2  # what new records are hashed with (inspections.integrity)


class InspectionEvent(Base):
    """An earthquake, tsunami, typhoon or collision after which facilities must be inspected."""

    __tablename__ = "inspection_event"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    area: Mapped[Any] = mapped_column(Geometry("GEOMETRY", srid=4326, spatial_index=False))
    epicentre: Mapped[Any] = mapped_column(
        Geometry("POINT", srid=4326, spatial_index=False), nullable=True
    )
    radius_km: Mapped[float | None] = mapped_column(Float)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Inspection(Base):
    __tablename__ = "inspection"
    __table_args__ = (
        ForeignKeyConstraint(["port_id", "facility_id"], ["facility.port_id", "facility.id"]),
    )

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    facility_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    inspection_type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(12), default="draft")
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    inspectors: Mapped[list[str]] = mapped_column(JSONB, default=list)
    organisation: Mapped[str | None] = mapped_column(Text)
    methods: Mapped[list[str]] = mapped_column(JSONB, default=list)
    conditions: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    catalog_id: Mapped[str | None] = mapped_column(String(40))
    event_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    package_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    revises_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    remarks: Mapped[str | None] = mapped_column(Text)
    computed_grade: Mapped[str | None] = mapped_column(String(1))
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    submitted_by: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approved_by: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    chain_seq: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    record_hash: Mapped[str | None] = mapped_column(String(64))
    # set at submission: whether every span the catalogue requires was graded or excused, and
    # the counts (required, graded, not_inspected, carried, spans per item); None on records
    # submitted before coverage was recorded (counted as complete, as they were then)
    complete: Mapped[bool | None] = mapped_column(Boolean)
    coverage: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    hash_version: Mapped[int] = mapped_column(SmallInteger, default=HASH_VERSION)


class Finding(Base):
    """A grade for one inspection item at one span of one component."""

    __tablename__ = "finding"
    __table_args__ = (
        ForeignKeyConstraint(["port_id", "inspection_id"], ["inspection.port_id", "inspection.id"]),
    )

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    component_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    component_type: Mapped[str] = mapped_column(Text)
    span: Mapped[str] = mapped_column(String(40), default="-")
    item_code: Mapped[str] = mapped_column(String(60))
    item_class: Mapped[str] = mapped_column(String(3))
    grade: Mapped[str | None] = mapped_column(String(1))  # None: not inspected, see the reason
    not_inspected: Mapped[str | None] = mapped_column(String(20))
    # for a span not inspected, the grade it last had and the record that gave it (at submit)
    carried_grade: Mapped[str | None] = mapped_column(String(1))
    carried_from: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    measurements: Mapped[dict[str, float]] = mapped_column(JSONB, default=dict)
    location: Mapped[Any] = mapped_column(
        Geometry("POINT", srid=4326, spatial_index=False), nullable=True
    )
    chainage_m: Mapped[float | None] = mapped_column(Float)
    remarks: Mapped[str | None] = mapped_column(Text)
    observed_on: Mapped[date | None] = mapped_column(Date)
    observed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    external_key: Mapped[str | None] = mapped_column(String(80))

    @property
    def effective_grade(self) -> str | None:
        """The grade the roll-up counts: the one given, or for a span not inspected the one
        carried from its last grading."""
        return self.grade or self.carried_grade


class Attachment(Base):
    """A photo or document, stored by its SHA-256 in the file store."""

    __tablename__ = "attachment"
    __table_args__ = (
        ForeignKeyConstraint(["port_id", "inspection_id"], ["inspection.port_id", "inspection.id"]),
    )

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    finding_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # where taken_at's offset came from: exif_offset, gps, port_zone
    taken_at_source: Mapped[str | None] = mapped_column(String(12))
    location: Mapped[Any] = mapped_column(
        Geometry("POINT", srid=4326, spatial_index=False), nullable=True
    )
    distance_m: Mapped[float | None] = mapped_column(Float)  # from the photo to its facility
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class GradeOverride(Base):
    """An engineer's decision to set the facility grade of an inspection, with the reason."""

    __tablename__ = "grade_override"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    grade: Mapped[str] = mapped_column(String(1))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class FacilityCondition(Base):
    """The current condition of a facility: its latest submitted inspection's grades."""

    __tablename__ = "facility_condition"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    facility_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    inspection_type: Mapped[str] = mapped_column(String(30))
    inspected_on: Mapped[date] = mapped_column(Date)
    computed_grade: Mapped[str | None] = mapped_column(String(1))
    final_grade: Mapped[str | None] = mapped_column(String(1))
    override_reason: Mapped[str | None] = mapped_column(Text)
    coverage: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # of the grading record
    worsened_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # a later partial record
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

"""BIM tables: a model (a stored IFC file), its elements, placements given by hand, and the
link of each element to a facility or component (see migration 0005)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from geoalchemy2 import Geometry
from sqlalchemy import (
    BigInteger,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Integer,
    String,
    Text,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kernel.database import Base


class BimModel(Base):
    __tablename__ = "bim_model"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(Text)
    file_size: Mapped[int] = mapped_column(BigInteger)
    declared_schema: Mapped[str | None] = mapped_column(Text)
    schema: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, default="queued")  # ready once its job is done
    job_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    notes: Mapped[list[str]] = mapped_column(JSONB, default=list)
    georef: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    glb_sha256: Mapped[str | None] = mapped_column(String(64))
    glb_origin: Mapped[list[float] | None] = mapped_column(JSONB)  # [x, y] engineering metres
    element_count: Mapped[int | None] = mapped_column(Integer)
    options: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class BimElement(Base):
    __tablename__ = "bim_element"
    __table_args__ = (
        ForeignKeyConstraint(["port_id", "model_id"], ["bim_model.port_id", "bim_model.id"]),
    )

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    model_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    global_id: Mapped[str] = mapped_column(String(22), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    ifc_class: Mapped[str] = mapped_column(Text)
    predefined_type: Mapped[str | None] = mapped_column(Text)
    object_type: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    tag: Mapped[str | None] = mapped_column(Text)
    parent_global_id: Mapped[str | None] = mapped_column(String(22))
    psets: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    footprint_local: Mapped[Any] = mapped_column(
        Geometry("GEOMETRY", srid=0, spatial_index=False), nullable=True
    )
    footprint: Mapped[Any] = mapped_column(
        Geometry("GEOMETRY", srid=4326, spatial_index=False), nullable=True
    )


class BimPlacement(Base):
    __tablename__ = "bim_placement"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    port_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    model_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    placement: Mapped[dict[str, Any]] = mapped_column(JSONB)
    actor: Mapped[str] = mapped_column(Text)
    placed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class BimLink(Base):
    """How an element is tied to the registry; ``facility_id`` NULL with method ``manual``
    records that someone unlinked it (automatic linking then leaves it alone)."""

    __tablename__ = "bim_link"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    model_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    global_id: Mapped[str] = mapped_column(String(22), primary_key=True)
    facility_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    component_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    method: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    detail: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(Text)
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

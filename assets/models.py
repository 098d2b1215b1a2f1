"""Registry tables.

Tenant tables (facility, component, external ids) carry ``port_id`` in their primary key and in
every foreign key between them, so no key crosses ports and the tables can be distributed by
``port_id``. Authorities and ports are small reference tables. Every change to the versioned
tables is copied into ``registry_history`` by a database trigger (see the migration), which is
what "as of" reads use. Columns holding codes reference the ``code_*`` tables in the
database (see the migration); the mapping here does not repeat those keys.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from geoalchemy2 import Geometry
from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
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


class Versioned:
    """Columns every history-tracked registry row has."""

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Authority(Versioned, Base):
    """A port manager (港湾管理者): a prefecture, a city, a port authority."""

    __tablename__ = "authority"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_ja: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2))
    attributes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)


class Port(Versioned, Base):
    __tablename__ = "port"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    authority_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("authority.id"))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    unlocode: Mapped[str | None] = mapped_column(String(5))
    jp_port_code: Mapped[str | None] = mapped_column(String(10))
    name_ja: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    port_class: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2))
    time_zone: Mapped[str] = mapped_column(Text)  # IANA, e.g. Asia/Tokyo: local times
    metric_epsg: Mapped[int] = mapped_column(Integer)
    boundary: Mapped[Any] = mapped_column(
        Geometry("MULTIPOLYGON", srid=4326, spatial_index=False), nullable=True
    )
    attributes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)


class PortDatum(Base):
    """A port's vertical datum and its offset to T.P. (or the national datum), valid from a date.

    ``height in reference = height in datum + offset_m``; e.g. Yokohama D.L. = T.P. −1.090 m
    gives ``offset_m = -1.090`` with ``reference = 'TP'``.
    """

    __tablename__ = "port_datum"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("port.id"), primary_key=True)
    datum: Mapped[str] = mapped_column(Text, primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, primary_key=True)
    valid_to: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(Text)
    offset_m: Mapped[float] = mapped_column(Float)
    source: Mapped[str | None] = mapped_column(Text)


class Facility(Versioned, Base):
    __tablename__ = "facility"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("port.id"), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    ledger_no: Mapped[str | None] = mapped_column(String(60))
    name_ja: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    structure_type: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    geom: Mapped[Any] = mapped_column(Geometry("GEOMETRY", srid=4326, spatial_index=False))
    length_m: Mapped[float | None] = mapped_column(Float)
    width_m: Mapped[float | None] = mapped_column(Float)
    design_depth_m: Mapped[float | None] = mapped_column(Float)
    design_depth_datum: Mapped[str | None] = mapped_column(Text)
    crown_height_m: Mapped[float | None] = mapped_column(Float)
    crown_height_datum: Mapped[str | None] = mapped_column(Text)
    design_vessel: Mapped[str | None] = mapped_column(Text)
    construction_year: Mapped[int | None] = mapped_column(Integer)
    design_life_years: Mapped[int | None] = mapped_column(Integer)
    owner: Mapped[str | None] = mapped_column(Text)
    manager: Mapped[str | None] = mapped_column(Text)
    important: Mapped[bool] = mapped_column(Boolean, default=False)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    synthetic: Mapped[list[str]] = mapped_column(JSONB, default=list)


# The flat specification columns of a facility, as importers map them and exports write them
# (a height is two columns: value and datum).
FACILITY_SPEC_COLUMNS = (
    "ledger_no",
    "name_ja",
    "name_en",
    "kind",
    "structure_type",
    "status",
    "length_m",
    "width_m",
    "design_depth_m",
    "design_depth_datum",
    "crown_height_m",
    "crown_height_datum",
    "design_vessel",
    "construction_year",
    "design_life_years",
    "owner",
    "manager",
    "important",
)


class Component(Versioned, Base):
    """A member of a facility (上部工, ケーソン, 鋼矢板, 防舷材 …), optionally per span/block."""

    __tablename__ = "component"
    __table_args__ = (
        ForeignKeyConstraint(["port_id", "facility_id"], ["facility.port_id", "facility.id"]),
    )

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    facility_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    component_type: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    span: Mapped[str | None] = mapped_column(String(40))
    chainage_from_m: Mapped[float | None] = mapped_column(Float)
    chainage_to_m: Mapped[float | None] = mapped_column(Float)
    exposure: Mapped[str | None] = mapped_column(Text)
    geom: Mapped[Any] = mapped_column(
        Geometry("GEOMETRY", srid=4326, spatial_index=False), nullable=True
    )
    attributes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    synthetic: Mapped[list[str]] = mapped_column(JSONB, default=list)


class FacilityExternalId(Base):
    """An id the facility has elsewhere (ledger system, OSM, IFC GlobalId, PLATEAU gml:id)."""

    __tablename__ = "facility_external_id"
    __table_args__ = (
        ForeignKeyConstraint(["port_id", "facility_id"], ["facility.port_id", "facility.id"]),
    )

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    source: Mapped[str] = mapped_column(String(40), primary_key=True)
    ext_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    facility_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class RegistryHistory(Base):
    """One version of a registry row, valid from ``valid_from`` until ``valid_to``."""

    __tablename__ = "registry_history"

    hist_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    port_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(10))
    valid_from: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    valid_to: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB)

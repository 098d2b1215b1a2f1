"""Tables of sensors (see migration 0004); ``observation`` is written with COPY."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from geoalchemy2 import Geometry
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Float,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kernel.database import Base


class Datastream(Base):
    """One channel of a sensor (SensorThings Datastream), bound to a facility (Thing)."""

    __tablename__ = "datastream"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    facility_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    component_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    ifc_global_id: Mapped[str | None] = mapped_column(String(22))
    ext_id: Mapped[str | None] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(Text)
    observed_property: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10), default="observed")  # or predicted
    datum: Mapped[str | None] = mapped_column(Text)  # the port datum heights are measured from
    sensor: Mapped[str | None] = mapped_column(Text)
    location: Mapped[Any] = mapped_column(
        Geometry("POINT", srid=4326, spatial_index=False), nullable=True
    )
    warning_low: Mapped[float | None] = mapped_column(Float)
    warning_high: Mapped[float | None] = mapped_column(Float)
    alarm_low: Mapped[float | None] = mapped_column(Float)
    alarm_high: Mapped[float | None] = mapped_column(Float)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class SensorAlert(Base):
    __tablename__ = "sensor_alert"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    datastream_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    level: Mapped[str] = mapped_column(String(10))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    peak: Mapped[float] = mapped_column(Float)
    acknowledged_by: Mapped[str | None] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class RejectedReading(Base):
    __tablename__ = "rejected_reading"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    source: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)


observation = Table(
    "observation",
    MetaData(),
    Column("port_id", Uuid, primary_key=True),
    Column("datastream_id", Uuid, primary_key=True),
    Column("observed_at", DateTime(timezone=True), primary_key=True),
    Column("value", Float, nullable=False),
    Column("quality", SmallInteger, nullable=False),
    Column("received_at", DateTime(timezone=True)),
)

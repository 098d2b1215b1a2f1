"""Tables of planning: fitted deterioration models (versioned) and saved scenario runs."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, Uuid, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kernel.database import Base


class DeteriorationModel(Base):
    __tablename__ = "deterioration_model"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    port_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    component_type: Mapped[str] = mapped_column(Text)
    exposure: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(10))
    version: Mapped[int] = mapped_column(Integer)
    params: Mapped[dict[str, Any]] = mapped_column(JSONB)
    n_pairs: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)
    report: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class PlanScenario(Base):
    __tablename__ = "plan_scenario"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str | None] = mapped_column(Text)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSONB)
    result: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

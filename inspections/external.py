"""Inspections recorded by other systems, kept as they were recorded: a PLATEAU bridge's
periodic inspection (survey year, 判定区分 I–IV of the road-bridge scale) imported with it.

They are history, not our records: each keeps its source, the file it came from and its own
judgement scale; none enters the integrity chain, a roll-up, a schedule or a deterioration
estimate. The facility's timeline shows them beside our inspections, marked as external.
Re-importing the same file changes nothing (one row per facility, source and source ref).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Date, DateTime, ForeignKeyConstraint, Integer, Text, Uuid, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, Session, mapped_column

from assets.importers import record_writer
from assets.models import Facility
from kernel.auth.service import Principal
from kernel.database import Base
from kernel.ids import new_id
from kernel.lookup import readable

KIND = "external_inspection"
FIELDS = (
    "survey_year",
    "surveyed_on",
    "judgement",
    "judgement_label",
    "scale",
    "reference_date",
    "attributes",
)


class ExternalInspection(Base):
    __tablename__ = "external_inspection"
    __table_args__ = (
        ForeignKeyConstraint(["port_id", "facility_id"], ["facility.port_id", "facility.id"]),
    )

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    facility_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    source: Mapped[str] = mapped_column(Text)  # who recorded it: "PLATEAU"
    source_ref: Mapped[str] = mapped_column(Text)  # its id there (gml:id)
    survey_year: Mapped[int | None] = mapped_column(Integer)
    surveyed_on: Mapped[date | None] = mapped_column(Date)
    judgement: Mapped[str | None] = mapped_column(Text)  # the code, in its own scale
    judgement_label: Mapped[str | None] = mapped_column(Text)
    scale: Mapped[str] = mapped_column(Text)  # the code list the judgement belongs to
    reference_date: Mapped[date | None] = mapped_column(Date)  # when the source said it
    attributes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    imported_from: Mapped[str] = mapped_column(Text)  # the import's file and namespace
    imported_by: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class ExternalInspectionPublic(BaseModel):
    """An inspection another system recorded: its source, its own scale; not ours, not
    chained, never part of a grade."""

    id: uuid.UUID
    facility_id: uuid.UUID
    external: bool = Field(True, description="always true: recorded elsewhere, not by Port Twin")
    source: str
    source_ref: str
    survey_year: int | None
    surveyed_on: date | None
    judgement: str | None
    judgement_label: str | None
    scale: str
    reference_date: date | None
    attributes: dict[str, Any]
    imported_from: str
    imported_at: datetime


def _date(value: Any) -> date | None:
    return value if isinstance(value, date) or value is None else date.fromisoformat(str(value))


@record_writer(KIND)
def write_external_inspections(
    session: Session,
    who: Principal,
    facility: Facility,
    imported_from: str,
    records: list[dict[str, Any]],
) -> int:
    """Keep each record once (by source and source_ref): a changed one is updated, an
    unchanged one left alone. Returns how many were new or changed."""
    changed = 0
    for record in records:
        values = {
            "survey_year": record.get("survey_year"),
            "surveyed_on": _date(record.get("surveyed_on")),
            "judgement": record.get("judgement"),
            "judgement_label": record.get("judgement_label"),
            "scale": record["scale"],
            "reference_date": _date(record.get("reference_date")),
            "attributes": record.get("attributes") or {},
        }
        row = session.scalar(
            select(ExternalInspection).where(
                ExternalInspection.port_id == facility.port_id,
                ExternalInspection.facility_id == facility.id,
                ExternalInspection.source == record["source"],
                ExternalInspection.source_ref == record["source_ref"],
            )
        )
        if row is None:
            session.add(
                ExternalInspection(
                    port_id=facility.port_id,
                    id=new_id(),
                    facility_id=facility.id,
                    source=record["source"],
                    source_ref=record["source_ref"],
                    imported_from=imported_from,
                    imported_by=who.name,
                    **values,
                )
            )
            changed += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.imported_from, row.imported_by = imported_from, who.name
            changed += 1
    session.flush()
    return changed


def external_inspections(
    session: Session, who: Principal, facility_id: uuid.UUID
) -> list[ExternalInspectionPublic]:
    """A facility's external inspections, newest survey first."""
    facility = readable(session, who, Facility, facility_id, what="facility")
    rows = session.scalars(
        select(ExternalInspection)
        .where(
            ExternalInspection.port_id == facility.port_id,
            ExternalInspection.facility_id == facility.id,
        )
        .order_by(
            ExternalInspection.survey_year.desc().nulls_last(),
            ExternalInspection.surveyed_on.desc().nulls_last(),
        )
    )
    return [
        ExternalInspectionPublic(
            id=r.id,
            facility_id=r.facility_id,
            source=r.source,
            source_ref=r.source_ref,
            imported_from=r.imported_from,
            imported_at=r.imported_at,
            **{k: getattr(r, k) for k in FIELDS},
        )
        for r in rows
    ]

"""Response shapes of the twin state."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field

from assets.bim.service import LinkedModel
from assets.schemas import FacilityPublic
from inspections.schemas import CoveragePublic
from twin.sensors.schemas import AlertPublic, DatastreamPublic, ReadingPublic
from twin.surveys.schemas import ShoalStretch


class LastInspection(BaseModel):
    id: uuid.UUID
    type: str
    date: date
    computed_grade: str | None


class ConditionState(BaseModel):
    last_inspection: LastInspection | None
    final_grade: str | None = Field(description="A–D, an engineer's override when recorded")
    override_reason: str | None
    coverage: CoveragePublic | None = Field(
        default=None, description="how much of the catalogue the grading inspection covered"
    )
    worsened_by: uuid.UUID | None = Field(
        default=None, description="a later partial inspection that made the grade worse"
    )
    next_due: dict[str, date | None] = Field(description="per cycled inspection type")
    overdue: list[str] = Field(description="inspection types past due")


class DatastreamState(DatastreamPublic):
    latest: ReadingPublic | None
    active_alerts: list[AlertPublic]


class DepthSummary(BaseModel):
    design_depth_m: float | None = None
    datum: str | None = None
    shoal_stretches: list[ShoalStretch] | None = None
    ok: bool | None = None
    error: str | None = Field(default=None, description="why the check could not be made")


class SurveyState(BaseModel):
    id: uuid.UUID
    kind: str
    surveyed_on: date
    depth_check: DepthSummary | None = None


class FacilityState(BaseModel):
    at: datetime
    facility: FacilityPublic
    condition: ConditionState
    datastreams: list[DatastreamState]
    survey: SurveyState | None
    bim_models: list[LinkedModel]


class PortFacilityState(BaseModel):
    id: uuid.UUID
    ledger_no: str | None
    name: str | None
    kind: str
    grade: str | None
    overdue: list[str]


class PortState(BaseModel):
    at: datetime
    port: str
    facilities: list[PortFacilityState]
    active_alerts: int
    grades: dict[str, int] = Field(description="how many facilities have each grade")
    not_inspected: int

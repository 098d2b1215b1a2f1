"""Request and response shapes of sensors: datastreams, readings, aggregates, alerts."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from kernel.schemas import Input


class DatastreamIn(Input):
    facility_id: uuid.UUID
    component_id: uuid.UUID | None = None
    ifc_global_id: str | None = Field(default=None, min_length=22, max_length=22)
    ext_id: str | None = Field(default=None, max_length=120, examples=["rws:VLISSGN:WATHTE"])
    name: str = Field(max_length=300, examples=["Tide gauge Vlissingen"])
    observed_property: str = Field(max_length=80, examples=["water_level"])
    unit: str = Field(max_length=40, examples=["m"])
    kind: Literal["observed", "predicted"] = Field(
        default="observed",
        description="predicted: a tide table or model run, kept apart from what was measured",
    )
    datum: str | None = Field(
        default=None,
        max_length=40,
        description="the vertical datum heights are measured from (a port datum code: TP, "
        "CDL, TIDE_TABLE, GAUGE_ZERO, NAP …)",
        examples=["TIDE_TABLE"],
    )
    sensor: str | None = Field(default=None, max_length=300)
    location: dict[str, Any] | None = Field(default=None, description="GeoJSON Point")
    warning_low: float | None = None
    warning_high: float | None = None
    alarm_low: float | None = None
    alarm_high: float | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)


class Thresholds(BaseModel):
    warning_low: float | None
    warning_high: float | None
    alarm_low: float | None
    alarm_high: float | None


class ReadingPublic(BaseModel):
    t: datetime = Field(description="when the value was observed")
    v: float = Field(description="the value, in the datastream's unit")
    q: int = Field(description="quality code (0 = valid)")


class DatastreamPublic(BaseModel):
    id: uuid.UUID
    port_id: uuid.UUID
    facility_id: uuid.UUID
    component_id: uuid.UUID | None
    ifc_global_id: str | None
    ext_id: str | None
    name: str
    observed_property: str
    unit: str
    kind: str = Field(description="observed or predicted")
    datum: str | None = Field(description="vertical datum of heights")
    sensor: str | None
    location: dict[str, Any] | None = Field(description="GeoJSON Point")
    thresholds: Thresholds
    attributes: dict[str, Any]


class DatastreamDetail(DatastreamPublic):
    latest: ReadingPublic | None = Field(description="the newest reading (at `as_of`)")


class AggregateBucket(BaseModel):
    t: datetime = Field(description="start of the bucket")
    min: float
    max: float
    mean: float
    n: int


class Aggregates(BaseModel):
    bucket_seconds: int
    start: datetime
    end: datetime
    buckets: list[AggregateBucket]


class AlertPublic(BaseModel):
    id: uuid.UUID
    datastream_id: uuid.UUID
    datastream: str = Field(description="the datastream's name")
    level: str = Field(description="warning or alarm")
    started_at: datetime
    ended_at: datetime | None
    peak: float
    acknowledged_by: str | None
    acknowledged_at: datetime | None


class IngestPublic(BaseModel):
    received: int
    written: int = Field(description="new or updated readings")
    duplicates: int = Field(description="readings already there (ignored or updated)")
    alerts_opened: int


class RejectedReadingPublic(BaseModel):
    received_at: datetime
    source: str
    payload: str
    reason: str


class ResidualPoint(BaseModel):
    t: datetime
    observed: float = Field(description="in the predicted series' datum and unit")
    predicted: float
    residual: float = Field(description="observed − predicted (the surge, for water levels)")
    q: int = Field(description="the observation's quality code")


class Residuals(BaseModel):
    observed_id: uuid.UUID
    predicted_id: uuid.UUID
    datum: str | None = Field(description="both series brought to this datum")
    offset_m: float = Field(description="added to the observations to bring them there")
    unit: str
    points: list[ResidualPoint]


class SeriesImportPublic(BaseModel):
    file: str
    format: str
    read: int = Field(description="readings in the file")
    written: int = Field(description="new readings (a re-import adds none)")
    first: datetime | None
    last: datetime | None
    scale: float = Field(description="applied to bring the file's unit to the datastream's")
    extremes_written: int = 0
    notes: list[str]

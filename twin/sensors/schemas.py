"""Request and response shapes of sensors: datastreams, readings, aggregates, alerts."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

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

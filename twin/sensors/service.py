"""Datastreams and their readings: registry, reads, aggregates, latest values, alerts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from geoalchemy2.shape import to_shape
from shapely.geometry import mapping
from sqlalchemy import ColumnElement, and_, func, literal, select
from sqlalchemy.orm import Session

from assets.common import check_code, parse_geometry
from assets.facilities import live_facility
from assets.models import Component, Facility
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.ids import new_id
from kernel.lookup import readable
from twin.sensors.models import Datastream, RejectedReading, SensorAlert, observation
from twin.sensors.schemas import (
    AggregateBucket,
    Aggregates,
    AlertPublic,
    DatastreamIn,
    DatastreamPublic,
    ReadingPublic,
    RejectedReadingPublic,
    Thresholds,
)


def stream_public(s: Datastream) -> DatastreamPublic:
    return DatastreamPublic(
        id=s.id,
        port_id=s.port_id,
        facility_id=s.facility_id,
        component_id=s.component_id,
        ifc_global_id=s.ifc_global_id,
        ext_id=s.ext_id,
        name=s.name,
        observed_property=s.observed_property,
        unit=s.unit,
        kind=s.kind,
        datum=s.datum,
        sensor=s.sensor,
        location=dict(mapping(to_shape(s.location))) if s.location is not None else None,
        thresholds=Thresholds(
            warning_low=s.warning_low,
            warning_high=s.warning_high,
            alarm_low=s.alarm_low,
            alarm_high=s.alarm_high,
        ),
        attributes=s.attributes,
    )


def create_datastream(session: Session, who: Principal, data: DatastreamIn) -> Datastream:
    facility = live_facility(session, who, data.facility_id)
    who.require("registry.write", facility.port_id, "facility")
    if (
        data.component_id is not None
        and session.scalar(
            select(Component.id).where(
                Component.id == data.component_id, Component.facility_id == facility.id
            )
        )
        is None
    ):
        raise Invalid("the component is not a member of this facility", field="component_id")
    if data.datum is not None:
        check_code(session, "vertical_datum", data.datum, "datum")
    for low, high in ((data.warning_low, data.warning_high), (data.alarm_low, data.alarm_high)):
        if low is not None and high is not None and low >= high:
            raise Invalid("a low threshold must be below its high threshold", field="thresholds")
    values = data.model_dump(exclude={"location"})
    stream = Datastream(port_id=facility.port_id, id=new_id(), **values)
    if data.location is not None:
        stream.location = parse_geometry(data.location, None, field="location")
    session.add(stream)
    session.flush()
    return stream


def get_stream(session: Session, who: Principal, stream_id: uuid.UUID) -> Datastream:
    return readable(session, who, Datastream, stream_id, what="datastream")


def list_streams(
    session: Session, who: Principal, facility_id: uuid.UUID | None = None
) -> list[Datastream]:
    query = select(Datastream).order_by(Datastream.name)
    query = query.where(who.port_scope(Datastream.port_id))
    if facility_id is not None:
        query = query.where(Datastream.facility_id == facility_id)
    return list(session.scalars(query))


def _range(start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
    end = end or datetime.now(UTC)
    start = start or end - timedelta(days=7)
    if start >= end:
        raise Invalid("start must be before end", field="start")
    return start, end


def readings(
    session: Session,
    stream: Datastream,
    start: datetime | None,
    end: datetime | None,
    limit: int = 10_000,
) -> list[ReadingPublic]:
    start, end = _range(start, end)
    o = observation.c
    rows = session.execute(
        select(o.observed_at, o.value, o.quality)
        .where(
            o.port_id == stream.port_id,
            o.datastream_id == stream.id,
            o.observed_at >= start,
            o.observed_at < end,
        )
        .order_by(o.observed_at)
        .limit(limit)
    )
    return [ReadingPublic(t=t, v=v, q=q) for t, v, q in rows]


NICE_BUCKETS = [
    timedelta(minutes=m) for m in (1, 5, 10, 15, 30, 60, 180, 360, 720, 1440, 10080, 43200)
]


def aggregates(
    session: Session,
    stream: Datastream,
    start: datetime | None,
    end: datetime | None,
    points: int = 500,
) -> Aggregates:
    """min/max/mean/count per bucket, the bucket chosen so the range gives about ``points``
    buckets; computed by PostgreSQL (date_bin)."""
    start, end = _range(start, end)
    wanted = (end - start) / max(points, 1)
    bucket = next((b for b in NICE_BUCKETS if b >= wanted), NICE_BUCKETS[-1])
    o = observation.c
    binned = func.date_bin(literal(bucket), o.observed_at, literal(start)).label("bucket")
    rows = session.execute(
        select(binned, func.min(o.value), func.max(o.value), func.avg(o.value), func.count())
        .where(
            o.port_id == stream.port_id,
            o.datastream_id == stream.id,
            o.observed_at >= start,
            o.observed_at < end,
        )
        .group_by(binned)
        .order_by(binned)
    )
    return Aggregates(
        bucket_seconds=int(bucket.total_seconds()),
        start=start,
        end=end,
        buckets=[
            AggregateBucket(t=b, min=lo, max=hi, mean=float(mean), n=n)
            for b, lo, hi, mean, n in rows
        ],
    )


def latest(
    session: Session, stream: Datastream, at: datetime | None = None
) -> ReadingPublic | None:
    o = observation.c
    cond = [o.port_id == stream.port_id, o.datastream_id == stream.id]
    if at is not None:
        cond.append(o.observed_at <= at)
    row = session.execute(
        select(o.observed_at, o.value, o.quality)
        .where(and_(*cond))
        .order_by(o.observed_at.desc())
        .limit(1)
    ).first()
    return None if row is None else ReadingPublic(t=row[0], v=row[1], q=row[2])


def alerts(
    session: Session,
    who: Principal,
    *,
    stream_id: uuid.UUID | None = None,
    port_id: uuid.UUID | None = None,
    active_at: datetime | None = None,
    active_only: bool = False,
) -> list[AlertPublic]:
    query = (
        select(SensorAlert, Datastream.name)
        .join(
            Datastream,
            (Datastream.port_id == SensorAlert.port_id)
            & (Datastream.id == SensorAlert.datastream_id),
        )
        .order_by(SensorAlert.started_at.desc())
    )
    query = query.where(who.port_scope(SensorAlert.port_id))
    if stream_id is not None:
        query = query.where(SensorAlert.datastream_id == stream_id)
    if port_id is not None:
        query = query.where(SensorAlert.port_id == port_id)
    if active_at is not None:
        query = query.where(
            SensorAlert.started_at <= active_at,
            (SensorAlert.ended_at.is_(None)) | (SensorAlert.ended_at > active_at),
        )
    elif active_only:
        query = query.where(SensorAlert.ended_at.is_(None))
    return [
        AlertPublic(
            id=a.id,
            datastream_id=a.datastream_id,
            datastream=name,
            level=a.level,
            started_at=a.started_at,
            ended_at=a.ended_at,
            peak=a.peak,
            acknowledged_by=a.acknowledged_by,
            acknowledged_at=a.acknowledged_at,
        )
        for a, name in session.execute(query.limit(1000))
    ]


def acknowledge(session: Session, who: Principal, alert_id: uuid.UUID) -> None:
    alert = readable(session, who, SensorAlert, alert_id, what="alert")
    who.require("alert.acknowledge", alert.port_id, "alert")
    alert.acknowledged_by, alert.acknowledged_at = who.name, datetime.now(UTC)
    session.flush()


def rejected(session: Session, who: Principal, limit: int = 100) -> list[RejectedReadingPublic]:
    """Readings that could not be taken, newest first (administrators of all ports: a
    rejected reading may belong to no port)."""
    who.require_global_admin()
    rows = session.scalars(select(RejectedReading).order_by(RejectedReading.id.desc()).limit(limit))
    return [
        RejectedReadingPublic(
            received_at=r.received_at, source=r.source, payload=r.payload, reason=r.reason
        )
        for r in rows
    ]


def things(session: Session, who: Principal, limit: int, offset: int) -> list[Facility]:
    """The facilities that have datastreams (SensorThings Things), in id order."""
    ids = select(Datastream.facility_id).where(who.port_scope(Datastream.port_id)).distinct()
    return list(
        session.scalars(
            select(Facility)
            .where(Facility.id.in_(ids), Facility.deleted_at.is_(None))
            .order_by(Facility.id)
            .limit(limit)
            .offset(offset)
        )
    )


def streams_page(
    session: Session,
    who: Principal,
    limit: int,
    offset: int,
    facility_id: uuid.UUID | None = None,
) -> list[Datastream]:
    """Datastreams in id order (of one facility, when given)."""
    query = select(Datastream).where(who.port_scope(Datastream.port_id))
    if facility_id is not None:
        query = query.where(Datastream.facility_id == facility_id)
    return list(session.scalars(query.order_by(Datastream.id).limit(limit).offset(offset)))


def observations_page(
    session: Session,
    cond: list[ColumnElement[bool]],
    order: Any,
    limit: int,
    offset: int,
    count: bool,
) -> tuple[list[tuple[uuid.UUID, datetime, float, int]], int | None]:
    """Readings matching ``cond`` in ``order`` (one page), and how many match in all."""
    o = observation.c
    rows = session.execute(
        select(o.datastream_id, o.observed_at, o.value, o.quality)
        .where(and_(*cond))
        .order_by(order)
        .limit(limit)
        .offset(offset)
    )
    total = (
        session.scalar(select(func.count()).select_from(observation).where(and_(*cond)))
        if count
        else None
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows], total

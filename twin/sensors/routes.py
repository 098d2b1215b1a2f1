"""REST routes of sensors under /api/v1."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, status
from fastapi.concurrency import run_in_threadpool

from kernel.errors import Invalid
from kernel.guard import body_limit
from kernel.web import AsOfDep, CurrentUser, IsoTime, SessionDep
from twin.sensors import service
from twin.sensors.formats import FormatError, parse_csv, parse_json
from twin.sensors.ingest import ingest
from twin.sensors.schemas import (
    Aggregates,
    AlertPublic,
    DatastreamDetail,
    DatastreamIn,
    DatastreamPublic,
    IngestPublic,
    ReadingPublic,
    RejectedReadingPublic,
)

router = APIRouter(prefix="/api/v1", tags=["sensors"])


@router.post("/datastreams", status_code=status.HTTP_201_CREATED)
def create_datastream(
    data: DatastreamIn, who: CurrentUser, session: SessionDep
) -> DatastreamPublic:
    return service.stream_public(service.create_datastream(session, who, data))


@router.get("/datastreams")
def list_datastreams(
    who: CurrentUser, session: SessionDep, facility_id: uuid.UUID | None = None
) -> list[DatastreamPublic]:
    return [service.stream_public(s) for s in service.list_streams(session, who, facility_id)]


@router.get("/datastreams/{stream_id}")
def get_datastream(
    stream_id: uuid.UUID, who: CurrentUser, session: SessionDep, at: AsOfDep
) -> DatastreamDetail:
    stream = service.get_stream(session, who, stream_id)
    return DatastreamDetail(
        **service.stream_public(stream).model_dump(), latest=service.latest(session, stream, at)
    )


@router.post(
    "/datastreams/{stream_id}/observations",
    summary="Bulk readings: JSON array [{t, v, q}] or CSV with header t,v[,q]",
    openapi_extra=body_limit("bulk"),
)
async def post_observations(
    stream_id: uuid.UUID,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    on_duplicate: Literal["ignore", "update"] = "ignore",
) -> IngestPublic:
    """The body is read here (awaiting the network, not blocking); checking the stream,
    parsing and writing run in the thread pool, so the event loop stays free."""
    body = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip()

    def work() -> IngestPublic:
        stream = service.get_stream(session, who, stream_id)
        who.require("registry.write", stream.port_id, "datastream")
        try:
            rows = list(parse_csv(body) if kind == "text/csv" else parse_json(body))
        except FormatError as exc:
            raise Invalid(str(exc), field="body") from exc
        return IngestPublic(**ingest(session, stream, rows, on_duplicate).as_dict())

    return await run_in_threadpool(work)


@router.get("/datastreams/{stream_id}/observations", summary="Raw readings in a time range")
def get_observations(
    stream_id: uuid.UUID,
    who: CurrentUser,
    session: SessionDep,
    start: IsoTime | None = None,
    end: IsoTime | None = None,
    limit: Annotated[int, Query(ge=1, le=100_000)] = 10_000,
) -> list[ReadingPublic]:
    stream = service.get_stream(session, who, stream_id)
    return service.readings(session, stream, start, end, limit)


@router.get(
    "/datastreams/{stream_id}/aggregates",
    summary="min/max/mean per bucket for charts (bucket chosen from the range)",
)
def get_aggregates(
    stream_id: uuid.UUID,
    who: CurrentUser,
    session: SessionDep,
    start: IsoTime | None = None,
    end: IsoTime | None = None,
    points: Annotated[int, Query(ge=10, le=5000)] = 500,
) -> Aggregates:
    stream = service.get_stream(session, who, stream_id)
    return service.aggregates(session, stream, start, end, points)


@router.get("/alerts", summary="Threshold exceedances")
def list_alerts(
    who: CurrentUser,
    session: SessionDep,
    datastream_id: uuid.UUID | None = None,
    active: bool = False,
) -> list[AlertPublic]:
    return service.alerts(session, who, stream_id=datastream_id, active_only=active)


@router.post("/alerts/{alert_id}/acknowledge", status_code=status.HTTP_204_NO_CONTENT)
def acknowledge(alert_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> None:
    service.acknowledge(session, who, alert_id)


@router.get("/rejected-readings", summary="Readings that could not be taken, with the reason")
def rejected(who: CurrentUser, session: SessionDep) -> list[RejectedReadingPublic]:
    return service.rejected(session, who)

"""REST routes of sensors under /api/v1."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, File, Query, Request, UploadFile, status
from fastapi.concurrency import run_in_threadpool

from kernel.errors import Invalid
from kernel.guard import body_limit
from kernel.uploads import save_upload, upload_folder
from kernel.web import AsOfDep, CurrentUser, IsoTime, SessionDep
from twin.sensors import arrow, service, tides
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
    Residuals,
    SeriesImportPublic,
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
    summary="Bulk readings: JSON array [{t, v, q}], CSV with header t,v[,q], or Arrow IPC",
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
            if kind == arrow.MEDIA_TYPE:  # the fast way: columns checked and encoded whole
                columns = arrow.read_arrow(body)
                return IngestPublic(
                    **arrow.ingest_arrow(session, stream, columns, on_duplicate).as_dict()
                )
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


@router.post(
    "/datastreams/{stream_id}/files",
    summary="Import a NOOS, Rijkswaterstaat DIA or JMA tide file into the datastream",
    openapi_extra=body_limit("upload"),
)
def import_series_file(
    stream_id: uuid.UUID,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="the time-series file")],
    format: Annotated[
        Literal["noos", "dia", "jma"],
        Query(description="noos (GMT, m), dia (MET, unit from its header), jma (JST, cm)"),
    ],
    scale: Annotated[
        float | None, Query(gt=0, le=1e6, description="instead of converting the file's unit")
    ] = None,
) -> SeriesImportPublic:
    """Times keep their offset, values are brought to the datastream's unit, every reading
    keeps its quality flag; a DIA file whose values do not fill its header's period is
    refused; a re-import adds nothing."""
    settings = request.app.state.settings
    stream = service.get_stream(session, who, stream_id)
    with upload_folder(settings) as folder:
        saved = save_upload(file, folder, settings.max_upload_mb)
        return tides.import_file(
            session, who, stream, saved, format, name=file.filename or "file", scale=scale
        )


@router.get(
    "/datastreams/{stream_id}/residuals",
    summary="Observed − predicted (e.g. storm surge) over a period",
)
def get_residuals(
    stream_id: uuid.UUID,
    who: CurrentUser,
    session: SessionDep,
    predicted: Annotated[uuid.UUID, Query(description="the predicted datastream")],
    start: IsoTime,
    end: IsoTime,
) -> Residuals:
    """At each time both series have a value; the observations are brought to the predicted
    series' datum with the port's datum offsets."""
    return tides.residuals(session, who, stream_id, predicted, start, end)


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

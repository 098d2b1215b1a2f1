"""REST routes of raster surveys under /api/v1."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, File, Form, Query, Request, UploadFile, status
from fastapi.responses import JSONResponse, Response

from kernel.files import file_store
from kernel.guard import body_limit
from kernel.jobs import JobPublic, spawn
from kernel.schemas import Text
from kernel.uploads import save_upload, upload_folder
from kernel.web import CurrentUser, SessionDep
from twin.surveys import service
from twin.surveys.schemas import DepthCheck, StacItem, StacItems, SurveyValue

router = APIRouter(prefix="/api/v1", tags=["surveys"])


@router.post(
    "/surveys",
    status_code=status.HTTP_201_CREATED,
    summary="Upload a GeoTIFF survey, or a PLATEAU relief TIN (dem), stored as a COG; "
    "answers its STAC item",
    openapi_extra=body_limit("upload"),
    response_model=StacItem,
    responses={202: {"model": JobPublic, "description": "a large file: converted by a job"}},
)
def upload(
    request: Request,
    background: BackgroundTasks,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File()],
    port: Annotated[Text, Form(max_length=64)],
    kind: Annotated[Text, Form(max_length=32)],
    surveyed_on: Annotated[date, Form()],
    vertical_datum: Annotated[Text | None, Form(max_length=32)] = None,
    source: Annotated[Text | None, Form(max_length=500)] = None,
) -> Any:
    """A GeoTIFF, or a PLATEAU CityGML relief file (`dem:TINRelief`, kind `dem`): its
    triangles are rasterised on a 5 m grid in the port's metric CRS, heights in the file's datum
    (T.P. for EPSG:6697). A file larger than `PORTTWIN_JOB_THRESHOLD_MB` is converted by a
    background job: the answer is 202 with the job, whose `result` is the STAC item."""
    settings = request.app.state.settings
    name = file.filename or "survey.tif"
    fields = service.SurveyFields(
        kind=kind, surveyed_on=surveyed_on, vertical_datum=vertical_datum, source=source
    )
    with upload_folder(settings) as folder:
        saved = save_upload(file, folder, settings.max_upload_mb)
        if saved.stat().st_size > settings.job_threshold_mb * (1 << 20):
            job = service.queue_survey(session, who, port, name, saved, fields)
            background.add_task(spawn, job.id, settings)
            return JSONResponse(JobPublic.of(job).model_dump(mode="json"), status_code=202)
        survey = service.upload_survey(
            session, who, file_store(settings), port, name, saved, fields
        )
    return StacItem(**survey.stac)


@router.get("/surveys", summary="Surveys of a port, as STAC items")
def list_surveys(port: str, who: CurrentUser, session: SessionDep) -> StacItems:
    rows = service.list_surveys(session, who, port)
    return StacItems(features=[StacItem(**r.stac) for r in rows])


@router.get("/surveys/{survey_id}", summary="A survey's STAC item")
def get_survey(survey_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> StacItem:
    return StacItem(**service.get_survey(session, who, survey_id).stac)


@router.get(
    "/surveys/{survey_id}/cog",
    response_class=Response,
    responses={200: {"content": {"image/tiff": {}}}},
)
def download_cog(
    survey_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep
) -> Response:
    survey = service.get_survey(session, who, survey_id)
    data = file_store(request.app.state.settings).read(
        survey.sha256, what=f"the COG of survey {survey.id}"
    )
    return Response(data, media_type="image/tiff; application=geotiff; profile=cloud-optimized")


@router.get(
    "/surveys/{survey_id}/tiles/{z}/{x}/{y}.png",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}, 204: {"description": "no data"}},
)
def tile(
    survey_id: uuid.UUID,
    z: int,
    x: int,
    y: int,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
) -> Response:
    survey = service.get_survey(session, who, survey_id)
    png = service.tile_png(file_store(request.app.state.settings), survey, z, x, y)
    headers = {"Cache-Control": "private, max-age=3600"}
    if png is None:
        return Response(status_code=204, headers=headers)
    return Response(png, media_type="image/png", headers=headers)


@router.get("/surveys/{survey_id}/value", summary="The survey's value at a point")
def value(
    survey_id: uuid.UUID,
    lon: Annotated[float, Query(ge=-180, le=180)],
    lat: Annotated[float, Query(ge=-90, le=90)],
    request: Request,
    who: CurrentUser,
    session: SessionDep,
) -> SurveyValue:
    survey = service.get_survey(session, who, survey_id)
    v = service.value_at(file_store(request.app.state.settings), survey, lon, lat)
    return SurveyValue(lon=lon, lat=lat, value=v, datum=survey.vertical_datum)


@router.get(
    "/facilities/{facility_id}/depth-check",
    tags=["facilities"],
    summary="Berth depth check of a quay against the newest (or a chosen) survey",
)
def depth_check(
    facility_id: uuid.UUID,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    survey_id: uuid.UUID | None = None,
    offset_m: Annotated[
        float, Query(ge=-1000, le=1000, description="metres seaward of the quay line")
    ] = 10.0,
    spacing_m: Annotated[float, Query(ge=0.5, le=500, description="metres between samples")] = 5.0,
) -> DepthCheck:
    return service.depth_check(
        session,
        who,
        file_store(request.app.state.settings),
        facility_id,
        survey_id=survey_id,
        offset_m=offset_m,
        spacing_m=spacing_m,
    )

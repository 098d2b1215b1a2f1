"""Upload endpoint for imports: the file is copied to a private folder under a size limit,
unpacked safely when it is a zip (shapefiles with their sidecars, CityGML with its code
lists), then imported like `porttwin import`; a large upload becomes a background job.

The handler is a plain ``def``: FastAPI runs it in the thread pool, so reading files and
writing rows never holds the event loop (other requests are answered meanwhile).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from assets.importers import ImportReportPublic
from assets.importers.files import check_format, import_upload, queue_upload
from assets.importers.vector import Mapping
from kernel.errors import Invalid
from kernel.guard import body_limit
from kernel.jobs import JobPublic, spawn
from kernel.uploads import save_upload, upload_folder
from kernel.web import CurrentUser, SessionDep, bbox_numbers

router = APIRouter(prefix="/api/v1", tags=["imports"])


@router.post(
    "/imports/{fmt}",
    summary="Import facilities from an uploaded file",
    openapi_extra=body_limit("upload"),
    response_model=ImportReportPublic,
    responses={202: {"model": JobPublic, "description": "a large file: the import is a job"}},
)
def upload_import(
    fmt: str,
    request: Request,
    background: BackgroundTasks,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="the file, or a zip with its sidecar files")],
    port: Annotated[str, Query(description="port code or id", max_length=64)],
    dry_run: bool = False,
    skip_invalid: bool = False,
    kind: Annotated[
        str | None, Query(description="facility kind of every feature", max_length=64)
    ] = None,
    id_field: Annotated[
        str | None, Query(description="column identifying features", max_length=200)
    ] = None,
    source: Annotated[
        str | None, Query(description="external id namespace", max_length=200)
    ] = None,
    crs: Annotated[
        str | None, Query(description="CRS when the file has none", max_length=64)
    ] = None,
    bbox: Annotated[
        str | None,
        Query(description="osm: minLon,minLat,maxLon,maxLat to keep", max_length=200),
    ] = None,
    repair: Annotated[
        bool, Query(description="osm: repair invalid geometries (make_valid), each reported")
    ] = False,
) -> JSONResponse:
    """Formats: `vector` (GeoJSON, GeoPackage, FlatGeobuf, CSV, or a zipped shapefile), `osm`
    (.osm.pbf), `plateau` (CityGML, zipped with its codelists folder). The answer is the
    import report; 422 with the report when rows are invalid and nothing was written. A file
    larger than `PORTTWIN_JOB_THRESHOLD_MB` is imported by a background job: the answer is
    202 with the job, whose `result` is the report (`GET /api/v1/jobs/{id}`)."""
    check_format(fmt)
    settings = request.app.state.settings
    name = file.filename or "upload"
    options: dict[str, Any] = {
        "source": source,
        "crs": crs,
        "dry_run": dry_run,
        "skip_invalid": skip_invalid,
    }
    if fmt == "vector":
        options["mapping"] = Mapping(id_field=id_field, constants={"kind": kind} if kind else {})
    if fmt == "osm":
        options["repair"] = repair
        if bbox is not None:
            try:
                options["bbox"] = tuple(bbox_numbers(bbox, sizes=(4,)))
            except ValueError as exc:
                raise Invalid(str(exc), field="bbox") from None
    with upload_folder(settings) as folder:
        saved = save_upload(file, folder, settings.max_upload_mb)
        if saved.stat().st_size > settings.job_threshold_mb * (1 << 20):
            job = queue_upload(session, who, fmt, saved, port, name=name, **options)
            background.add_task(spawn, job.id, settings)
            return JSONResponse(JobPublic.of(job).model_dump(mode="json"), status_code=202)
        # invalid rows raise ImportRefused (422 with the report); the request's transaction
        # is then rolled back, so nothing is written
        report = import_upload(
            session,
            who,
            fmt,
            saved,
            port,
            name=name,
            unpack_limit=4 * (settings.max_upload_mb << 20),
            **options,
        )
    return JSONResponse(report.as_dict())

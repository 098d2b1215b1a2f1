"""Upload endpoints for imports, one per registered format (``POST /api/v1/imports/NAME``),
their parameters made from the format's options like ``porttwin import NAME``'s: the file is
copied to a private folder under a size limit, unpacked safely when it is a zip (shapefiles
with their sidecars and crest profiles, CityGML with its code lists), then imported; a large
upload becomes a background job.

The handlers are plain ``def``: FastAPI runs them in the thread pool, so reading files and
writing rows never holds the event loop (other requests are answered meanwhile).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from assets.importers import ImportReportPublic
from assets.importers.files import import_upload, queue_upload
from assets.importers.formats import IMPORTERS
from assets.importers.registry import Importer, Option
from kernel.guard import body_limit
from kernel.jobs import JobPublic, spawn
from kernel.uploads import save_upload, upload_folder
from kernel.web import CurrentUser, SessionDep

router = APIRouter(prefix="/api/v1", tags=["imports"])


def _api_parameter(option: Option) -> inspect.Parameter:
    annotation: Any
    if option.kind == "flag":
        annotation = Annotated[bool, Query(description=option.help)]
    elif option.kind == "list":
        annotation = Annotated[
            list[Annotated[str, Query(max_length=option.max_length)]] | None,
            Query(description=option.help, max_length=100),
        ]
    elif option.kind == "file":
        annotation = Annotated[UploadFile | None, File(description=option.help)]
    else:
        annotation = Annotated[
            str | None, Query(description=option.help, max_length=option.max_length)
        ]
    return inspect.Parameter(
        option.name,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=annotation,
        default=None if option.kind in ("list", "file") else option.default,
    )


def upload_endpoint(importer: Importer) -> Callable[..., JSONResponse]:
    """The upload route of a format, its query parameters (and file parts) its options."""
    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [
        inspect.Parameter("request", keyword, annotation=Request),
        inspect.Parameter("background", keyword, annotation=BackgroundTasks),
        inspect.Parameter("who", keyword, annotation=CurrentUser),
        inspect.Parameter("session", keyword, annotation=SessionDep),
        inspect.Parameter(
            "file",
            keyword,
            annotation=Annotated[
                UploadFile, File(description="the file, or a zip with its sidecar files")
            ],
        ),
        inspect.Parameter(
            "port",
            keyword,
            annotation=Annotated[str, Query(description="port code or id", max_length=64)],
        ),
        inspect.Parameter(
            "source",
            keyword,
            annotation=Annotated[
                str | None,
                Query(description="external id namespace (default: the format's)", max_length=200),
            ],
            default=None,
        ),
        inspect.Parameter(
            "dry_run",
            keyword,
            annotation=Annotated[bool, Query(description="report only; write nothing")],
            default=False,
        ),
        inspect.Parameter(
            "skip_invalid",
            keyword,
            annotation=Annotated[
                bool, Query(description="write the valid rows, report the others")
            ],
            default=False,
        ),
        *(_api_parameter(o) for o in importer.options),
    ]

    def endpoint(**given: Any) -> JSONResponse:
        settings = given["request"].app.state.settings
        upload: UploadFile = given["file"]
        name = upload.filename or "upload"
        options: dict[str, Any] = {
            "source": given["source"],
            "dry_run": given["dry_run"],
            "skip_invalid": given["skip_invalid"],
        }
        for option in importer.options:
            value = given[option.name]
            options[option.name] = (
                option.text_of(value.file) if option.kind == "file" and value else value
            )
        with upload_folder(settings) as folder:
            saved = save_upload(upload, folder, settings.max_upload_mb)
            session, who = given["session"], given["who"]
            if saved.stat().st_size > settings.job_threshold_mb * (1 << 20):
                job = queue_upload(
                    session, who, importer.name, saved, given["port"], name=name, **options
                )
                given["background"].add_task(spawn, job.id, settings)
                return JSONResponse(JobPublic.of(job).model_dump(mode="json"), status_code=202)
            # invalid rows raise ImportRefused (422 with the report); the request's
            # transaction is then rolled back, so nothing is written
            report = import_upload(
                session,
                who,
                importer.name,
                saved,
                given["port"],
                name=name,
                unpack_limit=4 * (settings.max_upload_mb << 20),
                **options,
            )
        return JSONResponse(report.as_dict())

    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__annotations__ = {p.name: p.annotation for p in parameters}
    endpoint.__name__ = f"import_{importer.name}"
    endpoint.__doc__ = (
        f"{importer.summary}. {importer.help} The answer is the import report; 422 with the "
        "report when rows are invalid and nothing was written. A file larger than "
        "`PORTTWIN_JOB_THRESHOLD_MB` is imported by a background job: the answer is 202 with "
        "the job, whose `result` is the report (`GET /api/v1/jobs/{id}`)."
    )
    return endpoint


for _importer in IMPORTERS.values():
    router.add_api_route(
        f"/imports/{_importer.name}",
        upload_endpoint(_importer),
        methods=["POST"],
        summary=f"Import facilities from {_importer.name} files",
        openapi_extra=body_limit("upload"),
        response_model=ImportReportPublic,
        responses={202: {"model": JobPublic, "description": "a large file: the import is a job"}},
    )

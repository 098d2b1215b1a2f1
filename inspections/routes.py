"""REST routes of inspections under /api/v1."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, File, Form, Query, Request, UploadFile, status
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, model_validator

from assets.ports import port_zone
from geodata.timezones import local
from inspections import packages, records, schedules
from inspections.attachments import add_attachment, attachment_file, attachment_warnings
from inspections.catalog import catalogs, not_inspected_reasons
from inspections.external import ExternalInspectionPublic, external_inspections
from inspections.integrity import verify
from inspections.public import inspection_public, inspections_public
from inspections.report import facility_report
from inspections.schemas import (
    AttachmentStored,
    CatalogPublic,
    ConditionPublic,
    EventIn,
    EventPublic,
    FindingIn,
    InspectionCreate,
    InspectionPublic,
    InspectionUpdate,
    OverrideIn,
    PackageReportPublic,
    VerifyReport,
)
from kernel.files import file_store
from kernel.guard import body_limit
from kernel.jobs import JobPublic, spawn
from kernel.schemas import Input
from kernel.uploads import save_upload, upload_folder
from kernel.web import CurrentUser, PagingDep, SessionDep

router = APIRouter(prefix="/api/v1", tags=["inspections"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class InspectionPage(BaseModel):
    items: list[InspectionPublic]
    total: int
    limit: int
    offset: int


@router.get("/catalogs", summary="Inspection item catalogs")
def list_catalogs(who: CurrentUser) -> list[CatalogPublic]:
    return [CatalogPublic.of(c) for c in catalogs().values()]


class Reason(BaseModel):
    code: str
    ja: str
    en: str


@router.get(
    "/catalogs/not-inspected-reasons",
    summary="Why a span may be left ungraded (the `not_inspected` of a finding)",
)
def list_reasons(who: CurrentUser) -> list[Reason]:
    return [Reason(code=c, **names) for c, names in not_inspected_reasons().items()]


@router.post("/inspections", status_code=status.HTTP_201_CREATED)
def create_inspection(
    data: InspectionCreate, who: CurrentUser, session: SessionDep
) -> InspectionPublic:
    return inspection_public(session, records.create_inspection(session, who, data))


@router.get("/inspections")
def list_inspections(
    who: CurrentUser,
    session: SessionDep,
    paging: PagingDep,
    facility_id: uuid.UUID | None = None,
    port: str | None = None,
    status_: Annotated[str | None, Query(alias="status")] = None,
) -> InspectionPage:
    from assets.ports import resolve_port

    port_id = resolve_port(session, who, port).id if port else None
    rows, total = records.list_inspections(
        session,
        who,
        facility_id=facility_id,
        port_id=port_id,
        status=status_,
        limit=paging.limit,
        offset=paging.offset,
    )
    return InspectionPage(
        items=inspections_public(session, rows),
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.get("/inspections/{inspection_id}")
def get_inspection(
    inspection_id: uuid.UUID, who: CurrentUser, session: SessionDep
) -> InspectionPublic:
    return inspection_public(session, records.get_record(session, who, inspection_id))


@router.patch("/inspections/{inspection_id}")
def update_inspection(
    inspection_id: uuid.UUID, data: InspectionUpdate, who: CurrentUser, session: SessionDep
) -> InspectionPublic:
    record = records.update_inspection(session, who, inspection_id, data)
    return inspection_public(session, record)


@router.post(
    "/inspections/{inspection_id}/findings", summary="Add findings (JSON API for field apps)"
)
def add_findings(
    inspection_id: uuid.UUID, findings: list[FindingIn], who: CurrentUser, session: SessionDep
) -> InspectionPublic:
    records.add_findings(session, who, inspection_id, findings)
    return inspection_public(session, records.get_record(session, who, inspection_id))


@router.delete(
    "/inspections/{inspection_id}/findings/{finding_id}", status_code=status.HTTP_204_NO_CONTENT
)
def delete_finding(
    inspection_id: uuid.UUID, finding_id: uuid.UUID, who: CurrentUser, session: SessionDep
) -> Response:
    records.delete_finding(session, who, inspection_id, finding_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/inspections/{inspection_id}/submit")
def submit(
    inspection_id: uuid.UUID,
    who: CurrentUser,
    session: SessionDep,
    partial: Annotated[
        bool,
        Query(
            description="keep an inspection that does not cover every span as partial: it "
            "never improves the facility's grade nor advances its schedule"
        ),
    ] = False,
) -> InspectionPublic:
    """Freeze the draft. A general or detailed periodic or initial inspection must grade
    every span its catalogue requires, or say why a span was not inspected (422 naming the
    spans missing), unless `partial`."""
    record = records.submit_inspection(session, who, inspection_id, partial=partial)
    return inspection_public(session, record)


@router.post("/inspections/{inspection_id}/approve")
def approve(inspection_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> InspectionPublic:
    return inspection_public(session, records.approve_inspection(session, who, inspection_id))


@router.post("/inspections/{inspection_id}/revise", status_code=status.HTTP_201_CREATED)
def revise(inspection_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> InspectionPublic:
    return inspection_public(session, records.revise_inspection(session, who, inspection_id))


@router.post("/inspections/{inspection_id}/override")
def override(
    inspection_id: uuid.UUID, data: OverrideIn, who: CurrentUser, session: SessionDep
) -> InspectionPublic:
    record = records.override_grade(session, who, inspection_id, data.grade, data.reason)
    return inspection_public(session, record)


@router.post(
    "/inspections/{inspection_id}/attachments",
    status_code=status.HTTP_201_CREATED,
    openapi_extra=body_limit("attachment"),
)
def upload_attachment(
    inspection_id: uuid.UUID,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="a JPEG or PNG photo, or a PDF")],
    finding_id: Annotated[uuid.UUID | None, Form()] = None,
) -> AttachmentStored:
    settings = request.app.state.settings
    with upload_folder(settings) as folder:
        saved = save_upload(file, folder, min(settings.max_upload_mb, settings.max_attachment_mb))
        attachment = add_attachment(
            session,
            who,
            file_store(settings),
            inspection_id,
            file.filename or "file",
            saved,
            finding_id,
        )
    return AttachmentStored(
        id=attachment.id,
        sha256=attachment.sha256,
        media_type=attachment.media_type,
        taken_at=local(attachment.taken_at, port_zone(session, attachment.port_id)),
        taken_at_source=attachment.taken_at_source,
        has_location=attachment.location is not None,
        distance_m=attachment.distance_m,
        warnings=attachment_warnings(attachment),
    )


@router.get("/attachments/{attachment_id}", response_class=Response)
def download_attachment(
    attachment_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep
) -> Response:
    attachment, data = attachment_file(
        session, who, file_store(request.app.state.settings), attachment_id
    )
    return Response(
        data,
        media_type=attachment.media_type,
        headers={
            "ETag": f'"{attachment.sha256}"',
            "Cache-Control": "private, max-age=86400, immutable",
        },
    )


@router.get("/facilities/{facility_id}/condition", tags=["facilities"])
def condition(facility_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> ConditionPublic:
    return schedules.facility_condition(session, who, facility_id)


@router.get(
    "/facilities/{facility_id}/external-inspections",
    tags=["facilities"],
    summary="Inspections other systems recorded (PLATEAU …): their own scale, not ours",
)
def external(
    facility_id: uuid.UUID, who: CurrentUser, session: SessionDep
) -> list[ExternalInspectionPublic]:
    """Kept as recorded elsewhere, with the source and the file they came from; they are not
    in the integrity chain and never part of a grade or a schedule."""
    return external_inspections(session, who, facility_id)


@router.get("/schedules/overdue", summary="Facilities with an overdue periodic inspection")
def overdue(
    who: CurrentUser, session: SessionDep, port: Annotated[str | None, Query()] = None
) -> list[schedules.OverdueRow]:
    return schedules.overdue(session, who, port)


@router.post(
    "/events",
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": EventPublic, "description": "the event was known already"}},
    summary="An earthquake, tsunami, typhoon or collision: open extraordinary "
    "inspections of the facilities in its area",
)
def record_event(
    data: EventIn, who: CurrentUser, session: SessionDep, response: Response
) -> EventPublic:
    """201 for a new event; 200 when the same event (kind, name, time) was posted before, with
    only the inspections that were still missing opened now."""
    event = schedules.record_event(session, who, data)
    response.status_code = status.HTTP_201_CREATED if event.new_event else status.HTTP_200_OK
    return event


@router.get("/integrity/verify", summary="Recompute record chains and attachment hashes")
def verify_records(request: Request, who: CurrentUser, session: SessionDep) -> VerifyReport:
    port_ids = None if who.all_ports else sorted(who.port_ids)
    return verify(session, file_store(request.app.state.settings), port_ids)


class PackageRequest(Input):
    """The facilities to take: by id, or by port with ledger numbers, kinds and overdue."""

    facility_ids: list[uuid.UUID] | None = Field(default=None, min_length=1, max_length=500)
    port: str | None = Field(default=None, max_length=40, examples=["FRNCE"])
    ledger_nos: list[Annotated[str, Field(max_length=80)]] | None = Field(
        default=None, max_length=500, examples=[["NC-Q-05"]]
    )
    kinds: list[Annotated[str, Field(max_length=60)]] | None = Field(
        default=None, max_length=50, examples=[["quay"]]
    )
    overdue: bool = Field(default=False, description="only facilities overdue for inspection")
    inspection_type: str = Field(default="general_periodic", max_length=40)

    @model_validator(mode="after")
    def _one_way(self) -> PackageRequest:
        if (self.facility_ids is None) == (self.port is None):
            raise ValueError("give facility_ids, or a port (with ledger_nos, kinds, overdue)")
        return self


@router.post(
    "/field-packages",
    response_class=Response,
    tags=["field packages"],
    summary="Export an offline field package (zip) for chosen facilities",
    responses={200: {"content": {"application/zip": {}}}},
)
def export_field_package(data: PackageRequest, who: CurrentUser, session: SessionDep) -> Response:
    ids = data.facility_ids or packages.select_facilities(
        session,
        who,
        data.port or "",
        ledger_nos=data.ledger_nos,
        kinds=data.kinds,
        overdue=data.overdue,
    )
    package_id, content = packages.export_package(session, who, ids, data.inspection_type)
    return Response(
        content,
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="field-package-{package_id}.zip"',
            "X-Package-Id": str(package_id),
        },
    )


@router.post(
    "/field-packages/upload",
    tags=["field packages"],
    summary="Upload a filled field package (zip)",
    openapi_extra=body_limit("upload"),
    response_model=PackageReportPublic,
    responses={202: {"model": JobPublic, "description": "a large package: taken in by a job"}},
)
def upload_field_package(
    request: Request,
    background: BackgroundTasks,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="the package folder, zipped")],
    keep_valid: bool = False,
    submit: bool = False,
    partial: bool = False,
) -> Any:
    """Every problem is listed by sheet, row, column and reason (422, nothing written) unless
    `keep_valid`; `submit` also submits each facility's inspection, which must then grade or
    excuse every span (the empty rows are listed) unless `partial`. A package larger than
    `PORTTWIN_JOB_THRESHOLD_MB` is taken in by a background job: the answer is 202 with the
    job, whose `result` is the report."""
    settings = request.app.state.settings
    name = file.filename or "package.zip"
    with upload_folder(settings) as folder:
        saved = save_upload(file, folder, settings.max_upload_mb)
        if saved.stat().st_size > settings.job_threshold_mb * (1 << 20):
            job = packages.queue_package(
                session,
                who,
                saved,
                name=name,
                keep_valid=keep_valid,
                submit=submit,
                partial=partial,
            )
            background.add_task(spawn, job.id, settings)
            return JSONResponse(JobPublic.of(job).model_dump(mode="json"), status_code=202)
        report = packages.import_package(
            session,
            who,
            file_store(settings),
            saved,
            name=name,
            keep_valid=keep_valid,
            submit=submit,
            partial=partial,
        )
    return report.as_dict()


@router.get(
    "/facilities/{facility_id}/inspection-report",
    tags=["facilities"],
    response_class=Response,
    summary="Inspection report of a facility (XLSX)",
    responses={200: {"content": {XLSX: {}}}},
)
def inspection_report(
    facility_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep
) -> Response:
    content = facility_report(session, who, file_store(request.app.state.settings), facility_id)
    return Response(
        content,
        media_type=XLSX,
        headers={
            "Content-Disposition": f'attachment; filename="inspection-report-{facility_id}.xlsx"'
        },
    )

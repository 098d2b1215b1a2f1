"""BIM API: upload a model (imported by a background job), read it, place it, link it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, File, Query, Request, UploadFile, status
from fastapi.responses import FileResponse, JSONResponse
from pydantic import Field, ValidationError

from assets.bim import service
from assets.bim.importing import Placement, register_model
from assets.bim.linking import link_model
from assets.bim.links import ElementLink, LinkReport, LinkSummary, link_report, set_link
from assets.bim.service import readable_model
from assets.ports import resolve_port
from assets.schemas import Page
from kernel.errors import Invalid, NotFound
from kernel.files import file_store
from kernel.guard import body_limit
from kernel.jobs import spawn
from kernel.schemas import Input
from kernel.uploads import save_upload, upload_folder
from kernel.web import CurrentUser, PagingDep, SessionDep

router = APIRouter(prefix="/api/v1/bim", tags=["BIM"])


def _placement(
    crs: int | None, eastings: float | None, northings: float | None, rotation_deg: float
) -> Placement | None:
    given = [v is not None for v in (crs, eastings, northings)]
    if not any(given):
        return None
    if not all(given):
        raise Invalid("a placement needs crs, eastings and northings together", field="crs")
    assert crs is not None and eastings is not None and northings is not None
    try:
        return Placement(crs=crs, eastings=eastings, northings=northings, rotation_deg=rotation_deg)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"]) or "crs"
        raise Invalid(f"{name}: {first['msg']}", field=name) from None


@router.post(
    "/models",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Upload an IFC model",
    openapi_extra=body_limit("upload"),
    response_model=service.ModelPublic,
    responses={200: {"model": service.ModelPublic, "description": "the same file was known"}},
)
def upload_model(
    request: Request,
    background: BackgroundTasks,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="IFC file (IFC2X3, IFC4, IFC4X3_ADD2)")],
    port: Annotated[str, Query(description="port code or id")],
    create_facilities: Annotated[
        bool, Query(description="create facilities/components for elements that match none")
    ] = False,
    crs: Annotated[
        int | None, Query(ge=1024, le=999_999, description="placement: EPSG of a metric CRS")
    ] = None,
    eastings: Annotated[
        float | None, Query(ge=-1e8, le=1e8, description="placement: map x of the origin")
    ] = None,
    northings: Annotated[
        float | None, Query(ge=-1e8, le=1e8, description="placement: map y of the origin")
    ] = None,
    rotation_deg: Annotated[
        float, Query(ge=-360, le=360, description="placement: east → model x, ccw")
    ] = 0.0,
) -> JSONResponse:
    """The file is stored and its import queued; the answer (202) names the model and the job
    whose progress `GET /api/v1/jobs/{id}` shows. The same file uploaded again to the same port
    answers 200 with the existing model. A model without georeferencing can be placed here
    (crs, eastings, northings, rotation) or later with `PUT .../placement`."""
    placement = _placement(crs, eastings, northings, rotation_deg)
    settings = request.app.state.settings
    with upload_folder(settings) as folder:
        saved = save_upload(file, folder, settings.max_upload_mb)
        model, job = register_model(
            session,
            who,
            port,
            saved,
            file_name=file.filename,
            placement=placement,
            create_facilities=create_facilities,
        )
    if job is not None:
        # started after the response, when the request's transaction has committed
        background.add_task(spawn, job.id, request.app.state.settings)
    body = service.model_public(session, model).model_dump(mode="json")
    return JSONResponse(body, status_code=202 if job is not None else 200)


@router.get("/models", summary="Models the caller can read")
def get_models(
    who: CurrentUser,
    session: SessionDep,
    port: Annotated[str | None, Query(description="port code or id")] = None,
) -> list[service.ModelPublic]:
    port_id = resolve_port(session, who, port).id if port else None
    return service.list_models(session, who, port_id)


@router.get("/models/{model_id}")
def get_model(model_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> service.ModelPublic:
    return service.model_public(session, readable_model(session, who, model_id))


@router.delete(
    "/models/{model_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a model (its elements, links and placements)",
)
def delete_model(model_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> None:
    service.delete_model(session, who, model_id)


@router.get("/models/{model_id}/elements", summary="Elements with property sets and links")
def get_elements(
    model_id: uuid.UUID,
    who: CurrentUser,
    session: SessionDep,
    paging: PagingDep,
    ifc_class: str | None = None,
    global_id: Annotated[
        str | None, Query(max_length=22, description="the element with this GlobalId")
    ] = None,
    linked: bool | None = None,
    q: Annotated[str | None, Query(description="text in the element name")] = None,
    prop: Annotated[
        str | None,
        Query(alias="property", description="PsetName.PropertyName the element has"),
    ] = None,
    value: Annotated[str | None, Query(description="value of that property (JSON or text)")] = None,
) -> Page[service.ElementPublic]:
    flt = service.ElementFilter(
        ifc_class=ifc_class, global_id=global_id, linked=linked, text=q, prop=prop, value=value
    )
    return service.list_elements(
        session, who, model_id, flt, limit=paging.limit, offset=paging.offset
    )


def _stored(sha256: str | None, what: str) -> Path:
    if sha256 is None:
        raise NotFound(f"this model has no {what}")
    return file_store().existing_path(sha256, what=f"the model's {what}")


@router.get("/models/{model_id}/model.glb", response_class=FileResponse)
def get_glb(model_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> FileResponse:
    """The model's meshes (glTF binary, metres, y up, one node per element by GlobalId)."""
    model = readable_model(session, who, model_id)
    return FileResponse(
        _stored(model.glb_sha256, "GLB"),
        media_type="model/gltf-binary",
        filename=f"{Path(model.file_name).stem}.glb",
    )


@router.get("/models/{model_id}/file", response_class=FileResponse)
def get_file(model_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> FileResponse:
    """The IFC file as uploaded (its SHA-256 is the model's file_sha256)."""
    model = readable_model(session, who, model_id)
    return FileResponse(
        _stored(model.file_sha256, "file"),
        media_type="application/x-step",
        filename=model.file_name,
    )


class PlacementIn(Placement):
    create_facilities: bool = Field(
        default=False, description="also create facilities for elements that match none"
    )


@router.put("/models/{model_id}/placement", summary="Place the model on the map by hand")
def put_placement(
    model_id: uuid.UUID, body: PlacementIn, who: CurrentUser, session: SessionDep
) -> LinkSummary:
    """Footprints are placed again, the placement is recorded (see `GET .../placements`) and
    the elements are re-linked; the answer is the linking summary."""
    placement = Placement(**body.model_dump(exclude={"create_facilities"}))
    return LinkSummary(
        **service.place_model(
            session, who, model_id, placement, create_facilities=body.create_facilities
        )
    )


@router.get("/models/{model_id}/placements", summary="Placements given by hand, oldest first")
def get_placements(
    model_id: uuid.UUID, who: CurrentUser, session: SessionDep
) -> list[service.PlacementRecord]:
    return service.placements(session, who, model_id)


@router.post("/models/{model_id}/relink", summary="Link the elements again")
def relink(
    model_id: uuid.UUID, who: CurrentUser, session: SessionDep, create_facilities: bool = False
) -> LinkSummary:
    model = readable_model(session, who, model_id)
    who.require("registry.write", model.port_id, "model")
    return LinkSummary(**link_model(session, who, model, create_facilities=create_facilities))


@router.get("/models/{model_id}/links", summary="Links, unlinked elements, unmodelled facilities")
def get_links(model_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> LinkReport:
    return link_report(session, who, model_id)


class LinkIn(Input):
    facility_id: uuid.UUID | None = None
    component_id: uuid.UUID | None = None


@router.put("/models/{model_id}/elements/{global_id}/link", summary="Link an element by hand")
def put_link(
    model_id: uuid.UUID, global_id: str, body: LinkIn, who: CurrentUser, session: SessionDep
) -> ElementLink:
    if body.facility_id is None and body.component_id is None:
        raise Invalid("give facility_id or component_id (DELETE unlinks)", field="facility_id")
    link = set_link(session, who, model_id, global_id, body.facility_id, body.component_id)
    return ElementLink(
        global_id=link.global_id,
        facility_id=link.facility_id,
        component_id=link.component_id,
        method=link.method,
        confidence=link.confidence,
    )


@router.delete(
    "/models/{model_id}/elements/{global_id}/link",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Unlink an element (automatic linking will not link it again)",
)
def delete_link(model_id: uuid.UUID, global_id: str, who: CurrentUser, session: SessionDep) -> None:
    set_link(session, who, model_id, global_id, None)

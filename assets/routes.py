"""REST routes of the registry under /api/v1: parse, authorise, call the service, answer."""

from __future__ import annotations

import shutil
import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask

from assets import components, exporting, facilities, ports
from assets.codelists import read_codelists
from assets.common import codelist
from assets.schemas import (
    AuthorityCreate,
    AuthorityPublic,
    AuthorityUpdate,
    CodeList,
    ComponentCreate,
    ComponentPublic,
    ComponentUpdate,
    ExportSelection,
    FacilityCreate,
    FacilityPublic,
    FacilityUpdate,
    HistoryEntry,
    Page,
    PortCreate,
    PortPublic,
    PortUpdate,
)
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.web import AsOfDep, BBoxDep, CurrentUser, PagingDep, SessionDep

router = APIRouter(prefix="/api/v1")


# -- code lists -------------------------------------------------------------------------------
@router.get("/codelists", tags=["code lists"])
def list_codelists(who: CurrentUser) -> list[str]:
    return sorted(read_codelists())


@router.get("/codelists/{name}", tags=["code lists"])
def get_codelist(name: str, who: CurrentUser, session: SessionDep) -> CodeList:
    return codelist(session, name)


# -- authorities ------------------------------------------------------------------------------
@router.get("/authorities", tags=["authorities"])
def list_authorities(who: CurrentUser, session: SessionDep) -> list[AuthorityPublic]:
    return [ports.authority_public(a) for a in ports.list_authorities(session, who)]


@router.post("/authorities", status_code=status.HTTP_201_CREATED, tags=["authorities"])
def create_authority(
    data: AuthorityCreate, who: CurrentUser, session: SessionDep
) -> AuthorityPublic:
    return ports.authority_public(ports.create_authority(session, who, data))


@router.get("/authorities/{authority_id}", tags=["authorities"])
def get_authority(
    authority_id: uuid.UUID, who: CurrentUser, session: SessionDep
) -> AuthorityPublic:
    return ports.authority_public(ports.get_authority(session, who, authority_id))


@router.patch("/authorities/{authority_id}", tags=["authorities"])
def update_authority(
    authority_id: uuid.UUID, data: AuthorityUpdate, who: CurrentUser, session: SessionDep
) -> AuthorityPublic:
    return ports.authority_public(ports.update_authority(session, who, authority_id, data))


# -- ports ------------------------------------------------------------------------------------
@router.get("/ports", tags=["ports"])
def list_ports(who: CurrentUser, session: SessionDep) -> list[PortPublic]:
    return ports.ports_public(session, ports.visible_ports(session, who))


@router.post("/ports", status_code=status.HTTP_201_CREATED, tags=["ports"])
def create_port(data: PortCreate, who: CurrentUser, session: SessionDep) -> PortPublic:
    return ports.port_public(session, ports.create_port(session, who, data))


@router.get("/ports/{port}", tags=["ports"])
def get_port(port: str, who: CurrentUser, session: SessionDep) -> PortPublic:
    """A port by code (e.g. `MCMON`) or id."""
    return ports.port_public(session, ports.resolve_port(session, who, port))


@router.patch("/ports/{port}", tags=["ports"])
def update_port(port: str, data: PortUpdate, who: CurrentUser, session: SessionDep) -> PortPublic:
    return ports.port_public(session, ports.update_port(session, who, port, data))


@router.delete("/ports/{port}", status_code=status.HTTP_204_NO_CONTENT, tags=["ports"])
def delete_port(port: str, who: CurrentUser, session: SessionDep) -> Response:
    ports.delete_port(session, who, port)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/ports/{port}/history", tags=["ports"])
def port_history(port: str, who: CurrentUser, session: SessionDep) -> list[HistoryEntry]:
    return ports.port_history(session, who, port)


# -- facilities -------------------------------------------------------------------------------
@router.get("/facilities", tags=["facilities"])
def list_facilities(
    who: CurrentUser,
    session: SessionDep,
    paging: PagingDep,
    bbox: BBoxDep,
    as_of: AsOfDep,
    port: Annotated[str | None, Query(description="port code or id")] = None,
    kind: Annotated[list[str] | None, Query(description="facility kind code(s)")] = None,
    category: str | None = None,
    status_: Annotated[str | None, Query(alias="status")] = None,
    q: Annotated[str | None, Query(description="text in name (ja/en) or ledger number")] = None,
    ledger_no: str | None = None,
) -> Page[FacilityPublic]:
    flt = facilities.FacilityFilter(
        port=port,
        kinds=kind or (),
        category=category,
        status=status_,
        text=q,
        bbox=bbox,
        ledger_no=ledger_no,
    )
    return facilities.list_facilities(
        session, who, flt, limit=paging.limit, offset=paging.offset, as_of=as_of
    )


@router.post("/facilities", status_code=status.HTTP_201_CREATED, tags=["facilities"])
def create_facility(data: FacilityCreate, who: CurrentUser, session: SessionDep) -> FacilityPublic:
    facility = facilities.create_facility(session, who, data)
    return facilities.get_facility(session, who, facility.id)


@router.get("/facilities/{facility_id}", tags=["facilities"])
def get_facility(
    facility_id: uuid.UUID, who: CurrentUser, session: SessionDep, as_of: AsOfDep
) -> FacilityPublic:
    return facilities.get_facility(session, who, facility_id, as_of)


@router.patch("/facilities/{facility_id}", tags=["facilities"])
def update_facility(
    facility_id: uuid.UUID, data: FacilityUpdate, who: CurrentUser, session: SessionDep
) -> FacilityPublic:
    facilities.update_facility(session, who, facility_id, data)
    return facilities.get_facility(session, who, facility_id)


@router.delete(
    "/facilities/{facility_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["facilities"]
)
def delete_facility(facility_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> Response:
    facilities.delete_facility(session, who, facility_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/facilities/{facility_id}/history", tags=["facilities"])
def facility_history(
    facility_id: uuid.UUID, who: CurrentUser, session: SessionDep
) -> list[HistoryEntry]:
    return facilities.facility_history(session, who, facility_id)


# -- components -------------------------------------------------------------------------------
@router.get("/components", tags=["components"])
def list_components(
    who: CurrentUser,
    session: SessionDep,
    paging: PagingDep,
    facility_id: uuid.UUID | None = None,
    component_type: str | None = None,
) -> Page[ComponentPublic]:
    return components.list_components(
        session, who, facility_id, component_type, limit=paging.limit, offset=paging.offset
    )


@router.post("/components", status_code=status.HTTP_201_CREATED, tags=["components"])
def create_component(
    data: ComponentCreate, who: CurrentUser, session: SessionDep
) -> ComponentPublic:
    component = components.create_component(session, who, data)
    return components.get_component(session, who, component.id)


@router.get("/components/{component_id}", tags=["components"])
def get_component(
    component_id: uuid.UUID, who: CurrentUser, session: SessionDep, as_of: AsOfDep
) -> ComponentPublic:
    return components.get_component(session, who, component_id, as_of)


@router.patch("/components/{component_id}", tags=["components"])
def update_component(
    component_id: uuid.UUID, data: ComponentUpdate, who: CurrentUser, session: SessionDep
) -> ComponentPublic:
    components.update_component(session, who, component_id, data)
    return components.get_component(session, who, component_id)


@router.delete(
    "/components/{component_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["components"]
)
def delete_component(component_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> Response:
    components.delete_component(session, who, component_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/components/{component_id}/history", tags=["components"])
def component_history(
    component_id: uuid.UUID, who: CurrentUser, session: SessionDep
) -> list[HistoryEntry]:
    return components.component_history(session, who, component_id)


# -- exports ----------------------------------------------------------------------------------
@router.get(
    "/exports/facilities",
    tags=["exports"],
    response_class=FileResponse,
    responses={200: {"description": "the file"}},
)
def export_facilities(
    who: CurrentUser,
    session: SessionDep,
    bbox: BBoxDep,
    format_: Annotated[
        str, Query(alias="format", description="geojson, gpkg, fgb, parquet, csv or xlsx")
    ] = "geojson",
    port: Annotated[str | None, Query(description="port code or id")] = None,
    kind: Annotated[list[str] | None, Query()] = None,
    crs: Annotated[str | None, Query(description="'metric' for the port's metric CRS")] = None,
) -> FileResponse:
    flt = facilities.FacilityFilter(port=port, kinds=kind or (), bbox=bbox)
    return _export_file(session, who, flt, format_, crs, port)


@router.post(
    "/exports/facilities",
    tags=["exports"],
    response_class=FileResponse,
    responses={200: {"description": "the file"}},
    summary="Export a selection of facilities (by id), as a viewer's table shows them",
)
def export_selection(data: ExportSelection, who: CurrentUser, session: SessionDep) -> FileResponse:
    flt = facilities.FacilityFilter(port=data.port, ids=data.ids)
    return _export_file(session, who, flt, data.format, data.crs, data.port)


def _export_file(
    session: Session,
    who: Principal,
    flt: facilities.FacilityFilter,
    format_: str,
    crs: str | None,
    port: str | None,
) -> FileResponse:
    if crs not in (None, "metric", "EPSG:4326"):
        raise Invalid("crs is 'metric' (the port's plane/UTM CRS) or EPSG:4326", field="crs")
    path, spec = exporting.export_to_temp(session, who, flt, format_, metric=crs == "metric")
    name = f"facilities-{port or 'all'}{spec.suffix}"
    return FileResponse(
        path,
        media_type=spec.media_type,
        filename=name,
        background=BackgroundTask(shutil.rmtree, path.parent, True),
    )

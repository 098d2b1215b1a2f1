"""The facility as an IFC 4.3 file: one download route over ``service.export_facility``."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from kernel.web import CurrentUser, SessionDep
from twin.ifc_export.service import export_facility

router = APIRouter(prefix="/api/v1", tags=["BIM"])


@router.get(
    "/facilities/{facility_id}/ifc",
    summary="The facility as an IFC 4.3 file (IFC4X3_ADD2)",
    response_class=Response,
)
def get_facility_ifc(facility_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> Response:
    body = export_facility(session, who, facility_id)
    return Response(
        body,
        media_type="application/x-step",
        headers={"Content-Disposition": f'attachment; filename="facility-{facility_id}.ifc"'},
    )

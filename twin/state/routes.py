"""Routes of the twin state under /api/v1/twin."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request, Response

from kernel.files import file_store
from kernel.web import AsOfDep, CurrentUser, SessionDep
from twin.state.schemas import FacilityState, PortState
from twin.state.service import (
    PortStateCache,
    facility_state,
    port_state,
    port_state_now_json,
)

router = APIRouter(prefix="/api/v1/twin", tags=["twin state"])


@router.get("/facilities/{facility_id}", summary="The state of a facility at a time")
def get_facility_state(
    facility_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep, at: AsOfDep
) -> FacilityState:
    return facility_state(session, who, file_store(request.app.state.settings), facility_id, at)


@router.get(
    "/ports/{port}",
    summary="The state of a port's facilities at a time",
    response_model=PortState,
)
def get_port_state(
    port: str, request: Request, who: CurrentUser, session: SessionDep, at: AsOfDep
) -> Any:
    if at is not None:
        return port_state(session, who, port, at)
    cache: PortStateCache = request.app.state.port_states
    return Response(port_state_now_json(session, who, port, cache), media_type="application/json")

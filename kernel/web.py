"""FastAPI plumbing shared by every domain's routes: session, caller, errors, common params."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from kernel.auth.service import Principal, authenticate
from kernel.errors import Invalid, PortTwinError, Unauthenticated

log = logging.getLogger("porttwin")
bearer = HTTPBearer(auto_error=False, description="API token from `porttwin user add`")


def get_session(request: Request) -> Iterator[Session]:
    """One transaction per request, committed before the response is sent."""
    with request.app.state.sessionmaker() as session, session.begin():
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_principal(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    return authenticate(session, credentials.credentials if credentials else None)


CurrentUser = Annotated[Principal, Depends(get_principal)]


def parse_bbox(
    bbox: Annotated[
        str | None,
        Query(
            description="minLon,minLat,maxLon,maxLat in EPSG:4326",
            examples=["7.41,43.72,7.44,43.74"],
        ),
    ] = None,
) -> tuple[float, float, float, float] | None:
    if bbox is None:
        return None
    try:
        parts = [float(v) for v in bbox.split(",")]
    except ValueError:
        raise Invalid("bbox must be four numbers separated by commas", field="bbox") from None
    if len(parts) != 4:
        raise Invalid("bbox must have exactly four numbers: minx,miny,maxx,maxy", field="bbox")
    minx, miny, maxx, maxy = parts
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise Invalid(
            "bbox is not minLon,minLat,maxLon,maxLat within -180..180, -90..90", field="bbox"
        )
    return minx, miny, maxx, maxy


BBoxDep = Annotated[tuple[float, float, float, float] | None, Depends(parse_bbox)]


class Paging:
    def __init__(
        self,
        request: Request,
        limit: Annotated[int, Query(ge=1, description="page size")] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        maximum = request.app.state.settings.max_page_size
        if limit > maximum:
            raise Invalid(f"limit may be at most {maximum}", field="limit")
        self.limit = limit
        self.offset = offset


PagingDep = Annotated[Paging, Depends()]


def parse_as_of(
    as_of: Annotated[
        datetime | None,
        Query(description="read the registry as it was at this time (ISO 8601 with zone)"),
    ] = None,
) -> datetime | None:
    if as_of is not None and as_of.tzinfo is None:
        raise Invalid("as_of needs a time zone, e.g. 2026-04-01T00:00:00+09:00", field="as_of")
    return as_of


AsOfDep = Annotated[datetime | None, Depends(parse_as_of)]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(PortTwinError)
    async def _domain_error(request: Request, exc: PortTwinError) -> JSONResponse:
        body = {"detail": exc.message, **{k: v for k, v in exc.details.items() if v is not None}}
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthenticated) else None
        return JSONResponse(body, status_code=exc.status_code, headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(
            {"detail": "internal error; the server log has the details"}, status_code=500
        )

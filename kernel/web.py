"""FastAPI plumbing shared by every domain's routes: session, caller, errors, common params.

Every error answer has one shape, RFC 9457 problem details (``application/problem+json``):
``type``, ``title``, ``status``, ``detail`` (a sentence for a person), and where known
``field`` or ``parameter`` naming what was wrong and ``errors`` listing each problem.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from datetime import datetime
from http import HTTPStatus
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBasic, HTTPBearer
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from sqlalchemy.exc import DataError, DBAPIError
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from kernel.auth.service import Principal, authenticate, token_from_header
from kernel.database import is_unavailable, set_actor, sqlstate
from kernel.errors import BadRequest, Invalid, PortTwinError, Unauthenticated

log = logging.getLogger("porttwin")
bearer = HTTPBearer(auto_error=False, description="API token from `porttwin user add`")
basic = HTTPBasic(
    auto_error=False,
    description="HTTP Basic with the API token as the password (user name ignored), "
    "for clients that only speak Basic (QGIS, older GDAL)",
)
PROBLEM = "application/problem+json"
OGC_ROOTS = ("/ogc", "/sta")  # OGC APIs answer a parameter they cannot understand with 400


class Problem(BaseModel):
    """An error answer (RFC 9457 problem details)."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str = Field(description="the HTTP status phrase")
    status: int
    detail: str = Field(description="what went wrong, for a person")
    field: str | None = Field(default=None, description="the input field that is wrong")
    parameter: str | None = Field(default=None, description="the query parameter that is wrong")
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="every problem found, each with field and message"
    )


def problem_response(
    status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        **{k: v for k, v in extra.items() if v is not None},
    }
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM)


def get_session(request: Request) -> Iterator[Session]:
    """One transaction per request, committed before the response is sent; on the read
    replica for the reads :mod:`kernel.replica` sends there."""
    routing = request.app.state.routing
    with routing.sessionmaker_for(request)() as session, session.begin():
        yield session
    routing.wrote(request)


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_principal(
    request: Request,
    session: SessionDep,
    _bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    _basic: Annotated[Any, Depends(basic)],
) -> Principal:
    """The caller: found by the request guard before the body was read, or here."""
    found = getattr(request.state, "principal", None)
    if isinstance(found, Principal):
        set_actor(session, found.name)
        return found
    return authenticate(session, token_from_header(request.headers.get("authorization")))


CurrentUser = Annotated[Principal, Depends(get_principal)]


def bbox_numbers(text: str, *, sizes: tuple[int, ...] = (4, 6)) -> list[float]:
    """The numbers of a bbox parameter (``minx,miny,maxx,maxy``, or 6 with heights): the one
    bbox parser of the API, the OGC API and the CLI; ValueError saying what is wrong."""
    try:
        parts = [float(v) for v in text.split(",")]
    except ValueError:
        raise ValueError("a bbox is numbers separated by commas") from None
    if len(parts) not in sizes:
        raise ValueError(f"a bbox has {' or '.join(map(str, sizes))} numbers, not {len(parts)}")
    if not all(math.isfinite(v) for v in parts):
        raise ValueError("bbox values must be finite numbers")
    return parts


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
        minx, miny, maxx, maxy = bbox_numbers(bbox, sizes=(4,))
    except ValueError as exc:
        raise Invalid(f"bbox: {exc}", field="bbox") from None
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise Invalid(
            "bbox is not minLon,minLat,maxLon,maxLat within -180..180, -90..90", field="bbox"
        )
    return minx, miny, maxx, maxy


BBoxDep = Annotated[tuple[float, float, float, float] | None, Depends(parse_bbox)]


MAX_OFFSET = 1_000_000_000  # far beyond any list, far below PostgreSQL's bigint


def page_size(request: Request, asked: int | None, parameter: str) -> int:
    """The one page limit: ``default_page_size`` when not asked, at most ``max_page_size``
    (for lists, OGC items and SensorThings ``$top`` alike)."""
    settings = request.app.state.settings
    if asked is None:
        return int(settings.default_page_size)
    if asked > settings.max_page_size:
        raise (
            BadRequest(f"{parameter} may be at most {settings.max_page_size}", parameter=parameter)
            if request.url.path.startswith(OGC_ROOTS)
            else Invalid(f"{parameter} may be at most {settings.max_page_size}", field=parameter)
        )
    return asked


class Paging:
    def __init__(
        self,
        request: Request,
        limit: Annotated[int | None, Query(ge=1, le=MAX_OFFSET, description="page size")] = None,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> None:
        self.limit = page_size(request, limit, "limit")
        self.offset = offset


PagingDep = Annotated[Paging, Depends()]


def _iso_time(value: Any) -> Any:
    """ISO 8601 text only: pydantic would also take '0.5' as seconds since 1970."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"'{value[:40]}' is not an ISO 8601 time, e.g. 2026-04-01T00:00:00+09:00"
            ) from None
    return value


IsoTime = Annotated[datetime, BeforeValidator(_iso_time)]
"""A time given as ISO 8601 text (query parameters)."""


def parse_as_of(
    as_of: Annotated[
        IsoTime | None,
        Query(description="read the registry as it was at this time (ISO 8601 with zone)"),
    ] = None,
) -> datetime | None:
    if as_of is not None and as_of.tzinfo is None:
        raise Invalid("as_of needs a time zone, e.g. 2026-04-01T00:00:00+09:00", field="as_of")
    return as_of


AsOfDep = Annotated[datetime | None, Depends(parse_as_of)]


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for error in exc.errors():
        loc = [str(p) for p in error.get("loc", ())]
        where = loc[0] if loc else "body"
        name = ".".join(loc[1:]) or where
        out.append({"in": where, "field": name, "message": error.get("msg", "invalid")})
    return out


def _database_problem(exc: DBAPIError) -> JSONResponse:
    """Database failures a request can meet, as the answers a client can act on."""
    state = sqlstate(exc) or ""
    if isinstance(exc, DataError):  # also raised before sending, e.g. a NUL in text
        log.warning("data refused by the database: %s", exc.orig)
        return problem_response(
            422, "a value could not be stored: it is out of range or not valid text for its field"
        )
    if is_unavailable(exc):
        log.warning("database unavailable: %s", exc.orig)
        return problem_response(
            503,
            "the database is not reachable; the service recovers by itself, try again shortly",
            headers={"Retry-After": "5"},
        )
    if state in {"40001", "40P01", "55P03", "57014"}:
        return problem_response(
            503, "the database was busy with other work; try again", headers={"Retry-After": "1"}
        )
    if state.startswith("22"):  # data exception: a value the column cannot hold
        log.warning("data refused by the database: %s", exc.orig)
        return problem_response(
            422, "a value could not be stored: it is out of range or not valid text for its field"
        )
    if state.startswith("23"):
        log.warning("constraint refused a write: %s", exc.orig)
        return problem_response(409, "the change conflicts with existing data")
    log.exception("database error")
    return problem_response(500, "internal error; the server log has the details")


def challenge(request: Request) -> dict[str, str]:
    """The 401's ``WWW-Authenticate``: Bearer, and Basic (the token as the password) for
    clients that answer a challenge with a password, such as a GIS asking its user, unless
    the caller already spoke Bearer (a script: a browser would pop a password dialog)."""
    realm = 'realm="Port Twin"'
    sent = request.headers.get("authorization", "").lower()
    if sent.startswith("bearer"):
        return {"WWW-Authenticate": f"Bearer {realm}"}
    return {"WWW-Authenticate": f'Bearer {realm}, Basic {realm}, charset="UTF-8"'}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(PortTwinError)
    async def _domain_error(request: Request, exc: PortTwinError) -> JSONResponse:
        headers = challenge(request) if isinstance(exc, Unauthenticated) else None
        return problem_response(exc.status_code, exc.message, headers=headers, **exc.details)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        first = errors[0] if errors else {"in": "body", "field": "body", "message": "invalid"}
        detail = f"{first['field']}: {first['message']}"
        if first["in"] in ("query", "path") and request.url.path.startswith(OGC_ROOTS):
            return problem_response(400, detail, parameter=first["field"], errors=errors)
        return problem_response(422, detail, field=first["field"], errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        headers = dict(exc.headers) if exc.headers else None
        return problem_response(exc.status_code, detail, headers=headers)

    @app.exception_handler(DBAPIError)
    async def _database_error(request: Request, exc: DBAPIError) -> JSONResponse:
        return _database_problem(exc)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem_response(500, "internal error; the server log has the details")


ERROR_STATUSES = {
    400: "a query parameter cannot be understood",
    401: "no valid API token",
    403: "the caller's role may not do this",
    404: "not found, or outside the caller's ports",
    408: "the request body arrived too slowly",
    409: "conflicts with the current state",
    410: "the record exists but its stored file is missing",
    413: "the request body is larger than the route's limit",
    422: "the input is not valid; field names what is wrong",
    503: "the database is not reachable or busy; retry after Retry-After seconds",
}


def problem_responses() -> dict[int | str, dict[str, Any]]:
    """The error answers every operation may give, documented once for the whole API."""
    schema = {"$ref": "#/components/schemas/Problem"}
    return {
        status: {"description": text, "content": {PROBLEM: {"schema": schema}}}
        for status, text in ERROR_STATUSES.items()
    }


def install_openapi(app: FastAPI) -> None:
    """Document the problem-details schema that every error answer uses."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=app.description,
            routes=app.routes,
        )
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]

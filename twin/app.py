"""The FastAPI application: every domain's routes, health, the viewer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from sqlalchemy import Engine, text

import twin.jobs  # noqa: F401 (every job handler, for jobs run in this process)
from assets.bim.routes import router as bim_router
from assets.import_routes import router as import_router
from assets.routes import router as registry_router
from inspections.routes import router as inspections_router
from kernel.auth.routes import router as auth_router
from kernel.database import (
    database_url,
    is_unavailable,
    make_engine,
    read_database_url,
)
from kernel.guard import RequestGuard
from kernel.headers import SecurityHeaders
from kernel.jobs import JobPublic, get_job, list_jobs, reap_dead_workers
from kernel.replica import ReadRouting
from kernel.settings import Settings, get_settings
from kernel.uploads import clean_stale_uploads
from kernel.web import (
    CurrentUser,
    SessionDep,
    install_error_handlers,
    install_openapi,
    problem_responses,
)
from twin.ifc_export.routes import router as ifc_export_router
from twin.ogc.features import router as features_router
from twin.ogc.styles import router as styles_router
from twin.ogc.tile_cache import TileCache
from twin.ogc.tiles import router as tiles_router
from twin.planning.routes import router as planning_router
from twin.sensors.routes import router as sensors_router
from twin.sensors.sta import router as sta_router
from twin.state.routes import router as state_router
from twin.state.service import PortStateCache
from twin.surveys.routes import router as surveys_router

log = logging.getLogger("porttwin")
HOUSEKEEPING_EVERY_S = 30.0


class Health(BaseModel):
    status: str  # ok, or unavailable
    database: str  # up, or down


DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Port Twin API</title>
<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/docs-init.js"></script></body></html>
"""
REDOC_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Port Twin API</title></head>
<body><redoc spec-url="/openapi.json"></redoc>
<script src="/vendor/redoc/redoc.standalone.js"></script></body></html>
"""


def housekeeping(engine: Engine, settings: Settings) -> None:
    """Mark jobs whose worker died as failed; remove upload folders a killed server left."""
    try:
        reaped = reap_dead_workers(engine)
        if reaped:
            log.warning("marked %d job(s) failed: their worker process is gone", reaped)
    except Exception as exc:  # the database may be down; try again next round
        if not is_unavailable(exc):
            log.exception("housekeeping failed")
    clean_stale_uploads(settings)


async def _housekeeping_loop(engine: Engine, settings: Settings) -> None:
    while True:
        await run_in_threadpool(housekeeping, engine, settings)
        await asyncio.sleep(HOUSEKEEPING_EVERY_S)


class Me(BaseModel):
    name: str
    role: str
    all_ports: bool
    port_ids: list[str]


service_router = APIRouter()


@service_router.get(
    "/healthz",
    tags=["health"],
    response_model=Health,
    responses={503: {"model": Health, "description": "the database is down"}},
)
def healthz(request: Request) -> Any:
    """Whether the service and its database answer; says nothing about versions."""
    try:
        with request.app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        if not is_unavailable(exc):
            raise
        body = Health(status="unavailable", database="down").model_dump()
        return JSONResponse(body, status_code=503, headers={"Retry-After": "5"})
    return Health(status="ok", database="up")


@service_router.get("/docs", include_in_schema=False)
def docs() -> HTMLResponse:
    return HTMLResponse(DOCS_PAGE)


@service_router.get("/redoc", include_in_schema=False)
def redoc() -> HTMLResponse:
    return HTMLResponse(REDOC_PAGE)


@service_router.get("/api/v1/me", tags=["auth"])
def me(who: CurrentUser) -> Me:
    return Me(
        name=who.name,
        role=who.role,
        all_ports=who.all_ports,
        port_ids=sorted(str(p) for p in who.port_ids),
    )


@service_router.get(
    "/api/v1/jobs/{job_id}", tags=["jobs"], summary="A background job and its progress"
)
def job(job_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> JobPublic:
    return get_job(session, who, job_id)


@service_router.get(
    "/api/v1/jobs", tags=["jobs"], summary="Recent jobs of the caller and their ports"
)
def jobs(who: CurrentUser, session: SessionDep) -> list[JobPublic]:
    return list_jobs(session, who)


# Every room's routes, in the order the API documentation lists them.
ROUTERS = (
    service_router,
    auth_router,
    registry_router,
    bim_router,
    import_router,
    inspections_router,
    features_router,
    tiles_router,
    styles_router,
    planning_router,
    sensors_router,
    sta_router,
    surveys_router,
    state_router,
    ifc_export_router,
)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The app; ``engine`` is opened in the lifespan from settings unless one is given."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = engine is None
        app.state.engine = engine or make_engine(database_url(settings))
        replica_url = read_database_url(settings)
        replica = make_engine(replica_url) if replica_url else None
        app.state.routing = ReadRouting(app.state.engine, replica)
        app.state.sessionmaker = app.state.routing.primary
        task = asyncio.create_task(_housekeeping_loop(app.state.engine, settings))
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        if own:
            app.state.engine.dispose()
        if replica is not None:
            replica.dispose()

    app = FastAPI(
        title="Port Twin",
        version="0.1.0",
        summary="Port infrastructure asset registry and spatial digital twin",
        description=(
            "Every `/api/v1` endpoint needs an API token: `Authorization: Bearer <token>`, or "
            "HTTP Basic with the token as the password (for QGIS and older GDAL); make one "
            "with `porttwin user add NAME --role ROLE --port CODE`. Errors are RFC 9457 "
            "problem details (`application/problem+json`)."
        ),
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        responses=problem_responses(),
    )
    app.state.settings = settings
    app.state.tile_cache = TileCache(settings.tile_cache_mb * 1024 * 1024)
    app.state.port_states = PortStateCache()
    install_error_handlers(app)
    install_openapi(app)
    # outermost first: headers on every answer, then the guard before any body is read
    app.add_middleware(RequestGuard, settings=settings)
    app.add_middleware(SecurityHeaders)

    for router in ROUTERS:
        app.include_router(router)
    _mount_static(app, settings)
    return app


def _mount_static(app: FastAPI, settings: Settings) -> None:
    # The viewer's static files and its npm dependencies (deck.gl), served by the app so the
    # viewer works without internet access; found as package data (no viewer code imported).
    vendor = settings.viewer_vendor_dir or Path(__file__).parents[1] / "viewer" / "node_modules"
    for url, folder in (
        ("deck.gl", "deck.gl"),
        ("loaders.gl-mvt", "@loaders.gl/mvt/dist"),
        ("loaders.gl-core", "@loaders.gl/core/dist"),  # with gltf: a 3D model's elements
        ("loaders.gl-gltf", "@loaders.gl/gltf/dist"),
        ("swagger-ui", "swagger-ui-dist"),
        ("redoc", "redoc/bundles"),
        ("jspdf", "jspdf/dist"),
    ):
        if (vendor / folder).is_dir():
            app.mount(f"/vendor/{url}", StaticFiles(directory=vendor / folder), name=url)
    app.mount("/", StaticFiles(packages=[("viewer", "static")], html=True), name="viewer")

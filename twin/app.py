"""The FastAPI application: every domain's routes, health, the viewer."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from sqlalchemy import Engine, text

from assets.bim.routes import router as bim_router
from assets.import_routes import router as import_router
from assets.routes import router as registry_router
from inspections.routes import router as inspections_router
from kernel.database import database_url, make_engine, session_factory
from kernel.jobs import JobPublic, get_job, list_jobs
from kernel.settings import Settings, get_settings
from kernel.web import CurrentUser, SessionDep, install_error_handlers
from twin.ifc_export import router as ifc_export_router
from twin.ogc.features import router as features_router
from twin.ogc.tiles import router as tiles_router
from twin.planning.routes import router as planning_router
from twin.sensors.routes import router as sensors_router
from twin.sensors.sta import router as sta_router
from twin.state import router as state_router
from twin.surveys.routes import router as surveys_router


class Health(BaseModel):
    status: str
    database: str
    postgis: str


class Me(BaseModel):
    name: str
    role: str
    all_ports: bool
    port_ids: list[str]


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The app; ``engine`` is opened in the lifespan from settings unless one is given."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = engine is None
        app.state.engine = engine or make_engine(database_url(settings))
        app.state.sessionmaker = session_factory(app.state.engine)
        yield
        if own:
            app.state.engine.dispose()

    app = FastAPI(
        title="Port Twin",
        version="0.1.0",
        summary="Port infrastructure asset registry and spatial digital twin",
        description=(
            "Every `/api/v1` endpoint needs `Authorization: Bearer <token>`; "
            "make one with `porttwin user add NAME --role ROLE --port CODE`."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)

    @app.get("/healthz", tags=["health"])
    def healthz() -> Health:
        with app.state.engine.connect() as conn:
            db = conn.execute(text("SHOW server_version")).scalar_one()
            postgis = conn.execute(text("SELECT postgis_lib_version()")).scalar_one()
        return Health(status="ok", database=f"PostgreSQL {db}", postgis=f"PostGIS {postgis}")

    @app.get("/api/v1/me", tags=["auth"])
    def me(who: CurrentUser) -> Me:
        return Me(
            name=who.name,
            role=who.role,
            all_ports=who.all_ports,
            port_ids=sorted(str(p) for p in who.port_ids),
        )

    @app.get("/api/v1/jobs/{job_id}", tags=["jobs"], summary="A background job and its progress")
    def job(job_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> JobPublic:
        return get_job(session, who, job_id)

    @app.get("/api/v1/jobs", tags=["jobs"], summary="Recent jobs of the caller and their ports")
    def jobs(who: CurrentUser, session: SessionDep) -> list[JobPublic]:
        return list_jobs(session, who)

    app.include_router(registry_router)
    app.include_router(bim_router)
    app.include_router(import_router)
    app.include_router(inspections_router)
    app.include_router(features_router)
    app.include_router(tiles_router)
    app.include_router(planning_router)
    app.include_router(sensors_router)
    app.include_router(sta_router)
    app.include_router(surveys_router)
    app.include_router(state_router)
    app.include_router(ifc_export_router)
    # The viewer's static files and its npm dependencies (deck.gl), served by the app so the
    # viewer works without internet access; found as package data (no viewer code imported).
    vendor = settings.viewer_vendor_dir or Path(__file__).parents[1] / "viewer" / "node_modules"
    for url, folder in (("deck.gl", "deck.gl"), ("loaders.gl-mvt", "@loaders.gl/mvt/dist")):
        if (vendor / folder).is_dir():
            app.mount(f"/vendor/{url}", StaticFiles(directory=vendor / folder), name=url)
    app.mount("/", StaticFiles(packages=[("viewer", "static")], html=True), name="viewer")
    return app

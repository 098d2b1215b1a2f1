"""Fixtures: a real PostGIS database migrated once per run, the app, and per-test ports.

Tests share one database but isolate themselves by creating their own ports (unique codes),
so they never depend on each other's rows.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from processes import free_port, serve_app
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from assets.models import Port
from assets.ports import create_authority, create_port
from assets.schemas import AuthorityCreate, PortCreate
from kernel.auth.service import SYSTEM, create_user
from kernel.database import make_engine, session_scope
from kernel.pgcluster import LocalCluster, create_database, drop_database
from kernel.settings import Settings
from twin import migrate
from twin.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _server_url() -> str:
    url = os.environ.get("PORTTWIN_DATABASE_URL")
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1)
    data_dir = Path(os.environ.get("PORTTWIN_DATA_DIR", ROOT / ".porttwin"))
    return LocalCluster(data_dir).start().url()


@pytest.fixture(scope="session")
def server_url() -> str:
    """URL of the PostgreSQL server under test (its default database)."""
    return _server_url()


@pytest.fixture(scope="session")
def database_url(server_url: str) -> Iterator[str]:
    """A fresh database for this run, migrated to head, dropped at the end."""
    name = f"porttwin_test_{os.getpid()}"
    admin = make_url(server_url).set(database="postgres").render_as_string(hide_password=False)
    create_database(admin, name)
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    migrate.upgrade(url)
    yield url
    drop_database(admin, name)


@pytest.fixture(scope="session")
def admin_url(server_url: str) -> str:
    return make_url(server_url).set(database="postgres").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def client(engine: Engine, database_url: str) -> Iterator[TestClient]:
    settings = Settings(database_url=database_url, env="test")
    with TestClient(create_app(settings, engine)) as c:
        yield c


@dataclass
class PortFixture:
    id: uuid.UUID
    code: str
    metric_epsg: int


@pytest.fixture
def make_port(engine: Engine) -> Callable[..., PortFixture]:
    """Create a new port (and its authority) with a unique code."""

    def factory(metric_epsg: int = 6677, country: str = "JP") -> PortFixture:
        code = "T" + secrets.token_hex(4).upper()
        with session_scope(engine) as session:
            authority = create_authority(
                session,
                SYSTEM,
                AuthorityCreate(code=f"auth-{code}", name_en=f"Authority {code}", country=country),
            )
            port: Port = create_port(
                session,
                SYSTEM,
                PortCreate(
                    authority_id=authority.id,
                    code=code,
                    name_en=f"Test port {code}",
                    name_ja=f"テスト港 {code}",
                    country=country,
                    metric_epsg=metric_epsg,
                ),
            )
            return PortFixture(id=port.id, code=port.code, metric_epsg=metric_epsg)

    return factory


@pytest.fixture
def make_token(engine: Engine) -> Callable[..., str]:
    """A new user with ``role`` scoped to ``ports`` (or all ports); returns its API token."""

    def factory(role: str, *ports: PortFixture, all_ports: bool = False) -> str:
        with session_scope(engine) as session:
            _, token = create_user(
                session,
                f"{role}-{secrets.token_hex(4)}",
                role,
                [p.id for p in ports],
                all_ports=all_ports,
            )
        return token

    return factory


@pytest.fixture(scope="session")
def live_server(database_url: str) -> Iterator[str]:
    """The app served by uvicorn in its own process on the test database, for real HTTP
    clients (GDAL, browsers)."""
    port = free_port()
    proc = serve_app(database_url, port, quiet=False, PORTTWIN_ENV="test")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def demo(engine: Engine) -> dict[str, str]:
    """The demo twin loaded into the test database; demo user name → fresh token."""
    from twin.demo import load_demo

    with session_scope(engine) as session:
        tokens = load_demo(session)
    return {name: token for name, (_, _, token) in tokens.items()}

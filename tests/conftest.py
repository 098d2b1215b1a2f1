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
from browser import RECORD_CSP
from databases import Database, fresh_database
from fastapi.testclient import TestClient
from own_demo import own_demo  # noqa: F401 (a fixture for the tests that need a demo of their own)
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from processes import CHROMIUM, CHROMIUM_ARGS, free_port, serve_app
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from assets.models import Port
from assets.ports import create_authority, create_port
from assets.schemas import AuthorityCreate, PortCreate
from kernel.auth.service import SYSTEM, create_user
from kernel.database import make_engine, session_scope
from kernel.settings import Settings
from twin.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def test_database() -> Iterator[Database]:
    """A fresh database for this run (migrated as its owner), dropped at the end."""
    db = fresh_database(f"porttwin_test_{os.getpid()}")
    yield db
    db.drop()


@pytest.fixture(scope="session")
def server_url(test_database: Database) -> str:
    """The superuser's URL of the server under test (its maintenance database)."""
    return test_database.admin


@pytest.fixture(scope="session")
def database_url(test_database: Database) -> str:
    """The test database as the app connects to it: the least-privileged role."""
    return test_database.app


@pytest.fixture(scope="session")
def superuser_engine(test_database: Database) -> Iterator[Engine]:
    """The test database as a superuser: for tests that play an attacker who bypasses the
    app (and its triggers) with direct database access."""
    eng = make_engine(test_database.superuser)
    yield eng
    eng.dispose()


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

    def factory(
        metric_epsg: int = 6677, country: str = "JP", time_zone: str | None = None
    ) -> PortFixture:
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
                    time_zone=time_zone,
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
    """The demo twin loaded into the test database; demo user name → a token of its own for
    the tests (not the printed demo token, which a later demo run rotates)."""
    from kernel.auth.models import User
    from kernel.auth.service import issue_token
    from twin.demo import load_demo

    with session_scope(engine) as session:
        names = list(load_demo(session))
        users = session.query(User).filter(User.name.in_(names)).all()
        return {u.name: issue_token(session, u.id, label="tests") for u in users}


AXE = ROOT / "viewer" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, for the viewer tests that check daily use."""
    (ROOT / "test-artifacts" / "viewer").mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def tabs(chromium: Browser) -> Iterator[BrowserContext]:
    """A browser context recording what the content security policy blocks, with axe-core
    injected before the page's own scripts (the policy governs the page, not the test)."""
    ctx = chromium.new_context(viewport={"width": 1400, "height": 850}, locale="ja-JP")
    ctx.add_init_script(RECORD_CSP)
    ctx.add_init_script(path=str(AXE))
    yield ctx
    blocked = [
        v for pg in ctx.pages if not pg.is_closed() for v in pg.evaluate("window.__cspViolations")
    ]
    ctx.close()
    assert blocked == [], f"the content security policy blocked: {blocked}"


@pytest.fixture
def tab(tabs: BrowserContext) -> Page:
    """A page of ``tabs``, recording its script errors."""
    pg = tabs.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    return pg

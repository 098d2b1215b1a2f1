"""A demo twin of its own, for tests that submit records to the demo's facilities (records
are immutable: such a test would change what the shared demo shows the other tests)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from databases import fresh_database
from fastapi.testclient import TestClient
from sqlalchemy import select

from assets.models import Port
from kernel.auth.service import create_user
from kernel.database import make_engine, session_scope
from kernel.settings import Settings
from twin.app import create_app
from twin.demo import load_demo


@pytest.fixture(scope="module")
def own_demo(test_database) -> Iterator[tuple[TestClient, str, str]]:
    """(client, an engineer token of the demo's ports, the app's database URL)."""
    db = fresh_database(f"porttwin_demo_{os.getpid()}")
    engine = make_engine(db.app)
    with session_scope(engine) as session:
        load_demo(session)
        nice = session.scalar(select(Port.id).where(Port.code == "FRNCE"))
        _, token = create_user(session, "nice-engineer", "engineer", [nice])
    try:
        settings = Settings(database_url=db.app, env="test")
        with TestClient(create_app(settings, engine)) as client:
            yield client, token, db.app
    finally:
        engine.dispose()
        db.drop()

"""What the benchmarks share: a fresh database in the project's cluster, and (from
tests/processes.py, shared with the tests) the app served by uvicorn in its own process."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from processes import free_port, serve_app, wait_until_up  # noqa: E402, F401 (re-exported)

from kernel.pgcluster import LocalCluster, create_database, drop_database  # noqa: E402
from twin import migrate  # noqa: E402


def fresh_database(name: str) -> str:
    """Drop and recreate ``name`` in the project's cluster, migrated; its SQLAlchemy URL."""
    state = LocalCluster(ROOT / ".porttwin").start()
    drop_database(state.url("postgres"), name)
    create_database(state.url("postgres"), name)
    url = state.url(name)
    migrate.upgrade(url)
    return url

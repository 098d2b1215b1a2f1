"""What the benchmarks share: a fresh database in the project's cluster, and (from
tests/processes.py, shared with the tests) the app served by uvicorn in its own process."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import databases  # noqa: E402
from processes import free_port, serve_app, wait_until_up  # noqa: E402, F401 (re-exported)


def fresh_database(name: str) -> str:
    """Drop and recreate ``name`` in the project's cluster, migrated by its owner role; the
    superuser's URL (benchmarks bulk-load with triggers off, then serve the app with it)."""
    return databases.fresh_database(name).superuser

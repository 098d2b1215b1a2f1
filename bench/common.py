"""What the benchmarks share: a fresh database in the project's cluster, and the app served by
uvicorn in its own process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, proc: subprocess.Popen[bytes], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def serve_app(database_url: str, port: int) -> subprocess.Popen[bytes]:
    """The app on 127.0.0.1:``port`` against ``database_url``, up and answering /healthz."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "twin.app:create_app",
            "--factory",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env={**os.environ, "PORTTWIN_DATABASE_URL": database_url},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until_up(f"http://127.0.0.1:{port}/healthz", proc)
    return proc

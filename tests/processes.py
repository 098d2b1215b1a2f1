"""Processes the tests and the benchmarks start: the app under uvicorn on a free port, and
Debian's Chromium with the flags that give it WebGL2 (SwiftShader) and keep it off the net."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


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


def serve_app(
    database_url: str, port: int, *, quiet: bool = True, **env: str
) -> subprocess.Popen[bytes]:
    """The app on 127.0.0.1:``port`` against ``database_url`` (plus ``env``), answering
    /healthz; ``quiet=False`` keeps its log on the console (tests show server errors)."""
    output = subprocess.DEVNULL if quiet else None
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "twin.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env={**os.environ, "PORTTWIN_DATABASE_URL": database_url, **env},
        cwd=ROOT,
        stdout=output,
        stderr=output,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", proc)
    except RuntimeError:
        proc.terminate()
        raise
    return proc

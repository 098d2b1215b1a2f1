"""Faults the service meets and gets over by itself: the database goes away and comes back,
a worker process dies, a killed server leaves upload folders."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import uuid

import pytest
from fastapi.testclient import TestClient
from helpers import auth
from sqlalchemy.engine import make_url

from kernel.database import make_engine, session_scope
from kernel.jobs import Job, reap_dead_workers
from kernel.settings import Settings
from kernel.uploads import uploads_root
from twin.app import create_app, housekeeping


class Proxy:
    """A TCP forwarder standing between the app and PostgreSQL: stopping it is the database
    becoming unreachable (connections cut, new ones refused); starting it is its return."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server: socket.socket | None = None
        self.links: list[socket.socket] = []

    def start(self) -> None:
        self.server = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()

    def stop(self) -> None:
        assert self.server is not None
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self.server.close()
        for link in self.links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
            link.close()
        self.links.clear()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.links += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for end in (src, dst):
                with contextlib.suppress(OSError):
                    end.close()


@pytest.fixture
def through_proxy(database_url):
    url = make_url(database_url)
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    proxy.start()
    proxied = url.set(port=proxy.port).render_as_string(hide_password=False)
    engine = make_engine(proxied)
    app = create_app(Settings(database_url=proxied, env="test"), engine)
    with TestClient(app) as client:
        yield client, proxy
    engine.dispose()
    with contextlib.suppress(AssertionError, OSError):
        proxy.stop()


def test_the_database_going_away_gives_503_and_its_return_heals(
    through_proxy, make_port, make_token
):
    client, proxy = through_proxy
    token = make_token("viewer", make_port())
    assert client.get("/api/v1/facilities", headers=auth(token)).status_code == 200
    proxy.stop()
    down = client.get("/api/v1/facilities", headers=auth(token))
    assert down.status_code == 503 and down.headers["retry-after"] == "5"
    assert "database is not reachable" in down.json()["detail"]
    health = client.get("/healthz")
    assert health.status_code == 503 and health.json() == {
        "status": "unavailable",
        "database": "down",
    }
    upload = client.post(
        "/api/v1/facilities", headers=auth(token), json={"port": "X", "kind": "quay"}
    )
    assert upload.status_code == 503
    proxy.start()
    deadline = time.monotonic() + 20
    while client.get("/healthz").status_code != 200:
        assert time.monotonic() < deadline, "the service did not recover"
        time.sleep(0.2)
    assert client.get("/api/v1/facilities", headers=auth(token)).status_code == 200


def test_a_job_whose_worker_died_is_marked_failed_without_anyone_asking(engine):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    job_id = uuid.uuid4()
    with session_scope(engine) as session:
        session.add(
            Job(
                id=job_id,
                kind="test",
                handler="x:y",
                params={},
                status="running",
                done=0,
                created_by=uuid.UUID(int=0),
                worker_pid=dead.pid,
                worker_host=socket.gethostname(),
            )
        )
    assert reap_dead_workers(engine) >= 1
    with session_scope(engine) as session:
        job = session.get(Job, job_id)
        assert job is not None and job.status == "failed"
        assert "stopped before finishing" in (job.message or "")


def test_housekeeping_removes_upload_folders_of_dead_servers(engine, tmp_path):
    settings = Settings(data_dir=tmp_path)
    root = uploads_root(settings)
    stale = root / "upload-999999999-x"
    stale.mkdir(parents=True)
    (stale / "half.zip").write_bytes(b"PK")
    live = root / f"upload-{os.getpid()}-y"
    live.mkdir()
    housekeeping(engine, settings)
    assert not stale.exists() and live.exists()

"""The server stays up for everyone: the token and the declared size are checked before a
body is read, bodies over a route's limit or too slow are cut off, reading a file never
holds the event loop, and one file's reader is stopped past its time or memory limit.

The requests here are written byte by byte on a socket (as an attacker's client would), to a
uvicorn server with small limits: 1 MB JSON bodies, 2 MB attachments, 1 s of silence."""

from __future__ import annotations

import json
import os
import socket
import statistics
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from helpers import auth, quay
from processes import free_port, serve_app

from geodata.errors import ReadError
from geodata.isolation import isolated
from kernel.settings import Settings
from kernel.uploads import clean_stale_uploads, uploads_root

LIMITS = {
    "PORTTWIN_MAX_JSON_MB": "1",
    "PORTTWIN_MAX_ATTACHMENT_MB": "2",
    "PORTTWIN_MAX_UPLOAD_MB": "8",
    "PORTTWIN_BODY_IDLE_TIMEOUT_S": "1",
    "PORTTWIN_ENV": "test",
}


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[str]:
    port = free_port()
    proc = serve_app(database_url, port, **LIMITS)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def raw(
    address: str,
    head: str,
    parts: tuple[bytes, ...] = (),
    *,
    pause: float = 0.0,
    wait: float = 10.0,
) -> tuple[int, float, bytes]:
    """Send ``head`` (request line and headers), then ``parts`` of the body with ``pause``
    seconds before each; returns the status, the seconds until the answer began, and the
    answer."""
    host, port = address.split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        start = time.monotonic()
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n")
        for part in parts:
            time.sleep(pause)
            try:
                sock.sendall(part)
            except (BrokenPipeError, ConnectionResetError):
                break
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
        elapsed = time.monotonic() - start
        while chunk:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            answer += chunk
    status = int(answer.split(b" ", 2)[1]) if answer else 0
    return status, elapsed, answer


def upload_folders() -> set[str]:
    root = uploads_root(Settings())
    return {p.name for p in root.glob("upload-*")} if root.exists() else set()


def test_a_huge_upload_without_a_token_is_refused_before_its_body(server):
    before = upload_folders()
    head = (
        f"POST /api/v1/imports/vector?port=X HTTP/1.1\nHost: {server}\n"
        "Content-Type: multipart/form-data; boundary=b\nContent-Length: 2147483648\n"
    )
    status, elapsed, answer = raw(server, head, (b"--b\r\n" + b"x" * 65536,))
    assert status == 401 and elapsed < 2
    assert b"application/problem+json" in answer and b"API token" in answer
    assert upload_folders() == before


def test_a_large_json_body_without_a_token_is_refused_before_it_is_read(server):
    head = (
        f"POST /api/v1/facilities HTTP/1.1\nHost: {server}\nContent-Type: application/json\n"
        f"Content-Length: {200 << 20}\n"
    )
    status, elapsed, _ = raw(server, head, (b"[" + b"0," * 1000,))
    assert status == 401 and elapsed < 2


def test_a_declared_size_over_the_limit_is_refused_at_once(server, make_port, make_token):
    token = make_token("engineer", make_port())
    head = (
        f"POST /api/v1/facilities HTTP/1.1\nHost: {server}\nAuthorization: Bearer {token}\n"
        "Content-Type: application/json\nContent-Length: 2147483648\n"
    )
    status, elapsed, answer = raw(server, head, (b'{"a":1}',))
    assert status == 413 and elapsed < 2
    assert b"limit of 1 MB" in answer


def test_a_chunked_body_is_cut_off_at_the_limit(server, make_port, make_token):
    """No Content-Length: the bytes are counted as they arrive."""
    token = make_token("engineer", make_port())
    head = (
        f"POST /api/v1/facilities HTTP/1.1\nHost: {server}\nAuthorization: Bearer {token}\n"
        "Content-Type: application/json\nTransfer-Encoding: chunked\n"
    )
    chunk = b"x" * 256 * 1024
    parts = tuple(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" for _ in range(12))
    status, _, answer = raw(server, head, parts)
    assert status == 413, answer[:300]


def test_a_stalled_body_times_out(server, make_port, make_token):
    token = make_token("engineer", make_port())
    head = (
        f"POST /api/v1/facilities HTTP/1.1\nHost: {server}\nAuthorization: Bearer {token}\n"
        "Content-Type: application/json\nContent-Length: 1000\n"
    )
    status, elapsed, answer = raw(server, head, (b'{"port": ',), wait=15)
    assert status == 408, answer[:300]
    assert 0.9 < elapsed < 5


def test_an_attachment_over_its_limit_is_refused_while_it_streams(
    server, client, make_port, make_token
):
    port = make_port()
    token = make_token("inspector", port)
    engineer = make_token("engineer", port)
    facility = client.post("/api/v1/facilities", headers=auth(engineer), json=quay(port.code))
    record = client.post(
        "/api/v1/inspections",
        headers=auth(token),
        json={
            "facility_id": facility.json()["id"],
            "inspection_type": "general_periodic",
            "started_on": "2026-05-01",
        },
    ).json()
    # announced honestly and too large: refused before the bytes
    url = f"http://{server}/api/v1/inspections/{record['id']}/attachments"
    resp = httpx.post(
        url, headers=auth(token), files={"file": ("big.jpg", b"\xff\xd8\xff" + b"0" * (3 << 20))}
    )
    assert resp.status_code == 413 and "limit of 2 MB" in resp.json()["detail"]

    # chunked, so the size is known only as it arrives
    def body() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\n\r\n'
        for _ in range(40):
            yield b"\xff" * (128 * 1024)
        yield b"\r\n--b--\r\n"

    resp = httpx.post(
        url,
        headers={**auth(token), "Content-Type": "multipart/form-data; boundary=b"},
        content=body(),
    )
    assert resp.status_code == 413


def test_the_server_answers_others_while_a_slow_import_runs(
    server, client, make_port, make_token, tmp_path
):
    """An 8,000-point dry-run import used to hold /healthz for 24.8 s; now every other
    request is answered meanwhile (2,000 valid points here: about 10 s of real work)."""
    port = make_port()
    token = make_token("engineer", port)
    client.post("/api/v1/facilities", headers=auth(token), json=quay(port.code))
    features = [
        {
            "type": "Feature",
            "properties": {"id": i, "name": f"Bollard {i}"},
            "geometry": {"type": "Point", "coordinates": [139.74 + i * 1e-6, 35.49]},
        }
        for i in range(2000)
    ]
    data = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    base = f"http://{server}"
    done: dict[str, object] = {}

    def upload() -> None:
        start = time.monotonic()
        resp = httpx.post(
            f"{base}/api/v1/imports/vector",
            params={"port": port.code, "dry_run": "true", "id_field": "id", "kind": "crane"},
            headers=auth(token),
            files={"file": ("bollards.geojson", data)},
            timeout=300,
        )
        done.update(status=resp.status_code, seconds=time.monotonic() - start, body=resp.json())

    worker = threading.Thread(target=upload)
    worker.start()
    latencies = []
    with httpx.Client(base_url=base, timeout=10) as other:
        time.sleep(0.3)
        while worker.is_alive():
            for path in ("/healthz", f"/api/v1/facilities?port={port.code}"):
                start = time.monotonic()
                assert other.get(path, headers=auth(token)).status_code == 200
                latencies.append(time.monotonic() - start)
            time.sleep(0.05)
    worker.join()
    assert done["status"] == 200, done
    assert done["body"]["created"] == 2000 and not done["body"]["written"]
    assert len(latencies) >= 4, f"the import took only {done['seconds']:.1f} s"
    print(
        f"import {done['seconds']:.1f} s; {len(latencies)} other requests meanwhile, "
        f"median {statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
    )
    assert max(latencies) < 1.0


def test_a_reader_past_its_time_limit_is_stopped():
    start = time.monotonic()
    with pytest.raises(ReadError, match=r"slow\.tif: reading the file took longer than 1 s"):
        isolated(time.sleep, 30, name="slow.tif", seconds=1)
    assert time.monotonic() - start < 10


def test_a_reader_past_its_memory_limit_is_stopped():
    with pytest.raises(ReadError, match=r"bomb\.tif: .*256 MB"):
        isolated(bytearray, 4 << 30, name="bomb.tif", memory_mb=256)


def test_a_reader_that_crashes_costs_only_its_own_process():
    with pytest.raises(ReadError, match=r"crash\.gpkg: the reader stopped on this file \(signal"):
        isolated(os.abort, name="crash.gpkg")
    assert isolated(sum, [1, 2, 3], name="after.gpkg") == 6


def test_upload_folders_of_a_killed_server_are_removed(tmp_path):
    settings = Settings(data_dir=tmp_path)
    root = uploads_root(settings)
    root.mkdir(parents=True)
    dead = root / "upload-999999999-abc"  # no such process
    mine = root / f"upload-{os.getpid()}-def"  # a live server's request
    for folder in (dead, mine):
        folder.mkdir()
        (folder / "x.tif").write_bytes(b"II*\x00")
    assert clean_stale_uploads(settings) == 1
    assert not dead.exists() and mine.exists()

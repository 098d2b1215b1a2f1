"""`porttwin backup` and `porttwin restore` (issue 19): the test database with the demo and a
photo is backed up, restored by the real command into a new, empty data directory (its own
PostgreSQL cluster), checked by `porttwin verify` and served: every download gives the same
bytes. A damaged backup and a database that holds data are refused, writing nothing."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import httpx
import pytest
from helpers import auth, jpeg_with_gps
from processes import ROOT, free_port, serve_app

from kernel.backup import backup, table_count
from kernel.files import file_store
from kernel.pgcluster import APP, DATABASE, LocalCluster, find_bindir


def porttwin(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PORTTWIN_DATABASE_URL"}
    env["PORTTWIN_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [str(Path(sys.executable).parent / "porttwin"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def photo_of_docks(client, token: str) -> str:
    """A photo attached to a new inspection of Quai des Docks; the attachment's id."""
    docks = client.get(
        "/api/v1/facilities", params={"port": "FRNCE", "q": "Quai des Docks"}, headers=auth(token)
    ).json()["items"][0]
    record = client.post(
        "/api/v1/inspections",
        json={
            "facility_id": docks["id"],
            "inspection_type": "extraordinary",
            "started_on": "2026-11-21",
        },
        headers=auth(token),
    ).json()
    lon, lat = docks["geometry"]["coordinates"][0][:2]
    stored = client.post(
        f"/api/v1/inspections/{record['id']}/attachments",
        files={"file": ("quay.jpg", jpeg_with_gps(lon, lat, "2026:11:21 09:00:00"), "image/jpeg")},
        headers=auth(token),
    )
    assert stored.status_code == 201, stored.text
    return stored.json()["id"]


@pytest.fixture
def empty_data_dir(tmp_path: Path):
    new = tmp_path / "restored"
    yield new
    LocalCluster(new).stop()


def test_a_backup_restores_into_an_empty_data_dir_with_every_download(
    client, test_database, demo, tmp_path, empty_data_dir
):
    token = demo["demo-admin"]
    photo = photo_of_docks(client, demo["demo-inspector"])
    models = client.get("/api/v1/bim/models", headers=auth(token)).json()
    downloads = [f"/api/v1/attachments/{photo}"]
    for m in models:
        downloads += [
            f"/api/v1/bim/models/{m['id']}/file",
            f"/api/v1/bim/models/{m['id']}/model.glb",
        ]
    before: dict[str, str] = {}
    for path in downloads:  # what is there to download (some models of other tests have no GLB)
        got = client.get(path, headers=auth(token))
        if got.status_code == 200:
            before[path] = hashlib.sha256(got.content).hexdigest()
    assert f"/api/v1/attachments/{photo}" in before and len(before) >= 3
    facilities = client.get("/api/v1/facilities", params={"limit": 1}, headers=auth(token)).json()

    target = tmp_path / "port.tar"
    stages: list[str] = []
    summary = backup(
        target,
        test_database.superuser,
        file_store(),
        find_bindir(),
        lambda stage, done, total: stages.append(stage),
    )
    assert summary.files >= 3 and summary.revision and {"database", "files"} <= set(stages)
    assert target.stat().st_mode & 0o077 == 0  # it holds every record

    # a byte changed in a stored file: refused, naming it, and nothing written
    damaged = tmp_path / "damaged.tar"
    damaged.write_bytes(target.read_bytes())
    with tarfile.open(damaged) as tar:
        member = next(m for m in tar if m.name.startswith("files/"))
    with damaged.open("r+b") as fh:
        fh.seek(member.offset_data)
        first = fh.read(1)
        fh.seek(member.offset_data)
        fh.write(bytes([first[0] ^ 0xFF]))
    refused = porttwin(empty_data_dir, "restore", str(damaged))
    assert refused.returncode == 1
    assert member.name in refused.stderr and "checksum" in refused.stderr
    state = LocalCluster(empty_data_dir).state()
    assert state is not None
    assert table_count(state.url(DATABASE)) == 0
    assert not list((empty_data_dir / "files").glob("*/*"))

    restored = porttwin(empty_data_dir, "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    assert f"{summary.files} stored files" in restored.stdout
    verified = porttwin(empty_data_dir, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert " 0 attachments" not in verified.stdout

    # once restored, the same request gives the same bytes
    port = free_port()
    server = serve_app(state.url(DATABASE, APP), port, PORTTWIN_DATA_DIR=str(empty_data_dir))
    try:
        base = f"http://127.0.0.1:{port}"
        for path, digest in before.items():
            got = httpx.get(base + path, headers=auth(token), timeout=30)
            assert got.status_code == 200, (path, got.text)
            assert hashlib.sha256(got.content).hexdigest() == digest, path
        again = httpx.get(
            f"{base}/api/v1/facilities", params={"limit": 1}, headers=auth(token)
        ).json()
        assert again["total"] == facilities["total"]
    finally:
        server.terminate()
        server.wait(timeout=10)

    # a database that holds data is never overwritten
    twice = porttwin(empty_data_dir, "restore", str(target))
    assert twice.returncode == 1 and "already holds" in twice.stderr


def test_a_file_that_is_no_backup_is_refused(tmp_path, empty_data_dir):
    stray = tmp_path / "photos.tar"
    with tarfile.open(stray, "w") as tar:
        tar.add(Path(__file__), arcname="../../etc/passwd")
    refused = porttwin(empty_data_dir, "restore", str(stray))
    assert refused.returncode == 1
    assert "not a Port Twin backup" in refused.stderr


def _member(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def test_a_backup_whose_members_climb_out_or_lie_is_refused_writing_nothing(
    tmp_path, empty_data_dir
):
    """Member names are never paths: a member outside the manifest, or a manifest naming a
    file that is no SHA-256, is refused before anything is written."""
    dump = b"not really a dump"
    digest = hashlib.sha256(dump).hexdigest()
    cases = {
        "climbing.tar": (
            {"files": []},
            [("database.dump", dump), ("../../climbed.txt", b"x")],
            "not in its manifest",
        ),
        "lying.tar": (
            {"files": [{"sha256": "../../climbed", "size": 1}]},
            [("database.dump", dump)],
            "no SHA-256",
        ),
    }
    for name, (files, members, reason) in cases.items():
        manifest = {
            "format": "porttwin-backup",
            "version": 1,
            "created_at": "2026-11-30T00:00:00+00:00",
            "revision": "0011",
            "database": {"file": "database.dump", "sha256": digest, "size": len(dump)},
            **files,
        }
        path = tmp_path / name
        with tarfile.open(path, "w") as tar:
            _member(tar, "MANIFEST.json", json.dumps(manifest).encode())
            for member, data in members:
                _member(tar, member, data)
        refused = porttwin(empty_data_dir, "restore", str(path))
        assert refused.returncode == 1 and reason in refused.stderr, refused.stderr
    staging = Path(tempfile.gettempdir())  # where a restore stages what it reads
    assert not list(tmp_path.rglob("climbed*")) and not (staging / "climbed.txt").exists()
    assert not list((empty_data_dir / "files").glob("*/*"))
    state = LocalCluster(empty_data_dir).state()
    assert state is not None and table_count(state.url(DATABASE)) == 0

"""A read replica on real engines (issue 19): `porttwin db start --replica` makes a hot
standby of the project cluster; the server sends the reads of the read paths there and every
write to the primary, and a caller who just wrote reads their own write. Proved by pausing
the replica's replay: what another user reads then comes from the replica (the new facility
is not there yet), what the writer reads comes from the primary."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from helpers import auth, quay
from processes import ROOT, free_port, serve_app

from kernel.pgcluster import APP, ClusterState, LocalCluster


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture(scope="module")
def replica(test_database) -> Iterator[ClusterState]:
    cluster = LocalCluster(Path(os.environ.get("PORTTWIN_DATA_DIR", ROOT / ".porttwin")))
    state = cluster.start_replica()
    yield state
    cluster.drop_replica()


def caught_up(state: ClusterState, database: str) -> None:
    """Wait until the replica has replayed everything the primary has written now."""
    with psycopg.connect(_dsn(state.url(database))) as primary:
        position = primary.execute("SELECT pg_current_wal_lsn()").fetchone()[0]
    deadline = time.monotonic() + 30
    with psycopg.connect(_dsn(state.replica_url(database)), autocommit=True) as standby:
        while True:
            row = standby.execute(
                "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (str(position),)
            ).fetchone()
            if row[0]:
                return
            assert time.monotonic() < deadline, "the replica did not catch up in 30 s"
            time.sleep(0.05)


def test_reads_go_to_the_replica_and_a_writer_reads_their_own_write(
    replica, test_database, make_port, make_token
):
    port = make_port()
    writer = make_token("engineer", port)
    reader = make_token("viewer", port)
    with psycopg.connect(_dsn(replica.replica_url(test_database.name))) as standby:
        assert standby.execute("SELECT pg_is_in_recovery()").fetchone()[0]
    server = serve_app(
        test_database.app,
        free_port_number := free_port(),
        PORTTWIN_READ_DATABASE_URL=replica.replica_url(test_database.name, APP),
    )
    base = f"http://127.0.0.1:{free_port_number}"
    standby = psycopg.connect(_dsn(replica.replica_url(test_database.name)), autocommit=True)
    try:
        caught_up(replica, test_database.name)
        body = quay(port.code, ledger_no="RR-1", name_en="Replicated quay")
        lon, lat = body["geometry"]["coordinates"][0]
        standby.execute("SELECT pg_wal_replay_pause()")
        try:
            made = httpx.post(f"{base}/api/v1/facilities", json=body, headers=auth(writer))
            assert made.status_code == 201, made.text  # writes go to the primary
            fid = made.json()["id"]
            # the writer reads their write at once: from the primary, the replica being behind
            assert httpx.get(f"{base}/api/v1/facilities/{fid}", headers=auth(writer)).is_success
            listed = httpx.get(
                f"{base}/api/v1/facilities", params={"port": port.code}, headers=auth(writer)
            ).json()
            assert [f["ledger_no"] for f in listed["items"]] == ["RR-1"]
            # another user reads the replica, where it is not yet
            gone = httpx.get(f"{base}/api/v1/facilities/{fid}", headers=auth(reader))
            assert gone.status_code == 404
            items = httpx.get(
                f"{base}/ogc/collections/facilities/items",
                params={"bbox": f"{lon - 0.01},{lat - 0.01},{lon + 0.01},{lat + 0.01}"},
                headers=auth(reader),
            ).json()
            assert fid not in {f["id"] for f in items["features"]}
            # a second write while the replica is paused: the primary takes it
            renamed = httpx.patch(
                f"{base}/api/v1/facilities/{fid}",
                json={"name_en": "Renamed on the primary"},
                headers=auth(writer),
            )
            assert renamed.status_code == 200, renamed.text
        finally:
            standby.execute("SELECT pg_wal_replay_resume()")
        # once replayed, everyone reads it from the replica
        deadline = time.monotonic() + 30
        while True:
            seen = httpx.get(f"{base}/api/v1/facilities/{fid}", headers=auth(reader))
            if seen.status_code == 200:
                break
            assert time.monotonic() < deadline, seen.text
            time.sleep(0.1)
        assert seen.json()["name_en"] == "Renamed on the primary"
    finally:
        standby.close()
        server.terminate()
        server.wait(timeout=10)

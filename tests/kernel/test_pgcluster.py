"""The project-managed PostgreSQL cluster: start, status, url, stop, in its own data dir."""

from __future__ import annotations

import psycopg

from kernel.pgcluster import LocalCluster


def test_cluster_starts_in_its_own_data_dir_with_postgis_and_stops(tmp_path):
    cluster = LocalCluster(tmp_path / "data")
    state = cluster.start()
    try:
        assert cluster.is_running()
        assert cluster.start().port == state.port  # idempotent
        dsn = state.url().replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            version = conn.execute("SELECT postgis_lib_version()").fetchone()
            port = conn.execute("SHOW port").fetchone()
        assert version is not None and version[0].startswith("3.")
        assert port is not None and int(port[0]) == state.port
        assert state.port != 5432  # never the system cluster's port
    finally:
        cluster.stop()
    assert not cluster.is_running()

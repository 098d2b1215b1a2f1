"""Alembic migrations upgrade a fresh database and downgrade it cleanly."""

from __future__ import annotations

import os

import psycopg
from sqlalchemy.engine import make_url

from kernel.pgcluster import create_database, drop_database
from twin import migrate


def tables(url: str) -> set[str]:
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {r[0] for r in rows} - {"spatial_ref_sys"}


def test_upgrade_downgrade_upgrade(server_url, admin_url):
    name = f"porttwin_migr_{os.getpid()}"
    create_database(admin_url, name)
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        heads = migrate.alembic_config(url)
        from alembic.script import ScriptDirectory

        assert (
            migrate.current_revision(url) == ScriptDirectory.from_config(heads).get_current_head()
        )
        created = tables(url)
        assert {
            "authority",
            "port",
            "facility",
            "component",
            "registry_history",
            "app_user",
            "api_token",
            "code_facility_kind",
        } <= created
        migrate.downgrade(url, "base")
        assert migrate.current_revision(url) is None
        assert tables(url) == {"alembic_version"}
        migrate.upgrade(url)
        assert tables(url) == created
    finally:
        drop_database(admin_url, name)


def test_every_tenant_table_keys_on_port_id(database_url):
    dsn = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("""
            SELECT c.conrelid::regclass::text, array_agg(a.attname::text)
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
            WHERE c.contype = 'p' AND c.conrelid::regclass::text IN
              ('facility', 'component', 'facility_external_id')
            GROUP BY 1""").fetchall()
    assert len(rows) == 3
    for table, columns in rows:
        assert "port_id" in columns, table

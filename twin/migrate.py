"""Apply and revert the Alembic migrations under ``twin/migrations``, and give the app's
role the rights it needs and no more.

Migrations run as the role that owns the schema; the server connects as another role
(``porttwin_app`` in the project's own cluster) that may read and write rows, never change
the schema, rewrite registry history or edit the migration state.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, pool

SCRIPTS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


APP_PRIVILEGES = """
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
GRANT EXECUTE ON FUNCTION observation_partition(integer) TO {role};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON registry_history FROM {role};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role};
"""


def upgrade(url: str, revision: str = "head", *, app_role: str | None = None) -> None:
    """Migrate (as the schema owner at ``url``), bring the code lists in line with their
    YAML files, then grant ``app_role`` its rights. Idempotent."""
    command.upgrade(alembic_config(url), revision)
    if revision == "head":
        sync_code_lists(url)
    if app_role:
        grant_app_role(url, app_role)


def sync_code_lists(url: str) -> None:
    """Upsert every shipped code list (assets/codelists/*.yaml) into its table: a code added
    or renamed in a YAML file reaches an existing database with `porttwin migrate`."""
    from assets.codelists import sync_codelists

    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            sync_codelists(conn)
    finally:
        engine.dispose()


def grant_app_role(url: str, role: str) -> None:
    """Rows only: read and write the tables, use the sequences; registry history (written
    by its trigger, as the owner) and the migration state are read-only for it."""
    from psycopg import sql

    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            for statement in APP_PRIVILEGES.strip().splitlines():
                query = sql.SQL(statement.removesuffix(";")).format(role=sql.Identifier(role))
                conn.exec_driver_sql(query.as_string(conn.connection.driver_connection))
    finally:
        engine.dispose()


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()

"""Fresh databases for the tests and the benchmarks, set up as a deployment is: created by
the superuser, owned and migrated by the owner role, used by the app's role (rows only).

With ``PORTTWIN_DATABASE_URL`` set (an external PostGIS), that one role plays all three."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from kernel.pgcluster import APP, OWNER, LocalCluster, create_database, drop_database
from twin import migrate

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Database:
    name: str
    app: str  # what the app connects with
    owner: str  # the schema's owner (migrations)
    superuser: str  # for tests that play an attacker with database access
    admin: str  # the superuser on the server's maintenance database (create, drop)

    def drop(self) -> None:
        drop_database(self.admin, self.name)


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def fresh_database(name: str) -> Database:
    """Drop and recreate database ``name``, migrated to head, the app's role granted."""
    external = os.environ.get("PORTTWIN_DATABASE_URL")
    if external:
        url = external.replace("postgresql://", "postgresql+psycopg://", 1)
        admin = _with_database(url, "postgres")
        drop_database(admin, name)
        create_database(admin, name)
        same = _with_database(url, name)
        migrate.upgrade(same)
        return Database(name, same, same, same, admin)
    data_dir = Path(os.environ.get("PORTTWIN_DATA_DIR", ROOT / ".porttwin"))
    state = LocalCluster(data_dir).start()
    admin = state.url("postgres")
    drop_database(admin, name)
    create_database(admin, name, owner=OWNER)
    migrate.upgrade(state.url(name, OWNER), app_role=APP)
    return Database(name, state.url(name, APP), state.url(name, OWNER), state.url(name), admin)

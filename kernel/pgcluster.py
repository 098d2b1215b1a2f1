"""The PostgreSQL + PostGIS cluster the project runs for itself in development and tests.

The cluster lives under the data directory (``PORTTWIN_DATA_DIR``, default ``.porttwin/``) on a
port of its own and never touches a system cluster. PostgreSQL refuses to run as root, so when
the caller is root the server runs as the unprivileged ``postgres`` user that owns its data
directory. Connection details are kept in ``cluster.json`` beside it (mode 0600).

Three roles, least privilege first: ``porttwin_app`` is what the server and the job workers
connect as (read and write rows, run the app's functions, nothing else); ``porttwin_owner``
owns the database and its schema and runs the migrations; the superuser ``porttwin`` only
creates databases, roles and the PostGIS extension.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kernel.errors import PortTwinError

SERVICE_USER = "postgres"
SUPERUSER = "porttwin"
OWNER = "porttwin_owner"
APP = "porttwin_app"
DATABASE = "porttwin"
FIRST_PORT = 55432


class ClusterError(PortTwinError):
    status_code = 500


@dataclass
class ClusterState:
    pgdata: str
    bindir: str
    port: int
    password: str  # the superuser's
    owner_password: str = ""
    app_password: str = ""
    replica_pgdata: str | None = None  # a hot standby streaming from this cluster
    replica_port: int | None = None

    def url(self, database: str = DATABASE, role: str = SUPERUSER) -> str:
        """URL of ``database`` as ``role`` (the superuser, OWNER or APP)."""
        password = {SUPERUSER: self.password, OWNER: self.owner_password, APP: self.app_password}
        return f"postgresql+psycopg://{role}:{password[role]}@127.0.0.1:{self.port}/{database}"

    def replica_url(self, database: str = DATABASE, role: str = SUPERUSER) -> str:
        """URL of ``database`` on the hot standby (the same roles: they are replicated)."""
        if self.replica_port is None:
            raise ClusterError("the cluster has no replica: run `porttwin db start --replica`")
        primary = f"@127.0.0.1:{self.port}/"
        return self.url(database, role).replace(primary, f"@127.0.0.1:{self.replica_port}/")


def find_bindir() -> Path:
    """The newest installed PostgreSQL whose share directory has the PostGIS extension."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for bindir in candidates:
        version = bindir.parent.name
        if Path(f"/usr/share/postgresql/{version}/extension/postgis.control").exists():
            return bindir
    if candidates:
        version = candidates[0].parent.name
        raise ClusterError(
            f"PostgreSQL {version} is installed but PostGIS is not: "
            f"install the package postgresql-{version}-postgis-3 (or run `make setup`)."
        )
    raise ClusterError(
        "PostgreSQL is not installed: install the packages postgresql and "
        "postgresql-<version>-postgis-3 (or run `make setup`)."
    )


def _as_root() -> bool:
    return os.geteuid() == 0


def _run(
    args: list[str], *, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    if _as_root():
        args = ["runuser", "-u", SERVICE_USER, "--", *args]
    full_env = {**os.environ, **env} if env else None
    result = subprocess.run(args, capture_output=True, text=True, check=False, env=full_env)
    if check and result.returncode != 0:
        raise ClusterError(
            f"`{' '.join(args)}` failed ({result.returncode}): {result.stderr.strip()}"
        )
    return result


def _service_can_reach(path: Path) -> bool:
    if not _as_root():
        return True
    result = subprocess.run(
        ["runuser", "-u", SERVICE_USER, "--", "test", "-x", str(path)], check=False
    )
    return result.returncode == 0


def _free_port(start: int = FIRST_PORT) -> int:
    for port in range(start, start + 200):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise ClusterError(f"no free TCP port between {start} and {start + 199}")


class LocalCluster:
    """A PostgreSQL cluster under ``data_dir``; every method is idempotent."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self.state_file = self.data_dir / "cluster.json"

    # -- state --------------------------------------------------------------------------
    def state(self) -> ClusterState | None:
        if not self.state_file.exists():
            return None
        return ClusterState(**json.loads(self.state_file.read_text()))

    def _pgdata_location(self) -> Path:
        """Under the data dir, or a private fallback when the service user cannot reach it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if _service_can_reach(self.data_dir):
            return self.data_dir / "pg"
        digest = hashlib.sha256(str(self.data_dir).encode()).hexdigest()[:12]
        return Path("/var/lib/porttwin/clusters") / digest

    # -- lifecycle ----------------------------------------------------------------------
    def init(self) -> ClusterState:
        state = self.state()
        if state and (Path(state.pgdata) / "PG_VERSION").exists():
            return state
        bindir = find_bindir()
        pgdata = self._pgdata_location()
        if pgdata.exists():
            shutil.rmtree(pgdata)
        pgdata.mkdir(parents=True, mode=0o700)
        password = secrets.token_urlsafe(24)
        with tempfile.NamedTemporaryFile("w", dir=pgdata.parent, delete=False) as pwfile:
            pwfile.write(password + "\n")
        try:
            if _as_root():
                shutil.chown(pgdata, SERVICE_USER, SERVICE_USER)
                shutil.chown(pwfile.name, SERVICE_USER, SERVICE_USER)
            _run(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(pgdata),
                    "-U",
                    SUPERUSER,
                    "--auth=scram-sha-256",
                    f"--pwfile={pwfile.name}",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                ]
            )
        finally:
            os.unlink(pwfile.name)
        port = _free_port()
        conf = pgdata / "postgresql.auto.conf"
        settings = (
            "listen_addresses = '127.0.0.1'\n"
            f"port = {port}\n"
            f"unix_socket_directories = '{pgdata}'\n"
            "shared_buffers = '256MB'\n"
            "max_connections = 100\n"
        )
        conf.write_text(conf.read_text() + settings if conf.exists() else settings)
        if _as_root():
            shutil.chown(conf, SERVICE_USER, SERVICE_USER)
        state = ClusterState(pgdata=str(pgdata), bindir=str(bindir), port=port, password=password)
        self._save(state)
        return state

    def _save(self, state: ClusterState) -> None:
        self.state_file.touch(mode=0o600)
        self.state_file.chmod(0o600)
        self.state_file.write_text(json.dumps(asdict(state), indent=2))

    def is_running(self) -> bool:
        state = self.state()
        if state is None:
            return False
        result = _run([f"{state.bindir}/pg_ctl", "-D", state.pgdata, "status"], check=False)
        return result.returncode == 0

    def start(self) -> ClusterState:
        state = self.init()
        if not self.is_running():
            if _free_port(state.port) != state.port:  # taken by something else meanwhile
                state.port = _free_port(state.port + 1)
                self._set_port(state)
            log = Path(state.pgdata) / "server.log"
            _run(
                [
                    f"{state.bindir}/pg_ctl",
                    "-D",
                    state.pgdata,
                    "-l",
                    str(log),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            )
        self._ensure_database(state)
        return state

    def stop(self) -> None:
        self.stop_replica()
        state = self.state()
        if state is None or not self.is_running():
            return
        _run([f"{state.bindir}/pg_ctl", "-D", state.pgdata, "-m", "fast", "-w", "stop"])

    # -- a read replica ------------------------------------------------------------------
    def replica_running(self) -> bool:
        state = self.state()
        if state is None or state.replica_pgdata is None:
            return False
        status = _run([f"{state.bindir}/pg_ctl", "-D", state.replica_pgdata, "status"], check=False)
        return status.returncode == 0

    def start_replica(self) -> ClusterState:
        """A hot standby of this cluster beside it (streaming replication from a base backup
        of every database), started on a port of its own; made the first time only."""
        state = self.start()
        pgdata = Path(state.pgdata).parent / "pg-replica"
        if not (pgdata / "PG_VERSION").exists():
            if pgdata.exists():
                shutil.rmtree(pgdata)
            pgdata.mkdir(mode=0o700)
            if _as_root():
                shutil.chown(pgdata, SERVICE_USER, SERVICE_USER)
            _run(
                [
                    f"{state.bindir}/pg_basebackup",
                    f"--pgdata={pgdata}",
                    "--host=127.0.0.1",
                    f"--port={state.port}",
                    f"--username={SUPERUSER}",
                    "--wal-method=stream",
                    "--checkpoint=fast",
                    "--write-recovery-conf",
                ],
                env={"PGPASSWORD": state.password},
            )
            port = _free_port(state.port + 1)
            conf = pgdata / "postgresql.auto.conf"
            kept = [
                line
                for line in conf.read_text().splitlines()
                if not line.startswith(("port =", "unix_socket_directories", "primary_conninfo"))
            ]
            conninfo = (
                f"host=127.0.0.1 port={state.port} user={SUPERUSER} "
                f"password={state.password} application_name=porttwin_replica"
            )
            kept += [
                f"port = {port}",
                f"unix_socket_directories = '{pgdata}'",
                f"primary_conninfo = '{conninfo}'",
                "hot_standby_feedback = on",  # long reads there do not lose their rows
            ]
            conf.write_text("\n".join(kept) + "\n")
            state.replica_pgdata, state.replica_port = str(pgdata), port
            self._save(state)
        if not self.replica_running():
            assert state.replica_pgdata is not None
            _run(
                [
                    f"{state.bindir}/pg_ctl",
                    "-D",
                    state.replica_pgdata,
                    "-l",
                    str(Path(state.replica_pgdata) / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            )
        return state

    def drop_replica(self) -> None:
        """Stop the replica and remove it (its data and its place in the state)."""
        self.stop_replica()
        state = self.state()
        if state is None or state.replica_pgdata is None:
            return
        shutil.rmtree(state.replica_pgdata, ignore_errors=True)
        state.replica_pgdata = state.replica_port = None
        self._save(state)

    def stop_replica(self) -> None:
        if self.replica_running():
            state = self.state()
            assert state is not None and state.replica_pgdata is not None
            _run([f"{state.bindir}/pg_ctl", "-D", state.replica_pgdata, "-m", "fast", "-w", "stop"])

    def _set_port(self, state: ClusterState) -> None:
        conf = Path(state.pgdata) / "postgresql.auto.conf"
        lines = [ln for ln in conf.read_text().splitlines() if not ln.startswith("port =")]
        lines.append(f"port = {state.port}")
        conf.write_text("\n".join(lines) + "\n")
        self._save(state)

    def _ensure_database(self, state: ClusterState) -> None:
        if not state.owner_password or not state.app_password:  # a cluster made before roles
            state.owner_password = state.owner_password or secrets.token_urlsafe(24)
            state.app_password = state.app_password or secrets.token_urlsafe(24)
            self._save(state)
        admin = state.url("postgres")
        ensure_role(admin, OWNER, state.owner_password)
        ensure_role(admin, APP, state.app_password)
        create_database(admin, DATABASE, owner=OWNER)


def ensure_role(admin_url: str, role: str, password: str) -> None:
    """A login role without special rights (created, or its password set)."""
    import psycopg
    from psycopg import sql

    dsn = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )


def create_database(admin_url: str, name: str, *, owner: str | None = None) -> bool:
    """Create database ``name`` (owned by ``owner``) with the PostGIS extension unless it
    exists; True when it was created. An existing database is handed to ``owner`` with its
    tables (a cluster made before the owner role existed)."""
    import psycopg
    from psycopg import sql

    dsn = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if owner:
                create += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
            conn.execute(create)
    database_dsn = psycopg.conninfo.make_conninfo(dsn, dbname=name)
    with psycopg.connect(database_dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        if owner:
            _hand_over(conn, name, owner)
    return not exists


def _hand_over(conn: Any, database: str, owner: str) -> None:
    """Make ``owner`` own the database, its public schema and every object in it that is
    not part of an extension (objects a superuser created before the roles existed)."""
    from psycopg import sql

    conn.execute(
        sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
            sql.Identifier(database), sql.Identifier(owner)
        )
    )
    conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(owner)))
    conn.execute(
        sql.SQL("""
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND pg_get_userbyid(c.relowner) <> {owner_text}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I',
      CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      r.name, {owner_text});
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> {owner_text}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.name, {owner_text});
  END LOOP;
END $$""").format(owner_text=sql.Literal(owner))
    )


def drop_database(admin_url: str, name: str) -> None:
    import psycopg
    from psycopg import sql

    dsn = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

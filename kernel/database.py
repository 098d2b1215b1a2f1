"""Engine, sessions and the declarative base shared by every domain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from kernel.errors import PortTwinError
from kernel.settings import Settings, get_settings


class Base(DeclarativeBase):
    """Declarative base of every table the app maps."""


def _psycopg(url: str) -> str:
    return (
        "postgresql+psycopg://" + url.removeprefix("postgresql://")
        if url.startswith("postgresql://")
        else url
    )


def _local_url(settings: Settings, role: str) -> str:
    from kernel.pgcluster import LocalCluster

    state = LocalCluster(settings.resolved_data_dir).state()
    if state is None or not state.app_password:
        raise PortTwinError(
            f"no database: set PORTTWIN_DATABASE_URL or run `porttwin db start` "
            f"(data dir {settings.resolved_data_dir})"
        )
    return state.url(role=role)


def database_url(settings: Settings | None = None) -> str:
    """What the server, the CLI and the job workers connect with: ``PORTTWIN_DATABASE_URL``
    if set, else the project's own cluster as its least-privileged role (rows only)."""
    settings = settings or get_settings()
    if settings.database_url:
        return _psycopg(settings.database_url)
    from kernel.pgcluster import APP

    return _local_url(settings, APP)


def read_database_url(settings: Settings | None = None) -> str | None:
    """Where the server sends its reads: ``PORTTWIN_READ_DATABASE_URL`` if set, else the
    project cluster's read replica when one runs (``porttwin db start --replica``), else
    None (the primary takes everything)."""
    settings = settings or get_settings()
    if settings.read_database_url:
        return _psycopg(settings.read_database_url)
    if settings.database_url:
        return None
    from kernel.pgcluster import APP, LocalCluster

    cluster = LocalCluster(settings.resolved_data_dir)
    state = cluster.state()
    if state is None or state.replica_port is None or not cluster.replica_running():
        return None
    return state.replica_url(role=APP)


def migration_url(settings: Settings | None = None) -> str:
    """What migrations connect with: the role owning the schema. ``PORTTWIN_MIGRATION_
    DATABASE_URL`` if set, else ``PORTTWIN_DATABASE_URL`` (one role does both), else the
    project cluster's owner role."""
    settings = settings or get_settings()
    if settings.migration_database_url:
        return _psycopg(settings.migration_database_url)
    if settings.database_url:
        return _psycopg(settings.database_url)
    from kernel.pgcluster import OWNER

    return _local_url(settings, OWNER)


def make_engine(url: str) -> Engine:
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


@lru_cache
def default_engine() -> Engine:
    return make_engine(database_url())


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends normally, rolled back otherwise."""
    with session_factory(engine)() as session, session.begin():
        yield session


def set_actor(session: Session, actor: str) -> None:
    """Name who makes the changes of this transaction; history triggers record it."""
    session.execute(text("SELECT set_config('porttwin.actor', :actor, true)"), {"actor": actor})


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a database error (wrapped by SQLAlchemy or not); None when the
    server never answered."""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None)


def is_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` means the database cannot be reached (down, restarting, refusing
    connections), rather than that a statement failed."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    state = sqlstate(exc)
    return state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}

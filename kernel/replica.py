"""Reads sent to a read replica (a streaming hot standby), writes to the primary.

What goes to the replica: GET and HEAD requests of the read paths (OGC items and tiles, the
registry, inspection and twin lists and states). Everything else, and any GET that might
write, stays on the primary.

Reading one's own writes: after a request that may have written commits, the primary's WAL
position is noted for that caller (by their Authorization header, hashed). Their next reads
go to the primary until the replica has replayed past that position (one cheap query on the
replica), then to the replica again. Other callers read the replica at once: they see a write
as soon as it is replayed, typically within milliseconds. The notes are kept in the server
process; with several server processes behind one address, a caller's next request may land
on another process, which then reads the replica (a lag of milliseconds, never a lost write).
"""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from kernel.database import session_factory

SAFE_METHODS = frozenset({"GET", "HEAD"})
READ_PATHS = (
    "/ogc/",
    "/api/v1/facilities",
    "/api/v1/components",
    "/api/v1/inspections",
    "/api/v1/ports",
    "/api/v1/twin/",
)
FORGET_AFTER_S = 300.0  # a note older than this is dropped (the replica has long caught up)


def _caller(request: Any) -> str:
    header = request.headers.get("authorization") or ""
    return hashlib.sha256(header.encode()).hexdigest()


class ReadRouting:
    """Which database a request's session uses."""

    def __init__(self, primary: Engine, replica: Engine | None = None) -> None:
        self.primary_engine, self.replica_engine = primary, replica
        self.primary = session_factory(primary)
        self.replica = session_factory(replica) if replica is not None else None
        self._written: dict[str, tuple[str, float]] = {}  # caller → (WAL position, when)
        self._lock = threading.Lock()

    def sessionmaker_for(self, request: Any) -> sessionmaker[Session]:
        if self.replica is None or request.method not in SAFE_METHODS:
            return self.primary
        if not request.url.path.startswith(READ_PATHS):
            return self.primary
        caller = _caller(request)
        with self._lock:
            noted = self._written.get(caller)
        if noted is None:
            return self.replica
        if time.monotonic() - noted[1] < FORGET_AFTER_S and not self._replayed(noted[0]):
            return self.primary
        with self._lock:
            if self._written.get(caller) == noted:
                del self._written[caller]
        return self.replica

    def wrote(self, request: Any) -> None:
        """Note where the primary's WAL stands after this caller's write committed."""
        if self.replica is None or request.method in SAFE_METHODS:
            return
        with self.primary_engine.connect() as conn:
            position = str(conn.scalar(text("SELECT pg_current_wal_lsn()::text")))
        with self._lock:
            self._written[_caller(request)] = (position, time.monotonic())

    def _replayed(self, position: str) -> bool:
        assert self.replica_engine is not None
        with self.replica_engine.connect() as conn:
            return bool(
                conn.scalar(
                    text("SELECT coalesce(pg_last_wal_replay_lsn() >= CAST(:p AS pg_lsn), false)"),
                    {"p": position},
                )
            )

"""The version of what maps and states are drawn from: ``tile_version``, bumped once by every
transaction that writes one of those tables, as it commits (migration 0011). What is made from
those tables can be kept under the version it was made at, and is never served after a
change. Read it before reading the data: what is made from newer rows under an older number
is only made once more, never wrong."""

from __future__ import annotations

from sqlalchemy import column, select, table
from sqlalchemy.orm import Session

_version = table("tile_version", column("version"))


def data_version(session: Session) -> int:
    return int(session.scalar(select(_version.c.version)) or 0)

"""The one lookup of a row by id as the caller may see it.

Every tenant table carries ``port_id``; a row outside the caller's ports does not exist for
them (404, so existence does not leak), and a retired row (``deleted_at`` set) does not exist
for anyone's new work. Services call :func:`readable` instead of writing the check again.

>>> facility = readable(session, who, Facility, facility_id, what="facility")
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kernel.auth.service import Principal
from kernel.errors import NotFound

T = TypeVar("T")


def readable(
    session: Session,
    who: Principal,
    model: type[T],
    row_id: uuid.UUID,
    *,
    what: str,
    retired: bool = False,
) -> T:
    """The ``model`` row with id ``row_id`` if it exists, the caller may read its port and
    (unless ``retired``) it is not retired; NotFound("{what} not found") otherwise."""
    table: Any = model
    row = session.scalar(select(model).where(table.id == row_id))
    if (
        row is None
        or not who.can_read(row.port_id)  # type: ignore[attr-defined]
        or (not retired and getattr(row, "deleted_at", None) is not None)
    ):
        raise NotFound(f"{what} not found")
    return row

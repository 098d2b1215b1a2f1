"""Bulk readings as an Apache Arrow IPC stream: the fast way in.

The body is a stream of record batches with a timestamp column ``t`` (any unit; without a
time zone it is read as UTC), a numeric ``v`` and an optional integer ``q``. Times are typed,
so no text is parsed and none can be misread. The columns are checked whole with Arrow and
numpy (no nulls, finite values, quality codes 0–999, years 1800–2200; the first bad row named)
and encoded at once into PostgreSQL's binary COPY format, which
:func:`twin.sensors.ingest.write_staged` writes like every other batch of readings (new rows
straight in, duplicates ignored or updated, alert episodes for streams with thresholds). No
Python code runs per reading.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy.orm import Session

from twin.sensors.formats import EARLIEST, LATEST, FormatError
from twin.sensors.ingest import IngestResult, write_staged
from twin.sensors.models import Datastream

MEDIA_TYPE = "application/vnd.apache.arrow.stream"
PG_EPOCH_US = 946_684_800_000_000  # 2000-01-01T00:00:00Z, PostgreSQL's timestamp origin
COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)  # signature, flags, no header extension
COPY_TRAILER = b"\xff\xff"


@dataclass(frozen=True)
class Columns:
    t_us: np.ndarray  # int64 microseconds since 1970 UTC
    v: np.ndarray  # float64
    q: np.ndarray  # int16

    def __len__(self) -> int:
        return len(self.t_us)

    def years(self) -> set[int]:
        found = np.unique(self.t_us.astype("datetime64[us]").astype("datetime64[Y]"))
        return {int(y) + 1970 for y in found.astype(np.int64)}


def _first(mask: Any) -> int:
    return int(np.flatnonzero(mask)[0]) + 1  # 1-based, as a person counts rows


def read_arrow(body: bytes) -> Columns:
    """The readings of an Arrow IPC stream, checked; FormatError naming the row otherwise."""
    try:
        table = pa.ipc.open_stream(pa.py_buffer(body)).read_all()
    except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
        raise FormatError(f"not an Arrow IPC stream: {exc}") from None
    names = set(table.column_names)
    if not {"t", "v"} <= names or not names <= {"t", "v", "q"}:
        raise FormatError(
            f"the Arrow stream has the columns {sorted(names)}: it needs t and v (and optionally q)"
        )
    t, v = table.column("t"), table.column("v")
    if not pa.types.is_timestamp(t.type):
        raise FormatError(f"column t is {t.type}: it must be an Arrow timestamp")
    if not (pa.types.is_floating(v.type) or pa.types.is_integer(v.type)):
        raise FormatError(f"column v is {v.type}: it must be a number")
    for name in table.column_names:
        nulls = table.column(name).null_count
        if nulls:
            row = _first(pc.is_null(table.column(name)).to_numpy(zero_copy_only=False))
            raise FormatError(f"row {row}: {name} is empty")
    micros = pa.timestamp("us", tz=t.type.tz or "UTC")
    try:
        t_us = t.cast(micros).cast(pa.int64()).to_numpy()
    except pa.ArrowInvalid as exc:
        raise FormatError(f"column t: {exc}") from None
    values = v.cast(pa.float64()).to_numpy()
    if "q" in names:
        q_col = table.column("q")
        if not pa.types.is_integer(q_col.type):
            raise FormatError(f"column q is {q_col.type}: it must be an integer")
        wide = q_col.cast(pa.int64()).to_numpy()
        if len(wide) and (wide.min() < 0 or wide.max() > 999):
            row = _first((wide < 0) | (wide > 999))
            raise FormatError(f"row {row}: the quality code {wide[row - 1]} is not 0–999")
        quality = wide.astype(np.int16)
    else:
        quality = np.zeros(len(t_us), dtype=np.int16)
    if not np.isfinite(values).all():
        row = _first(~np.isfinite(values))
        raise FormatError(f"row {row}: the value {values[row - 1]} is not a finite number")
    low = np.datetime64(f"{EARLIEST}-01-01", "us").astype(np.int64)
    high = np.datetime64(f"{LATEST + 1}-01-01", "us").astype(np.int64)
    outside = (t_us < low) | (t_us >= high)
    if outside.any():
        row = _first(outside)
        raise FormatError(f"row {row}: the time is outside the years {EARLIEST}–{LATEST}")
    return Columns(t_us, values, quality)


def copy_binary(cols: Columns, key: tuple[uuid.UUID, uuid.UUID] | None) -> bytes:
    """The rows in PostgreSQL's binary COPY format, built whole with numpy: per row the field
    count, then each field's length and big-endian value ([port_id, datastream_id,]
    observed_at, value, quality)."""
    fields: list[tuple[str, str]] = [("count", ">i2")]
    if key is not None:
        fields += [("port_len", ">i4"), ("port", "V16"), ("stream_len", ">i4"), ("stream", "V16")]
    fields += [("t_len", ">i4"), ("t", ">i8"), ("v_len", ">i4"), ("v", ">f8")]
    fields += [("q_len", ">i4"), ("q", ">i2")]
    rows = np.empty(len(cols), dtype=np.dtype(fields))
    rows["count"] = 5 if key is not None else 3
    if key is not None:
        rows["port_len"], rows["stream_len"] = 16, 16
        rows["port"] = np.frombuffer(key[0].bytes, dtype="V16")[0]
        rows["stream"] = np.frombuffer(key[1].bytes, dtype="V16")[0]
    rows["t_len"], rows["v_len"], rows["q_len"] = 8, 8, 2
    rows["t"] = cols.t_us - PG_EPOCH_US
    rows["v"] = cols.v
    rows["q"] = cols.q
    return COPY_HEADER + rows.tobytes() + COPY_TRAILER


def ingest_arrow(
    session: Session, stream: Datastream, cols: Columns, on_duplicate: str = "ignore"
) -> IngestResult:
    """Write checked columns of one datastream. The caller checks the right to write."""
    if not len(cols):
        return IngestResult(0, 0, 0)

    def load(cur: Any, table: str, with_key: bool) -> None:
        key = "port_id, datastream_id, " if with_key else ""
        with cur.copy(
            f"COPY {table} ({key}observed_at, value, quality) FROM STDIN (FORMAT BINARY)"
        ) as copy:
            copy.write(copy_binary(cols, (stream.port_id, stream.id) if with_key else None))

    return write_staged(session, stream, load, cols.years(), len(cols), on_duplicate)

"""Writing readings: binary COPY into a temporary table, then one INSERT into the partitioned
``observation`` table (duplicates of the key are ignored or updated, never doubled), then the
alert episodes the new readings start, extend or end."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.orm import Session

from kernel.ids import new_id
from twin.sensors.formats import Reading
from twin.sensors.models import Datastream, RejectedReading, SensorAlert

STAGE = (
    "CREATE TEMP TABLE IF NOT EXISTS incoming_observation "
    "(observed_at timestamptz NOT NULL, value float8 NOT NULL, quality int2 NOT NULL) "
    "ON COMMIT DELETE ROWS"
)
INSERT = (
    "INSERT INTO observation (port_id, datastream_id, observed_at, value, quality) "
    "SELECT %s, %s, observed_at, value, quality FROM incoming_observation "
)
RETURNING = " RETURNING observed_at, value"
ON_DUPLICATE = {
    "ignore": INSERT + "ON CONFLICT DO NOTHING" + RETURNING,
    "update": INSERT + "ON CONFLICT (port_id, datastream_id, observed_at) DO UPDATE SET "
    "value = EXCLUDED.value, quality = EXCLUDED.quality, received_at = now()" + RETURNING,
}


@dataclass
class IngestResult:
    received: int
    written: int  # new or updated rows
    alerts_opened: int

    def as_dict(self) -> dict[str, int]:
        return {
            "received": self.received,
            "written": self.written,
            "duplicates": self.received - self.written,
            "alerts_opened": self.alerts_opened,
        }


def ingest(
    session: Session, stream: Datastream, readings: Iterable[Reading], on_duplicate: str = "ignore"
) -> IngestResult:
    """Write readings of one datastream. The caller checks the right to write."""
    rows = list(readings)
    if not rows:
        return IngestResult(0, 0, 0)

    def load(cur: Any, table: str, with_key: bool) -> None:
        columns = "port_id, datastream_id, " if with_key else ""
        types = ["uuid", "uuid"] if with_key else []
        key = (stream.port_id, stream.id) if with_key else ()
        with cur.copy(
            f"COPY {table} ({columns}observed_at, value, quality) FROM STDIN (FORMAT BINARY)"
        ) as copy:
            copy.set_types([*types, "timestamptz", "float8", "int2"])
            for row in rows:
                copy.write_row((*key, *row))

    years = {t.astimezone(UTC).year for t, _, _ in rows}
    return write_staged(session, stream, load, years, len(rows), on_duplicate)


def write_staged(
    session: Session,
    stream: Datastream,
    load: Any,
    years: set[int] | None,
    received: int,
    on_duplicate: str,
) -> IngestResult:
    """New readings without thresholds go by COPY straight into the table (inside a
    savepoint); if any key already exists the batch goes the staged way instead, where
    duplicates are ignored or updated. Streams with thresholds always go staged, since their
    alerts need the rows written."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    alerts = _has_thresholds(stream)
    with raw.cursor() as cur:
        cur.execute("SET LOCAL TimeZone = 'UTC'")
        if not alerts and on_duplicate == "ignore" and years is not None:
            for year in sorted(years):
                cur.execute("SELECT observation_partition(%s)", (year,))
            try:
                with raw.transaction():
                    load(cur, "observation", True)
                return IngestResult(received, received, 0)
            except psycopg.errors.UniqueViolation:
                pass  # some readings are already there: take the staged way
        cur.execute(STAGE)
        load(cur, "incoming_observation", False)
        cur.execute("SELECT DISTINCT extract(year FROM observed_at)::int FROM incoming_observation")
        for (year,) in cur.fetchall():
            cur.execute("SELECT observation_partition(%s)", (year,))
        sql = ON_DUPLICATE[on_duplicate]
        cur.execute(sql if alerts else sql.removesuffix(RETURNING), (stream.port_id, stream.id))
        written = cur.fetchall() if alerts else []
        count = len(written) if alerts else cur.rowcount
        cur.execute("DELETE FROM incoming_observation")
    opened = update_alerts(session, stream, sorted(written)) if alerts else 0
    return IngestResult(received, count, opened)


def _has_thresholds(stream: Datastream) -> bool:
    return any(
        v is not None
        for v in (stream.warning_low, stream.warning_high, stream.alarm_low, stream.alarm_high)
    )


def level_of(stream: Datastream, value: float) -> str | None:
    def outside(low: float | None, high: float | None) -> bool:
        return (low is not None and value < low) or (high is not None and value > high)

    if outside(stream.alarm_low, stream.alarm_high):
        return "alarm"
    if outside(stream.warning_low, stream.warning_high):
        return "warning"
    return None


def update_alerts(
    session: Session, stream: Datastream, readings: list[tuple[datetime, float]]
) -> int:
    """Open, extend and close alert episodes along new readings (in time order)."""
    current = session.scalar(
        select(SensorAlert)
        .where(
            SensorAlert.port_id == stream.port_id,
            SensorAlert.datastream_id == stream.id,
            SensorAlert.ended_at.is_(None),
        )
        .order_by(SensorAlert.started_at.desc())
        .limit(1)
    )
    opened = 0
    for when, value in readings:
        if current is not None and when < current.started_at:
            continue  # a late reading from before the open episode: history is not rewritten
        level = level_of(stream, value)
        if current is not None and level != current.level:
            current.ended_at = when
            current = None
        if level is not None and current is None:
            current = SensorAlert(
                port_id=stream.port_id,
                id=new_id(),
                datastream_id=stream.id,
                level=level,
                started_at=when,
                peak=value,
            )
            session.add(current)
            opened += 1
        elif current is not None and abs(value) > abs(current.peak):
            current.peak = value
    session.flush()
    return opened


def reject(session: Session, source: str, payload: Any, reason: str) -> None:
    """Keep a reading that could not be taken, with the reason, for someone to look at."""
    session.add(RejectedReading(source=source, payload=str(payload)[:10_000], reason=reason))
    session.flush()


def stream_by_key(session: Session, key: str) -> Datastream | None:
    """A datastream by id or external id."""
    try:
        return session.scalar(select(Datastream).where(Datastream.id == uuid.UUID(key)))
    except ValueError:
        return session.scalar(select(Datastream).where(Datastream.ext_id == key))


def raw_copy(
    session: Session, port_id: uuid.UUID, stream_id: uuid.UUID, rows: list[Reading]
) -> None:
    """The physical limit for the benchmark: COPY straight into the table, nothing else."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur:
        for year in sorted({t.year for t, _, _ in rows}):
            cur.execute("SELECT observation_partition(%s)", (year,))
        with cur.copy(
            "COPY observation (port_id, datastream_id, observed_at, value, quality) "
            "FROM STDIN (FORMAT BINARY)"
        ) as copy:
            copy.set_types(["uuid", "uuid", "timestamptz", "float8", "int2"])
            for t, v, q in rows:
                copy.write_row((port_id, stream_id, t, v, q))

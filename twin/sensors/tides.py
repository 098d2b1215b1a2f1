"""Tide series from files, and what the sea did beyond the tide.

:func:`import_file` reads a NOOS, DIA or JMA file into a datastream: the values brought to the
datastream's unit from the file's (a DIA file in cm goes into a datastream in m as m), each
with its quality flag, re-imports adding nothing. A JMA table goes into a *predicted*
datastream, a gauge record into an *observed* one; their high and low waters may go to a
second datastream.

:func:`residuals` gives observed − predicted at the times both have a value, after bringing
the observations to the predicted series' datum with the port's datum offsets (e.g. a gauge's
observation datum to the tide-table datum 潮位表基準面): the storm surge of a water level.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from assets.models import PortDatum
from kernel.auth.service import Principal
from kernel.errors import Invalid
from twin.sensors import service
from twin.sensors.formats import FormatError
from twin.sensors.ingest import ingest
from twin.sensors.models import Datastream, observation
from twin.sensors.schemas import ResidualPoint, Residuals, SeriesImportPublic
from twin.sensors.series_files import read_series, scale_between

MAX_RESIDUAL_POINTS = 100_000


def import_file(
    session: Session,
    who: Principal,
    stream: Datastream,
    path: Path,
    fmt: str,
    *,
    name: str | None = None,
    scale: float | None = None,
    extremes: Datastream | None = None,
) -> SeriesImportPublic:
    """Read ``path`` as ``fmt`` into ``stream`` (see the module docstring); Invalid naming
    the file and the reason when it cannot be read or does not fit the stream."""
    name = name or path.name
    who.require("registry.write", stream.port_id, "datastream")
    try:
        series = read_series(path, fmt)
        factor = scale if scale is not None else scale_between(series.unit, stream.unit)
    except FormatError as exc:
        reason = str(exc).removeprefix(f"{path.name}: ").removeprefix(f"{path.name}, ")
        raise Invalid(f"{name}: {reason}", field="file") from None
    if fmt == "jma" and stream.observed_property != "water_level":
        raise Invalid(
            f"{name}: a JMA tide file goes into a water_level datastream (a table into a "
            "predicted one, a gauge record into an observed one)",
            field="file",
        )
    notes = list(series.notes)
    if scale is None and factor != 1:
        notes.append(f"values in {series.unit} stored in {stream.unit} (× {factor:g})")
    rows = [(t, v * factor, q) for t, v, q in series.readings]
    if series.station and "station" not in stream.attributes:
        stream.attributes = {**stream.attributes, "station": series.station, "source_format": fmt}
    result = ingest(session, stream, rows)
    written_extremes = 0
    if extremes is not None and series.extremes:
        who.require("registry.write", extremes.port_id, "datastream")
        turn = scale_between(series.unit, extremes.unit) if scale is None else scale
        written_extremes = ingest(
            session, extremes, [(t, v * turn, 0) for t, v, _ in series.extremes]
        ).written
    return SeriesImportPublic(
        file=name,
        format=fmt,
        read=len(rows),
        written=result.written,
        first=rows[0][0] if rows else None,
        last=rows[-1][0] if rows else None,
        scale=factor,
        extremes_written=written_extremes,
        notes=notes,
    )


def datum_offset(
    session: Session, port_id: uuid.UUID, source: str, target: str, at: datetime
) -> float:
    """What to add to a height over ``source`` to have it over ``target``, from the port's
    datum offsets valid at ``at`` (directly, either way round, or through a datum both are
    tied to); Invalid saying what is missing."""
    if source == target:
        return 0.0
    day = at.date()
    rows = session.scalars(
        select(PortDatum).where(
            PortDatum.port_id == port_id,
            PortDatum.valid_from <= day,
            or_(PortDatum.valid_to.is_(None), PortDatum.valid_to > day),
            or_(
                PortDatum.datum.in_([source, target]),
                PortDatum.reference.in_([source, target]),
            ),
        )
    ).all()
    ties = {(r.datum, r.reference): r.offset_m for r in rows}
    if (source, target) in ties:
        return ties[source, target]
    if (target, source) in ties:
        return -ties[target, source]
    to_ref = {(d, ref): off for (d, ref), off in ties.items() if d in (source, target)}
    for (d, ref), off in to_ref.items():
        if d == source and (target, ref) in to_ref:
            return off - to_ref[target, ref]
    raise Invalid(
        f"the port has no offset between the datums {source} and {target} valid on {day}: "
        "add it to the port's datums (PATCH /api/v1/ports/{code}, datums)",
        field="datum",
    )


def residuals(
    session: Session,
    who: Principal,
    observed_id: uuid.UUID,
    predicted_id: uuid.UUID,
    start: datetime,
    end: datetime,
) -> Residuals:
    """Observed − predicted at the times both series have a value in [start, end)."""
    observed = service.get_stream(session, who, observed_id)
    predicted = service.get_stream(session, who, predicted_id)
    if predicted.kind != "predicted" or observed.kind != "observed":
        raise Invalid(
            "give an observed datastream and a predicted one (kind) to compare", field="predicted"
        )
    if observed.port_id != predicted.port_id:
        raise Invalid("the two datastreams belong to different ports", field="predicted")
    if start >= end:
        raise Invalid("start must be before end", field="start")
    try:
        factor = scale_between(observed.unit, predicted.unit)
    except FormatError as exc:
        raise Invalid(str(exc), field="predicted") from None
    offset = 0.0
    if observed.datum and predicted.datum:
        metres = datum_offset(session, observed.port_id, observed.datum, predicted.datum, start)
        offset = metres * scale_between("m", predicted.unit)
    elif observed.datum != predicted.datum:
        raise Invalid(
            "one datastream names its datum and the other does not: set both", field="datum"
        )
    o, p = observation.alias("o"), observation.alias("p")
    rows = session.execute(
        select(o.c.observed_at, o.c.value, p.c.value, o.c.quality)
        .join(
            p,
            and_(
                p.c.port_id == o.c.port_id,
                p.c.datastream_id == predicted.id,
                p.c.observed_at == o.c.observed_at,
            ),
        )
        .where(
            o.c.port_id == observed.port_id,
            o.c.datastream_id == observed.id,
            o.c.observed_at >= start,
            o.c.observed_at < end,
        )
        .order_by(o.c.observed_at)
        .limit(MAX_RESIDUAL_POINTS)
    ).all()
    points = []
    for t, seen, tide, quality in rows:
        level = seen * factor + offset
        points.append(
            ResidualPoint(
                t=t, observed=level, predicted=tide, residual=round(level - tide, 6), q=quality
            )
        )
    return Residuals(
        observed_id=observed.id,
        predicted_id=predicted.id,
        datum=predicted.datum,
        offset_m=offset,
        unit=predicted.unit,
        points=points,
    )

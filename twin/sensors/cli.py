"""``porttwin ingest mqtt``, ``porttwin import timeseries``: sensor readings."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kernel.cli import CommandGroups, fail


def ingest_mqtt(
    host: Annotated[str, typer.Option(help="MQTT broker")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="broker port")] = 1883,
    topic: Annotated[str, typer.Option(help="topic filter")] = "porttwin/+",
    seconds: Annotated[float | None, typer.Option(help="stop after this long")] = None,
    max_messages: Annotated[int | None, typer.Option(help="stop after this many")] = None,
) -> None:
    """Subscribe to the broker and write readings published to porttwin/<datastream>."""
    from kernel.database import default_engine
    from twin.sensors.mqtt import run_subscriber

    typer.echo(f"subscribed to {topic} on {host}:{port} (Ctrl-C to stop)")
    stats = run_subscriber(
        default_engine(), host, port, topic, seconds=seconds, max_messages=max_messages
    )
    typer.echo(
        f"{stats.messages} messages, {stats.readings} readings, {stats.written} written, "
        f"{stats.rejected} rejected"
    )


class SeriesFormat(StrEnum):
    noos = "noos"
    dia = "dia"
    jma = "jma"


def import_timeseries(
    file: Path,
    datastream: Annotated[str, typer.Option(help="datastream id or external id")],
    fmt: Annotated[
        SeriesFormat,
        typer.Option(
            "--format",
            help="noos (GMT, m), dia (Rijkswaterstaat, MET, unit from the header) or jma "
            "(JMA tide table or gauge record, JST, cm)",
        ),
    ] = SeriesFormat.noos,
    scale: Annotated[
        float | None,
        typer.Option(help="multiply values by this instead of converting the file's unit"),
    ] = None,
    extremes: Annotated[
        str | None,
        typer.Option(help="JMA: a datastream (id or external id) for the high and low waters"),
    ] = None,
) -> None:
    """Import a NOOS, Rijkswaterstaat DIA or JMA tide file into a datastream: times with
    their offset, values in the datastream's unit, quality flags kept; re-import adds
    nothing."""
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope
    from kernel.errors import PortTwinError
    from twin.sensors.ingest import stream_by_key
    from twin.sensors.tides import import_file

    try:
        with session_scope(default_engine()) as session:
            stream = stream_by_key(session, datastream)
            if stream is None:
                fail(f"no datastream '{datastream}'")
            turns = stream_by_key(session, extremes) if extremes else None
            if extremes and turns is None:
                fail(f"no datastream '{extremes}'")
            result = import_file(
                session, SYSTEM, stream, file, fmt.value, scale=scale, extremes=turns
            )
    except PortTwinError as exc:
        fail(exc)
    for note in result.notes:
        typer.echo(f"  {note}")
    first = result.first.isoformat() if result.first else "-"
    last = result.last.isoformat() if result.last else "-"
    typer.echo(
        f"{file.name}: {result.read} readings {first} … {last}, {result.written} new, "
        f"{result.read - result.written} already there"
        + (f"; {result.extremes_written} high/low waters" if extremes else "")
    )


def add_commands(groups: CommandGroups) -> None:
    groups.ingest.command("mqtt")(ingest_mqtt)
    groups.import_.command("timeseries")(import_timeseries)

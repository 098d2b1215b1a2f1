"""``porttwin ingest mqtt``, ``porttwin import timeseries``: sensor readings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kernel.cli import CommandGroups


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


def import_timeseries(
    file: Path,
    datastream: Annotated[str, typer.Option(help="datastream id or external id")],
    fmt: Annotated[str, typer.Option("--format", help="noos or dia")] = "noos",
    scale: Annotated[float, typer.Option(help="multiply values (DIA cm → m: 0.01)")] = 1.0,
) -> None:
    """Import a NOOS or Rijkswaterstaat DIA series into a datastream (re-import adds
    nothing)."""
    from kernel.database import default_engine, session_scope
    from twin.sensors.formats import FormatError, read_dia, read_noos
    from twin.sensors.ingest import ingest, stream_by_key

    try:
        rows = read_noos(file) if fmt == "noos" else read_dia(file).readings
    except FormatError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    rows = [(t, v * scale, q) for t, v, q in rows]
    with session_scope(default_engine()) as session:
        stream = stream_by_key(session, datastream)
        if stream is None:
            typer.secho(f"error: no datastream '{datastream}'", fg=typer.colors.RED, err=True)
            raise typer.Exit(1)
        result = ingest(session, stream, rows)
    flagged = sum(1 for _, _, q in rows if q)
    typer.echo(
        f"{file.name}: {result.received} readings ({flagged} flagged), "
        f"{result.written} new, {result.received - result.written} already there"
    )


def add_commands(groups: CommandGroups) -> None:
    groups.ingest.command("mqtt")(ingest_mqtt)
    groups.import_.command("timeseries")(import_timeseries)

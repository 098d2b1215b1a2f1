"""The MQTT subscriber: readings published to ``porttwin/<datastream id or ext id>`` as JSON
(``{"t": "…", "v": 1.2, "q": 0}`` or a list of them) are written in batches. A payload that
cannot be taken goes to the rejected-readings log with the reason; the subscriber keeps
running."""

from __future__ import annotations

import json
import queue
import signal
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import paho.mqtt.client as mqtt
from sqlalchemy import Engine

from kernel.database import session_scope
from twin.sensors.formats import FormatError, Reading, parse_json
from twin.sensors.ingest import ingest, reject, stream_by_key

TOPIC = "porttwin/+"
BATCH = 1000
FLUSH_SECONDS = 0.5


@dataclass
class Stats:
    messages: int = 0
    readings: int = 0
    written: int = 0
    rejected: int = 0
    streams: set[str] = field(default_factory=set)


def _decode(payload: bytes) -> list[Reading]:
    body = payload.strip()
    if body.startswith(b"{"):
        body = b"[" + body + b"]"
    return list(parse_json(body))


def run_subscriber(
    engine: Engine,
    host: str = "127.0.0.1",
    port: int = 1883,
    topic: str = TOPIC,
    *,
    seconds: float | None = None,
    max_messages: int | None = None,
    ready: threading.Event | None = None,
    stop: threading.Event | None = None,
) -> Stats:
    """Subscribe and ingest until stopped (signal, ``stop``, ``seconds`` or
    ``max_messages``)."""
    inbox: queue.Queue[tuple[str, bytes]] = queue.Queue()
    stop = stop or threading.Event()
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"porttwin-{time.time()}")

    def on_connect(c: Any, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        c.subscribe(topic, qos=1)

    def on_subscribe(*_: Any) -> None:
        if ready is not None:
            ready.set()

    client.on_connect = on_connect
    client.on_subscribe = on_subscribe
    client.on_message = lambda c, u, msg: inbox.put((msg.topic, bytes(msg.payload)))
    client.connect(host, port, keepalive=30)
    client.loop_start()
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
    stats = Stats()
    pending: dict[str, list[Reading]] = defaultdict(list)
    last_flush = time.monotonic()
    deadline = None if seconds is None else time.monotonic() + seconds
    try:
        while not stop.is_set():
            try:
                topic_name, payload = inbox.get(timeout=0.1)
                stats.messages += 1
                key = topic_name.rsplit("/", 1)[-1]
                try:
                    pending[key] += _decode(payload)
                except FormatError as exc:
                    _reject(engine, payload, f"topic {topic_name}: {exc}")
                    stats.rejected += 1
            except queue.Empty:
                pass
            size = sum(len(v) for v in pending.values())
            if size >= BATCH or (size and time.monotonic() - last_flush >= FLUSH_SECONDS):
                _flush(engine, pending, stats)
                last_flush = time.monotonic()
            if max_messages is not None and stats.messages >= max_messages and inbox.empty():
                break
            if deadline is not None and time.monotonic() >= deadline:
                break
        _flush(engine, pending, stats)
    finally:
        client.loop_stop()
        client.disconnect()
    return stats


def _reject(engine: Engine, payload: bytes, reason: str) -> None:
    with session_scope(engine) as session:
        reject(session, "mqtt", payload.decode("utf-8", "replace"), reason)


def _flush(engine: Engine, pending: dict[str, list[Reading]], stats: Stats) -> None:
    for key in list(pending):
        rows = pending.pop(key)
        with session_scope(engine) as session:
            stream = stream_by_key(session, key)
            if stream is None:
                reject(
                    session,
                    "mqtt",
                    json.dumps({"topic_key": key, "readings": len(rows)}),
                    f"no datastream '{key}'",
                )
                stats.rejected += 1
                continue
            result = ingest(session, stream, rows)
        stats.readings += result.received
        stats.written += result.written
        stats.streams.add(key)

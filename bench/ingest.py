"""Benchmark: readings per second into the partitioned observation table.

    .venv/bin/python bench/ingest.py [--batches 10] [--batch-size 10000]

In one database (``porttwin_ingest_bench``) and one run it measures: a plain psycopg binary
COPY straight into the table (the physical limit here), our bulk HTTP endpoint (JSON, batches
of 10,000, through a uvicorn process), and the MQTT path (Debian's mosquitto on loopback,
published by paho and taken in by ``porttwin ingest mqtt``); then the import of a 19-year
hourly series and a one-year aggregate query. It prints readings per second and the ratios to
raw COPY. Goals: HTTP ≥ 80 % of raw COPY at batches of 10,000 (Arrow IPC, encoded whole
into binary COPY), a Python client ≥ 60 %.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import paho.mqtt.client as mqtt
import pyarrow as pa
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import free_port, fresh_database, serve_app  # noqa: E402

from assets.ports import create_authority, create_port  # noqa: E402
from assets.schemas import AuthorityCreate, PortCreate  # noqa: E402
from kernel.auth.service import SYSTEM, create_user  # noqa: E402
from kernel.database import make_engine, session_scope  # noqa: E402
from twin.sensors.ingest import ingest, raw_copy  # noqa: E402
from twin.sensors.models import Datastream  # noqa: E402
from twin.sensors.mqtt import run_subscriber  # noqa: E402
from twin.sensors.service import DatastreamIn, aggregates, create_datastream  # noqa: E402

DB = "porttwin_ingest_bench"
CLIENTS = 2  # gateways posting at once (the server is one uvicorn process)
ARROW = "application/vnd.apache.arrow.stream"


def series(start: datetime, n: int, step: timedelta) -> list[tuple[datetime, float, int]]:
    return [(start + i * step, (i % 1000) / 100, 0) for i in range(n)]


def arrow_stream(rows: list[tuple[datetime, float, int]]) -> bytes:
    """The README's Python client path: readings as an Arrow IPC stream, written by pyarrow
    (the times as timestamps in UTC, the values as doubles)."""
    table = pa.table(
        {
            "t": pa.array([t for t, _, _ in rows], type=pa.timestamp("us", tz="UTC")),
            "v": pa.array([v for _, v, _ in rows], type=pa.float64()),
            "q": pa.array([q for _, _, q in rows], type=pa.int16()),
        }
    )
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=10_000)
    args = parser.parse_args()
    n = args.batches * args.batch_size
    url = fresh_database(DB)
    engine = make_engine(url)
    with session_scope(engine) as session:
        authority = create_authority(
            session, SYSTEM, AuthorityCreate(code="bench", name_en="Benchmark", country="JP")
        )
        port = create_port(
            session,
            SYSTEM,
            PortCreate(
                authority_id=authority.id,
                code="BENCH",
                name_en="Benchmark port",
                country="JP",
                metric_epsg=6677,
            ),
        )
        from assets.facilities import create_facility
        from assets.schemas import FacilityCreate

        facility = create_facility(
            session,
            SYSTEM,
            FacilityCreate(
                port="BENCH", kind="quay", geometry={"type": "Point", "coordinates": [139.7, 35.5]}
            ),
        )
        streams = {
            name: create_datastream(
                session,
                SYSTEM,
                DatastreamIn(
                    facility_id=facility.id, name=name, observed_property="x", unit="m", ext_id=name
                ),
            ).id
            for name in ("copy", "http", "mqtt", "hourly", "arrow-curl", "arrow-python")
        }
        _, token = create_user(session, "ingest-bench", "admin", all_ports=True)
        port_id = port.id
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    rows = series(t0, n, timedelta(seconds=10))

    start = time.perf_counter()
    for b in range(args.batches):
        with session_scope(engine) as session:
            raw_copy(
                session,
                port_id,
                streams["copy"],
                rows[b * args.batch_size : (b + 1) * args.batch_size],
            )
    copy_rate = n / (time.perf_counter() - start)

    api_port = free_port()
    server = serve_app(url, api_port)
    broker_port = free_port()
    conf = Path(tempfile.mkdtemp()) / "mosquitto.conf"
    conf.write_text(f"listener {broker_port} 127.0.0.1\nallow_anonymous true\n")
    broker = subprocess.Popen(
        [shutil.which("mosquitto") or "/usr/sbin/mosquitto", "-c", str(conf)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{api_port}"
        bodies = [
            json.dumps(
                [
                    {"t": t.isoformat(), "v": v}
                    for t, v, _ in rows[b * args.batch_size : (b + 1) * args.batch_size]
                ]
            ).encode()
            for b in range(args.batches)
        ]

        def post(chunk: list[bytes]) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", api_port, timeout=120)
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            for body in chunk:
                conn.request(
                    "POST",
                    f"/api/v1/datastreams/{streams['http']}/observations",
                    body=body,
                    headers=headers,
                )
                resp = conn.getresponse()
                resp.read()
                if resp.status != 200:
                    raise RuntimeError(f"HTTP {resp.status}")
            conn.close()

        start = time.perf_counter()
        senders = [
            threading.Thread(target=post, args=(bodies[i::CLIENTS],)) for i in range(CLIENTS)
        ]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        http_rate = n / (time.perf_counter() - start)

        # the same with curl, a native client, one connection, batches one after another
        folder = Path(tempfile.mkdtemp())
        later = series(t0 + timedelta(days=400), n, timedelta(seconds=10))
        config = []
        for b in range(args.batches):
            path = folder / f"batch{b}.json"
            path.write_text(
                json.dumps(
                    [
                        {"t": t.isoformat(), "v": v}
                        for t, v, _ in later[b * args.batch_size : (b + 1) * args.batch_size]
                    ]
                )
            )
            config += [  # "next" starts the options of the next transfer afresh
                f'url = "{base}/api/v1/datastreams/{streams["http"]}/observations"',
                f'data-binary = "@{path}"',
                "output = /dev/null",
                "fail",
                f'header = "Authorization: Bearer {token}"',
                'header = "Content-Type: application/json"',
                "next",
            ]
        (folder / "curl.conf").write_text("\n".join(config[:-1]) + "\n")  # no final "next"
        start = time.perf_counter()
        subprocess.run(["curl", "-s", "-K", str(folder / "curl.conf")], check=True)
        curl_rate = n / (time.perf_counter() - start)

        # Arrow IPC (columns checked and encoded whole): curl sending files, and the Python
        # client path of the README (pyarrow writes the stream, httpx posts it)
        arrow_config = []
        for b in range(args.batches):
            path = folder / f"batch{b}.arrows"
            path.write_bytes(arrow_stream(later[b * args.batch_size : (b + 1) * args.batch_size]))
            arrow_config += [
                f'url = "{base}/api/v1/datastreams/{streams["arrow-curl"]}/observations"',
                f'data-binary = "@{path}"',
                "output = /dev/null",
                "fail",
                f'header = "Authorization: Bearer {token}"',
                f'header = "Content-Type: {ARROW}"',
                "next",
            ]
        (folder / "arrow.conf").write_text("\n".join(arrow_config[:-1]) + "\n")
        start = time.perf_counter()
        subprocess.run(["curl", "-s", "-K", str(folder / "arrow.conf")], check=True)
        arrow_curl_rate = n / (time.perf_counter() - start)

        start = time.perf_counter()
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
            for b in range(args.batches):
                batch = rows[b * args.batch_size : (b + 1) * args.batch_size]
                resp = client.post(
                    f"/api/v1/datastreams/{streams['arrow-python']}/observations",
                    content=arrow_stream(batch),
                    headers={"Content-Type": ARROW},
                    timeout=120,
                )
                resp.raise_for_status()
        arrow_python_rate = n / (time.perf_counter() - start)

        ready = threading.Event()
        result = {}
        messages = args.batches * 10
        per_message = n // messages

        def subscribe() -> None:
            result["stats"] = run_subscriber(
                engine,
                "127.0.0.1",
                broker_port,
                "porttwin/+",
                max_messages=messages,
                ready=ready,
                seconds=300,
            )

        worker = threading.Thread(target=subscribe)
        worker.start()
        ready.wait(10)
        publisher = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
        publisher.connect("127.0.0.1", broker_port)
        publisher.loop_start()
        start = time.perf_counter()
        for m in range(messages):
            chunk = rows[m * per_message : (m + 1) * per_message]
            payload = json.dumps([{"t": t.isoformat(), "v": v} for t, v, _ in chunk])
            publisher.publish("porttwin/mqtt", payload, qos=1).wait_for_publish()
        worker.join(300)
        mqtt_rate = result["stats"].written / (time.perf_counter() - start)
        publisher.loop_stop()
    finally:
        server.terminate()
        broker.terminate()

    hourly = series(datetime(2006, 1, 1, tzinfo=UTC), 19 * 8760, timedelta(hours=1))
    start = time.perf_counter()
    with session_scope(engine) as session:
        stream = session.scalar(select(Datastream).where(Datastream.id == streams["hourly"]))
        written = ingest(session, stream, hourly).written
    import_seconds = time.perf_counter() - start
    start = time.perf_counter()
    with session_scope(engine) as session:
        stream = session.scalar(select(Datastream).where(Datastream.id == streams["hourly"]))
        buckets = aggregates(
            session, stream, datetime(2020, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC), 500
        ).buckets
    aggregate_ms = (time.perf_counter() - start) * 1000

    print(f"{n:,} readings per path, batches of {args.batch_size:,}")
    print(f"{'path':<28}{'readings/s':>12}{'vs raw COPY':>13}")
    print(f"{'raw psycopg binary COPY':<28}{copy_rate:>12,.0f}{1:>13.2f}")
    label = f"bulk HTTP (JSON, {CLIENTS} clients)"
    print(f"{label:<28}{http_rate:>12,.0f}{http_rate / copy_rate:>13.2f}")
    print(f"{'bulk HTTP (JSON, curl)':<28}{curl_rate:>12,.0f}{curl_rate / copy_rate:>13.2f}")
    print(f"{'MQTT (mosquitto → ingest)':<28}{mqtt_rate:>12,.0f}{mqtt_rate / copy_rate:>13.2f}")
    for label, rate in (
        ("bulk HTTP (Arrow, curl)", arrow_curl_rate),
        ("bulk HTTP (Arrow, Python)", arrow_python_rate),
    ):
        print(f"{label:<28}{rate:>12,.0f}{rate / copy_rate:>13.2f}")
    print(
        f"19-year hourly series: {written:,} readings in {import_seconds:.2f} s "
        f"({written / import_seconds:,.0f}/s)"
    )
    print(f"one-year aggregate: {len(buckets)} buckets in {aggregate_ms:.0f} ms")


if __name__ == "__main__":
    main()

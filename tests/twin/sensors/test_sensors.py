"""Sensors: real series files, bulk HTTP, alerts, a real mosquitto broker, SensorThings."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta

import paho.mqtt.client as mqtt
import pytest
from conftest import SHARED
from helpers import auth, quay_of_engineer, tide_gauge
from sqlalchemy import func, select

from kernel.auth.service import SYSTEM
from kernel.database import session_scope
from twin.sensors.ingest import ingest
from twin.sensors.models import Datastream, observation
from twin.sensors.mqtt import run_subscriber
from twin.sensors.series_files import read_dia, read_noos

NOOS = SHARED / "timeseries" / "rws_VLISSGN_waterlevel_20180101_20180401.noos"
DIA = SHARED / "timeseries" / "rws_VLISSGN_obs1.txt"


@pytest.fixture
def setup(client, make_port, make_token):
    return quay_of_engineer(client, make_port, make_token)


def count(engine, stream_id) -> int:
    with session_scope(engine) as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(observation)
                .where(observation.c.datastream_id == stream_id)
            )
            or 0
        )


def load(engine, stream_id, rows):
    with session_scope(engine) as session:
        stream = session.scalar(select(Datastream).where(Datastream.id == stream_id))
        return ingest(session, stream, rows)


def test_real_series_import_with_their_counts_and_reimport_adds_nothing(
    client, engine, setup, monkeypatch, database_url
):
    _, engineer, facility = setup
    noos = tide_gauge(client, engineer, facility, ext_id=f"noos-{facility['id'][:8]}")
    assert load(engine, noos["id"], read_noos(NOOS).readings).written == 12_752
    assert load(engine, noos["id"], read_noos(NOOS).readings).written == 0
    assert count(engine, noos["id"]) == 12_752
    dia_stream = tide_gauge(client, engineer, facility, name="DIA", unit="cm")
    series = read_dia(DIA)
    assert (series.unit, series.datum, series.station) == ("cm", "NAP", "VLISSGN")
    assert load(engine, dia_stream["id"], series.readings).written == 8_760
    flagged = client.get(
        f"/api/v1/datastreams/{dia_stream['id']}/observations",
        params={"start": "2008-12-31T23:00:00Z", "end": "2010-01-01T00:00:00Z", "limit": 10_000},
        headers=auth(engineer),
    ).json()
    assert len(flagged) == 8_760 and sum(1 for r in flagged if r["q"] == 25) == 46
    # the CLI takes the same file by external id and finds everything already there
    from typer.testing import CliRunner

    from kernel.database import default_engine
    from kernel.settings import get_settings
    from twin.cli import app

    monkeypatch.setenv("PORTTWIN_DATABASE_URL", database_url)
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        result = CliRunner().invoke(
            app, ["import", "timeseries", str(NOOS), "--datastream", noos["ext_id"]]
        )
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()
    assert result.exit_code == 0 and "0 new, 12752 already there" in result.output


def test_bulk_http_json_and_csv_with_duplicate_rules(client, engine, setup, make_token, make_port):
    port, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility)
    url = f"/api/v1/datastreams/{stream['id']}/observations"
    t0 = datetime(2026, 5, 1, tzinfo=UTC)
    body = [{"t": (t0 + timedelta(minutes=i)).isoformat(), "v": i / 10} for i in range(3000)]
    resp = client.post(url, json=body, headers=auth(engineer))
    assert resp.json() == {"received": 3000, "written": 3000, "duplicates": 0, "alerts_opened": 0}
    csv_body = "t,v,q\n" + "".join(
        f"{(t0 + timedelta(minutes=i)).isoformat()},{-1},3\n" for i in range(2990, 3010)
    )
    resp = client.post(
        url, content=csv_body, headers={**auth(engineer), "Content-Type": "text/csv"}
    )
    assert resp.json()["written"] == 10  # 10 new, 10 duplicates ignored
    resp = client.post(
        url,
        params={"on_duplicate": "update"},
        content=csv_body,
        headers={**auth(engineer), "Content-Type": "text/csv"},
    )
    assert resp.json()["written"] == 20
    assert count(engine, stream["id"]) == 3010
    bad = client.post(
        url,
        content="t,v\n2026-05-01T00:00:00Z,abc\n",
        headers={**auth(engineer), "Content-Type": "text/csv"},
    )
    assert bad.status_code == 422 and "line 2" in bad.json()["detail"]
    viewer = make_token("viewer", port)
    assert client.post(url, json=body[:1], headers=auth(viewer)).status_code == 403
    stranger = make_token("engineer", make_port())
    assert client.post(url, json=body[:1], headers=auth(stranger)).status_code == 404


def test_aggregates_of_a_year_are_computed_in_the_database(client, engine, setup):
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility, unit="cm")
    readings = read_dia(DIA).readings
    load(engine, stream["id"], readings)
    body = client.get(
        f"/api/v1/datastreams/{stream['id']}/aggregates",
        params={"start": "2008-12-31T23:00:00Z", "end": "2010-01-01T00:00:00Z", "points": 60},
        headers=auth(engineer),
    ).json()
    assert body["bucket_seconds"] == 7 * 86400  # a year in ~60 buckets: weekly
    assert sum(b["n"] for b in body["buckets"]) == 8760
    assert min(b["min"] for b in body["buckets"]) == min(v for _, v, _ in readings)
    assert max(b["max"] for b in body["buckets"]) == max(v for _, v, _ in readings)


def test_threshold_exceedances_become_alert_episodes(client, engine, setup):
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility, warning_high=2.0, alarm_high=2.5)
    t0 = datetime(2026, 6, 1, tzinfo=UTC)
    values = [1.0, 2.2, 2.6, 2.8, 2.1, 1.0]
    body = [{"t": (t0 + timedelta(hours=i)).isoformat(), "v": v} for i, v in enumerate(values)]
    resp = client.post(
        f"/api/v1/datastreams/{stream['id']}/observations", json=body, headers=auth(engineer)
    )
    assert resp.json()["alerts_opened"] == 3
    alerts = client.get(
        "/api/v1/alerts", params={"datastream_id": stream["id"]}, headers=auth(engineer)
    ).json()
    episodes = sorted(
        (a["level"], a["started_at"][11:13], (a["ended_at"] or "")[11:13], a["peak"])
        for a in alerts
    )
    assert episodes == [
        ("alarm", "02", "04", 2.8),
        ("warning", "01", "02", 2.2),
        ("warning", "04", "05", 2.1),
    ]
    alarm = next(a for a in alerts if a["level"] == "alarm")
    assert (
        client.post(f"/api/v1/alerts/{alarm['id']}/acknowledge", headers=auth(engineer)).status_code
        == 204
    )
    acked = client.get(
        "/api/v1/alerts", params={"datastream_id": stream["id"]}, headers=auth(engineer)
    ).json()
    assert next(a for a in acked if a["id"] == alarm["id"])["acknowledged_by"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def mosquitto(tmp_path_factory):
    binary = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    port = _free_port()
    conf = tmp_path_factory.mktemp("mqtt") / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\n")
    proc = subprocess.Popen(
        [binary, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(100):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    yield port
    proc.terminate()
    proc.wait(timeout=5)


def test_readings_published_to_mosquitto_are_stored_and_bad_ones_logged(
    client, engine, setup, mosquitto
):
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility, ext_id=f"mqtt-{facility['id'][:8]}")
    ready, done = threading.Event(), {}

    def subscribe():
        done["stats"] = run_subscriber(
            engine, "127.0.0.1", mosquitto, "porttwin/+", max_messages=53, ready=ready, seconds=30
        )

    worker = threading.Thread(target=subscribe)
    worker.start()
    assert ready.wait(10)
    publisher = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    publisher.connect("127.0.0.1", mosquitto)
    publisher.loop_start()
    t0 = datetime(2026, 7, 1, tzinfo=UTC)
    for i in range(50):
        payload = {"t": (t0 + timedelta(minutes=i)).isoformat(), "v": 0.01 * i}
        publisher.publish(
            f"porttwin/{stream['ext_id']}", json.dumps(payload), qos=1
        ).wait_for_publish()
    publisher.publish(f"porttwin/{stream['id']}", b"{not json", qos=1).wait_for_publish()
    publisher.publish(f"porttwin/{stream['id']}", json.dumps([{"v": 1}]), qos=1).wait_for_publish()
    publisher.publish(
        "porttwin/nobody", json.dumps({"t": t0.isoformat(), "v": 1}), qos=1
    ).wait_for_publish()
    publisher.loop_stop()
    publisher.disconnect()
    worker.join(40)
    stats = done["stats"]
    assert stats.written == 50 and stats.rejected == 3
    readings = client.get(
        f"/api/v1/datastreams/{stream['id']}/observations",
        params={"start": t0.isoformat(), "end": (t0 + timedelta(hours=2)).isoformat()},
        headers=auth(engineer),
    ).json()
    assert len(readings) == 50
    with session_scope(engine) as session:
        from twin.sensors.service import rejected

        reasons = [r.reason for r in rejected(session, SYSTEM, 50)]
    assert any("not JSON" in r for r in reasons)
    assert any("needs t" in r for r in reasons)
    assert any("no datastream 'nobody'" in r for r in reasons)


def test_sensorthings_endpoints(client, engine, setup):
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility)
    load(engine, stream["id"], read_noos(NOOS).readings[:500])
    h = auth(engineer)
    things = client.get("/sta/v1.1/Things", headers=h).json()["value"]
    assert [t["@iot.id"] for t in things] == [facility["id"]]
    ds = client.get(f"/sta/v1.1/Things({facility['id']})/Datastreams", headers=h).json()
    assert ds["value"][0]["unitOfMeasurement"]["symbol"] == "m"
    url = f"/sta/v1.1/Datastreams({stream['id']})/Observations"
    page = client.get(
        url,
        params={
            "$top": 100,
            "$skip": 0,
            "$count": "true",
            "$filter": "phenomenonTime ge 2018-01-02T00:00:00Z and "
            "phenomenonTime lt 2018-01-03T00:00:00Z",
            "$orderby": "phenomenonTime desc",
        },
        headers=h,
    ).json()
    assert page["@iot.count"] == 144  # a day of 10-minute readings
    times = [o["phenomenonTime"] for o in page["value"]]
    assert times == sorted(times, reverse=True) and len(times) == 100
    assert "@iot.nextLink" in page
    bad = client.get(url, params={"$filter": "foo eq 1"}, headers=h)
    assert bad.status_code == 400 and "$filter" in bad.json()["detail"]
    assert client.get("/sta/v1.1/Things").status_code == 401

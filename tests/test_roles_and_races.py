"""Who may act, what happens when the same thing arrives twice or at once, and what the app's
database role may do (rows only)."""

from __future__ import annotations

import json
import random
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from helpers import auth, quay
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from kernel.database import session_scope


@pytest.fixture
def alert(client, make_port, make_token):
    """A port with an alarm on its tide gauge, and a token per role."""
    port = make_port()
    tokens = {
        role: make_token(role, port) for role in ("engineer", "inspector", "viewer", "planner")
    }
    facility = client.post(
        "/api/v1/facilities", headers=auth(tokens["engineer"]), json=quay(port.code)
    )
    stream = client.post(
        "/api/v1/datastreams",
        headers=auth(tokens["engineer"]),
        json={
            "facility_id": facility.json()["id"],
            "name": "gauge",
            "observed_property": "water_level",
            "unit": "m",
            "alarm_high": 2.0,
        },
    ).json()
    client.post(
        f"/api/v1/datastreams/{stream['id']}/observations",
        headers=auth(tokens["engineer"]),
        json=[{"t": "2026-06-01T00:00:00Z", "v": 2.5}],
    )
    alerts = client.get("/api/v1/alerts", headers=auth(tokens["engineer"])).json()
    assert len(alerts) == 1
    return alerts[0]["id"], tokens


@pytest.mark.parametrize("role", ["viewer", "planner"])
def test_roles_that_do_not_act_on_alerts_cannot_acknowledge_them(client, alert, role):
    alert_id, tokens = alert
    resp = client.post(f"/api/v1/alerts/{alert_id}/acknowledge", headers=auth(tokens[role]))
    assert resp.status_code == 403
    listed = client.get("/api/v1/alerts", headers=auth(tokens["engineer"])).json()
    assert listed[0]["acknowledged_by"] is None


@pytest.mark.parametrize("role", ["engineer", "inspector"])
def test_engineers_and_inspectors_acknowledge_alerts_as_themselves(client, alert, role):
    alert_id, tokens = alert
    resp = client.post(f"/api/v1/alerts/{alert_id}/acknowledge", headers=auth(tokens[role]))
    assert resp.status_code == 204
    me = client.get("/api/v1/me", headers=auth(tokens[role])).json()["name"]
    listed = client.get("/api/v1/alerts", headers=auth(tokens["engineer"])).json()
    assert listed[0]["acknowledged_by"] == me


def event_body(name: str) -> dict:
    return {
        "kind": "earthquake",
        "name": name,
        "occurred_at": "2026-03-11T14:46:00+09:00",
        "epicentre": [139.741, 35.49],
        "radius_km": 5,
    }


def extraordinary(engine, port_id) -> int:
    with session_scope(engine) as session:
        return session.scalar(
            text(
                "SELECT count(*) FROM inspection WHERE port_id = :p "
                "AND inspection_type = 'extraordinary'"
            ),
            {"p": port_id},
        )


def test_posting_an_event_again_opens_no_second_inspection(client, engine, make_port, make_token):
    port = make_port()
    engineer = make_token("engineer", port)
    for i in range(3):
        client.post(
            "/api/v1/facilities",
            headers=auth(engineer),
            json=quay(port.code, ledger_no=f"Q{i}", name_en=f"Quay {i}"),
        )
    name = f"quake {random.random()}"
    first = client.post("/api/v1/events", headers=auth(engineer), json=event_body(name))
    assert first.status_code == 201 and first.json()["inspections_created"] == 3
    again = client.post("/api/v1/events", headers=auth(engineer), json=event_body(name))
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"] and again.json()["inspections_created"] == 0
    assert extraordinary(engine, port.id) == 3


def test_the_same_event_posted_at_once_is_one_event(
    client, engine, live_server, make_port, make_token
):
    port = make_port()
    engineer = make_token("engineer", port)
    client.post("/api/v1/facilities", headers=auth(engineer), json=quay(port.code))
    name = f"quake {random.random()}"

    def post(_: int) -> httpx.Response:
        return httpx.post(
            f"{live_server}/api/v1/events",
            headers=auth(engineer),
            json=event_body(name),
            timeout=30,
        )

    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(post, range(4)))
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert extraordinary(engine, port.id) == 1


def test_the_same_geojson_under_another_name_updates_instead_of_duplicating(
    client, engine, make_port, make_token
):
    port = make_port()
    engineer = make_token("engineer", port)
    features = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name_en": f"Pier {i}", "kind": "pier"},
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[139.74 + i * 1e-3, 35.49], [139.74 + i * 1e-3, 35.491]],
                },
            }
            for i in range(4)
        ],
    }
    data = json.dumps(features).encode()
    first = client.post(
        f"/api/v1/imports/vector?port={port.code}&kind=pier",
        headers=auth(engineer),
        files={"file": ("piers.geojson", data)},
    ).json()
    renamed = client.post(
        f"/api/v1/imports/vector?port={port.code}&kind=pier",
        headers=auth(engineer),
        files={"file": ("piers-2026-final (1).geojson", data)},
    ).json()
    assert first["created"] == 4
    assert renamed["created"] == 0 and renamed["unchanged"] == 4
    assert renamed["source"] == first["source"]
    assert any("recognised as the dataset imported before" in n for n in renamed["notes"])
    with session_scope(engine) as session:
        count = session.scalar(
            text("SELECT count(*) FROM facility WHERE port_id = :p"), {"p": port.id}
        )
    assert count == 4


def test_first_readings_of_a_new_year_at_once_all_land(
    client, engine, live_server, make_port, make_token
):
    """8 writers start a year no reading had: its partition is made once, none fails."""
    port = make_port()
    engineer = make_token("engineer", port)
    facility = client.post("/api/v1/facilities", headers=auth(engineer), json=quay(port.code))
    year = random.randint(2101, 2199)
    streams = [
        client.post(
            "/api/v1/datastreams",
            headers=auth(engineer),
            json={
                "facility_id": facility.json()["id"],
                "name": f"gauge {i}",
                "observed_property": "water_level",
                "unit": "m",
            },
        ).json()["id"]
        for i in range(8)
    ]
    start = threading.Barrier(8)

    def write(stream: str) -> int:
        start.wait()
        return httpx.post(
            f"{live_server}/api/v1/datastreams/{stream}/observations",
            headers=auth(engineer),
            json=[{"t": f"{year}-01-0{d}T00:00:00Z", "v": 1.0} for d in range(1, 9)],
            timeout=60,
        ).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(write, streams))
    assert statuses == [200] * 8
    with session_scope(engine) as session:
        written = session.scalar(
            text(
                "SELECT count(*) FROM observation WHERE port_id = :p "
                "AND observed_at >= make_timestamptz(:y, 1, 1, 0, 0, 0, 'UTC')"
            ),
            {"p": port.id, "y": year},
        )
        partition = session.scalar(text("SELECT to_regclass(:n)"), {"n": f"observation_y{year}"})
    assert written == 64 and partition is not None


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE intruder (x int)",
        "ALTER TABLE facility ADD COLUMN x int",
        "DROP TABLE job",
        "INSERT INTO registry_history (entity, entity_id, version, op, valid_from, actor, data) "
        "VALUES ('facility', gen_random_uuid(), 1, 'insert', now(), 'x', '{}')",
        "DELETE FROM registry_history",
        "UPDATE alembic_version SET version_num = '0001'",
        "SELECT pg_read_file('/etc/hostname')",
        "COPY (SELECT 1) TO PROGRAM 'true'",
        "CREATE EXTENSION IF NOT EXISTS file_fdw",
        "SET session_replication_role = replica",
    ],
)
def test_the_apps_database_role_may_not(engine, statement):
    with pytest.raises(DBAPIError) as caught, session_scope(engine) as session:
        session.execute(text(statement))
    assert (
        "permission denied" in str(caught.value)
        or "must be" in str(caught.value)
        or ("not allowed" in str(caught.value))
    ), caught.value


def test_the_app_connects_as_neither_superuser_nor_owner(engine):
    with session_scope(engine) as session:
        row = session.execute(
            text(
                "SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, "
                "pg_get_userbyid(d.datdba) = current_user FROM pg_roles r, pg_database d "
                "WHERE r.rolname = current_user AND d.datname = current_database()"
            )
        ).one()
    assert tuple(row) == (False, False, False, False)

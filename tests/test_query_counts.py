"""Lists are built in a fixed number of queries: the same request over a port with two items
and over a port with six runs the same number of SQL statements (no query per row)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from helpers import auth, quay
from sqlalchemy import event


@contextmanager
def counted(engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def populated(client, make_port, make_token, n: int) -> tuple[str, str, list[str]]:
    """A port with ``n`` quays, each with an inspection (two findings) and a datastream."""
    port = make_port()
    token = make_token("engineer", port)
    facilities = []
    for i in range(n):
        body = quay(port.code, ledger_no=f"Q-{i}", name_en=f"Quay {i}", structure_type="caisson")
        body["geometry"]["coordinates"] = [[139.74, 35.49 + i * 1e-3], [139.742, 35.49 + i * 1e-3]]
        fid = client.post("/api/v1/facilities", headers=auth(token), json=body).json()["id"]
        facilities.append(fid)
        client.post(
            "/api/v1/components",
            headers=auth(token),
            json={"facility_id": fid, "component_type": "caisson", "span": "1"},
        )
        record = client.post(
            "/api/v1/inspections",
            headers=auth(token),
            json={
                "facility_id": fid,
                "inspection_type": "general_periodic",
                "started_on": "2026-05-01",
            },
        ).json()
        client.post(
            f"/api/v1/inspections/{record['id']}/findings",
            headers=auth(token),
            json=[
                {
                    "item_code": "caisson_damage",
                    "grade": "c",
                    "component_type": "caisson",
                    "span": "1",
                },
                {"item_code": "face_line_displacement", "grade": "d"},
            ],
        )
        client.post(
            "/api/v1/datastreams",
            headers=auth(token),
            json={
                "facility_id": fid,
                "name": f"gauge {i}",
                "observed_property": "water_level",
                "unit": "m",
                "alarm_high": 1.0,
            },
        )
    return port.code, token, facilities


LISTS = [
    "/api/v1/facilities?port={port}",
    "/api/v1/components?facility_id={facility}",
    "/api/v1/inspections?port={port}",
    "/api/v1/datastreams",
    "/api/v1/alerts",
    "/api/v1/twin/ports/{port}",
    "/api/v1/tokens",
    "/ogc/collections/facilities/items",
    "/ogc/collections/components/items",
    "/sta/v1.1/Things",
    "/sta/v1.1/Datastreams",
]


@pytest.mark.parametrize("path", LISTS)
def test_a_list_costs_the_same_queries_for_two_rows_or_six(
    client, engine, make_port, make_token, path
):
    counts = []
    for n in (2, 6):
        port, token, facilities = populated(client, make_port, make_token, n)
        url = path.format(port=port, facility=facilities[0])
        with counted(engine) as statements:
            resp = client.get(url, headers=auth(token))
        assert resp.status_code == 200, resp.text
        counts.append(len(statements))
    assert counts[0] == counts[1], f"{path}: {counts[0]} queries for 2 rows, {counts[1]} for 6"


def test_the_port_list_costs_the_same_queries_for_any_number_of_ports(
    client, engine, make_port, make_token
):
    counts = []
    for n in (1, 4):
        ports = [make_port() for _ in range(n)]
        token = make_token("viewer", *ports)
        with counted(engine) as statements:
            assert client.get("/api/v1/ports", headers=auth(token)).status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1]

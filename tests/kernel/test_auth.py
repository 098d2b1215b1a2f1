"""Tokens, roles and port scopes, each tested both ways (allowed and refused)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers import auth, quay
from sqlalchemy import select

from kernel.auth.models import ApiToken
from kernel.auth.service import BAD_TOKEN, hash_token, issue_token
from kernel.database import session_scope


@pytest.fixture
def two_ports(make_port, make_token, client):
    a, b = make_port(), make_port()
    engineer_a = make_token("engineer", a)
    engineer_b = make_token("engineer", b)
    fa = client.post("/api/v1/facilities", json=quay(a.code), headers=auth(engineer_a)).json()
    fb = client.post("/api/v1/facilities", json=quay(b.code), headers=auth(engineer_b)).json()
    return a, b, fa, fb


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/facilities",
        "/api/v1/ports",
        "/api/v1/components",
        "/api/v1/authorities",
        "/api/v1/codelists",
        "/api/v1/me",
    ],
)
def test_data_endpoints_need_a_token(client, path):
    resp = client.get(path)
    assert resp.status_code == 401
    # both schemes are offered: a GIS asks its user for the token as a Basic password
    assert resp.headers["www-authenticate"] == (
        'Bearer realm="Port Twin", Basic realm="Port Twin", charset="UTF-8"'
    )
    assert "token" in resp.json()["detail"]


def test_a_wrong_token_is_refused(client):
    resp = client.get("/api/v1/facilities", headers=auth("pt_not-a-real-token"))
    assert resp.status_code == 401
    assert resp.json()["detail"] == BAD_TOKEN


def test_an_expired_token_is_refused(client, engine, make_port, make_token):
    port = make_port()
    token = make_token("viewer", port)
    with session_scope(engine) as session:
        user_id = session.scalar(
            select(ApiToken.user_id).where(ApiToken.token_sha256 == hash_token(token))
        )
        old = issue_token(session, user_id, expires_at=datetime.now(UTC) - timedelta(minutes=1))
    assert client.get("/api/v1/me", headers=auth(token)).status_code == 200
    resp = client.get("/api/v1/me", headers=auth(old))
    assert resp.status_code == 401
    # the same answer as for a token that never existed: a 401 tells nothing about tokens
    unknown = client.get("/api/v1/me", headers=auth("pt_never-issued"))
    assert resp.json() == unknown.json()


def test_tokens_are_stored_hashed(engine, make_port, make_token):
    token = make_token("viewer", make_port())
    with session_scope(engine) as session:
        stored = session.scalars(select(ApiToken.token_sha256)).all()
    assert hash_token(token) in stored
    assert token not in stored


def test_viewer_of_port_a_reads_a(client, two_ports, make_token):
    a, _, fa, _ = two_ports
    viewer = make_token("viewer", a)
    assert client.get(f"/api/v1/facilities/{fa['id']}", headers=auth(viewer)).status_code == 200
    listed = client.get("/api/v1/facilities", headers=auth(viewer)).json()
    assert [f["id"] for f in listed["items"]] == [fa["id"]]
    assert client.get(f"/api/v1/ports/{a.code}", headers=auth(viewer)).status_code == 200


def test_viewer_of_port_a_cannot_write_a(client, two_ports, make_token):
    a, _, fa, _ = two_ports
    viewer = make_token("viewer", a)
    resp = client.post("/api/v1/facilities", json=quay(a.code), headers=auth(viewer))
    assert resp.status_code == 403
    resp = client.patch(
        f"/api/v1/facilities/{fa['id']}", json={"name_en": "x"}, headers=auth(viewer)
    )
    assert resp.status_code == 403
    assert client.delete(f"/api/v1/facilities/{fa['id']}", headers=auth(viewer)).status_code == 403


def test_viewer_of_port_a_sees_nothing_of_port_b(client, two_ports, make_token):
    a, b, _, fb = two_ports
    viewer = make_token("viewer", a)
    for path in (
        f"/api/v1/facilities/{fb['id']}",
        f"/api/v1/facilities/{fb['id']}/history",
        f"/api/v1/ports/{b.code}",
        f"/api/v1/ports/{b.id}",
    ):
        resp = client.get(path, headers=auth(viewer))
        assert resp.status_code == 404, path
    resp = client.get("/api/v1/facilities", params={"port": b.code}, headers=auth(viewer))
    assert resp.status_code == 404
    ports = [p["code"] for p in client.get("/api/v1/ports", headers=auth(viewer)).json()]
    assert ports == [a.code]
    # an engineer of A cannot write into B either, and learns nothing of it
    engineer_a = make_token("engineer", a)
    resp = client.patch(
        f"/api/v1/facilities/{fb['id']}", json={"name_en": "x"}, headers=auth(engineer_a)
    )
    assert resp.status_code == 404
    resp = client.post("/api/v1/facilities", json=quay(b.code), headers=auth(engineer_a))
    assert resp.status_code == 404


def test_engineer_writes_own_port(client, two_ports, make_token):
    a, _, fa, _ = two_ports
    engineer = make_token("engineer", a)
    resp = client.patch(
        f"/api/v1/facilities/{fa['id']}", json={"name_en": "New"}, headers=auth(engineer)
    )
    assert resp.status_code == 200


def test_inspector_and_planner_read_but_do_not_edit_the_registry(client, two_ports, make_token):
    a, _, fa, _ = two_ports
    for role in ("inspector", "planner"):
        token = make_token(role, a)
        assert client.get(f"/api/v1/facilities/{fa['id']}", headers=auth(token)).status_code == 200
        resp = client.patch(
            f"/api/v1/facilities/{fa['id']}", json={"name_en": "x"}, headers=auth(token)
        )
        assert resp.status_code == 403, role


def test_global_admin_sees_every_port(client, two_ports, make_token):
    _, _, fa, fb = two_ports
    admin = make_token("admin", all_ports=True)
    for f in (fa, fb):
        assert client.get(f"/api/v1/facilities/{f['id']}", headers=auth(admin)).status_code == 200


def test_only_a_global_admin_creates_authorities_and_ports(client, make_port, make_token):
    port = make_port()
    port_admin = make_token("admin", port)
    body = {"code": "x-auth", "name_en": "X", "country": "JP"}
    assert (
        client.post("/api/v1/authorities", json=body, headers=auth(port_admin)).status_code == 403
    )
    global_admin = make_token("admin", all_ports=True)
    resp = client.post(
        "/api/v1/authorities", json=body | {"code": f"x-{port.code}"}, headers=auth(global_admin)
    )
    assert resp.status_code == 201

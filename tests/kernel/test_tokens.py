"""API tokens have a life: they expire, can be listed (never shown again), revoked, rotated;
users can be disabled; the demo rotates its own. Clients that speak only HTTP Basic log in
with the token as the password. Every answer carries the security headers."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from helpers import auth, run_cli

from kernel.auth.service import BAD_TOKEN
from kernel.database import session_scope
from kernel.errors import Unauthenticated


def basic(token: str, user: str = "qgis") -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()}


def test_a_new_token_expires_after_its_lifetime(client, make_port, make_token):
    token = make_token("viewer", make_port())
    made = client.post("/api/v1/tokens", headers=auth(token), json={"label": "tablet", "days": 3})
    assert made.status_code == 201
    body = made.json()
    expires = datetime.fromisoformat(body["expires_at"])
    assert abs(expires - (datetime.now(UTC) + timedelta(days=3))) < timedelta(minutes=1)
    assert body["state"] == "valid" and body["label"] == "tablet"
    assert client.get("/api/v1/me", headers=auth(body["token"])).status_code == 200


def test_tokens_are_listed_but_never_shown_again(client, make_port, make_token):
    token = make_token("engineer", make_port())
    listed = client.get("/api/v1/tokens", headers=auth(token))
    assert listed.status_code == 200
    assert len(listed.json()) == 1 and "token" not in listed.json()[0]
    assert token not in listed.text


def test_others_tokens_are_for_administrators_of_all_ports(client, make_port, make_token):
    port = make_port()
    engineer = make_token("engineer", port)
    name = client.get("/api/v1/me", headers=auth(engineer)).json()["name"]
    viewer = make_token("viewer", port)
    assert client.get(f"/api/v1/tokens?user={name}", headers=auth(viewer)).status_code == 403
    admin = make_token("admin", all_ports=True)
    listed = client.get(f"/api/v1/tokens?user={name}", headers=auth(admin)).json()
    assert [t["user"] for t in listed] == [name]
    assert client.get("/api/v1/users", headers=auth(viewer)).status_code == 403


def test_a_revoked_token_stops_at_once_and_says_nothing_more(client, make_port, make_token):
    token = make_token("engineer", make_port())
    token_id = client.get("/api/v1/tokens", headers=auth(token)).json()[0]["id"]
    spare = client.post("/api/v1/tokens", headers=auth(token), json={}).json()["token"]
    revoked = client.delete(f"/api/v1/tokens/{token_id}", headers=auth(spare))
    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    answer = client.get("/api/v1/me", headers=auth(token))
    unknown = client.get("/api/v1/me", headers=auth("pt_never-issued"))
    assert answer.status_code == 401 and answer.json() == unknown.json()
    assert answer.json()["detail"] == BAD_TOKEN


def test_rotation_gives_a_successor_and_ends_the_old_token(client, make_port, make_token):
    token = make_token("inspector", make_port())
    token_id = client.get("/api/v1/tokens", headers=auth(token)).json()[0]["id"]
    rotated = client.post(f"/api/v1/tokens/{token_id}/rotate", headers=auth(token))
    assert rotated.status_code == 200
    successor = rotated.json()["token"]
    assert client.get("/api/v1/me", headers=auth(token)).status_code == 401
    assert client.get("/api/v1/me", headers=auth(successor)).status_code == 200
    again = client.post(f"/api/v1/tokens/{token_id}/rotate", headers=auth(successor))
    assert again.status_code == 409


def test_a_disabled_user_is_refused_like_an_unknown_token(client, make_port, make_token):
    port = make_port()
    token = make_token("engineer", port)
    name = client.get("/api/v1/me", headers=auth(token)).json()["name"]
    admin = make_token("admin", all_ports=True)
    assert client.post(f"/api/v1/users/{name}/disable", headers=auth(admin)).json()["disabled"]
    refused = client.get("/api/v1/me", headers=auth(token))
    assert refused.status_code == 401 and refused.json()["detail"] == BAD_TOKEN
    client.post(f"/api/v1/users/{name}/enable", headers=auth(admin))
    assert client.get("/api/v1/me", headers=auth(token)).status_code == 200


def test_http_basic_with_the_token_as_password_logs_in(client, make_port, make_token):
    token = make_token("viewer", make_port())
    assert client.get("/api/v1/me", headers=basic(token)).status_code == 200
    assert client.get("/api/v1/me", headers=basic(token, user="")).status_code == 200
    wrong = client.get("/api/v1/me", headers=basic("pt_wrong"))
    assert wrong.status_code == 401 and wrong.json()["detail"] == BAD_TOKEN
    garbled = client.get("/api/v1/me", headers={"Authorization": "Basic %%%"})
    assert garbled.status_code == 401


def test_the_cli_lists_disables_and_rotates(monkeypatch, database_url, make_port, make_token):
    token = make_token("planner", make_port())
    listed = run_cli(monkeypatch, database_url, "user", "list")
    assert listed.exit_code == 0 and "planner" in listed.output
    tokens = run_cli(monkeypatch, database_url, "token", "list")
    assert token not in tokens.output
    users = [line.split()[0] for line in listed.output.splitlines() if "planner" in line]
    made = run_cli(monkeypatch, database_url, "token", "add", users[-1], "--label", "x")
    assert made.exit_code == 0, made.output
    new_token = made.output.strip().splitlines()[-1]
    token_id = made.output.split()[1]
    rotated = run_cli(monkeypatch, database_url, "token", "rotate", token_id)
    assert rotated.exit_code == 0 and rotated.output.strip().splitlines()[-1] != new_token
    disabled = run_cli(monkeypatch, database_url, "user", "disable", users[-1])
    assert disabled.exit_code == 0


def test_each_demo_run_rotates_the_demo_tokens(engine):
    """`porttwin demo` prints a token per demo user; the next run's tokens replace them (here
    with demo users of this test's own, so the shared demo's tokens stay valid)."""
    from kernel.auth.service import authenticate
    from twin.demo import demo_users

    users = {f"demo-test-{i}-{uuid.uuid4().hex[:6]}": ("viewer", []) for i in range(2)}
    with session_scope(engine) as session:
        before = {n: t for n, (_, _, t) in demo_users(session, {}, users).items()}
    with session_scope(engine) as session:
        after = {n: t for n, (_, _, t) in demo_users(session, {}, users).items()}
    with session_scope(engine) as session:
        for name, token in before.items():
            with pytest.raises(Unauthenticated):
                authenticate(session, token)
            assert authenticate(session, after[name]).name == name


@pytest.mark.parametrize("path", ["/", "/healthz", "/api/v1/facilities", "/docs", "/ogc"])
def test_every_answer_carries_the_security_headers(client, path):
    resp = client.get(path)
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]
    assert "script-src 'self'" in resp.headers["content-security-policy"]
    assert (
        "'unsafe-eval'" not in resp.headers["content-security-policy"]
    )  # (wasm-unsafe-eval is not JS)
    assert resp.headers["referrer-policy"] == "no-referrer"
    assert resp.headers["x-frame-options"] == "DENY"

"""The porttwin command: user add prints a working token as its last line; db status/url."""

from __future__ import annotations

from fastapi.testclient import TestClient
from helpers import auth, quay
from helpers import run_cli as run


def test_user_add_prints_a_token_scoped_to_its_port(
    monkeypatch, database_url, client: TestClient, make_port, make_token
):
    a, b = make_port(), make_port()
    engineer_b = make_token("engineer", b)
    client.post("/api/v1/facilities", json=quay(b.code), headers=auth(engineer_b))
    result = run(
        monkeypatch,
        database_url,
        "user",
        "add",
        f"u-{a.code}",
        "--role",
        "viewer",
        "--port",
        a.code,
    )
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    assert client.get("/api/v1/me", headers=auth(token)).json()["role"] == "viewer"
    assert (
        client.get("/api/v1/facilities", params={"port": b.code}, headers=auth(token)).status_code
        == 404
    )
    assert client.get("/api/v1/facilities", headers=auth(token)).json()["total"] == 0


def test_user_add_refuses_unknown_role_and_port(monkeypatch, database_url, make_port):
    port = make_port()
    bad_role = run(
        monkeypatch, database_url, "user", "add", "x1", "--role", "king", "--port", port.code
    )
    assert bad_role.exit_code == 1
    assert "unknown role 'king'" in bad_role.output
    bad_port = run(
        monkeypatch, database_url, "user", "add", "x2", "--role", "viewer", "--port", "NOPE"
    )
    assert bad_port.exit_code == 1
    assert "port 'NOPE' not found" in bad_port.output


def test_db_url_prints_the_external_url(monkeypatch, database_url):
    result = run(monkeypatch, database_url, "db", "url")
    assert result.exit_code == 0
    assert result.output.strip() == database_url

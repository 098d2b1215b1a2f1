"""Uploading IFC models through the API and waiting for their import jobs (shared by the
BIM and IFC export tests)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from helpers import auth


def upload(
    client: TestClient, token: str, port: str, path: Path, **params: Any
) -> tuple[int, dict[str, Any]]:
    with path.open("rb") as fh:
        response = client.post(
            "/api/v1/bim/models",
            params={"port": port, **params},
            files={"file": (path.name, fh, "application/octet-stream")},
            headers=auth(token),
        )
    return response.status_code, response.json()


def wait_for_job(
    client: TestClient, token: str, job_id: str, timeout: float = 90
) -> dict[str, Any]:
    """Poll the job until the worker process finishes it; returns every state seen last."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/v1/jobs/{job_id}", headers=auth(token)).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish in {timeout} s")


def imported(client: TestClient, token: str, port: str, path: Path, **params: Any) -> dict:
    code, body = upload(client, token, port, path, **params)
    assert code == 202, body
    job = wait_for_job(client, token, body["job"]["id"])
    assert job["status"] == "done", job
    model = client.get(f"/api/v1/bim/models/{body['id']}", headers=auth(token)).json()
    assert model["status"] == "ready"
    return model


def elements(client: TestClient, token: str, model_id: str, **params: Any) -> list[dict]:
    response = client.get(
        f"/api/v1/bim/models/{model_id}/elements",
        params={"limit": 1000, **params},
        headers=auth(token),
    )
    assert response.status_code == 200, response.text
    return list(response.json()["items"])

"""Uploads above ``PORTTWIN_JOB_THRESHOLD_MB`` are taken in by a background job in a worker
process (like IFC models): the answer is 202 with the job, whose result is what the request
would have answered; a refused file fails its job with the reason and writes nothing."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from conftest import SHARED
from fastapi.testclient import TestClient
from helpers import auth
from sqlalchemy import Engine, text

from kernel.database import session_scope
from kernel.settings import Settings
from twin.app import create_app

GERALDTON = SHARED / "vector" / "breakwaters_geraldton"
RASTER = SHARED / "raster" / "sfincs_compound_piave_venice_dep.tif"


@pytest.fixture(scope="module")
def jobs_client(engine: Engine, database_url: str) -> Iterator[TestClient]:
    """The app with a threshold of 0: every upload becomes a job."""
    settings = Settings(database_url=database_url, env="test", job_threshold_mb=0)
    with TestClient(create_app(settings, engine)) as c:
        yield c


def finished(client: TestClient, token: str, job_id: str, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while True:
        job = client.get(f"/api/v1/jobs/{job_id}", headers=auth(token)).json()
        if job["status"] in ("done", "failed"):
            return job
        assert time.monotonic() < deadline, job
        time.sleep(0.3)


def test_a_large_import_is_a_job_whose_result_is_the_report(
    jobs_client, engine, make_port, make_token
):
    port = make_port(metric_epsg=7850, country="AU", time_zone="Australia/Perth")
    token = make_token("engineer", port)
    shp = GERALDTON / "geraldton1.shp"
    import io
    import zipfile

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        for sidecar in GERALDTON.glob("geraldton1.*"):
            zf.write(sidecar, sidecar.name)
    resp = jobs_client.post(
        f"/api/v1/imports/vector?port={port.code}&kind=breakwater",
        headers=auth(token),
        files={"file": ("geraldton1.zip", archive.getvalue())},
    )
    assert resp.status_code == 202, resp.text
    job = finished(jobs_client, token, resp.json()["id"])
    assert job["status"] == "done", job
    assert (
        job["result"]["created"] == 1 and job["result"]["file"] == "geraldton1.zip/geraldton1.shp"
    )
    assert shp.exists()
    with session_scope(engine) as session:
        count = session.scalar(
            text("SELECT count(*) FROM facility WHERE port_id = :p"), {"p": port.id}
        )
    assert count == 1


def test_a_large_survey_is_a_job_whose_result_is_the_stac_item(jobs_client, make_port, make_token):
    port = make_port(metric_epsg=32633)
    token = make_token("engineer", port)
    resp = jobs_client.post(
        "/api/v1/surveys",
        headers=auth(token),
        data={"port": port.code, "kind": "bathymetry", "surveyed_on": "2026-04-01"},
        files={"file": ("venice.tif", RASTER.read_bytes())},
    )
    assert resp.status_code == 202, resp.text
    job = finished(jobs_client, token, resp.json()["id"])
    assert job["status"] == "done", job
    item = job["result"]
    assert item["type"] == "Feature" and item["properties"]["proj:epsg"] == 32633
    listed = jobs_client.get(f"/api/v1/surveys?port={port.code}", headers=auth(token)).json()
    assert [f["id"] for f in listed["features"]] == [item["id"]]


def test_a_refused_file_fails_its_job_with_the_reason(jobs_client, engine, make_port, make_token):
    port = make_port()
    token = make_token("engineer", port)
    vrt = b'<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/etc/passwd'
    vrt += b"</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>"
    resp = jobs_client.post(
        f"/api/v1/imports/vector?port={port.code}",
        headers=auth(token),
        files={"file": ("quays.geojson", vrt)},
    )
    assert resp.status_code == 202
    job = finished(jobs_client, token, resp.json()["id"])
    assert job["status"] == "failed" and "OGR VRT" in job["message"]
    assert "quays.geojson" in job["message"] and "root:" not in str(job)
    with session_scope(engine) as session:
        count = session.scalar(
            text("SELECT count(*) FROM facility WHERE port_id = :p"), {"p": port.id}
        )
    assert count == 0

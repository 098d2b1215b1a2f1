"""BIM models in the twin (issue 5): upload → background job → elements, footprints, GLB,
placement and links, against a real worker process, PostGIS and the five shared IFC files."""

from __future__ import annotations

import math
import os
import signal
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bim_helpers import elements, imported, upload, wait_for_job
from conftest import SHARED, PortFixture
from fastapi.testclient import TestClient
from helpers import auth, run_cli
from helpers import quay as quay_body
from ifc_samples import block, blocks_model, marine_facility, new_model, pset
from pyproj import Transformer
from shapely.geometry import shape
from sqlalchemy import Engine, func, select

from assets.bim.models import BimElement, BimModel
from assets.models import Facility
from kernel.database import session_scope
from kernel.jobs import Job

IFC_DIR = SHARED / "ifc"
UTM_SAMPLE = IFC_DIR / "ifc43-sample__geographic-referencing-utm.ifc"
HOUSE = IFC_DIR / "IfcOpenHouse_IFC4.ifc"
QUAY_1 = IFC_DIR / "infra-unit-test__SpatialStructure-5-1.ifc"
QUAY_2 = IFC_DIR / "infra-unit-test__SpatialStructure-5-2.ifc"
SHIPYARD = IFC_DIR / "infra-unit-test__SpatialStructure-6-2.ifc"


def rows_in_port(engine: Engine, table: Any, port: PortFixture) -> int:
    with session_scope(engine) as session:
        count = session.scalar(
            select(func.count()).select_from(table).where(table.port_id == port.id)
        )
    return int(count or 0)


def test_georeferenced_sample_imports_in_a_worker_and_lands_where_pyproj_says(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port = make_port(metric_epsg=25832, country="DE")
    token = make_token("engineer", port)
    code, body = upload(client, token, port.code, UTM_SAMPLE)
    assert code == 202 and body["status"] in ("queued", "running", "ready")
    job = wait_for_job(client, token, body["job"]["id"])
    assert job["status"] == "done" and job["percent"] == 100.0
    assert job["result"]["elements"] == 4 and job["result"]["glb"] is True

    model = client.get(f"/api/v1/bim/models/{body['id']}", headers=auth(token)).json()
    assert model["ifc_schema"] == "IFC4X3_ADD2" and model["element_count"] == 4
    assert model["georef"]["source"] == "file" and model["georef"]["crs"] == 25832

    # the proxy's stored footprint against pyproj, from the file's own numbers: a ±500 mm
    # square rotated by atan2(0.9627, 0.2706) about E 458657.30, N 5438232.25 (mm → m)
    (proxy,) = elements(client, token, body["id"], ifc_class="IfcBuildingElementProxy")
    text = UTM_SAMPLE.read_text()
    start = text.index("IFCMAPCONVERSION(")
    numbers = text[start:].split(")", 1)[0].split(",")[2:]
    east0, north0, _h, a, b = (float(v) for v in numbers[:5])
    a, b = a / math.hypot(a, b), b / math.hypot(a, b)
    to_lonlat = Transformer.from_crs(25832, 4326, always_xy=True)
    got = list(shape(proxy["footprint"]).exterior.coords)
    for x, y in ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)):
        corner = to_lonlat.transform(east0 + a * x - b * y, north0 + b * x + a * y)
        assert min(math.dist(corner, p) for p in got) < 1e-8  # about 1 mm

    glb = client.get(model["glb_url"], headers=auth(token))
    assert glb.status_code == 200 and glb.content[:4] == b"glTF"
    original = client.get(model["file_url"], headers=auth(token))
    assert original.content == UTM_SAMPLE.read_bytes()

    # the same file again is the same model: no second job, no duplicate elements
    code, again = upload(client, token, port.code, UTM_SAMPLE)
    assert code == 200 and again["id"] == body["id"]
    models = client.get("/api/v1/bim/models", params={"port": port.code}, headers=auth(token))
    assert [m["id"] for m in models.json()] == [body["id"]]


def test_every_shared_file_imports_with_elements_footprints_and_glb(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port = make_port()
    token = make_token("engineer", port)
    expected = {
        HOUSE.name: (20, True),  # IFC4 house: walls, slabs, roof …
        UTM_SAMPLE.name: (4, True),
        QUAY_1.name: (6, False),  # the RC3 quay has a spatial structure but no geometry
        QUAY_2.name: (9, True),  # quay wall and strata as bounding boxes
        SHIPYARD.name: (20, True),  # shipyard: 17 bounding boxes
    }
    for name, (count, has_geometry) in expected.items():
        model = imported(client, token, port.code, IFC_DIR / name)
        assert model["element_count"] == count, name
        assert (model["glb_url"] is not None) == has_geometry, name
        with_plan = [e for e in elements(client, token, model["id"]) if e["footprint"] is not None]
        # only a georeferenced model has map footprints before it is placed by hand
        assert len(with_plan) == (1 if name == UTM_SAMPLE.name else 0), name
        if name.startswith("infra-unit-test"):
            assert "IFC4X3_RC3" in model["notes"][0]
        if not has_geometry:
            assert any("no body geometry" in n for n in model["notes"])
        if has_geometry:
            glb = client.get(model["glb_url"], headers=auth(token)).content
            assert glb[:4] == b"glTF" and len(glb) > 1000


def test_refused_files_name_the_reason_and_leave_nothing(
    client: TestClient,
    engine: Engine,
    make_port: Callable[..., PortFixture],
    make_token: Callable[..., str],
    tmp_path: Path,
) -> None:
    port = make_port()
    token = make_token("engineer", port)
    ifc5 = tmp_path / "future.ifc"
    ifc5.write_text(QUAY_1.read_text().replace("IFC4X3_RC3", "IFC5"))
    code, body = upload(client, token, port.code, ifc5)
    assert code == 422 and "future.ifc" in body["detail"] and "IFC5" in body["detail"]

    not_ifc = tmp_path / "notes.ifc"
    not_ifc.write_text("quay wall notes\n")
    code, body = upload(client, token, port.code, not_ifc)
    assert code == 422 and "plain text, not IFC (STEP)" in body["detail"]

    # a file that passes the header check but is damaged fails in the job, writing nothing
    damaged = tmp_path / "damaged.ifc"
    text = HOUSE.read_text()
    damaged.write_text(text.replace("IFCWALL(", "IFCWALLX(", 1))
    code, body = upload(client, token, port.code, damaged)
    assert code == 202
    job = wait_for_job(client, token, body["job"]["id"])
    assert job["status"] == "failed"
    assert "damaged.ifc" in job["message"] and "IFCWALLX" in job["message"]
    model = client.get(f"/api/v1/bim/models/{body['id']}", headers=auth(token)).json()
    assert model["status"] == "failed" and "IFCWALLX" in model["error"]
    assert rows_in_port(engine, BimElement, port) == 0


def test_quay_samples_link_to_registry_facilities_and_links_are_editable(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port = make_port()
    token = make_token("engineer", port)
    quay, other = (
        client.post(
            "/api/v1/facilities",
            json=quay_body(port.code, name_ja=None, name_en=name),
            headers=auth(token),
        ).json()
        for name in ("Quay", "East quay")
    )
    wall = client.post(
        "/api/v1/components",
        json={"facility_id": quay["id"], "component_type": "caisson", "name": "Quay wall"},
        headers=auth(token),
    ).json()

    model = imported(client, token, port.code, QUAY_2)
    links = client.get(f"/api/v1/bim/models/{model['id']}/links", headers=auth(token)).json()
    by_name = {link["name"]: link for link in links["links"]}
    # the IfcMarineFacility 'Quay' matches the registry's quay by name, and its IfcBuiltElement
    # 'Quay Wall' the component of that quay by name
    assert by_name["Quay"]["facility_id"] == quay["id"]
    assert by_name["Quay"]["method"] == "name" and by_name["Quay"]["confidence"] == 0.7
    assert by_name["Quay Wall"]["component_id"] == wall["id"]
    assert links["unlinked_elements"] == []
    assert [f["id"] for f in links["unmodelled_facilities"]] == [other["id"]]

    # 5-1 has the same quay with PredefinedType QUAY: the kind agrees too
    model_1 = imported(client, token, port.code, QUAY_1)
    links_1 = client.get(f"/api/v1/bim/models/{model_1['id']}/links", headers=auth(token)).json()
    (quay_link,) = [link for link in links_1["links"] if link["name"] == "Quay"]
    assert quay_link["confidence"] == 0.8 and "kind quay" in quay_link["detail"]

    # the twin state of the quay names both models and the elements that stand for it
    state = client.get(f"/api/v1/twin/facilities/{quay['id']}", headers=auth(token)).json()
    assert [m["id"] for m in state["bim_models"]] == [model["id"], model_1["id"]]
    assert state["bim_models"][0]["glb_url"].endswith("/model.glb")

    # by hand: move the quay element to the other facility, unlink the wall; re-linking keeps both
    gid = by_name["Quay"]["global_id"]
    url = f"/api/v1/bim/models/{model['id']}/elements/{gid}/link"
    moved = client.put(url, json={"facility_id": other["id"]}, headers=auth(token))
    assert moved.status_code == 200 and moved.json()["method"] == "manual"
    wall_url = f"/api/v1/bim/models/{model['id']}/elements/{by_name['Quay Wall']['global_id']}/link"
    assert client.delete(wall_url, headers=auth(token)).status_code == 204
    relinked = client.post(f"/api/v1/bim/models/{model['id']}/relink", headers=auth(token))
    assert relinked.status_code == 200
    links = client.get(f"/api/v1/bim/models/{model['id']}/links", headers=auth(token)).json()
    by_name = {link["name"]: link for link in links["links"]}
    assert by_name["Quay"]["facility_id"] == other["id"] and by_name["Quay"]["method"] == "manual"
    assert "Quay Wall" not in by_name
    assert [e["name"] for e in links["unlinked_elements"]] == ["Quay Wall"]

    # a component of another facility cannot be forced onto this link
    bad = client.put(
        wall_url,
        json={"facility_id": other["id"], "component_id": wall["id"]},
        headers=auth(token),
    )
    assert bad.status_code == 422 and bad.json()["field"] == "component_id"


def test_shipyard_placed_by_hand_creates_facilities_once(
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
    client: TestClient,
    engine: Engine,
    make_port: Callable[..., PortFixture],
    make_token: Callable[..., str],
) -> None:
    port = make_port(metric_epsg=6677)  # JGD2011 plane zone IX (Tokyo Bay)
    token = make_token("engineer", port)
    args = ["import", "ifc", str(SHIPYARD), "--port", port.code, "--create-facilities"]
    # without a placement nothing can be put on the map: the elements stay unlinked
    result = run_cli(monkeypatch, database_url, *args)
    assert result.exit_code == 0, result.output
    assert "not placed on the map" in result.output
    with session_scope(engine) as session:
        model = session.scalar(select(BimModel).where(BimModel.port_id == port.id))
        assert model is not None
        model_id = model.id

    # placed by hand (X north / Y east are EPSG:6677's axes; the API takes easting, northing)
    east, north, rotation = -5000.0, -42000.0, 90.0
    placed = client.put(
        f"/api/v1/bim/models/{model_id}/placement",
        json={
            "crs": 6677,
            "eastings": east,
            "northings": north,
            "rotation_deg": rotation,
            "create_facilities": True,
        },
        headers=auth(token),
    )
    assert placed.status_code == 200, placed.text
    summary = placed.json()
    # 10 marine facilities; the shipyard itself is a complex, not a facility
    assert summary["by_method"] == {"created": 9} and summary["unlinked"] == 0
    with session_scope(engine) as session:
        kinds = sorted(
            session.scalars(select(Facility.kind).where(Facility.port_id == port.id)).all()
        )
    assert kinds == ["dry_dock"] * 4 + ["pier"] * 3 + ["quay"] * 2

    # Quay 1 is the box x −20…555, y −95…45 m; turned 90° anticlockwise it spans
    # easting east−45…east+95 and northing north−20…north+555 (independent pyproj check)
    (quay_1,) = elements(client, token, str(model_id), q="Quay 1")
    to_lonlat = Transformer.from_crs(6677, 4326, always_xy=False)  # (X north, Y east)
    vertices = list(shape(quay_1["footprint"]).exterior.coords)
    for de, dn in ((-45, -20), (95, -20), (95, 555), (-45, 555)):
        lat, lon = to_lonlat.transform(north + dn, east + de)
        assert min(math.dist((lon, lat), v) for v in vertices) < 1e-8  # about 1 mm
    assert quay_1["link_method"] == "created"
    facility = client.get(f"/api/v1/facilities/{quay_1['facility_id']}", headers=auth(token))
    assert facility.json()["name_en"] == "Quay 1"
    assert {"source": "ifc", "ext_id": quay_1["global_id"]} in facility.json()["external_ids"]

    history = client.get(f"/api/v1/bim/models/{model_id}/placements", headers=auth(token))
    assert [(p["eastings"], p["rotation_deg"]) for p in history.json()] == [(east, rotation)]
    # the import's "place it by hand" is gone once it is placed (issue 15)
    notes = client.get(f"/api/v1/bim/models/{model_id}", headers=auth(token)).json()["notes"]
    assert not any("no georeferencing" in n for n in notes)
    assert any(n.startswith("placed by hand by") and "EPSG:6677" in n for n in notes)

    # importing the file again changes nothing; a re-link creates no second set
    result = run_cli(monkeypatch, database_url, *args)
    assert result.exit_code == 0 and "already imported" in result.output
    relinked = client.post(
        f"/api/v1/bim/models/{model_id}/relink",
        params={"create_facilities": True},
        headers=auth(token),
    ).json()
    assert relinked["by_method"] == {"created": 9}
    assert rows_in_port(engine, Facility, port) == 9


def test_properties_are_queryable_and_scope_is_enforced(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port, elsewhere = make_port(), make_port()
    token = make_token("engineer", port)
    model = imported(client, token, port.code, HOUSE)
    found = elements(client, token, model["id"], property="Pset_SiteCommon.TotalArea", value="400")
    assert [e["ifc_class"] for e in found] == ["IfcSite"]
    none = elements(client, token, model["id"], property="Pset_SiteCommon.TotalArea", value="1")
    assert none == []
    walls = elements(client, token, model["id"], ifc_class="IfcWall")
    assert sorted(w["name"] for w in walls) == [
        "East wall",
        "North wall",
        "South wall",
        "West wall",
    ]

    viewer = make_token("viewer", port)
    assert client.get(f"/api/v1/bim/models/{model['id']}", headers=auth(viewer)).status_code == 200
    assert upload(client, viewer, port.code, QUAY_1)[0] == 403
    outsider = make_token("engineer", elsewhere)
    for url in (
        f"/api/v1/bim/models/{model['id']}",
        f"/api/v1/bim/models/{model['id']}/elements",
        f"/api/v1/bim/models/{model['id']}/model.glb",
        f"/api/v1/jobs/{model['job']['id']}",
    ):
        assert client.get(url, headers=auth(outsider)).status_code == 404, url
    assert client.get(f"/api/v1/bim/models/{model['id']}").status_code == 401
    unknown = client.get(f"/api/v1/bim/models/{uuid.uuid4()}", headers=auth(token))
    assert unknown.status_code == 404


def test_progress_is_visible_while_the_worker_runs_and_a_killed_worker_is_reported(
    client: TestClient,
    engine: Engine,
    make_port: Callable[..., PortFixture],
    make_token: Callable[..., str],
    tmp_path: Path,
) -> None:
    port = make_port()
    token = make_token("engineer", port)
    big = blocks_model(1500, tmp_path / "SYNTHETIC-1500.ifc")
    code, body = upload(client, token, port.code, big)
    assert code == 202
    seen = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job = client.get(f"/api/v1/jobs/{body['job']['id']}", headers=auth(token)).json()
        seen.append((job["status"], job["stage"], job["done"], job["total"]))
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert job["status"] == "done" and job["result"]["elements"] == 1502
    # the server answered while the model was meshed in the worker, with partial progress
    partial = [s for s in seen if s[0] == "running" and s[3] and 0 < s[2] < s[3]]
    assert partial, seen
    assert {s[1] for s in partial} <= {"geometry", "saving"}

    # a worker that dies (killed, out of memory) is reported, not left "running" for ever
    other = blocks_model(1600, tmp_path / "SYNTHETIC-1600.ifc")
    code, body = upload(client, token, port.code, other)
    job_id = body["job"]["id"]
    deadline = time.monotonic() + 60
    while True:
        job = client.get(f"/api/v1/jobs/{job_id}", headers=auth(token)).json()
        if job["status"] == "running" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert job["status"] == "running"
    with session_scope(engine) as session:
        pid = session.scalar(select(Job.worker_pid).where(Job.id == uuid.UUID(job_id)))
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    job = client.get(f"/api/v1/jobs/{job_id}", headers=auth(token)).json()
    assert job["status"] == "failed" and "worker process stopped" in job["message"]
    model = client.get(f"/api/v1/bim/models/{body['id']}", headers=auth(token)).json()
    assert model["status"] == "failed" and model["element_count"] is None


def test_ledger_number_and_overlap_links(
    client: TestClient,
    make_port: Callable[..., PortFixture],
    make_token: Callable[..., str],
    tmp_path: Path,
) -> None:
    port = make_port(metric_epsg=6677)
    token = make_token("engineer", port)
    by_ledger = client.post(
        "/api/v1/facilities", json=quay_body(port.code, ledger_no="K-12-001"), headers=auth(token)
    ).json()
    # a breakwater 500 m north, whose outline the second model element covers
    north = {"type": "LineString", "coordinates": [[139.74, 35.4945], [139.741, 35.4945]]}
    breakwater_body = quay_body(
        port.code, kind="breakwater", name_ja="北防波堤", name_en=None, geometry=north
    )
    by_place = client.post("/api/v1/facilities", json=breakwater_body, headers=auth(token)).json()
    model, body, site = new_model()
    quay = marine_facility(model, site, "Berth 1")
    pset(model, quay, "JP_PortLedger", {"台帳番号": "K-12-001"})
    breakwater = marine_facility(model, site, "North breakwater", "BREAKWATER")
    to_plane = Transformer.from_crs(4326, 6677, always_xy=True)
    (x0, x1), (y0, _) = to_plane.transform([139.74, 139.741], [35.4945, 35.4945])
    block(model, body, breakwater, "crest", (x0, y0 - 4), (x1 - x0, 8.0, 2.0))
    path = tmp_path / "ledger-and-place.ifc"
    model.write(str(path))

    placed = imported(
        client, token, port.code, path, crs=6677, eastings=0.0, northings=0.0, rotation_deg=0.0
    )
    links = client.get(f"/api/v1/bim/models/{placed['id']}/links", headers=auth(token)).json()
    by_name = {link["name"]: link for link in links["links"]}
    assert by_name["Berth 1"]["facility_id"] == by_ledger["id"]
    assert by_name["Berth 1"]["method"] == "ledger_no" and by_name["Berth 1"]["confidence"] == 0.9
    assert by_name["North breakwater"]["facility_id"] == by_place["id"]
    assert by_name["North breakwater"]["method"] == "overlap"
    assert "footprint 100% on the facility" in by_name["North breakwater"]["detail"]
    # the block is a component (type "other") of a facility that has none: it stays unlinked
    assert [e["name"] for e in links["unlinked_elements"]] == ["crest"]


def test_a_model_can_be_removed_by_an_editor_only(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port = make_port()
    token, viewer = make_token("engineer", port), make_token("viewer", port)
    model = imported(client, token, port.code, QUAY_2)
    url = f"/api/v1/bim/models/{model['id']}"
    assert client.delete(url, headers=auth(viewer)).status_code == 403
    assert client.delete(url, headers=auth(token)).status_code == 204
    assert client.get(url, headers=auth(token)).status_code == 404
    assert client.get(f"{url}/elements", headers=auth(token)).status_code == 404
    # the same file can then be imported again, as a new model
    again = imported(client, token, port.code, QUAY_2)
    assert again["id"] != model["id"] and again["element_count"] == 9


def test_quay_sample_placed_creates_its_facility_and_component(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port = make_port(metric_epsg=6677)
    token = make_token("engineer", port)
    model = imported(
        client,
        token,
        port.code,
        QUAY_2,
        create_facilities=True,
        crs=6677,
        eastings=-5000.0,
        northings=-42000.0,
    )
    links = client.get(f"/api/v1/bim/models/{model['id']}/links", headers=auth(token)).json()
    by_name = {link["name"]: link for link in links["links"]}
    assert by_name["Quay"]["method"] == "created"
    wall = by_name["Quay Wall"]
    assert wall["method"] == "created" and wall["facility_id"] == by_name["Quay"]["facility_id"]
    component = client.get(f"/api/v1/components/{wall['component_id']}", headers=auth(token))
    assert component.json()["name"] == "Quay Wall"
    assert component.json()["geometry"]["type"] in ("Polygon", "MultiPolygon")
    facility = client.get(
        f"/api/v1/facilities/{by_name['Quay']['facility_id']}", headers=auth(token)
    )
    # the RC3 quay has no PredefinedType: a marine facility of kind "other", named from the model
    assert facility.json()["kind"] == "other" and facility.json()["name_en"] == "Quay"


def test_bad_placements_are_refused_with_the_field(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port = make_port()
    token = make_token("engineer", port)
    code, body = upload(client, token, port.code, QUAY_1, crs=6677)  # no eastings/northings
    assert code == 422 and body["field"] == "crs" and "together" in body["detail"]
    model = imported(client, token, port.code, QUAY_1)
    url = f"/api/v1/bim/models/{model['id']}/placement"
    geographic = client.put(
        url, json={"crs": 4326, "eastings": 139.7, "northings": 35.5}, headers=auth(token)
    )
    assert geographic.status_code == 422 and geographic.json()["field"] == "crs"
    assert "projected CRS in metres" in geographic.json()["detail"]
    unknown = client.put(
        url, json={"crs": 999999, "eastings": 0, "northings": 0}, headers=auth(token)
    )
    assert unknown.status_code == 422 and unknown.json()["field"] == "crs"
    listed = client.get(f"/api/v1/bim/models/{model['id']}/placements", headers=auth(token))
    assert listed.json() == []  # nothing refused was recorded


def test_ifczip_uploads_are_unpacked(
    client: TestClient,
    make_port: Callable[..., PortFixture],
    make_token: Callable[..., str],
    tmp_path: Path,
) -> None:
    import zipfile

    port = make_port()
    token = make_token("engineer", port)
    packed = tmp_path / "quay.ifczip"
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(QUAY_1, QUAY_1.name)
    model = imported(client, token, port.code, packed)
    assert model["file_name"] == QUAY_1.name and model["element_count"] == 6
    # the stored file is the IFC itself: uploading it unzipped is the same model
    code, again = upload(client, token, port.code, QUAY_1)
    assert code == 200 and again["id"] == model["id"]

    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as zf:
        zf.write(QUAY_1, "a.ifc")
        zf.write(QUAY_2, "b.ifc")
    code, body = upload(client, token, port.code, two)
    assert code == 422 and "holds 2 .ifc files" in body["detail"]

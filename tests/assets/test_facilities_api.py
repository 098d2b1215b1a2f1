"""The facilities REST API against the real database: CRUD, filters, history, errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from helpers import auth, quay
from pyproj import Transformer

from assets.schemas import FacilityPublic, HistoryEntry, Page


@pytest.fixture
def port(make_port):
    return make_port()


@pytest.fixture
def engineer(make_token, port):
    return make_token("engineer", port)


def create(client: TestClient, token: str, body: dict) -> dict:
    resp = client.post("/api/v1/facilities", json=body, headers=auth(token))
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_created_facility_reads_back_with_derived_category_and_measured_length(
    client, port, engineer
):
    body = quay(
        port.code,
        ledger_no="K-001",
        structure_type="caisson",
        design_depth={"value": -12.0, "datum": "CDL"},
        crown_height={"value": 4.0, "datum": "CDL"},
        construction_year=1975,
        external_ids=[{"source": "ledger", "ext_id": "001"}],
    )
    created = create(client, engineer, body)
    resp = client.get(f"/api/v1/facilities/{created['id']}", headers=auth(engineer))
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "application/json"
    facility = FacilityPublic.model_validate(resp.json())
    assert facility.category == "mooring"
    assert facility.port_code == port.code
    assert facility.design_depth is not None and facility.design_depth.datum == "CDL"
    assert facility.external_ids[0].ext_id == "001"
    # 0.0022° of longitude at 35.49° N is about 199.4 m; measured in EPSG:6677
    assert facility.measured.length_m == pytest.approx(199.4, abs=0.5)
    assert facility.version == 1


def test_list_filters_by_kind_text_bbox_and_pages(client, port, engineer):
    create(client, engineer, quay(port.code, ledger_no="A-1"))
    create(client, engineer, quay(port.code, ledger_no="A-2", name_en="Higashi Quay"))
    create(
        client,
        engineer,
        quay(
            port.code,
            ledger_no="B-1",
            kind="breakwater",
            name_en="North breakwater",
            name_ja="北防波堤",
            geometry={"type": "LineString", "coordinates": [[139.80, 35.50], [139.81, 35.50]]},
        ),
    )
    get = lambda **q: Page[FacilityPublic].model_validate(  # noqa: E731
        client.get("/api/v1/facilities", params={"port": port.code, **q}, headers=auth(engineer))
        .raise_for_status()
        .json()
    )
    assert get().total == 3
    assert [f.ledger_no for f in get(kind="breakwater").items] == ["B-1"]
    assert [f.ledger_no for f in get(q="higashi").items] == ["A-2"]
    assert get(q="千鳥町").total == 2
    assert get(bbox="139.79,35.49,139.82,35.51").total == 1
    page = get(limit=2, offset=2)
    assert (page.total, len(page.items), page.offset) == (3, 1, 2)
    assert get(q="100%").total == 0  # wildcard characters are literal


def test_update_keeps_history_and_as_of_reads_the_old_version(client, port, engineer):
    created = create(client, engineer, quay(port.code, ledger_no="H-1"))
    before = datetime.now(UTC)
    resp = client.patch(
        f"/api/v1/facilities/{created['id']}",
        json={"name_en": "Renamed quay", "status": "restricted"},
        headers=auth(engineer),
    )
    assert resp.status_code == 200
    assert resp.json()["version"] == 2
    history = [
        HistoryEntry.model_validate(h)
        for h in client.get(
            f"/api/v1/facilities/{created['id']}/history", headers=auth(engineer)
        ).json()
    ]
    assert [(h.version, h.op) for h in history] == [(1, "insert"), (2, "update")]
    assert history[0].valid_to == history[1].valid_from
    assert history[1].actor.startswith("engineer-")
    old = client.get(
        f"/api/v1/facilities/{created['id']}",
        params={"as_of": before.isoformat()},
        headers=auth(engineer),
    ).json()
    assert (old["name_en"], old["status"], old["version"]) == (
        "Chidoricho Quay No. 1",
        "in_service",
        1,
    )
    listed = client.get(
        "/api/v1/facilities",
        params={"port": port.code, "as_of": before.isoformat()},
        headers=auth(engineer),
    ).json()
    assert [f["name_en"] for f in listed["items"]] == ["Chidoricho Quay No. 1"]


def test_deleted_facility_disappears_but_stays_readable_as_of_before(client, port, engineer):
    created = create(client, engineer, quay(port.code))
    before = datetime.now(UTC).isoformat()
    url = f"/api/v1/facilities/{created['id']}"
    assert client.delete(url, headers=auth(engineer)).status_code == 204
    assert client.get(url, headers=auth(engineer)).status_code == 404
    assert client.get(url, params={"as_of": before}, headers=auth(engineer)).status_code == 200
    after = datetime.now(UTC).isoformat()
    assert client.get(url, params={"as_of": after}, headers=auth(engineer)).status_code == 404
    ops = [h["op"] for h in client.get(url + "/history", headers=auth(engineer)).json()]
    assert ops == ["insert", "delete"]


def test_duplicate_ledger_number_in_a_port_is_a_conflict(client, port, engineer):
    create(client, engineer, quay(port.code, ledger_no="DUP-1"))
    resp = client.post(
        "/api/v1/facilities", json=quay(port.code, ledger_no="DUP-1"), headers=auth(engineer)
    )
    assert resp.status_code == 409
    assert resp.json()["field"] == "ledger_no"


def test_unknown_kind_is_refused_naming_the_field(client, port, engineer):
    resp = client.post(
        "/api/v1/facilities", json=quay(port.code, kind="castle"), headers=auth(engineer)
    )
    assert resp.status_code == 422
    assert resp.json()["field"] == "kind"
    assert "quay" in resp.json()["detail"]


def test_height_without_known_datum_is_refused(client, port, engineer):
    body = quay(port.code, crown_height={"value": 3.0, "datum": "XYZ"})
    resp = client.post("/api/v1/facilities", json=body, headers=auth(engineer))
    assert resp.status_code == 422
    assert resp.json()["field"] == "crown_height.datum"
    bare = quay(port.code, crown_height=3.0)
    assert client.post("/api/v1/facilities", json=bare, headers=auth(engineer)).status_code == 422


def count(client, token, port_code) -> int:
    return client.get("/api/v1/facilities", params={"port": port_code}, headers=auth(token)).json()[
        "total"
    ]


def test_self_intersecting_polygon_is_refused_with_reason_and_nothing_written(
    client, port, engineer
):
    bowtie = {
        "type": "Polygon",
        "coordinates": [
            [[139.74, 35.49], [139.75, 35.50], [139.75, 35.49], [139.74, 35.50], [139.74, 35.49]]
        ],
    }
    resp = client.post(
        "/api/v1/facilities",
        json=quay(port.code, kind="cargo_yard", geometry=bowtie),
        headers=auth(engineer),
    )
    assert resp.status_code == 422
    body = resp.json()
    assert "Self-intersection" in body["detail"]
    assert body["field"] == "geometry"
    assert body["location"] == pytest.approx([139.745, 35.495])
    assert count(client, engineer, port.code) == 0


def test_unknown_crs_is_refused(client, port, engineer):
    resp = client.post(
        "/api/v1/facilities", json=quay(port.code, crs=999999), headers=auth(engineer)
    )
    assert resp.status_code == 422
    assert "EPSG:999999" in resp.json()["detail"]


def test_swapped_latitude_and_longitude_are_caught(client, port, engineer):
    swapped = {"type": "Point", "coordinates": [35.49, 139.74]}
    resp = client.post(
        "/api/v1/facilities",
        json=quay(port.code, kind="crane", geometry=swapped, crs=6668),
        headers=auth(engineer),
    )
    assert resp.status_code == 422
    assert "swapped" in resp.json()["detail"]
    assert count(client, engineer, port.code) == 0


def test_plane_zone_ix_and_jgd2011_inputs_land_where_pyproj_says(client, port, engineer):
    lon, lat = 139.7412, 35.4931
    x, y = Transformer.from_crs(6668, 6677, always_xy=True).transform(lon, lat)
    expected = Transformer.from_crs(6668, 4326, always_xy=True).transform(lon, lat)
    results = []
    for geometry, crs in (
        ({"type": "Point", "coordinates": [x, y]}, 6677),
        ({"type": "Point", "coordinates": [lon, lat]}, 6668),
    ):
        created = create(
            client, engineer, quay(port.code, kind="crane", geometry=geometry, crs=crs)
        )
        results.append(created["geometry"]["coordinates"])
    for coords in results:
        assert coords == pytest.approx(list(expected), abs=1e-8)


def test_request_body_with_unknown_field_is_refused(client, port, engineer):
    resp = client.post(
        "/api/v1/facilities", json=quay(port.code, colour="red"), headers=auth(engineer)
    )
    assert resp.status_code == 422

"""Authorities and ports: creation by a global admin, boundaries, datum offsets, history."""

from __future__ import annotations

import secrets

import pytest
from helpers import auth

from assets.schemas import AuthorityPublic, PortPublic


@pytest.fixture
def admin(make_token):
    return make_token("admin", all_ports=True)


def new_authority(client, admin) -> AuthorityPublic:
    code = "a-" + secrets.token_hex(4)
    resp = client.post(
        "/api/v1/authorities",
        json={"code": code, "name_ja": "横浜市", "country": "JP"},
        headers=auth(admin),
    )
    assert resp.status_code == 201, resp.text
    return AuthorityPublic.model_validate(resp.json())


def port_body(authority_id, **extra):
    code = "P" + secrets.token_hex(3).upper()
    body = {
        "authority_id": str(authority_id),
        "code": code,
        "name_ja": "横浜港",
        "name_en": "Port of Yokohama",
        "port_class": "international_strategic",
        "country": "JP",
        "metric_epsg": 6677,
    }
    return body | extra


def test_port_with_boundary_and_datum_offset_reads_back(client, admin):
    authority = new_authority(client, admin)
    boundary = {
        "type": "Polygon",
        "coordinates": [
            [[139.63, 35.43], [139.70, 35.43], [139.70, 35.48], [139.63, 35.48], [139.63, 35.43]]
        ],
    }
    datum = {
        "datum": "DL",
        "reference": "TP",
        "offset_m": -1.090,
        "valid_from": "1900-01-01",
        "source": "Yokohama D.L. = T.P. -1.090 m",
    }
    resp = client.post(
        "/api/v1/ports",
        json=port_body(authority.id, boundary=boundary, datums=[datum]),
        headers=auth(admin),
    )
    assert resp.status_code == 201, resp.text
    port = PortPublic.model_validate(resp.json())
    assert port.boundary is not None and port.boundary["type"] == "MultiPolygon"
    assert port.datums[0].offset_m == -1.090
    got = client.get(f"/api/v1/ports/{port.code}", headers=auth(admin)).json()
    assert got["id"] == str(port.id)


def test_port_needs_a_metric_crs(client, admin):
    authority = new_authority(client, admin)
    resp = client.post(
        "/api/v1/ports", json=port_body(authority.id, metric_epsg=4326), headers=auth(admin)
    )
    assert resp.status_code == 422
    assert resp.json()["field"] == "metric_epsg"


def test_port_boundary_must_be_polygonal(client, admin):
    authority = new_authority(client, admin)
    line = {"type": "LineString", "coordinates": [[139.6, 35.4], [139.7, 35.5]]}
    resp = client.post(
        "/api/v1/ports", json=port_body(authority.id, boundary=line), headers=auth(admin)
    )
    assert resp.status_code == 422
    assert resp.json()["field"] == "boundary"


def test_unknown_port_class_and_duplicate_code_are_refused(client, admin):
    authority = new_authority(client, admin)
    resp = client.post(
        "/api/v1/ports", json=port_body(authority.id, port_class="mega"), headers=auth(admin)
    )
    assert resp.status_code == 422
    body = port_body(authority.id)
    assert client.post("/api/v1/ports", json=body, headers=auth(admin)).status_code == 201
    assert client.post("/api/v1/ports", json=body, headers=auth(admin)).status_code == 409


def test_port_update_by_port_admin_is_kept_in_history(client, admin, make_token):
    authority = new_authority(client, admin)
    port = client.post("/api/v1/ports", json=port_body(authority.id), headers=auth(admin)).json()
    from conftest import PortFixture

    port_admin = make_token(
        "admin", PortFixture(id=port["id"], code=port["code"], metric_epsg=6677)
    )
    viewer = make_token("viewer", PortFixture(id=port["id"], code=port["code"], metric_epsg=6677))
    url = f"/api/v1/ports/{port['code']}"
    assert client.patch(url, json={"jp_port_code": "X"}, headers=auth(viewer)).status_code == 403
    resp = client.patch(url, json={"jp_port_code": "1234"}, headers=auth(port_admin))
    assert resp.status_code == 200
    history = client.get(url + "/history", headers=auth(port_admin)).json()
    assert [h["version"] for h in history] == [1, 2]
    assert history[1]["data"]["jp_port_code"] == "1234"


def test_authority_list_is_scoped(client, admin, make_port, make_token):
    port = make_port()
    viewer = make_token("viewer", port)
    codes = [a["code"] for a in client.get("/api/v1/authorities", headers=auth(viewer)).json()]
    assert codes == [f"auth-{port.code}"]


def test_code_lists_are_served_with_both_languages(client, make_port, make_token):
    token = make_token("viewer", make_port())
    names = client.get("/api/v1/codelists", headers=auth(token)).json()
    assert {"facility_kind", "structure_type", "component_type", "port_class"} <= set(names)
    kinds = client.get("/api/v1/codelists/facility_kind", headers=auth(token)).json()
    quay = next(c for c in kinds["codes"] if c["code"] == "quay")
    assert (quay["name_ja"], quay["extra"]["ifc"]) == ("岸壁", "IfcMarineFacility.QUAY")
    assert client.get("/api/v1/codelists/nope", headers=auth(token)).status_code == 404

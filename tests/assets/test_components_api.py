"""Components of a facility: create, list, update with history, scope."""

from __future__ import annotations

from helpers import auth, quay

from assets.schemas import ComponentPublic, Page


def test_components_are_created_listed_and_versioned(client, make_port, make_token):
    port = make_port()
    engineer = make_token("engineer", port)
    facility = client.post(
        "/api/v1/facilities", json=quay(port.code), headers=auth(engineer)
    ).json()
    for span in ("1", "2"):
        resp = client.post(
            "/api/v1/components",
            json={
                "facility_id": facility["id"],
                "component_type": "superstructure",
                "span": span,
                "chainage_from_m": (int(span) - 1) * 20.0,
                "chainage_to_m": int(span) * 20.0,
                "exposure": "splash",
            },
            headers=auth(engineer),
        )
        assert resp.status_code == 201, resp.text
    page = Page[ComponentPublic].model_validate(
        client.get(
            "/api/v1/components", params={"facility_id": facility["id"]}, headers=auth(engineer)
        ).json()
    )
    assert [c.span for c in page.items] == ["1", "2"]
    first = page.items[0]
    resp = client.patch(
        f"/api/v1/components/{first.id}", json={"exposure": "tidal"}, headers=auth(engineer)
    )
    assert resp.json()["version"] == 2
    history = client.get(f"/api/v1/components/{first.id}/history", headers=auth(engineer)).json()
    assert [h["data"]["exposure"] for h in history] == ["splash", "tidal"]


def test_component_refuses_bad_type_and_reversed_chainage(client, make_port, make_token):
    port = make_port()
    engineer = make_token("engineer", port)
    facility = client.post(
        "/api/v1/facilities", json=quay(port.code), headers=auth(engineer)
    ).json()
    bad_type = {"facility_id": facility["id"], "component_type": "gargoyle"}
    resp = client.post("/api/v1/components", json=bad_type, headers=auth(engineer))
    assert (resp.status_code, resp.json()["field"]) == (422, "component_type")
    reversed_ = {
        "facility_id": facility["id"],
        "component_type": "fender",
        "chainage_from_m": 30,
        "chainage_to_m": 10,
    }
    resp = client.post("/api/v1/components", json=reversed_, headers=auth(engineer))
    assert (resp.status_code, resp.json()["field"]) == (422, "chainage_to_m")


def test_component_of_another_port_is_not_found(client, make_port, make_token):
    a, b = make_port(), make_port()
    engineer_b = make_token("engineer", b)
    facility_b = client.post(
        "/api/v1/facilities", json=quay(b.code), headers=auth(engineer_b)
    ).json()
    component = client.post(
        "/api/v1/components",
        json={"facility_id": facility_b["id"], "component_type": "fender"},
        headers=auth(engineer_b),
    ).json()
    engineer_a = make_token("engineer", a)
    assert (
        client.get(f"/api/v1/components/{component['id']}", headers=auth(engineer_a)).status_code
        == 404
    )
    resp = client.post(
        "/api/v1/components",
        json={"facility_id": facility_b["id"], "component_type": "fender"},
        headers=auth(engineer_a),
    )
    assert resp.status_code == 404
    listed = client.get("/api/v1/components", headers=auth(engineer_a)).json()
    assert listed["total"] == 0

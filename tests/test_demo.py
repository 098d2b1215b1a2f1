"""The demo twin loads real open data, is idempotent, and its tokens work."""

from __future__ import annotations

import pytest
from helpers import auth
from sqlalchemy import func, select

from assets.models import RegistryHistory
from kernel.database import session_scope
from twin.demo import load_demo


@pytest.fixture(scope="module")
def demo_tokens(engine, demo):
    with session_scope(engine) as session:
        history_before = session.scalar(select(func.count()).select_from(RegistryHistory))
        tokens = load_demo(session)  # second run: nothing new
    with session_scope(engine) as session:
        history_after = session.scalar(select(func.count()).select_from(RegistryHistory))
    assert history_after == history_before
    return {name: token for name, (_, _, token) in tokens.items()}


def facilities(client, token, **params):
    resp = client.get("/api/v1/facilities", params={"limit": 1000, **params}, headers=auth(token))
    assert resp.status_code == 200, resp.text
    return resp.json()["items"]


def test_the_osm_extract_gives_nice_its_16_quays_and_monaco_its_piers_and_breakwater(
    client, demo_tokens
):
    token = demo_tokens["demo-engineer"]
    quays = facilities(client, token, port="FRNCE", kind="quay")
    assert len(quays) == 16
    assert sum(1 for q in quays if q["name_en"]) == 15
    assert all(q["external_ids"][0]["source"] == "osm" for q in quays)
    assert facilities(client, token, port="MCMON", kind="quay") == []
    [breakwater] = facilities(client, token, port="MCMON", kind="breakwater")
    assert breakwater["name_en"] == "Digue Croisières"
    assert "name" in breakwater["attributes"]["osm_recognised_by"]
    piers = facilities(client, token, port="MCMON", kind=["pier", "floating_pier"])
    assert len(piers) == 27
    assert len(facilities(client, token, port="MCMON", kind="crane")) == 4


def test_invented_values_are_marked_synthetic(client, demo_tokens):
    token = demo_tokens["demo-inspector"]
    [docks] = facilities(client, token, port="FRNCE", q="Quai des Docks")
    assert docks["structure_type"] == "caisson"
    assert {"structure_type", "design_depth", "construction_year"} <= set(docks["synthetic"])
    components = client.get(
        "/api/v1/components", params={"facility_id": docks["id"]}, headers=auth(token)
    ).json()
    assert components["total"] == 20
    assert all(c["synthetic"] for c in components["items"])


def test_geraldton_breakwaters_carry_crest_height_with_datum(client, demo_tokens):
    token = demo_tokens["demo-engineer"]
    breakwaters = facilities(client, token, port="AUGET")
    assert len(breakwaters) == 7
    assert all(b["crown_height"]["datum"] == "MSL" for b in breakwaters)
    assert all(b["crown_height"]["value"] > 0 for b in breakwaters)


def test_kawasaki_port_has_the_plateau_port_zone_boundary(client, demo_tokens):
    port = client.get("/api/v1/ports/JPKWS", headers=auth(demo_tokens["kawasaki-engineer"])).json()
    assert port["boundary"]["type"] == "MultiPolygon"
    assert len(port["boundary"]["coordinates"]) == 2
    lon, lat = port["boundary"]["coordinates"][0][0][0]
    assert 139.6 < lon < 139.8 and 35.4 < lat < 35.6  # lon/lat, not the file's lat/lon
    assert port["port_class"] == "international_strategic"


def test_demo_users_are_scoped(client, demo_tokens):
    assert (
        client.get("/api/v1/ports/AUGET", headers=auth(demo_tokens["demo-viewer"])).status_code
        == 404
    )
    codes = {
        p["code"]
        for p in client.get("/api/v1/ports", headers=auth(demo_tokens["demo-admin"])).json()
    }
    assert {"MCMON", "FRNCE", "AUGET", "JPKWS"} <= codes

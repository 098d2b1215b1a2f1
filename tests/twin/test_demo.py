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
    assert all(q["ledger_no"].startswith("NC-Q-") and "ledger_no" in q["synthetic"] for q in quays)
    assert facilities(client, token, port="MCMON", kind="quay") == []
    [breakwater] = facilities(client, token, port="MCMON", kind="breakwater")
    assert breakwater["name_en"] == "Digue Croisières"
    assert breakwater["attributes"]["osm_recognised_by"].startswith("name 'Digue Croisières'")
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
    heights = sorted(b["crown_height"]["value"] for b in breakwaters)
    assert heights[0] > 0
    first = next(
        b for b in breakwaters if b["attributes"]["crest_profile_file"] == "geraldton1.csv"
    )
    assert first["crown_height"]["value"] == 5.1  # the highest z of geraldton1.csv
    assert first["attributes"]["crest_profile_points"] == 76


def test_numazu_revetment_comes_from_plateau_with_its_tp_height(client, demo_tokens):
    [revetment] = facilities(client, demo_tokens["demo-engineer"], port="JPNUMAZU")
    assert revetment["kind"] == "revetment"
    assert revetment["name_ja"] == "護岸（本堤）"
    assert revetment["crown_height"]["datum"] == "TP"
    assert revetment["crown_height"]["value"] == pytest.approx(8.723, abs=0.001)
    assert revetment["manager"] == "静岡県"
    assert revetment["external_ids"][0]["ext_id"] == "cons_9613a2c7-dd87-4e50-8d06-194519d40c82"


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
    assert {"MCMON", "FRNCE", "AUGET", "JPKWS", "JPNUMAZU"} <= codes

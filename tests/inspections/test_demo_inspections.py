"""The demo's synthetic inspection history: grades on the map, overdue facilities, events,
verification and reports."""

from __future__ import annotations

import io

import httpx
from helpers import auth
from openpyxl import load_workbook
from sqlalchemy import select, text

from assets.models import Port
from inspections.integrity import verify
from kernel.database import session_scope
from kernel.files import file_store


def demo_port_ids(engine):
    with session_scope(engine) as session:
        return list(
            session.scalars(select(Port.id).where(Port.code.in_(["MCMON", "FRNCE", "AUGET"])))
        )


def test_demo_history_verifies_and_a_direct_update_is_detected(engine, superuser_engine, demo):
    ports = demo_port_ids(engine)
    with session_scope(engine) as session:
        report = verify(session, file_store(), ports)
        finding = session.execute(
            text(
                "SELECT f.id, f.grade, i.id FROM finding f "
                "JOIN inspection i ON i.id = f.inspection_id "
                "WHERE i.status = 'submitted' AND i.synthetic ORDER BY f.id LIMIT 1"
            )
        ).one()
    assert report.ok and report.records_checked > 100

    def set_grade(grade):
        with session_scope(superuser_engine) as session:
            session.execute(text("SET LOCAL session_replication_role = replica"))
            session.execute(
                text("UPDATE finding SET grade = :g WHERE id = :id"), {"g": grade, "id": finding[0]}
            )

    set_grade("a" if finding[1] != "a" else "d")
    with session_scope(engine) as session:
        broken = verify(session, file_store(), ports)
    assert [str(f.inspection_id) for f in broken.failures] == [str(finding[2])]
    set_grade(finding[1])
    with session_scope(engine) as session:
        assert verify(session, file_store(), ports).ok


def test_demo_has_overdue_facilities(client, demo):
    rows = client.get(
        "/api/v1/schedules/overdue", params={"port": "FRNCE"}, headers=auth(demo["demo-inspector"])
    ).json()
    general = [r for r in rows if r["inspection_type"] == "general_periodic"]
    assert general and all(r["due"] < "2026-11-26" for r in general if r["due"])
    everywhere = client.get("/api/v1/schedules/overdue", headers=auth(demo["demo-admin"])).json()
    assert {r["port_code"] for r in everywhere} >= {"FRNCE", "MCMON"}


def test_an_earthquake_off_nice_opens_drafts_for_the_nice_quays_only(client, demo):
    resp = client.post(
        "/api/v1/events",
        headers=auth(demo["demo-inspector"]),
        json={
            "kind": "earthquake",
            "name": "demo: M5 off Nice",
            "occurred_at": "2026-11-20T04:00:00Z",
            "epicentre": [7.285, 43.69],
            "radius_km": 5,
        },
    )
    event = resp.json()
    assert event["inspections_created"] == 16  # the Nice quays; Monaco is 12 km away


def test_facility_grades_are_on_the_ogc_facilities_and_findings_collections(
    client, demo, live_server, engine
):
    token = demo["demo-viewer"]
    body = httpx.get(
        f"{live_server}/ogc/collections/facilities/items",
        params={"kind": "pier", "limit": 100},
        headers=auth(token),
    ).json()
    grades = {f["id"]: f["properties"]["grade"] for f in body["features"]}
    with session_scope(engine) as session:
        stored = dict(
            session.execute(
                text(
                    "SELECT facility_id::text, final_grade FROM facility_condition fc "
                    "JOIN facility f ON f.id = fc.facility_id WHERE f.kind = 'pier'"
                )
            ).all()
        )
    assert grades == {fid: stored.get(fid) for fid in grades}
    assert set(grades.values()) & {"A", "B", "C"}
    findings = httpx.get(
        f"{live_server}/ogc/collections/inspection-findings/items",
        params={"limit": 1, "grade": "a"},
        headers=auth(token),
    ).json()
    assert findings["numberMatched"] > 0
    assert findings["features"][0]["geometry"]["type"] == "Point"
    assert findings["features"][0]["properties"]["port_code"] == "MCMON"


def test_inspection_report_of_a_demo_quay(client, demo):
    token = demo["demo-inspector"]
    docks = client.get(
        "/api/v1/facilities", params={"port": "FRNCE", "q": "Quai des Docks"}, headers=auth(token)
    ).json()["items"][0]
    resp = client.get(f"/api/v1/facilities/{docks['id']}/inspection-report", headers=auth(token))
    assert resp.status_code == 200
    book = load_workbook(io.BytesIO(resp.content))
    summary = {r[0]: r[1] for r in book["summary"].iter_rows(min_row=2, values_only=True)}
    condition = client.get(
        f"/api/v1/facilities/{docks['id']}/condition", headers=auth(token)
    ).json()
    assert summary["性能評価 / grade"] == condition["final_grade"]
    assert book["history"].max_row >= 3 and book["findings"].max_row > 10
    # people read names: kinds, structures, components, items, inspection types
    assert summary["種類 / kind"] == "岸壁 / Quay"
    assert summary["構造形式 / structure"].startswith("ケーソン")
    assert summary["点検範囲 / coverage"].startswith("24 / 24")
    findings = list(book["findings"].iter_rows(min_row=2, values_only=True))
    assert "ケーソン / Caisson" in {row[0] for row in findings}
    assert "本体工（ケーソン）の損傷・劣化 / Caisson damage and deterioration" in {
        row[2] for row in findings
    }
    history_types = {row[1] for row in book["history"].iter_rows(min_row=2, values_only=True)}
    assert "一般定期点検診断 / general periodic inspection" in history_types
    codes = {"caisson", "caisson_damage", "general_periodic", "quay", "pavement"}
    every_cell = {c for sheet in book for row in sheet.iter_rows(values_only=True) for c in row}
    assert not codes & every_cell

"""Inspections through the real service layer and database: roll-up, lifecycle, immutability,
tamper evidence, attachments, schedules and extraordinary events."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from helpers import auth, jpeg_with_gps, quay, submit_complete
from PIL import Image
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from test_rollup import VECTORS
from typer.testing import CliRunner

from inspections.integrity import verify
from kernel.database import session_scope
from kernel.files import file_store

ITEM_OF_CLASS = {
    "I": ("face_line_displacement", "superstructure"),
    "II": ("caisson_damage", "caisson"),
    "III": ("fender_damage", "fender"),
}


@pytest.fixture
def port(make_port):
    return make_port()


@pytest.fixture
def engineer(make_token, port):
    return make_token("engineer", port)


@pytest.fixture
def inspector(make_token, port):
    return make_token("inspector", port)


def new_quay(client, token, port, spans=0, component_type="caisson", **extra):
    body = quay(port.code, structure_type="caisson", **extra)
    facility = client.post("/api/v1/facilities", json=body, headers=auth(token)).json()
    components = []
    for span in range(1, spans + 1):
        resp = client.post(
            "/api/v1/components",
            headers=auth(token),
            json={
                "facility_id": facility["id"],
                "component_type": component_type,
                "span": str(span),
            },
        )
        components.append(resp.json())
    return facility, components


def open_inspection(client, token, facility, kind="general_periodic", day="2026-05-12"):
    resp = client.post(
        "/api/v1/inspections",
        headers=auth(token),
        json={
            "facility_id": facility["id"],
            "inspection_type": kind,
            "started_on": day,
            "inspectors": ["山田 太郎"],
            "methods": ["visual_on_foot"],
            "conditions": {
                "tide_level_m": 0.4,
                "tide_datum": "CDL",
                "weather": "晴れ",
                "sea_state": "静穏",
            },
        },
    )
    assert resp.status_code == 201, resp.text
    return resp.json()


@pytest.mark.parametrize(("item_class", "counts", "expected"), VECTORS)
def test_published_vectors_through_the_service_and_database(
    client, port, engineer, item_class, counts, expected
):
    item, ctype = ITEM_OF_CLASS[item_class]
    facility, components = new_quay(client, engineer, port, spans=sum(counts), component_type=ctype)
    grades = [g for g, n in zip("abcd", counts, strict=True) for _ in range(n)]
    record = open_inspection(client, engineer, facility)
    findings = [
        {"item_code": item, "grade": g, "component_id": c["id"]}
        for g, c in zip(grades, components, strict=True)
    ]
    resp = client.post(
        f"/api/v1/inspections/{record['id']}/findings", json=findings, headers=auth(engineer)
    )
    assert resp.status_code == 200, resp.text
    submitted = submit_complete(client, engineer, record["id"])
    assert submitted["computed_grade"] == expected
    condition = client.get(
        f"/api/v1/facilities/{facility['id']}/condition", headers=auth(engineer)
    ).json()
    assert condition["final_grade"] == expected


def test_submitted_record_is_frozen_and_corrected_by_a_chained_revision(
    client, port, engineer, inspector
):
    facility, components = new_quay(client, engineer, port, spans=2)
    record = open_inspection(client, inspector, facility)
    url = f"/api/v1/inspections/{record['id']}"
    client.post(
        f"{url}/findings",
        headers=auth(inspector),
        json=[
            {
                "item_code": "caisson_damage",
                "grade": "c",
                "component_id": components[0]["id"],
                "measurements": {"crack_width_mm": 0.3},
            },
            {"item_code": "caisson_damage", "grade": "d", "component_id": components[1]["id"]},
        ],
    )
    first = submit_complete(client, inspector, record["id"])
    assert (first["status"], first["chain_seq"], first["computed_grade"]) == ("submitted", 1, "C")
    assert first["prev_hash"] == "0" * 64 and len(first["record_hash"]) == 64
    assert client.patch(url, json={"remarks": "x"}, headers=auth(inspector)).status_code == 409
    late = client.post(
        f"{url}/findings",
        headers=auth(inspector),
        json=[{"item_code": "caisson_damage", "grade": "a", "component_id": components[0]["id"]}],
    )
    assert late.status_code == 409
    assert client.post(f"{url}/approve", headers=auth(inspector)).status_code == 403
    approved = client.post(f"{url}/approve", headers=auth(engineer)).json()
    assert approved["status"] == "approved" and approved["record_hash"] == first["record_hash"]

    revision = client.post(f"{url}/revise", headers=auth(inspector)).json()
    graded = [f for f in revision["findings"] if f["grade"]]
    assert revision["revises_id"] == record["id"] and len(graded) == 2
    fix = [{"item_code": "caisson_damage", "grade": "b", "component_id": components[0]["id"]}]
    rurl = f"/api/v1/inspections/{revision['id']}"
    client.delete(f"{rurl}/findings/{revision['findings'][0]['id']}", headers=auth(inspector))
    client.post(f"{rurl}/findings", json=fix, headers=auth(inspector))
    second = submit_complete(client, inspector, revision["id"])
    assert (second["chain_seq"], second["prev_hash"]) == (2, first["record_hash"])
    condition = client.get(
        f"/api/v1/facilities/{facility['id']}/condition", headers=auth(engineer)
    ).json()
    assert condition["last_inspection_id"] == revision["id"]
    assert condition["final_grade"] == "B"


def test_engineer_override_keeps_computed_and_final_grade_with_reason(
    client, port, engineer, inspector
):
    facility, components = new_quay(client, engineer, port, spans=1)
    record = open_inspection(client, inspector, facility)
    url = f"/api/v1/inspections/{record['id']}"
    client.post(
        f"{url}/findings",
        headers=auth(inspector),
        json=[{"item_code": "caisson_damage", "grade": "c", "component_id": components[0]["id"]}],
    )
    submit_complete(client, inspector, record["id"])
    refused = client.post(
        f"{url}/override",
        headers=auth(inspector),
        json={"grade": "A", "reason": "背後の陥没を確認"},
    )
    assert refused.status_code == 403
    done = client.post(
        f"{url}/override", headers=auth(engineer), json={"grade": "A", "reason": "背後の陥没を確認"}
    ).json()
    assert (done["computed_grade"], done["final_grade"]) == ("C", "A")
    assert done["override_reason"] == "背後の陥没を確認"
    condition = client.get(
        f"/api/v1/facilities/{facility['id']}/condition", headers=auth(engineer)
    ).json()
    assert (condition["computed_grade"], condition["final_grade"]) == ("C", "A")


@pytest.mark.parametrize(
    ("finding", "field"),
    [
        ({"item_code": "teleporter", "grade": "b"}, "findings[0].item_code"),
        ({"item_code": "caisson_damage", "grade": "e"}, None),
        (
            {"item_code": "caisson_damage", "grade": "b", "measurements": {"crack_width_mm": -1}},
            "findings[0].measurements.crack_width_mm",
        ),
        (
            {"item_code": "caisson_damage", "grade": "b", "measurements": {"settlement_cm": 3}},
            "findings[0].measurements.settlement_cm",
        ),
        (
            {"item_code": "fender_damage", "grade": "b", "component_type": "caisson"},
            "findings[0].component_type",
        ),
    ],
)
def test_bad_findings_are_refused_naming_the_field(client, port, engineer, finding, field):
    facility, _ = new_quay(client, engineer, port)
    record = open_inspection(client, engineer, facility)
    resp = client.post(
        f"/api/v1/inspections/{record['id']}/findings", json=[finding], headers=auth(engineer)
    )
    assert resp.status_code == 422
    if field:
        assert resp.json()["field"] == field
    body = client.get(f"/api/v1/inspections/{record['id']}", headers=auth(engineer)).json()
    assert body["findings"] == []


def test_the_database_refuses_to_change_a_submitted_finding(client, engine, port, engineer):
    facility, components = new_quay(client, engineer, port, spans=1)
    record = open_inspection(client, engineer, facility)
    url = f"/api/v1/inspections/{record['id']}"
    client.post(
        f"{url}/findings",
        headers=auth(engineer),
        json=[{"item_code": "caisson_damage", "grade": "c", "component_id": components[0]["id"]}],
    )
    submit_complete(client, engineer, record["id"])
    for sql in (
        "UPDATE finding SET grade = 'd' WHERE inspection_id = :id",
        "DELETE FROM finding WHERE inspection_id = :id",
        "UPDATE inspection SET computed_grade = 'D' WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="cannot change"), session_scope(engine) as session:
            session.execute(text(sql), {"id": record["id"]})


def test_photo_exif_position_becomes_the_defect_location(client, port, engineer):
    facility, components = new_quay(client, engineer, port, spans=1)
    record = open_inspection(client, engineer, facility)
    url = f"/api/v1/inspections/{record['id']}"
    finding = client.post(
        f"{url}/findings",
        headers=auth(engineer),
        json=[{"item_code": "caisson_damage", "grade": "b", "component_id": components[0]["id"]}],
    ).json()["findings"][0]
    photo = jpeg_with_gps(139.7411, 35.4905, "2026:05:12 10:31:00")
    resp = client.post(
        f"{url}/attachments",
        headers=auth(engineer),
        files={"file": ("p1.jpg", photo, "image/jpeg")},
        data={"finding_id": finding["id"]},
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["has_location"] and body["taken_at"].startswith("2026-05-12T10:31")
    again = client.post(
        f"{url}/attachments",
        headers=auth(engineer),
        files={"file": ("copy.jpg", photo, "image/jpeg")},
    )
    assert again.json()["id"] == body["id"]
    located = client.get(url, headers=auth(engineer)).json()["findings"][0]["location"]
    assert located["coordinates"] == pytest.approx([139.7411, 35.4905], abs=1e-5)
    gif = io.BytesIO()
    Image.new("RGB", (4, 4)).save(gif, "GIF")
    refused = client.post(
        f"{url}/attachments",
        headers=auth(engineer),
        files={"file": ("x.gif", gif.getvalue(), "image/gif")},
    )
    assert refused.status_code == 422 and "gif" in refused.json()["detail"]
    download = client.get(f"/api/v1/attachments/{body['id']}", headers=auth(engineer))
    assert download.content == photo


def test_verify_detects_a_changed_finding_and_a_changed_photo(
    client, engine, superuser_engine, port, engineer, monkeypatch, database_url
):
    facility, components = new_quay(client, engineer, port, spans=1)
    record = open_inspection(client, engineer, facility)
    url = f"/api/v1/inspections/{record['id']}"
    client.post(
        f"{url}/findings",
        headers=auth(engineer),
        json=[{"item_code": "caisson_damage", "grade": "b", "component_id": components[0]["id"]}],
    )
    photo = jpeg_with_gps(139.74, 35.49, "2026:05:12 10:00:00")
    sha = client.post(
        f"{url}/attachments", headers=auth(engineer), files={"file": ("p.jpg", photo, "image/jpeg")}
    ).json()["sha256"]
    submit_complete(client, engineer, record["id"])
    store = file_store()

    def check():
        with session_scope(engine) as session:
            return verify(session, store, [port.id])

    assert check().ok

    def tamper(grade):  # someone bypassing the trigger as database superuser
        with session_scope(superuser_engine) as session:
            session.execute(text("SET LOCAL session_replication_role = replica"))
            session.execute(
                text(
                    "UPDATE finding SET grade = :g WHERE inspection_id = :id AND grade IS NOT NULL"
                ),
                {"g": grade, "id": record["id"]},
            )

    tamper("d")
    report = check()
    assert not report.ok
    assert [(f.kind, str(f.inspection_id)) for f in report.failures] == [("record", record["id"])]
    result = run_cli(monkeypatch, database_url, "verify")
    assert result.exit_code == 1 and record["id"] in result.output
    tamper("b")
    assert check().ok

    path = store.path(sha)
    path.write_bytes(photo[:-10] + b"0123456789")
    report = check()
    assert [f.kind for f in report.failures] == ["attachment"]
    path.write_bytes(photo)
    assert check().ok
    assert run_cli(monkeypatch, database_url, "verify").exit_code == 0


def run_cli(monkeypatch, database_url, *args):
    from kernel.database import default_engine
    from kernel.settings import get_settings
    from twin.cli import app

    monkeypatch.setenv("PORTTWIN_DATABASE_URL", database_url)
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        return CliRunner().invoke(app, list(args))
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()


def submit_on(client, token, facility, components, day, kind="general_periodic"):
    record = open_inspection(client, token, facility, kind=kind, day=day)
    url = f"/api/v1/inspections/{record['id']}"
    client.post(
        f"{url}/findings",
        headers=auth(token),
        json=[{"item_code": "caisson_damage", "grade": "d", "component_id": components[0]["id"]}],
    )
    return submit_complete(client, token, record["id"])


def test_overdue_follows_the_cycles_for_important_and_normal_facilities(client, port, engineer):
    four_years_ago = (datetime.now(UTC).date() - timedelta(days=4 * 365)).isoformat()
    important, ci = new_quay(client, engineer, port, spans=1, ledger_no="IMP", important=True)
    normal, cn = new_quay(client, engineer, port, spans=1, ledger_no="NOR")
    new_quay(client, engineer, port, ledger_no="OLD", construction_year=2000)
    submit_on(client, engineer, important, ci, four_years_ago)
    submit_on(client, engineer, normal, cn, four_years_ago)
    rows = client.get(
        "/api/v1/schedules/overdue", params={"port": port.code}, headers=auth(engineer)
    ).json()
    general = {r["ledger_no"] for r in rows if r["inspection_type"] == "general_periodic"}
    assert general == {"IMP", "OLD"}  # 3-year cycle passed; never inspected since 2000
    detailed = {r["ledger_no"] for r in rows if r["inspection_type"] == "detailed_periodic"}
    assert detailed == {"IMP"}  # only important facilities have a detailed cycle
    cond = client.get(f"/api/v1/facilities/{normal['id']}/condition", headers=auth(engineer)).json()
    assert cond["overdue"] == [] and cond["next_due"]["general_periodic"] > date.today().isoformat()


def test_an_earthquake_opens_extraordinary_inspections_inside_its_radius(
    client, port, engineer, make_port, make_token
):
    near, _ = new_quay(client, engineer, port, ledger_no="NEAR")
    new_quay(
        client,
        engineer,
        port,
        ledger_no="FAR",
        geometry={"type": "Point", "coordinates": [140.40, 35.49]},
    )  # about 60 km east
    other = make_port()
    outsider = make_token("engineer", other)
    resp = client.post(
        "/api/v1/events",
        headers=auth(engineer),
        json={
            "kind": "earthquake",
            "name": "試験地震",
            "occurred_at": "2026-06-01T03:12:00+09:00",
            "epicentre": [139.75, 35.45],
            "radius_km": 20,
        },
    )
    assert resp.status_code == 201, resp.text
    event = resp.json()
    assert event["facilities"] == [near["id"]] and event["inspections_created"] == 1
    drafts = client.get(
        "/api/v1/inspections", params={"facility_id": near["id"]}, headers=auth(engineer)
    ).json()["items"]
    assert [(d["inspection_type"], d["status"], d["event_id"]) for d in drafts] == [
        ("extraordinary", "draft", event["id"])
    ]
    theirs = client.post(
        "/api/v1/events",
        headers=auth(outsider),
        json={
            "kind": "earthquake",
            "name": "同",
            "occurred_at": "2026-06-01T03:12:00+09:00",
            "epicentre": [139.75, 35.45],
            "radius_km": 20,
        },
    ).json()
    assert theirs["facilities"] == []  # another port's engineer sees none of ours
    viewer = make_token("viewer", port)
    assert (
        client.post(
            "/api/v1/events",
            headers=auth(viewer),
            json={
                "kind": "typhoon",
                "name": "x",
                "occurred_at": "2026-06-01T00:00:00Z",
                "epicentre": [139.75, 35.45],
                "radius_km": 5,
            },
        ).status_code
        == 403
    )


def test_inspections_are_scoped_to_ports(client, port, engineer, make_port, make_token):
    facility, _ = new_quay(client, engineer, port)
    record = open_inspection(client, engineer, facility)
    other_inspector = make_token("inspector", make_port())
    assert (
        client.get(f"/api/v1/inspections/{record['id']}", headers=auth(other_inspector)).status_code
        == 404
    )
    viewer = make_token("viewer", port)
    assert (
        client.get(f"/api/v1/inspections/{record['id']}", headers=auth(viewer)).status_code == 200
    )
    resp = client.post(
        "/api/v1/inspections",
        headers=auth(viewer),
        json={
            "facility_id": facility["id"],
            "inspection_type": "routine",
            "started_on": "2026-01-01",
        },
    )
    assert resp.status_code == 403

"""What a record must say to be acted on: coverage of the catalogue, spans not inspected and
their last grades, the day's conditions, photo times in the port's zone and photo distance,
and the hash covering all of it."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from helpers import auth, excuse_the_rest, jpeg_with_gps, submit_complete
from sqlalchemy import text
from test_inspections import new_quay, open_inspection

from inspections.integrity import verify
from inspections.rollup import Observation, item_grade, roll_up
from kernel.database import session_scope
from kernel.files import file_store


@pytest.fixture
def port(make_port):
    return make_port()  # in Japan: Asia/Tokyo


@pytest.fixture
def engineer(make_token, port):
    return make_token("engineer", port)


def add(client, token, record, findings):
    resp = client.post(
        f"/api/v1/inspections/{record['id']}/findings", json=findings, headers=auth(token)
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


def submit(client, token, record, **params):
    return client.post(
        f"/api/v1/inspections/{record['id']}/submit", params=params, headers=auth(token)
    )


def test_shares_are_taken_of_the_facilitys_spans_not_of_the_graded_ones():
    assert item_grade("II", {"a": 0, "b": 1, "c": 0, "d": 0}) == "A"  # 1 of 1: all b
    assert item_grade("II", {"a": 0, "b": 1, "c": 0, "d": 0}, spans=5) == "C"
    assert item_grade("II", {"a": 0, "b": 4, "c": 0, "d": 0}, spans=5) == "A"  # 80 %
    obs = [Observation("caisson_damage", "II", "caisson", "3", "b")]
    assert roll_up(obs).grade == "A"
    result = roll_up(obs, {"caisson_damage": 5})
    assert result.grade == "C" and result.items[0].spans == 5


def test_a_periodic_inspection_must_cover_every_span_unless_kept_as_partial(client, port, engineer):
    facility, _ = new_quay(client, engineer, port, spans=3)
    record = open_inspection(client, engineer, facility)
    add(client, engineer, record, [{"item_code": "caisson_damage", "grade": "b", "span": "1"}])
    draft = client.get(f"/api/v1/inspections/{record['id']}", headers=auth(engineer)).json()
    coverage = draft["coverage"]
    assert (coverage["graded"], coverage["complete"]) == (1, False)
    assert {("caisson_damage", "2"), ("caisson_damage", "3")} <= {
        (u["item_code"], u["span"]) for u in coverage["missing_units"]
    }
    refused = submit(client, engineer, record)
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["field"] == "findings" and "caisson_damage span 2" in problem["detail"]
    assert f"of {coverage['required']} spans" in problem["detail"]
    kept = submit(client, engineer, record, partial="true")
    assert kept.status_code == 200
    assert kept.json()["complete"] is False and kept.json()["coverage"]["graded"] == 1
    # an extraordinary inspection looks at what the event may have harmed: no refusal, but
    # it is partial all the same and counts as such
    after = open_inspection(client, engineer, facility, kind="extraordinary", day="2026-06-01")
    add(client, engineer, after, [{"item_code": "caisson_damage", "grade": "d", "span": "2"}])
    done = submit(client, engineer, after)
    assert done.status_code == 200 and done.json()["complete"] is False


def test_a_finding_is_graded_or_says_why_not_with_a_known_reason_at_a_real_span(
    client, port, engineer
):
    facility, _ = new_quay(client, engineer, port, spans=2)
    record = open_inspection(client, engineer, facility)
    url = f"/api/v1/inspections/{record['id']}/findings"
    reasons = client.get("/api/v1/catalogs/not-inspected-reasons", headers=auth(engineer)).json()
    assert {
        "code": "submerged",
        "ja": "水中・水没で目視できない",
        "en": "Submerged, not visible",
    } in (reasons)
    for finding, field, words in [
        ({"item_code": "caisson_damage", "span": "1"}, "grade", "give the grade"),
        (
            {"item_code": "caisson_damage", "span": "1", "grade": "b", "not_inspected": "other"},
            "grade",
            "give the grade",
        ),
        (
            {"item_code": "caisson_damage", "span": "1", "not_inspected": "bored"},
            "not_inspected",
            "inaccessible, submerged",
        ),
        ({"item_code": "caisson_damage", "span": "9", "grade": "c"}, "span", "spans are 1, 2"),
    ]:
        resp = client.post(url, json=[finding], headers=auth(engineer))
        assert resp.status_code == 422, finding
        assert words in resp.text and field in resp.text, resp.text


def test_the_day_s_conditions_the_catalogue_asks_for_are_recorded_before_submitting(
    client, port, engineer
):
    facility, _ = new_quay(client, engineer, port, spans=1)
    resp = client.post(
        "/api/v1/inspections",
        headers=auth(engineer),
        json={
            "facility_id": facility["id"],
            "inspection_type": "general_periodic",
            "started_on": "2026-05-12",
            "conditions": {"weather": "曇り"},
        },
    )
    record = resp.json()
    add(client, engineer, record, [{"item_code": "caisson_damage", "grade": "d", "span": "1"}])
    excuse_the_rest(client, engineer, record["id"])
    refused = submit(client, engineer, record)
    assert refused.status_code == 422
    assert refused.json()["field"] == "conditions.sea_state"
    assert "sea_state, tide_level_m" in refused.json()["detail"]
    client.patch(
        f"/api/v1/inspections/{record['id']}",
        json={"conditions": {"weather": "曇り", "sea_state": "静穏", "tide_level_m": 1.2}},
        headers=auth(engineer),
    )
    assert submit(client, engineer, record).status_code == 200


def test_a_span_not_inspected_is_judged_by_the_grade_it_last_had(client, port, engineer):
    facility, components = new_quay(client, engineer, port, spans=3)
    first = open_inspection(client, engineer, facility, day="2021-05-12")
    add(
        client,
        engineer,
        first,
        [
            {"item_code": "caisson_damage", "grade": g, "component_id": c["id"]}
            for g, c in zip("bcd", components, strict=True)
        ],
    )
    first = submit_complete(client, engineer, first["id"])
    second = open_inspection(client, engineer, facility, day="2026-05-12")
    add(
        client,
        engineer,
        second,
        [
            {
                "item_code": "caisson_damage",
                "not_inspected": "submerged",
                "component_id": components[0]["id"],
            },
            {"item_code": "caisson_damage", "grade": "d", "component_id": components[1]["id"]},
            {"item_code": "caisson_damage", "grade": "d", "component_id": components[2]["id"]},
        ],
    )
    done = submit_complete(client, engineer, second["id"])
    assert done["complete"] is True and done["coverage"]["carried"] >= 1
    [excused] = [
        f for f in done["findings"] if f["item_code"] == "caisson_damage" and f["span"] == "1"
    ]
    assert (excused["grade"], excused["not_inspected"]) == (None, "submerged")
    assert (excused["carried_grade"], excused["carried_from"]) == ("b", first["id"])
    caisson = {i["item"]: i for i in done["rollup"]["items"]}["caisson_damage"]
    assert caisson["counts"] == {"a": 0, "b": 1, "c": 0, "d": 2} and caisson["grade"] == "C"
    condition = client.get(
        f"/api/v1/facilities/{facility['id']}/condition", headers=auth(engineer)
    ).json()
    assert condition["last_inspection_id"] == done["id"]
    assert condition["coverage"]["not_inspected"] >= 1 and condition["coverage"]["complete"]


def attach(client, token, record, photo, finding_id=None):
    resp = client.post(
        f"/api/v1/inspections/{record['id']}/attachments",
        headers=auth(token),
        files={"file": ("photo.jpg", photo, "image/jpeg")},
        data={"finding_id": finding_id} if finding_id else {},
    )
    assert resp.status_code == 201, resp.text
    return resp.json()


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_photo_times_take_their_offset_from_the_camera_the_gps_or_the_port(client, port, engineer):
    """A camera in Japan writes 10:15 (its local time): that is 01:15 UTC, not 10:15 UTC."""
    facility, _ = new_quay(client, engineer, port, spans=1)
    record = open_inspection(client, engineer, facility)
    here = (139.7411, 35.4900)
    zone_only = attach(client, engineer, record, jpeg_with_gps(*here, "2026:05:12 10:15:00"))
    assert zone_only["taken_at_source"] == "port_zone"
    assert instant(zone_only["taken_at"]) == instant("2026-05-12T01:15:00+00:00")
    assert zone_only["taken_at"].endswith("+09:00")
    offset = jpeg_with_gps(
        *here, "2026:05:12 10:16:00", original="2026:05:12 10:16:00", offset="+08:00"
    )  # a camera still set to Singapore time
    written = attach(client, engineer, record, offset)
    assert written["taken_at_source"] == "exif_offset"
    assert instant(written["taken_at"]) == instant("2026-05-12T02:16:00+00:00")
    gps = jpeg_with_gps(
        *here,
        "2026:05:12 10:17:00",
        original="2026:05:12 10:17:00",
        gps_time=("2026:05:12", (1, 17, 3)),
    )
    fixed = attach(client, engineer, record, gps)
    assert fixed["taken_at_source"] == "gps"
    assert instant(fixed["taken_at"]) == instant("2026-05-12T01:17:00+00:00")
    stored = client.get(f"/api/v1/inspections/{record['id']}", headers=auth(engineer)).json()
    sources = {a["taken_at_source"] for a in stored["attachments"]}
    assert sources == {"port_zone", "exif_offset", "gps"}
    assert all(a["taken_at"].endswith("+09:00") for a in stored["attachments"])


def test_a_photo_far_from_its_facility_is_flagged_and_not_used_as_the_defect_location(
    client, port, engineer
):
    facility, components = new_quay(client, engineer, port, spans=1)
    record = open_inspection(client, engineer, facility)
    finding = add(
        client,
        engineer,
        record,
        [{"item_code": "caisson_damage", "grade": "b", "component_id": components[0]["id"]}],
    )["findings"][0]
    # the quay runs along 35.4900 N; 0.0045° of latitude is about 500 m north of it
    far = attach(
        client,
        engineer,
        record,
        jpeg_with_gps(139.7411, 35.4945, "2026:05:12 10:00:00"),
        finding["id"],
    )
    assert 480 < far["distance_m"] < 520 and far["has_location"]
    assert far["warnings"] and re.search(r"taken (49\d|50\d) m from", far["warnings"][0])
    assert "離れて" in far["warnings"][0]
    stored = client.get(f"/api/v1/inspections/{record['id']}", headers=auth(engineer)).json()
    assert stored["findings"][0]["location"] is None
    near = attach(
        client,
        engineer,
        record,
        jpeg_with_gps(139.7411, 35.4901, "2026:05:12 10:05:00"),
        finding["id"],
    )
    assert near["distance_m"] < 20 and near["warnings"] == []
    stored = client.get(f"/api/v1/inspections/{record['id']}", headers=auth(engineer)).json()
    assert stored["findings"][0]["location"]["coordinates"][1] == pytest.approx(35.4901, abs=1e-5)


def test_the_record_hash_covers_coverage_reasons_and_times(
    client, engine, superuser_engine, port, engineer
):
    facility, components = new_quay(client, engineer, port, spans=2)
    record = open_inspection(client, engineer, facility)
    add(
        client,
        engineer,
        record,
        [
            {
                "item_code": "caisson_damage",
                "grade": "c",
                "component_id": components[0]["id"],
                "observed_at": "2026-05-12T10:15:00",
            },
            {
                "item_code": "caisson_damage",
                "not_inspected": "submerged",
                "component_id": components[1]["id"],
            },
        ],
    )
    done = submit_complete(client, engineer, record["id"])
    seen = [f["observed_at"] for f in done["findings"] if f["grade"] == "c"]
    assert seen == ["2026-05-12T10:15:00+09:00"]  # entered without an offset: Tokyo time
    store = file_store()

    def check():
        with session_scope(engine) as session:
            return verify(session, store, [port.id])

    assert check().ok

    def as_superuser(sql):  # someone bypassing the trigger with database access
        with session_scope(superuser_engine) as session:
            session.execute(text("SET LOCAL session_replication_role = replica"))
            session.execute(text(sql), {"id": done["id"]})

    for tamper, undo in (
        (
            "UPDATE finding SET not_inspected = 'other' "
            "WHERE inspection_id = :id AND not_inspected = 'submerged'",
            "UPDATE finding SET not_inspected = 'submerged' "
            "WHERE inspection_id = :id AND not_inspected = 'other' AND component_id IS NOT NULL",
        ),
        (
            "UPDATE finding SET observed_at = observed_at + interval '9 hours' "
            "WHERE inspection_id = :id AND observed_at IS NOT NULL",
            "UPDATE finding SET observed_at = observed_at - interval '9 hours' "
            "WHERE inspection_id = :id AND observed_at IS NOT NULL",
        ),
        (
            "UPDATE inspection SET complete = false WHERE id = :id",
            "UPDATE inspection SET complete = true WHERE id = :id",
        ),
    ):
        as_superuser(tamper)
        report = check()
        assert [(f.kind, str(f.inspection_id)) for f in report.failures] == [
            ("record", done["id"])
        ], tamper
        as_superuser(undo)
        assert check().ok, undo

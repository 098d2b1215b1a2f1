"""A port's current state is kept in memory while nothing it is made of changes (issue 19),
and counts its own port's alerts only."""

from __future__ import annotations

from datetime import UTC, datetime

from helpers import auth, graded_inspection, quay, tide_gauge
from test_query_counts import counted


def test_a_port_state_is_kept_until_a_grade_changes(client, engine, make_port, make_token):
    port = make_port()
    engineer = make_token("engineer", port)
    body = quay(port.code, ledger_no="PS-1", structure_type="caisson")
    facility = client.post("/api/v1/facilities", json=body, headers=auth(engineer)).json()
    component = client.post(
        "/api/v1/components",
        headers=auth(engineer),
        json={"facility_id": facility["id"], "component_type": "caisson", "span": "1"},
    ).json()
    url = f"/api/v1/twin/ports/{port.code}"
    first = client.get(url, headers=auth(engineer)).json()
    assert [(f["ledger_no"], f["grade"]) for f in first["facilities"]] == [("PS-1", None)]
    assert first["not_inspected"] == 1
    with counted(engine) as statements:
        second = client.get(url, headers=auth(engineer)).json()
    assert not any("FROM inspection" in s for s in statements)  # the rows came from memory
    assert second["facilities"] == first["facilities"] and second["at"] > first["at"]

    submitted = graded_inspection(client, engineer, facility["id"], component["id"], "b")
    third = client.get(url, headers=auth(engineer)).json()
    grade = submitted["computed_grade"]
    assert grade and [f["grade"] for f in third["facilities"]] == [grade]
    assert third["grades"][grade] == 1 and third["not_inspected"] == 0
    # the state at a date is made afresh, the same way
    dated = client.get(url, params={"as_of": third["at"]}, headers=auth(engineer)).json()
    assert dated["facilities"] == third["facilities"]


def test_a_port_state_counts_the_alerts_of_its_own_port(client, make_port, make_token):
    calm, stormy = make_port(), make_port()
    both = make_token("engineer", calm, stormy)
    for port in (calm, stormy):
        client.post("/api/v1/facilities", json=quay(port.code), headers=auth(both))
    facility = client.get(
        "/api/v1/facilities", params={"port": stormy.code}, headers=auth(both)
    ).json()["items"][0]
    stream = tide_gauge(client, both, facility, alarm_high=1.0)
    client.post(
        f"/api/v1/datastreams/{stream['id']}/observations",
        json=[{"t": datetime.now(UTC).isoformat(), "v": 1.5}],
        headers=auth(both),
    )
    states = {
        p.code: client.get(f"/api/v1/twin/ports/{p.code}", headers=auth(both)).json()
        for p in (calm, stormy)
    }
    assert states[stormy.code]["active_alerts"] == 1
    assert states[calm.code]["active_alerts"] == 0

"""Time series you can trust: DIA times are MET and its header drives the unit and the count,
JMA tide tables are predicted series in JST, and the residual of a gauge against its table
is what the JMA itself publishes as the deviation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import ROOT, SHARED
from helpers import auth, quay_of_engineer, run_cli, tide_gauge

DIA = SHARED / "timeseries" / "rws_VLISSGN_obs1.txt"
JMA = ROOT / "tests" / "data" / "jma"


@pytest.fixture
def setup(client, make_port, make_token):
    return quay_of_engineer(client, make_port, make_token)


def send(client, token, stream_id, path, fmt, name=None, content=None):
    return client.post(
        f"/api/v1/datastreams/{stream_id}/files",
        params={"format": fmt},
        headers=auth(token),
        files={"file": (name or path.name, content or path.read_bytes(), "text/plain")},
    )


def readings(client, token, stream_id, start="2008-12-31T00:00:00Z", end="2027-01-01T00:00:00Z"):
    return client.get(
        f"/api/v1/datastreams/{stream_id}/observations",
        params={"start": start, "end": end, "limit": 100_000},
        headers=auth(token),
    ).json()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_a_dia_file_lands_at_met_times_in_the_streams_unit_with_its_flags(client, setup):
    _, engineer, facility = setup
    gauge = tide_gauge(client, engineer, facility, datum="NAP")
    report = send(client, engineer, gauge["id"], DIA, "dia")
    assert report.status_code == 200, report.text
    body = report.json()
    assert (body["read"], body["written"], body["scale"]) == (8760, 8760, 0.01)
    assert any("cm stored in m" in n for n in body["notes"])
    # the header says 2009-01-01 00:00 … 2009-12-31 23:00 MET: one hour earlier in UTC
    assert at(body["first"]) == datetime(2008, 12, 31, 23, tzinfo=UTC)
    assert at(body["last"]) == datetime(2009, 12, 31, 22, tzinfo=UTC)
    rows = readings(client, engineer, gauge["id"])
    assert len(rows) == 8760 and at(rows[0]["t"]) == datetime(2008, 12, 31, 23, tzinfo=UTC)
    assert rows[0]["v"] == pytest.approx(-1.24)  # -124 cm
    assert sum(1 for r in rows if r["q"] == 25) == 46  # the file's suspect flags kept
    again = send(client, engineer, gauge["id"], DIA, "dia").json()
    assert again["written"] == 0


def _values(text: str) -> tuple[str, list[str]]:
    header, _, values = text.partition("[WRD]")
    return header, [t for t in values.replace("\n", ":").split(":") if t.strip()]


def test_a_dia_file_whose_values_do_not_fill_its_header_is_refused(client, setup):
    _, engineer, facility = setup
    gauge = tide_gauge(client, engineer, facility)
    header, values = _values(DIA.read_text(encoding="latin-1"))
    gap = values[:4000] + values[4001:]  # one value deleted from the middle
    broken = (header + "[WRD]\n" + ":".join(gap) + ":\n").encode("latin-1")
    refused = send(client, engineer, gauge["id"], DIA, "dia", name="gap.txt", content=broken)
    assert refused.status_code == 422
    detail = refused.json()["detail"]
    assert "gap.txt" in detail and "holds 8760 values, the file 8759" in detail
    assert readings(client, engineer, gauge["id"]) == []
    # a value marked missing keeps its place: the ones after it keep their times
    marked = [*values[:4000], "-999999999/99", *values[4001:]]
    kept = (header + "[WRD]\n" + ":".join(marked) + ":\n").encode("latin-1")
    body = send(client, engineer, gauge["id"], DIA, "dia", name="m.txt", content=kept).json()
    assert body["written"] == 8759 and any("missing" in n for n in body["notes"])
    rows = readings(client, engineer, gauge["id"])
    first = datetime(2008, 12, 31, 23, tzinfo=UTC)
    assert at(rows[3999]["t"]) == first + timedelta(hours=3999)
    assert at(rows[4000]["t"]) == first + timedelta(hours=4001)  # the value after the gap


def test_an_unknown_format_is_refused(client, setup, monkeypatch, database_url):
    _, engineer, facility = setup
    gauge = tide_gauge(client, engineer, facility, ext_id=f"fmt-{facility['id'][:8]}")
    assert send(client, engineer, gauge["id"], DIA, "xyz").status_code == 422
    result = run_cli(
        monkeypatch,
        database_url,
        "import",
        "timeseries",
        str(DIA),
        "--datastream",
        gauge["ext_id"],
        "--format",
        "xyz",
    )
    assert result.exit_code == 2 and "xyz" in result.output
    assert readings(client, engineer, gauge["id"]) == []


def test_a_jma_tide_table_and_gauge_record_give_the_jmas_own_deviations(
    client, setup, make_token, monkeypatch, database_url
):
    """Tokyo, 1–3 January 2026: the table (predicted, over 潮位表基準面), the gauge (observed,
    over its own datum, 74 cm below the table's) and the JMA's deviations for those hours."""
    port, engineer, facility = setup
    admin = make_token("admin", port)
    resp = client.patch(
        f"/api/v1/ports/{port.code}",
        headers=auth(admin),
        json={
            "datums": [
                {
                    "datum": "GAUGE_ZERO",
                    "reference": "TIDE_TABLE",
                    "offset_m": -0.74,
                    "valid_from": "2000-01-01",
                    "source": "JMA Tokyo (TK) January 2026 files: gauge − 74 cm = table level",
                }
            ]
        },
    )
    assert resp.status_code == 200, resp.text
    tag = facility["id"][:8]
    table = tide_gauge(
        client,
        engineer,
        facility,
        name="Tokyo tide table",
        kind="predicted",
        datum="TIDE_TABLE",
        ext_id=f"jma-tk-table-{tag}",
    )
    turns = tide_gauge(
        client,
        engineer,
        facility,
        name="Tokyo high/low waters",
        kind="predicted",
        datum="TIDE_TABLE",
        ext_id=f"jma-tk-turns-{tag}",
    )
    gauge = tide_gauge(client, engineer, facility, name="Tokyo gauge", datum="GAUGE_ZERO")
    made = run_cli(
        monkeypatch,
        database_url,
        "import",
        "timeseries",
        str(JMA / "TK2026_table.txt"),
        "--datastream",
        table["ext_id"],
        "--format",
        "jma",
        "--extremes",
        turns["ext_id"],
    )
    assert made.exit_code == 0, made.output
    assert "72 new" in made.output and "12 high/low waters" in made.output
    assert "station TK" in made.output
    predicted = readings(client, engineer, table["id"])
    assert len(predicted) == 72
    kept = client.get(f"/api/v1/datastreams/{table['id']}", headers=auth(engineer)).json()
    assert kept["attributes"]["station"] == "TK" and kept["kind"] == "predicted"
    assert at(predicted[0]["t"]) == datetime(2025, 12, 31, 15, tzinfo=UTC)  # 0h JST
    assert predicted[0]["v"] == pytest.approx(0.87)
    assert [r["v"] for r in predicted[45:48]] == pytest.approx([0.07, -0.11, -0.10])
    high = readings(client, engineer, turns["id"])[0]
    assert at(high["t"]) == datetime(2025, 12, 31, 19, 8, tzinfo=UTC)  # 04:08 JST
    assert high["v"] == pytest.approx(1.69)
    observed = send(client, engineer, gauge["id"], JMA / "hry202601TK.txt", "jma")
    assert observed.status_code == 200 and observed.json()["written"] == 72
    resp = client.get(
        f"/api/v1/datastreams/{gauge['id']}/residuals",
        params={
            "predicted": table["id"],
            "start": "2025-12-31T15:00:00Z",
            "end": "2026-01-03T15:00:00Z",
        },
        headers=auth(engineer),
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["datum"] == "TIDE_TABLE" and body["offset_m"] == pytest.approx(-0.74)
    published = [
        int(line[h * 4 : h * 4 + 4])
        for line in (JMA / "dep202601TK.txt").read_text().splitlines()
        for h in range(24)
    ]
    ours = [round(p["residual"] * 100) for p in body["points"]]
    assert len(ours) == 72 and ours == published
    # a predicted series against another predicted one is not a residual
    wrong = client.get(
        f"/api/v1/datastreams/{turns['id']}/residuals",
        params={
            "predicted": table["id"],
            "start": "2026-01-01T00:00:00Z",
            "end": "2026-01-02T00:00:00Z",
        },
        headers=auth(engineer),
    )
    assert wrong.status_code == 422


def test_residuals_need_the_port_to_tie_the_two_datums(client, setup):
    _, engineer, facility = setup
    table = tide_gauge(client, engineer, facility, kind="predicted", datum="TIDE_TABLE")
    gauge = tide_gauge(client, engineer, facility, datum="GAUGE_ZERO")
    resp = client.get(
        f"/api/v1/datastreams/{gauge['id']}/residuals",
        params={
            "predicted": table["id"],
            "start": "2026-01-01T00:00:00Z",
            "end": "2026-01-02T00:00:00Z",
        },
        headers=auth(engineer),
    )
    assert resp.status_code == 422
    assert "GAUGE_ZERO and TIDE_TABLE" in resp.json()["detail"]

"""Bulk readings as an Arrow IPC stream (issue 19): typed times in any unit and zone land at
the right instant, the columns are checked whole (the first bad row named, nothing written),
duplicates are never doubled, thresholds still open alerts, and only the port's writers may
send them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyarrow as pa
import pytest
from helpers import auth, tide_gauge
from test_sensors import count, setup  # noqa: F401 (the fixture)

ARROW = "application/vnd.apache.arrow.stream"
T0 = datetime(2026, 5, 1, tzinfo=UTC)


def ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        for batch in table.to_batches(max_chunksize=7_000):  # several record batches
            writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


def readings(n: int, start: int = 0, unit: str = "ms", tz: str | None = "UTC") -> pa.Table:
    times = [T0 + timedelta(seconds=10 * i) for i in range(start, start + n)]
    return pa.table(
        {
            "t": pa.array(times, type=pa.timestamp("us", tz="UTC")).cast(pa.timestamp(unit, tz=tz))
            if tz
            else pa.array([t.replace(tzinfo=None) for t in times], type=pa.timestamp(unit)),
            "v": pa.array([i % 97 / 10 for i in range(start, start + n)], type=pa.float64()),
            "q": pa.array([0] * n, type=pa.int32()),
        }
    )


def post(client, token, stream, body: bytes, **params):
    return client.post(
        f"/api/v1/datastreams/{stream['id']}/observations",
        content=body,
        params=params,
        headers={**auth(token), "Content-Type": ARROW},
    )


def get(client, token, stream, start: str, end: str) -> list:
    return client.get(
        f"/api/v1/datastreams/{stream['id']}/observations",
        params={"start": start, "end": end},
        headers=auth(token),
    ).json()


def test_arrow_readings_are_written_whole_at_the_right_instant(client, engine, setup):  # noqa: F811
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility)
    first = post(client, engineer, stream, ipc(readings(50_000)))
    assert first.status_code == 200, first.text
    assert first.json() == {
        "received": 50_000,
        "written": 50_000,
        "duplicates": 0,
        "alerts_opened": 0,
    }
    again = post(client, engineer, stream, ipc(readings(10, start=49_995)))
    assert again.json()["written"] == 5 and count(engine, stream["id"]) == 50_005
    # seconds in Japan time: 09:00+09:00 is midnight UTC; no zone at all is read as UTC
    tokyo = pa.table(
        {
            "t": pa.array(
                [datetime(2030, 1, 1, 0, 0, tzinfo=UTC)], pa.timestamp("us", tz="UTC")
            ).cast(pa.timestamp("s", tz="Asia/Tokyo")),
            "v": pa.array([1.5]),
        }
    )
    assert post(client, engineer, stream, ipc(tokyo)).json()["written"] == 1
    naive = pa.table({"t": pa.array([datetime(2030, 1, 2, 6)], pa.timestamp("ns")), "v": [2]})
    assert post(client, engineer, stream, ipc(naive)).json()["written"] == 1
    got = get(client, engineer, stream, "2030-01-01T00:00:00Z", "2030-01-03T00:00:00Z")
    assert [(r["t"], r["v"], r["q"]) for r in got] == [
        ("2030-01-01T00:00:00Z", 1.5, 0),
        ("2030-01-02T06:00:00Z", 2.0, 0),
    ]
    # updated on request, never doubled
    changed = readings(3, start=0).set_column(1, "v", pa.array([9.0, 9.0, 9.0]))
    assert (
        post(client, engineer, stream, ipc(changed), on_duplicate="update").json()["written"] == 3
    )
    assert count(engine, stream["id"]) == 50_007


def _with(table: pa.Table, name: str, values: list, type_: pa.DataType | None = None) -> pa.Table:
    column = pa.array(values, type=type_ or table.schema.field(name).type)
    return table.set_column(table.schema.get_field_index(name), name, column)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda t: _with(t, "v", [1.0] * 2999 + [float("nan")] + [1.0] * 1000), "row 3000"),
        (lambda t: _with(t, "q", [0] * 2999 + [1000] + [0] * 1000), "0–999"),
        (lambda t: _with(t, "v", [1.0] * 2999 + [None] + [1.0] * 1000), "row 3000: v is empty"),
        (
            lambda t: _with(
                t, "t", [datetime(1700, 1, 1, tzinfo=UTC)] * 4000, pa.timestamp("ms", tz="UTC")
            ),
            "1800–2200",
        ),
        (lambda t: _with(t, "t", ["2026-05-01T00:00:00Z"] * 4000, pa.string()), "timestamp"),
        (lambda t: t.append_column("depth", pa.array([1] * 4000)), "columns"),
        (lambda t: t.drop_columns(["v"]), "columns"),
    ],
)
def test_a_bad_column_is_refused_naming_the_row_and_nothing_is_written(
    client,
    engine,
    setup,  # noqa: F811
    change,
    reason,
):
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility)
    resp = post(client, engineer, stream, ipc(change(readings(4000))))
    assert resp.status_code == 422, resp.text
    assert reason in resp.json()["detail"], resp.json()["detail"]
    assert count(engine, stream["id"]) == 0


def test_a_body_that_is_no_arrow_stream_is_refused(client, setup):  # noqa: F811
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility)
    for body in (b"t,v\n2026-05-01T00:00:00Z,1\n", b"\xff" * 100, b""):
        resp = post(client, engineer, stream, body)
        assert resp.status_code == 422 and "Arrow" in resp.json()["detail"], resp.text


def test_thresholds_open_alerts_from_arrow_readings(client, setup):  # noqa: F811
    _, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility, warning_high=2.0, alarm_high=2.5)
    values = [1.0, 2.2, 2.6, 2.8, 2.1, 1.0]
    table = pa.table(
        {
            "t": pa.array(
                [T0 + timedelta(hours=i) for i in range(6)], pa.timestamp("us", tz="UTC")
            ),
            "v": values,
        }
    )
    assert post(client, engineer, stream, ipc(table)).json()["alerts_opened"] == 3


def test_only_writers_of_the_port_may_send_readings(client, make_port, make_token, setup):  # noqa: F811
    port, engineer, facility = setup
    stream = tide_gauge(client, engineer, facility)
    body = ipc(readings(2))
    assert post(client, make_token("viewer", port), stream, body).status_code == 403
    assert post(client, make_token("engineer", make_port()), stream, body).status_code == 404
    assert post(client, engineer, stream, body).status_code == 200

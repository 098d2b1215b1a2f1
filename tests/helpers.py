"""Small helpers shared by the tests."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from PIL import Image


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def quay(port: str, **extra: Any) -> dict[str, Any]:
    """A facility body: a 200 m quay line in Kawasaki (lon/lat)."""
    body: dict[str, Any] = {
        "port": port,
        "kind": "quay",
        "name_ja": "千鳥町1号岸壁",
        "name_en": "Chidoricho Quay No. 1",
        "geometry": {
            "type": "LineString",
            "coordinates": [[139.7400, 35.4900], [139.7422, 35.4900]],
        },
    }
    body.update(extra)
    return body


def run_cli(monkeypatch: Any, database_url: str, *args: str) -> Any:
    """Run the porttwin command against the test database."""
    from typer.testing import CliRunner

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


def jpeg_with_gps(
    lon: float,
    lat: float,
    when: str,
    *,
    original: str | None = None,
    offset: str | None = None,
    gps_time: tuple[str, tuple[int, int, int]] | None = None,
) -> bytes:
    """A small JPEG whose EXIF says ``when`` (DateTime) and where (GPS); optionally the
    camera's DateTimeOriginal, its OffsetTimeOriginal and a GPS time stamp (date, h/m/s)."""
    image = Image.new("RGB", (64, 48), (120, 130, 140))
    exif = image.getexif()
    exif[0x0132] = when
    gps: dict[int, Any] = {
        1: "N" if lat >= 0 else "S",
        2: (int(abs(lat)), int(abs(lat) * 60 % 60), round(abs(lat) * 3600 % 60, 2)),
        3: "E" if lon >= 0 else "W",
        4: (int(abs(lon)), int(abs(lon) * 60 % 60), round(abs(lon) * 3600 % 60, 2)),
    }
    if gps_time is not None:
        gps[0x1D] = gps_time[0]
        gps[0x07] = tuple(float(v) for v in gps_time[1])
    exif[0x8825] = gps
    inner: dict[int, Any] = {}
    if original is not None:
        inner[0x9003] = original
    if offset is not None:
        inner[0x9011] = offset
    if inner:
        exif[0x8769] = inner
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def excuse_the_rest(client: Any, token: str, inspection_id: str, reason: str = "other") -> Any:
    """Mark every span the draft still lacks as not inspected (the inspector's "could not
    see it"), so a test about something else can submit a complete inspection."""
    record = client.get(f"/api/v1/inspections/{inspection_id}", headers=auth(token)).json()
    missing = (record.get("coverage") or {}).get("missing_units") or []
    if missing:
        resp = client.post(
            f"/api/v1/inspections/{inspection_id}/findings",
            headers=auth(token),
            json=[
                {
                    "item_code": u["item_code"],
                    "not_inspected": reason,
                    "component_type": u["component_type"],
                    **(
                        {"component_id": u["component_id"]}
                        if u["component_id"]
                        else {"span": u["span"]}
                    ),
                }
                for u in missing
            ],
        )
        assert resp.status_code == 200, resp.text
    return record


def submit_complete(client: Any, token: str, inspection_id: str) -> Any:
    """Excuse the spans not graded, then submit; the answer's JSON."""
    excuse_the_rest(client, token, inspection_id)
    resp = client.post(f"/api/v1/inspections/{inspection_id}/submit", headers=auth(token))
    assert resp.status_code == 200, resp.text
    return resp.json()


def graded_inspection(
    client: Any, token: str, facility_id: str, component_id: str, grade: str
) -> Any:
    """Today's general periodic inspection of the facility grading one caisson component
    ``grade`` (the other spans excused), submitted; the answer's JSON."""
    record = client.post(
        "/api/v1/inspections",
        headers=auth(token),
        json={
            "facility_id": facility_id,
            "inspection_type": "general_periodic",
            "started_on": datetime.now(UTC).date().isoformat(),
            "conditions": {"weather": "晴れ", "sea_state": "静穏", "tide_level_m": 0.5},
        },
    ).json()
    found = client.post(
        f"/api/v1/inspections/{record['id']}/findings",
        headers=auth(token),
        json=[{"item_code": "caisson_damage", "grade": grade, "component_id": component_id}],
    )
    assert found.status_code == 200, found.text
    return submit_complete(client, token, record["id"])


def quay_of_engineer(client: Any, make_port: Any, make_token: Any) -> tuple[Any, str, dict]:
    """A new port, an engineer's token there and a quay of it (as the API answers it)."""
    port = make_port()
    engineer = make_token("engineer", port)
    facility = client.post("/api/v1/facilities", json=quay(port.code), headers=auth(engineer))
    assert facility.status_code == 201, facility.text
    return port, engineer, facility.json()


def tide_gauge(client: Any, token: str, facility: dict, **extra: Any) -> dict[str, Any]:
    """A water-level datastream (m) on ``facility``; ``extra`` overrides or adds fields."""
    body = {
        "facility_id": facility["id"],
        "name": "tide gauge",
        "observed_property": "water_level",
        "unit": "m",
        **extra,
    }
    resp = client.post("/api/v1/datastreams", json=body, headers=auth(token))
    assert resp.status_code == 201, resp.text
    return resp.json()

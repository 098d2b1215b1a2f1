"""Small helpers shared by the tests."""

from __future__ import annotations

import io
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


def jpeg_with_gps(lon: float, lat: float, when: str) -> bytes:
    image = Image.new("RGB", (64, 48), (120, 130, 140))
    exif = image.getexif()
    exif[0x0132] = when
    gps = {
        1: "N",
        2: (int(lat), int(lat * 60 % 60), round(lat * 3600 % 60, 2)),
        3: "E",
        4: (int(lon), int(lon * 60 % 60), round(lon * 3600 % 60, 2)),
    }
    exif[0x8825] = gps
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()

"""The offline basemap: the real Monaco OpenStreetMap extract cut around a port into land and
sea (from the coastline), buildings and roads; imported again without duplicates; refused
when the extract is of another place; served as port-scoped vector tiles."""

from __future__ import annotations

from pathlib import Path

import mapbox_vector_tile
import pytest
from helpers import auth, quay, run_cli
from shapely.geometry import LineString, Point
from sqlalchemy import text

from assets.basemap import land_and_water
from kernel.database import session_scope

ROOT = Path(__file__).resolve().parents[2]
MONACO = ROOT / "twin" / "demo_data" / "osm" / "monaco-latest.osm.pbf"
HELSINKI = ROOT / "tests" / "data" / "osm" / "helsinki.osm.pbf"
HERCULE = {  # a quay line on Port Hercule's Quai Albert Ier
    "type": "LineString",
    "coordinates": [[7.4245, 43.7345], [7.4262, 43.7352]],
}


@pytest.fixture
def monaco_port(client, make_port, make_token):
    port = make_port(metric_epsg=32632, country="MC")
    engineer = make_token("engineer", port)
    made = client.post(
        "/api/v1/facilities", json=quay(port.code, geometry=HERCULE), headers=auth(engineer)
    )
    assert made.status_code == 201, made.text
    return port, engineer


def layers_of(engine, port_id) -> dict[str, int]:
    with session_scope(engine) as session:
        rows = session.execute(
            text("SELECT layer, count(*) FROM basemap_feature WHERE port_id = :p GROUP BY 1"),
            {"p": port_id},
        ).all()
    return dict(rows)


def test_the_monaco_extract_gives_land_sea_buildings_and_roads_once(
    monkeypatch, database_url, engine, monaco_port
):
    port, _ = monaco_port
    done = run_cli(monkeypatch, database_url, "import", "basemap", str(MONACO), "--port", port.code)
    assert done.exit_code == 0, done.output
    counts = layers_of(engine, port.id)
    assert counts["building"] > 500 and counts["road"] > 500
    assert counts["coastline"] > 0 and counts["land"] > 0 and counts["water"] > 0
    with session_scope(engine) as session:
        sea, land = session.execute(
            text(
                "SELECT bool_or(layer = 'water' AND ST_Intersects(geom, "
                "ST_SetSRID(ST_Point(7.44, 43.725), 4326))), "  # the open sea off Monaco
                "bool_or(layer = 'land' AND ST_Intersects(geom, "
                "ST_SetSRID(ST_Point(7.4205, 43.7395), 4326))) "  # the rock of Monte Carlo
                "FROM basemap_feature WHERE port_id = :p"
            ),
            {"p": port.id},
        ).one()
    assert sea and land
    again = run_cli(
        monkeypatch, database_url, "import", "basemap", str(MONACO), "--port", port.code
    )
    assert again.exit_code == 0 and "replaced" in again.output
    assert layers_of(engine, port.id) == counts  # the same file again: nothing duplicated


def test_an_extract_of_another_place_is_refused_and_writes_nothing(
    monkeypatch, database_url, engine, monaco_port
):
    port, _ = monaco_port
    done = run_cli(
        monkeypatch, database_url, "import", "basemap", str(HELSINKI), "--port", port.code
    )
    assert done.exit_code != 0
    assert "helsinki.osm.pbf" in done.output and "another place" in done.output
    assert layers_of(engine, port.id) == {}


def test_a_file_that_is_not_openstreetmap_is_refused(
    monkeypatch, database_url, monaco_port, tmp_path
):
    port, _ = monaco_port
    fake = tmp_path / "map.osm.pbf"
    fake.write_bytes(b"PK\x03\x04 not a map")
    done = run_cli(monkeypatch, database_url, "import", "basemap", str(fake), "--port", port.code)
    assert done.exit_code != 0 and "map.osm.pbf" in done.output


def test_basemap_tiles_are_scoped_to_the_callers_ports(
    monkeypatch, database_url, client, make_port, make_token, monaco_port
):
    port, engineer = monaco_port
    assert (
        run_cli(
            monkeypatch, database_url, "import", "basemap", str(MONACO), "--port", port.code
        ).exit_code
        == 0
    )
    z, x, y = 16, 34119, 23897  # Port Hercule
    path = f"/ogc/collections/basemap/tiles/WebMercatorQuad/{z}/{y}/{x}"
    tile = client.get(path, headers=auth(engineer))
    assert tile.status_code == 200
    decoded = mapbox_vector_tile.decode(tile.content)["basemap"]["features"]
    assert {f["properties"]["layer"] for f in decoded} >= {"building", "road"}
    other = make_token("viewer", make_port())
    assert client.get(path, headers=auth(other)).status_code == 204


def test_land_and_water_follow_the_coastline_direction():
    frame = Point(0, 0).buffer(1).envelope
    # a coastline running east along y = 0: land on its left (north)
    faces = land_and_water([LineString([(-2, 0), (2, 0)])], frame)
    sides = {side: face for side, face in faces}
    assert set(sides) == {"land", "water"}
    assert sides["land"].contains(Point(0, 0.5)) and sides["water"].contains(Point(0, -0.5))
    assert land_and_water([], frame) == []

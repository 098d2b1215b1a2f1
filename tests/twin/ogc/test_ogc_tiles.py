"""Vector tiles decoded by GDAL's MVT driver and by mapbox-vector-tile."""

from __future__ import annotations

import math

import httpx
import mapbox_vector_tile
import pyogrio
from helpers import auth, quay
from sqlalchemy import text

from kernel.database import session_scope


def tile_of(lon: float, lat: float, z: int) -> tuple[int, int]:
    n = 2**z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def tile_url(base: str, z: int, x: int, y: int, collection: str = "facilities") -> str:
    return f"{base}/ogc/collections/{collection}/tiles/WebMercatorQuad/{z}/{y}/{x}"


def facilities_in_tile(engine, port: str, z: int, x: int, y: int) -> set[str]:
    with session_scope(engine) as session:
        rows = session.scalars(
            text(
                "SELECT f.id::text FROM facility f JOIN port p ON p.id = f.port_id "
                "WHERE p.code = :port AND f.deleted_at IS NULL AND "
                "ST_Intersects(ST_Transform(f.geom, 3857), ST_TileEnvelope(:z, :x, :y))"
            ),
            {"port": port, "z": z, "x": x, "y": y},
        )
        return set(rows)


def test_gdal_decodes_a_tile_with_the_facilities_inside_it(demo, live_server, engine, tmp_path):
    z = 15
    x, y = tile_of(7.4225, 43.7345, z)  # Port Hercule
    resp = httpx.get(tile_url(live_server, z, x, y), headers=auth(demo["demo-viewer"]))
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "application/vnd.mapbox-vector-tile"
    path = tmp_path / f"{y}.pbf"
    path.write_bytes(resp.content)
    df = pyogrio.read_dataframe(path, layer="facilities", X=str(x), Y=str(y), Z=str(z))
    expected = facilities_in_tile(engine, "MCMON", z, x, y)
    assert len(expected) > 5
    assert set(df["id"]) == expected
    # GDAL georeferences the tile in Web Mercator: features land inside the tile envelope
    lon_min = x / 2**z * 360 - 180
    lon_max = (x + 1) / 2**z * 360 - 180
    minx, _, maxx, _ = df.to_crs(4326).total_bounds
    assert lon_min - 0.01 < minx and maxx < lon_max + 0.01


def test_tile_properties_and_layer_name(demo, live_server):
    z = 14
    x, y = tile_of(7.4225, 43.7345, z)
    resp = httpx.get(tile_url(live_server, z, x, y), headers=auth(demo["demo-viewer"]))
    layer = mapbox_vector_tile.decode(resp.content)["facilities"]
    kinds = {f["properties"]["kind"] for f in layer["features"]}
    assert {"pier", "floating_pier", "crane"} <= kinds
    assert all(f["properties"]["port_code"] == "MCMON" for f in layer["features"])


def test_tiles_are_scoped_empty_tiles_answer_204_and_etags_revalidate(demo, live_server):
    z = 13
    x, y = tile_of(114.60, -28.77, z)  # Geraldton
    outsider = httpx.get(tile_url(live_server, z, x, y), headers=auth(demo["demo-viewer"]))
    assert outsider.status_code == 204  # the Monaco viewer sees nothing of Geraldton
    engineer = auth(demo["demo-engineer"])
    first = httpx.get(tile_url(live_server, z, x, y), headers=engineer)
    assert first.status_code == 200
    assert first.headers["cache-control"].startswith("private")
    again = httpx.get(
        tile_url(live_server, z, x, y), headers={**engineer, "If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    ocean = httpx.get(tile_url(live_server, 10, 0, 0), headers=engineer)
    assert ocean.status_code == 204
    assert httpx.get(tile_url(live_server, 3, 9, 0), headers=engineer).status_code == 404
    assert httpx.get(tile_url(live_server, z, x, y)).status_code == 401


def test_port_boundary_tiles(demo, live_server):
    z = 12
    x, y = tile_of(139.725, 35.485, z)  # Kawasaki port zone
    resp = httpx.get(
        tile_url(live_server, z, x, y, "ports"), headers=auth(demo["kawasaki-engineer"])
    )
    assert resp.status_code == 200
    [feature] = mapbox_vector_tile.decode(resp.content)["ports"]["features"]
    assert feature["properties"]["code"] == "JPKWS"


def test_tileset_metadata_and_tilejson(demo, live_server):
    headers = auth(demo["demo-viewer"])
    base = f"{live_server}/ogc/collections/facilities/tiles"
    tileset = httpx.get(f"{base}/WebMercatorQuad", headers=headers).json()
    assert tileset["dataType"] == "vector"
    template = next(lk for lk in tileset["links"] if lk["rel"] == "item")
    assert template["href"].endswith("/{tileMatrix}/{tileRow}/{tileCol}")
    tj = httpx.get(f"{base}/WebMercatorQuad/tilejson.json", headers=headers).json()
    assert tj["tilejson"] == "3.0.0" and tj["vector_layers"][0]["id"] == "facilities"
    tms = httpx.get(f"{live_server}/ogc/tileMatrixSets/WebMercatorQuad").json()
    assert len(tms["tileMatrices"]) == 25


def test_a_tile_asked_again_comes_from_memory_until_its_data_changes(
    client, engine, make_port, make_token
):
    from test_query_counts import counted

    from kernel.data_version import data_version
    from kernel.database import session_scope

    port = make_port()
    token = make_token("engineer", port)
    body = quay(port.code, ledger_no="TC-1", name_en="Cached quay")
    facility = client.post("/api/v1/facilities", json=body, headers=auth(token)).json()
    lon, lat = body["geometry"]["coordinates"][0]
    x, y = tile_of(lon, lat, 16)
    url = tile_url("", 16, x, y)
    made = lambda statements: sum("ST_AsMVT" in s for s in statements)  # noqa: E731

    with counted(engine) as first:
        one = client.get(url, headers=auth(token))
    with counted(engine) as second:
        two = client.get(url, headers=auth(token))
    assert one.status_code == two.status_code == 200
    assert made(first) == 1 and made(second) == 0  # the second came from memory
    assert two.content == one.content and two.headers["etag"] == one.headers["etag"]
    names = lambda resp: [  # noqa: E731
        f["properties"].get("name_en")
        for f in mapbox_vector_tile.decode(resp.content)["facilities"]["features"]
    ]
    assert names(two) == ["Cached quay"]

    # a user of another port shares nothing: the same tile is empty for them
    other = make_token("engineer", make_port())
    assert client.get(url, headers=auth(other)).status_code == 204

    # one change (one transaction) moves the version by one, and the next tile is new
    with session_scope(engine) as session:
        before = data_version(session)
    changed = client.patch(
        f"/api/v1/facilities/{facility['id']}",
        json={"name_en": "Renamed quay"},
        headers=auth(token),
    )
    assert changed.status_code == 200, changed.text
    with session_scope(engine) as session:
        assert data_version(session) == before + 1
    with counted(engine) as third:
        three = client.get(url, headers=auth(token))
    assert made(third) == 1
    assert names(three) == ["Renamed quay"] and three.headers["etag"] != one.headers["etag"]

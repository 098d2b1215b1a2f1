"""OGC API Features read by real clients: GDAL's OAPIF driver (through pyogrio) and HTTP."""

from __future__ import annotations

import httpx
import pytest
from gdal_client import read_oapif
from helpers import auth
from pyproj import Transformer
from sqlalchemy import text

from kernel.database import session_scope

EPSG = "http://www.opengis.net/def/crs/EPSG/0/{}"


def clean(value):
    """pandas' missing values (NaN, None) as None."""
    return None if value is None or value != value else value


def db_facilities(engine, port_code: str) -> dict[str, tuple]:
    with session_scope(engine) as session:
        rows = session.execute(
            text(
                "SELECT f.id::text, f.ledger_no, f.name_en, f.kind, f.crown_height_m, "
                "f.port_id FROM facility f JOIN port p ON p.id = f.port_id "
                "WHERE p.code = :code AND f.deleted_at IS NULL"
            ),
            {"code": port_code},
        ).all()
    return {r[0]: tuple(r[1:5]) for r in rows}


def test_gdal_reads_every_facility_of_the_demo_port_with_the_database_values(
    engine, demo, live_server
):
    expected = db_facilities(engine, "MCMON")
    df = read_oapif(f"{live_server}/ogc/collections/facilities", demo["demo-viewer"])
    # 27 piers, 4 cranes, 3 slipways, 2 marinas, the cruise breakwater
    assert len(df) == len(expected) == 37
    got = {
        row.id: tuple(clean(v) for v in (row.ledger_no, row.name_en, row.kind, row.crown_height_m))
        for row in df.itertuples()
    }
    assert got == expected
    assert set(df.geometry.geom_type) == {"LineString", "Polygon", "Point"}
    nice = read_oapif(
        f"{live_server}/ogc/collections/facilities",
        demo["demo-engineer"],
        where="port_code = 'FRNCE'",
    )
    assert len(nice) == 16 and set(nice.kind) == {"quay"}


def test_gdal_reads_geraldton_crest_heights(engine, demo, live_server):
    df = read_oapif(
        f"{live_server}/ogc/collections/facilities",
        demo["demo-engineer"],
        auth="basic",
        where="port_code = 'AUGET'",
    )
    assert len(df) == 7
    assert set(df.crown_height_datum) == {"MSL"}


def test_gdal_asks_for_plane_zone_ix_coordinates(demo, live_server, client, make_port, make_token):
    port = make_port()
    engineer = make_token("engineer", port)
    lon, lat = 139.7412, 35.4931
    client.post(
        "/api/v1/facilities",
        headers=auth(engineer),
        json={
            "port": port.code,
            "kind": "crane",
            "ledger_no": "Z9",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        },
    )
    df = read_oapif(f"{live_server}/ogc/collections/facilities", engineer, CRS="EPSG:6677")
    assert df.crs.to_epsg() == 6677
    x, y = Transformer.from_crs(4326, 6677, always_xy=True).transform(lon, lat)
    point = df.geometry.iloc[0]
    assert (point.x, point.y) == pytest.approx((x, y), abs=0.002)


def get(url: str, token: str, **params) -> httpx.Response:
    return httpx.get(url, params=params, headers=auth(token), timeout=10)


def test_crs_request_returns_coordinates_in_the_crs_axis_order(demo, live_server):
    token = demo["demo-viewer"]
    base = f"{live_server}/ogc/collections/facilities/items"
    plain = get(base, token, kind="crane", limit=1).json()["features"][0]
    resp = get(base, token, kind="crane", limit=1, crs=EPSG.format(6677))
    assert resp.headers["content-crs"] == f"<{EPSG.format(6677)}>"
    lon, lat = plain["geometry"]["coordinates"]
    north, east = Transformer.from_crs(4326, 6677).transform(lat, lon)  # authority order
    assert resp.json()["features"][0]["geometry"]["coordinates"] == pytest.approx(
        [north, east], abs=0.002
    )
    lat_first = get(base, token, kind="crane", limit=1, crs=EPSG.format(4326)).json()
    assert lat_first["features"][0]["geometry"]["coordinates"] == pytest.approx([lat, lon])


def test_items_page_with_next_links_until_every_feature_is_seen(demo, live_server):
    token = demo["demo-viewer"]
    url = f"{live_server}/ogc/collections/facilities/items?limit=7"
    seen, pages = [], 0
    while url:
        body = httpx.get(url, headers=auth(token), timeout=10).json()
        assert body["numberMatched"] == 37
        assert body["numberReturned"] == len(body["features"])
        seen += [f["id"] for f in body["features"]]
        url = next((lk["href"] for lk in body["links"] if lk["rel"] == "next"), None)
        pages += 1
    assert pages == 6
    assert len(seen) == len(set(seen)) == 37


def test_bbox_and_bbox_crs_select_the_same_features(demo, live_server):
    token = demo["demo-viewer"]
    base = f"{live_server}/ogc/collections/facilities/items"
    lonlat = get(base, token, bbox="7.415,43.728,7.43,43.74", limit=100).json()
    latlon = get(
        base, token, bbox="43.728,7.415,43.74,7.43", limit=100, **{"bbox-crs": EPSG.format(4326)}
    ).json()
    assert 0 < lonlat["numberMatched"] < 37
    assert {f["id"] for f in lonlat["features"]} == {f["id"] for f in latlon["features"]}


@pytest.mark.parametrize(
    ("cql", "count"),
    [
        ("kind = 'quay'", 16),
        ("kind = 'quay' AND name_en IS NULL", 1),
        ("kind IN ('pier', 'floating_pier') OR kind = 'breakwater'", 35),  # with Geraldton's 7
        ("NOT kind = 'quay' AND name_en LIKE 'Digue%'", 1),
        (
            "S_INTERSECTS(geometry, "
            "POLYGON((7.28 43.68, 7.30 43.68, 7.30 43.70, 7.28 43.70, 7.28 43.68)))",
            None,
        ),
    ],
)
def test_cql2_filters_match_the_database(demo, live_server, engine, cql, count):
    body = get(
        f"{live_server}/ogc/collections/facilities/items",
        demo["demo-engineer"],  # Monaco, Nice, Geraldton and Numazu
        filter=cql,
        limit=100,
    ).json()
    if count is None:  # spatial: compare with PostGIS directly
        with session_scope(engine) as session:
            count = session.scalar(
                text(
                    "SELECT count(*) FROM facility f JOIN port p ON p.id = f.port_id "
                    "WHERE p.code IN ('MCMON', 'FRNCE', 'AUGET', 'JPNUMAZU') "
                    "AND ST_Intersects(f.geom, ST_MakeEnvelope(7.28, 43.68, 7.30, 43.70, 4326))"
                )
            )
        assert count > 0
    assert body["numberMatched"] == count


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"filter": "colour = 'red'"}, "not a queryable"),
        ({"filter": "kind = "}, "not valid CQL2"),
        ({"limit": "0"}, "limit"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"crs": EPSG.format(2154)}, "not offered"),
        ({"wibble": "1"}, "unknown query parameter"),
        ({"construction_year": "old"}, "integer"),
    ],
)
def test_bad_parameters_answer_400_naming_them(demo, live_server, params, message):
    resp = get(f"{live_server}/ogc/collections/facilities/items", demo["demo-viewer"], **params)
    assert resp.status_code == 400
    assert message in resp.json()["detail"]


def test_filter_values_are_bound_not_interpolated(demo, live_server):
    url = f"{live_server}/ogc/collections/facilities/items"
    body = get(url, demo["demo-viewer"], filter="name_en = 'x; DROP TABLE facility; --'").json()
    assert body["numberMatched"] == 0
    body = get(url, demo["demo-viewer"], filter="name_en LIKE '%'").json()
    assert body["numberMatched"] == 4  # Monaco's named facilities: the table is still there


def test_viewer_sees_only_own_ports_features(demo, live_server, engine):
    token = demo["demo-viewer"]  # MCMON only
    geraldton = next(iter(db_facilities(engine, "AUGET")))
    assert (
        get(f"{live_server}/ogc/collections/facilities/items/{geraldton}", token).status_code == 404
    )
    body = get(f"{live_server}/ogc/collections/facilities/items", token, port_code="AUGET").json()
    assert body["numberMatched"] == 0
    ports = get(f"{live_server}/ogc/collections/ports/items", token).json()
    assert [f["properties"]["code"] for f in ports["features"]] == ["MCMON"]
    assert httpx.get(f"{live_server}/ogc/collections/facilities/items").status_code == 401


def test_landing_conformance_queryables_and_html(demo, live_server):
    token = demo["demo-viewer"]
    landing = httpx.get(f"{live_server}/ogc").json()
    assert {"service-desc", "conformance", "data"} <= {lk["rel"] for lk in landing["links"]}
    conf = httpx.get(f"{live_server}/ogc/conformance").json()["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs" in conf
    oas = httpx.get(f"{live_server}/ogc/api").json()
    assert oas["openapi"].startswith("3.0")
    q = get(f"{live_server}/ogc/collections/facilities/queryables", token)
    assert q.headers["content-type"] == "application/schema+json"
    assert q.json()["properties"]["construction_year"]["type"] == "integer"
    page = get(
        f"{live_server}/ogc/collections/facilities/items", token, f="html", kind="breakwater"
    )
    assert page.headers["content-type"].startswith("text/html")
    assert "Digue Croisières" in page.text
    coll = get(f"{live_server}/ogc/collections/facilities", token).json()
    bbox = coll["extent"]["spatial"]["bbox"][0]
    assert 7.40 < bbox[0] < bbox[2] < 7.45  # Monaco only, for this viewer


def test_gdal_reads_bim_footprints_with_their_links(engine, demo, live_server):
    """The demo's IFC model of Quai des Docks, as GDAL sees it: its footprint, linked by id."""
    with session_scope(engine) as session:
        docks = session.execute(
            text(
                "SELECT f.id::text, ST_AsText(f.geom) FROM facility f JOIN port p "
                "ON p.id = f.port_id WHERE p.code = 'FRNCE' AND f.name_en = 'Quai des Docks'"
            )
        ).one()
    df = read_oapif(f"{live_server}/ogc/collections/bim-elements", demo["demo-engineer"])
    # the export gives each of the quay's 20 span components a body (the quay itself none)
    assert len(df) == 20 and "IfcMarineFacility" not in set(df.ifc_class)
    assert {"IfcCaissonFoundation", "IfcMooringDevice"} <= set(df.ifc_class)
    assert set(df.facility_id) == {docks[0]} and set(df.link_method) == {"external_id"}
    assert set(df.link_confidence) == {1.0} and df.global_id.is_unique
    assert all(df.file_name.str.endswith(".ifc"))
    # the spans' footprints (the quay line widened to its width) together cover the line
    from shapely import wkt

    assert df.geometry.union_all().buffer(1e-7).covers(wkt.loads(docks[1]))
    # a viewer of Monaco only does not see Nice's model
    hidden = read_oapif(f"{live_server}/ogc/collections/bim-elements", demo["demo-viewer"])
    assert len(hidden) == 0

"""Desktop GIS against the OGC API: Debian's QGIS 3.22 (headless PyQGIS) and Debian's GDAL
``ogrinfo``, logging in with HTTP Basic (the API token as the password), as their users do.

QGIS gives a layer the geometry type of its first features, so the mixed ``facilities``
collection is also published as one collection per geometry type; QGIS must draw every
facility from them. Styles are published for QGIS (QML), SLD clients and MapLibre; QGIS must
draw the grade colours with them. Rendered maps are saved under test-artifacts/qgis/.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import httpx
import pytest
from helpers import auth, quay
from qgis_client import run_qgis
from sqlalchemy import text

from geodata import GDAL_WALLS
from inspections.styles import GRADE_COLOURS, NO_GRADE_COLOUR
from kernel.database import session_scope

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "qgis"
VIEWS = ("facilities-points", "facilities-lines", "facilities-polygons")
COLOURS = {**GRADE_COLOURS, "none": NO_GRADE_COLOUR}
VALIDATOR = (
    Path(__file__).resolve().parents[3]
    / "viewer/node_modules/@maplibre/maplibre-gl-style-spec/dist/gl-style-validate.mjs"
)


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def matched(base: str, collection: str, token: str) -> int:
    resp = httpx.get(
        f"{base}/ogc/collections/{collection}/items",
        params={"limit": 1},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    assert resp.status_code == 200, resp.text
    return int(resp.json()["numberMatched"])


def port_box(engine, code: str) -> list[float]:
    with session_scope(engine) as session:
        row = session.execute(
            text(
                "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT "
                "ST_Extent(f.geom) e FROM facility f JOIN port p ON p.id = f.port_id "
                "WHERE p.code = :code AND f.deleted_at IS NULL) x"
            ),
            {"code": code},
        ).one()
    return [float(v) for v in row]


def grades_of(engine, code: str) -> set[str]:
    with session_scope(engine) as session:
        return set(
            session.scalars(
                text(
                    "SELECT DISTINCT c.final_grade FROM facility_condition c JOIN port p "
                    "ON p.id = c.port_id WHERE p.code = :code AND c.final_grade IS NOT NULL"
                ),
                {"code": code},
            )
        )


def test_qgis_loads_every_facility_with_basic_auth_one_geometry_type_per_layer(demo, live_server):
    token = demo["demo-viewer"]  # Monaco: points, lines and polygons
    seen = run_qgis(
        "collections",
        base=live_server,
        user="demo-viewer",
        token=token,
        collections=["facilities", *VIEWS, "inspection-findings"],
    )
    assert seen["qgis"].startswith("3.")
    total = matched(live_server, "facilities", token)
    drawn = 0
    for view, kind in zip(VIEWS, ("MultiPoint", "MultiLineString", "MultiPolygon"), strict=True):
        layer = seen[view]
        assert layer["valid"], layer["error"]
        assert layer["wkb_type"] == kind
        assert layer["feature_wkb_types"] in ([kind], [])
        assert layer["features"] == layer["drawn"] == matched(live_server, view, token)
        drawn += layer["drawn"]
    assert drawn == total == seen["facilities"]["features"] == 37
    # the mixed collection is the trap the views exist for: QGIS types it by its first feature
    assert len(seen["facilities"]["feature_wkb_types"]) == 3
    findings = seen["inspection-findings"]
    assert findings["features"] == matched(live_server, "inspection-findings", token) > 0


def test_qgis_with_a_wrong_token_gets_an_invalid_layer_not_a_crash(live_server):
    seen = run_qgis(
        "collections",
        base=live_server,
        user="demo-viewer",
        token="pt_not-a-token",
        collections=["facilities-lines"],
    )
    layer = seen["facilities-lines"]
    assert not layer["valid"] and layer["features"] == 0


def test_a_wrong_basic_password_gets_401_with_both_challenges(live_server):
    resp = httpx.get(f"{live_server}/ogc/collections/facilities/items", auth=("me", "nope"))
    assert resp.status_code == 401
    challenge = resp.headers["www-authenticate"]
    assert "Basic" in challenge and "Bearer" in challenge
    bearer = httpx.get(
        f"{live_server}/ogc/collections/facilities/items",
        headers={"Authorization": "Bearer nope"},
    )
    # a script speaking Bearer is not offered Basic (a browser would pop up a password box)
    assert bearer.status_code == 401 and "Basic" not in bearer.headers["www-authenticate"]


def test_debian_ogrinfo_reads_the_views_with_basic_auth(demo, live_server):
    token = demo["demo-viewer"]
    env = {k: v for k, v in os.environ.items() if k not in GDAL_WALLS}
    env |= {"GDAL_HTTP_AUTH": "BASIC", "GDAL_HTTP_USERPWD": f"demo-viewer:{token}"}
    for view, kind in zip(
        VIEWS, ("Multi Point", "Multi Line String", "Multi Polygon"), strict=True
    ):
        done = subprocess.run(
            ["ogrinfo", "-ro", "-so", f"OAPIF:{live_server}/ogc/collections/{view}", view],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert f"Geometry: {kind}" in done.stdout
        assert f"Feature Count: {matched(live_server, view, token)}" in done.stdout
    env["GDAL_HTTP_USERPWD"] = "demo-viewer:not-the-token"
    refused = subprocess.run(
        ["ogrinfo", "-ro", "-so", f"OAPIF:{live_server}/ogc/collections/{VIEWS[0]}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode != 0 and "401" in refused.stderr


def test_qgis_draws_the_tiles_in_grade_colours_with_the_published_style(
    demo, live_server, engine, artifacts
):
    png = artifacts / "tiles-monaco-grades.png"
    drawn = run_qgis(
        "tiles",
        base=live_server,
        user="demo-viewer",
        token=demo["demo-viewer"],
        tiles=f"{live_server}/ogc/collections/facilities/tiles/WebMercatorQuad/{{z}}/{{y}}/{{x}}",
        style=f"{live_server}/ogc/styles/grades?f=mapbox",
        extent=port_box(engine, "MCMON"),
        png=str(png),
        colours=COLOURS,
    )
    assert drawn["valid"] and drawn["style_loaded"], drawn["style_message"]
    assert drawn["styles"] >= 15  # per geometry type and grade, and the port boundary
    assert not drawn["errors"]
    assert png.stat().st_size > 5_000
    # each grade the port has is drawn in its colour, and the ungraded in grey
    for grade in grades_of(engine, "MCMON"):
        assert drawn["colours"][grade] > 0, (grade, drawn["colours"])
    assert drawn["colours"]["none"] > 0


@pytest.mark.parametrize("fmt", ["qml", "sld11"])
def test_qgis_applies_the_published_layer_styles(demo, live_server, engine, artifacts, fmt):
    view = "facilities-polygons"
    styles = httpx.get(f"{live_server}/ogc/collections/{view}/styles").json()
    links = {link["href"].rsplit("=", 1)[1]: link for link in styles["styles"][0]["links"]}
    assert set(links) == {"mapbox", "sld11", "qml"}
    png = artifacts / f"{view}-{fmt}.png"
    seen = run_qgis(
        "styled",
        base=live_server,
        user="demo-viewer",
        token=demo["demo-viewer"],
        collection=view,
        style=links[fmt]["href"],
        format=fmt[:3],
        png=str(png),
        colours=COLOURS,
    )
    assert seen["valid"] and seen["loaded"], seen["message"]
    assert seen["labels"]
    if fmt == "qml":
        assert seen["renderer"] == "QgsCategorizedSymbolRenderer"
        assert seen["attribute"] == "grade"
        assert [value for value, _ in seen["categories"]] == ["A", "B", "C", "D", ""]
        assert "性能" in seen["categories"][0][1]
    else:
        assert seen["renderer"] == "QgsRuleBasedRenderer"
        filters = [f for _, f in seen["rules"]]
        # the ungraded first (underneath), then each grade
        assert "IS NULL" in filters[0]
        assert filters[1:] == [f"grade = '{g}'" for g in "ABCD"]
    assert not seen["errors"]
    assert sum(seen["colours"].values()) > 0


def test_styles_are_listed_without_a_token_and_name_their_formats(live_server):
    base = f"{live_server}/ogc"
    assert httpx.get(f"{base}/styles").json()["default"] == "grades"
    mixed = httpx.get(f"{base}/collections/facilities/styles").json()
    formats = {link["type"] for link in mixed["styles"][0]["links"]}
    assert formats == {
        "application/vnd.mapbox.style+json",
        "application/vnd.ogc.se+xml;version=1.1",
    }
    no_qml = httpx.get(f"{base}/collections/facilities/styles/grades", params={"f": "qml"})
    assert no_qml.status_code == 404 and "facilities-points" in no_qml.text
    assert httpx.get(f"{base}/collections/components/styles").status_code == 404
    qml = httpx.get(f"{base}/collections/inspection-findings/styles/grades", params={"f": "qml"})
    assert qml.headers["content-type"].startswith("application/vnd.qgis.qml")
    assert 'attr="grade"' in qml.text and 'value="a"' in qml.text


@pytest.mark.parametrize(
    "path",
    [
        "/styles/grades?f=mapbox",
        "/collections/facilities/styles/grades?f=mapbox",
        "/collections/facilities-lines/styles/grades?f=mapbox",
        "/collections/inspection-findings/styles/grades?f=mapbox",
    ],
)
def test_maplibre_styles_pass_the_style_spec_validator(live_server, tmp_path, path):
    resp = httpx.get(f"{live_server}/ogc{path}")
    assert resp.headers["content-type"].startswith("application/vnd.mapbox.style+json")
    style = resp.json()
    file = tmp_path / "style.json"
    file.write_text(json.dumps(style), encoding="utf-8")
    done = subprocess.run(
        ["node", str(VALIDATOR), str(file)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for source in style["sources"].values():
        assert all(t.startswith(live_server) and "{z}" in t for t in source["tiles"])
    assert "token" not in resp.text.lower()  # never a token in a URL


def test_schema_declares_each_views_geometry_type(demo, live_server):
    headers = {"Authorization": f"Bearer {demo['demo-viewer']}"}
    for view, fmt in zip(
        VIEWS,
        ("geometry-multipoint", "geometry-multilinestring", "geometry-multipolygon"),
        strict=True,
    ):
        schema = httpx.get(f"{live_server}/ogc/collections/{view}/schema", headers=headers).json()
        geometry = schema["properties"]["geometry"]
        assert geometry["format"] == fmt and geometry["x-ogc-role"] == "primary-geometry"
        assert schema["properties"]["grade"]["type"] == "string"
        doc = httpx.get(f"{live_server}/ogc/collections/{view}", headers=headers).json()
        rels = {link["rel"] for link in doc["links"]}
        assert "http://www.opengis.net/def/rel/ogc/1.0/schema" in rels
        assert "http://www.opengis.net/def/rel/ogc/1.0/styles" in rels
    mixed = httpx.get(f"{live_server}/ogc/collections/facilities", headers=headers).json()
    related = [link["href"] for link in mixed["links"] if link["rel"] == "related"]
    assert [href.rsplit("/", 1)[1] for href in related] == list(VIEWS)


def test_multi_and_collection_geometries_land_in_every_view_they_have_parts_for(
    client, make_port, make_token
):
    port = make_port()
    engineer = make_token("engineer", port)
    shapes = {
        "multi-line": {
            "type": "MultiLineString",
            "coordinates": [
                [[139.74, 35.49], [139.741, 35.49]],
                [[139.742, 35.49], [139.743, 35.49]],
            ],
        },
        "pier-and-head": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "LineString", "coordinates": [[139.75, 35.49], [139.75, 35.491]]},
                {
                    "type": "Polygon",
                    "coordinates": [
                        [
                            [139.75, 35.491],
                            [139.7502, 35.491],
                            [139.7502, 35.4912],
                            [139.75, 35.491],
                        ]
                    ],
                },
            ],
        },
    }
    made = {}
    for name, geometry in shapes.items():
        resp = client.post(
            "/api/v1/facilities",
            json=quay(port.code, name_en=name, geometry=geometry),
            headers=auth(engineer),
        )
        assert resp.status_code == 201, resp.text
        made[name] = resp.json()["id"]

    def ids(view: str) -> dict[str, str]:
        page = client.get(
            f"/ogc/collections/{view}/items",
            params={"port_code": port.code},
            headers=auth(engineer),
        ).json()
        return {f["id"]: f["geometry"]["type"] for f in page["features"]}

    lines, polygons, points = (
        ids(v) for v in ("facilities-lines", "facilities-polygons", "facilities-points")
    )
    assert lines[made["multi-line"]] == "MultiLineString"
    assert lines[made["pier-and-head"]] == "MultiLineString"  # in both views: every part drawn
    assert polygons[made["pier-and-head"]] == "MultiPolygon"
    assert made["multi-line"] not in polygons and not points


def test_the_qgis_project_of_a_port_opens_styled_over_the_api(client, demo, live_server, artifacts):
    token = demo["demo-viewer"]
    resp = httpx.get(
        f"{live_server}/ogc/qgis-project",
        params={"port": "MCMON"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    assert resp.status_code == 200, resp.text
    assert token not in resp.content.decode("latin-1")  # the project names a login, holds none
    project = artifacts / "porttwin-MCMON.qgz"
    project.write_bytes(resp.content)
    png = artifacts / "qgis-project-MCMON.png"
    seen = run_qgis(
        "project",
        path=str(project),
        png=str(png),
        colours=COLOURS,
        user="demo-viewer",
        token=token,
        authcfg="porttwn",
    )
    assert seen["read"] and seen["crs"] == "EPSG:3857"
    layers = seen["layers"]
    assert all(layer["valid"] for layer in layers.values()), layers
    for view in VIEWS:
        layer = layers[f"{view.replace('-', '_')}_layer"]
        assert layer["features"] == matched(live_server, view, token)
        assert layer["renderer"] == "QgsCategorizedSymbolRenderer" and layer["labels"]
        assert layer["categories"] == ["A", "B", "C", "D", ""]
    assert layers["inspection_findings_layer"]["categories"] == ["a", "b", "c", "d", ""]
    assert layers["ports_layer"]["features"] >= 1
    assert not seen["errors"]
    assert seen["colours"]["none"] > 0 and sum(seen["colours"].values()) > seen["colours"]["none"]
    refused = client.get(
        "/ogc/qgis-project", params={"port": "MCMON", "authcfg": "x'y"}, headers=auth(token)
    )
    assert refused.status_code == 400 and "authcfg" in refused.text
    hidden = client.get("/ogc/qgis-project", params={"port": "FRNCE"}, headers=auth(token))
    assert hidden.status_code == 404  # not the viewer's port

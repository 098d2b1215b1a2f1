"""Files an attacker with an engineer token would send: every one is refused (4xx naming the
file and the reason), nothing is stored, no file outside the upload is read and no URL is
fetched. The canary file holds a unique string that must never reach an answer, a row or
the file store; the canary server counts every request made to it."""

from __future__ import annotations

import io
import os
import secrets
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from helpers import auth
from sqlalchemy import text

from geodata.sniff import identify, require_format
from kernel.database import session_scope
from kernel.settings import Settings

RASTER = SHARED / "raster" / "sfincs_compound_piave_venice_dep.tif"
MONACO = SHARED / "vector" / "osm" / "monaco-latest.osm.pbf"


@pytest.fixture(scope="module")
def canary(tmp_path_factory) -> tuple[Path, str]:
    """A file outside every upload, with a secret no answer may ever contain."""
    secret = f"CANARY-{secrets.token_hex(8)}"
    path = tmp_path_factory.mktemp("outside") / "secret.csv"
    path.write_text(f"name,x,y\n{secret},7.42,43.73\n" * 40)
    return path, secret


@pytest.fixture(scope="module")
def canary_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on loopback that records every request (none may arrive)."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"II*\x00" + b"\x00" * 100)

        do_HEAD = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()


def raster_vrt(source: str) -> bytes:
    return f"""<VRTDataset rasterXSize="40" rasterYSize="40">
  <SRS>EPSG:32633</SRS><GeoTransform>300000,50,0,5000000,0,-50</GeoTransform>
  <VRTRasterBand dataType="Byte" band="1" subClass="VRTRawRasterBand">
    <SourceFilename relativetoVRT="0">{source}</SourceFilename>
    <ImageOffset>0</ImageOffset><PixelOffset>1</PixelOffset><LineOffset>40</LineOffset>
  </VRTRasterBand>
</VRTDataset>
""".encode()


def ogr_vrt(source: str) -> bytes:
    return f"""<OGRVRTDataSource>
  <OGRVRTLayer name="quays">
    <SrcDataSource>{source}</SrcDataSource>
    <SrcSQL>SELECT name AS name_en, x, y FROM secret</SrcSQL>
    <GeometryType>wkbPoint</GeometryType><LayerSRS>EPSG:4326</LayerSRS>
    <GeometryField encoding="PointFromColumns" x="x" y="y"/>
  </OGRVRTLayer>
</OGRVRTDataSource>
""".encode()  # noqa: S608 (a hostile file's content, not our SQL)


KML_NETWORK_LINK = b"""<?xml version="1.0"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><NetworkLink><Link>
<href>{url}/quays.kml</href></Link></NetworkLink></kml>
"""
GML_ELSEWHERE = b"""<?xml version="1.0"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" xmlns:gml="http://www.opengis.net/gml"
 xmlns:xlink="http://www.w3.org/1999/xlink" xsi:schemaLocation="x {url}/schema.xsd"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<gml:featureMember xlink:href="{url}/feature.gml#f1"/></wfs:FeatureCollection>
"""


def zipped(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name.replace("__", "/"), data)
    return out.getvalue()


def stored_files(settings_dir: Path) -> set[Path]:
    root = settings_dir / "files"
    return set(root.rglob("*")) if root.exists() else set()


def assert_leaked_nowhere(engine, secret: str, body: str) -> None:
    assert secret not in body
    with session_scope(engine) as session:
        hits = session.scalar(
            text("SELECT count(*) FROM facility WHERE name_en LIKE :s OR attributes::text LIKE :s"),
            {"s": f"%{secret}%"},
        )
    assert hits == 0


def count(engine, table: str, port_id) -> int:
    with session_scope(engine) as session:
        return session.scalar(
            text(f"SELECT count(*) FROM {table} WHERE port_id = :p"),  # noqa: S608 (test constant)
            {"p": port_id},
        )


@pytest.fixture
def engineer(make_port, make_token):
    port = make_port(metric_epsg=32633)
    return port, make_token("engineer", port)


def vector_cases(canary: Path, url: str) -> list[tuple[str, bytes, str]]:
    """(file name, content, words the refusal must contain) for the vector import route."""
    vrt = ogr_vrt(str(canary))
    return [
        ("quays.geojson", vrt, "OGR VRT"),
        ("quays.vrt", vrt, "unknown format"),
        ("quays.zip", zipped(**{"quays.shp": vrt}), "OGR VRT"),
        ("quays.zip", zipped(**{"data__quays.geojson": vrt}), "OGR VRT"),
        ("quays.zip", zipped(**{"quays.vrt": vrt}), "no file to import"),
        ("quays.geojson", ogr_vrt(f"/vsicurl/{url}/secret.csv"), "OGR VRT"),
        ("quays.geojson", KML_NETWORK_LINK.replace(b"{url}", url.encode()), "KML"),
        ("quays.geojson", GML_ELSEWHERE.replace(b"{url}", url.encode()), "GML"),
        ("quays.gpkg", vrt, "OGR VRT"),
        ("quays.csv", f"/vsicurl/{url}/x.csv".encode(), "no rows"),
        ("quays.geojson", f"/vsicurl/{url}/x.geojson".encode(), "CSV text"),
    ]


def test_vector_imports_refuse_files_that_point_elsewhere(
    client, engine, engineer, canary, canary_server
):
    port, token = engineer
    path, secret = canary
    url, hits = canary_server
    for name, content, words in vector_cases(path, url):
        resp = client.post(
            f"/api/v1/imports/vector?port={port.code}",
            headers=auth(token),
            files={"file": (name, content)},
        )
        assert resp.status_code == 422, (name, resp.text)
        problem = resp.json()
        assert problem["field"] == "file"
        assert name in problem["detail"] and words in problem["detail"], problem["detail"]
        assert resp.headers["content-type"] == "application/problem+json"
        assert_leaked_nowhere(engine, secret, resp.text)
    assert count(engine, "facility", port.id) == 0
    assert hits == []


def test_a_raster_vrt_named_tif_is_not_a_survey(
    client, engine, engineer, canary, canary_server, tmp_path
):
    port, token = engineer
    path, secret = canary
    url, hits = canary_server
    cases = [
        ("depth.tif", raster_vrt(str(path)), "GDAL raster VRT"),
        ("depth.tif", raster_vrt("/etc/passwd"), "GDAL raster VRT"),
        ("depth.vrt", raster_vrt(str(path)), "GDAL raster VRT"),
        ("depth.tif", raster_vrt(f"/vsicurl/{url}/depth.tif"), "GDAL raster VRT"),
        ("depth.tif", zipped(**{"depth.vrt": raster_vrt(str(path))}), "zip archive"),
        ("depth.tif", MONACO.read_bytes(), "OpenStreetMap"),
        ("depth.png", RASTER.read_bytes(), "name ends in '.png'"),
    ]
    for name, content, words in cases:
        resp = client.post(
            "/api/v1/surveys",
            headers=auth(token),
            data={"port": port.code, "kind": "bathymetry", "surveyed_on": "2026-01-01"},
            files={"file": (name, content)},
        )
        assert resp.status_code == 422, (name, resp.text)
        assert name in resp.json()["detail"] and words in resp.json()["detail"]
        assert secret not in resp.text and "root:" not in resp.text
    assert count(engine, "raster_survey", port.id) == 0
    assert hits == []


def test_a_plateau_code_list_outside_the_dataset_is_never_read(client, engine, engineer, canary):
    port, token = engineer
    path, secret = canary
    gml = (SHARED / "vector/plateau/plateau-3_0/udx/cons/52384698_cons_6697_1.gml").read_bytes()
    space = b'codeSpace="../../codelists/'
    assert space in gml
    for target in (f"{path.parent}/", "../../../../../../../../etc/", "/etc/"):
        hostile = gml.replace(space, b'codeSpace="' + target.encode(), 1)
        archive = zipped(**{"udx__cons__r.gml": hostile})
        resp = client.post(
            f"/api/v1/imports/plateau?port={port.code}",
            headers=auth(token),
            files={"file": ("revetment.zip", archive)},
        )
        assert resp.status_code == 422, resp.text
        detail = resp.json()["detail"]
        assert "code list" in detail and ("outside" in detail or "relative" in detail), detail
        assert str(path.parent) not in detail  # no server path in an answer
        assert_leaked_nowhere(engine, secret, resp.text)
    assert count(engine, "facility", port.id) == 0


def test_other_routes_refuse_disguised_files(client, engine, engineer, canary):
    port, token = engineer
    path, _ = canary
    vrt = raster_vrt(str(path))
    resp = client.post(
        f"/api/v1/bim/models?port={port.code}",
        headers=auth(token),
        files={"file": ("model.ifc", vrt)},
    )
    assert resp.status_code == 422 and "GDAL raster VRT" in resp.json()["detail"]
    resp = client.post(
        f"/api/v1/bim/models?port={port.code}",
        headers=auth(token),
        files={"file": ("model.ifczip", zipped(**{"model.ifc": ogr_vrt(str(path))}))},
    )
    assert resp.status_code == 422 and "OGR VRT" in resp.json()["detail"]
    resp = client.post(
        "/api/v1/field-packages/upload",
        headers=auth(token),
        files={"file": ("package.zip", vrt)},
    )
    assert resp.status_code == 422 and "package.zip" in resp.json()["detail"]
    with session_scope(engine) as session:
        models = session.scalar(
            text("SELECT count(*) FROM bim_model WHERE port_id = :p"), {"p": port.id}
        )
    assert models == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"II*\x00" + b"\x00" * 200, "GTiff"),
        (b"SQLite format 3\x00" + b"\x00" * 52 + b"GPKG" + b"\x00" * 100, "GPKG"),
        (b"fgb\x03fgb\x00" + b"\x00" * 100, "FlatGeobuf"),
        (b'{"type": "FeatureCollection", "features": []}', "GeoJSON"),
        (b"\xef\xbb\xbfname,lon,lat\nq,1,2\n", "CSV"),
        (b"ISO-10303-21;\nHEADER;", "IFC"),
        (b'<?xml version="1.0"?>\n<!-- x -->\n<osm version="0.6"></osm>', "OSM-XML"),
        (b'<?xml version="1.0"?><core:CityModel xmlns:core="c"></core:CityModel>', "CityGML"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n0\n%%EOF\n", "PDF"),
        (b"%PDF-1.7\n<html><script>alert(1)</script></html>", None),
        (raster_vrt("/etc/passwd"), None),
        (ogr_vrt("/etc/passwd"), None),
        (
            b'<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY x SYSTEM "file:///etc/passwd">]><osm/>',
            None,
        ),
        (b'[{"t": 1}]', None),
        (b"\x00\x01\x02binary", None),
    ],
)
def test_content_decides_the_format(tmp_path, content, expected):
    path = tmp_path / "f"
    path.write_bytes(content)
    assert identify(path) == expected


def test_a_geopackage_with_a_view_is_refused(tmp_path):
    import sqlite3

    gpkg = tmp_path / "quays.gpkg"
    with sqlite3.connect(gpkg) as db:
        db.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
        db.execute("CREATE TABLE t (x)")
        db.execute("CREATE VIEW v AS SELECT x FROM t")
    with pytest.raises(ValueError, match="holds the SQL view 'v'"):
        require_format(gpkg, ("GPKG",))


def test_gdal_is_walled_in_every_server_process(canary_server):
    """A fresh process that imports the app (as uvicorn and the job worker do) has no VRT
    drivers and reaches no URL, whatever a file asks for."""
    url, hits = canary_server
    script = f"""
import twin.app, twin.worker
import pyogrio, rasterio
assert "OGR_VRT" not in pyogrio.list_drivers() and "OAPIF" not in pyogrio.list_drivers()
with rasterio.Env() as env:
    assert "VRT" not in env.drivers() and "WMS" not in env.drivers()
for source in ("/vsicurl/{url}/a.geojson", "{url}/b.geojson"):
    try:
        pyogrio.read_info(source)
    except Exception:
        pass
print("walled")
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GDAL_", "CPL_"))}
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "walled"
    assert hits == []


def test_stored_files_stay_the_same_after_refusals(client, engineer, canary):
    """A refused upload leaves nothing in the file store."""
    port, token = engineer
    settings = Settings()
    before = stored_files(settings.resolved_data_dir)
    client.post(
        "/api/v1/surveys",
        headers=auth(token),
        data={"port": port.code, "kind": "dem", "surveyed_on": "2026-01-01"},
        files={"file": ("x.tif", raster_vrt(str(canary[0])))},
    )
    assert stored_files(settings.resolved_data_dir) == before

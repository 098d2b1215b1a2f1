"""Every export format reopens with pyogrio/geopandas with the same features and values."""

from __future__ import annotations

import io
import json

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import pytest
from helpers import auth, quay
from shapely import from_wkt

FORMATS = ["geojson", "gpkg", "fgb", "parquet", "csv", "xlsx"]


def read_back(path, fmt):
    if fmt == "parquet":
        return gpd.read_parquet(path)
    if fmt == "xlsx":
        table = pd.read_excel(path)
        return gpd.GeoDataFrame(table, geometry=table["wkt"].map(from_wkt), crs=4326)
    if fmt == "csv":
        table = pd.read_csv(path)
        return gpd.GeoDataFrame(table, geometry=table["wkt"].map(from_wkt), crs=4326)
    return pyogrio.read_dataframe(path)


def clean(v):
    return None if v is None or v != v else v


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trips_with_the_same_features_and_values(client, demo, fmt, tmp_path):
    token = demo["demo-engineer"]
    expected = client.get(
        "/api/v1/facilities", params={"port": "MCMON", "limit": 1000}, headers=auth(token)
    ).json()["items"]
    resp = client.get(
        "/api/v1/exports/facilities", params={"format": fmt, "port": "MCMON"}, headers=auth(token)
    )
    assert resp.status_code == 200, resp.text
    assert "attachment" in resp.headers["content-disposition"]
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(resp.content)
    frame = read_back(path, fmt)
    assert len(frame) == len(expected) == 37
    got = {
        r["id"]: (clean(r["ledger_no"]), clean(r["name_en"]), r["kind"])
        for r in frame.to_dict("records")
    }
    assert got == {f["id"]: (f["ledger_no"], f["name_en"], f["kind"]) for f in expected}
    assert frame.crs.to_epsg() == 4326
    breakwater = next(r for r in frame.to_dict("records") if r["kind"] == "breakwater")
    attrs = breakwater["attributes"]  # a JSON object in GeoJSON, JSON text elsewhere
    attrs = attrs if isinstance(attrs, dict) else json.loads(attrs)
    assert attrs["osm_tags"]["public_transport"] == "platform"
    assert set(frame.geometry.geom_type) == {"Point", "LineString", "Polygon"}


@pytest.mark.parametrize("fmt", ["gpkg", "fgb", "parquet"])
def test_export_in_the_port_metric_crs(client, demo, fmt, tmp_path):
    resp = client.get(
        "/api/v1/exports/facilities",
        params={"format": fmt, "port": "AUGET", "crs": "metric"},
        headers=auth(demo["demo-engineer"]),
    )
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(resp.content)
    frame = read_back(path, fmt)
    assert frame.crs.to_epsg() == 7850  # GDA2020 / MGA zone 50
    assert frame.geometry.iloc[0].coords[0][0] > 100_000  # metres, not degrees
    assert frame.crown_height_m.notna().all()


def test_geoparquet_is_1_1_with_a_bbox_covering(client, demo, tmp_path):
    resp = client.get(
        "/api/v1/exports/facilities",
        params={"format": "parquet", "port": "FRNCE"},
        headers=auth(demo["demo-engineer"]),
    )
    path = tmp_path / "out.parquet"
    path.write_bytes(resp.content)
    geo = json.loads(pq.read_schema(path).metadata[b"geo"])
    assert geo["version"] == "1.1.0"
    assert geo["columns"]["geometry"]["covering"]["bbox"]["xmin"] == ["bbox", "xmin"]


def test_geojson_in_a_metric_crs_is_refused(client, demo):
    resp = client.get(
        "/api/v1/exports/facilities",
        params={"format": "geojson", "port": "AUGET", "crs": "metric"},
        headers=auth(demo["demo-engineer"]),
    )
    assert resp.status_code == 422
    assert "RFC" not in resp.json()["detail"] and "longitude/latitude" in resp.json()["detail"]


def test_exports_are_scoped_and_need_a_token(client, demo):
    viewer = auth(demo["demo-viewer"])
    assert (
        client.get(
            "/api/v1/exports/facilities", params={"port": "AUGET"}, headers=viewer
        ).status_code
        == 404
    )
    resp = client.get("/api/v1/exports/facilities", params={"format": "csv"}, headers=viewer)
    assert set(pd.read_csv(io.StringIO(resp.text))["port_code"]) == {"MCMON"}
    assert client.get("/api/v1/exports/facilities").status_code == 401
    unknown = client.get("/api/v1/exports/facilities", params={"format": "dwg"}, headers=viewer)
    assert unknown.status_code == 422


def test_a_selection_exports_only_its_facilities_of_the_callers_ports(
    client, make_port, make_token
):
    mine, theirs = make_port(), make_port()
    engineer, other = make_token("engineer", mine), make_token("engineer", theirs)
    own = [
        client.post(
            "/api/v1/facilities", json=quay(mine.code, ledger_no=f"S-{i}"), headers=auth(engineer)
        ).json()["id"]
        for i in range(3)
    ]
    foreign = client.post(
        "/api/v1/facilities", json=quay(theirs.code, ledger_no="X-1"), headers=auth(other)
    ).json()["id"]
    resp = client.post(
        "/api/v1/exports/facilities",
        json={"ids": [own[0], own[2], foreign], "format": "xlsx"},
        headers=auth(engineer),
    )
    assert resp.status_code == 200, resp.text
    table = pd.read_excel(io.BytesIO(resp.content))
    assert sorted(table["ledger_no"]) == ["S-0", "S-2"]  # never another port's facility
    empty = client.post(
        "/api/v1/exports/facilities", json={"ids": [], "format": "csv"}, headers=auth(engineer)
    )
    assert empty.status_code in (400, 422) and "ids" in empty.text

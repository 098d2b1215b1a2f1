"""Raster surveys on the real rotated bathymetry, the berth depth check against a direct
rasterio sample, and the twin state of a facility at two times."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import numpy as np
import pytest
import rasterio
from conftest import SHARED
from helpers import auth, graded_inspection
from PIL import Image
from pyproj import Transformer
from shapely.geometry import LineString

RASTER = SHARED / "raster" / "sfincs_compound_piave_venice_dep.tif"


def lonlat_of_pixel(col: float, row: float) -> tuple[float, float]:
    with rasterio.open(RASTER) as src:
        x, y = src.transform @ (col, row)
        return Transformer.from_crs(src.crs, 4326, always_xy=True).transform(x, y)


@pytest.fixture
def surveyed(client, make_port, make_token):
    port = make_port(metric_epsg=32633, country="IT")
    engineer = make_token("engineer", port)
    resp = client.post(
        "/api/v1/surveys",
        headers=auth(engineer),
        data={
            "port": port.code,
            "kind": "bathymetry",
            "surveyed_on": "2024-06-01",
            "vertical_datum": "MSL",
            "source": "Deltares hydromt_sfincs example (GPL-3.0)",
        },
        files={"file": (RASTER.name, RASTER.read_bytes(), "image/tiff")},
    )
    assert resp.status_code == 201, resp.text
    return port, engineer, resp.json()


def test_rotated_survey_becomes_a_cog_with_its_rotation(client, surveyed):
    _, engineer, stac = surveyed
    a, b, _, d, _, _ = stac["properties"]["proj:transform"]
    assert abs(b) > 1 and abs(d) > 1  # rotation terms kept (27° grid)
    assert np.degrees(np.arctan2(d, a)) == pytest.approx(27, abs=0.5)
    assert stac["properties"]["proj:epsg"] == 32633 and stac["properties"]["proj:shape"] == [
        107,
        251,
    ]
    cog = client.get(f"/api/v1/surveys/{stac['id']}/cog", headers=auth(engineer)).content
    with rasterio.MemoryFile(cog) as mem, mem.open() as ds:
        assert ds.profile.get("tiled") and ds.transform.b != 0
    footprint = stac["geometry"]["coordinates"][0]
    xs = {round(p[0], 4) for p in footprint[:4]}
    assert len(xs) == 4  # a rotated quadrilateral, not an axis-aligned box


def test_survey_tiles_and_point_values(client, surveyed):
    _, engineer, stac = surveyed
    lon, lat = lonlat_of_pixel(125.5, 53.5)
    import math

    z = 14
    x = int((lon + 180) / 360 * 2**z)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * 2**z)
    tile = client.get(f"/api/v1/surveys/{stac['id']}/tiles/{z}/{x}/{y}.png", headers=auth(engineer))
    assert tile.status_code == 200 and tile.headers["content-type"] == "image/png"
    alpha = np.asarray(Image.open(io.BytesIO(tile.content)))[..., 3]
    assert (alpha > 0).mean() > 0.5
    far = client.get(f"/api/v1/surveys/{stac['id']}/tiles/{z}/0/0.png", headers=auth(engineer))
    assert far.status_code == 204
    value = client.get(
        f"/api/v1/surveys/{stac['id']}/value",
        params={"lon": lon, "lat": lat},
        headers=auth(engineer),
    ).json()
    with rasterio.open(RASTER) as src:
        direct = src.read(1)[53, 125]
    assert value["value"] == pytest.approx(float(direct))
    assert value["datum"] == "MSL"


def test_depth_check_matches_a_direct_rasterio_sample(client, surveyed):
    port, engineer, _ = surveyed
    start, end = lonlat_of_pixel(30, 25), lonlat_of_pixel(110, 70)
    quay = client.post(
        "/api/v1/facilities",
        headers=auth(engineer),
        json={
            "port": port.code,
            "kind": "quay",
            "ledger_no": "VE-1",
            "geometry": {"type": "LineString", "coordinates": [list(start), list(end)]},
            "design_depth": {"value": -2.0, "datum": "MSL"},
        },
    ).json()
    check = client.get(
        f"/api/v1/facilities/{quay['id']}/depth-check",
        params={"offset_m": 20, "spacing_m": 25},
        headers=auth(engineer),
    ).json()
    # the same line, offset and spacing, sampled directly with rasterio in the raster's CRS
    with rasterio.open(RASTER) as src:
        to_utm = Transformer.from_crs(4326, src.crs, always_xy=True)
        face = LineString([to_utm.transform(*start), to_utm.transform(*end)]).offset_curve(20)
        chain = np.arange(0, face.length + 1e-9, 25)
        pts = [face.interpolate(c) for c in chain]
        bed = np.array([v[0] for v in src.sample([(p.x, p.y) for p in pts])], dtype=float)
    shallow = np.nan_to_num(bed, nan=-np.inf) > -2.0
    expected, run = [], None
    for i, flag in enumerate([*shallow, False]):
        if flag and run is None:
            run = i
        elif not flag and run is not None:
            expected.append(
                (float(chain[run]), float(chain[i - 1]), round(float(np.nanmax(bed[run:i])), 3))
            )
            run = None
    got = [(s["from_m"], s["to_m"], s["shallowest_m"]) for s in check["shoal_stretches"]]
    assert got == expected and expected  # there are shoal stretches, and they match
    assert all(s["shortfall_m"] > 0 for s in check["shoal_stretches"])
    assert len(check["samples"]) == len(chain)


def test_depth_check_refuses_datums_it_cannot_relate(client, surveyed):
    port, engineer, _ = surveyed
    quay = client.post(
        "/api/v1/facilities",
        headers=auth(engineer),
        json={
            "port": port.code,
            "kind": "quay",
            "geometry": {
                "type": "LineString",
                "coordinates": [list(lonlat_of_pixel(30, 25)), list(lonlat_of_pixel(110, 70))],
            },
            "design_depth": {"value": -10.0, "datum": "CDL"},
        },
    ).json()
    resp = client.get(f"/api/v1/facilities/{quay['id']}/depth-check", headers=auth(engineer))
    assert resp.status_code == 422 and "datum offsets" in resp.json()["detail"]


def test_twin_state_differs_before_and_after_a_change_and_an_inspection(client, surveyed):
    port, engineer, _ = surveyed
    line = [list(lonlat_of_pixel(30, 25)), list(lonlat_of_pixel(110, 70))]
    quay = client.post(
        "/api/v1/facilities",
        headers=auth(engineer),
        json={
            "port": port.code,
            "kind": "quay",
            "ledger_no": "VE-2",
            "structure_type": "caisson",
            "name_en": "Old name",
            "geometry": {"type": "LineString", "coordinates": line},
            "design_depth": {"value": -2.0, "datum": "MSL"},
        },
    ).json()
    component = client.post(
        "/api/v1/components",
        headers=auth(engineer),
        json={"facility_id": quay["id"], "component_type": "caisson", "span": "1"},
    ).json()
    stream = client.post(
        "/api/v1/datastreams",
        headers=auth(engineer),
        json={
            "facility_id": quay["id"],
            "name": "tilt",
            "observed_property": "tilt",
            "unit": "deg",
            "alarm_high": 1.0,
        },
    ).json()
    client.post(
        f"/api/v1/datastreams/{stream['id']}/observations",
        headers=auth(engineer),
        json=[{"t": "2020-01-01T00:00:00Z", "v": 0.2}],
    )
    before = datetime.now(UTC).isoformat()
    client.patch(
        f"/api/v1/facilities/{quay['id']}", json={"name_en": "New name"}, headers=auth(engineer)
    )
    graded_inspection(client, engineer, quay["id"], component["id"], "b")  # its one span: b
    client.post(
        f"/api/v1/datastreams/{stream['id']}/observations",
        headers=auth(engineer),
        json=[{"t": datetime.now(UTC).isoformat(), "v": 1.5}],
    )
    url = f"/api/v1/twin/facilities/{quay['id']}"
    old = client.get(url, params={"as_of": before}, headers=auth(engineer)).json()
    now = client.get(url, headers=auth(engineer)).json()
    assert (old["facility"]["name_en"], now["facility"]["name_en"]) == ("Old name", "New name")
    assert old["condition"]["final_grade"] is None and now["condition"]["final_grade"] == "A"
    assert old["datastreams"][0]["latest"]["v"] == 0.2
    assert now["datastreams"][0]["latest"]["v"] == 1.5
    assert old["datastreams"][0]["active_alerts"] == []
    assert now["datastreams"][0]["active_alerts"][0]["level"] == "alarm"
    assert now["survey"]["depth_check"]["ok"] is False
    assert now["bim_models"] == []

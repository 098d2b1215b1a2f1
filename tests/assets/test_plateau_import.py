"""PLATEAU beyond port zones and revetments (issue 15 part 2), on real PLATEAU files in
``tests/data/plateau`` (see its SOURCE.md): a footbridge with its recorded inspection, a
sluice (樋門・樋管) that needs the user's kind map, two legal navigation routes, a relief TIN
refused as facilities and taken as a survey."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import auth
from test_importers import facilities_of, run, zipped

from assets.importers import ImportRefused
from geodata.citygml import read_citygml
from kernel.errors import Invalid

DATA = Path(__file__).parents[1] / "data" / "plateau" / "udx"
BRIDGE = DATA / "brid" / "hodokyo_51324378_brid_6697.gml"
SLUICE = DATA / "cons" / "53394695_cons_6697.gml"  # 樋門・樋管 (class 06), Tokyo
GATE = DATA / "cons" / "52384698_cons_6697_2.gml"  # 水門・閘門・陸閘 (class 05), Numazu
ROUTES = sorted((DATA / "wwy").glob("*.gml"))
DEM = DATA / "dem" / "523965_dem_6697_05_op.gml"


def test_a_bridge_with_its_inspection_kept_as_an_external_record(
    client, engine, make_port, make_token
):
    port = make_port(metric_epsg=6671)
    report = run(engine, "plateau", BRIDGE, port.code)
    assert (report.count("created"), report.records) == (1, {"external_inspection": 1})
    assert any("1 bridge(s) with 1 recorded inspection(s)" in n for n in report.notes)
    (bridge,) = facilities_of(engine, port.code)
    assert (bridge.kind, bridge.name_ja, bridge.manager) == ("port_bridge", "東蟹屋陸橋", "広島市")
    assert (bridge.length_m, bridge.width_m, bridge.construction_year) == (104.5, 1.5, 1968)
    assert bridge.attributes["plateau_function"] == "07 横断歩道橋"
    assert bridge.geom is not None

    token = make_token("viewer", port)
    records = client.get(
        f"/api/v1/facilities/{bridge.id}/external-inspections", headers=auth(token)
    ).json()
    (record,) = records
    assert record["external"] is True and record["source"] == "PLATEAU"
    assert (record["survey_year"], record["judgement"]) == (2019, "01")
    assert record["judgement_label"] == "判定区分Ⅰ（健全）"
    assert record["scale"] == "ConstructionRiskAssessmentAttribute_riskType"
    assert record["reference_date"] == "2022-03-01"
    # not ours: no grade, no inspection of ours, nothing in the integrity chain
    condition = client.get(f"/api/v1/facilities/{bridge.id}/condition", headers=auth(token))
    assert condition.json()["final_grade"] is None
    ours = client.get(
        "/api/v1/inspections", params={"facility_id": str(bridge.id)}, headers=auth(token)
    )
    assert ours.json()["items"] == []

    again = run(engine, "plateau", BRIDGE, port.code)
    assert (again.count("unchanged"), again.records) == (1, {"external_inspection": 0})
    assert (
        len(
            client.get(
                f"/api/v1/facilities/{bridge.id}/external-inspections", headers=auth(token)
            ).json()
        )
        == 1
    )

    other = make_port()
    refused = client.get(
        f"/api/v1/facilities/{bridge.id}/external-inspections",
        headers=auth(make_token("viewer", other)),
    )
    assert refused.status_code == 404


def test_a_class_that_is_no_port_kind_is_refused_until_the_user_maps_it(
    client, engine, make_port, make_token
):
    port = make_port()
    with pytest.raises(ImportRefused) as refused:
        run(engine, "plateau", SLUICE, port.code)
    (row,) = refused.value.report.invalid
    assert "i-UR class 06 樋門・樋管 is not a port facility kind by default" in row.reason
    assert "kind_map" in row.reason and "class_kind 06=KIND" in row.reason
    assert facilities_of(engine, port.code) == []

    report = run(engine, "plateau", SLUICE, port.code, class_kind=["06=sluice_lock"])
    assert report.count("created") == 1
    (sluice,) = facilities_of(engine, port.code)
    assert sluice.kind == "sluice_lock" and sluice.manager == "東京都"
    assert sluice.geom is not None  # a line: its LOD0 is a curve
    # a class mapped by default needs no table (05 水門・閘門・陸閘 → sluice_lock)
    assert run(engine, "plateau", GATE, port.code).count("created") == 1

    # through the API: the dataset zipped with its code lists, the table a CSV part of the
    # upload naming the class by its name
    api_port = make_port()
    dataset = {f"plateau/udx/cons/{SLUICE.name}": SLUICE.read_bytes()} | {
        f"plateau/codelists/{p.name}": p.read_bytes()
        for p in (DATA.parent / "codelists").glob("*.xml")
    }
    resp = client.post(
        "/api/v1/imports/plateau",
        params={"port": api_port.code},
        files={
            "file": ("sluice.zip", zipped(dataset), "application/zip"),
            "kind_map": ("kinds.csv", "class,kind\n樋門・樋管,sluice_lock\n".encode(), "text/csv"),
        },
        headers=auth(make_token("engineer", api_port)),
    )
    assert resp.status_code == 200, resp.text
    assert [f.kind for f in facilities_of(engine, api_port.code)] == ["sluice_lock"]

    with pytest.raises(Invalid, match="'sluice', which is not a facility kind"):
        run(engine, "plateau", SLUICE, make_port().code, class_kind=["06=sluice"])
    with pytest.raises(Invalid, match="a CSV with the columns class,kind"):
        run(engine, "plateau", SLUICE, make_port().code, kind_map="code;kind\n06;x\n")


def test_legal_navigation_routes_become_channels(engine, make_port):
    port = make_port()
    for path in ROUTES:
        assert run(engine, "plateau", path, port.code).count("created") == 1
    channels = {f.name_ja: f for f in facilities_of(engine, port.code)}
    assert set(channels) == {"中ノ瀬", "浦賀水道"}
    assert {f.kind for f in channels.values()} == {"navigation_channel"}
    assert channels["浦賀水道"].attributes["plateau_routeDirection"] == "01 両方向"


def test_terrain_is_refused_as_facilities_and_taken_as_a_survey(
    client, engine, make_port, make_token
):
    port = make_port(metric_epsg=6677)  # JGD2011 plane zone IX: the raster is in it
    with pytest.raises(Invalid) as refused:
        run(engine, "plateau", DEM, port.code)
    message = str(refused.value)
    assert "it holds 2 × dem:ReliefFeature" in message and "survey of kind dem" in message

    engineer = make_token("engineer", port)
    resp = client.post(
        "/api/v1/surveys",
        headers=auth(engineer),
        data={"port": port.code, "kind": "dem", "surveyed_on": "2020-03-31"},
        files={"file": (DEM.name, DEM.read_bytes(), "application/gml+xml")},
    )
    assert resp.status_code == 201, resp.text
    stac = resp.json()
    props = stac["properties"]
    assert props["porttwin:vertical_datum"] == "TP"
    assert re.search(
        r"CityGML TIN, 1066 triangles, on a 5 m grid in EPSG:6677", props["porttwin:converted_from"]
    )
    # a vertex of the TIN: the raster gives its height back (within the 5 m cell's slope)
    lat, lon, h = _a_vertex()
    value = client.get(
        f"/api/v1/surveys/{stac['id']}/value",
        params={"lon": lon, "lat": lat},
        headers=auth(engineer),
    ).json()
    assert value["value"] == pytest.approx(h, abs=1.5) and value["datum"] == "TP"
    assert props["raster:bands"][0]["statistics"]["maximum"] <= 24.0


def _a_vertex() -> tuple[float, float, float]:
    """A corner of a triangle well inside the TIN (the file's own numbers)."""
    text = DEM.read_text(encoding="utf-8")
    lists = re.findall(r"<gml:posList>([^<]+)</gml:posList>", text)
    numbers = [float(v) for v in lists[len(lists) // 2].split()]
    return numbers[0], numbers[1], numbers[2]


def test_a_file_of_other_feature_types_names_what_it_holds():
    model = read_citygml(BRIDGE)
    assert model.left_out == {}  # the bridge's parts are read with it, not counted apart

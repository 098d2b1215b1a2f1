"""Field packages for QField: the package's QGIS project opened by headless QGIS 3.22 (the
engine QField runs), its forms and relations read as an inspector's tablet would, findings
filled in through the project's layers and the edited GeoPackage uploaded back through the
same checks as the form: feature-exact errors, all or nothing, never twice."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pyogrio
import pytest
from helpers import auth, jpeg_with_gps
from qgis_client import run_qgis
from test_field_packages import CONDITIONS, demo_docks, export, fill, upload

from inspections.styles import GRADE_COLOURS, NO_GRADE_COLOUR

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qgis"


def unpack(package: zipfile.ZipFile, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    package.extractall(folder)
    return folder


def zip_folder(folder: Path) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, f"package/{path.relative_to(folder)}")
    return out.getvalue()


def rows_of(folder: Path) -> list[dict]:
    frame = pyogrio.read_dataframe(folder / "facilities.gpkg", layer="findings")
    return frame.drop(columns="geometry").to_dict("records")


def inspections_of(client, token, facility_id) -> int:
    resp = client.get(
        "/api/v1/inspections", params={"facility_id": facility_id}, headers=auth(token)
    )
    return int(resp.json()["total"])


@pytest.fixture
def docks_package(client, demo, tmp_path):
    token = demo["demo-inspector"]
    docks = demo_docks(client, token)
    package_id, package = export(client, token, [docks["id"]])
    return token, docks, package_id, unpack(package, tmp_path / "package")


def test_qgis_opens_the_field_project_with_styles_forms_and_relations(docks_package):
    _, _, _, folder = docks_package
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png = ARTIFACTS / "field-package-project.png"
    colours = {g.lower(): c for g, c in GRADE_COLOURS.items()} | {"none": NO_GRADE_COLOUR}
    seen = run_qgis("project", path=str(folder / "project.qgz"), png=str(png), colours=colours)
    assert seen["read"] and seen["crs"] == "EPSG:3857"
    layers = seen["layers"]
    assert all(layer["valid"] for layer in layers.values()), layers
    rows = rows_of(folder)
    findings = layers["findings_layer"]
    assert findings["features"] == len(rows) == 24  # one per item × span, as the form
    assert findings["renderer"] == "QgsCategorizedSymbolRenderer"
    assert findings["categories"] == ["a", "b", "c", "d", ""]
    assert findings["tabs"] == ["入力 / input", "対象 / what"]
    widgets = findings["widgets"]
    assert widgets["grade"]["widget"] == "ValueMap" and widgets["grade"]["editable"]
    choices = [next(iter(entry.values())) for entry in widgets["grade"]["config"]["map"]]
    assert choices == ["a", "b", "c", "d"]
    assert "submerged" in str(widgets["not_inspected"]["config"])
    assert widgets["photos"]["widget"] == "ExternalResource"
    assert widgets["photos"]["config"]["RelativeStorage"] == 1  # relative to the project
    assert widgets["observed_at"]["widget"] == "DateTime"
    assert widgets["row_key"]["widget"] == "Hidden"
    assert not widgets["ledger_no"]["editable"] and not widgets["item_name"]["editable"]
    assert widgets["grade"]["alias"] == "判定 a-d / grade a-d"
    facility_layers = [k for k in layers if k.startswith("facilities_")]
    assert sum(layers[k]["features"] for k in facility_layers) == 1
    [facility] = facility_layers
    assert layers[facility]["labels"] and layers[facility]["renderer"].startswith("QgsCategor")
    assert layers[facility]["tabs"] == ["施設 / facility", "点検 / inspection", "部材 / components"]
    assert layers["inspections_layer"]["features"] == 1
    assert layers["inspections_layer"]["widgets"]["started_on"]["widget"] == "DateTime"
    relations = seen["relations"]
    assert all(r["valid"] for r in relations.values()), relations
    on_facility = relations[f"{facility.removesuffix('_layer')}_findings"]
    assert on_facility["fields"] == [["facility_id", "id"]]
    assert on_facility["first_children"] == 24  # the facility's form lists its findings
    assert relations[f"{facility.removesuffix('_layer')}_inspections"]["first_children"] == 1
    assert relations["component_findings"]["first_children"] > 0
    assert not seen["errors"]
    assert png.stat().st_size > 3_000 and sum(seen["colours"].values()) > 0


def fill_in_qgis(folder: Path, rows: list[dict], facility_id: str, *, bad: str | None = None):
    """An inspector's day in QField: every span graded (two b, one submerged), the time, a
    photo from the tablet's camera (stored as DCIM/…), a defect placed on the map, and who
    inspected under which conditions."""
    first, second, third = rows[0]["row_key"], rows[1]["row_key"], rows[2]["row_key"]
    edits = {r["row_key"]: {"grade": "d", "observed_at": "2026-05-12 10:15"} for r in rows[3:]}
    edits[first] = {
        "grade": bad or "b",
        "observed_at": "2026-05-12 10:15",
        "photos": "DCIM/JPEG_20260512_101500.jpg",
        "remarks": "ひび割れ / crack",
        "_move_to": [7.28560, 43.69600],
    }
    edits[second] = {"grade": "b", "observed_at": "2026-05-12 10:20"}
    edits[third] = {"not_inspected": "submerged"}
    head = {
        facility_id: {
            "started_on": "2026-05-12",
            "inspectors": "Jean Dupont、山田 太郎",
            **CONDITIONS,
        }
    }
    done = run_qgis(
        "edit",
        path=str(folder / "project.qgz"),
        findings_layer="findings_layer",
        inspections_layer="inspections_layer",
        findings=edits,
        heads=head,
    )
    assert done["committed"], done
    assert done["findings"] == 24 and done["heads"] == 1 and done["moved"] == 1
    (folder / "DCIM").mkdir(exist_ok=True)
    (folder / "DCIM" / "JPEG_20260512_101500.jpg").write_bytes(
        jpeg_with_gps(7.2856, 43.696, "2026:05:12 10:15:00")
    )
    return first


def test_findings_filled_in_qgis_upload_once_with_their_place_and_photo(client, docks_package):
    token, docks, _, folder = docks_package
    rows = rows_of(folder)
    moved_key = fill_in_qgis(folder, rows, docks["id"])
    data = zip_folder(folder)
    resp = upload(client, token, data, submit="true")
    assert resp.status_code == 200, resp.text
    report = resp.json()
    assert report["written"] and report["findings"] == 23 and report["not_inspected"] == 1
    assert report["photos"] == 1 and not report["problems"]
    [entry] = report["inspections"]
    assert entry["action"] == "created and submitted"
    record = client.get(f"/api/v1/inspections/{entry['inspection_id']}", headers=auth(token)).json()
    assert record["inspectors"] == ["Jean Dupont", "山田 太郎"]
    assert record["conditions"]["tide_level_m"] == 0.4
    placed = [f for f in record["findings"] if f["location"] is not None]
    assert len(placed) == 1  # only the point the inspector moved is a location
    assert placed[0]["location"]["coordinates"] == pytest.approx([7.2856, 43.696])
    assert placed[0]["external_key"] == moved_key[:80]
    assert record["rollup"]["grade"] == "B"
    again = upload(client, token, data, submit="true").json()
    assert again["inspections"][0]["action"] == "already submitted: nothing added"
    record = client.get(f"/api/v1/inspections/{entry['inspection_id']}", headers=auth(token)).json()
    assert len(record["findings"]) == 24


def test_a_bad_value_typed_in_the_gis_is_named_by_layer_feature_and_field(client, docks_package):
    token, docks, _, folder = docks_package
    before = inspections_of(client, token, docks["id"])
    rows = rows_of(folder)
    fill_in_qgis(folder, rows, docks["id"], bad="e")  # a value map does not bind the data
    data = zip_folder(folder)
    resp = upload(client, token, data)
    assert resp.status_code == 422
    [problem] = resp.json()["report"]["problems"]
    assert problem["sheet"] == "facilities.gpkg:findings" and problem["column"] == "grade"
    assert problem["message"].startswith("facilities.gpkg layer findings, feature 1, field grade")
    assert "'e' is not a grade" in problem["reason"]
    assert inspections_of(client, token, docks["id"]) == before  # nothing was written
    kept = upload(client, token, data, keep_valid="true").json()
    assert kept["written"] and kept["findings"] == 22 and len(kept["problems"]) == 1


def test_the_form_and_the_geopackage_both_filled_is_refused(client, docks_package):
    token, docks, _, folder = docks_package
    fill_in_qgis(folder, rows_of(folder), docks["id"])
    package = zipfile.ZipFile(io.BytesIO(zip_folder(folder)))
    # the package's own zip, with the form filled in as well
    flat = io.BytesIO()
    with zipfile.ZipFile(flat, "w") as zf:
        for name in package.namelist():
            zf.writestr(name.removeprefix("package/"), package.read(name))
    data = fill(zipfile.ZipFile(flat), {})
    resp = upload(client, token, data)
    assert resp.status_code == 422
    message = resp.json()["detail"]
    assert "findings" in message and "facilities.gpkg:findings" in message
    assert "fill in one of them" in message


def test_the_field_project_carries_the_offline_basemap_where_one_exists(client, demo, tmp_path):
    token = demo["demo-engineer"]
    piers = client.get(
        "/ogc/collections/facilities/items",
        params={"port_code": "MCMON", "kind": "pier", "limit": 3},
        headers=auth(token),
    ).json()["features"]
    _, package = export(client, token, [f["id"] for f in piers])
    folder = unpack(package, tmp_path / "monaco")
    layers = {name for name, _ in pyogrio.list_layers(folder / "facilities.gpkg")}
    assert {"basemap_areas", "basemap_lines"} <= layers
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png = ARTIFACTS / "field-package-monaco-basemap.png"
    seen = run_qgis(
        "project",
        path=str(folder / "project.qgz"),
        png=str(png),
        colours={"water": "#aacbe3", "land": "#f1ede4"},
    )
    areas, lines = seen["layers"]["basemap_areas_layer"], seen["layers"]["basemap_lines_layer"]
    assert areas["valid"] and lines["valid"] and areas["features"] > 10 and lines["features"] > 10
    assert areas["categories"] == ["water", "building", ""]
    assert seen["colours"]["water"] > 0 and seen["colours"]["land"] > 0

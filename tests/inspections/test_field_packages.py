"""Offline field packages: export from the demo, fill with openpyxl, upload, re-upload."""

from __future__ import annotations

import io
import json
import zipfile

import pyogrio
import pytest
from helpers import auth, jpeg_with_gps
from openpyxl import load_workbook
from test_inspections import new_quay


def demo_docks(client, token):
    items = client.get(
        "/api/v1/facilities", params={"port": "FRNCE", "q": "Quai des Docks"}, headers=auth(token)
    ).json()["items"]
    return items[0]


def export(client, token, facility_ids):
    resp = client.post(
        "/api/v1/field-packages", json={"facility_ids": facility_ids}, headers=auth(token)
    )
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/zip"
    return resp.headers["x-package-id"], zipfile.ZipFile(io.BytesIO(resp.content))


def fill(
    package: zipfile.ZipFile,
    grades: dict[tuple[str, str], str],
    *,
    photo=None,
    extra: dict[str, object] | None = None,
    bad_grade_row: int | None = None,
) -> bytes:
    """The inspector's work: grades by (item, span), a photo on the first graded row."""
    book = load_workbook(io.BytesIO(package.read("form.xlsx")))
    sheet = book["findings"]
    header = [c.value for c in sheet[1]]
    col = {name: i + 1 for i, name in enumerate(header)}
    first = True
    for r in range(3, sheet.max_row + 1):
        key = (sheet.cell(r, col["item_code"]).value, sheet.cell(r, col["span"]).value)
        grade = grades.get(key, "d")
        sheet.cell(r, col["grade"], "e" if r == bad_grade_row else grade)
        sheet.cell(r, col["observed_on"], "2026-05-12")
        if first and photo:
            sheet.cell(r, col["photos"], "IMG_0001.jpg")
            first = False
        for name, value in (extra or {}).items():
            if sheet.cell(r, col["item_code"]).value == "caisson_damage":
                sheet.cell(r, col[name], value)
    out = io.BytesIO()
    book.save(out)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        for name in package.namelist():
            if name != "form.xlsx":
                zf.writestr(f"package/{name}", package.read(name))
        zf.writestr("package/form.xlsx", out.getvalue())
        if photo:
            zf.writestr("package/photos/IMG_0001.jpg", photo)
    return zipped.getvalue()


def upload(client, token, data, **params):
    return client.post(
        "/api/v1/field-packages/upload",
        params=params,
        headers=auth(token),
        files={"file": ("package.zip", data, "application/zip")},
    )


def test_package_holds_form_geopackage_and_readme(client, demo, tmp_path):
    token = demo["demo-inspector"]
    docks = demo_docks(client, token)
    package_id, package = export(client, token, [docks["id"]])
    manifest = json.loads(package.read("package.json"))
    assert manifest["package_id"] == package_id
    readme = package.read("README.txt").decode()
    assert "フィールドパッケージ" in readme and "Field package" in readme
    sheet = load_workbook(io.BytesIO(package.read("form.xlsx")))["findings"]
    assert sheet.max_row - 2 == 6 * 4  # 6 items of the gravity quay catalog × 4 spans
    assert [v.formula1 for v in sheet.data_validations.dataValidation] == ['"a,b,c,d"']
    gpkg = tmp_path / "p.gpkg"
    gpkg.write_bytes(package.read("facilities.gpkg"))
    layers = {name for name, _ in pyogrio.list_layers(gpkg)}
    assert {"facilities", "components"} <= layers
    assert len(pyogrio.read_dataframe(gpkg, layer="components")) == 20


def test_filled_package_gives_the_expected_findings_and_grade_once(client, demo):
    token = demo["demo-inspector"]
    docks = demo_docks(client, token)
    _, package = export(client, token, [docks["id"]])
    grades = {
        ("face_line_displacement", "3"): "b",
        ("caisson_damage", "1"): "b",
        ("caisson_damage", "2"): "c",
    }
    photo = jpeg_with_gps(7.2856, 43.696, "2026:05:12 09:00:00")
    data = fill(package, grades, photo=photo, extra={"crack_width_mm": 0.4})
    report = upload(client, token, data).json()
    assert report["written"] and report["findings"] == 24 and report["photos"] == 1
    [entry] = report["inspections"]
    record = client.get(f"/api/v1/inspections/{entry['inspection_id']}", headers=auth(token)).json()
    assert record["status"] == "draft" and len(record["findings"]) == 24
    by_item = {i["item"]: i for i in record["rollup"]["items"]}
    assert by_item["face_line_displacement"]["grade"] == "B"  # class I: any b
    assert by_item["caisson_damage"]["counts"] == {"a": 0, "b": 1, "c": 1, "d": 2}
    assert by_item["caisson_damage"]["grade"] == "C"
    assert record["rollup"]["grade"] == "B"
    crack = [f["measurements"] for f in record["findings"] if f["item_code"] == "caisson_damage"]
    assert crack[0] == {"crack_width_mm": 0.4}
    again = upload(client, token, data).json()
    assert again["inspections"][0]["inspection_id"] == entry["inspection_id"]
    record = client.get(f"/api/v1/inspections/{entry['inspection_id']}", headers=auth(token)).json()
    assert len(record["findings"]) == 24  # no duplicates


def test_a_bad_grade_is_refused_naming_the_row_and_nothing_is_written(client, demo):
    token = demo["demo-inspector"]
    docks = demo_docks(client, token)
    _, package = export(client, token, [docks["id"]])
    data = fill(package, {}, bad_grade_row=7)
    resp = upload(client, token, data)
    assert resp.status_code == 422
    [problem] = resp.json()["report"]["problems"]
    assert (problem["sheet"], problem["row"], problem["column"]) == ("findings", 7, "grade")
    assert "'e' is not a grade" in problem["reason"]
    kept = upload(client, token, data, keep_valid="true").json()
    assert kept["written"] and kept["findings"] == 23 and len(kept["problems"]) == 1


def test_submitting_on_upload_updates_the_facility_grade(client, port_engineer):
    _, engineer, port = port_engineer
    facility, _ = new_quay(client, engineer, port, spans=3)
    _, package = export(client, engineer, [facility["id"]])
    data = fill(package, {("caisson_damage", "1"): "a"})
    report = upload(client, engineer, data, submit="true").json()
    assert report["inspections"][0]["action"] == "created and submitted"
    condition = client.get(
        f"/api/v1/facilities/{facility['id']}/condition", headers=auth(engineer)
    ).json()
    assert condition["final_grade"] == "B"  # class II: one a of three spans → B
    again = upload(client, engineer, data, submit="true").json()
    assert again["inspections"][0]["action"] == "already submitted: nothing added"


@pytest.fixture
def port_engineer(client, make_port, make_token):
    port = make_port()
    return client, make_token("engineer", port), port


def test_package_of_another_port_and_zip_slip_are_refused(client, demo, make_token, make_port):
    outsider = make_token("inspector", make_port())
    docks = demo_docks(client, demo["demo-inspector"])
    resp = client.post(
        "/api/v1/field-packages", json={"facility_ids": [docks["id"]]}, headers=auth(outsider)
    )
    assert resp.status_code == 404
    evil = io.BytesIO()
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../package.json", "{}")
    resp = upload(client, demo["demo-inspector"], evil.getvalue())
    assert resp.status_code == 422 and "outside" in resp.json()["detail"]


def test_the_cli_exports_a_package_and_takes_it_back(
    client, demo, monkeypatch, database_url, tmp_path
):
    from helpers import run_cli

    docks = demo_docks(client, demo["demo-engineer"])
    out = tmp_path / "package.zip"
    made = run_cli(monkeypatch, database_url, "package", "export", docks["id"], "-o", str(out))
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(out) as zf:
        assert {"package.json", "form.xlsx"} <= set(zf.namelist())
        package = zipfile.ZipFile(io.BytesIO(out.read_bytes()))
    filled = tmp_path / "filled.zip"
    filled.write_bytes(fill(package, {}, bad_grade_row=3))
    refused = run_cli(monkeypatch, database_url, "package", "import", str(filled))
    assert refused.exit_code == 1 and "row 3, column grade" in refused.output
    assert "nothing written" in refused.output

"""Offline field packages: export from the demo, fill with openpyxl as an inspector would,
upload, re-upload; completeness on submit (the NC-Q-05 case), the form's checks and labels."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime

import pyogrio
import pytest
from helpers import auth, jpeg_with_gps, run_cli
from openpyxl import load_workbook
from test_inspections import new_quay

CONDITIONS = {"weather": "晴れ", "sea_state": "静穏", "tide_level_m": 0.4}


def demo_docks(client, token):
    items = client.get(
        "/api/v1/facilities", params={"port": "FRNCE", "q": "Quai des Docks"}, headers=auth(token)
    ).json()["items"]
    return items[0]


def export(client, token, facility_ids=None, **choice):
    body = {"facility_ids": facility_ids} if facility_ids else choice
    resp = client.post("/api/v1/field-packages", json=body, headers=auth(token))
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/zip"
    return resp.headers["x-package-id"], zipfile.ZipFile(io.BytesIO(resp.content))


def columns(sheet):
    return {c.value: i + 1 for i, c in enumerate(sheet[1])}


def fill(
    package: zipfile.ZipFile,
    grades: dict[tuple[str, str], str],
    *,
    default: str | None = "d",
    reasons: dict[tuple[str, str], str] | None = None,
    head: dict[str, object] | None = None,
    photo=None,
    extra: dict[str, object] | None = None,
    bad_grade_row: int | None = None,
    seen_at: object = "2026-05-12 10:15",
) -> bytes:
    """The inspector's work: grades by (item, span) (``default`` on the other rows; None
    leaves them empty), reasons for spans not inspected, the inspection sheet (who, the
    day's conditions), a photo on the first graded row."""
    book = load_workbook(io.BytesIO(package.read("form.xlsx")))
    sheet = book["findings"]
    col = columns(sheet)
    first = True
    for r in range(3, sheet.max_row + 1):
        key = (sheet.cell(r, col["item_code"]).value, sheet.cell(r, col["span"]).value)
        reason = (reasons or {}).get(key)
        grade = None if reason else grades.get(key, default)
        sheet.cell(r, col["grade"], "e" if r == bad_grade_row else grade)
        sheet.cell(r, col["not_inspected"], reason)
        if grade or reason:
            sheet.cell(r, col["observed_at"], seen_at)
        if first and photo and grade:
            sheet.cell(r, col["photos"], "IMG_0001.jpg")
            first = False
        for name, value in (extra or {}).items():
            if sheet.cell(r, col["item_code"]).value == "caisson_damage":
                sheet.cell(r, col[name], value)
    inspection = book["inspection"]
    hcol = columns(inspection)
    for r in range(3, inspection.max_row + 1):
        for name, value in (CONDITIONS if head is None else head).items():
            inspection.cell(r, hcol[name], value)
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


def condition_of(client, token, facility_id):
    return client.get(f"/api/v1/facilities/{facility_id}/condition", headers=auth(token)).json()


def test_the_form_is_protected_checked_and_labelled_in_both_languages(client, demo, tmp_path):
    token = demo["demo-inspector"]
    docks = demo_docks(client, token)
    package_id, package = export(client, token, [docks["id"]])
    manifest = json.loads(package.read("package.json"))
    assert manifest["package_id"] == package_id and manifest["time_zone"] == "Europe/Paris"
    readme = package.read("README.txt").decode()
    assert package_id in readme and "{" not in readme
    assert "フィールドパッケージ" in readme and "Field package" in readme
    book = load_workbook(io.BytesIO(package.read("form.xlsx")))
    sheet = book["findings"]
    col = columns(sheet)
    assert sheet.max_row - 2 == 6 * 4  # 6 items of the gravity quay catalog × 4 spans
    # identifying columns hidden, everything but the inspector's columns locked
    assert sheet.protection.sheet
    for key in ("row_key", "facility_id", "component_id", "component_type", "item_code"):
        letter = sheet.cell(1, col[key]).column_letter
        assert sheet.column_dimensions[letter].hidden, key
    assert sheet.cell(3, col["ledger_no"]).protection.locked
    assert not sheet.cell(3, col["grade"]).protection.locked
    assert not sheet.cell(3, col["not_inspected"]).protection.locked
    # people read labels, not codes
    assert {sheet.cell(r, col["component"]).value for r in range(3, sheet.max_row + 1)} >= {
        "ケーソン / Caisson",
        "上部工 / Superstructure (coping)",
    }
    # every input column with a domain has a check, each message in Japanese and English
    checked = {}
    for validation in sheet.data_validations.dataValidation:
        for cells in validation.sqref.ranges:
            header = sheet.cell(1, cells.min_col).value
            checked[header] = validation
    domains = {"grade", "not_inspected", "chainage_m", "observed_at", "remarks", "crack_width_mm"}
    assert domains <= set(checked)
    for validation in checked.values():
        assert validation.showErrorMessage
        assert re.search(r"[぀-ヿ一-鿿]", validation.error) and re.search(r"[a-z]", validation.error)
    lists = book["lists"]
    assert book["lists"].sheet_state == "hidden"
    grade_range = checked["grade"].formula1.split("!")[1].replace("$", "")
    assert [c.value for row in lists[grade_range] for c in row] == ["a", "b", "c", "d"]
    reason_range = checked["not_inspected"].formula1.split("!")[1].replace("$", "")
    reasons = [c.value for row in lists[reason_range] for c in row]
    assert "水中・水没で目視できない / Submerged, not visible" in reasons
    assert checked["crack_width_mm"].type == "decimal"
    # the inspection sheet: one row per facility, dates checked, the conditions to fill in
    head = book["inspection"]
    hcol = columns(head)
    assert head.max_row == 3 and head.cell(3, hcol["facility_id"]).value == docks["id"]
    assert {"inspectors", "organisation", "weather", "sea_state", "tide_level_m"} <= set(hcol)
    assert "一般定期点検診断" in head.cell(3, hcol["inspection_type"]).value
    readme_sheet = [c.value for c in book["README"]["A"] if c.value]
    assert any(package_id in line for line in readme_sheet)
    assert not any("{" in line for line in readme_sheet)
    gpkg = tmp_path / "p.gpkg"
    gpkg.write_bytes(package.read("facilities.gpkg"))
    layers = {name for name, _ in pyogrio.list_layers(gpkg)}
    assert {"facilities_lines", "components", "findings", "inspections"} <= layers
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
    head = {**CONDITIONS, "inspectors": "Jean Dupont、山田 太郎", "organisation": "Port de Nice"}
    data = fill(package, grades, photo=photo, extra={"crack_width_mm": 0.4}, head=head)
    report = upload(client, token, data).json()
    assert report["written"] and report["findings"] == 24 and report["photos"] == 1
    [entry] = report["inspections"]
    assert entry["coverage"]["graded"] == 24 and entry["coverage"]["missing"] == 0
    record = client.get(f"/api/v1/inspections/{entry['inspection_id']}", headers=auth(token)).json()
    assert record["status"] == "draft" and len(record["findings"]) == 24
    assert record["inspectors"] == ["Jean Dupont", "山田 太郎"]
    assert record["organisation"] == "Port de Nice"
    assert record["conditions"] == {"weather": "晴れ", "sea_state": "静穏", "tide_level_m": 0.4}
    # 10:15 on the form is Nice's local time: 08:15 UTC in May (CEST), shown as local time
    seen = datetime.fromisoformat(record["findings"][0]["observed_at"])
    assert seen == datetime(2026, 5, 12, 8, 15, tzinfo=UTC)
    assert record["findings"][0]["observed_at"] == "2026-05-12T10:15:00+02:00"
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
    assert "'e' is not a grade" in problem["reason"] and "判定" in problem["reason"]
    kept = upload(client, token, data, keep_valid="true").json()
    assert kept["written"] and kept["findings"] == 23 and len(kept["problems"]) == 1


def test_cells_a_person_typed_wrong_are_named_in_both_languages(client, port_engineer):
    _, engineer, port = port_engineer
    facility, _ = new_quay(client, engineer, port, spans=2)
    _, package = export(client, engineer, [facility["id"]])
    book = load_workbook(io.BytesIO(package.read("form.xlsx")))
    sheet, col = book["findings"], columns(book["findings"])
    sheet.cell(3, col["grade"], "b")
    sheet.cell(3, col["not_inspected"], "submerged")  # both: which is it?
    sheet.cell(4, col["not_inspected"], "too lazy")
    sheet.cell(5, col["grade"], "c")
    sheet.cell(5, col["observed_at"], "yesterday")
    head, hcol = book["inspection"], columns(book["inspection"])
    head.cell(3, hcol["started_on"], "12/13/2026")
    head.cell(3, hcol["tide_level_m"], "high")
    out = io.BytesIO()
    book.save(out)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        for name in package.namelist():
            zf.writestr(name, out.getvalue() if name == "form.xlsx" else package.read(name))
    problems = upload(client, engineer, zipped.getvalue()).json()["report"]["problems"]
    where = {(p["sheet"], p["row"], p["column"]) for p in problems}
    assert where == {
        ("inspection", 3, "started_on"),
        ("inspection", 3, "tide_level_m"),
        ("findings", 3, "not_inspected"),
        ("findings", 4, "not_inspected"),
        ("findings", 5, "observed_at"),
    }
    for p in problems:
        assert re.search(r"[぀-ヿ一-鿿]", p["reason"]) and re.search(r"[a-z]{3}", p["reason"])


def test_submitting_on_upload_updates_the_facility_grade(client, port_engineer):
    _, engineer, port = port_engineer
    facility, _ = new_quay(client, engineer, port, spans=3)
    _, package = export(client, engineer, [facility["id"]])
    data = fill(package, {("caisson_damage", "1"): "a"})
    report = upload(client, engineer, data, submit="true").json()
    assert report["inspections"][0]["action"] == "created and submitted"
    condition = condition_of(client, engineer, facility["id"])
    assert condition["final_grade"] == "B"  # class II: one a of three spans → B
    assert condition["coverage"]["complete"] and condition["coverage"]["required"] > 3
    again = upload(client, engineer, data, submit="true").json()
    assert again["inspections"][0]["action"] == "already submitted: nothing added"


def test_the_nc_q_05_case_a_half_filled_form_never_improves_the_grade(own_demo):
    """Quay NC-Q-05 of Nice (grade C): six of its rows filled, one caisson span graded b,
    submitted. Before, the share of spans was taken over the graded one (1 of 1 b), the quay
    became A and its next inspection moved five years on, without a word."""
    client, engineer, _ = own_demo
    [quay] = client.get(
        "/api/v1/facilities", params={"port": "FRNCE", "q": "NC-Q-05"}, headers=auth(engineer)
    ).json()["items"]
    before = condition_of(client, engineer, quay["id"])
    assert before["final_grade"] == "C"
    _, package = export(client, engineer, port="FRNCE", ledger_nos=["NC-Q-05"])
    rows = load_workbook(io.BytesIO(package.read("form.xlsx")))["findings"].max_row - 2
    six = {("caisson_damage", "3"): "b"} | {("fender_damage", s): "d" for s in "12345"}
    data = fill(package, six, default=None)

    refused = upload(client, engineer, data, submit="true")
    assert refused.status_code == 422
    problems = refused.json()["report"]["problems"]
    assert len(problems) == rows - 6  # each empty row, by its row number
    assert {p["column"] for p in problems} == {"grade"} and len(
        {p["row"] for p in problems}
    ) == rows - 6
    assert "submit as partial" in problems[0]["reason"]
    assert condition_of(client, engineer, quay["id"]) == before

    kept = upload(client, engineer, data, submit="true", partial="true").json()
    [entry] = kept["inspections"]
    assert entry["action"] == "created and submitted as partial"
    record = client.get(f"/api/v1/inspections/{entry['inspection_id']}", headers=auth(engineer))
    record = record.json()
    assert record["complete"] is False
    assert (record["coverage"]["graded"], record["coverage"]["required"]) == (6, rows)
    caisson = {i["item"]: i for i in record["rollup"]["items"]}["caisson_damage"]
    assert caisson["spans"] == 5 and caisson["grade"] == "C"  # 1 b of 5 spans, not "all b"
    after = condition_of(client, engineer, quay["id"])
    assert after["final_grade"] == "C"  # was A before the fix
    assert after["next_due"] == before["next_due"] and after["overdue"] == before["overdue"]
    assert after["last_inspected_on"] == before["last_inspected_on"]
    assert after["coverage"]["complete"] and after["worsened_by"] is None

    # the rest excused (a reason each): complete, judged with the spans' last grades
    _, package = export(client, engineer, port="FRNCE", ledger_nos=["NC-Q-05"])
    book = load_workbook(io.BytesIO(package.read("form.xlsx")))
    sheet, col = book["findings"], columns(book["findings"])
    keys = [
        (sheet.cell(r, col["item_code"]).value, sheet.cell(r, col["span"]).value)
        for r in range(3, sheet.max_row + 1)
    ]
    rest = {k: "水中・水没で目視できない / Submerged, not visible" for k in keys if k not in six}
    done = upload(client, engineer, fill(package, six, default=None, reasons=rest), submit="true")
    assert done.status_code == 200, done.text
    [entry] = done.json()["inspections"]
    assert entry["coverage"]["not_inspected"] == rows - 6 and entry["coverage"]["missing"] == 0
    assert entry["coverage"]["carried"] == rows - 6
    final = condition_of(client, engineer, quay["id"])
    assert final["final_grade"] == "C" and final["last_inspected_on"] == "2026-05-12"
    assert final["last_inspection_id"] == entry["inspection_id"]


def test_a_partial_inspection_only_ever_makes_the_grade_worse(client, port_engineer):
    _, engineer, port = port_engineer
    facility, _ = new_quay(client, engineer, port, spans=3)
    _, package = export(client, engineer, [facility["id"]])
    upload(client, engineer, fill(package, {}), submit="true")  # every span d
    sound = condition_of(client, engineer, facility["id"])
    assert sound["final_grade"] == "D"
    _, package = export(client, engineer, [facility["id"]])
    hole = fill(package, {("caisson_damage", "2"): "a"}, default=None)
    entry = upload(client, engineer, hole, submit="true", partial="true").json()["inspections"][0]
    worse = condition_of(client, engineer, facility["id"])
    assert worse["final_grade"] == "B" and worse["worsened_by"] == entry["inspection_id"]
    assert worse["next_due"] == sound["next_due"]  # a partial one does not reset the cycle
    _, package = export(client, engineer, [facility["id"]])
    fine = fill(package, {("caisson_damage", "2"): "d"}, default=None)
    upload(client, engineer, fine, submit="true", partial="true")
    assert condition_of(client, engineer, facility["id"])["final_grade"] == "B"


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
    resp = client.post(
        "/api/v1/field-packages", json={"port": "FRNCE", "overdue": True}, headers=auth(outsider)
    )
    assert resp.status_code == 404
    evil = io.BytesIO()
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../package.json", "{}")
    resp = upload(client, demo["demo-inspector"], evil.getvalue())
    assert resp.status_code == 422 and "outside" in resp.json()["detail"]


def test_packages_are_chosen_by_port_ledger_number_kind_and_overdue(client, demo):
    token = demo["demo-inspector"]
    _, package = export(client, token, port="FRNCE", kinds=["quay"], overdue=True)
    chosen = json.loads(package.read("package.json"))["facilities"]
    overdue = client.get(
        "/api/v1/schedules/overdue", params={"port": "FRNCE"}, headers=auth(token)
    ).json()
    quays = {
        f["id"]
        for f in client.get(
            "/api/v1/facilities",
            params={"port": "FRNCE", "kind": "quay", "limit": 500},
            headers=auth(token),
        ).json()["items"]
    }
    assert {f["id"] for f in chosen} == {r["facility_id"] for r in overdue} & quays
    missing = client.post(
        "/api/v1/field-packages",
        json={"port": "FRNCE", "ledger_nos": ["NC-Q-05", "NO-SUCH"]},
        headers=auth(token),
    )
    assert missing.status_code == 422 and "NO-SUCH" in missing.json()["detail"]


def test_the_cli_exports_a_package_and_takes_it_back(
    client, demo, monkeypatch, database_url, tmp_path
):
    out = tmp_path / "package.zip"
    made = run_cli(
        monkeypatch,
        database_url,
        "package",
        "export",
        "--port",
        "FRNCE",
        "--facility",
        "NC-Q-07",
        "-o",
        str(out),
    )
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(out) as zf:
        assert {"package.json", "form.xlsx"} <= set(zf.namelist())
        assert [f["ledger_no"] for f in json.loads(zf.read("package.json"))["facilities"]] == [
            "NC-Q-07"
        ]
        package = zipfile.ZipFile(io.BytesIO(out.read_bytes()))
    filled = tmp_path / "filled.zip"
    filled.write_bytes(fill(package, {}, bad_grade_row=3))
    refused = run_cli(monkeypatch, database_url, "package", "import", str(filled))
    assert refused.exit_code == 1 and "row 3, column grade" in refused.output
    assert "nothing written" in refused.output
    unknown = run_cli(
        monkeypatch,
        database_url,
        "package",
        "export",
        "--port",
        "FRNCE",
        "--facility",
        "NO-SUCH",
        "-o",
        str(out),
    )
    assert unknown.exit_code == 1 and "NO-SUCH" in unknown.output

"""IFC 4.3 export of a facility (issue 5): valid for ifcopenshell's validator (schema and
EXPRESS rules), georeferenced to the port's metric CRS, and a re-import links back to the
same facility and components with the same attributes."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ifcopenshell
import ifcopenshell.util.element as ifc_element
import ifcopenshell.validate
from bim_helpers import elements, imported
from conftest import PortFixture
from fastapi.testclient import TestClient
from helpers import auth, quay, run_cli
from pyproj import Transformer
from shapely.geometry import shape

from assets.models import FACILITY_SPEC_COLUMNS


def exported(client: TestClient, token: str, facility_id: str) -> ifcopenshell.file:
    response = client.get(f"/api/v1/facilities/{facility_id}/ifc", headers=auth(token))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/x-step"
    return ifcopenshell.file.from_string(response.text)


def validation_errors(model: ifcopenshell.file) -> list[Any]:
    log = ifcopenshell.validate.json_logger()
    ifcopenshell.validate.validate(model, log, express_rules=True)
    return list(log.statements)


def test_demo_quay_exports_valid_ifc43_with_condition_and_maintenance(
    client: TestClient, demo: dict[str, str]
) -> None:
    token = demo["demo-engineer"]
    docks = client.get(
        "/api/v1/facilities", params={"port": "FRNCE", "q": "Quai des Docks"}, headers=auth(token)
    ).json()["items"][0]
    model = exported(client, token, docks["id"])
    assert model.schema_identifier == "IFC4X3_ADD2"
    assert validation_errors(model) == []

    (facility,) = model.by_type("IfcMarineFacility")
    assert facility.PredefinedType == "QUAY" and facility.Name == docks["name_en"]
    psets = ifc_element.get_psets(facility)
    assert "Pset_QuayCommon" in psets or docks["structure_type"] is None
    assert psets["PortTwin_Registry"]["kind"] == "quay"

    (asset,) = model.by_type("IfcAsset")
    condition = client.get(f"/api/v1/facilities/{docks['id']}/condition", headers=auth(token))
    grade = condition.json()["final_grade"]
    asset_psets = ifc_element.get_psets(asset)
    assert asset_psets["Pset_Condition"]["AssessmentCondition"] == grade
    assert asset_psets["Pset_Condition"]["AssessmentDate"] == condition.json()["last_inspected_on"]
    assert asset_psets["Pset_MaintenanceStrategy"]["MonitoringType"] == "INSPECTION"
    grouped = {o.GlobalId for rel in asset.IsGroupedBy for o in rel.RelatedObjects}
    assert facility.GlobalId in grouped

    components = client.get(
        "/api/v1/components", params={"facility_id": docks["id"]}, headers=auth(token)
    ).json()
    contained = [e for rel in facility.ContainsElements for e in rel.RelatedElements]
    assert len(contained) == len(components["items"]) > 0

    (conversion,) = model.by_type("IfcMapConversion")
    port = client.get("/api/v1/ports/FRNCE", headers=auth(token)).json()
    assert conversion.TargetCRS.Name == f"EPSG:{port['metric_epsg']}"

    # the demo holds this export imported back: every element is linked to its own row by id
    (demo_model,) = [
        m
        for m in client.get(
            "/api/v1/bim/models", params={"port": "FRNCE"}, headers=auth(token)
        ).json()
        if m["file_name"] == "demo-quai-des-docks.ifc"
    ]
    links = client.get(f"/api/v1/bim/models/{demo_model['id']}/links", headers=auth(token))
    linked = links.json()["links"]
    assert {link["method"] for link in linked} == {"external_id"}
    assert {link["facility_id"] for link in linked} == {docks["id"]}
    assert {link["component_id"] for link in linked} - {None} == {
        c["id"] for c in components["items"]
    }


def test_export_of_a_japanese_quay_round_trips(
    client: TestClient, make_port: Callable[..., PortFixture], make_token: Callable[..., str]
) -> None:
    port = make_port(metric_epsg=6677)
    token = make_token("engineer", port)
    body = quay(
        port.code,
        ledger_no="K-7-001",
        structure_type="caisson",
        crown_height={"value": 3.5, "datum": "TP"},
        design_depth={"value": -12.0, "datum": "CDL"},
        length_m=240.0,
        construction_year=1978,
        important=True,
    )
    facility = client.post("/api/v1/facilities", json=body, headers=auth(token)).json()
    parts = {}
    for kind, name in (("superstructure", "上部工"), ("fender", "防舷材 1")):
        parts[kind] = client.post(
            "/api/v1/components",
            json={"facility_id": facility["id"], "component_type": kind, "name": name},
            headers=auth(token),
        ).json()

    model = exported(client, token, facility["id"])
    assert validation_errors(model) == []
    (element,) = model.by_type("IfcMarineFacility")
    quay_pset = ifc_element.get_psets(element)["Pset_QuayCommon"]
    assert quay_pset["StructuralType"] == "caisson" and quay_pset["Elevation"] == 3.5
    assert {e.is_a() for e in model.by_type("IfcElement")} == {
        "IfcBuiltElement",
        "IfcImpactProtectionDevice",
    }
    # the map conversion's origin is the quay's centre in JGD2011 plane IX (easting, northing)
    (conversion,) = model.by_type("IfcMapConversion")
    assert conversion.TargetCRS.Name == "EPSG:6677"
    line = shape(facility["geometry"])
    east, north = Transformer.from_crs(4326, 6677, always_xy=True).transform(
        line.centroid.x, line.centroid.y
    )
    assert math.hypot(conversion.Eastings - east, conversion.Northings - north) < 1.0

    # re-import the export into the same port: it links back to the same rows, by id
    path_model = imported_export(client, token, port.code, model)
    links = client.get(f"/api/v1/bim/models/{path_model['id']}/links", headers=auth(token)).json()
    by_class = {link["ifc_class"]: link for link in links["links"]}
    assert by_class["IfcMarineFacility"]["facility_id"] == facility["id"]
    assert by_class["IfcMarineFacility"]["method"] == "external_id"
    assert by_class["IfcMarineFacility"]["confidence"] == 1.0
    assert by_class["IfcImpactProtectionDevice"]["component_id"] == parts["fender"]["id"]
    assert by_class["IfcBuiltElement"]["component_id"] == parts["superstructure"]["id"]
    assert links["unlinked_elements"] == [] and links["unmodelled_facilities"] == []

    # … with the same attributes, and its footprint lies on the registry line
    (back,) = elements(client, token, path_model["id"], ifc_class="IfcMarineFacility")
    registry = back["psets"]["PortTwin_Registry"]
    now = client.get(f"/api/v1/facilities/{facility['id']}", headers=auth(token)).json()
    for column in FACILITY_SPEC_COLUMNS:
        if column.endswith(("_m", "_datum")) and column.split("_")[0] in ("design", "crown"):
            height = now[column.rsplit("_", 1)[0]]
            want = height["value" if column.endswith("_m") else "datum"]
        else:
            want = now[column]
        assert registry.get(column) == want, column
    assert shape(back["footprint"]).distance(line) < 1e-6


def test_cli_writes_the_export(
    monkeypatch: Any,
    database_url: str,
    client: TestClient,
    make_port: Callable[..., PortFixture],
    make_token: Callable[..., str],
    tmp_path: Path,
) -> None:
    port = make_port()
    token = make_token("engineer", port)
    body = quay(port.code, kind="revetment", structure_type="caisson")
    facility = client.post("/api/v1/facilities", json=body, headers=auth(token)).json()
    out = tmp_path / "revetment.ifc"
    result = run_cli(monkeypatch, database_url, "export", "ifc", facility["id"], "-o", str(out))
    assert result.exit_code == 0, result.output
    model = ifcopenshell.open(str(out))
    (element,) = model.by_type("IfcMarineFacility")
    assert element.PredefinedType == "REVETMENT"
    assert ifc_element.get_psets(element)["Pset_RevetmentCommon"]["StructuralType"] == "caisson"
    missing = run_cli(monkeypatch, database_url, "export", "ifc", str(uuid.uuid4()), "-o", "x")
    assert missing.exit_code == 1 and "facility not found" in missing.output


def imported_export(
    client: TestClient, token: str, port: str, model: ifcopenshell.file
) -> dict[str, Any]:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.ifc"
        model.write(str(path))
        return imported(client, token, port, path)

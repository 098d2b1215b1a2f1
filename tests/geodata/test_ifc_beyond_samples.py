"""IFC beyond the shared samples (issue 15 part 3): draft part types kept and said, bridges
without a type recognised, shapes that give no footprint reported by class, the geometry
kernel's console output kept out, no facility stacked on the origin of a model without
geometry."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import ifcopenshell
import ifcopenshell.api
from bim_helpers import elements, imported
from conftest import SHARED
from shapely.geometry import shape
from sqlalchemy import func, select

from assets.bim.kinds import IfcType, facility_kind_of
from assets.models import Facility
from geodata import ifc
from kernel.database import session_scope

IFC_DIR = SHARED / "ifc"
QUAY_NO_GEOMETRY = IFC_DIR / "infra-unit-test__SpatialStructure-5-1.ifc"
HOUSE = IFC_DIR / "IfcOpenHouse_IFC4.ifc"


def test_draft_part_types_are_kept_and_said():
    opened = ifc.open_model(QUAY_NO_GEOMETRY)
    parts = {
        e.name: e.predefined_type
        for e in ifc.elements(opened.model, opened.draft_types)
        if e.ifc_class == "IfcFacilityPart"
    }
    assert parts == {"Low Water Level": "LOWWATERLINE", "Quay Cope Level": "COPELEVEL"}
    assert any("2 × IFCMARINEPARTTYPEENUM" in n for n in opened.notes)


def test_a_bridge_without_a_predefined_type_is_a_port_bridge():
    for predefined in (None, "NOTDEFINED", "USERDEFINED"):
        assert facility_kind_of(IfcType("IfcBridge", predefined)) == "port_bridge"
    assert facility_kind_of(IfcType("IfcBridge", "ARCHED")) == "port_bridge"


def with_survey_strings(tmp_path: Path, count: int = 3) -> Path:
    """The real house with ``count`` survey strings added as IfcAnnotation polylines (the
    curve geometry a survey model carries)."""
    model = ifcopenshell.open(str(HOUSE))
    context = next(
        c
        for c in model.by_type("IfcGeometricRepresentationContext")
        if not c.is_a("IfcGeometricRepresentationSubContext")
    )
    for n in range(count):
        points = [model.createIfcCartesianPoint((float(x), float(n), 0.0)) for x in (0, 5, 10)]
        curve = model.createIfcPolyline(points)
        shape = model.createIfcShapeRepresentation(context, "Annotation", "Curve3D", [curve])
        annotation = ifcopenshell.api.run(
            "root.create_entity", model, ifc_class="IfcAnnotation", name=f"string {n}"
        )
        annotation.Representation = model.createIfcProductDefinitionShape(None, None, [shape])
    out = tmp_path / "house-with-survey-strings.ifc"
    model.write(str(out))
    return out


def test_shapes_without_a_footprint_are_reported_by_class(tmp_path):
    opened = ifc.open_model(with_survey_strings(tmp_path))
    plans = ifc.footprints(opened.model)
    assert ifc.not_kept(opened.model, plans)["IfcAnnotation"] == "3 Curve3D"


def test_the_geometry_kernel_prints_nothing(capfd):
    opened = ifc.open_model(HOUSE)
    print("before")
    ifc.footprints(opened.model)
    print("after")
    out, err = capfd.readouterr()
    assert out == "before\nafter\n" and err == ""


def test_survey_strings_reach_the_import_report(client, make_port, make_token, tmp_path):
    port = make_port()
    token = make_token("engineer", port)
    model = imported(client, token, port.code, with_survey_strings(tmp_path, 10))
    assert any(
        n.startswith("IfcAnnotation: 10 Curve3D representation(s) kept as data")
        for n in model["notes"]
    )


def test_no_facility_is_created_on_the_origin_of_a_model_without_geometry(
    client, engine, make_port, make_token
):
    port = make_port(metric_epsg=6677)
    token = make_token("engineer", port)
    model = imported(client, token, port.code, QUAY_NO_GEOMETRY)
    placed = client.put(
        f"/api/v1/bim/models/{model['id']}/placement",
        json={"crs": 6677, "eastings": 0.0, "northings": 0.0, "create_facilities": True},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert placed.status_code == 200, placed.text
    summary = placed.json()
    assert "created" not in summary["by_method"]
    assert any("has no geometry in the model" in n for n in summary["notes"])
    with session_scope(engine) as session:
        count = session.scalar(
            select(func.count()).select_from(Facility).where(Facility.port_id == port.id)
        )
    assert count == 0


def in_projected_coordinates(tmp_path: Path) -> Path:
    """The real house moved to where a model placed in projected coordinates lies: its
    top-level placements 500 km east, 4,539.755 km north of its engineering origin."""
    model = ifcopenshell.open(str(HOUSE))
    for placement in model.by_type("IfcLocalPlacement"):
        if placement.PlacementRelTo is None:
            x, y, z = (*placement.RelativePlacement.Location.Coordinates, 0.0)[:3]
            placement.RelativePlacement.Location = model.createIfcCartesianPoint(
                (x + 500_000.0, y + 4_539_755.0, z)
            )
    out = tmp_path / "house-far-away.ifc"
    model.write(str(out))
    return out


def glb_bounds(data: bytes) -> tuple[list[float], list[float]]:
    """Lowest and highest vertex coordinates of a GLB, from its accessors' min/max."""
    length = struct.unpack_from("<I", data, 12)[0]
    gltf = json.loads(data[20 : 20 + length])
    boxes = [a for a in gltf["accessors"] if len(a.get("min", ())) == 3]
    low = [min(a["min"][i] for a in boxes) for i in range(3)]
    high = [max(a["max"][i] for a in boxes) for i in range(3)]
    return low, high


def test_a_model_far_from_its_origin_gets_a_glb_about_its_elements(
    client, make_port, make_token, tmp_path
):
    port = make_port(metric_epsg=32632, country="IT")
    token = make_token("engineer", port)
    model = imported(client, token, port.code, in_projected_coordinates(tmp_path))
    assert any("4,567.2 km from the model's engineering origin" in n for n in model["notes"])

    glb = client.get(model["glb_url"], headers={"Authorization": f"Bearer {token}"}).content
    low, high = glb_bounds(glb)
    # float32 at 4,539,755 m steps by 0.5 m; about the local origin the house spans metres
    assert max(map(abs, low + high)) < 100

    # placed by hand (UTM 32N, the engineering origin at the grid's origin): the GLB's anchor
    # is where the elements are, their footprints around it
    placed = client.put(
        f"/api/v1/bim/models/{model['id']}/placement",
        json={"crs": 32632, "eastings": 0.0, "northings": 0.0},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert placed.status_code == 200, placed.text
    georef = client.get(
        f"/api/v1/bim/models/{model['id']}", headers={"Authorization": f"Bearer {token}"}
    ).json()["georef"]
    lon, lat = georef["glb_origin_lonlat"]
    walls = elements(client, token, model["id"], ifc_class="IfcWall")
    centre = shape(walls[0]["footprint"]).centroid
    assert abs(centre.x - lon) < 0.001 and abs(centre.y - lat) < 0.001  # ~100 m
    assert abs(lon - 9.0) < 0.1 and 40.9 < lat < 41.1  # 500 km E / 4,539.755 km N in zone 32
    assert georef["origin_lonlat"][0] < 5  # the engineering origin itself lies far west

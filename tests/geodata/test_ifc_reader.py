"""geodata.ifc against the five real IFC files in ../shared/data/ifc (issue 5, reading part)."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest
from conftest import SHARED
from pyproj import Geod, Transformer
from typer.testing import CliRunner

from geodata import ifc
from twin.cli import app

IFC_DIR = SHARED / "ifc"
UTM_SAMPLE = IFC_DIR / "ifc43-sample__geographic-referencing-utm.ifc"
SHIPYARD = "infra-unit-test__SpatialStructure-6-2.ifc"
RC3_FILES = sorted(IFC_DIR.glob("infra-unit-test__*.ifc"))


def test_every_shared_file_opens_with_its_schema_recorded() -> None:
    seen = {}
    for path in sorted(IFC_DIR.glob("*.ifc")):
        opened = ifc.open_model(path)
        seen[path.name] = (opened.declared_schema, opened.schema)
        assert ifc.elements(opened.model), path.name
    assert seen["IfcOpenHouse_IFC4.ifc"] == ("IFC4", "IFC4")
    assert seen[UTM_SAMPLE.name] == ("IFC4X3_ADD2", "IFC4X3_ADD2")
    assert len(RC3_FILES) == 3
    for path in RC3_FILES:
        assert seen[path.name] == ("IFC4X3_RC3", "IFC4X3_ADD2")
        assert "IFC4X3_RC3" in ifc.open_model(path).notes[0]


def test_quay_sample_structure_and_containment() -> None:
    opened = ifc.open_model(IFC_DIR / "infra-unit-test__SpatialStructure-5-2.ifc")
    by_class: dict[str, list[ifc.IfcElement]] = {}
    for element in ifc.elements(opened.model):
        by_class.setdefault(element.ifc_class, []).append(element)
    (quay,) = by_class["IfcMarineFacility"]
    assert quay.name == "Quay"
    wall = next(e for e in by_class["IfcBuiltElement"] if e.name == "Quay Wall")
    assert wall.container == quay.global_id
    footprints = ifc.footprints(opened.model, threads=1)
    # the quay wall is a box: its plan view is a rectangle with positive area
    assert footprints[wall.global_id].area > 0
    assert ifc.map_conversion(opened) is None  # no georeferencing: placed by hand


def test_shipyard_lists_its_marine_facilities() -> None:
    opened = ifc.open_model(IFC_DIR / SHIPYARD)
    facilities = [e for e in ifc.elements(opened.model) if e.ifc_class == "IfcMarineFacility"]
    assert len(facilities) == 10  # quays, jetties, dry and floating docks (SOURCES.md)
    # the model has only IfcBoundingBox geometry: each placed box gives its plan rectangle
    footprints = ifc.footprints(opened.model, threads=1)
    quay = next(e for e in facilities if e.name == "Quay 1")
    assert quay.predefined_type == "QUAY"
    # Quay 1 → #96 → #95 → #94 IFCBOUNDINGBOX(#93 (-20, -95, -22), 575, 140, 57) at placement #9
    # (the origin, no rotation), so its plan is x -20…555, y -95…45
    assert footprints[quay.global_id].bounds == (-20.0, -95.0, 555.0, 45.0)
    assert len([f for f in facilities if f.global_id in footprints]) == 9  # all but the yard


def test_house_footprints_from_real_geometry() -> None:
    opened = ifc.open_model(IFC_DIR / "IfcOpenHouse_IFC4.ifc")
    footprints = ifc.footprints(opened.model)
    walls = [e for e in ifc.elements(opened.model) if e.ifc_class.startswith("IfcWall")]
    assert walls
    for wall in walls:
        assert footprints[wall.global_id].area > 0.1, wall.name


def test_georeferenced_sample_lands_where_pyproj_says() -> None:
    opened = ifc.open_model(UTM_SAMPLE)
    conversion = ifc.map_conversion(opened, UTM_SAMPLE)
    assert conversion is not None
    footprint = ifc.footprints(opened.model, threads=1)["0rBru4syGxGOZb$M8kVJuS"]
    placed = ifc.to_lonlat(footprint, conversion)

    # independent computation from the numbers in the file: the proxy is a ±500 mm square
    # around the origin; the map conversion rotates it by atan2(0.9627, 0.2706) and moves it
    # to E 458657.30, N 5438232.25 in EPSG:25832; millimetres become metres.
    text = UTM_SAMPLE.read_text()
    values = re.search(r"IFCMAPCONVERSION\(#\d+,#\d+,([^)]*)\)", text)
    assert values is not None
    east0, north0, _h, a, b, _scale = (float(v) for v in values.group(1).split(","))
    norm = math.hypot(a, b)
    a, b = a / norm, b / norm
    corners = np.array([(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)])
    east = east0 + a * corners[:, 0] - b * corners[:, 1]
    north = north0 + b * corners[:, 0] + a * corners[:, 1]
    lon, lat = Transformer.from_crs(25832, 4326, always_xy=True).transform(east, north)
    expected = list(zip(lon, lat, strict=True))
    got = list(placed.exterior.coords)
    for corner in expected:
        nearest = min(math.dist(corner, point) for point in got)
        assert nearest < 1e-8, corner  # ~1 mm

    # and the file's own IfcSite RefLatitude/RefLongitude (49°5'43.98", 8°26'1.25") agrees
    site_lat = 49 + 5 / 60 + 43.9837 / 3600
    site_lon = 8 + 26 / 60 + 1.2473 / 3600
    centre = placed.centroid
    _az, _baz, metres = Geod(ellps="WGS84").inv(centre.x, centre.y, site_lon, site_lat)
    assert metres < 1.0
    assert "inverted" in conversion.reading


@pytest.mark.parametrize(
    ("scale", "unit", "expected"),
    [(1.0, 1.0, 1.0), (0.9996, 1.0, 0.9996), (0.001, 0.001, 1.0), (1000.0, 0.001, 1.0)],
)
def test_scale_readings(scale: float, unit: float, expected: float) -> None:
    factor, _reading = ifc._scale_per_metre(scale, unit, "m.ifc")
    assert math.isclose(factor, expected)


def test_implausible_scale_is_refused() -> None:
    with pytest.raises(ifc.IfcReadError, match=r"m\.ifc: .*Scale 5"):
        ifc._scale_per_metre(5.0, 1.0, "m.ifc")


def _copy_with(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text()
    assert old in text
    target = tmp_path / source.name
    target.write_text(text.replace(old, new, 1))
    return target


def test_unsupported_schema_is_refused_by_name(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, UTM_SAMPLE, "'IFC4X3_ADD2'", "'IFC2X2_FINAL'")
    with pytest.raises(ifc.IfcReadError, match="IFC2X2_FINAL is not supported"):
        ifc.open_model(path)


def test_not_a_step_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.ifc"
    path.write_text('{"not": "ifc"}')
    with pytest.raises(ifc.IfcReadError, match=r"model\.ifc: not an IFC STEP file"):
        ifc.open_model(path)


def test_pre_final_dialect_keeps_what_reads_and_says_what_it_left_out(tmp_path: Path) -> None:
    # the RC3 quay model has IfcSolidStratum/IfcWaterStratum: one IfcGeotechnicalStratum
    # with a predefined type in the final IFC 4.3, and read as that
    source = IFC_DIR / "infra-unit-test__SpatialStructure-5-2.ifc"
    opened = ifc.open_model(source)
    assert opened.notes[1].startswith("2 stratum instances")
    strata = {e.name: e for e in ifc.elements(opened.model) if e.ifc_class.endswith("Stratum")}
    assert strata["Water Surface"].predefined_type == "WATER"
    assert strata["Ground Surface"].predefined_type == "SOLID"
    assert strata["Water Surface"].ifc_class == "IfcGeotechnicalStratum"
    clean = ifc.open_model(IFC_DIR / "infra-unit-test__SpatialStructure-5-1.ifc")
    # nothing left out there: the dialect, and its draft part types kept (issue 15)
    assert len(clean.notes) == 2 and "draft IFC 4.3 part types" in clean.notes[1]
    # an entity the final schema does not know is left out, and the note says which
    broken = "#99999=IFCNOSUCHENTITY(1);\nENDSEC;\n\nEND-ISO"
    path = _copy_with(tmp_path, source, "ENDSEC;\n\nEND-ISO", broken)
    partial = ifc.open_model(path)
    assert "1 instances (IFCNOSUCHENTITY; first #99999) are not IFC4X3_ADD2" in partial.notes[2]


def test_damaged_file_in_a_supported_schema_is_refused(tmp_path: Path) -> None:
    broken = "#99999=IFCNOSUCHENTITY(1);\nENDSEC;"
    path = _copy_with(tmp_path, UTM_SAMPLE, "ENDSEC;\n\nEND-ISO", broken + "\n\nEND-ISO")
    message = r"IFC4X3_ADD2 file is damaged: 1 instances \(IFCNOSUCHENTITY; first #99999\)"
    with pytest.raises(ifc.IfcReadError, match=message):
        ifc.open_model(path)


def test_cli_ifc_info(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["ifc", "info", str(UTM_SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["crs"] == "EPSG:25832"
    assert info["classes"]["IfcBuildingElementProxy"] == 1
    west, south, east, north = info["bounds_lonlat"]
    assert 8.4336 < west < east < 8.4338 and 49.0955 < south < north < 49.0956

    text = runner.invoke(app, ["ifc", "info", str(IFC_DIR / SHIPYARD)])
    assert text.exit_code == 0, text.output
    assert "IFC4X3_ADD2 (declared IFC4X3_RC3)" in text.output
    assert "not georeferenced" in text.output

    junk = tmp_path / "notes.ifc"
    junk.write_text("hello")
    refused = runner.invoke(app, ["ifc", "info", str(junk)])
    assert refused.exit_code == 1
    assert "notes.ifc: not an IFC STEP file" in refused.output


def test_ifc2x3_map_conversion_property_sets(tmp_path: Path) -> None:
    """IFC2X3 has no IfcMapConversion; the convention is ePSet_MapConversion and
    ePSet_ProjectedCRS on IfcProject. A model written that way is placed like an IFC4 one."""
    import ifcopenshell.guid

    model = ifcopenshell.file(schema="IFC2X3")
    project = model.createIfcProject(ifcopenshell.guid.new(), None, "IFC2X3 georeferenced")
    for name, values in (
        ("ePSet_ProjectedCRS", {"Name": model.createIfcLabel("EPSG:6677")}),
        (
            "ePSet_MapConversion",
            {
                "Eastings": model.createIfcLengthMeasure(-5000.0),
                "Northings": model.createIfcLengthMeasure(-42000.0),
                "OrthogonalHeight": model.createIfcLengthMeasure(2.5),
                "XAxisAbscissa": model.createIfcReal(0.0),
                "XAxisOrdinate": model.createIfcReal(1.0),
                "Scale": model.createIfcReal(1.0),
            },
        ),
    ):
        props = [model.createIfcPropertySingleValue(k, None, v, None) for k, v in values.items()]
        pset = model.createIfcPropertySet(ifcopenshell.guid.new(), None, name, None, props)
        model.createIfcRelDefinesByProperties(
            ifcopenshell.guid.new(), None, None, None, [project], pset
        )
    path = tmp_path / "ifc2x3-georeferenced.ifc"
    model.write(str(path))
    opened = ifc.open_model(path)
    assert opened.schema == "IFC2X3"
    conversion = ifc.map_conversion(opened, path)
    assert conversion is not None and conversion.epsg == 6677
    assert conversion.rotation == pytest.approx(math.pi / 2)
    # model x (east) → map north: (10, 0) lands 10 m north of the origin
    east, north = conversion.to_map(np.array([[10.0, 0.0]]))[0]
    assert east == pytest.approx(-5000.0) and north == pytest.approx(-41990.0)

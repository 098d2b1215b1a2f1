"""OpenStreetMap beyond the Monaco sample: a real extract of Helsinki whose clipped relations
hold rings of two points (the quoted GEOSException), the same extract cut in half, harbour
elements whose geometry is broken or invalid, and the harbour as people tag it."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ROOT
from helpers import auth, run_cli

from assets.importers import ImportRefused
from assets.importers.files import run_import
from assets.importers.osm import classify
from kernel.auth.service import SYSTEM
from kernel.database import session_scope
from kernel.errors import Invalid

HELSINKI = ROOT / "tests" / "data" / "osm" / "helsinki.osm.pbf"


def run(engine, path, port, **options):
    with session_scope(engine) as session:
        return run_import(session, SYSTEM, "osm", path, port, **options)


def test_a_real_extract_with_a_broken_ring_imports_and_says_what_it_left_out(
    client, make_port, make_token
):
    """Reading this file whole used to end in 'Invalid number of points in LinearRing found
    2' (a 500 through the API): a park relation cut at the extract's edge."""
    port = make_port(metric_epsg=3067, country="FI")
    engineer = make_token("engineer", port)
    resp = client.post(
        "/api/v1/imports/osm",
        params={"port": port.code, "dry_run": "true"},
        headers=auth(engineer),
        files={"file": ("helsinki.osm.pbf", HELSINKI.read_bytes(), "application/octet-stream")},
    )
    assert resp.status_code == 200, resp.text
    report = resp.json()
    kinds = Counter(r["action"] for r in report["rows"])
    assert kinds == {"created": 7}  # a dry run: six piers and a slipway, nothing written
    notes = " | ".join(report["notes"])
    assert "6 recognised by man_made=pier" in notes and "1 recognised by leisure=slipway" in notes
    assert "left out, not harbour structures by the rules" in notes
    # the clipped relation, named by its tag
    assert "left out, geometry not readable and not a harbour structure: leisure=park: 1" in notes


def test_an_extract_cut_in_half_is_refused_naming_the_file_and_where(
    engine, make_port, tmp_path, monkeypatch, database_url
):
    port = make_port(metric_epsg=3067, country="FI")
    half = tmp_path / "helsinki-half.osm.pbf"
    data = HELSINKI.read_bytes()
    half.write_bytes(data[: len(data) // 2])
    with pytest.raises(Invalid) as refused:
        run(engine, half, port.code)
    message = refused.value.message
    assert "helsinki-half.osm.pbf" in message and "around byte" in message
    result = run_cli(monkeypatch, database_url, "import", "osm", str(half), "--port", port.code)
    assert result.exit_code == 1 and "around byte" in result.output


OSM_XML = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="written by hand for this test, after the clipped relations of
a real extract">
  <node id="1" lat="60.1600" lon="24.9500"/><node id="2" lat="60.1600" lon="24.9510"/>
  <node id="3" lat="60.1605" lon="24.9510"/><node id="4" lat="60.1605" lon="24.9500"/>
  <node id="11" lat="60.1610" lon="24.9500"/><node id="12" lat="60.1615" lon="24.9510"/>
  <node id="13" lat="60.1615" lon="24.9500"/><node id="14" lat="60.1610" lon="24.9510"/>
  <node id="21" lat="60.1620" lon="24.9500"/><node id="22" lat="60.1620" lon="24.9520"/>
  <node id="31" lat="60.1630" lon="24.9500"/>
  <way id="100"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
    <tag k="man_made" v="pier"/><tag k="name" v="Sound pier"/></way>
  <way id="200"><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="14"/><nd ref="11"/>
    <tag k="man_made" v="quay"/><tag k="area" v="yes"/><tag k="name" v="Bow-tie quay"/></way>
  <way id="300"><nd ref="21"/><nd ref="22"/><nd ref="999"/><nd ref="21"/></way>
  <relation id="400"><member type="way" ref="300" role="outer"/>
    <tag k="type" v="multipolygon"/><tag k="man_made" v="pier"/><tag k="name" v="Cut pier"/>
  </relation>
  <node id="500" lat="60.1640" lon="24.9500">
    <tag k="seamark:type" v="mooring"/><tag k="seamark:mooring:category" v="dolphin"/>
    <tag k="seamark:name" v="D1"/></node>
</osm>
"""


def test_harbour_elements_that_cannot_be_used_are_reported_each_with_its_reason(
    engine, make_port, tmp_path
):
    path = tmp_path / "harbour.osm"
    path.write_text(OSM_XML)
    port = make_port(metric_epsg=3067, country="FI")
    with pytest.raises(ImportRefused) as refused:
        run(engine, path, port.code)
    bad = {r.ext_id: r.reason for r in refused.value.report.invalid}
    assert set(bad) == {"way/200", "relation/400"}
    assert "Self-intersection" in bad["way/200"] and "--repair" in bad["way/200"]
    assert "Too few points" in bad["relation/400"]  # its way lost a node
    kept = run(engine, path, port.code, skip_invalid=True)
    assert kept.count("created") == 2  # the sound pier and the dolphin
    repaired = run(engine, path, port.code, skip_invalid=True, repair=True)
    assert [r.ext_id for r in repaired.rows if r.action == "created"] == ["way/200"]
    assert any(
        n.startswith("repaired way/200 (Bow-tie quay): Self-intersection") for n in repaired.notes
    )
    assert [r.ext_id for r in repaired.invalid] == ["relation/400"]  # cannot be mended


@pytest.mark.parametrize(
    ("tags", "linear", "kind"),
    [
        ({"man_made": "dolphin"}, False, "dolphin"),
        ({"seamark:type": "mooring", "seamark:mooring:category": "dolphin"}, False, "dolphin"),
        ({"seamark:type": "mooring", "seamark:mooring:category": "bollard"}, False, "bollard"),
        ({"seamark:type": "mooring", "seamark:mooring:category": "buoy"}, False, "mooring_buoy"),
        ({"man_made": "pier", "floating": "yes"}, True, "floating_pier"),
        ({"man_made": "groyne"}, True, "groin"),
        ({"waterway": "lock_gate"}, False, "sluice_lock"),
        ({"waterway": "canal", "lock": "yes"}, True, "sluice_lock"),
        ({"waterway": "dock", "dock": "drydock"}, True, "dry_dock"),
        ({"waterway": "dock"}, True, "basin"),
        ({"seamark:shoreline_construction:category": "rip_rap"}, True, "revetment"),
        ({"seamark:shoreline_construction:category": "solid_face_wharf"}, True, "quay"),
        ({"seamark:shoreline_construction:category": "sea_wall"}, True, "seawall"),
        ({"mooring": "yes"}, False, "mooring_buoy"),
        ({"mooring": "yes"}, True, None),  # a way one may moor at is not a buoy
    ],
)
def test_the_harbour_as_people_tag_it(tags, linear, kind):
    found = classify(tags, None, linear=linear)
    assert (found[0] if found else None) == kind


def test_seamark_tags_are_kept_on_the_facility(engine, make_port, tmp_path):
    path = tmp_path / "harbour.osm"
    path.write_text(OSM_XML)
    port = make_port(metric_epsg=3067, country="FI")
    report = run(engine, path, port.code, skip_invalid=True)
    [dolphin] = [r for r in report.rows if r.ext_id == "node/500"]
    from sqlalchemy import select

    from assets.models import Facility

    with session_scope(engine) as session:
        facility = session.scalar(select(Facility).where(Facility.id == dolphin.facility_id))
        assert facility.kind == "dolphin"
        assert facility.attributes["seamark"] == {
            "seamark:type": "mooring",
            "seamark:mooring:category": "dolphin",
            "seamark:name": "D1",
        }


def test_the_api_takes_the_same_options_as_the_cli(client, make_port, make_token):
    port = make_port(metric_epsg=3067, country="FI")
    engineer = make_token("engineer", port)

    def send(**params):
        return client.post(
            "/api/v1/imports/osm",
            params={"port": port.code, **params},
            headers=auth(engineer),
            files={"file": ("harbour.osm", OSM_XML.encode(), "application/xml")},
        )

    refused = send()
    assert refused.status_code == 422
    assert {r["ext_id"] for r in refused.json()["report"]["rows"] if r["action"] == "invalid"} == {
        "way/200",
        "relation/400",
    }
    outside = send(skip_invalid="true", bbox="24.94,60.159,24.96,60.1608", dry_run="true").json()
    assert [r["ext_id"] for r in outside["rows"]] == ["way/100"]
    assert any("outside the bbox" in n for n in outside["notes"])
    mended = send(skip_invalid="true", repair="true").json()
    assert {r["ext_id"] for r in mended["rows"] if r["action"] == "created"} == {
        "way/100",
        "way/200",
        "node/500",
    }
    assert send(bbox="1,2,3").status_code == 422

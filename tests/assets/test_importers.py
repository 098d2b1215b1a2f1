"""Importers on the real shared files: vector (Geraldton shapefiles), OSM (Monaco extract),
PLATEAU (Kawasaki port zone, Numazu revetment); broken files; dry runs; uploads."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import SHARED
from helpers import auth
from sqlalchemy import func, select
from typer.testing import CliRunner

from assets.importers import ImportRefused
from assets.importers.files import run_import
from assets.importers.vector import Mapping
from assets.models import Facility, Port, RegistryHistory
from kernel.auth.service import SYSTEM
from kernel.database import session_scope
from kernel.errors import Invalid

GERALDTON = SHARED / "vector" / "breakwaters_geraldton"
MONACO = SHARED / "vector" / "osm" / "monaco-latest.osm.pbf"
PORT_ZONE = SHARED / "vector/plateau/kawasaki-shi/udx/urf/533915_urf_6668_rinko_op.gml"
REVETMENT = SHARED / "vector/plateau/plateau-3_0/udx/cons/52384698_cons_6697_1.gml"
GERALDTON_MAPPING = Mapping(
    id_field="id", constants={"kind": "breakwater"}, crest_csv="{stem}.csv", crest_datum="MSL"
)


def facilities_of(engine, port_code: str) -> list[Facility]:
    with session_scope(engine) as session:
        port = session.scalar(select(Port).where(Port.code == port_code))
        return list(session.scalars(select(Facility).where(Facility.port_id == port.id)))


def history_rows(engine) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(RegistryHistory)) or 0


def run(engine, fmt, path, port, **options):
    with session_scope(engine) as session:
        return run_import(session, SYSTEM, fmt, path, port, **options)


def test_geraldton_shapefiles_import_as_breakwaters_with_crest_height(engine, make_port):
    port = make_port(metric_epsg=7850, country="AU", time_zone="Australia/Perth")
    for shp in sorted(GERALDTON.glob("*.shp")):
        report = run(engine, "vector", shp, port.code, mapping=GERALDTON_MAPPING)
        assert report.count("created") == 1
    rows = facilities_of(engine, port.code)
    assert len(rows) == 7 and {f.kind for f in rows} == {"breakwater"}
    assert {f.crown_height_datum for f in rows} == {"MSL"}
    by_file = {f.attributes["crest_profile_file"]: f for f in rows}
    assert by_file["geraldton1.csv"].crown_height_m == 5.1
    # re-import: every row unchanged, no new versions
    before = history_rows(engine)
    for shp in sorted(GERALDTON.glob("*.shp")):
        report = run(engine, "vector", shp, port.code, mapping=GERALDTON_MAPPING)
        assert (report.count("unchanged"), report.count("created")) == (1, 0)
    assert history_rows(engine) == before
    assert len(facilities_of(engine, port.code)) == 7


def test_monaco_osm_extract_gives_16_quays_the_piers_and_the_cruise_breakwater(engine, make_port):
    port = make_port(metric_epsg=32632, country="MC")
    report = run(engine, "osm", MONACO, port.code)
    kinds = Counter(f.kind for f in facilities_of(engine, port.code))
    assert kinds["quay"] == 16
    assert kinds["pier"] + kinds["floating_pier"] == 27
    assert kinds["breakwater"] == 1
    quays = [f for f in facilities_of(engine, port.code) if f.kind == "quay"]
    assert sum(1 for q in quays if q.name_en) == 15
    [cruise] = [f for f in facilities_of(engine, port.code) if f.kind == "breakwater"]
    assert cruise.name_en == "Digue Croisières"
    assert any("name 'Digue Croisières'" in note for note in report.notes)
    assert "16 recognised by man_made=quay" in report.notes
    again = run(engine, "osm", MONACO, port.code)
    assert again.count("unchanged") == len(again.rows) == report.count("created")


def test_plateau_port_zone_sets_the_boundary_and_revetment_becomes_a_facility(engine, make_port):
    port = make_port()
    report = run(engine, "plateau", PORT_ZONE, port.code)
    assert "2 urf:PortZone" in report.notes[0]
    with session_scope(engine) as session:
        stored = session.scalar(select(Port).where(Port.code == port.code))
        assert stored.boundary is not None
        assert stored.attributes["port_zones"][0]["name"] == "川崎港臨港地区"
        bounds = session.scalar(select(func.ST_Extent(Port.boundary)).where(Port.id == port.id))
    assert "139.7" in bounds and "35.4" in bounds  # lon/lat, not the file's lat/lon
    run(engine, "plateau", REVETMENT, port.code)
    [revetment] = facilities_of(engine, port.code)
    assert revetment.kind == "revetment"
    assert revetment.crown_height_datum == "TP"
    assert revetment.attributes["plateau_function"] == "0201 本堤"


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """The Numazu file with one change, beside a copy of its code lists."""
    root = tmp_path / "plateau-3_0"
    shutil.copytree(REVETMENT.parents[2] / "codelists", root / "codelists")
    target = root / "udx" / "cons" / REVETMENT.name
    target.parent.mkdir(parents=True)
    text = REVETMENT.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def test_citygml_with_an_unknown_code_is_refused_and_nothing_is_written(
    engine, make_port, tmp_path
):
    port = make_port()
    bad = broken_copy(tmp_path, ">08</uro:class>", ">99</uro:class>")
    with pytest.raises(Invalid, match=r"class: code '99' is not in OtherConstruction_class\.xml"):
        run(engine, "plateau", bad, port.code)
    assert facilities_of(engine, port.code) == []
    dam = broken_copy(tmp_path / "dam", ">08</uro:class>", ">01</uro:class>")  # ダム
    with pytest.raises(ImportRefused, match="not a port facility kind"):
        run(engine, "plateau", dam, port.code)
    assert facilities_of(engine, port.code) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "truncated.geojson",
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "geo',
            "cannot be read as GeoJSON",
        ),
        ("empty.geojson", "", "the file is empty"),
        ("nothing.geojson", '{"type": "FeatureCollection", "features": []}', "no features"),
        ("quays.txt", "hello", "unknown format '.txt'"),
        ("points.csv", "name,x_coord\nA,1\n", "give the coordinate columns"),
    ],
)
def test_broken_files_get_a_clear_error_and_write_nothing(
    engine, make_port, tmp_path, name, content, message
):
    port = make_port()
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(Invalid, match=message) as info:
        run(engine, "vector", path, port.code, mapping=Mapping(constants={"kind": "quay"}))
    assert name in str(info.value)
    assert facilities_of(engine, port.code) == []


def test_shapefile_without_prj_is_refused_unless_a_crs_is_given(engine, make_port, tmp_path):
    port = make_port()
    for ext in ("shp", "shx", "dbf"):
        shutil.copy(GERALDTON / f"geraldton1.{ext}", tmp_path / f"g.{ext}")
    with pytest.raises(Invalid, match=r"no \.prj"):
        run(
            engine,
            "vector",
            tmp_path / "g.shp",
            port.code,
            mapping=Mapping(constants={"kind": "breakwater"}),
        )
    report = run(
        engine,
        "vector",
        tmp_path / "g.shp",
        port.code,
        crs="EPSG:4326",
        mapping=Mapping(constants={"kind": "breakwater"}),
    )
    assert report.count("created") == 1


def feature_collection(*geoms) -> str:
    return json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"ref": f"Q{i}", "name": f"Quay {i}"},
                    "geometry": g,
                }
                for i, g in enumerate(geoms, start=1)
            ],
        }
    )


LINE = {"type": "LineString", "coordinates": [[139.74, 35.49], [139.75, 35.49]]}
BOWTIE = {
    "type": "Polygon",
    "coordinates": [
        [[139.74, 35.49], [139.75, 35.50], [139.75, 35.49], [139.74, 35.50], [139.74, 35.49]]
    ],
}
QUAY_MAPPING = Mapping(
    id_field="ref", fields={"name_en": "name", "ledger_no": "ref"}, constants={"kind": "quay"}
)


def test_an_invalid_row_refuses_the_file_naming_the_row(engine, make_port, tmp_path):
    port = make_port()
    path = tmp_path / "quays.geojson"
    path.write_text(feature_collection(LINE, BOWTIE, LINE))
    with pytest.raises(ImportRefused) as info:
        run(engine, "vector", path, port.code, mapping=QUAY_MAPPING)
    [bad] = info.value.report.invalid
    assert (bad.row, bad.ext_id) == (2, "Q2")
    assert "Self-intersection" in (bad.reason or "")
    assert facilities_of(engine, port.code) == []


def test_dry_run_reports_and_writes_nothing(engine, make_port, tmp_path):
    port = make_port()
    path = tmp_path / "quays.geojson"
    path.write_text(feature_collection(LINE, BOWTIE, LINE))
    report = run(engine, "vector", path, port.code, mapping=QUAY_MAPPING, dry_run=True)
    assert (report.count("created"), len(report.invalid)) == (2, 1)
    assert report.summary().startswith("dry run of quays.geojson")
    assert facilities_of(engine, port.code) == []


def test_skip_invalid_writes_the_valid_rows_and_reports_the_rest(engine, make_port, tmp_path):
    port = make_port()
    path = tmp_path / "quays.geojson"
    path.write_text(feature_collection(LINE, BOWTIE, LINE))
    report = run(engine, "vector", path, port.code, mapping=QUAY_MAPPING, skip_invalid=True)
    assert report.count("created") == 2 and report.invalid[0].row == 2
    assert sorted(f.ledger_no for f in facilities_of(engine, port.code)) == ["Q1", "Q3"]


def test_the_same_id_twice_in_a_file_is_invalid(engine, make_port, tmp_path):
    port = make_port()
    path = tmp_path / "dup.csv"
    path.write_text("ref,name,lon,lat\nA,One,139.74,35.49\nA,Two,139.75,35.49\n")
    with pytest.raises(ImportRefused, match="twice"):
        run(
            engine,
            "vector",
            path,
            port.code,
            mapping=Mapping(id_field="ref", constants={"kind": "crane"}),
        )


def test_csv_with_wkt_and_unmapped_columns_kept_as_attributes(engine, make_port, tmp_path):
    port = make_port()
    path = tmp_path / "quays.csv"
    path.write_text('ref,wkt,material\nW1,"LINESTRING (139.74 35.49, 139.75 35.49)",steel\n')
    run(
        engine,
        "vector",
        path,
        port.code,
        mapping=Mapping(id_field="ref", constants={"kind": "quay"}),
    )
    [quay] = facilities_of(engine, port.code)
    assert quay.attributes == {"material": "steel"}


def test_cli_import_prints_the_report_and_fails_on_invalid_rows(
    monkeypatch, database_url, make_port, tmp_path
):
    from kernel.database import default_engine
    from kernel.settings import get_settings
    from twin.cli import app

    port = make_port()
    good, bad = tmp_path / "good.geojson", tmp_path / "bad.geojson"
    good.write_text(feature_collection(LINE))
    bad.write_text(feature_collection(BOWTIE))
    monkeypatch.setenv("PORTTWIN_DATABASE_URL", database_url)
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        result = CliRunner().invoke(
            app,
            [
                "import",
                "vector",
                str(good),
                str(bad),
                "--port",
                port.code,
                "--kind",
                "quay",
                "--id-field",
                "ref",
            ],
        )
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()
    assert result.exit_code == 1
    assert "good.geojson into" in result.output and "created 1" in result.output
    assert "bad.geojson into" in result.output and "nothing written" in result.output
    assert "row 1 (Q1)" in result.output


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_upload_a_zipped_shapefile(client, make_port, make_token):
    port = make_port(metric_epsg=7850, country="AU", time_zone="Australia/Perth")
    engineer = make_token("engineer", port)
    data = zipped(
        {
            f"geraldton2/geraldton2.{ext}": (GERALDTON / f"geraldton2.{ext}").read_bytes()
            for ext in ("shp", "shx", "dbf", "prj")
        }
    )
    resp = client.post(
        f"/api/v1/imports/vector?port={port.code}&kind=breakwater&id_field=id",
        files={"file": ("geraldton2.zip", data, "application/zip")},
        headers=auth(engineer),
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["created"] == 1


def test_upload_refuses_invalid_rows_with_the_report(client, make_port, make_token):
    port = make_port()
    engineer = make_token("engineer", port)
    resp = client.post(
        f"/api/v1/imports/vector?port={port.code}&kind=quay&id_field=ref",
        files={"file": ("q.geojson", feature_collection(LINE, BOWTIE), "application/geo+json")},
        headers=auth(engineer),
    )
    assert resp.status_code == 422
    assert resp.json()["report"]["invalid"] == 1
    listed = client.get("/api/v1/facilities", params={"port": port.code}, headers=auth(engineer))
    assert listed.json()["total"] == 0


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"../../evil.geojson": b"{}"}, "outside the archive"),
        ({"/etc/evil.geojson": b"{}"}, "outside the archive"),
        ({"bomb.geojson": b"0" * (50 << 20)}, "expands more than"),
    ],
)
def test_upload_refuses_zip_slip_and_zip_bombs(client, make_port, make_token, members, message):
    port = make_port()
    engineer = make_token("engineer", port)
    resp = client.post(
        f"/api/v1/imports/vector?port={port.code}&kind=quay",
        files={"file": ("evil.zip", zipped(members), "application/zip")},
        headers=auth(engineer),
    )
    assert resp.status_code == 422
    assert message in resp.json()["detail"]


def test_upload_needs_write_rights_in_the_port(client, make_port, make_token):
    a, b = make_port(), make_port()
    files = {"file": ("q.geojson", feature_collection(LINE), "application/geo+json")}
    viewer = make_token("viewer", a)
    resp = client.post(
        f"/api/v1/imports/vector?port={a.code}&kind=quay", files=files, headers=auth(viewer)
    )
    assert resp.status_code == 403
    engineer_b = make_token("engineer", b)
    resp = client.post(
        f"/api/v1/imports/vector?port={a.code}&kind=quay", files=files, headers=auth(engineer_b)
    )
    assert resp.status_code == 404
    assert client.post(f"/api/v1/imports/vector?port={a.code}", files=files).status_code == 401

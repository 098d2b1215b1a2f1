"""One way in (issue 15 part 4): every option of every import format is offered alike by
``porttwin import NAME`` and ``POST /api/v1/imports/NAME``, both made from the format's own
option list; the vector import's crest-height CSVs and mapping file through the API too."""

from __future__ import annotations

import inspect

import pytest
from conftest import SHARED
from helpers import auth, run_cli
from test_importers import facilities_of, run, zipped

from assets.cli import import_command
from assets.importers.formats import IMPORTERS
from assets.importers.vector import Mapping
from kernel.errors import Invalid

GERALDTON = SHARED / "vector" / "breakwaters_geraldton"
SIDECARS = ("shp", "shx", "dbf", "prj")


def geraldton_zip(*numbers: int, csv: bool = True) -> bytes:
    files = {}
    for n in numbers:
        for ext in SIDECARS + (("csv",) if csv else ()):
            files[f"g/geraldton{n}.{ext}"] = (GERALDTON / f"geraldton{n}.{ext}").read_bytes()
    return zipped(files)


@pytest.mark.parametrize("fmt", sorted(IMPORTERS))
def test_the_cli_and_the_api_offer_the_same_options(client, fmt):
    """The command's options and the route's parameters, side by side, for every format."""
    cli = set(inspect.signature(import_command(IMPORTERS[fmt])).parameters) - {"files", "as_json"}
    operation = client.get("/openapi.json").json()["paths"][f"/api/v1/imports/{fmt}"]["post"]
    query = {p["name"] for p in operation["parameters"]}
    body_ref = operation["requestBody"]["content"]["multipart/form-data"]["schema"]["$ref"]
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    parts = set(schemas[body_ref.rsplit("/", 1)[-1]]["properties"]) - {"file"}
    assert cli == query | parts
    assert {o.name for o in IMPORTERS[fmt].options if o.kind == "file"} == parts


def test_crest_profiles_through_the_api(client, engine, make_port, make_token):
    """The zipped shapefiles with their lon,lat,z CSVs: crest heights as on the CLI."""
    port = make_port(metric_epsg=7850, country="AU", time_zone="Australia/Perth")
    engineer = make_token("engineer", port)
    params = {"port": port.code, "kind": "breakwater", "id_field": "id"}
    crest = {"crest_csv": "{stem}.csv", "crest_datum": "MSL"}
    resp = client.post(
        "/api/v1/imports/vector",
        params=params | crest,
        files={"file": ("geraldton.zip", geraldton_zip(2), "application/zip")},
        headers=auth(engineer),
    )
    assert resp.status_code == 200, resp.text
    (row,) = facilities_of(engine, port.code)
    csv_z = [
        float(line.split(",")[2])
        for line in (GERALDTON / "geraldton2.csv").read_text().splitlines()[1:]
        if line.strip()
    ]
    assert float(row.crown_height_m) == pytest.approx(max(csv_z), abs=1e-3)
    assert row.crown_height_datum == "MSL"
    assert row.attributes["crest_profile_points"] == len(csv_z)

    # a crest file the zip lacks, or a pattern leading out of the file's folder: refused
    for pattern, says in (("{stem}.csv", "not found"), ("../{stem}.csv", "beside it, by name")):
        resp = client.post(
            "/api/v1/imports/vector",
            params=params | {"crest_csv": pattern, "crest_datum": "MSL", "source": "other"},
            files={"file": ("g.zip", geraldton_zip(3, csv="../" in pattern), "application/zip")},
            headers=auth(engineer),
        )
        assert resp.status_code == 422, resp.text
        assert says in resp.json()["detail"]
    assert len(facilities_of(engine, port.code)) == 1


def test_a_mapping_file_through_the_api(client, engine, make_port, make_token):
    port = make_port(metric_epsg=7850, country="AU", time_zone="Australia/Perth")
    engineer = make_token("engineer", port)
    mapping = (
        "id: id\nconstants: {kind: breakwater}\ncrest_profile: {csv: '{stem}.csv', datum: MSL}\n"
    )
    resp = client.post(
        "/api/v1/imports/vector",
        params={"port": port.code},
        files={
            "file": ("geraldton.zip", geraldton_zip(4), "application/zip"),
            "mapping": ("mapping.yaml", mapping.encode(), "application/yaml"),
        },
        headers=auth(engineer),
    )
    assert resp.status_code == 200, resp.text
    (row,) = facilities_of(engine, port.code)
    assert row.kind == "breakwater" and row.crown_height_datum == "MSL"

    resp = client.post(
        "/api/v1/imports/vector",
        params={"port": port.code},
        files={
            "file": ("geraldton.zip", geraldton_zip(4), "application/zip"),
            "mapping": ("mapping.yaml", b"constants: {colour: red}\n", "application/yaml"),
        },
        headers=auth(engineer),
    )
    assert resp.status_code == 422
    assert "unknown fields ['colour']" in resp.json()["detail"]


def test_the_same_options_on_the_cli(monkeypatch, database_url, engine, make_port, tmp_path):
    port = make_port(metric_epsg=7850, country="AU", time_zone="Australia/Perth")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("id: id\nconstants: {kind: breakwater}\n")
    result = run_cli(
        monkeypatch,
        database_url,
        "import",
        "vector",
        str(GERALDTON / "geraldton5.shp"),
        "--port",
        port.code,
        "--mapping",
        str(mapping),
        "--crest-csv",
        "{stem}.csv",
        "--crest-datum",
        "MSL",
    )
    assert result.exit_code == 0, result.output
    (row,) = facilities_of(engine, port.code)
    assert row.crown_height_datum == "MSL" and row.crown_height_m is not None


def test_an_option_the_format_lacks_is_refused_by_name(engine, make_port):
    port = make_port()
    with pytest.raises(Invalid, match="osm has no option crest_csv; its options: bbox, repair"):
        run(engine, "osm", SHARED / "vector/osm/monaco-latest.osm.pbf", port.code, crest_csv="x")


def test_options_do_not_change_a_mapping_the_caller_keeps(engine, make_port):
    port = make_port(metric_epsg=7850, country="AU", time_zone="Australia/Perth")
    kept = Mapping(id_field="id", constants={"kind": "breakwater"})
    shp = GERALDTON / "geraldton6.shp"
    report = run(
        engine, "vector", shp, port.code, mapping=kept, kind="groin", field=["design_life_years=id"]
    )
    assert report.count("created") == 1
    assert [f.kind for f in facilities_of(engine, port.code)] == ["groin"]
    assert kept == Mapping(id_field="id", constants={"kind": "breakwater"})

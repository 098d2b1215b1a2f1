"""The rules that are data refer to codes that exist: inspection catalogues, inspection
cycles, the IFC class table, the OpenStreetMap tag rules, PLATEAU's class codes, the cost and
default-rate tables of planning; and `porttwin migrate` brings a changed code list to an
existing database."""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import create_engine, text

from assets.codelists import read_codelists
from assets.importers.osm import rules
from inspections.catalog import catalogs, cycle_rules, measurement_types
from inspections.models import INSPECTION_TYPES
from kernel.database import session_scope
from twin import migrate

ROOT = Path(__file__).resolve().parents[1]


def codes(list_name: str) -> set[str]:
    return {str(c["code"]) for c in read_codelists()[list_name]["codes"]}


def test_facility_kinds_name_existing_categories():
    categories = codes("facility_category")
    for kind in read_codelists()["facility_kind"]["codes"]:
        assert kind["category"] in categories, kind


def test_inspection_catalogues_refer_to_existing_codes():
    kinds, structures, components = (
        codes("facility_kind"),
        codes("structure_type"),
        codes("component_type"),
    )
    measurements = set(measurement_types())
    for catalog in catalogs().values():
        assert set(catalog.kinds) <= kinds, catalog.id
        assert set(catalog.default_for_kinds) <= kinds, catalog.id
        assert {s for s in catalog.structure_types if s} <= structures, catalog.id
        for item in catalog.items:
            assert item.component_type in components, (catalog.id, item.code)
            assert set(item.measurements) <= measurements, (catalog.id, item.code)
            assert item.item_class in ("I", "II", "III"), (catalog.id, item.code)


def test_inspection_cycles_name_inspection_types():
    for kind, rule in cycle_rules().items():
        assert kind in INSPECTION_TYPES
        assert set(rule.get("also_satisfied_by", [])) <= set(INSPECTION_TYPES)


def test_the_ifc_class_table_names_existing_kinds_and_component_types():
    table = yaml.safe_load((ROOT / "assets/bim/ifc_classes.yaml").read_text(encoding="utf-8"))
    assert set(table["facilities"].values()) <= codes("facility_kind")
    assert set(table["components"].values()) <= codes("component_type")


def test_openstreetmap_rules_name_existing_kinds():
    table = rules()
    kinds = codes("facility_kind")
    assert {rule.kind for rule in table.tags} <= kinds
    assert {kind for _, kind in table.names} <= kinds
    assert {table.floating["kind"], table.floating["from"]} <= kinds


def test_plateau_class_codes_are_unique_per_kind():
    seen: dict[str, str] = {}
    for kind in read_codelists()["facility_kind"]["codes"]:
        code = kind.get("iur_other_construction_class")
        if code is not None:
            assert code not in seen, (code, seen.get(code), kind["code"])
            seen[code] = kind["code"]


def test_planning_tables_name_existing_component_types():
    data = ROOT / "twin/planning/data"
    components = codes("component_type")
    costs = yaml.safe_load((data / "costs.yaml").read_text(encoding="utf-8"))
    defaults = yaml.safe_load((data / "defaults.yaml").read_text(encoding="utf-8"))
    assert set(costs["by_component_type"]) <= components
    assert set(defaults["by_component_type"]) <= components
    measures = set(costs["measures"])
    for name, strategy in costs["strategies"].items():
        assert set(strategy["act"].values()) <= measures, name
        assert set(strategy["act"]) <= {"d", "c", "b", "a"}, name
        for grade, measure in strategy["act"].items():  # a strategy acts where its measure works
            assert grade in costs["effects"][measure], (name, grade, measure)
    assert set(costs["effects"]) == measures - {"inspection"}
    assert set(costs["default"]) == measures


def test_migrate_brings_a_changed_code_list_to_an_existing_database(test_database, engine):
    with session_scope(engine) as session:
        name = session.scalar(text("SELECT name_en FROM code_facility_kind WHERE code = 'quay'"))
    stale = create_engine(test_database.owner)  # the database as an older release left it
    with stale.begin() as conn:
        conn.execute(text("UPDATE code_facility_kind SET name_en = 'stale' WHERE code = 'quay'"))
        conn.execute(text("UPDATE code_exposure SET sort = 99, extra = '{}' WHERE code = 'splash'"))
    stale.dispose()
    migrate.upgrade(test_database.owner)  # at head already: only the code lists are synced
    with session_scope(engine) as session:
        now = session.scalar(text("SELECT name_en FROM code_facility_kind WHERE code = 'quay'"))
        sort = session.scalar(text("SELECT sort FROM code_exposure WHERE code = 'splash'"))
    assert now == name and sort != 99


def test_no_ifc_type_is_both_a_facility_kind_and_a_component_type():
    """An IFC type read back must be one thing: a facility kind whose export type is also a
    component row would turn every exported component of that type into a facility."""
    table = yaml.safe_load((ROOT / "assets/bim/ifc_classes.yaml").read_text(encoding="utf-8"))
    exported_kinds = {
        row["ifc"]
        for row in read_codelists()["facility_kind"]["codes"]
        if row.get("ifc") and not row["ifc"].endswith((".USERDEFINED", ".NOTDEFINED"))
    }
    assert exported_kinds.isdisjoint(table["components"]), exported_kinds & set(table["components"])

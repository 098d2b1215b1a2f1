"""The data table mapping IFC entities to facility kinds and component types (both ways).

``ifc_classes.yaml`` beside this module holds the IFC → registry rows beyond what the
``facility_kind`` code list already says (its ``ifc`` column is the export mapping).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ifcopenshell.ifcopenshell_wrapper as ifc_wrapper
import yaml

from assets.codelists import read_codelists

TABLE = Path(__file__).with_name("ifc_classes.yaml")
SCHEMA = "IFC4X3_ADD2"
OPEN_TYPES = {None, "", "NOTDEFINED", "USERDEFINED"}


@dataclass(frozen=True)
class IfcType:
    ifc_class: str
    predefined_type: str | None = None
    object_type: str | None = None


@lru_cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return data


@lru_cache
def _codes(list_name: str) -> dict[str, dict[str, Any]]:
    return {row["code"]: row for row in read_codelists()[list_name]["codes"]}


@lru_cache
def _facility_rows() -> dict[str, str]:
    """``IfcClass.TYPE`` → facility kind: the code list's export column (first kind wins),
    then the table's extra rows."""
    rows: dict[str, str] = {}
    for code, row in _codes("facility_kind").items():
        key = row.get("ifc", "")
        if key and not key.endswith((".USERDEFINED", ".NOTDEFINED")):
            rows.setdefault(key, code)
    for key, code in _table()["facilities"].items():
        rows.setdefault(key, code)
    return rows


@lru_cache
def ancestors(ifc_class: str) -> tuple[str, ...]:
    """The class and its supertypes in IFC 4.3 (just the class when the schema lacks it)."""
    schema = ifc_wrapper.schema_by_name(SCHEMA)
    names = []
    try:
        declaration: Any = schema.declaration_by_name(ifc_class)
    except RuntimeError:
        return (ifc_class,)
    while declaration is not None:
        names.append(declaration.name())
        declaration = declaration.supertype()
    return tuple(names)


def _lookup(table: dict[str, str], element: IfcType, codes: dict[str, Any]) -> str | None:
    if element.object_type in codes:  # a registry code named as the element's type
        return element.object_type
    for cls in ancestors(element.ifc_class):
        if element.predefined_type not in OPEN_TYPES:
            hit = table.get(f"{cls}.{element.predefined_type}")
            if hit:
                return hit
        if cls in table:
            return table[cls]
    return None


def facility_kind_of(element: IfcType) -> str | None:
    """The facility kind an IFC element stands for, or None (not a facility)."""
    key = f"{element.ifc_class}.{element.predefined_type}"
    if key in _table()["not_facilities"]:
        return None
    return _lookup(_facility_rows(), element, _codes("facility_kind"))


def component_type_of(element: IfcType) -> str | None:
    """The component type an IFC element stands for, or None (not a component)."""
    return _lookup(_table()["components"], element, _codes("component_type"))


def _split(key: str) -> IfcType:
    cls, _, predefined = key.partition(".")
    return IfcType(cls, predefined or None)


def ifc_type_of_facility(kind: str) -> IfcType:
    """How a facility kind is written to IFC (the code list's ``ifc`` column)."""
    found = _split(_codes("facility_kind")[kind].get("ifc") or "IfcFacility.USERDEFINED")
    if found.predefined_type == "USERDEFINED":
        return IfcType(found.ifc_class, "USERDEFINED", kind)
    if facility_kind_of(found) != kind:  # e.g. floating_pier shares JETTY with pier
        return IfcType(found.ifc_class, found.predefined_type, kind)
    return found


def ifc_type_of_component(component_type: str) -> IfcType:
    """How a component type is written to IFC: the first element row with a specific
    predefined type naming it, else a user-defined IfcBuiltElement named by the code."""
    for key, code in _table()["components"].items():
        found = _split(key)
        if (
            code == component_type
            and found.predefined_type
            and "IfcElement" in ancestors(found.ifc_class)
        ):
            return found
    return IfcType("IfcBuiltElement", "USERDEFINED", component_type)


# The property set a Port Twin IFC export writes the registry's own fields to (custom sets
# must not use the reserved Pset_ prefix); importing reads it back, which is what makes the
# export round-trip.
REGISTRY_PSET = "PortTwin_Registry"

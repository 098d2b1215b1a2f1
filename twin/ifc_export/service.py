"""A facility as an IFC 4.3 (IFC4X3_ADD2) model, for other BIM tools and for the record.

What is written:

- ``IfcProject`` (metres) → ``IfcSite`` → the facility as ``IfcMarineFacility`` (or the class
  the ``facility_kind`` code list names) with its PredefinedType; its components as elements
  contained in it (the class from ``assets/bim/ifc_classes.yaml``). GlobalIds are the registry
  ids (a uuid compressed to 22 characters), so a re-import links back by id.
- Body geometry: the registry outline (a line buffered to its width, or 5 m) extruded 1 m,
  in engineering metres around a local origin. It locates the facility; it is not a design
  model. Components with geometry get bodies of their own, stacked by type in schematic
  bands (``COMPONENT_BANDS``: caisson under superstructure under pavement, fenders on the
  face, bollards on top) so each element of a span stands apart and a 3D viewer can pick it;
  the facility's own slab is then left out (its parts show it).
- ``IfcMapConversion`` to the port's metric CRS (JGD2011 plane zone in Japan) with an
  ``IfcProjectedCRS`` named ``EPSG:nnnn``; Scale 1, no rotation: engineering x/y are map
  easting/northing offsets from the origin.
- Property sets: ``Pset_QuayCommon``/``Pset_BreakwaterCommon``/``Pset_RevetmentCommon`` by kind,
  ``PortTwin_Registry`` (every registry field, what a re-import reads back), and on an
  ``IfcAsset`` grouping the facility and its elements (where IFC applies them)
  ``Pset_Condition`` (latest grade, inspection date and type, next due date) and
  ``Pset_MaintenanceStrategy`` (criticality from the importance designation, frailty from
  the grade, inspection-based monitoring, emergency inspection after events).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

import ifcopenshell
import ifcopenshell.api
import ifcopenshell.guid
import numpy as np
from pyproj import CRS
from shapely import Polygon
from shapely.geometry.base import BaseGeometry
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.bim.kinds import REGISTRY_PSET, ifc_type_of_component, ifc_type_of_facility
from assets.common import as_shape
from assets.facilities import live_facility
from assets.models import FACILITY_SPEC_COLUMNS, Component, Facility, Port
from geodata.crs import STORAGE_EPSG, reproject
from inspections.schedules import facility_condition
from kernel.auth.service import Principal

SCHEMA = "IFC4X3_ADD2"
DEFAULT_WIDTH_M = 5.0
BODY_DEPTH_M = 1.0
# Schematic bodies of components by type: (bottom, top) in metres above the body's base and
# the plan width a line or point is drawn with (None: the facility's width). Chosen so the
# members of a span do not overlap in 3D; they are not design levels or sizes.
COMPONENT_BANDS: dict[str, tuple[float, float, float | None]] = {
    "foundation_mound": (-1.0, 0.0, None),
    "caisson": (0.0, 3.0, None),
    "steel_sheet_pile": (0.0, 3.0, 0.6),
    "steel_pipe_sheet_pile": (0.0, 3.0, 1.0),
    "steel_pipe_pile": (0.0, 3.0, 0.8),
    "wave_dissipating_blocks": (0.0, 3.5, None),
    "armour": (0.0, 3.2, None),
    "backfill": (0.0, 3.0, None),
    "beam": (3.0, 3.8, None),
    "superstructure": (3.0, 4.5, None),
    "deck_slab": (3.8, 4.5, None),
    "pavement": (4.5, 4.8, None),
    "fender": (2.2, 4.2, 0.8),
    "ladder": (1.0, 4.5, 0.5),
    "bollard": (4.8, 5.6, 0.7),
    "curb": (4.8, 5.1, 0.3),
}
KIND_PSETS = {
    "quay": ("Pset_QuayCommon", "StructuralType"),
    "landing_place": ("Pset_QuayCommon", "StructuralType"),
    "breakwater": ("Pset_BreakwaterCommon", "StructuralStyle"),
    "revetment": ("Pset_RevetmentCommon", "StructuralType"),
}
# Port grades: A = deterioration that needs measures … D = none (MLIT guideline)
FRAILTY = {"A": "VERYHIGH", "B": "HIGH", "C": "MODERATE", "D": "LOW"}
COMPONENT_FIELDS = ("component_type", "name", "span", "chainage_from_m", "chainage_to_m")


def global_id(value: uuid.UUID) -> str:
    """The IFC GlobalId of a registry id (reversible: see assets.bim.linking.own_id)."""
    return str(ifcopenshell.guid.compress(value.hex))


def export_facility(session: Session, who: Principal, facility_id: uuid.UUID) -> bytes:
    """The facility, its components, condition and maintenance data as IFC4X3_ADD2 text."""
    facility = live_facility(session, who, facility_id)
    port = session.get(Port, facility.port_id)
    assert port is not None
    components = session.scalars(
        select(Component)
        .where(
            Component.port_id == facility.port_id,
            Component.facility_id == facility.id,
            Component.deleted_at.is_(None),
        )
        .order_by(Component.chainage_from_m, Component.name, Component.id)
    ).all()
    condition = facility_condition(session, who, facility.id)
    writer = _Writer(port, facility)
    element = writer.facility()
    parts = [writer.component(c, element) for c in components]
    if not writer.component_bodies:
        writer.facility_body(element)
    writer.asset(element, parts, condition.model_dump())
    return str(writer.model.to_string()).encode("utf-8")


class _Writer:
    def __init__(self, port: Port, facility: Facility) -> None:
        self.port, self.registry = port, facility
        self.component_bodies = 0
        self.epsg = port.metric_epsg
        geometry = as_shape(facility.geom)
        assert geometry is not None
        self.outline = reproject(geometry, STORAGE_EPSG, self.epsg)  # easting, northing
        centre = self.outline.centroid
        self.origin = (round(centre.x), round(centre.y))
        self.model = ifcopenshell.api.run("project.create_file", version=SCHEMA)
        run = ifcopenshell.api.run
        self.project = run(
            "root.create_entity",
            self.model,
            ifc_class="IfcProject",
            name=f"{port.code} {facility.ledger_no or facility.name_en or facility.id}",
        )
        metre = run("unit.add_si_unit", self.model, unit_type="LENGTHUNIT")
        run("unit.assign_unit", self.model, units=[metre])
        model_context = run("context.add_context", self.model, context_type="Model")
        self.body = run(
            "context.add_context",
            self.model,
            context_type="Model",
            context_identifier="Body",
            target_view="MODEL_VIEW",
            parent=model_context,
        )
        self._georeference(model_context, metre)
        self.site = run(
            "root.create_entity",
            self.model,
            ifc_class="IfcSite",
            name=port.name_en or port.code,
        )
        self.site.Description = port.name_ja
        run(
            "aggregate.assign_object",
            self.model,
            products=[self.site],
            relating_object=self.project,
        )
        self._place(self.site)

    def _georeference(self, context: Any, metre: Any) -> None:
        crs = CRS.from_epsg(self.epsg)
        datum = crs.datum.name if crs.datum else None
        target = self.model.createIfcProjectedCRS(
            Name=f"EPSG:{self.epsg}",
            Description=crs.name,
            GeodeticDatum=datum,
            MapUnit=metre,
        )
        self.model.createIfcMapConversion(
            SourceCRS=context,
            TargetCRS=target,
            Eastings=float(self.origin[0]),
            Northings=float(self.origin[1]),
            OrthogonalHeight=0.0,
            XAxisAbscissa=1.0,
            XAxisOrdinate=0.0,
            Scale=1.0,
        )

    def _place(self, product: Any) -> None:
        ifcopenshell.api.run(
            "geometry.edit_object_placement", self.model, product=product, matrix=np.eye(4)
        )

    def _body(
        self,
        product: Any,
        outline: BaseGeometry,
        width: float | None,
        band: tuple[float, float] = (0.0, BODY_DEPTH_M),
    ) -> bool:
        """An extruded plan outline around the local origin as the product's body, from
        ``band[0]`` to ``band[1]`` metres; False when the outline has no area to extrude."""
        if outline.geom_type in ("Point", "MultiPoint", "LineString", "MultiLineString"):
            cap = "round" if outline.geom_type.endswith("Point") else "flat"
            outline = outline.buffer((width or DEFAULT_WIDTH_M) / 2, cap_style=cap)
        if outline.is_empty:
            return False
        parts: Iterable[Polygon] = getattr(outline, "geoms", [outline])
        solids = []
        for polygon in parts:
            ring = [
                (x - self.origin[0], y - self.origin[1])
                for x, y in list(polygon.exterior.coords)[:-1]
            ]
            points = self.model.createIfcCartesianPointList2D(ring)
            curve = self.model.createIfcIndexedPolyCurve(
                points, [self.model.createIfcLineIndex([*range(1, len(ring) + 1), 1])]
            )
            profile = self.model.createIfcArbitraryClosedProfileDef("AREA", None, curve)
            solids.append(
                self.model.createIfcExtrudedAreaSolid(
                    profile,
                    self.model.createIfcAxis2Placement3D(
                        self.model.createIfcCartesianPoint((0.0, 0.0, band[0]))
                    ),
                    self.model.createIfcDirection((0.0, 0.0, 1.0)),
                    band[1] - band[0],
                )
            )
        representation = self.model.createIfcShapeRepresentation(
            self.body, "Body", "SweptSolid", solids
        )
        product.Representation = self.model.createIfcProductDefinitionShape(
            None, None, [representation]
        )
        return True

    def _pset(self, product: Any, name: str, values: dict[str, Any]) -> None:
        values = {k: v for k, v in values.items() if v is not None}
        if not values:
            return
        pset = ifcopenshell.api.run("pset.add_pset", self.model, product=product, name=name)
        ifcopenshell.api.run("pset.edit_pset", self.model, pset=pset, properties=values)

    def facility(self) -> Any:
        f = self.registry
        ifc = ifc_type_of_facility(f.kind)
        element = ifcopenshell.api.run(
            "root.create_entity",
            self.model,
            ifc_class=ifc.ifc_class,
            predefined_type=ifc.predefined_type,
            name=f.name_en or f.name_ja or f.ledger_no,
        )
        element.GlobalId = global_id(f.id)
        element.Description = f.name_ja
        if ifc.object_type:
            element.ObjectType = ifc.object_type
        ifcopenshell.api.run(
            "aggregate.assign_object", self.model, products=[element], relating_object=self.site
        )
        self._place(element)
        self._pset(element, REGISTRY_PSET, {c: getattr(f, c) for c in FACILITY_SPEC_COLUMNS})
        if f.kind in KIND_PSETS:
            name, structure = KIND_PSETS[f.kind]
            self._pset(element, name, {structure: f.structure_type, "Elevation": f.crown_height_m})
        return element

    def facility_body(self, facility: Any) -> None:
        """The registry outline as the facility's slab (when none of its parts has a body)."""
        self._body(facility, self.outline, self.registry.width_m)

    def component(self, component: Component, facility: Any) -> Any:
        ifc = ifc_type_of_component(component.component_type)
        element = ifcopenshell.api.run(
            "root.create_entity",
            self.model,
            ifc_class=ifc.ifc_class,
            predefined_type=ifc.predefined_type,
            name=component.name or component.component_type,
        )
        element.GlobalId = global_id(component.id)
        if ifc.object_type:
            element.ObjectType = ifc.object_type
        ifcopenshell.api.run(
            "spatial.assign_container",
            self.model,
            products=[element],
            relating_structure=facility,
        )
        self._place(element)
        geometry = as_shape(component.geom)
        if geometry is not None:
            bottom, top, width = COMPONENT_BANDS.get(
                component.component_type, (0.0, BODY_DEPTH_M, None)
            )
            outline = reproject(geometry, STORAGE_EPSG, self.epsg)
            if self._body(element, outline, width or self.registry.width_m, (bottom, top)):
                self.component_bodies += 1
        self._pset(element, REGISTRY_PSET, {c: getattr(component, c) for c in COMPONENT_FIELDS})
        return element

    def asset(self, facility: Any, parts: list[Any], condition: dict[str, Any]) -> None:
        f = self.registry
        asset = ifcopenshell.api.run(
            "root.create_entity",
            self.model,
            ifc_class="IfcAsset",
            name=f"{f.name_ja or f.name_en or f.ledger_no} (asset)",
        )
        asset.Identification = f.ledger_no
        ifcopenshell.api.run(
            "group.assign_group", self.model, products=[facility, *parts], group=asset
        )
        grade = condition.get("final_grade")
        self._pset(
            asset,
            "Pset_MaintenanceStrategy",
            {
                "AssetCriticality": "HIGH" if f.important else "MODERATE",
                "AssetFrailty": FRAILTY.get(grade or ""),
                "MonitoringType": "INSPECTION",
                "AccidentResponse": "EMERGENCYINSPECTION",
            },
        )
        dues = [d for d in (condition.get("next_due") or {}).values() if d is not None]
        self._pset(
            asset,
            "Pset_Condition",
            {
                "AssessmentDate": _iso(condition.get("last_inspected_on")),
                "AssessmentCondition": grade,
                "AssessmentDescription": _grade_text(grade, condition),
                "AssessmentType": condition.get("last_inspection_type"),
                "NextAssessmentDate": _iso(min(dues)) if dues else None,
            },
        )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _grade_text(grade: str | None, condition: dict[str, Any]) -> str:
    if grade is None:
        return "not inspected yet / 未点検"
    text = f"performance deterioration grade {grade} / 性能低下度 {grade}"
    if condition.get("override_reason"):
        text += f" (set by an engineer: {condition['override_reason']})"
    return text

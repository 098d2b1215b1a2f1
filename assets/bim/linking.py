"""Linking model elements to the registry, automatically and by hand.

Which elements are facilities or components comes from the data table (:mod:`kinds`).
Automatic links are tried in order of certainty, and each records how it was made:

=============  ==========  ==================================================================
method         confidence  evidence
=============  ==========  ==================================================================
external_id    1.0         the GlobalId is the facility's ``ifc`` external id, or the id of a
                           facility/component (a Port Twin export)
external_id    0.95        the same GlobalId is linked in another model of the port
ledger_no      0.9         the element's Tag or a ledger/asset-number property is the ledger no
name           0.7 (+0.1)  the element's name is the facility's (+ when the kind agrees too)
overlap        0.4–0.9     the footprint lies on the facility (share of the smaller area,
                           facility buffered 5 m; at least half) (+0.1 when the kind agrees)
type           0.5         the only component of that type in the element's facility
created        1.0         the facility/component was created from this element on request
manual         1.0         set (or unlinked: no target) by a person; never overwritten
=============  ==========  ==================================================================

Re-linking (after a placement or a registry change) recomputes the automatic links and keeps
the manual and created ones. Links by hand and the link report are :mod:`assets.bim.links`.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import ifcopenshell.guid
from pydantic import ValidationError
from shapely.geometry import mapping
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from assets.bim.kinds import REGISTRY_PSET, IfcType, component_type_of, facility_kind_of
from assets.bim.models import BimElement, BimLink, BimModel
from assets.common import as_geojson, as_shape
from assets.components import create_component
from assets.facilities import create_facility
from assets.models import FACILITY_SPEC_COLUMNS, Component, Facility, FacilityExternalId, Port
from assets.schemas import ComponentCreate, ExternalId, FacilityCreate, Height
from kernel.auth.service import Principal
from kernel.errors import Invalid

KEPT = ("manual", "created")
LEDGER_KEYS = {"ledgerno", "ledgernumber", "台帳番号", "assetidentifier", "tagnumber"}
BUFFER_M = 5.0
NEAR_DEG = 0.0005  # candidate search radius in degrees (about 50 m), refined in metres
MIN_OVERLAP = 0.5


@dataclass
class Target:
    facility_id: uuid.UUID | None
    component_id: uuid.UUID | None
    method: str
    confidence: float
    detail: str


def ifc_type(element: BimElement) -> IfcType:
    return IfcType(element.ifc_class, element.predefined_type, element.object_type)


def _norm(value: str | None) -> str:
    if not value:
        return ""
    folded = unicodedata.normalize("NFKC", value).casefold()
    return re.sub(r"[\s\-_・.,()（）]+", "", folded)


def own_id(global_id: str) -> uuid.UUID | None:
    """The registry id a Port Twin export encoded in this GlobalId (or a random uuid)."""
    try:
        return uuid.UUID(hex=ifcopenshell.guid.expand(global_id))
    except (ValueError, IndexError, TypeError):
        return None


def ledger_candidates(element: BimElement) -> list[str]:
    found = [element.tag] if element.tag else []
    for values in element.psets.values():
        for key, value in values.items():
            if _norm(key) in LEDGER_KEYS and isinstance(value, str | int) and str(value):
                found.append(str(value))
    registry = element.psets.get(REGISTRY_PSET, {})
    if registry.get("ledger_no"):
        found.insert(0, str(registry["ledger_no"]))
    return found


def registry_values(element: BimElement) -> dict[str, Any]:
    """Facility fields an element carries: the registry property set of a Port Twin export,
    else its name and ledger number."""
    own = element.psets.get(REGISTRY_PSET, {})
    values: dict[str, Any] = {}
    for column in FACILITY_SPEC_COLUMNS:
        if own.get(column) is not None and column not in ("kind",):
            values[column] = own[column]
    for name in ("design_depth", "crown_height"):
        value, datum = values.pop(f"{name}_m", None), values.pop(f"{name}_datum", None)
        if value is not None and datum:
            values[name] = Height(value=value, datum=datum)
    if not values.get("name_ja") and not values.get("name_en") and element.name:
        values["name_en"] = element.name
    ledgers = ledger_candidates(element)
    if "ledger_no" not in values and ledgers:
        values["ledger_no"] = ledgers[0]
    return values


class _Registry:
    """The port's facilities, components and earlier links, loaded once per linking run."""

    def __init__(self, session: Session, model: BimModel) -> None:
        port = model.port_id
        self.facilities = {
            f.id: f
            for f in session.scalars(
                select(Facility).where(Facility.port_id == port, Facility.deleted_at.is_(None))
            )
        }
        self.components = {
            c.id: c
            for c in session.scalars(
                select(Component).where(Component.port_id == port, Component.deleted_at.is_(None))
            )
        }
        self.components_of: dict[uuid.UUID, list[Component]] = defaultdict(list)
        for c in self.components.values():
            self.components_of[c.facility_id].append(c)
        self.ledger = {f.ledger_no: f.id for f in self.facilities.values() if f.ledger_no}
        self.names: dict[str, set[uuid.UUID]] = defaultdict(set)
        for f in self.facilities.values():
            for name in (f.name_ja, f.name_en):
                if _norm(name):
                    self.names[_norm(name)].add(f.id)
        self.external = dict(
            session.execute(
                select(FacilityExternalId.ext_id, FacilityExternalId.facility_id).where(
                    FacilityExternalId.port_id == port, FacilityExternalId.source == "ifc"
                )
            ).all()
        )
        self.prior: dict[str, tuple[uuid.UUID, uuid.UUID | None, uuid.UUID]] = {}
        earlier = session.execute(
            select(BimLink.global_id, BimLink.facility_id, BimLink.component_id, BimLink.model_id)
            .where(
                BimLink.port_id == port,
                BimLink.model_id != model.id,
                BimLink.facility_id.is_not(None),
                BimLink.confidence >= 0.9,
            )
            .order_by(BimLink.linked_at)
        )
        for gid, facility_id, component_id, model_id in earlier:
            if facility_id in self.facilities:
                self.prior[gid] = (facility_id, component_id, model_id)


def _overlaps(
    session: Session, model: BimModel, epsg: int, roots: list[str]
) -> dict[str, list[tuple[uuid.UUID, float]]]:
    """Per facility element (``roots``), the facilities its plan lies on, best first. The plan
    is the element's own footprint, or else the footprints of the elements it contains (an
    IfcMarineFacility is a spatial element: its blocks carry the geometry). The share is of
    the smaller area, the facility buffered 5 m, computed in metres."""
    if not roots:
        return {}
    rows = session.execute(
        text("""
        WITH RECURSIVE tree(root, gid) AS (
            SELECT global_id, global_id FROM bim_element
            WHERE port_id = :port AND model_id = :model AND global_id = ANY(:roots)
          UNION ALL
            SELECT t.root, e.global_id FROM tree t
            JOIN bim_element e ON e.port_id = :port AND e.model_id = :model
                 AND e.parent_global_id = t.gid
        ),
        own AS (
            SELECT global_id FROM bim_element
            WHERE port_id = :port AND model_id = :model AND global_id = ANY(:roots)
              AND footprint IS NOT NULL
        ),
        -- the parts of each plan: the root's own footprint, or its descendants' (summed
        -- below rather than unioned: elements of one model seldom overlap in plan)
        parts AS (
            SELECT t.root, t.gid FROM tree t
            WHERE t.gid = t.root OR t.root NOT IN (SELECT global_id FROM own)
        ),
        placed AS (
            SELECT parts.root, e.footprint AS g FROM parts
            JOIN bim_element e ON e.port_id = :port AND e.model_id = :model
                 AND e.global_id = parts.gid AND e.footprint IS NOT NULL
        ),
        -- each facility near the plan, buffered once
        zone AS MATERIALIZED (
            SELECT f.id, f.geom, ST_Buffer(ST_Transform(f.geom, :epsg), :buffer) AS m
            FROM facility f
            WHERE f.port_id = :port AND f.deleted_at IS NULL AND EXISTS (
                SELECT 1 FROM bim_element e
                WHERE e.port_id = :port AND e.model_id = :model
                  AND ST_DWithin(e.footprint, f.geom, :near))
        ),
        near AS (
            -- the zone is first clipped to the part's box: a big zone is then cheap to cut
            SELECT placed.root, zone.id,
                   SUM(ST_Area(ST_Intersection(pm.g, ST_ClipByBox2D(zone.m, pm.g)))) AS shared,
                   MIN(ST_Area(zone.m)) AS facility_area
            FROM placed JOIN zone ON ST_DWithin(placed.g, zone.geom, :near)
            CROSS JOIN LATERAL (SELECT ST_Transform(placed.g, :epsg) AS g) pm
            GROUP BY placed.root, zone.id
        ),
        plan_area AS (
            SELECT root, SUM(ST_Area(ST_Transform(g, :epsg))) AS area FROM placed
            WHERE root IN (SELECT root FROM near) GROUP BY root
        )
        SELECT near.root, near.id,
               near.shared / NULLIF(LEAST(plan_area.area, near.facility_area), 0)
        FROM near JOIN plan_area USING (root)
        """),
        {
            "near": NEAR_DEG,
            "epsg": epsg,
            "buffer": BUFFER_M,
            "port": model.port_id,
            "model": model.id,
            "roots": roots,
        },
    )
    found: dict[str, list[tuple[uuid.UUID, float]]] = defaultdict(list)
    for gid, facility_id, ratio in rows:
        if ratio is not None and ratio >= MIN_OVERLAP:
            found[gid].append((facility_id, min(1.0, float(ratio))))
    for candidates in found.values():
        candidates.sort(key=lambda c: -c[1])
    return found


def _facility_match(
    element: BimElement,
    kind: str,
    registry: _Registry,
    overlaps: dict[str, list[tuple[uuid.UUID, float]]],
) -> Target | None:
    gid = element.global_id
    if gid in registry.external:
        return Target(registry.external[gid], None, "external_id", 1.0, "ifc external id")
    decoded = own_id(gid)
    if decoded in registry.facilities:
        return Target(decoded, None, "external_id", 1.0, "GlobalId of a Port Twin export")
    if gid in registry.prior:
        facility_id, _, other = registry.prior[gid]
        return Target(facility_id, None, "external_id", 0.95, f"same GlobalId in model {other}")
    for ledger in ledger_candidates(element):
        if ledger in registry.ledger:
            return Target(registry.ledger[ledger], None, "ledger_no", 0.9, f"ledger no {ledger}")
    named = registry.names.get(_norm(element.name), set())
    if len(named) == 1:
        facility_id = next(iter(named))
        same_kind = registry.facilities[facility_id].kind == kind
        return Target(
            facility_id,
            None,
            "name",
            0.8 if same_kind else 0.7,
            f"name '{element.name}'" + (f" and kind {kind}" if same_kind else ""),
        )
    for facility_id, ratio in overlaps.get(gid, []):
        same_kind = registry.facilities[facility_id].kind == kind
        confidence = round(0.4 + 0.4 * ratio + (0.1 if same_kind else 0.0), 3)
        return Target(
            facility_id, None, "overlap", confidence, f"footprint {ratio:.0%} on the facility"
        )
    return None


def _component_match(
    element: BimElement, component_type: str, facility_id: uuid.UUID, registry: _Registry
) -> Target | None:
    decoded = own_id(element.global_id)
    if decoded in registry.components:
        component = registry.components[decoded]
        return Target(
            component.facility_id, component.id, "external_id", 1.0, "GlobalId of an export"
        )
    prior = registry.prior.get(element.global_id)
    if prior is not None and prior[1] is not None:
        return Target(prior[0], prior[1], "external_id", 0.95, f"same GlobalId in model {prior[2]}")
    members = registry.components_of.get(facility_id, [])
    named = [c for c in members if _norm(c.name) and _norm(c.name) == _norm(element.name)]
    if len(named) == 1:
        return Target(facility_id, named[0].id, "name", 0.7, f"name '{element.name}'")
    typed = [c for c in members if c.component_type == component_type]
    if len(typed) == 1:
        return Target(facility_id, typed[0].id, "type", 0.5, f"only {component_type} there")
    return None


def _parent_facility(
    element: BimElement, by_gid: dict[str, BimElement], links: dict[str, Target]
) -> uuid.UUID | None:
    seen: set[str] = set()
    parent = element.parent_global_id
    while parent and parent not in seen:
        seen.add(parent)
        target = links.get(parent)
        if target is not None and target.facility_id is not None:
            return target.facility_id
        parent = by_gid[parent].parent_global_id if parent in by_gid else None
    return None


def link_model(
    session: Session, who: Principal, model: BimModel, *, create_facilities: bool = False
) -> dict[str, Any]:
    """(Re)link every element of the model; returns counts by method and notes."""
    port = session.get(Port, model.port_id)
    assert port is not None
    elements = list(
        session.scalars(
            select(BimElement).where(
                BimElement.port_id == model.port_id, BimElement.model_id == model.id
            )
        )
    )
    kept = {
        link.global_id: Target(
            link.facility_id, link.component_id, link.method, link.confidence, link.detail or ""
        )
        for link in session.scalars(
            select(BimLink).where(
                BimLink.port_id == model.port_id,
                BimLink.model_id == model.id,
                BimLink.method.in_(KEPT),
            )
        )
    }
    session.execute(
        delete(BimLink).where(
            BimLink.port_id == model.port_id,
            BimLink.model_id == model.id,
            BimLink.method.not_in(KEPT),
        )
    )
    registry = _Registry(session, model)
    roles = {e.global_id: role_of(e) for e in elements}
    facility_elements = [g for g, (kind, _) in roles.items() if kind and g not in kept]
    overlaps = _overlaps(session, model, port.metric_epsg, facility_elements)
    by_gid = {e.global_id: e for e in elements}
    links: dict[str, Target] = dict(kept)
    new: dict[str, Target] = {}
    notes: list[str] = []
    for element in elements:
        kind = roles[element.global_id][0]
        if kind is None or element.global_id in kept:
            continue
        target = _facility_match(element, kind, registry, overlaps)
        if target is None and create_facilities:
            target = _create_facility(session, who, port, model, element, kind, registry, notes)
        if target is not None:
            links[element.global_id] = new[element.global_id] = target
    for element in elements:
        component_type = roles[element.global_id][1]
        if component_type is None or element.global_id in links:
            continue
        facility_id = _parent_facility(element, by_gid, links)
        if facility_id is None:
            continue
        target = _component_match(element, component_type, facility_id, registry)
        if target is None and create_facilities:
            component = create_component(
                session,
                who,
                ComponentCreate(
                    facility_id=facility_id,
                    component_type=component_type,
                    name=element.name,
                    geometry=as_geojson(element.footprint),
                ),
            )
            registry.components[component.id] = component
            registry.components_of[facility_id].append(component)
            target = Target(facility_id, component.id, "created", 1.0, "created from the model")
        if target is not None:
            links[element.global_id] = new[element.global_id] = target
    session.add_all(
        BimLink(
            port_id=model.port_id,
            model_id=model.id,
            global_id=gid,
            facility_id=t.facility_id,
            component_id=t.component_id,
            method=t.method,
            confidence=t.confidence,
            detail=t.detail,
            actor=who.name,
        )
        for gid, t in new.items()
    )
    session.flush()
    by_method: dict[str, int] = defaultdict(int)
    for target in links.values():
        if target.facility_id is not None:
            by_method[target.method] += 1
    wanted = [g for g, role in roles.items() if any(role)]
    unlinked = [g for g in wanted if g not in links or links[g].facility_id is None]
    return {
        "linked": sum(by_method.values()),
        "by_method": dict(sorted(by_method.items())),
        "linkable": len(wanted),
        "unlinked": len(unlinked),
        "notes": notes,
    }


def role_of(element: BimElement) -> tuple[str | None, str | None]:
    """(facility kind, component type) the element stands for: at most one is set; neither
    for elements that are not registry things (sites, spaces, openings …)."""
    kind = facility_kind_of(ifc_type(element))
    return kind, None if kind else component_type_of(ifc_type(element))


def _create_facility(
    session: Session,
    who: Principal,
    port: Port,
    model: BimModel,
    element: BimElement,
    kind: str,
    registry: _Registry,
    notes: list[str],
) -> Target | None:
    geometry = as_shape(element.footprint)
    where = "its footprint"
    if geometry is None:
        # never on the model origin: a model without geometry would stack every facility there
        why = (
            "it has no geometry in the model (a facility needs a place); link it by hand"
            if model.georef
            else "the model is not placed on the map; place it, then re-link"
        )
        notes.append(
            f"{element.ifc_class} '{element.name}' ({element.global_id}) was not created: {why}"
        )
        return None
    values = registry_values(element)
    if values.get("ledger_no") in (None, ""):
        values.pop("ledger_no", None)
    try:
        data = FacilityCreate(
            port=port.code,
            kind=kind,
            geometry=mapping(geometry),
            external_ids=[ExternalId(source="ifc", ext_id=element.global_id)],
            attributes={"bim_model": str(model.id)},
            **values,
        )
        facility = create_facility(session, who, data)
    except (ValidationError, Invalid) as exc:
        notes.append(f"{element.ifc_class} '{element.name}' was not created: {exc}")
        return None
    registry.facilities[facility.id] = facility
    return Target(facility.id, None, "created", 1.0, f"created from the model, placed at {where}")

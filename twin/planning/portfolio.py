"""A port's facilities as planning arrays: every component type of each facility with its
share of members in each grade (from the latest grading record's findings), its deterioration
model, unit costs and quantity; and per facility the *governing* component, the one with the
largest risk if nothing is done.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from geoalchemy2.shape import to_shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.models import Facility, Port
from geodata.measure import measure
from inspections.catalog import PERFORMANCE, catalog_for, cycle_rules
from inspections.models import FacilityCondition, Finding
from kernel.errors import Invalid
from twin.planning.choice import ModelChoice, model_for
from twin.planning.deterioration import STATES
from twin.planning.interventions import Assets
from twin.planning.lcc import MEASURES, LccInput, cost_table

DEFAULT_LENGTH_M = 100.0
DEFAULT_AGE = 30  # years, for an age-dependent model when the construction year is unknown


@dataclass
class Component:
    facility: int  # index into Portfolio.facilities
    component_type: str
    state: np.ndarray  # (4,) share of members in d, c, b, a
    observed: bool  # from findings (else from the facility grade, or sound)


@dataclass
class Portfolio:
    facilities: list[Facility]
    grades: list[str | None]
    components: list[Component]
    length_m: np.ndarray  # (F,)
    age: np.ndarray  # (F,) years in service (DEFAULT_AGE where unknown)
    cycles: np.ndarray  # (F,)
    next_inspection: np.ndarray  # (F,) year index of the next general periodic inspection
    important: np.ndarray  # (F,) bool
    models: dict[str, ModelChoice]
    unit_costs: dict[str, dict[str, Any]]  # by component type: yen/m and where they come from
    notes: list[str] = field(default_factory=list)

    def unit(self, component_type: str) -> np.ndarray:
        row = self.unit_costs[component_type]
        return np.array([row[m] for m in MEASURES], dtype=float)


def resolve_costs(overrides: dict[str, Any], types: set[str]) -> dict[str, dict[str, Any]]:
    """Unit costs by component type, each marked with its source."""
    table = cost_table()
    out: dict[str, dict[str, Any]] = {}
    for ctype in sorted(types | set(overrides)):
        if ctype in overrides:
            row = dict(overrides[ctype])
            row["source"] = "scenario"
        else:
            listed = ctype in table["by_component_type"]
            row = dict(table["by_component_type"].get(ctype, table["default"]))
            row["source"] = "illustrative default" + ("" if listed else " (generic row)")
        out[ctype] = row
    return out


def _states(
    session: Session, port: Port, ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, np.ndarray]]:
    """Share of observed members in each grade, by facility and component type, from the
    findings of the record each facility's grade stands on (the worst of repeated
    observations of a span and item)."""
    rows = session.execute(
        select(FacilityCondition.facility_id, Finding)
        .join(
            Finding,
            (Finding.port_id == FacilityCondition.port_id)
            & (Finding.inspection_id == FacilityCondition.inspection_id),
        )
        .where(FacilityCondition.port_id == port.id, FacilityCondition.facility_id.in_(ids))
    ).all()
    worst: dict[tuple[Any, ...], int] = {}
    for facility_id, finding in rows:
        grade = finding.effective_grade  # a span not inspected counts with its carried grade
        if grade is None:
            continue
        key = (facility_id, finding.component_type, finding.item_code, finding.span)
        worst[key] = max(worst.get(key, 0), STATES.index(grade))
    counts: dict[uuid.UUID, dict[str, np.ndarray]] = defaultdict(dict)
    for (facility_id, ctype, _, _), g in worst.items():
        counts[facility_id].setdefault(ctype, np.zeros(len(STATES)))[g] += 1
    return {f: {c: v / v.sum() for c, v in by_type.items()} for f, by_type in counts.items()}


def build(
    session: Session,
    port: Port,
    *,
    unit_costs: dict[str, Any] | None = None,
    chosen_models: dict[str, uuid.UUID] | None = None,
    first_year: int,
) -> Portfolio:
    rows = session.execute(
        select(Facility, FacilityCondition.final_grade, FacilityCondition.inspected_on)
        .outerjoin(
            FacilityCondition,
            (FacilityCondition.port_id == Facility.port_id)
            & (FacilityCondition.facility_id == Facility.id),
        )
        .where(Facility.port_id == port.id, Facility.deleted_at.is_(None))
        .order_by(Facility.ledger_no, Facility.id)
    ).all()
    kept = []
    for facility, grade, inspected_on in rows:
        catalog = catalog_for(facility.kind, facility.structure_type)
        if catalog is not None:
            kept.append((facility, grade, inspected_on, catalog))
    if not kept:
        raise Invalid(f"port {port.code} has no facility with an inspection catalog", field="port")
    states = _states(session, port, [k[0].id for k in kept])
    rules = cycle_rules()["general_periodic"]
    facilities, grades, components, lengths, ages, cycles, nexts = [], [], [], [], [], [], []
    no_length = unobserved = 0
    for f, (facility, grade, inspected_on, catalog) in enumerate(kept):
        facilities.append(facility)
        grades.append(grade)
        length = facility.length_m or measure(to_shape(facility.geom), port.metric_epsg)[0]
        if not length:
            no_length += 1
        lengths.append(length or DEFAULT_LENGTH_M)
        built = facility.construction_year
        ages.append(first_year - built if built and built <= first_year else DEFAULT_AGE)
        cycle = int(rules["important" if facility.important else "normal"])
        cycles.append(cycle)
        nexts.append(max(inspected_on.year + cycle - first_year, 0) if inspected_on else 0)
        # the facility grade stands in for a component type its record did not observe
        fallback = np.eye(len(STATES))[3 - PERFORMANCE.index(grade) if grade else 0]
        class_one = {i.component_type for i in catalog.items if i.item_class == "I"}
        for ctype in dict.fromkeys(i.component_type for i in catalog.items):
            observed = states.get(facility.id, {}).get(ctype)
            if observed is None:
                unobserved += 1
                state = fallback if ctype in class_one else np.eye(len(STATES))[0]
            else:
                state = observed
            components.append(Component(f, ctype, state, observed is not None))
    types = {c.component_type for c in components}
    unknown = set(chosen_models or {}) - types
    if unknown:
        raise Invalid(
            f"the port's facilities have no component of type {', '.join(sorted(unknown))}",
            field="models",
        )
    models = {
        c: model_for(session, port.id, c, (chosen_models or {}).get(c)) for c in sorted(types)
    }
    notes = []
    if no_length:
        notes.append(f"{no_length} facilities have no length: {DEFAULT_LENGTH_M:.0f} m assumed")
    if grades.count(None):
        notes.append(f"{grades.count(None)} facilities were never inspected: assumed sound (d)")
    if unobserved:
        notes.append(
            f"{unobserved} components had no finding in their facility's latest record: class I "
            "components take the facility grade, the others are assumed sound (d)"
        )
    unknown_age = sum(1 for f in facilities if not f.construction_year)
    if unknown_age and any(m.shape != 1.0 for m in models.values()):
        notes.append(
            f"{unknown_age} facilities have no construction year: an age of {DEFAULT_AGE} "
            "years is assumed by the age-dependent (Weibull) models"
        )
    for c, m in models.items():
        if m.is_default:
            notes.append(
                f"{c}: default deterioration rates (no fitted model) — see "
                "twin/planning/data/defaults.yaml"
            )
    return Portfolio(
        facilities=facilities,
        grades=grades,
        components=components,
        length_m=np.array(lengths, dtype=float),
        age=np.array(ages, dtype=float),
        cycles=np.array(cycles),
        next_inspection=np.array(nexts),
        important=np.array([bool(f.important) for f in facilities]),
        models=models,
        unit_costs=resolve_costs(unit_costs or {}, types),
        notes=notes,
    )


def component_risk(
    data: Portfolio, loss_share: np.ndarray, weights: np.ndarray, years: int
) -> np.ndarray:
    """(U,) risk of each component if nothing is done for ``years``: importance ×
    replacement value × the loss share of the grades it passes through."""
    out = np.zeros(len(data.components))
    for ctype, model in data.models.items():
        idx = [u for u, c in enumerate(data.components) if c.component_type == ctype]
        if not idx:
            continue
        owners = np.array([data.components[u].facility for u in idx])
        matrices = np.stack([model.matrices(a, years) for a in data.age[owners]])
        state = np.stack([data.components[u].state for u in idx])
        value = data.unit(ctype)[3] * data.length_m[owners] * weights[owners]
        total = np.zeros(len(idx))
        for t in range(years):
            total += state @ loss_share
            state = np.einsum("fi,fij->fj", state, matrices[:, t])
        out[idx] = total * value
    return out


def governing(
    data: Portfolio, loss_share: np.ndarray, weights: np.ndarray, years: int
) -> tuple[list[int], list[dict[str, float]]]:
    """(per facility the component index with the largest risk, the risks compared)."""
    risk = component_risk(data, loss_share, weights, years)
    best: dict[int, int] = {}
    compared: dict[int, dict[str, float]] = defaultdict(dict)
    for u, c in enumerate(data.components):
        compared[c.facility][c.component_type] = float(risk[u])
        if c.facility not in best or risk[u] > risk[best[c.facility]]:
            best[c.facility] = u
    n = len(data.facilities)
    return [best[f] for f in range(n)], [compared[f] for f in range(n)]


def plan_assets(data: Portfolio, chosen: list[int], weights: np.ndarray, years: int) -> Assets:
    """The governing components as the plan's assets, over ``years`` (horizon and tail)."""
    n = len(chosen)
    aged = np.zeros((n, years, 4, 4))
    fresh = np.zeros((n, years, 4, 4))
    unit = np.zeros((n, len(MEASURES)))
    for f, u in enumerate(chosen):
        model = data.models[data.components[u].component_type]
        aged[f] = model.matrices(data.age[f], years)
        fresh[f] = model.matrices(0, years)
        unit[f] = data.unit(data.components[u].component_type)
    return Assets(
        state=np.stack([data.components[u].state for u in chosen]),
        aged=aged,
        fresh=fresh,
        length_m=data.length_m.copy(),
        unit=unit,
        weight=weights,
        cycle=data.cycles.copy(),
        first_inspection=data.next_inspection.copy(),
    )


def lcc_input(data: Portfolio, governing_of: list[int], horizon: int) -> LccInput:
    """Every component; the governing one of each facility carries its inspections. With an
    age-dependent model the yearly matrices follow each component's age (a renewed share is
    not made young again: the expected-value model cannot tell it apart)."""
    comps = data.components
    if all(m.shape == 1.0 for m in data.models.values()):
        matrices = np.stack([data.models[c.component_type].matrix() for c in comps])
    else:
        matrices = np.stack(
            [data.models[c.component_type].matrices(data.age[c.facility], horizon) for c in comps]
        )
    owners = set(governing_of)
    return LccInput(
        state=np.stack([c.state for c in comps]),
        matrices=matrices,
        length_m=np.array([data.length_m[c.facility] for c in comps]),
        costs=np.stack([data.unit(c.component_type) for c in comps]),
        inspection_cycle=np.array([data.cycles[c.facility] for c in comps]),
        inspected=np.array([u in owners for u in range(len(comps))]),
    )


def median_grade(state: np.ndarray) -> np.ndarray:
    """The facility grade (A–D) the members' distribution stands for: the grade at which half
    the members are that grade or worse. (..., 4) → (...) index into PERFORMANCE."""
    worse = np.cumsum(state[..., ::-1], axis=-1)  # a, a+b, a+b+c, all
    return np.asarray((worse < 0.5).sum(axis=-1))

"""Planning on the registry's own data: fit deterioration models to the inspection history,
forecast facilities, compare lifecycle costs by strategy, and plan under a budget.

Every output says which models it used and flags the defaults (``source: default``) when a
component type has no fitted model in the port.
"""

from __future__ import annotations

import itertools
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
import yaml
from geoalchemy2.shape import to_shape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assets.facilities import live_facility
from assets.models import Facility, Port
from assets.ports import resolve_port
from geodata.measure import measure
from inspections.catalog import PERFORMANCE, catalog_for, cycle_rules
from inspections.condition import latest_record
from inspections.models import SUBMITTED, FacilityCondition, Finding, Inspection
from inspections.rollup import Observation, roll_up
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.ids import new_id
from kernel.lookup import readable
from twin.planning.budget import BudgetInput, plan_budget, plan_greedy
from twin.planning.deterioration import STATES, Pair, fit_report, transition
from twin.planning.lcc import DATA, LccInput, lifecycle_cost, unit_costs
from twin.planning.models import DeteriorationModel, PlanScenario

MIN_PAIRS = 30
DEFAULT_LENGTH_M = 100.0
STRATEGIES = ["preventive", "corrective", "reactive"]


@lru_cache
def defaults() -> dict[str, Any]:
    return dict(yaml.safe_load((DATA / "defaults.yaml").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class ModelChoice:
    theta: tuple[float, ...]
    shape: float
    source: str  # "fitted v3 (212 pairs)" or "default"
    is_default: bool

    def matrix(self) -> np.ndarray:
        return transition(np.asarray(self.theta), 1.0, 1.0)


# -- fitting --------------------------------------------------------------------------------
def collect_pairs(session: Session, port_id: uuid.UUID) -> dict[str, list[Pair]]:
    """Consecutive submitted grades of the same member and item, by component type. Ages are
    years since the facility's construction year; without it the first grade is age 0 (enough
    for the Markov model, which depends only on the years between)."""
    rows = session.execute(
        select(
            Finding.component_type,
            Finding.component_id,
            Finding.span,
            Finding.item_code,
            Finding.grade,
            Inspection.facility_id,
            Inspection.started_on,
            Facility.construction_year,
        )
        .join(
            Inspection,
            (Inspection.port_id == Finding.port_id) & (Inspection.id == Finding.inspection_id),
        )
        .join(
            Facility,
            (Facility.port_id == Inspection.port_id) & (Facility.id == Inspection.facility_id),
        )
        .where(
            Finding.port_id == port_id,
            Inspection.status.in_(SUBMITTED),
            Finding.grade.is_not(None),  # a span not inspected was not observed
        )
        .order_by(Inspection.started_on)
    ).all()
    series: dict[tuple[Any, ...], list[tuple[date, int, int | None]]] = defaultdict(list)
    for ctype, component_id, span, item, grade, facility_id, day, built in rows:
        key = (ctype, component_id or (facility_id, span), item)
        series[key].append((day, STATES.index(grade), built))
    out: dict[str, list[Pair]] = defaultdict(list)
    for (ctype, _, _), points in series.items():
        for (d0, g0, built), (d1, g1, _) in itertools.pairwise(points):
            origin = date(built, 1, 1) if built else points[0][0]
            t0 = (d0 - origin).days / 365.25
            t1 = (d1 - origin).days / 365.25
            out[ctype].append(Pair(g0, g1, max(t0, 0.0), max(t1, 0.0), built is not None))
    return out


def fit_models(session: Session, who: Principal, port_ref: str) -> dict[str, Any]:
    """Fit a Markov model (and compare a Weibull one) per component type with enough pairs;
    each fit is stored as a new version."""
    port = resolve_port(session, who, port_ref)
    who.require("plan.write", port.id, "port")
    results: dict[str, Any] = {}
    for ctype, pairs in sorted(collect_pairs(session, port.id).items()):
        if len(pairs) < MIN_PAIRS:
            results[ctype] = {
                "n_pairs": len(pairs),
                "skipped": f"fewer than {MIN_PAIRS} pairs: defaults stay in use",
            }
            continue
        report = fit_report(pairs)
        version = (
            session.scalar(
                select(func.max(DeteriorationModel.version)).where(
                    DeteriorationModel.port_id == port.id,
                    DeteriorationModel.component_type == ctype,
                )
            )
            or 0
        ) + 1
        for method in ("markov", "weibull"):
            params = report[method]
            if params is None:
                continue
            session.add(
                DeteriorationModel(
                    id=new_id(),
                    port_id=port.id,
                    component_type=ctype,
                    exposure=None,
                    method=method,
                    version=version,
                    params=params,
                    n_pairs=params["n_pairs"],
                    source=f"fitted to {port.code} inspections",
                    report={
                        k: report[k]
                        for k in (
                            "by_age",
                            "chi_square",
                            "chi_square_p",
                            "likelihood_ratio",
                            "likelihood_ratio_p",
                            "markov_fits_poorly",
                            "advice",
                        )
                    },
                    created_by=who.name,
                )
            )
        results[ctype] = {"version": version, **report}
    session.flush()
    return {"port": port.code, "component_types": results}


def model_for(session: Session, port_id: uuid.UUID, component_type: str) -> ModelChoice:
    row = session.scalar(
        select(DeteriorationModel)
        .where(
            DeteriorationModel.port_id == port_id,
            DeteriorationModel.component_type == component_type,
            DeteriorationModel.method == "markov",
        )
        .order_by(DeteriorationModel.version.desc())
        .limit(1)
    )
    if row is not None:
        return ModelChoice(
            tuple(row.params["theta"]), 1.0, f"fitted v{row.version} ({row.n_pairs} pairs)", False
        )
    table = defaults()
    theta = table["by_component_type"].get(component_type, table["default"])["theta"]
    return ModelChoice(tuple(theta), 1.0, "default", True)


def list_models(session: Session, who: Principal, port_ref: str) -> list[dict[str, Any]]:
    port = resolve_port(session, who, port_ref)
    rows = session.scalars(
        select(DeteriorationModel)
        .where(DeteriorationModel.port_id == port.id)
        .order_by(DeteriorationModel.component_type, DeteriorationModel.version.desc())
    )
    return [
        {
            "id": str(r.id),
            "component_type": r.component_type,
            "method": r.method,
            "version": r.version,
            "n_pairs": r.n_pairs,
            "source": r.source,
            "theta": r.params["theta"],
            "theta_ci": r.params["theta_ci"],
            "shape": r.params["shape"],
            "created_at": r.created_at.isoformat(),
            "markov_fits_poorly": r.report.get("markov_fits_poorly"),
        }
        for r in rows
    ]


# -- forecast ---------------------------------------------------------------------------------
def forecast(
    session: Session,
    who: Principal,
    facility_id: uuid.UUID,
    years: int = 30,
    samples: int = 200,
    seed: int = 7,
) -> dict[str, Any]:
    """Probability of each grade per year for every graded member and item of a facility,
    the expected years to reach b and a, and the facility grade by the roll-up rules
    (Monte Carlo over the members' grades)."""
    facility = live_facility(session, who, facility_id)
    record = latest_record(session, facility.port_id, facility.id)
    if record is None:
        raise Invalid(
            "the facility has no submitted inspection to forecast from", field="facility_id"
        )
    findings = session.scalars(
        select(Finding).where(Finding.port_id == record.port_id, Finding.inspection_id == record.id)
    ).all()
    members: dict[tuple[str, str], Finding] = {}
    for f in findings:  # several observations of a span and item: the worst
        key = (f.item_code, f.span)
        if f.effective_grade is None:
            continue
        if key not in members or STATES.index(f.effective_grade) > STATES.index(
            members[key].effective_grade or "d"
        ):
            members[key] = f
    models: dict[str, ModelChoice] = {}
    curves = []
    rng = np.random.default_rng(seed)
    draws = np.zeros((len(members), years + 1, samples), dtype=int)
    for m, f in enumerate(members.values()):
        model = models.setdefault(
            f.component_type, model_for(session, facility.port_id, f.component_type)
        )
        p = model.matrix()
        dist = np.eye(4)[STATES.index(f.effective_grade or "d")]
        path = [dist]
        for _ in range(years):
            dist = dist @ p
            path.append(dist)
        probs = np.array(path)  # (years+1, 4)
        cumulative = probs.cumsum(axis=1)
        draws[m] = (rng.random((years + 1, samples))[..., None] > cumulative[:, None, :]).sum(
            axis=2
        )
        reach = {
            g: next((y for y in range(years + 1) if probs[y, STATES.index(g) :].sum() >= 0.5), None)
            for g in ("b", "a")
        }
        curves.append(
            {
                "item": f.item_code,
                "span": f.span,
                "component_type": f.component_type,
                "item_class": f.item_class,
                "grade_now": f.effective_grade,
                "probabilities": probs.round(4).tolist(),
                "median_years_to": reach,
            }
        )
    facility_grades = np.zeros((years + 1, 4))
    keys = list(members.values())
    for y in range(years + 1):
        for s in range(samples):
            grade = roll_up(
                Observation(
                    f.item_code, f.item_class, f.component_type, f.span, STATES[draws[m, y, s]]
                )
                for m, f in enumerate(keys)
            ).grade
            facility_grades[y, PERFORMANCE.index(grade or "D")] += 1
    facility_grades /= samples
    first_year = record.started_on.year
    return {
        "facility_id": str(facility.id),
        "from_inspection": str(record.id),
        "years": list(range(first_year, first_year + years + 1)),
        "members": curves,
        "facility_grade_probabilities": {
            g: facility_grades[:, i].round(4).tolist() for i, g in enumerate(PERFORMANCE)
        },
        "models": {
            k: {"source": v.source, "theta": v.theta, "is_default": v.is_default}
            for k, v in models.items()
        },
        "uses_defaults": any(v.is_default for v in models.values()),
    }


# -- portfolio inputs ---------------------------------------------------------------------------
@dataclass
class Portfolio:
    facilities: list[Facility]
    state: np.ndarray
    matrices: np.ndarray
    length_m: np.ndarray
    costs: np.ndarray
    cycles: np.ndarray
    weights: np.ndarray
    governing: list[str]
    notes: list[str]
    models: dict[str, ModelChoice]


def portfolio(session: Session, port: Port) -> Portfolio:
    """Arrays over the port's inspectable facilities: grade now (from the condition), the
    yearly matrix of the governing component type, length, unit costs, inspection cycle."""
    rows = session.execute(
        select(Facility, FacilityCondition.final_grade)
        .outerjoin(
            FacilityCondition,
            (FacilityCondition.port_id == Facility.port_id)
            & (FacilityCondition.facility_id == Facility.id),
        )
        .where(Facility.port_id == port.id, Facility.deleted_at.is_(None))
        .order_by(Facility.ledger_no, Facility.id)
    ).all()
    facilities, grades, governing = [], [], []
    for facility, grade in rows:
        catalog = catalog_for(facility.kind, facility.structure_type)
        if catalog is None:
            continue
        class_one = [i for i in catalog.items if i.item_class == "I"] or list(catalog.items)
        facilities.append(facility)
        grades.append(grade)
        governing.append(class_one[0].component_type)
    if not facilities:
        raise Invalid(f"port {port.code} has no facility with an inspection catalog", field="port")
    models = {c: model_for(session, port.id, c) for c in set(governing)}
    state = np.zeros((len(facilities), 4))
    for f, grade in enumerate(grades):
        state[f, 3 - PERFORMANCE.index(grade) if grade else 0] = 1.0
    lengths, notes = [], []
    for facility in facilities:
        length = facility.length_m or measure(to_shape(facility.geom), port.metric_epsg)[0]
        lengths.append(length or DEFAULT_LENGTH_M)
    defaulted = sum(
        1
        for f in facilities
        if not f.length_m and not measure(to_shape(f.geom), port.metric_epsg)[0]
    )
    if defaulted:
        notes.append(f"{defaulted} facilities have no length: {DEFAULT_LENGTH_M:.0f} m assumed")
    if not all(grades):
        notes.append(
            f"{sum(1 for g in grades if not g)} facilities were never inspected: assumed sound (d)"
        )
    for c, m in models.items():
        if m.is_default:
            notes.append(
                f"{c}: default deterioration rates (no fitted model) — see "
                "twin/planning/data/defaults.yaml"
            )
    rules = cycle_rules()["general_periodic"]
    return Portfolio(
        facilities=facilities,
        state=state,
        matrices=np.stack([models[c].matrix() for c in governing]),
        length_m=np.array(lengths, dtype=float),
        costs=np.stack([unit_costs(c) for c in governing]),
        cycles=np.array([rules["important" if f.important else "normal"] for f in facilities]),
        weights=np.array([3.0 if f.important else 1.0 for f in facilities]),
        governing=governing,
        notes=notes,
        models=models,
    )


def _save(
    session: Session,
    who: Principal,
    port: Port,
    kind: str,
    inputs: dict[str, Any],
    result: dict[str, Any],
) -> PlanScenario:
    scenario = PlanScenario(
        port_id=port.id,
        id=new_id(),
        kind=kind,
        name=inputs.get("name"),
        inputs=inputs,
        result=result,
        created_by=who.name,
    )
    session.add(scenario)
    session.flush()
    return scenario


def run_lcc(
    session: Session,
    who: Principal,
    port_ref: str,
    *,
    horizon: int = 50,
    discount_rate: float = 0.04,
    inflation: float = 0.0,
    name: str | None = None,
) -> PlanScenario:
    port = resolve_port(session, who, port_ref)
    who.require("plan.write", port.id, "port")
    if not 1 <= horizon <= 100:
        raise Invalid("horizon is 1 to 100 years", field="horizon")
    data = portfolio(session, port)
    result = lifecycle_cost(
        LccInput(data.state, data.matrices, data.length_m, data.costs, data.cycles),
        STRATEGIES,
        horizon=horizon,
        discount_rate=discount_rate,
        inflation=inflation,
    )
    per_facility = [
        {
            "facility_id": str(f.id),
            "ledger_no": f.ledger_no,
            "name": f.name_ja or f.name_en,
            "governing": data.governing[i],
            "npv_yen": {s: float(result.npv[k, i]) for k, s in enumerate(STRATEGIES)},
        }
        for i, f in enumerate(data.facilities)
    ]
    first_year = date.today().year + 1
    inputs = {
        "name": name,
        "horizon": horizon,
        "discount_rate": discount_rate,
        "inflation": inflation,
        "strategies": STRATEGIES,
        "price_year": yaml.safe_load((DATA / "costs.yaml").read_text())["price_year"],
    }
    return _save(
        session,
        who,
        port,
        "lcc",
        inputs,
        {
            "years": list(range(first_year, first_year + horizon)),
            "strategies": result.summary(),
            "facilities": per_facility,
            "notes": data.notes,
            "models": {c: {"source": m.source, "theta": m.theta} for c, m in data.models.items()},
        },
    )


def run_budget(
    session: Session,
    who: Principal,
    port_ref: str,
    budgets: list[float],
    *,
    inflation: float = 0.0,
    name: str | None = None,
) -> PlanScenario:
    port = resolve_port(session, who, port_ref)
    who.require("plan.write", port.id, "port")
    if not budgets or any(b < 0 for b in budgets) or len(budgets) > 50:
        raise Invalid("give 1 to 50 yearly budgets, none negative", field="budgets")
    data = portfolio(session, port)
    # the measure each facility needs now: renewal when a is likely, else repair
    cost = np.where(data.state[:, 3] > 0.5, data.costs[:, 3], data.costs[:, 2]) * data.length_m
    problem = BudgetInput(
        data.state, data.matrices, cost, data.weights, np.asarray(budgets, dtype=float), inflation
    )
    plan, greedy = plan_budget(problem), plan_greedy(problem)
    first_year = date.today().year + 1
    rows: list[dict[str, Any]] = [
        {
            "facility_id": str(f.id),
            "ledger_no": f.ledger_no,
            "name": f.name_ja or f.name_en,
            "grade_now": next(
                (g for g, i in zip("ABCD", (3, 2, 1, 0), strict=True) if data.state[k, i] == 1),
                None,
            ),
            "measure": "renewal" if data.state[k, 3] > 0.5 else "repair",
            "year": int(first_year + plan.year_of[k]) if plan.year_of[k] >= 0 else None,
            "cost_yen": float(cost[k]) if plan.year_of[k] >= 0 else 0.0,
            "weight": float(data.weights[k]),
        }
        for k, f in enumerate(data.facilities)
    ]
    inputs = {
        "name": name,
        "budgets": budgets,
        "inflation": inflation,
        "objective": "minimise importance-weighted expected years in grade a",
    }
    return _save(
        session,
        who,
        port,
        "budget",
        inputs,
        {
            "years": list(range(first_year, first_year + len(budgets))),
            "plan": plan.as_dict(),
            "greedy": greedy.as_dict(),
            "facilities": rows,
            "total_need_yen": float(cost.sum()),
            "notes": data.notes,
            "deferred": [r for r in rows if r["year"] is None and r["grade_now"] in ("A", "B")],
            "models": {c: {"source": m.source, "theta": m.theta} for c, m in data.models.items()},
        },
    )


def get_scenario(session: Session, who: Principal, scenario_id: uuid.UUID) -> PlanScenario:
    return readable(session, who, PlanScenario, scenario_id, what="scenario")


def list_scenarios(session: Session, who: Principal, port_ref: str) -> list[PlanScenario]:
    port = resolve_port(session, who, port_ref)
    return list(
        session.scalars(
            select(PlanScenario)
            .where(PlanScenario.port_id == port.id)
            .order_by(PlanScenario.created_at.desc())
        )
    )

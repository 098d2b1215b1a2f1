"""Scenarios: a lifecycle-cost comparison or a budgeted plan of a port, run with the inputs a
planner chose (unit costs, discount rate, horizon, price year, budgets, models), saved with
those inputs and everything needed to defend the result, and compared side by side."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.codelists import read_codelists
from assets.models import Port
from assets.ports import resolve_port
from inspections.catalog import PERFORMANCE
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.ids import new_id
from kernel.lookup import readable
from twin.planning import portfolio as pf
from twin.planning.budget import NoPlan, due_year, explain, solve
from twin.planning.deterioration import STATES
from twin.planning.interventions import (
    MEASURES,
    Settings,
    Template,
    Trajectory,
    run,
    run_chosen,
)
from twin.planning.lcc import LccResult, cost_table, lifecycle_cost, preventive_ratio
from twin.planning.models import PlanScenario
from twin.planning.schemas import BudgetRequest, LccRequest, ScenarioSettings

STRATEGIES = ["preventive", "corrective", "reactive"]


def _first_year() -> int:
    return date.today().year + 1


def _check(req: ScenarioSettings) -> None:
    known = {c["code"] for c in read_codelists()["component_type"]["codes"]}
    for key in (*req.unit_costs, *req.models):
        if key not in known:
            raise Invalid(f"{key!r} is not a component type code", field="unit_costs/models")


def _weights(data: pf.Portfolio, req: ScenarioSettings) -> np.ndarray:
    return np.where(data.important, req.importance_weight, 1.0)


def _loss(req: ScenarioSettings) -> np.ndarray:
    return np.array([0.0, req.loss_share.c, req.loss_share.b, req.loss_share.a])


def _prepare(session: Session, who: Principal, req: ScenarioSettings) -> tuple[Port, pf.Portfolio]:
    port = resolve_port(session, who, req.port)
    who.require("plan.write", port.id, "port")
    _check(req)
    data = pf.build(
        session,
        port,
        unit_costs={k: v.model_dump() for k, v in req.unit_costs.items()},
        chosen_models=dict(req.models),
        first_year=_first_year(),
    )
    return port, data


def assumptions(data: pf.Portfolio, req: ScenarioSettings, horizon: int) -> dict[str, Any]:
    table = cost_table()
    illustrative = sorted(c for c, r in data.unit_costs.items() if r["source"] != "scenario")
    return {
        "horizon_years": horizon,
        "first_year": _first_year(),
        "discount_rate": req.discount_rate,
        "inflation": req.inflation,
        "price_year": req.price_year or table["price_year"],
        "currency": table["currency"],
        "backlog_years": req.backlog_years,
        "loss_share": req.loss_share.model_dump(),
        "importance_weight": req.importance_weight,
        "unit_costs": data.unit_costs,
        "unit_costs_illustrative": illustrative,
        "unit_cost_source": table["source"].strip(),
        "effects": table["effects"],
        "models": {c: m.as_dict() for c, m in data.models.items()},
    }


def _save(
    session: Session,
    who: Principal,
    port: Port,
    kind: str,
    req: ScenarioSettings,
    result: dict[str, Any],
) -> PlanScenario:
    scenario = PlanScenario(
        port_id=port.id,
        id=new_id(),
        kind=kind,
        name=req.name,
        inputs=req.model_dump(mode="json"),
        result=result,
        created_by=who.name,
    )
    session.add(scenario)
    session.flush()
    return scenario


def _lcc(
    data: pf.Portfolio, req: ScenarioSettings, horizon: int, governing: list[int]
) -> LccResult:
    return lifecycle_cost(
        pf.lcc_input(data, governing, horizon),
        STRATEGIES,
        horizon=horizon,
        discount_rate=req.discount_rate,
        inflation=req.inflation,
        backlog_years=req.backlog_years,
    )


def _grade_counts(paths: np.ndarray) -> dict[str, list[int]]:
    """Facilities by the grade their members' distribution stands for, per year.
    paths: (F, Y, 4)."""
    grades = pf.median_grade(paths)  # (F, Y)
    return {g: (grades == i).sum(axis=0).astype(int).tolist() for i, g in enumerate(PERFORMANCE)}


def run_lcc(session: Session, who: Principal, req: LccRequest) -> PlanScenario:
    port, data = _prepare(session, who, req)
    chosen, compared = pf.governing(data, _loss(req), _weights(data, req), req.horizon)
    result = _lcc(data, req, req.horizon, chosen)
    first = _first_year()
    owner = np.array([c.facility for c in data.components])
    types = np.array([c.component_type for c in data.components])
    facilities = []
    for f, facility in enumerate(data.facilities):
        units = np.nonzero(owner == f)[0]
        facilities.append(
            {
                "facility_id": str(facility.id),
                "ledger_no": facility.ledger_no,
                "name": facility.name_ja or facility.name_en,
                "governing": data.components[chosen[f]].component_type,
                "risk_by_component_yen": compared[f],
                "npv_yen": {s: float(result.npv[k, units].sum()) for k, s in enumerate(STRATEGIES)},
                "components": {
                    data.components[u].component_type: {
                        s: float(result.npv[k, u]) for k, s in enumerate(STRATEGIES)
                    }
                    for u in units
                },
            }
        )
    summary = result.summary()
    for k, name in enumerate(STRATEGIES):
        summary[name]["facilities_by_grade"] = _grade_counts(result.grade_path[k, chosen])
        summary[name]["by_component_type_npv_yen"] = {
            c: float(result.npv[k, types == c].sum()) for c in data.models
        }
    return _save(
        session,
        who,
        port,
        "lcc",
        req,
        {
            "years": list(range(first, first + req.horizon)),
            "strategies": summary,
            "lcc_ratio": preventive_ratio(summary),
            "facilities": facilities,
            "notes": data.notes,
            "models": {c: m.as_dict() for c, m in data.models.items()},
            "assumptions": assumptions(data, req, req.horizon),
        },
    )


def _actions(done: Trajectory, f: int, shape: Template, first: int) -> list[dict[str, Any]]:
    """The paid works of facility ``f``, year by year (a renewal's phases numbered)."""
    out = []
    for y in np.nonzero((done.actions[f] >= 0) & (done.cost[f] > 0))[0]:
        measure = MEASURES[int(done.actions[f, y])]
        entry: dict[str, Any] = {
            "year": first + int(y),
            "measure": measure,
            "cost_yen": round(float(done.cost[f, y])),
        }
        if measure == "renewal" and shape.phases > 1:
            entry["phase"] = f"{y - shape.start + 1}/{shape.phases}"
        out.append(entry)
    return out


def run_budget(session: Session, who: Principal, req: BudgetRequest) -> PlanScenario:
    port, data = _prepare(session, who, req)
    horizon = len(req.budgets)
    weights = _weights(data, req)
    loss = _loss(req)
    chosen, compared = pf.governing(data, loss, weights, horizon + req.tail_years)
    assets = pf.plan_assets(data, chosen, weights, horizon + req.tail_years)
    settings = Settings(
        budgets=np.asarray(req.budgets, dtype=float),
        effects=cost_table()["effects"],
        objective=req.objective,
        discount_rate=req.discount_rate,
        inflation=req.inflation,
        tail_years=req.tail_years,
        loss_share=tuple(loss),
        min_benefit_cost=req.min_benefit_cost,
        phase_min_yen=req.phase_min_yen,
        max_phases=req.max_phases,
        level=req.level,
    )
    try:
        schedules, plan, greedy = solve(assets, settings)
    except NoPlan as exc:
        raise Invalid(str(exc), field="budgets") from exc
    first = _first_year()
    nothing = run(assets, settings, schedules.templates[0])
    due = due_year(nothing.states, horizon)
    reasons, unspent = explain(schedules, settings, plan, due, first)
    done = run_chosen(assets, settings, schedules.templates, plan.choice)
    by_measure = np.stack(
        [(done.cost * (done.actions == k)).sum(axis=0) for k in range(len(MEASURES))]
    )
    by_measure[0] += schedules.inspection.sum(axis=0)
    facilities = []
    for f, facility in enumerate(data.facilities):
        shape = schedules.templates[plan.choice[f]]
        component = data.components[chosen[f]]
        facilities.append(
            {
                "facility_id": str(facility.id),
                "ledger_no": facility.ledger_no,
                "name": facility.name_ja or facility.name_en,
                "kind": facility.kind,
                "important": bool(facility.important),
                "grade_now": data.grades[f],
                "governing": component.component_type,
                "governing_observed": component.observed,
                "risk_by_component_yen": compared[f],
                "members_now": dict(zip(STATES, component.state.round(4).tolist(), strict=True)),
                "schedule": shape.label(first),
                "actions": _actions(done, f, shape, first),
                "cost_yen": round(float(done.cost[f].sum())),
                "inspection_yen": round(float(schedules.inspection[f].sum())),
                "risk_yen": float(done.risk[f].sum()),
                "risk_if_nothing_done_yen": float(nothing.risk[f].sum()),
                "due_year": int(first + due[f]) if due[f] >= 0 else None,
                **reasons[f],
            }
        )
    lcc = _lcc(data, req, req.lcc_horizon, chosen)
    lcc_summary = lcc.summary()
    by_year = [
        {
            "year": first + y,
            "budget_yen": float(req.budgets[y]),
            **{f"{m}_yen": float(by_measure[k, y]) for k, m in enumerate(MEASURES)},
            "spent_yen": float(plan.spent[y]),
            "unspent_yen": float(req.budgets[y] - plan.spent[y]),
        }
        for y in range(horizon)
    ]
    states = done.states[:, : horizon + 1]  # (F, Y+1, 4)
    mean = float(plan.spent.mean())
    outside = (
        [first + y for y in range(horizon) if abs(plan.spent[y] - mean) > req.level * mean + 1]
        if req.level
        else []
    )
    deferred = [r for r in facilities if r["status"] == "deferred"]
    return _save(
        session,
        who,
        port,
        "budget",
        req,
        {
            "years": list(range(first, first + horizon)),
            "objective": req.objective,
            "plan": {
                "risk_yen": plan.risk,
                "risk_if_nothing_done_yen": plan.risk_nothing,
                "status": plan.status,
                "mip_gap": plan.gap,
                "solve_seconds": round(plan.seconds, 3),
                "deferred": len(deferred),
                "spent_per_year": plan.spent.round(0).tolist(),
                "cost_yen": float(plan.spent.sum()),
                "years_outside_level": outside,
            },
            "greedy": {"risk_yen": greedy.risk, "spent_per_year": greedy.spent.round(0).tolist()},
            "by_year": by_year,
            "unspent": unspent,
            "facilities": facilities,
            "deferred": deferred,
            "facilities_by_grade": {
                "plan": _grade_counts(states[:, 1:]),
                "nothing": _grade_counts(nothing.states[:, 1 : horizon + 1]),
            },
            "member_shares": {
                g: states[:, 1:, i].mean(axis=0).round(4).tolist() for i, g in enumerate(STATES)
            },
            "lcc": {
                "horizon_years": req.lcc_horizon,
                "npv_yen": {s: v["npv_yen"] for s, v in lcc_summary.items()},
                "cumulative_nominal_yen": {
                    s: v["cumulative_nominal_yen"] for s, v in lcc_summary.items()
                },
                **preventive_ratio(lcc_summary),
            },
            "notes": data.notes,
            "models": {c: m.as_dict() for c, m in data.models.items()},
            "assumptions": {
                **assumptions(data, req, horizon),
                "objective": req.objective,
                "budgets_yen": req.budgets,
                "min_benefit_cost": req.min_benefit_cost,
                "level": req.level,
                "tail_years": req.tail_years,
                "max_phases": req.max_phases,
                "phase_min_yen": req.phase_min_yen,
            },
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


def compare(session: Session, who: Principal, ids: list[uuid.UUID]) -> dict[str, Any]:
    """Saved scenarios side by side: inputs that differ, cost, risk, grades by year and the
    preventive-to-corrective LCC ratio."""
    if not 2 <= len(ids) <= 8:
        raise Invalid("compare 2 to 8 scenarios", field="ids")
    scenarios = [get_scenario(session, who, i) for i in ids]
    columns = []
    for s in scenarios:
        r = s.result
        if s.kind == "budget":
            figures = {
                "cost_yen": r["plan"]["cost_yen"],
                "risk_yen": r["plan"]["risk_yen"],
                "risk_if_nothing_done_yen": r["plan"]["risk_if_nothing_done_yen"],
                "deferred": r["plan"]["deferred"],
                "spent_per_year": r["plan"]["spent_per_year"],
                "facilities_by_grade": r["facilities_by_grade"]["plan"],
                "member_shares": r["member_shares"],
                "preventive_vs_corrective": r["lcc"]["preventive_vs_corrective"],
            }
        else:
            own = r["strategies"]["preventive"]
            figures = {
                "cost_yen": own["nominal_yen"],
                "npv_yen": {k: v["npv_yen"] for k, v in r["strategies"].items()},
                "facilities_by_grade": own["facilities_by_grade"],
                "member_shares": own["expected_grade_shares"],
                "preventive_vs_corrective": r["lcc_ratio"]["preventive_vs_corrective"],
            }
        columns.append(
            {
                "id": str(s.id),
                "name": s.name,
                "kind": s.kind,
                "years": r["years"],
                "inputs": s.inputs,
                **figures,
            }
        )
    keys = sorted({k for c in columns for k in c["inputs"]})
    differing = [k for k in keys if len({repr(c["inputs"].get(k)) for c in columns}) > 1]
    return {"scenarios": columns, "inputs_that_differ": differing}

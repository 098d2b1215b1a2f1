"""Benchmark: lifecycle cost for 10,000 components × 3 strategies × 50 years, and a budgeted
plan for 1,000 facilities × 20 years × 4 interventions (synthetic portfolios, marked so).

    .venv/bin/python bench/planning.py

Prints wall time and peak memory of each; for the plan the solve time and optimality gap of
the MILP, and its risk against the greedy baseline and against doing nothing, measured on the
same schedules in the same run (ratios, not absolute targets).
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from twin.planning.budget import plan_budget, plan_greedy
from twin.planning.deterioration import transition
from twin.planning.interventions import Assets, Settings, simulate
from twin.planning.lcc import LccInput, cost_table, lifecycle_cost, preventive_ratio, unit_costs

TYPES = ["caisson", "steel_sheet_pile", "steel_pipe_pile", "superstructure"]


def synthetic(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    rates = rng.uniform(0.03, 0.12, size=(n, 3))
    matrices = np.stack([transition(r) for r in rates])
    return rng.dirichlet([8, 2, 1, 0.5], size=n), matrices


def measure(label: str, work):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    t0 = time.perf_counter()
    result = work()
    wall = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"{label:<52} {wall:>8.2f} s  peak {peak:>7.1f} MB (python)  max RSS {rss:>6.0f} MB")
    return result


def main() -> None:
    rng = np.random.default_rng(2026)
    state, matrices = synthetic(10_000, rng)
    types = rng.choice(TYPES, 10_000)
    data = LccInput(
        state,
        matrices,
        rng.uniform(30, 400, 10_000),
        np.stack([unit_costs(t) for t in types]),
        rng.choice([3, 5], 10_000),
    )
    result = measure(
        "LCC 10,000 × 3 strategies × 50 years (synthetic)",
        lambda: lifecycle_cost(data, ["preventive", "corrective", "reactive"]),
    )
    summary = result.summary()
    for name, s in summary.items():
        print(f"    {name:<11} NPV {s['npv_yen'] / 1e12:8.3f} trillion yen")
    print(
        f"    preventive / corrective {preventive_ratio(summary)['preventive_vs_corrective']:.3f}"
    )

    n, horizon, tail = 1_000, 20, 10
    state, matrices = synthetic(n, rng)
    state = rng.dirichlet([3, 2, 1.5, 0.8], size=n)
    aged = np.broadcast_to(matrices[:, None], (n, horizon + tail, 4, 4)).copy()
    types = rng.choice(TYPES, n)
    assets = Assets(
        state=state,
        aged=aged,
        fresh=aged.copy(),
        length_m=rng.uniform(30, 400, n),
        unit=np.stack([unit_costs(t) for t in types]),
        weight=rng.choice([1.0, 3.0], n, p=[0.8, 0.2]),
        cycle=rng.choice([3, 5], n),
        first_inspection=rng.integers(0, 5, n),
    )
    settings = Settings(np.full(horizon, 5e9), cost_table()["effects"], inflation=0.01)
    schedules = measure(
        "schedules 1,000 × 20 years × 4 interventions", lambda: simulate(assets, settings)
    )
    print(
        f"    {len(schedules.templates)} schedule shapes, "
        f"{int(schedules.admissible.sum()):,} admissible (facility, schedule) columns"
    )
    plan = measure("budgeted plan, MILP (HiGHS, 1 % gap)", lambda: plan_budget(schedules, settings))
    greedy = measure("budgeted plan, greedy", lambda: plan_greedy(schedules, settings))
    print(
        f"    MILP solve {plan.seconds:.1f} s, gap {plan.gap or 0:.2%}, {plan.status}\n"
        f"    risk (bn yen): MILP {plan.risk / 1e9:,.1f}, greedy {greedy.risk / 1e9:,.1f}, "
        f"nothing done {plan.risk_nothing / 1e9:,.1f}\n"
        f"    MILP/greedy {plan.risk / greedy.risk:.3f}; MILP/nothing "
        f"{plan.risk / plan.risk_nothing:.3f}; risk avoided MILP/greedy "
        f"{(plan.risk_nothing - plan.risk) / (plan.risk_nothing - greedy.risk):.3f}\n"
        f"    spent {plan.spent.sum() / settings.budgets.sum():.1%} of the budgets (greedy "
        f"{greedy.spent.sum() / settings.budgets.sum():.1%})"
    )


if __name__ == "__main__":
    main()

"""Benchmark: lifecycle cost for 10,000 facilities × 3 strategies × 50 years, and a budgeted
plan for 1,000 facilities × 20 years (synthetic portfolios, marked so in the output).

    .venv/bin/python bench/planning.py

Prints wall time and peak memory (Python allocations by tracemalloc, and the process's
maximum resident set) of each, and for the plan the MILP's risk against the greedy
baseline's on the same inputs.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from twin.planning.budget import BudgetInput, plan_budget, plan_greedy
from twin.planning.deterioration import transition
from twin.planning.lcc import LccInput, lifecycle_cost, unit_costs


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
    print(f"{label:<44} {wall:>8.2f} s  peak {peak:>7.1f} MB (python)  max RSS {rss:>6.0f} MB")
    return result


def main() -> None:
    rng = np.random.default_rng(2026)
    state, matrices = synthetic(10_000, rng)
    types = rng.choice(["caisson", "steel_sheet_pile", "steel_pipe_pile", "superstructure"], 10_000)
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
    for name, s in result.summary().items():
        print(
            f"    {name:<11} NPV {s['npv_yen'] / 1e12:8.3f} trillion yen, saving vs reactive "
            f"{s.get('saving_vs_reactive', 0):.0%}"
        )
    state, matrices = synthetic(1_000, rng)
    problem = BudgetInput(
        state,
        matrices,
        rng.uniform(2e7, 4e8, 1_000),
        rng.choice([1.0, 2.0, 3.0], 1_000),
        np.full(20, 2.5e9),
        0.01,
    )
    plan = measure("budgeted plan 1,000 × 20 years, MILP (synthetic)", lambda: plan_budget(problem))
    greedy = measure("budgeted plan 1,000 × 20 years, greedy", lambda: plan_greedy(problem))
    print(
        f"    risk: MILP {plan.risk:.1f}, greedy {greedy.risk:.1f}, nothing done "
        f"{plan.risk_untreated:.1f}; MILP/greedy {plan.risk / greedy.risk:.3f}; "
        f"{plan.status}"
    )


if __name__ == "__main__":
    main()

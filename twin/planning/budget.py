"""Budgeted maintenance plans: which facility gets its measure in which year, under yearly
budgets, chosen by a mixed-integer program (scipy's ``milp``, the HiGHS solver).

Each facility f can be treated once in the horizon, in a year y, at cost c(f, y); treatment
returns it to grade d. The risk of a facility is its consequence weight (importance) times the
expected number of years it spends in grade a over the horizon. The program minimises total
risk subject to each year's budget; a greedy baseline (best risk reduction per yen first) is
computed on the same inputs for comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix


@dataclass
class BudgetInput:
    state: np.ndarray  # (F, 4) grade distribution now
    matrices: np.ndarray  # (F, 4, 4) yearly transition
    cost: np.ndarray  # (F,) cost of the facility's measure, yen (price level of year 0)
    weight: np.ndarray  # (F,) consequence weight
    budgets: np.ndarray  # (Y,) yen per year
    inflation: float = 0.0


def risk_table(data: BudgetInput) -> tuple[np.ndarray, np.ndarray]:
    """(risk if treated in year y: (F, Y), risk if never treated: (F,)), in weighted
    expected years in grade a over the horizon."""
    n_f, horizon = len(data.state), len(data.budgets)
    untreated = np.zeros((n_f, horizon))  # P(a) at the end of each year, no treatment
    fresh = np.zeros((n_f, horizon + 1))  # P(a) k years after treatment (from grade d)
    state = data.state.copy()
    reset = np.zeros_like(data.state)
    reset[:, 0] = 1.0
    for year in range(horizon):
        state = np.einsum("fi,fij->fj", state, data.matrices)
        untreated[:, year] = state[:, 3]
        reset = np.einsum("fi,fij->fj", reset, data.matrices)
        fresh[:, year + 1] = reset[:, 3]
    before = np.concatenate([np.zeros((n_f, 1)), np.cumsum(untreated, axis=1)[:, :-1]], axis=1)
    after = np.array(
        [[fresh[f, 1 : horizon - y + 1].sum() for y in range(horizon)] for f in range(n_f)]
    )
    # treated at the start of year y: untreated risk of the years before, fresh risk after
    treated = (before + after) * data.weight[:, None]
    never = untreated.sum(axis=1) * data.weight
    return treated, never


@dataclass
class Plan:
    year_of: np.ndarray  # (F,) year index of the measure, -1 when deferred
    spent: np.ndarray  # (Y,)
    risk: float
    risk_untreated: float
    status: str
    gap: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "year_of": self.year_of.tolist(),
            "spent_per_year": self.spent.round(0).tolist(),
            "risk": self.risk,
            "risk_if_nothing_done": self.risk_untreated,
            "deferred": int((self.year_of < 0).sum()),
            "status": self.status,
            "mip_gap": self.gap,
        }


def _costs(data: BudgetInput) -> np.ndarray:
    horizon = len(data.budgets)
    return data.cost[:, None] * (1 + data.inflation) ** np.arange(horizon)[None, :]


def plan_budget(data: BudgetInput, time_limit: float = 30.0, mip_gap: float = 1e-2) -> Plan:
    """The minimum-risk plan under the yearly budgets (HiGHS through scipy.optimize.milp)."""
    treated, never = risk_table(data)
    costs = _costs(data)
    n_f, horizon = treated.shape
    n = n_f * horizon
    # negative where treatment helps; a tiny preference for earlier years breaks ties
    benefit = (treated - never[:, None] + 1e-6 * np.arange(horizon)[None, :]).ravel()
    rows = np.repeat(np.arange(n_f), horizon)
    once = csr_matrix((np.ones(n), (rows, np.arange(n))), shape=(n_f, n))
    year_rows = np.tile(np.arange(horizon), n_f)
    spend = csr_matrix((costs.ravel(), (year_rows, np.arange(n))), shape=(horizon, n))
    result = milp(
        c=benefit,
        integrality=np.ones(n),
        bounds=Bounds(0, 1),
        constraints=[LinearConstraint(once, 0, 1), LinearConstraint(spend, -np.inf, data.budgets)],
        options={"time_limit": time_limit, "mip_rel_gap": mip_gap},
    )
    if result.x is None:
        raise RuntimeError(f"the solver found no plan: {result.message}")
    x = _earlier(np.round(result.x).reshape(n_f, horizon), treated, costs, data.budgets)
    return _plan(x, treated, never, costs, str(result.message), getattr(result, "mip_gap", None))


def _earlier(
    x: np.ndarray, treated: np.ndarray, costs: np.ndarray, budgets: np.ndarray
) -> np.ndarray:
    """Move each chosen measure to the earliest year with budget left where it is at least as
    good: the solver stops within its gap tolerance, which can leave needless delays."""
    x = x.copy()
    left = budgets - (costs * x).sum(axis=0)
    for f, y in sorted(zip(*np.nonzero(x), strict=True), key=lambda fy: fy[1]):
        for earlier in range(y):
            if costs[f, earlier] <= left[earlier] + 1e-6 and treated[f, earlier] <= treated[f, y]:
                x[f, y], x[f, earlier] = 0, 1
                left[y] += costs[f, y]
                left[earlier] -= costs[f, earlier]
                break
    return x


def _plan(
    x: np.ndarray,
    treated: np.ndarray,
    never: np.ndarray,
    costs: np.ndarray,
    status: str,
    gap: float | None = None,
) -> Plan:
    chosen = x.sum(axis=1) > 0.5
    year_of = np.where(chosen, x.argmax(axis=1), -1)
    risk = float(np.where(chosen, (treated * x).sum(axis=1), never).sum())
    return Plan(
        year_of=year_of,
        spent=(costs * x).sum(axis=0),
        risk=risk,
        risk_untreated=float(never.sum()),
        status=status,
        gap=gap,
    )


def plan_greedy(data: BudgetInput) -> Plan:
    """Baseline: take (facility, year) options by risk reduction per yen, while budgets last."""
    treated, never = risk_table(data)
    costs = _costs(data)
    gain = (never[:, None] - treated) / np.maximum(costs, 1.0)
    order = np.argsort(-gain, axis=None)
    left = data.budgets.astype(float).copy()
    x = np.zeros_like(treated)
    done = np.zeros(len(never), dtype=bool)
    for flat in order:
        f, y = divmod(int(flat), treated.shape[1])
        if done[f] or gain[f, y] <= 0 or costs[f, y] > left[y]:
            continue
        x[f, y] = 1
        left[y] -= costs[f, y]
        done[f] = True
    return _plan(x, treated, never, costs, "greedy")

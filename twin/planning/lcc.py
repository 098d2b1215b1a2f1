"""Lifecycle cost by strategy, vectorised over components × strategies × years (numpy).

Each component of each facility (superstructure, caisson, fenders… each with its own unit
costs) is a distribution over grades d, c, b, a that moves one year at a time through its
yearly transition matrix. A strategy says which measure is taken in which grade (preventive,
予防保全型: preventive repair at c, corrective repair at b, renewal at a; corrective, 事後保全型:
repair at b, renewal at a; reactive: renewal at a only). A measure treats the share of the
component in that grade at its unit cost and moves it as ``effects`` in ``data/costs.yaml``
say. Periodic inspections are paid once per facility.

**The backlog is a planning choice.** What is already due when the horizon starts is cleared
over ``backlog_years`` (the catch-up period): each of those years treats 1/N, 1/(N−1), … of
what is then due in an acting grade, so year one is not an unexplained spike. With
``backlog_years = 1`` everything due is treated in the first year.

Costs are summed nominally (with an optional inflation rate) and discounted (4 % by default,
the Japanese public-works convention) to a net present value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from twin.planning.deterioration import STATES

DATA = Path(__file__).parent / "data"
MEASURES = ("inspection", "preventive", "repair", "renewal")


@lru_cache
def cost_table() -> dict[str, Any]:
    return dict(yaml.safe_load((DATA / "costs.yaml").read_text(encoding="utf-8")))


def unit_costs(component_type: str) -> np.ndarray:
    table = cost_table()
    row = table["by_component_type"].get(component_type, table["default"])
    return np.array([row[m] for m in MEASURES], dtype=float)


@dataclass
class LccInput:
    """Arrays over U components: state (U, 4), yearly matrices (U, 4, 4) or by year
    (U, Y, 4, 4), length (U,), unit costs (U, 4 measures), inspection cycle in years (U,),
    and whether the component carries its facility's inspection cost (U,) (one per
    facility)."""

    state: np.ndarray
    matrices: np.ndarray
    length_m: np.ndarray
    costs: np.ndarray
    inspection_cycle: np.ndarray
    inspected: np.ndarray | None = None


@dataclass
class LccResult:
    strategies: list[str]
    nominal: np.ndarray  # (S, U, Y) yen
    discounted: np.ndarray  # (S, U, Y) yen
    grade_path: np.ndarray  # (S, U, Y, 4) probability of each grade reached in each year,
    # before that year's measures

    @property
    def npv(self) -> np.ndarray:  # (S, U)
        return self.discounted.sum(axis=2)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for s, name in enumerate(self.strategies):
            nominal = self.nominal[s].sum(axis=0)
            out[name] = {
                "npv_yen": float(self.npv[s].sum()),
                "nominal_yen": float(self.nominal[s].sum()),
                "yearly_nominal_yen": nominal.round(0).tolist(),
                "cumulative_nominal_yen": nominal.cumsum().round(0).tolist(),
                "yearly_discounted_yen": self.discounted[s].sum(axis=0).round(0).tolist(),
                "share_in_grade_a_at_end": float(self.grade_path[s, :, -1, 3].mean()),
                "expected_grade_shares": {
                    g: self.grade_path[s, :, :, i].mean(axis=0).round(4).tolist()
                    for i, g in enumerate(STATES)
                },
            }
        base = out.get("reactive", {}).get("npv_yen")
        if base:
            for name in out:
                out[name]["saving_vs_reactive"] = 1 - out[name]["npv_yen"] / base
        return out


def preventive_ratio(summary: dict[str, Any]) -> dict[str, float | None]:
    """The national programme's figure: NPV of 予防保全型 over 事後保全型 (and over renewal
    only), below 1 when preventive maintenance saves."""

    def ratio(other: str) -> float | None:
        base = summary.get(other, {}).get("npv_yen")
        own = summary.get("preventive", {}).get("npv_yen")
        return float(own / base) if base and own is not None else None

    return {
        "preventive_vs_corrective": ratio("corrective"),
        "preventive_vs_reactive": ratio("reactive"),
    }


def strategy_actions(names: list[str]) -> np.ndarray:
    """(S, 4 grades) → measure index acting in that grade, -1 for none."""
    table = cost_table()["strategies"]
    out = np.full((len(names), len(STATES)), -1, dtype=int)
    for s, name in enumerate(names):
        for grade, measure in table[name]["act"].items():
            out[s, STATES.index(grade)] = MEASURES.index(measure)
    return out


def lifecycle_cost(
    data: LccInput,
    strategies: list[str],
    *,
    horizon: int = 50,
    discount_rate: float = 0.04,
    inflation: float = 0.0,
    backlog_years: int = 5,
    effects: dict[str, dict[str, str]] | None = None,
) -> LccResult:
    """Expected yearly cost of each strategy for each component over ``horizon`` years."""
    effects = effects or cost_table()["effects"]
    actions = strategy_actions(strategies)  # (S, 4)
    n_s, n_u = len(strategies), len(data.state)
    state = np.broadcast_to(data.state, (n_s, n_u, len(STATES))).copy()
    nominal = np.zeros((n_s, n_u, horizon))
    path = np.zeros((n_s, n_u, horizon, len(STATES)))
    length = data.length_m[None, :]
    inspected = np.ones(n_u, dtype=bool) if data.inspected is None else data.inspected
    catch_up = max(int(backlog_years), 1)
    for year in range(horizon):
        matrices = data.matrices[:, year] if data.matrices.ndim == 4 else data.matrices
        state = np.einsum("sfi,fij->sfj", state, matrices)
        path[:, :, year, :] = state
        price = (1 + inflation) ** (year + 1)
        due = (((year + 1) % data.inspection_cycle == 0) & inspected)[None, :]
        nominal[:, :, year] += due * data.costs[None, :, 0] * length * price
        pace = 1.0 / (catch_up - year) if year < catch_up else 1.0
        moved = np.zeros_like(state)
        for g, grade in enumerate(STATES):
            measure = actions[:, g]  # (S,)
            acting = measure >= 0
            if not acting.any():
                continue
            mass = state[:, :, g] * acting[:, None] * pace
            cost = data.costs[:, np.clip(measure, 0, None)].T  # (S, F)
            nominal[:, :, year] += mass * cost * length * price
            for s in np.nonzero(acting)[0]:
                target = effects[MEASURES[measure[s]]].get(grade, grade)
                moved[s, :, STATES.index(target)] += mass[s]
                moved[s, :, g] -= mass[s]
        state = state + moved
    factors = (1 + discount_rate) ** -np.arange(1, horizon + 1)
    return LccResult(strategies, nominal, nominal * factors[None, None, :], path)

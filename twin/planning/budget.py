"""Budgeted maintenance plans: one schedule of interventions per facility, chosen by a
mixed-integer program (scipy's ``milp``, the HiGHS solver) under yearly budgets.

The schedules come from :mod:`twin.planning.interventions` (each facility: inspection only,
or preventive repair, corrective repair or a renewal paid over its construction years, from any
start year, optionally followed by preventive repair at each periodic inspection). The program
picks at most one schedule per facility (none means inspection only) to minimise the
objective (total risk, or the lifecycle cost: discounted spending plus discounted risk) so that
each year's works and inspections stay within its budget, and optionally within a band around
the plan's mean spending (levelled).

A greedy baseline (schedules by risk avoided per yen, while the budgets last) is computed on
the same schedules. The plan then explains itself: every facility whose work is due (half its
members b or worse) but not started that year gets the reason, and every year that leaves money
unspent says why.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix, hstack, identity

from twin.planning.interventions import Assets, Schedules, Settings, simulate

SCALE = 1e-6  # the solver works in millions of yen
DUE_SHARE = 0.5  # work is due once half the members are in b or a
LEVEL_PENALTY = 10.0  # a yen outside the levelling band weighs as 10 yen of risk


class NoPlan(ValueError):
    """The budgets cannot carry what every plan must pay (the periodic inspections), or the
    solver found no plan."""


@dataclass
class Plan:
    choice: np.ndarray  # (F,) template index; 0 = inspection only
    works: np.ndarray  # (Y,) nominal yen of the works
    inspections: np.ndarray  # (Y,) nominal yen of the periodic inspections
    risk: float
    risk_nothing: float
    status: str
    gap: float | None
    seconds: float = 0.0

    @property
    def spent(self) -> np.ndarray:
        return np.asarray(self.works + self.inspections)


def _available(schedules: Schedules, settings: Settings) -> np.ndarray:
    available = settings.budgets - schedules.inspection.sum(axis=0)
    short = np.nonzero(available < -1e-6)[0]
    if len(short):
        y = int(short[0])
        raise NoPlan(
            f"year {y + 1} of the plan: the budget ({settings.budgets[y]:,.0f} yen) is below "
            f"the periodic inspections due that year ({schedules.inspection[:, y].sum():,.0f} yen)"
        )
    return np.asarray(np.maximum(available, 0.0))


def _outcome(schedules: Schedules, choice: np.ndarray, status: str, gap: float | None) -> Plan:
    rows = np.arange(schedules.cost.shape[1])
    total_risk = schedules.risk.sum(axis=2)
    return Plan(
        choice=choice,
        works=schedules.cost[choice, rows].sum(axis=0),
        inspections=schedules.inspection.sum(axis=0),
        risk=float(total_risk[choice, rows].sum()),
        risk_nothing=float(total_risk[0].sum()),
        status=status,
        gap=gap,
    )


def plan_budget(schedules: Schedules, settings: Settings) -> Plan:
    """The best plan under the yearly budgets (HiGHS through scipy.optimize.milp)."""
    started = time.perf_counter()
    available = _available(schedules, settings)
    j_idx, f_idx = np.nonzero(schedules.admissible)
    keep = j_idx > 0  # "inspection only" is what no variable being chosen means
    j_idx, f_idx = j_idx[keep], f_idx[keep]
    n, n_f, horizon = len(j_idx), schedules.cost.shape[1], settings.horizon
    choice = np.zeros(n_f, dtype=int)
    status = "nothing to choose"
    gap: float | None = 0.0
    if n:
        # variables: one binary per (facility, schedule); when levelled, then the mean yearly
        # spending m and one excess per year outside the band (continuous)
        extra = 0 if settings.level is None else 1 + horizon
        one = csr_matrix((np.ones(n), (f_idx, np.arange(n))), shape=(n_f, n + extra))
        spend = csr_matrix(schedules.cost[j_idx, f_idx].T * SCALE)  # (Y, n)
        budget = hstack([spend, csr_matrix((horizon, extra))])
        constraints = [
            LinearConstraint(one, 0, 1),
            LinearConstraint(budget, -np.inf, available * SCALE),
        ]
        c = (schedules.objective[j_idx, f_idx] - schedules.objective[0, f_idx]) * SCALE
        if extra:
            constraints += _band(spend, schedules, settings)
            c = np.concatenate([c, [0.0], np.full(horizon, LEVEL_PENALTY)])
        result = milp(
            c=c,
            integrality=np.concatenate([np.ones(n), np.zeros(extra)]),
            bounds=Bounds(0, np.concatenate([np.ones(n), np.full(extra, np.inf)])),
            constraints=constraints,
            options={"time_limit": settings.time_limit, "mip_rel_gap": settings.mip_gap},
        )
        if result.x is None:
            raise NoPlan(f"the solver found no plan: {result.message}")
        x = np.round(result.x[:n]) > 0.5
        choice[f_idx[x]] = j_idx[x]
        status = str(result.message)
        gap = getattr(result, "mip_gap", None)
    plan = _outcome(schedules, choice, status, None if gap is None else float(gap))
    plan.seconds = time.perf_counter() - started
    return plan


def _band(spend: csr_matrix, schedules: Schedules, settings: Settings) -> list[LinearConstraint]:
    """Spending drawn into ± ``level`` of the plan's mean m, per year y:
    spend_y − (1+level)·m − e_y ≤ −inspections_y, spend_y − (1−level)·m + e_y ≥ −inspections_y,
    and Σ spend_y − Y·m = −Σ inspections. Each yen of excess e_y weighs as ``LEVEL_PENALTY``
    yen of risk: a soft band, because a hard one makes HiGHS search for minutes (measured:
    60 s without a proven optimum for 40 facilities × 10 years) and may have no solution; the
    plan reports the years left outside the band."""
    horizon, tol = settings.horizon, float(settings.level or 0.0)
    fixed = schedules.inspection.sum(axis=0) * SCALE
    excess = identity(horizon, format="csr")
    mean = np.ones((horizon, 1))
    above = hstack([spend, csr_matrix(-(1 + tol) * mean), -excess])
    below = hstack([spend, csr_matrix(-(1 - tol) * mean), excess])
    total = hstack(
        [csr_matrix(spend.sum(axis=0)), csr_matrix([[-horizon]]), csr_matrix((1, horizon))]
    )
    return [
        LinearConstraint(above, -np.inf, -fixed),
        LinearConstraint(below, -fixed, np.inf),
        LinearConstraint(total, -fixed.sum(), -fixed.sum()),
    ]


def plan_greedy(schedules: Schedules, settings: Settings) -> Plan:
    """Baseline: schedules by objective gained per yen, each taken while every year of it fits
    the budget and its facility has none yet."""
    available = _available(schedules, settings).astype(float)
    j_idx, f_idx = np.nonzero(schedules.admissible)
    keep = j_idx > 0
    j_idx, f_idx = j_idx[keep], f_idx[keep]
    ratio = schedules.gain_per_yen[j_idx, f_idx]
    choice = np.zeros(schedules.cost.shape[1], dtype=int)
    for k in np.argsort(-ratio, kind="stable"):
        f, j = f_idx[k], j_idx[k]
        cost = schedules.cost[j, f]
        if choice[f] or ratio[k] <= 0 or np.any(cost > available + 1e-6):
            continue
        choice[f] = j
        available -= cost
    return _outcome(schedules, choice, "greedy", None)


# -- why the plan does what it does -----------------------------------------------------------
def due_year(states: np.ndarray, horizon: int) -> np.ndarray:
    """(F,) first year index in which half the members are in b or a without work; -1 none."""
    bad = states[:, :horizon, 2:].sum(axis=2) >= DUE_SHARE
    return np.where(bad.any(axis=1), bad.argmax(axis=1), -1)


def first_work(schedules: Schedules, choice: np.ndarray) -> np.ndarray:
    """(F,) year index of the first paid work of each chosen schedule; -1 none."""
    rows = np.arange(len(choice))
    paid = schedules.cost[choice, rows] > 1e-6
    return np.where(paid.any(axis=1), paid.argmax(axis=1), -1)


def explain(
    schedules: Schedules,
    settings: Settings,
    plan: Plan,
    due: np.ndarray,
    first_year: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(a status and reason for each facility, a reason for each year with money left)."""
    why = _Reasons(schedules, settings, plan, first_year)
    started = first_work(schedules, plan.choice)
    per_facility = [
        dict(zip(("status", "reason"), why.facility(f, int(due[f]), int(started[f])), strict=True))
        for f in range(len(plan.choice))
    ]
    per_year = [
        {"year": first_year + y, "unspent_yen": float(why.left[y]), "reason": why.year(y)}
        for y in range(settings.horizon)
        if why.left[y] > max(0.01 * settings.budgets[y], 1.0)
    ]
    return per_facility, per_year


class _Reasons:
    """What the plan could have done instead, ignoring the budgets, and what stopped it."""

    def __init__(self, schedules: Schedules, settings: Settings, plan: Plan, first_year: int):
        self.s, self.settings, self.plan, self.first = schedules, settings, plan, first_year
        rows = np.arange(len(plan.choice))
        self.left = settings.budgets - plan.spent
        chosen = schedules.objective[plan.choice, rows]
        self.better = schedules.admissible & (schedules.objective < chosen[None, :] - 1e-6)
        self.starts = np.array([t.start for t in schedules.templates])
        self.ratio = schedules.gain_per_yen
        self.what = "lifecycle cost" if settings.objective == "lcc" else "risk"

    def facility(self, f: int, due: int, started: int) -> tuple[str, str]:
        if due < 0:
            if started < 0:
                return "not_due", (
                    "no work due: fewer than half its members reach b within the horizon"
                )
            return "planned", "planned before any work is due (preventive)"
        if 0 <= started <= due:
            return "planned", f"planned: work due in {self.first + due}"
        if not self.s.admissible[1:, f].any():
            best = float(np.max(self.s.benefit[1:, f] / np.maximum(self.s.real_cost[1:, f], 1)))
            if self.settings.objective == "lcc":
                return "deferred", (
                    "no intervention lowers its lifecycle cost: each costs more than the risk it "
                    f"avoids (best {best:.2f} yen of risk avoided per yen)"
                )
            return "deferred", (
                f"no intervention reduces risk enough per yen: the best avoids {best:.2f} yen of "
                f"risk per yen spent, below the {self.settings.min_benefit_cost:.2f} required"
            )
        wanted = self.better[:, f] & (self.starts <= due)
        if not wanted.any():
            when = str(self.first + started) if started >= 0 else "after the horizon"
            return "deferred", (
                f"waiting is better: starting in {when} instead of {self.first + due} gives a "
                f"lower {self.what} (earlier work would be repeated before the horizon ends)"
            )
        whole = wanted & np.all(self.s.cost[:, f] <= self.settings.budgets[None, :] + 1e-6, axis=1)
        if not whole.any():
            return "deferred", self._beyond_any_budget(f, wanted)
        return "deferred", self._budget_taken(f, whole, due)

    def _beyond_any_budget(self, f: int, wanted: np.ndarray) -> str:
        """The wanted work needs more in some year than that year's whole budget."""
        peak = self.s.cost[:, f].max(axis=1)
        j = int(np.argmin(np.where(wanted, peak, np.inf)))
        shape = self.s.templates[j]
        text = (
            f"budget: {shape.label(self.first)} needs {peak[j] / 1e6:,.1f} 百万円 in a year "
            f"even paid over {shape.phases} construction year(s), more than that year's "
            "whole budget"
        )
        if shape.measure == "renewal" and shape.phases < self.settings.max_phases:
            text += (
                "; paid over more years it would finish too late to be worth its cost"
                if self.settings.objective == "lcc"
                else "; paid over more years it would finish too late to avoid "
                f"{self.settings.min_benefit_cost:.2f} yen of risk per yen"
            )
        return text

    def _budget_taken(self, f: int, whole: np.ndarray, due: int) -> str:
        """The wanted work would fit the budgets, but the plan spends them on other work."""
        j = int(np.argmin(np.where(whole, self.s.objective[:, f], np.inf)))
        shape, cost = self.s.templates[j], self.s.cost[j, f]
        short = [y for y in range(self.settings.horizon) if cost[y] > self.left[y] + 1e-6]
        if not short:
            return (
                f"{shape.label(self.first)} fits the budgets left but the solver stopped within "
                "its optimality gap"
            )
        rivals = [
            self.ratio[self.plan.choice[g], g]
            for g in np.nonzero(self.plan.choice > 0)[0]
            if (self.s.cost[self.plan.choice[g], g, short] > 1e-6).any()
        ]
        years = ", ".join(str(self.first + y) for y in short[:4]) + ("…" if len(short) > 4 else "")
        funded = f", funded work there {min(rivals):.2f}–{max(rivals):.2f}" if rivals else ""
        instead = self.s.templates[self.plan.choice[f]].label(self.first)
        text = (
            f"budget: {shape.label(self.first)} needs {cost[short].sum() / 1e6:,.1f} 百万円 in "
            f"{years}, where only {self.left[short].sum() / 1e6:,.1f} 百万円 is left after the "
            f"work the plan funds; swapping it in would raise the plan's total {self.what} "
            f"(gain per yen: this work {self.ratio[j, f]:.2f}{funded}). Planned instead: "
            f"{instead}"
        )
        if not (self.s.admissible[1:, f] & (self.starts[1:] > due)).any():
            text += "; started later it would no longer be worth its cost"
        return text

    def year(self, y: int) -> str:
        options = self.better & (self.starts[:, None] == y)
        if not options.any():
            return (
                f"no work that would lower the plan's {self.what} can start this year: all "
                "worthwhile work is scheduled"
            )
        smallest = float(self.s.cost[:, :, y][options].min())
        if smallest > self.left[y] + 1e-6:
            return (
                f"the smallest worthwhile work that could start this year costs "
                f"{smallest / 1e6:,.1f} 百万円, more than the {self.left[y] / 1e6:,.1f} 百万円 left"
            )
        return (
            "the worthwhile work that would fit this year also needs money in later years (its "
            "later phases or follow-up repairs), which their budgets cannot carry"
        )


def solve(assets: Assets, settings: Settings) -> tuple[Schedules, Plan, Plan]:
    """(schedules, the MILP plan, the greedy plan) for the assets under the settings."""
    schedules = simulate(assets, settings)
    return schedules, plan_budget(schedules, settings), plan_greedy(schedules, settings)

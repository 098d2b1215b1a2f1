"""Interventions on a facility's governing component and the schedules a plan chooses among.

A component is a probability distribution over the grades d, c, b, a of its members (the share
of its spans in each grade) that moves one year at a time through its yearly transition
matrices: the matrices of its current age onwards, or those of a new component after a renewal
(the same for a Markov model, younger for a Weibull one).

Four interventions, as a Japanese maintenance plan (維持管理計画) names them:

- **inspection only** (点検診断のみ): the periodic inspections every schedule pays;
- **preventive repair** (予防保全): treats the members in grade c, at the preventive unit cost
  times the share of the length they make up;
- **corrective repair** (事後保全・補修): treats the members in b (back to d); members in a
  (performance markedly reduced) are beyond repair;
- **renewal** (更新): rebuilds the whole component, paid over its construction years
  (phased), and restarts its age when complete.

What a measure does is data (``effects`` in ``data/costs.yaml``). Work done in a year is paid in
that year and acts at its end. A *schedule* is a main intervention in a start year, optionally
followed by preventive repair at every periodic inspection afterwards; "inspection only" is
the schedule every facility can fall back on. Each schedule's yearly cost, its risk and its
grade distribution by year are computed for all facilities at once (numpy), so the plan can
choose one schedule per facility.

**Risk** is an expected loss in yen: each year a facility spends with a share of its members
in grade g costs importance × replacement value × ``loss_share[g]`` (a year in grade a loses
10 % of the value by default: restrictions on use, emergency works, the chance of failure).
Risk is counted over the horizon and a tail of years after it with no further work, so work
late in the horizon still counts for what it leaves behind.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property

import numpy as np

from twin.planning.deterioration import STATES
from twin.planning.lcc import MEASURES

WORKS = MEASURES[1:]
N = len(STATES)


def effect_matrix(moves: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    """(treated grades as a 0/1 vector (4,), the move of every grade (4, 4)) of a measure."""
    treated = np.zeros(N)
    move = np.eye(N)
    for src, dst in moves.items():
        i, j = STATES.index(src), STATES.index(dst)
        treated[i] = 1.0
        move[i] = np.eye(N)[j]
    return treated, move


@dataclass
class Assets:
    """The governing component of F facilities, over H + T years (horizon and tail)."""

    state: np.ndarray  # (F, 4) share of members in d, c, b, a now
    aged: np.ndarray  # (F, H+T, 4, 4) yearly matrices from the current age on
    fresh: np.ndarray  # (F, H+T, 4, 4) yearly matrices of a renewed component, age 0 on
    length_m: np.ndarray  # (F,)
    unit: np.ndarray  # (F, 4) yen per metre: inspection, preventive, repair, renewal
    weight: np.ndarray  # (F,) importance
    cycle: np.ndarray  # (F,) years between periodic inspections
    first_inspection: np.ndarray  # (F,) year index of the next periodic inspection

    @property
    def value(self) -> np.ndarray:
        """Replacement value (renewal cost) at the price year, yen."""
        return np.asarray(self.unit[:, 3] * self.length_m)

    def take(self, rows: np.ndarray) -> Assets:
        return Assets(*(getattr(self, f.name)[rows] for f in fields(self)))


@dataclass
class Settings:
    budgets: np.ndarray  # (Y,) yen per year, nominal
    effects: dict[str, dict[str, str]]
    objective: str = "risk"  # or "lcc"
    discount_rate: float = 0.04
    inflation: float = 0.0
    tail_years: int = 10
    loss_share: tuple[float, ...] = (0.0, 0.002, 0.02, 0.10)  # per year in d, c, b, a
    min_benefit_cost: float = 1.0
    phase_min_yen: float = 1e8  # a renewal is offered over n years while each carries this
    max_phases: int = 4
    follow_up: bool = True  # offer preventive repair at each inspection after the main work
    level: float | None = None  # spend each year within ± this share of the plan's mean
    time_limit: float = 60.0
    mip_gap: float = 0.01

    @property
    def horizon(self) -> int:
        return len(self.budgets)

    @property
    def price(self) -> np.ndarray:
        """(Y,) price index of each year against the price year."""
        return np.asarray((1 + self.inflation) ** np.arange(self.horizon))

    @cached_property
    def moves(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Each work's (treated grades, move matrix), from ``effects``."""
        return {m: effect_matrix(self.effects[m]) for m in WORKS}


@dataclass(frozen=True)
class Template:
    """A schedule shape shared by all facilities: ``measure`` started in ``start``, paid over
    ``phases`` years, then (``follow``) preventive repair at each periodic inspection."""

    measure: str  # inspection (nothing more), preventive, repair, renewal
    start: int = 0
    phases: int = 1
    follow: bool = False

    @property
    def done(self) -> int:
        return self.start + self.phases - 1

    def label(self, first_year: int = 0) -> str:
        if self.measure == "inspection":
            return "inspection only"
        text = f"{self.measure} {first_year + self.start}"
        if self.phases > 1:
            text += f"–{first_year + self.done}"
        return text + (" + preventive at inspections" if self.follow else "")


@dataclass
class Schedules:
    """Every template simulated for every facility."""

    templates: list[Template]
    cost: np.ndarray  # (J, F, Y) nominal yen of the works (inspections apart)
    risk: np.ndarray  # (J, F, H+T) expected loss per year, yen at the price year
    inspection: np.ndarray  # (F, Y) nominal yen of the periodic inspections
    admissible: np.ndarray  # (J, F) bool: offered to the plan
    objective: np.ndarray  # (J, F) what the plan minimises
    benefit: np.ndarray  # (J, F) risk avoided against inspection only
    real_cost: np.ndarray  # (J, F) cost at the price year

    @property
    def gain_per_yen(self) -> np.ndarray:
        """(J, F) objective gained against inspection only, per yen at the price year."""
        return np.asarray((self.objective[0] - self.objective) / np.maximum(self.real_cost, 1.0))


def templates(settings: Settings) -> list[Template]:
    out = [Template("inspection")]
    follows = (False, True) if settings.follow_up else (False,)
    for start in range(settings.horizon):
        out.append(Template("preventive", start, 1, settings.follow_up))
        for follow in follows:
            out.append(Template("repair", start, 1, follow))
            for n in range(1, settings.max_phases + 1):
                if start + n <= settings.horizon:
                    out.append(Template("renewal", start, n, follow))
    return out


@dataclass
class Trajectory:
    """One template run for a set of facilities."""

    cost: np.ndarray  # (F, Y) nominal yen of the works
    risk: np.ndarray  # (F, H+T) expected loss per year
    states: np.ndarray  # (F, H+T+1, 4) distribution at the start of each year
    actions: np.ndarray  # (F, Y) measure index acting in the year, -1 none


def run(assets: Assets, settings: Settings, shape: Template) -> Trajectory:
    """The schedule ``shape`` for every facility of ``assets``."""
    horizon = settings.horizon
    years = horizon + settings.tail_years
    f_count = len(assets.state)
    price, effects = settings.price, settings.moves
    loss = np.asarray(settings.loss_share)[None, :] * (assets.weight * assets.value)[:, None]
    cost = np.zeros((f_count, horizon))
    risk = np.zeros((f_count, years))
    states = np.zeros((f_count, years + 1, N))
    actions = np.full((f_count, horizon), -1, dtype=np.int8)
    s = assets.state.copy()
    since: int | None = None
    for t in range(years):
        states[:, t] = s
        risk[:, t] = (loss * s).sum(axis=1)
        matrices = assets.aged[:, t] if since is None else assets.fresh[:, since]
        s = np.einsum("fi,fij->fj", s, matrices)
        if since is not None:
            since += 1
        if t >= horizon:
            continue
        if shape.measure != "inspection" and shape.start <= t <= shape.done:
            measure = shape.measure
            actions[:, t] = MEASURES.index(measure)
            if measure == "renewal":
                cost[:, t] += assets.value * price[t] / shape.phases
                if t == shape.done:
                    s = s @ effects["renewal"][1]
                    since = 0
                continue
            treated, move = effects[measure]
            unit = assets.unit[:, MEASURES.index(measure)]
            cost[:, t] += (s @ treated) * unit * assets.length_m * price[t]
            s = s @ move
        elif shape.follow and shape.measure != "inspection" and t > shape.done:
            due = (t - shape.done) % assets.cycle == 0
            treated, move = effects["preventive"]
            share = s @ treated
            cost[:, t] += due * share * assets.unit[:, 1] * assets.length_m * price[t]
            s = np.where(due[:, None], s @ move, s)
            actions[due & (share > 1e-9), t] = MEASURES.index("preventive")
    states[:, years] = s
    return Trajectory(cost, risk, states, actions)


def run_chosen(
    assets: Assets, settings: Settings, shapes: list[Template], choice: np.ndarray
) -> Trajectory:
    """Each facility under its chosen template (``choice`` indexes ``shapes``), each template
    run once for the facilities that chose it."""
    f_count, horizon, years = len(choice), settings.horizon, settings.horizon + settings.tail_years
    out = Trajectory(
        np.zeros((f_count, horizon)),
        np.zeros((f_count, years)),
        np.zeros((f_count, years + 1, N)),
        np.full((f_count, horizon), -1, dtype=np.int8),
    )
    for j in np.unique(choice):
        rows = np.nonzero(choice == j)[0]
        part = run(assets.take(rows), settings, shapes[j])
        for name in ("cost", "risk", "states", "actions"):
            getattr(out, name)[rows] = getattr(part, name)
    return out


def simulate(assets: Assets, settings: Settings) -> Schedules:
    """Run every template for every facility and score it by the objective."""
    horizon, years = settings.horizon, settings.horizon + settings.tail_years
    shapes = templates(settings)
    f_count = len(assets.state)
    cost = np.zeros((len(shapes), f_count, horizon))
    risk = np.zeros((len(shapes), f_count, years))
    for j, shape in enumerate(shapes):
        path = run(assets, settings, shape)
        cost[j], risk[j] = path.cost, path.risk
    price = settings.price
    discount = (1 + settings.discount_rate) ** -np.arange(1, years + 1)
    inspection = np.zeros((f_count, horizon))
    for t in range(horizon):
        due = ((t - assets.first_inspection) % assets.cycle == 0) & (t >= assets.first_inspection)
        inspection[:, t] = due * assets.unit[:, 0] * assets.length_m * price[t]
    total_risk = risk.sum(axis=2)
    benefit = total_risk[0][None, :] - total_risk
    real_cost = (cost / price[None, None, :]).sum(axis=2)  # at the price year
    if settings.objective == "lcc":
        objective = (cost * discount[None, None, :horizon]).sum(axis=2) + (
            risk * discount[None, None, :]
        ).sum(axis=2)
        admissible = objective <= objective[0][None, :] - 1e-6
    else:
        objective = total_risk + 1e-9 * real_cost  # the cheaper of equal risks
        admissible = benefit >= settings.min_benefit_cost * real_cost
    admissible &= (real_cost > 1e-6) & (benefit > 1e-6)  # something to treat, to some effect
    for j, shape in enumerate(shapes):  # paid over n years only while each carries enough
        if shape.measure == "renewal" and shape.phases > 1:
            admissible[j] &= assets.value / shape.phases >= settings.phase_min_yen
    admissible[0] = True
    return Schedules(shapes, cost, risk, inspection, admissible, objective, benefit, real_cost)

"""Request and response shapes of planning: deterioration models, forecasts, scenarios."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from kernel.schemas import Input


class UnitCosts(Input):
    """Yen per metre of facility length, at the scenario's price year."""

    inspection: float = Field(ge=0, le=1e9)
    preventive: float = Field(ge=0, le=1e9)
    repair: float = Field(ge=0, le=1e9)
    renewal: float = Field(ge=0, le=1e10)


class LossShare(Input):
    """Share of a facility's replacement value lost per year it spends with its members in a
    grade (restrictions on use, emergency works, the chance of failure)."""

    c: float = Field(default=0.002, ge=0, le=1)
    b: float = Field(default=0.02, ge=0, le=1)
    a: float = Field(default=0.10, ge=0, le=1)


class ScenarioSettings(Input):
    """What a scenario may change; saved with it."""

    port: str = Field(max_length=64)
    name: str | None = Field(default=None, max_length=300)
    discount_rate: float = Field(default=0.04, ge=0, le=0.2)
    inflation: float = Field(default=0.0, ge=-0.05, le=0.2)
    price_year: int | None = Field(
        default=None, ge=1950, le=2100, description="price level of the unit costs"
    )
    unit_costs: dict[Annotated[str, Field(max_length=60)], UnitCosts] = Field(
        default_factory=dict,
        max_length=60,
        description="by component type; the others keep the illustrative defaults",
    )
    models: dict[Annotated[str, Field(max_length=60)], uuid.UUID] = Field(
        default_factory=dict,
        max_length=60,
        description="deterioration model id by component type (a fitted or published one)",
    )
    loss_share: LossShare = Field(default_factory=LossShare)
    importance_weight: float = Field(
        default=3.0, ge=1, le=100, description="risk weight of a facility designated important"
    )
    backlog_years: int = Field(
        default=5, ge=1, le=30, description="years over which work already due is caught up"
    )


class LccRequest(ScenarioSettings):
    horizon: int = Field(default=50, ge=1, le=100)


class BudgetRequest(ScenarioSettings):
    budgets: list[Annotated[float, Field(ge=0, le=1e15)]] = Field(
        min_length=1,
        max_length=50,
        description="yen per year, from next year",
        examples=[[500_000_000] * 20],
    )
    objective: Literal["risk", "lcc"] = Field(
        default="risk",
        description="risk: least importance-weighted expected loss; lcc: least discounted "
        "spending plus discounted risk",
    )
    min_benefit_cost: float = Field(
        default=1.0,
        ge=0,
        le=100,
        description="risk objective: a work must avoid at least this much risk per yen",
    )
    level: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="keep each year's spending within ± this share of the plan's mean",
    )
    tail_years: int = Field(default=10, ge=0, le=50)
    max_phases: int = Field(default=4, ge=1, le=6, description="construction years of a renewal")
    phase_min_yen: float = Field(
        default=1e8,
        ge=0,
        le=1e13,
        description="a renewal is phased only while each year carries at least this",
    )
    lcc_horizon: int = Field(default=50, ge=1, le=100, description="years of the LCC comparison")


class FitResult(BaseModel):
    port: str
    component_types: dict[str, dict[str, Any]] = Field(
        description="per component type: the fitted version and its fit report (Markov, "
        "Weibull, goodness of fit by age, advice), or why it was skipped"
    )


class DeteriorationModelPublic(BaseModel):
    id: uuid.UUID
    component_type: str
    method: str = Field(description="markov or weibull")
    version: int
    n_pairs: int
    source: str
    theta: list[float] = Field(description="annual transition rates d→c, c→b, b→a")
    theta_ci: list[list[float]] = Field(description="95 % interval of each rate")
    shape: float | None = Field(description="Weibull shape (1 = Markov)")
    created_at: datetime
    published: bool = Field(description="fitted to a published table, not the port's records")
    markov_fits_poorly: bool | None


class MemberCurve(BaseModel):
    item: str
    span: str
    component_type: str
    item_class: str
    grade_now: str
    probabilities: dict[str, list[float]] = Field(
        description="by deterioration grade (d sound … a markedly reduced), its probability "
        "each year"
    )
    median_years_to: dict[str, int | None] = Field(description="years until b and a are likely")


class ModelUsed(BaseModel):
    source: str
    theta: list[float]
    is_default: bool


class Forecast(BaseModel):
    facility_id: uuid.UUID
    from_inspection: uuid.UUID
    years: list[int]
    members: list[MemberCurve]
    facility_grade_probabilities: dict[str, list[float]] = Field(
        description="per performance grade A–D, its probability each year"
    )
    models: dict[str, ModelUsed]
    uses_defaults: bool
    grades: dict[str, dict[str, str]] = Field(
        description="what each grade means (a–d members, A–D facilities), ja and en"
    )


class ScenarioSummary(BaseModel):
    id: uuid.UUID
    port_id: uuid.UUID
    kind: str = Field(description="lcc or budget")
    name: str | None
    inputs: dict[str, Any]
    created_by: str
    created_at: datetime | None


class ScenarioPublic(ScenarioSummary):
    result: dict[str, Any] = Field(description="the run's figures, as the XLSX and plots show")


class PublishedFit(BaseModel):
    port: str
    component_type: str
    title: str
    rows: int
    items: int
    items_note: str | None
    markov: dict[str, Any]
    weibull: dict[str, Any] | None
    likelihood_ratio_p: float | None
    markov_fits_poorly: bool | None
    advice: str
    preferred: str = Field(description="markov or weibull")
    port_model: dict[str, Any] = Field(description="the model the port uses now for the type")
    log_likelihood: dict[str, float] = Field(description="of the table under each model")
    aic: dict[str, float]
    comparison: list[dict[str, Any]] = Field(
        description="per row: the table's shares and each model's (markov, weibull, port)"
    )
    models: dict[str, str] = Field(description="stored model id by method")
    version: int


class ScenarioComparison(BaseModel):
    scenarios: list[dict[str, Any]]
    inputs_that_differ: list[str]

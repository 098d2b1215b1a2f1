"""Request and response shapes of planning: deterioration models, forecasts, scenarios."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field

from kernel.schemas import Input


class LccRequest(Input):
    port: str = Field(max_length=64)
    horizon: int = Field(default=50, ge=1, le=100)
    discount_rate: float = Field(default=0.04, ge=0, le=0.2)
    inflation: float = Field(default=0.0, ge=-0.05, le=0.2)
    name: str | None = Field(default=None, max_length=300)


class BudgetRequest(Input):
    port: str = Field(max_length=64)
    budgets: list[Annotated[float, Field(ge=0, le=1e15)]] = Field(
        min_length=1,
        max_length=100,
        description="yen per year, from next year",
        examples=[[500_000_000] * 20],
    )
    inflation: float = Field(default=0.0, ge=-0.05, le=0.2)
    name: str | None = Field(default=None, max_length=300)


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
    markov_fits_poorly: bool | None


class MemberCurve(BaseModel):
    item: str
    span: str
    component_type: str
    item_class: str
    grade_now: str
    probabilities: list[list[float]] = Field(description="per year: P(d), P(c), P(b), P(a)")
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

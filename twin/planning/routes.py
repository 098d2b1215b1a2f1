"""REST routes of planning under /api/v1/planning."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from kernel.web import CurrentUser, SessionDep
from twin.planning import outputs, service
from twin.planning.models import PlanScenario
from twin.planning.schemas import (
    BudgetRequest,
    DeteriorationModelPublic,
    FitResult,
    Forecast,
    LccRequest,
    ScenarioPublic,
    ScenarioSummary,
)

router = APIRouter(prefix="/api/v1/planning", tags=["planning"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
IMAGE = {"png": "image/png", "svg": "image/svg+xml"}


def _scenario(s: PlanScenario) -> ScenarioPublic:
    return ScenarioPublic(
        id=s.id,
        port_id=s.port_id,
        kind=s.kind,
        name=s.name,
        inputs=s.inputs,
        result=s.result,
        created_by=s.created_by,
        created_at=s.created_at,
    )


@router.post("/fit", summary="Fit deterioration models to the port's inspection history")
def fit(port: str, who: CurrentUser, session: SessionDep) -> FitResult:
    return FitResult(**service.fit_models(session, who, port))


@router.get("/models", summary="Fitted deterioration models (all versions)")
def models(port: str, who: CurrentUser, session: SessionDep) -> list[DeteriorationModelPublic]:
    return [DeteriorationModelPublic(**m) for m in service.list_models(session, who, port)]


@router.get(
    "/forecast/{facility_id}",
    summary="Grade forecast of a facility",
    response_model=Forecast,
    responses={200: {"content": {"image/png": {}, "image/svg+xml": {}}}},
)
def forecast(
    facility_id: uuid.UUID,
    who: CurrentUser,
    session: SessionDep,
    years: Annotated[int, Query(ge=1, le=60)] = 30,
    format_: Annotated[Literal["json", "png", "svg"], Query(alias="format")] = "json",
    lang: Annotated[Literal["ja", "en"], Query(description="language of a plot's labels")] = "ja",
) -> Any:
    data = service.forecast(session, who, facility_id, years)
    if format_ == "json":
        return Forecast(**data)
    return Response(outputs.forecast_plot(data, format_, lang), media_type=IMAGE[format_])


@router.post("/lcc", status_code=201, summary="Lifecycle cost of each strategy (saved)")
def lcc(data: LccRequest, who: CurrentUser, session: SessionDep) -> ScenarioPublic:
    return _scenario(
        service.run_lcc(
            session,
            who,
            data.port,
            horizon=data.horizon,
            discount_rate=data.discount_rate,
            inflation=data.inflation,
            name=data.name,
        )
    )


@router.post("/budget", status_code=201, summary="Budgeted maintenance plan (saved)")
def budget(data: BudgetRequest, who: CurrentUser, session: SessionDep) -> ScenarioPublic:
    return _scenario(
        service.run_budget(
            session, who, data.port, data.budgets, inflation=data.inflation, name=data.name
        )
    )


@router.get("/scenarios", summary="Saved scenario runs of a port")
def scenarios(port: str, who: CurrentUser, session: SessionDep) -> list[ScenarioSummary]:
    return [
        ScenarioSummary(**_scenario(s).model_dump(exclude={"result"}))
        for s in service.list_scenarios(session, who, port)
    ]


@router.get("/scenarios/{scenario_id}")
def scenario(scenario_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> ScenarioPublic:
    return _scenario(service.get_scenario(session, who, scenario_id))


@router.get(
    "/scenarios/{scenario_id}/plan.xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}}},
)
def scenario_xlsx(scenario_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> Response:
    s = service.get_scenario(session, who, scenario_id)
    return Response(
        outputs.scenario_xlsx(s),
        media_type=XLSX,
        headers={"Content-Disposition": f'attachment; filename="{s.kind}-{s.id}.xlsx"'},
    )


@router.get(
    "/scenarios/{scenario_id}/plot.{fmt}",
    response_class=Response,
    responses={200: {"content": {"image/png": {}, "image/svg+xml": {}}}},
)
def scenario_plot(
    scenario_id: uuid.UUID,
    fmt: Literal["png", "svg"],
    who: CurrentUser,
    session: SessionDep,
    lang: Annotated[Literal["ja", "en"], Query(description="language of the labels")] = "ja",
) -> Response:
    s = service.get_scenario(session, who, scenario_id)
    return Response(outputs.scenario_plot(s, fmt, lang), media_type=IMAGE[fmt])

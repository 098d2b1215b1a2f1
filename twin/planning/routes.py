"""REST routes of planning under /api/v1/planning."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Query, Request, Response, UploadFile

from kernel.guard import body_limit
from kernel.uploads import save_upload, upload_folder
from kernel.web import CurrentUser, SessionDep
from twin.planning import outputs, published, scenarios, service
from twin.planning.models import PlanScenario
from twin.planning.schemas import (
    BudgetRequest,
    DeteriorationModelPublic,
    FitResult,
    Forecast,
    LccRequest,
    PublishedFit,
    ScenarioComparison,
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


@router.post(
    "/published",
    status_code=201,
    summary="Fit Markov and Weibull models to a published table of grade shares by age",
    openapi_extra=body_limit("upload"),
)
def load_published(
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="UTF-8 CSV: ages with d, c, b, a shares")],
    port: Annotated[str, Query(max_length=64)],
    component_type: Annotated[str, Query(max_length=60)],
    title: Annotated[str, Query(min_length=1, max_length=300, description="where it is from")],
    items_per_row: Annotated[int, Query(ge=5, le=100_000)] = 100,
) -> PublishedFit:
    """The table is stored with both fits (as new model versions of the component type);
    name one in a scenario's ``models`` to plan with it."""
    settings = request.app.state.settings
    with upload_folder(settings) as folder:
        saved = save_upload(file, folder, settings.max_upload_mb)
        return PublishedFit(
            **published.load_table(
                session,
                who,
                port,
                saved,
                name=file.filename or "table.csv",
                component_type=component_type,
                title=title,
                items_per_row=items_per_row,
            )
        )


@router.get("/models", summary="Fitted and published deterioration models (all versions)")
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
    return _scenario(scenarios.run_lcc(session, who, data))


@router.post("/budget", status_code=201, summary="Budgeted maintenance plan (saved)")
def budget(data: BudgetRequest, who: CurrentUser, session: SessionDep) -> ScenarioPublic:
    """One schedule of interventions per facility under the yearly budgets; every deferral
    and every year with money left says why."""
    return _scenario(scenarios.run_budget(session, who, data))


@router.get("/scenarios", summary="Saved scenario runs of a port")
def list_scenarios(port: str, who: CurrentUser, session: SessionDep) -> list[ScenarioSummary]:
    return [
        ScenarioSummary(**_scenario(s).model_dump(exclude={"result"}))
        for s in scenarios.list_scenarios(session, who, port)
    ]


@router.get("/compare", summary="Saved scenarios side by side")
def compare(
    who: CurrentUser,
    session: SessionDep,
    ids: Annotated[list[uuid.UUID], Query(min_length=2, max_length=8)],
    format_: Annotated[Literal["json", "xlsx"], Query(alias="format")] = "json",
) -> Any:
    data = scenarios.compare(session, who, ids)
    if format_ == "xlsx":
        return Response(
            outputs.compare_xlsx(data),
            media_type=XLSX,
            headers={"Content-Disposition": 'attachment; filename="compare.xlsx"'},
        )
    return ScenarioComparison(**data)


@router.get("/scenarios/{scenario_id}")
def scenario(scenario_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> ScenarioPublic:
    return _scenario(scenarios.get_scenario(session, who, scenario_id))


@router.get(
    "/scenarios/{scenario_id}/plan.xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}}},
)
def scenario_xlsx(scenario_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> Response:
    s = scenarios.get_scenario(session, who, scenario_id)
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
    kind: Annotated[
        Literal["cumulative", "spending", "grades", "yearly"] | None,
        Query(
            description="cumulative cost by strategy, spending against budget (plans), "
            "facilities by grade over time, yearly cost by strategy (LCC)"
        ),
    ] = None,
) -> Response:
    s = scenarios.get_scenario(session, who, scenario_id)
    return Response(outputs.scenario_plot(s, fmt, lang, kind), media_type=IMAGE[fmt])

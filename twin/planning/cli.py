"""``porttwin plan fit|published|lcc|budget|compare``: deterioration models, lifecycle cost,
budgeted plans and their comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from kernel.cli import CommandGroups, fail
from kernel.errors import PortTwinError

PlanPort = Annotated[str, typer.Option("--port", help="port code")]
UnitCostsOpt = Annotated[
    Path | None,
    typer.Option(
        help="YAML or JSON of unit costs by component type (yen/m: inspection, preventive, "
        "repair, renewal); the others keep the illustrative defaults"
    ),
]
ModelOpt = Annotated[
    list[str] | None,
    typer.Option("--model", help="COMPONENT_TYPE=MODEL_ID: plan with a fitted or published model"),
]
LangOpt = Annotated[str, typer.Option(help="language of the plot: ja or en")]


def _planning(action: Any) -> Any:
    from pydantic import ValidationError

    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    try:
        with session_scope(default_engine()) as session:
            return action(session, SYSTEM)
    except PortTwinError as exc:
        fail(exc)
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}")


def _settings(unit_costs: Path | None, models: list[str] | None, **given: Any) -> dict[str, Any]:
    import yaml

    out = {k: v for k, v in given.items() if v is not None}
    if unit_costs is not None:
        try:
            out["unit_costs"] = yaml.safe_load(unit_costs.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            fail(f"{unit_costs}: {exc}")
    if models:
        pairs = [m.split("=", 1) for m in models]
        if any(len(p) != 2 for p in pairs):
            fail("--model takes COMPONENT_TYPE=MODEL_ID")
        out["models"] = dict(pairs)
    return out


def _write_outputs(
    scenario: Any, xlsx: Path | None, plot: Path | None, lang: str, kind: str | None = None
) -> None:
    from twin.planning import outputs

    if xlsx:
        xlsx.write_bytes(outputs.scenario_xlsx(scenario))
        typer.echo(f"wrote {xlsx}")
    if plot:
        fmt = plot.suffix.lstrip(".") or "png"
        plot.write_bytes(outputs.scenario_plot(scenario, fmt, lang, kind))
        typer.echo(f"wrote {plot}")


def plan_fit(port: PlanPort) -> None:
    """Fit deterioration models to the port's inspection history (stored as new versions)."""
    from twin.planning.service import fit_models

    result = _planning(lambda s, who: fit_models(s, who, port))
    for ctype, r in result["component_types"].items():
        if "skipped" in r:
            typer.echo(f"{ctype:<24} {r['n_pairs']:>5} pairs  {r['skipped']}")
            continue
        m = r["markov"]
        ci = ", ".join(f"{lo:.3f}–{hi:.3f}" for lo, hi in m["theta_ci"])
        typer.echo(
            f"{ctype:<24} {m['n_pairs']:>5} pairs  θ(d,c,b) = "
            f"{', '.join(f'{t:.3f}' for t in m['theta'])}  (95% CI {ci}); {r['advice']}"
        )


def plan_published(
    file: Annotated[Path, typer.Argument(help="CSV: ages with d, c, b, a shares")],
    port: PlanPort,
    component_type: Annotated[str, typer.Option(help="component type the table describes")],
    title: Annotated[str, typer.Option(help="where the table is published")],
    items_per_row: Annotated[int, typer.Option(help="items a row stands for")] = 100,
) -> None:
    """Fit Markov and Weibull models to a published table of grade shares by years in
    service, compare them with the port's own model, and store both."""
    from twin.planning.published import load_table

    result = _planning(
        lambda s, who: load_table(
            s,
            who,
            port,
            file,
            name=file.name,
            component_type=component_type,
            title=title,
            items_per_row=items_per_row,
        )
    )
    for method in ("markov", "weibull"):
        m = result[method]
        typer.echo(
            f"{method:<8} θ(d,c,b) = {', '.join(f'{t:.4f}' for t in m['theta'])}  shape "
            f"{m['shape']:.2f}  log-likelihood {result['log_likelihood'][method]:.1f}  "
            f"model {result['models'][method]}"
        )
    typer.echo(
        f"port's model ({result['port_model']['source']}): log-likelihood "
        f"{result['log_likelihood']['port']:.1f}"
    )
    typer.echo(f"{result['advice']}; preferred: {result['preferred']}")
    if result["items_note"]:
        typer.echo(f"  note: {result['items_note']}")


def plan_lcc(
    port: PlanPort,
    horizon: Annotated[int, typer.Option(help="years")] = 50,
    discount_rate: Annotated[float, typer.Option(help="social discount rate")] = 0.04,
    inflation: Annotated[float, typer.Option(help="yearly inflation of unit costs")] = 0.0,
    backlog_years: Annotated[int, typer.Option(help="years to catch up work already due")] = 5,
    price_year: Annotated[int | None, typer.Option(help="price level of the unit costs")] = None,
    unit_costs: UnitCostsOpt = None,
    model: ModelOpt = None,
    name: Annotated[str | None, typer.Option(help="scenario name")] = None,
    xlsx: Annotated[Path | None, typer.Option(help="write the comparison as XLSX")] = None,
    plot: Annotated[Path | None, typer.Option(help="write a PNG or SVG plot")] = None,
    lang: LangOpt = "ja",
) -> None:
    """Lifecycle cost of the preventive (予防保全型), corrective (事後保全型) and renewal-only
    strategies for a port, every component type with its own unit costs."""
    from twin.planning.scenarios import run_lcc
    from twin.planning.schemas import LccRequest

    def action(session: Any, who: Any) -> Any:
        req = LccRequest(
            port=port,
            **_settings(
                unit_costs,
                model,
                horizon=horizon,
                discount_rate=discount_rate,
                inflation=inflation,
                backlog_years=backlog_years,
                price_year=price_year,
                name=name,
            ),
        )
        scenario = run_lcc(session, who, req)
        _write_outputs(scenario, xlsx, plot, lang)
        return scenario

    scenario = _planning(action)
    for key, s in scenario.result["strategies"].items():
        typer.echo(
            f"{key:<11} NPV {s['npv_yen'] / 1e8:>10,.1f} 億円  "
            f"saving vs renewal only {s.get('saving_vs_reactive', 0):.0%}"
        )
    ratio = scenario.result["lcc_ratio"]["preventive_vs_corrective"]
    typer.echo(f"予防保全型/事後保全型 (preventive/corrective) = {ratio:.2f}")
    for note in scenario.result["notes"]:
        typer.echo(f"  note: {note}")
    typer.echo(f"scenario {scenario.id}")


def plan_budget_cmd(
    port: PlanPort,
    budget: Annotated[float | None, typer.Option(help="yen per year")] = None,
    years: Annotated[int, typer.Option(help="horizon in years")] = 20,
    budgets: Annotated[
        str | None, typer.Option(help="yen per year, comma-separated (instead of --budget)")
    ] = None,
    objective: Annotated[str, typer.Option(help="risk or lcc")] = "risk",
    level: Annotated[
        float | None, typer.Option(help="keep each year within ± this share of the mean")
    ] = None,
    min_benefit_cost: Annotated[
        float, typer.Option(help="risk avoided per yen a work must reach")
    ] = 1.0,
    discount_rate: Annotated[float, typer.Option(help="social discount rate")] = 0.04,
    inflation: Annotated[float, typer.Option(help="yearly inflation of unit costs")] = 0.0,
    price_year: Annotated[int | None, typer.Option(help="price level of the unit costs")] = None,
    unit_costs: UnitCostsOpt = None,
    model: ModelOpt = None,
    name: Annotated[str | None, typer.Option(help="scenario name")] = None,
    xlsx: Annotated[Path | None, typer.Option(help="write the plan as XLSX")] = None,
    plot: Annotated[Path | None, typer.Option(help="write a PNG or SVG plot")] = None,
    plot_kind: Annotated[str | None, typer.Option(help="spending, grades or cumulative")] = None,
    lang: LangOpt = "ja",
) -> None:
    """The best plan of interventions under yearly budgets (HiGHS), with a greedy comparison;
    every deferral and every year with money left says why."""
    from twin.planning.scenarios import run_budget
    from twin.planning.schemas import BudgetRequest

    if budgets:
        try:
            amounts = [float(b) for b in budgets.split(",")]
        except ValueError:
            fail("--budgets takes numbers separated by commas")
    elif budget is not None:
        amounts = [budget] * years
    else:
        fail("give --budget (with --years) or --budgets")

    def action(session: Any, who: Any) -> Any:
        req = BudgetRequest(
            port=port,
            budgets=amounts,
            **_settings(
                unit_costs,
                model,
                objective=objective,
                level=level,
                min_benefit_cost=min_benefit_cost,
                discount_rate=discount_rate,
                inflation=inflation,
                price_year=price_year,
                name=name,
            ),
        )
        scenario = run_budget(session, who, req)
        _write_outputs(scenario, xlsx, plot, lang, plot_kind)
        return scenario

    scenario = _planning(action)
    result = scenario.result
    plan = result["plan"]
    typer.echo(
        f"risk {plan['risk_yen'] / 1e6:,.1f} 百万円 "
        f"(greedy {result['greedy']['risk_yen'] / 1e6:,.1f}, "
        f"nothing done {plan['risk_if_nothing_done_yen'] / 1e6:,.1f}); spent "
        f"{plan['cost_yen'] / 1e6:,.1f} of {sum(amounts) / 1e6:,.1f} 百万円; "
        f"{plan['deferred']} deferred; gap {plan['mip_gap'] or 0:.2%}"
    )
    for row in result["deferred"]:
        typer.echo(f"  deferred {row['ledger_no'] or row['name']}: {row['reason']}")
    for row in result["unspent"]:
        typer.echo(
            f"  {row['year']}: {row['unspent_yen'] / 1e6:,.1f} 百万円 left — {row['reason']}"
        )
    typer.echo(f"scenario {scenario.id}")


def plan_compare(
    ids: Annotated[list[str], typer.Argument(help="two to eight scenario ids")],
    xlsx: Annotated[Path | None, typer.Option(help="write the comparison as XLSX")] = None,
) -> None:
    """Saved scenarios side by side: cost, risk, facilities in A/B, the LCC ratio."""
    import uuid

    from twin.planning import outputs
    from twin.planning.scenarios import compare

    try:
        keys = [uuid.UUID(i) for i in ids]
    except ValueError:
        fail("scenario ids are UUIDs")
    data = _planning(lambda s, who: compare(s, who, keys))
    for c in data["scenarios"]:
        risk = c.get("risk_yen")
        typer.echo(
            f"{c['id'][:8]} {c['kind']:<6} {c['name'] or '':<20} cost "
            f"{c['cost_yen'] / 1e6:>12,.1f} 百万円  risk "
            f"{'—' if risk is None else f'{risk / 1e6:,.1f}'}  A+B at end "
            f"{c['facilities_by_grade']['A'][-1] + c['facilities_by_grade']['B'][-1]}  "
            f"予防/事後 {c['preventive_vs_corrective'] or 0:.2f}"
        )
    typer.echo(f"inputs that differ: {', '.join(data['inputs_that_differ']) or 'none'}")
    if xlsx:
        xlsx.write_bytes(outputs.compare_xlsx(data))
        typer.echo(f"wrote {xlsx}")


def add_commands(groups: CommandGroups) -> None:
    groups.plan.command("fit")(plan_fit)
    groups.plan.command("published")(plan_published)
    groups.plan.command("lcc")(plan_lcc)
    groups.plan.command("budget")(plan_budget_cmd)
    groups.plan.command("compare")(plan_compare)

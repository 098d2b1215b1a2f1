"""``porttwin plan fit|lcc|budget``: deterioration models, lifecycle cost, budgeted plans."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from kernel.cli import CommandGroups, PortOpt, fail
from kernel.errors import PortTwinError


def _planning(action: Any) -> Any:
    from kernel.auth.service import SYSTEM
    from kernel.database import default_engine, session_scope

    try:
        with session_scope(default_engine()) as session:
            return action(session, SYSTEM)
    except PortTwinError as exc:
        fail(exc)


def _write_outputs(scenario: Any, xlsx: Path | None, plot: Path | None) -> None:
    from twin.planning import outputs

    if xlsx:
        xlsx.write_bytes(outputs.scenario_xlsx(scenario))
        typer.echo(f"wrote {xlsx}")
    if plot:
        plot.write_bytes(outputs.scenario_plot(scenario, plot.suffix.lstrip(".") or "png"))
        typer.echo(f"wrote {plot}")


def plan_fit(port: PortOpt) -> None:
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


def plan_lcc(
    port: PortOpt,
    horizon: Annotated[int, typer.Option(help="years")] = 50,
    discount_rate: Annotated[float, typer.Option(help="social discount rate")] = 0.04,
    inflation: Annotated[float, typer.Option(help="yearly inflation of unit costs")] = 0.0,
    xlsx: Annotated[Path | None, typer.Option(help="write the comparison as XLSX")] = None,
    plot: Annotated[Path | None, typer.Option(help="write a PNG or SVG plot")] = None,
) -> None:
    """Lifecycle cost of the preventive, corrective and reactive strategies for a port."""
    from twin.planning.service import run_lcc

    def action(session: Any, who: Any) -> Any:
        scenario = run_lcc(
            session, who, port, horizon=horizon, discount_rate=discount_rate, inflation=inflation
        )
        _write_outputs(scenario, xlsx, plot)
        return scenario

    scenario = _planning(action)
    for name, s in scenario.result["strategies"].items():
        typer.echo(
            f"{name:<11} NPV {s['npv_yen'] / 1e8:>10,.1f} 億円  "
            f"saving vs reactive {s.get('saving_vs_reactive', 0):.0%}"
        )
    for note in scenario.result["notes"]:
        typer.echo(f"  note: {note}")
    typer.echo(f"scenario {scenario.id}")


def plan_budget_cmd(
    port: PortOpt,
    budget: Annotated[float, typer.Option(help="yen per year")],
    years: Annotated[int, typer.Option(help="horizon in years")] = 20,
    xlsx: Annotated[Path | None, typer.Option(help="write the plan as XLSX")] = None,
    plot: Annotated[Path | None, typer.Option(help="write a PNG or SVG plot")] = None,
) -> None:
    """The minimum-risk plan under a yearly budget (HiGHS), with a greedy comparison."""
    from twin.planning.service import run_budget

    def action(session: Any, who: Any) -> Any:
        scenario = run_budget(session, who, port, [budget] * years)
        _write_outputs(scenario, xlsx, plot)
        return scenario

    scenario = _planning(action)
    plan, greedy = scenario.result["plan"], scenario.result["greedy"]
    typer.echo(
        f"risk {plan['risk']:.2f} (greedy {greedy['risk']:.2f}, nothing done "
        f"{plan['risk_if_nothing_done']:.2f}); {plan['deferred']} deferred; "
        f"{plan['status']}"
    )
    typer.echo(f"scenario {scenario.id}")


def add_commands(groups: CommandGroups) -> None:
    groups.plan.command("fit")(plan_fit)
    groups.plan.command("lcc")(plan_lcc)
    groups.plan.command("budget")(plan_budget_cmd)

"""Deterioration fitting, forecasts, lifecycle cost and budgeted plans."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from helpers import auth
from openpyxl import load_workbook

from twin.planning.budget import due_year, explain, solve
from twin.planning.deterioration import fit, fit_report, simulate_pairs, transition
from twin.planning.interventions import Assets, Settings, run
from twin.planning.lcc import LccInput, cost_table, lifecycle_cost, preventive_ratio, unit_costs

DATA = Path(__file__).resolve().parents[2] / "data" / "planning"
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "planning"


def test_markov_fit_recovers_a_known_chain_within_its_intervals():
    truth = [0.12, 0.18, 0.25]
    pairs = simulate_pairs(truth, 1.0, 1500, np.random.default_rng(1))
    model = fit(pairs, "markov")
    for value, (lo, hi) in zip(truth, model.theta_ci, strict=True):
        assert lo <= value <= hi
    expected = transition(np.array(truth))
    assert np.abs(model.yearly_matrix() - expected).max() < 0.03


def test_fit_report_flags_the_plain_chain_on_weibull_data():
    pairs = simulate_pairs([0.002, 0.004, 0.006], 2.5, 800, np.random.default_rng(5), max_age=20)
    report = fit_report(pairs)
    assert report["markov_fits_poorly"] is True
    assert report["likelihood_ratio_p"] < 0.001
    lo, hi = report["weibull"]["shape_ci"]
    assert lo <= 2.5 <= hi
    assert report["chi_square"]["weibull"] < report["chi_square"]["markov"]


def test_fit_report_keeps_the_chain_on_markov_data():
    pairs = simulate_pairs([0.1, 0.15, 0.2], 1.0, 800, np.random.default_rng(3))
    assert fit_report(pairs)["markov_fits_poorly"] is False


def portfolio(n: int, rng: np.random.Generator):
    p = transition(np.array([0.06, 0.08, 0.1]))
    state = rng.dirichlet([8, 2, 1, 0.5], size=n)
    return state, np.broadcast_to(p, (n, 4, 4)).copy()


def test_lcc_keeps_probability_and_preventive_is_cheapest():
    rng = np.random.default_rng(0)
    state, matrices = portfolio(200, rng)
    data = LccInput(
        state,
        matrices,
        rng.uniform(50, 300, 200),
        np.broadcast_to(unit_costs("steel_sheet_pile"), (200, 4)).copy(),
        np.full(200, 5),
    )
    result = lifecycle_cost(data, ["preventive", "corrective", "reactive"], horizon=50)
    assert np.allclose(result.grade_path.sum(axis=3), 1.0)
    npv = result.npv.sum(axis=1)
    assert npv[0] < npv[1] < npv[2]
    assert result.discounted.sum() < result.nominal.sum()
    # reactive leaves more of the portfolio in grade a than preventive
    assert result.grade_path[2, :, -1, 3].mean() > result.grade_path[0, :, -1, 3].mean()
    ratio = preventive_ratio(result.summary())
    assert 0 < ratio["preventive_vs_corrective"] < 1


def test_lcc_catches_up_the_backlog_over_the_chosen_years():
    """What is due when the horizon starts is a planning choice, not a first-year spike."""
    rng = np.random.default_rng(1)
    state, matrices = portfolio(100, rng)
    state[:, :] = [0.2, 0.3, 0.3, 0.2]  # a large backlog
    data = LccInput(
        state,
        matrices,
        np.full(100, 100.0),
        np.broadcast_to(unit_costs("caisson"), (100, 4)).copy(),
        np.full(100, 5),
    )
    at_once = lifecycle_cost(data, ["corrective"], horizon=30, backlog_years=1)
    spread = lifecycle_cost(data, ["corrective"], horizon=30, backlog_years=5)
    first = at_once.nominal[0].sum(axis=0)
    paced = spread.nominal[0].sum(axis=0)
    assert first[0] > 0.9 * first[:5].sum()  # everything due in year one
    assert paced[0] < 0.3 * paced[:5].sum()  # about a fifth a year
    assert np.all(paced[:5] > 0.1 * paced[:5].sum())
    assert np.allclose(spread.grade_path.sum(axis=3), 1.0)


def _assets(state, length, component_type="caisson", weight=1.0, years=30, cycle=5):
    state = np.asarray(state, dtype=float)
    n = len(state)
    p = transition(np.array([0.06, 0.08, 0.1]))
    matrices = np.broadcast_to(p, (n, years, 4, 4)).copy()
    return Assets(
        state=state,
        aged=matrices,
        fresh=matrices.copy(),
        length_m=np.asarray(length, dtype=float),
        unit=np.broadcast_to(unit_costs(component_type), (n, 4)).copy(),
        weight=np.full(n, weight),
        cycle=np.full(n, cycle),
        first_inspection=np.zeros(n, dtype=int),
    )


def _settings(budgets, **kw):
    return Settings(np.asarray(budgets, dtype=float), cost_table()["effects"], **kw)


def test_plan_spends_where_worthwhile_work_waits_and_explains_every_deferral():
    rng = np.random.default_rng(7)
    n = 60
    state = rng.dirichlet([2, 2, 2, 1], size=n)
    assets = _assets(state, rng.uniform(80, 300, n), weight=1.0)
    settings = _settings([3e8] * 12)
    schedules, plan, greedy = solve(assets, settings)
    assert np.all(plan.spent <= settings.budgets + 1)
    assert plan.risk <= greedy.risk + 1e-6 and plan.risk < plan.risk_nothing
    nothing = run(assets, settings, schedules.templates[0])
    due = due_year(nothing.states, settings.horizon)
    reasons, unspent = explain(schedules, settings, plan, due, 2027)
    deferred = [f for f, r in enumerate(reasons) if r["status"] == "deferred"]
    assert deferred, "the budget is tight: some work must wait"
    assert all(reasons[f]["reason"] for f in range(n))
    # every year in which deferred work was already due spends its budget, or says why not
    for y in range(settings.horizon):
        waiting = [f for f in deferred if 0 <= due[f] <= y]
        if waiting:
            left = settings.budgets[y] - plan.spent[y]
            explained = {u["year"] - 2027 for u in unspent}
            assert left < 0.05 * settings.budgets[y] or y in explained, (y, left)
    # interventions of every kind, and more than one per facility over the horizon
    measures = {schedules.templates[j].measure for j in plan.choice}
    assert {"preventive", "repair"} <= measures
    chosen = [
        run(assets.take(np.array([f])), settings, schedules.templates[plan.choice[f]])
        for f in range(n)
    ]
    assert max(int((c.actions[0] >= 0).sum()) for c in chosen) >= 2


def test_plan_with_more_money_than_work_says_why_it_is_left():
    assets = _assets([[0.7, 0.3, 0.0, 0.0], [0.5, 0.2, 0.3, 0.0]], [100, 100])
    settings = _settings([5e9] * 8)
    schedules, plan, _ = solve(assets, settings)
    nothing = run(assets, settings, schedules.templates[0])
    reasons, unspent = explain(
        schedules, settings, plan, due_year(nothing.states, settings.horizon), 2027
    )
    assert len(unspent) == settings.horizon  # every year leaves money, each with its reason
    assert all("worthwhile" in u["reason"] for u in unspent)
    assert all(r["status"] != "deferred" for r in reasons)


def test_a_large_renewal_is_phased_over_its_construction_years():
    """A facility mostly in a: its 1,080 百万円 caisson renewal exceeds any year's 400 百万円,
    so the plan pays it over three years and the facility is sound when it completes."""
    assets = _assets([[0.0, 0.0, 0.2, 0.8]], [120.0], weight=3.0)
    settings = _settings([4e8] * 10)
    schedules, plan, _ = solve(assets, settings)
    shape = schedules.templates[plan.choice[0]]
    assert shape.measure == "renewal" and shape.phases >= 3, shape
    path = run(assets, settings, shape)
    paid = path.cost[0][shape.start : shape.done + 1]
    assert np.allclose(paid, assets.value[0] / shape.phases)
    assert np.all(plan.spent <= settings.budgets + 1)
    assert path.states[0, shape.done + 1, 0] > 0.99  # renewed: all members sound
    assert path.states[0, shape.done, 3] > 0.5  # still in a while it is being built


def test_levelled_spending_keeps_each_year_near_the_mean():
    rng = np.random.default_rng(3)
    assets = _assets(rng.dirichlet([2, 2, 2, 1], size=40), rng.uniform(80, 300, 40))
    settings = _settings([6e8] * 10, level=0.15)
    _, plan, _ = solve(assets, settings)
    free = solve(assets, _settings([6e8] * 10))[1]
    spread = np.abs(plan.spent - plan.spent.mean()).max() / plan.spent.mean()
    spread_free = np.abs(free.spent - free.spent.mean()).max() / free.spent.mean()
    assert spread < 0.3 and spread < spread_free / 3, (plan.spent, free.spent)
    assert plan.spent.min() > 0.5 * plan.spent.mean()  # no idle year
    assert plan.risk >= free.risk - 1e-6  # levelling costs risk, never gains it
    assert np.all(plan.spent <= settings.budgets + 1)


@pytest.fixture(scope="module")
def planner(demo):
    return demo["demo-planner"]


def test_fit_on_the_demo_history_gives_intervals_and_a_report(client, planner, demo):
    resp = client.post("/api/v1/planning/fit", params={"port": "FRNCE"}, headers=auth(planner))
    assert resp.status_code == 200, resp.text
    fitted = {k: v for k, v in resp.json()["component_types"].items() if "markov" in v}
    assert "superstructure" in fitted
    markov = fitted["superstructure"]["markov"]
    assert all(lo < t < hi for t, (lo, hi) in zip(markov["theta"], markov["theta_ci"], strict=True))
    assert markov["n_pairs"] >= 30 and "advice" in fitted["superstructure"]
    models = client.get(
        "/api/v1/planning/models", params={"port": "FRNCE"}, headers=auth(planner)
    ).json()
    assert any(m["component_type"] == "superstructure" for m in models)
    viewer = demo["demo-viewer"]
    assert (
        client.post(
            "/api/v1/planning/fit", params={"port": "MCMON"}, headers=auth(viewer)
        ).status_code
        == 403
    )


def test_forecast_of_a_demo_quay_and_its_plot(client, planner):
    docks = client.get(
        "/api/v1/facilities", params={"port": "FRNCE", "q": "Quai des Docks"}, headers=auth(planner)
    ).json()["items"][0]
    data = client.get(
        f"/api/v1/planning/forecast/{docks['id']}", params={"years": 20}, headers=auth(planner)
    ).json()
    grades = data["facility_grade_probabilities"]
    assert len(grades["A"]) == 21
    assert grades["A"][-1] >= grades["A"][0]  # deterioration only worsens without action
    assert all(abs(sum(grades[g][y] for g in "ABCD") - 1) < 1e-9 for y in range(21))
    png = client.get(
        f"/api/v1/planning/forecast/{docks['id']}", params={"format": "png"}, headers=auth(planner)
    )
    assert png.headers["content-type"] == "image/png" and png.content[:4] == b"\x89PNG"


def test_plots_are_labelled_in_japanese_with_a_font_that_has_the_glyphs(client, planner):
    """The setup installs a Japanese font; without it matplotlib draws boxes and warns."""
    import warnings

    from matplotlib import font_manager

    from twin.planning.outputs import forecast_plot

    assert "ipa" in font_manager.findfont("IPAGothic", fallback_to_default=False).lower()
    data = {
        "years": [2026, 2027],
        "facility_grade_probabilities": {g: [0.25, 0.25] for g in "ABCD"},
        "uses_defaults": True,
    }
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ja = forecast_plot(data, "svg", "ja")
        en = forecast_plot(data, "svg", "en")
    assert not [w for w in caught if "missing from" in str(w.message)]
    assert ja != en and ja.startswith(b"<?xml")


def test_lcc_of_the_demo_port_ranks_preventive_first(client, planner):
    resp = client.post(
        "/api/v1/planning/lcc", json={"port": "FRNCE", "name": "lcc 4%"}, headers=auth(planner)
    )
    assert resp.status_code == 201, resp.text
    scenario = resp.json()
    result = scenario["result"]
    npv = {k: v["npv_yen"] for k, v in result["strategies"].items()}
    assert npv["preventive"] < npv["corrective"] < npv["reactive"]
    assert len(result["years"]) == 50
    assert 0 < result["lcc_ratio"]["preventive_vs_corrective"] < 1
    # every component type counts with its own costs, not only the governing one
    by_type = result["strategies"]["corrective"]["by_component_type_npv_yen"]
    assert {"caisson", "superstructure"} <= {t for t, v in by_type.items() if v > 0}
    # the backlog is caught up over five years, not dumped into the first
    yearly = result["strategies"]["corrective"]["yearly_nominal_yen"]
    assert yearly[0] < 0.4 * sum(yearly[:5])
    assert result["assumptions"]["unit_costs_illustrative"]
    svg = client.get(f"/api/v1/planning/scenarios/{scenario['id']}/plot.svg", headers=auth(planner))
    assert svg.headers["content-type"] == "image/svg+xml" and b"<svg" in svg.content[:400]
    other = client.post(
        "/api/v1/planning/lcc",
        json={"port": "FRNCE", "name": "lcc 2%", "discount_rate": 0.02},
        headers=auth(planner),
    ).json()
    both = client.get(
        "/api/v1/planning/compare",
        params={"ids": [scenario["id"], other["id"]]},
        headers=auth(planner),
    )
    assert both.status_code == 200, both.text
    assert both.json()["inputs_that_differ"] == ["discount_rate", "name"]
    npvs = [c["npv_yen"]["preventive"] for c in both.json()["scenarios"]]
    assert npvs[1] > npvs[0]  # a lower discount rate weighs the future more
    xlsx = client.get(
        "/api/v1/planning/compare",
        params={"ids": [scenario["id"], other["id"]], "format": "xlsx"},
        headers=auth(planner),
    )
    assert load_workbook(io.BytesIO(xlsx.content))["比較 compare"]["B2"].value == "lcc 4%"


def test_budget_plan_of_the_demo_port_explains_itself_in_a_japanese_workbook(client, planner):
    budgets = [3e8] * 20
    resp = client.post(
        "/api/v1/planning/budget",
        json={"port": "FRNCE", "budgets": budgets, "name": "3億円/年"},
        headers=auth(planner),
    )
    assert resp.status_code == 201, resp.text
    scenario = resp.json()
    result = scenario["result"]
    plan = result["plan"]
    assert all(s <= b + 1 for s, b in zip(plan["spent_per_year"], budgets, strict=True))
    assert plan["risk_yen"] <= result["greedy"]["risk_yen"] + 1e-6
    assert plan["risk_yen"] < plan["risk_if_nothing_done_yen"]
    rows = result["facilities"]
    assert all(r["reason"] for r in rows) and all(r["governing"] for r in rows)
    assert all(r["reason"] for r in result["deferred"])
    assert {u["year"] for u in result["unspent"]} == {
        y["year"] for y in result["by_year"] if y["unspent_yen"] > 0.01 * y["budget_yen"]
    }
    assert any(len(r["actions"]) >= 2 for r in rows)  # several interventions a facility
    assert sum(y["preventive_yen"] for y in result["by_year"]) > 0
    assert 0 < result["lcc"]["preventive_vs_corrective"] < 1
    xlsx = client.get(
        f"/api/v1/planning/scenarios/{scenario['id']}/plan.xlsx", headers=auth(planner)
    )
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.sheetnames == [
        "対策時期・費用 plan",
        "年度別 by year",
        "健全度 grades",
        "前提条件 assumptions",
        "劣化予測 models",
    ]
    sheet = book["対策時期・費用 plan"]
    header = [c.value for c in sheet[2]]
    assert header[:2] == ["台帳番号 / ledger no.", "施設名 / facility"]
    assert header[7] == f"{result['years'][0]}年度"
    amounts = [c for row in sheet.iter_rows(min_row=3) for c in row[7:-2] if c.value]
    assert amounts and all(c.number_format.startswith("#,##0") for c in amounts)
    assumptions = [r[0] for r in book["前提条件 assumptions"].iter_rows(values_only=True)]
    assert "割引率 / discount rate" in assumptions and "価格年度 / price year" in assumptions
    assert any(str(a).startswith("注意 / Caution") for a in assumptions)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for kind in ("spending", "grades", "cumulative"):
        png = client.get(
            f"/api/v1/planning/scenarios/{scenario['id']}/plot.png",
            params={"kind": kind, "lang": "ja"},
            headers=auth(planner),
        )
        assert png.status_code == 200 and png.content[:4] == b"\x89PNG", kind
        (ARTIFACTS / f"plan-{kind}-ja.png").write_bytes(png.content)
    listed = client.get(
        "/api/v1/planning/scenarios", params={"port": "FRNCE"}, headers=auth(planner)
    ).json()
    assert scenario["id"] in [s["id"] for s in listed]
    refused = client.post(
        "/api/v1/planning/budget",
        json={"port": "FRNCE", "budgets": [1e5] * 3},
        headers=auth(planner),
    )
    assert refused.status_code == 422 and "periodic inspections" in refused.text
    unknown = client.post(
        "/api/v1/planning/budget",
        json={
            "port": "FRNCE",
            "budgets": [3e8],
            "unit_costs": {
                "wharf_thing": {"inspection": 1, "preventive": 1, "repair": 1, "renewal": 1}
            },
        },
        headers=auth(planner),
    )
    assert unknown.status_code == 422 and "wharf_thing" in unknown.text


def test_scenario_unit_costs_are_saved_and_change_the_plan(client, planner):
    cheap = {"inspection": 15000, "preventive": 60000, "repair": 250000, "renewal": 1500000}
    runs = [
        client.post(
            "/api/v1/planning/budget",
            json={"port": "FRNCE", "budgets": [2e8] * 10, **extra},
            headers=auth(planner),
        ).json()
        for extra in ({}, {"unit_costs": {"caisson": cheap}, "price_year": 2025})
    ]
    assumptions = runs[1]["result"]["assumptions"]
    assert assumptions["unit_costs"]["caisson"]["source"] == "scenario"
    assert assumptions["price_year"] == 2025
    assert "caisson" not in assumptions["unit_costs_illustrative"]
    assert runs[1]["inputs"]["unit_costs"]["caisson"]["renewal"] == 1500000
    assert runs[0]["result"]["plan"]["risk_yen"] != runs[1]["result"]["plan"]["risk_yen"]


def test_a_published_table_is_fitted_compared_and_planned_with(client, planner):
    table = (DATA / "kaigan_manual_table_1_2.csv").read_bytes()
    resp = client.post(
        "/api/v1/planning/published",
        params={
            "port": "FRNCE",
            "component_type": "caisson",
            "title": "海岸保全施設維持管理マニュアル 参考資料 表1.2",
        },
        files={"file": ("kaigan.csv", table, "text/csv")},
        headers=auth(planner),
    )
    assert resp.status_code == 201, resp.text
    fit = resp.json()
    assert fit["rows"] == 21 and fit["items_note"]
    # the table shows an initiation lag: the plain chain fits it poorly
    assert fit["markov_fits_poorly"] is True and fit["preferred"] == "weibull"
    assert fit["weibull"]["shape"] > 1.3
    assert fit["log_likelihood"]["weibull"] > fit["log_likelihood"]["markov"]
    row = next(r for r in fit["comparison"] if r["age"] == 30)
    assert abs(row["weibull"]["d"] - row["table"]["d"]) < abs(
        row["markov"]["d"] - row["table"]["d"]
    )
    assert set(row) == {"age", "table", "markov", "weibull", "port"}
    models = client.get("/api/v1/planning/models", params={"port": "FRNCE"}, headers=auth(planner))
    assert any(m["published"] and m["method"] == "weibull" for m in models.json())
    plan = client.post(
        "/api/v1/planning/budget",
        json={
            "port": "FRNCE",
            "budgets": [3e8] * 10,
            "models": {"caisson": fit["models"]["weibull"]},
        },
        headers=auth(planner),
    )
    assert plan.status_code == 201, plan.text
    used = plan.json()["result"]["models"]["caisson"]
    assert used["source"].startswith("published") and used["shape"] == fit["weibull"]["shape"]
    broken = table.replace(b"0.58", b"0.99")  # age 30 now sums past 1
    bad = client.post(
        "/api/v1/planning/published",
        params={"port": "FRNCE", "component_type": "caisson", "title": "broken"},
        files={"file": ("broken.csv", broken, "text/csv")},
        headers=auth(planner),
    )
    assert bad.status_code == 422 and "age 30" in bad.text and "broken.csv" in bad.text
    # the upload passes the same content check as every other: only UTF-8 CSV text
    for filename, body, words in (
        ("sjis.csv", "経過年(年),0,5\nd,1.00,0.98\n".encode("cp932"), "save it as UTF-8"),
        ("table.csv", b'<OGRVRTDataSource><OGRVRTLayer name="x"/></OGRVRTDataSource>', ""),
    ):
        refused = client.post(
            "/api/v1/planning/published",
            params={"port": "FRNCE", "component_type": "caisson", "title": "refused"},
            files={"file": (filename, body, "text/csv")},
            headers=auth(planner),
        )
        assert refused.status_code == 422, refused.text
        assert filename in refused.text and words in refused.text

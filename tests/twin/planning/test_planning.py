"""Deterioration fitting, forecasts, lifecycle cost and budgeted plans."""

from __future__ import annotations

import io

import numpy as np
import pytest
from helpers import auth
from openpyxl import load_workbook

from twin.planning.budget import BudgetInput, plan_budget, plan_greedy
from twin.planning.deterioration import fit, fit_report, simulate_pairs, transition
from twin.planning.lcc import LccInput, lifecycle_cost, unit_costs


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


def test_budgeted_plan_respects_every_budget_and_beats_greedy():
    rng = np.random.default_rng(4)
    state, matrices = portfolio(150, rng)
    budgets = rng.uniform(2e8, 6e8, 12)
    data = BudgetInput(
        state,
        matrices,
        rng.uniform(2e7, 2e8, 150),
        rng.choice([1.0, 3.0], 150),
        budgets,
        inflation=0.01,
    )
    plan, greedy = plan_budget(data), plan_greedy(data)
    assert np.all(plan.spent <= budgets + 1e-3)
    assert np.all(greedy.spent <= budgets + 1e-3)
    assert plan.risk <= greedy.risk + 1e-9
    assert plan.risk < plan.risk_untreated
    assert (plan.year_of >= 0).sum() > 0


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
    resp = client.post("/api/v1/planning/lcc", json={"port": "FRNCE"}, headers=auth(planner))
    assert resp.status_code == 201, resp.text
    scenario = resp.json()
    npv = {k: v["npv_yen"] for k, v in scenario["result"]["strategies"].items()}
    assert npv["preventive"] < npv["corrective"] < npv["reactive"]
    assert len(scenario["result"]["years"]) == 50
    svg = client.get(f"/api/v1/planning/scenarios/{scenario['id']}/plot.svg", headers=auth(planner))
    assert svg.headers["content-type"] == "image/svg+xml" and b"<svg" in svg.content[:400]


def test_budget_plan_of_the_demo_port_respects_budgets_and_exports_xlsx(client, planner):
    budgets = [2e8] * 10
    resp = client.post(
        "/api/v1/planning/budget", json={"port": "FRNCE", "budgets": budgets}, headers=auth(planner)
    )
    assert resp.status_code == 201, resp.text
    scenario = resp.json()
    plan = scenario["result"]["plan"]
    assert all(
        spent <= budget + 1 for spent, budget in zip(plan["spent_per_year"], budgets, strict=True)
    )
    assert plan["risk"] <= scenario["result"]["greedy"]["risk"] + 1e-9
    xlsx = client.get(
        f"/api/v1/planning/scenarios/{scenario['id']}/plan.xlsx", headers=auth(planner)
    )
    book = load_workbook(io.BytesIO(xlsx.content))
    header = [c.value for c in book["plan"][1]]
    assert header[:2] == ["台帳番号 / ledger no.", "施設名 / facility"]
    listed = client.get(
        "/api/v1/planning/scenarios", params={"port": "FRNCE"}, headers=auth(planner)
    ).json()
    assert scenario["id"] in [s["id"] for s in listed]
    assert (
        client.post(
            "/api/v1/planning/budget",
            json={"port": "FRNCE", "budgets": [-1]},
            headers=auth(planner),
        ).status_code
        == 422
    )

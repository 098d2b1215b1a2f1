"""What planners take away: the plan as an XLSX in the layout of a maintenance plan
(施設ごとの対策時期・費用) and plots (grade forecast curves, yearly cost by strategy, budget
versus need) as PNG or SVG."""

from __future__ import annotations

import io
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
from openpyxl import Workbook
from openpyxl.styles import Font

from twin.planning.models import PlanScenario

# Japanese labels need a Japanese font (fonts-ipafont-gothic, installed by the setup); any
# glyph it lacks falls back to DejaVu.
plt.rcParams["font.family"] = ["IPAGothic", "IPAPGothic", "DejaVu Sans"]

MEASURE_JA = {"repair": "補修", "renewal": "更新", "preventive": "予防保全"}
STRATEGY_COLORS = {"preventive": "#4d9221", "corrective": "#ef8a62", "reactive": "#b2182b"}
STRATEGIES = {
    "preventive": ("予防保全型", "preventive"),
    "corrective": ("事後保全型（補修）", "corrective"),
    "reactive": ("事後保全型（更新）", "reactive"),
}
WORDS = {
    "year": ("年度", "year"),
    "probability": ("確率", "probability"),
    "grade": ("性能評価", "grade"),
    "forecast": ("性能評価の予測", "Facility grade forecast"),
    "defaults": ("既定の劣化モデル", "default models"),
    "fitted": ("推定した劣化モデル", "fitted models"),
    "cost_per_year": ("年間費用の期待値（百万円）", "expected cost per year (million yen)"),
    "lcc": ("戦略別のライフサイクルコスト", "Lifecycle cost by strategy"),
    "million_yen": ("百万円", "million yen"),
    "planned": ("計画", "planned"),
    "budget": ("予算", "budget"),
    "need": ("必要額（全対策を即時実施）/年", "need (all measures now) per year"),
    "budget_vs_need": (
        "予算と必要額 — 見送り {n} 施設",
        "Budget vs need — {n} facilities deferred",
    ),
    "bn_yen": ("億円", "bn yen"),
}


def word(key: str, lang: str) -> str:
    ja, en = WORDS[key]
    return ja if lang == "ja" else en


def strategy_label(name: str, lang: str | None = None) -> str:
    ja, en = STRATEGIES.get(name, (name, name))
    return ja if lang == "ja" else en if lang == "en" else f"{ja} / {en}"


GRADE_COLORS = {"A": "#b2182b", "B": "#ef8a62", "C": "#fddb6d", "D": "#4d9221"}


def _header(sheet: Any, values: list[Any]) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)


def scenario_xlsx(scenario: PlanScenario) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    result = scenario.result
    years = result["years"]
    if scenario.kind == "budget":
        sheet.title = "plan"
        _header(
            sheet,
            [
                "台帳番号 / ledger no.",
                "施設名 / facility",
                "現在の評価 / grade now",
                "対策 / measure",
                "対策年度 / year",
                "費用（円）/ cost (yen)",
                *[str(y) for y in years],
            ],
        )
        for row in result["facilities"]:
            cells = ["" for _ in years]
            if row["year"] is not None:
                cells[years.index(row["year"])] = (
                    f"{MEASURE_JA[row['measure']]} {row['cost_yen']:,.0f}"
                )
            sheet.append(
                [
                    row["ledger_no"],
                    row["name"],
                    row["grade_now"],
                    f"{MEASURE_JA[row['measure']]} / {row['measure']}",
                    row["year"] or "見送り / deferred",
                    row["cost_yen"],
                    *cells,
                ]
            )
        sheet.append([])
        sheet.append(["予算 / budget", "", "", "", "", "", *scenario.inputs["budgets"]])
        sheet.append(["執行 / spent", "", "", "", "", "", *result["plan"]["spent_per_year"]])
        summary = book.create_sheet("summary")
        for key in ("risk", "risk_if_nothing_done", "deferred", "status", "mip_gap"):
            summary.append([key, result["plan"][key]])
        summary.append(["greedy baseline risk", result["greedy"]["risk"]])
    else:
        sheet.title = "lcc"
        _header(
            sheet,
            [
                "戦略 / strategy",
                "NPV（円）/ NPV (yen)",
                "名目総額 / nominal",
                "更新比の削減率 / saving vs reactive",
                *[str(y) for y in years],
            ],
        )
        for name, s in result["strategies"].items():
            sheet.append(
                [
                    strategy_label(name),
                    s["npv_yen"],
                    s["nominal_yen"],
                    s.get("saving_vs_reactive"),
                    *s["yearly_nominal_yen"],
                ]
            )
        facilities = book.create_sheet("facilities")
        _header(
            facilities,
            [
                "台帳番号 / ledger no.",
                "施設名 / facility",
                "支配部材 / governing",
                *[f"NPV {n}" for n in result["strategies"]],
            ],
        )
        for row in result["facilities"]:
            facilities.append(
                [row["ledger_no"], row["name"], row["governing"], *row["npv_yen"].values()]
            )
    notes = book.create_sheet("notes")
    for note in result.get("notes", []):
        notes.append([note])
    for ctype, model in result.get("models", {}).items():
        notes.append([f"{ctype}: {model['source']}", *model["theta"]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _figure_bytes(fig: Any, fmt: str) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format=fmt, bbox_inches="tight", dpi=110)
    plt.close(fig)
    return out.getvalue()


def scenario_plot(scenario: PlanScenario, fmt: str = "png", lang: str = "ja") -> bytes:
    result = scenario.result
    years = result["years"]
    fig, ax = plt.subplots(figsize=(9, 4.5))
    if scenario.kind == "lcc":
        for name, s in result["strategies"].items():
            ax.plot(
                years,
                [v / 1e6 for v in s["yearly_nominal_yen"]],
                label=_npv_label(name, s["npv_yen"], lang),
                color=STRATEGY_COLORS.get(name),
            )
        ax.set_ylabel(word("cost_per_year", lang))
        ax.set_title(word("lcc", lang))
    else:
        budgets = scenario.inputs["budgets"]
        ax.bar(
            years,
            [v / 1e6 for v in result["plan"]["spent_per_year"]],
            label=word("planned", lang),
            color="#4d9221",
        )
        ax.step(
            years,
            [b / 1e6 for b in budgets],
            where="mid",
            color="black",
            label=word("budget", lang),
        )
        ax.axhline(
            result["total_need_yen"] / 1e6 / len(years),
            color="#b2182b",
            ls="--",
            label=word("need", lang),
        )
        ax.set_ylabel(word("million_yen", lang))
        ax.set_title(word("budget_vs_need", lang).format(n=result["plan"]["deferred"]))
    ax.set_xlabel(word("year", lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend()
    ax.grid(alpha=0.3)
    return _figure_bytes(fig, fmt)


def _npv_label(name: str, npv_yen: float, lang: str) -> str:
    if lang == "ja":
        return f"{strategy_label(name, 'ja')}: 現在価値 {npv_yen / 1e8:,.1f} 億円"
    return f"{strategy_label(name, 'en')}: NPV {npv_yen / 1e9:,.2f} bn yen"


def forecast_plot(data: dict[str, Any], fmt: str = "png", lang: str = "ja") -> bytes:
    fig, ax = plt.subplots(figsize=(8, 4))
    years = data["years"]
    for grade, probs in data["facility_grade_probabilities"].items():
        ax.plot(years, probs, label=f"{word('grade', lang)} {grade}", color=GRADE_COLORS[grade])
    ax.set_ylim(-0.03, 1.03)  # lines at exactly 0 or 1 stay visible off the frame
    ax.set_ylabel(word("probability", lang))
    ax.set_xlabel(word("year", lang))
    source = word("defaults" if data["uses_defaults"] else "fitted", lang)
    ax.set_title(f"{word('forecast', lang)} ({source})")
    ax.legend()
    ax.grid(alpha=0.3)
    return _figure_bytes(fig, fmt)

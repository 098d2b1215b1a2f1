"""What planners take away: workbooks in the layout of a Japanese maintenance plan
(維持管理計画の対策時期・費用: one row per facility and measure, amounts by fiscal year in 千円)
with the assumptions and the models behind them, and plots labelled in Japanese or English
(cumulative cost 予防保全型 vs 事後保全型, spending against budget, grades over time)."""

from __future__ import annotations

import io
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from inspections.styles import GRADE_COLOURS
from twin.planning.lcc import cost_table
from twin.planning.models import PlanScenario

# Japanese labels need a Japanese font (fonts-ipafont-gothic, installed by the setup); any
# glyph it lacks falls back to DejaVu.
plt.rcParams["font.family"] = ["IPAGothic", "IPAPGothic", "DejaVu Sans"]

THOUSAND = '#,##0;[Red]-#,##0;"-"'  # 千円
MILLION = '#,##0.0;[Red]-#,##0.0;"-"'  # 百万円
RATIO = "0.00"
PERCENT = "0.0%"
MEASURE_COLORS = {
    "inspection": "#9e9e9e",
    "preventive": "#4d9221",
    "repair": "#ef8a62",
    "renewal": "#b2182b",
}
STRATEGY_COLORS = {"preventive": "#4d9221", "corrective": "#ef8a62", "reactive": "#b2182b"}
STATUS = {
    "planned": ("計画", "planned"),
    "deferred": ("見送り", "deferred"),
    "not_due": ("対策不要", "no work due"),
}
WORDS = {
    "year": ("年度", "year"),
    "probability": ("確率", "probability"),
    "grade": ("性能評価", "grade"),
    "forecast": ("性能評価の予測", "Facility grade forecast"),
    "defaults": ("既定の劣化モデル", "default models"),
    "fitted": ("推定した劣化モデル", "fitted models"),
    "million_yen": ("百万円", "million yen"),
    "cumulative": ("累積費用（百万円）", "cumulative cost (million yen)"),
    "cumulative_title": (
        "累積費用の比較 — 予防保全型 / 事後保全型 = {ratio}",
        "Cumulative cost — preventive / corrective = {ratio}",
    ),
    "spending": (
        "年度別の事業費と予算 — 見送り {n} 施設",
        "Spending against budget — {n} deferred",
    ),
    "budget": ("予算", "budget"),
    "grades_title": (
        "支配部材の評価別の施設数",
        "Facilities by the grade of their governing component",
    ),
    "facilities": ("施設数", "facilities"),
    "nothing": ("対策なし", "no work"),
    "lcc_yearly": ("戦略別の年間費用（百万円）", "Yearly cost by strategy (million yen)"),
}


def word(key: str, lang: str) -> str:
    ja, en = WORDS[key]
    return ja if lang == "ja" else en


def measure_label(name: str, lang: str | None = None) -> str:
    row = cost_table()["measures"][name]
    return (
        row["ja"] if lang == "ja" else row["en"] if lang == "en" else f"{row['ja']} / {row['en']}"
    )


def strategy_label(name: str, lang: str | None = None) -> str:
    row = cost_table()["strategies"].get(name, {"ja": name, "en": name})
    return (
        row["ja"] if lang == "ja" else row["en"] if lang == "en" else f"{row['ja']} / {row['en']}"
    )


# -- workbooks ---------------------------------------------------------------------------------
def _title(sheet: Any, text: str, width: int) -> None:
    sheet.append([text])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=13)
    if width > 1:
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
        )


def _header(sheet: Any, values: list[Any]) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _format(sheet: Any, row: int, columns: range, number_format: str) -> None:
    for col in columns:
        sheet.cell(row, col).number_format = number_format


def _widths(sheet: Any, widths: dict[int, float]) -> None:
    for col, width in widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = width


def _assumptions_sheet(book: Workbook, result: dict[str, Any]) -> None:
    a = result["assumptions"]
    sheet = book.create_sheet("前提条件 assumptions")
    _title(sheet, "前提条件 / Assumptions", 4)
    rows: list[tuple[str, Any, str | None]] = [
        ("計画期間（年）/ horizon (years)", a["horizon_years"], None),
        ("初年度 / first year", a["first_year"], None),
        ("割引率 / discount rate", a["discount_rate"], PERCENT),
        ("物価上昇率 / inflation", a["inflation"], PERCENT),
        ("価格年度 / price year", a["price_year"], None),
        ("通貨 / currency", a["currency"], None),
        (
            "既存の対策必要分の解消期間（年）/ backlog caught up over (years)",
            a["backlog_years"],
            None,
        ),
        ("重要施設の重み / weight of important facilities", a["importance_weight"], None),
    ]
    for grade, share in a["loss_share"].items():
        rows.append((f"健全度 {grade} の年間損失率 / yearly loss share in {grade}", share, PERCENT))
    for key in ("objective", "min_benefit_cost", "level", "tail_years", "max_phases"):
        if key in a:
            rows.append((key, a[key], None))
    for label, value, fmt in rows:
        sheet.append([label, value])
        if fmt:
            sheet.cell(sheet.max_row, 2).number_format = fmt
    sheet.append([])
    if a["unit_costs_illustrative"]:
        sheet.append(
            [
                "注意 / Caution: 次の部材の単価は例示値であり、実際の積算単価に置き換えること / "
                "unit costs of these component types are illustrative defaults, not prices: "
                + ", ".join(a["unit_costs_illustrative"])
            ]
        )
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, color="B2182B")
        sheet.append(["単価の出典 / source of the defaults", a["unit_cost_source"]])
    sheet.append([])
    _header(
        sheet,
        [
            "部材 / component type",
            *[
                f"{measure_label(m)}（円/m）"
                for m in ("inspection", "preventive", "repair", "renewal")
            ],
            "出典 / source",
        ],
    )
    for ctype, row in a["unit_costs"].items():
        sheet.append(
            [
                ctype,
                row["inspection"],
                row["preventive"],
                row["repair"],
                row["renewal"],
                row["source"],
            ]
        )
        _format(sheet, sheet.max_row, range(2, 6), "#,##0")
    sheet.append([])
    sheet.append(["対策の効果 / what a measure does (grade → grade)"])
    for measure, moves in a["effects"].items():
        sheet.append([measure_label(measure), ", ".join(f"{k}→{v}" for k, v in moves.items())])
    notes = result.get("notes", [])
    if notes:
        sheet.append([])
        sheet.append(["備考 / notes"])
        for note in notes:
            sheet.append([note])
    _widths(sheet, {1: 58, 2: 18, 3: 18, 4: 18, 5: 18, 6: 30})


def _models_sheet(book: Workbook, result: dict[str, Any]) -> None:
    sheet = book.create_sheet("劣化予測 models")
    _title(sheet, "劣化予測に用いたモデル / Deterioration models behind the forecast", 7)
    _header(
        sheet,
        [
            "部材 / component type",
            "出典 / source",
            "手法 / method",
            "θ d→c",
            "θ c→b",
            "θ b→a",
            "形状 k / Weibull shape",
            "既定値 / default",
        ],
    )
    for ctype, m in result["models"].items():
        sheet.append([ctype, m["source"], m["method"], *m["theta"], m["shape"], m["is_default"]])
        _format(sheet, sheet.max_row, range(4, 8), "0.0000")
    sheet.append([])
    sheet.append(
        [
            "θ は各健全度からの年間遷移率、k = 1 はマルコフ連鎖 / θ: yearly rate of leaving a "
            "grade; k = 1 is the Markov chain"
        ]
    )
    _widths(sheet, {1: 24, 2: 40, 3: 12})


def _plan_sheet(book: Workbook, scenario: PlanScenario) -> None:
    result = scenario.result
    years = result["years"]
    sheet = book.active
    assert sheet is not None
    sheet.title = "対策時期・費用 plan"
    fixed = 7
    width = fixed + len(years) + 2
    _title(
        sheet,
        f"維持管理計画 対策時期・費用（単位：千円）/ Maintenance plan: measures by year "
        f"(thousand yen) — {scenario.name or scenario.id}",
        width,
    )
    _header(
        sheet,
        [
            "台帳番号 / ledger no.",
            "施設名 / facility",
            "支配部材 / governing component",
            "現在の評価 / grade now",
            "対策必要時期 / work due",
            "計画 / status",
            "対策内容 / measure",
            *[f"{y}年度" for y in years],
            "合計 / total",
            "理由 / reason",
        ],
    )
    for row in result["facilities"]:
        by_measure: dict[str, list[float]] = {}
        for action in row["actions"]:
            by_measure.setdefault(action["measure"], [0.0] * len(years))
            by_measure[action["measure"]][years.index(action["year"])] += action["cost_yen"]
        status = STATUS[row["status"]]
        lines = list(by_measure.items()) or [("inspection", [0.0] * len(years))]
        for k, (measure, amounts) in enumerate(lines):
            head = (
                [
                    row["ledger_no"],
                    row["name"],
                    row["governing"],
                    row["grade_now"] or "未点検",
                    row["due_year"] or "—",
                    f"{status[0]} / {status[1]}",
                ]
                if k == 0
                else [None] * 6
            )
            sheet.append(
                [
                    *head,
                    measure_label(measure),
                    *[v / 1000 for v in amounts],
                    sum(amounts) / 1000,
                    row["reason"] if k == 0 and row["status"] != "planned" else None,
                ]
            )
            _format(sheet, sheet.max_row, range(fixed + 1, fixed + len(years) + 2), THOUSAND)
    sheet.append([])
    totals = {
        m: [y[f"{m}_yen"] for y in result["by_year"]]
        for m in ("inspection", "preventive", "repair", "renewal")
    }
    for measure, amounts in totals.items():
        sheet.append(
            [None] * 6
            + [f"計 {measure_label(measure)}", *[v / 1000 for v in amounts], sum(amounts) / 1000]
        )
        _format(sheet, sheet.max_row, range(fixed + 1, fixed + len(years) + 2), THOUSAND)
    for label, key in (
        ("事業費計 / spent", "spent_yen"),
        ("予算 / budget", "budget_yen"),
        ("残額 / unspent", "unspent_yen"),
    ):
        amounts = [y[key] for y in result["by_year"]]
        sheet.append([None] * 6 + [label, *[v / 1000 for v in amounts], sum(amounts) / 1000])
        sheet.cell(sheet.max_row, fixed).font = Font(bold=True)
        _format(sheet, sheet.max_row, range(fixed + 1, fixed + len(years) + 2), THOUSAND)
    sheet.freeze_panes = sheet.cell(3, fixed + 1)
    _widths(sheet, {1: 12, 2: 26, 3: 16, 4: 8, 5: 10, 6: 14, 7: 22, width: 60})


def _years_sheet(book: Workbook, result: dict[str, Any]) -> None:
    sheet = book.create_sheet("年度別 by year")
    _title(sheet, "年度別の事業費（単位：百万円）/ Spending by year (million yen)", 9)
    _header(
        sheet,
        [
            "年度 / year",
            "予算 / budget",
            *[measure_label(m) for m in ("inspection", "preventive", "repair", "renewal")],
            "事業費計 / spent",
            "残額 / unspent",
            "残額の理由 / why money is left",
        ],
    )
    reasons = {u["year"]: u["reason"] for u in result["unspent"]}
    for y in result["by_year"]:
        sheet.append(
            [
                y["year"],
                *[
                    y[k] / 1e6
                    for k in (
                        "budget_yen",
                        "inspection_yen",
                        "preventive_yen",
                        "repair_yen",
                        "renewal_yen",
                        "spent_yen",
                        "unspent_yen",
                    )
                ],
                reasons.get(y["year"]),
            ]
        )
        _format(sheet, sheet.max_row, range(2, 9), MILLION)
    sheet.append([])
    plan = result["plan"]
    for label, value, fmt in (
        (
            "リスク（期待損失, 百万円）/ risk (expected loss, million yen)",
            plan["risk_yen"] / 1e6,
            MILLION,
        ),
        (
            "対策なしのリスク / risk if nothing is done",
            plan["risk_if_nothing_done_yen"] / 1e6,
            MILLION,
        ),
        ("貪欲法のリスク / greedy baseline risk", result["greedy"]["risk_yen"] / 1e6, MILLION),
        ("見送り施設数 / facilities deferred", plan["deferred"], None),
        ("最適性ギャップ / optimality gap", plan["mip_gap"], PERCENT),
        (
            "予防保全型/事後保全型 LCC比 / preventive ÷ corrective LCC",
            result["lcc"]["preventive_vs_corrective"],
            RATIO,
        ),
    ):
        sheet.append([label, value])
        if fmt:
            sheet.cell(sheet.max_row, 2).number_format = fmt
    _widths(sheet, {1: 50, 9: 80})


def _grades_sheet(book: Workbook, result: dict[str, Any]) -> None:
    sheet = book.create_sheet("健全度 grades")
    _title(
        sheet,
        "支配部材の評価別の施設数（年度末の見込み、部材の半数がその評価以下）/ Facilities by "
        "the grade of their governing component at year end (half its members that grade or "
        "worse)",
        9,
    )
    _header(
        sheet,
        [
            "年度 / year",
            *[f"計画 {g}" for g in "ABCD"],
            *[f"対策なし {g} / no work {g}" for g in "ABCD"],
        ],
    )
    plan, nothing = result["facilities_by_grade"]["plan"], result["facilities_by_grade"]["nothing"]
    for k, year in enumerate(result["years"]):
        sheet.append([year, *[plan[g][k] for g in "ABCD"], *[nothing[g][k] for g in "ABCD"]])
    _widths(sheet, {1: 12})


def _lcc_sheet(book: Workbook, scenario: PlanScenario) -> None:
    result = scenario.result
    years = result["years"]
    sheet = book.active
    assert sheet is not None
    sheet.title = "LCC"
    _title(
        sheet,
        "戦略別ライフサイクルコスト（単位：百万円）/ Lifecycle cost by strategy (million yen)"
        f" — {scenario.name or scenario.id}",
        6,
    )
    _header(
        sheet,
        [
            "戦略 / strategy",
            "現在価値 / NPV",
            "名目総額 / nominal",
            "更新のみに対する縮減率 / saving vs renewal only",
            *[f"{y}年度" for y in years],
        ],
    )
    for name, s in result["strategies"].items():
        sheet.append(
            [
                strategy_label(name),
                s["npv_yen"] / 1e6,
                s["nominal_yen"] / 1e6,
                s.get("saving_vs_reactive"),
                *[v / 1e6 for v in s["yearly_nominal_yen"]],
            ]
        )
        _format(sheet, sheet.max_row, range(2, 4), MILLION)
        sheet.cell(sheet.max_row, 4).number_format = PERCENT
        _format(sheet, sheet.max_row, range(5, 5 + len(years)), MILLION)
    sheet.append([])
    ratio = result["lcc_ratio"]
    sheet.append(
        ["予防保全型/事後保全型 LCC比 / preventive ÷ corrective", ratio["preventive_vs_corrective"]]
    )
    sheet.cell(sheet.max_row, 2).number_format = RATIO
    sheet.append(
        [
            "予防保全型/事後保全型（更新のみ）/ preventive ÷ renewal only",
            ratio["preventive_vs_reactive"],
        ]
    )
    sheet.cell(sheet.max_row, 2).number_format = RATIO
    sheet.freeze_panes = "E3"
    _widths(sheet, {1: 34, 2: 14, 3: 14, 4: 16})
    facilities = book.create_sheet("施設別 facilities")
    _title(facilities, "施設別の現在価値（単位：百万円）/ NPV by facility (million yen)", 6)
    _header(
        facilities,
        [
            "台帳番号 / ledger no.",
            "施設名 / facility",
            "支配部材 / governing component",
            *[strategy_label(n) for n in result["strategies"]],
        ],
    )
    for row in result["facilities"]:
        facilities.append(
            [
                row["ledger_no"],
                row["name"],
                row["governing"],
                *[v / 1e6 for v in row["npv_yen"].values()],
            ]
        )
        _format(facilities, facilities.max_row, range(4, 4 + len(result["strategies"])), MILLION)
    _widths(facilities, {1: 12, 2: 28, 3: 18, 4: 20, 5: 20, 6: 20})


def scenario_xlsx(scenario: PlanScenario) -> bytes:
    book = Workbook()
    if scenario.kind == "budget":
        _plan_sheet(book, scenario)
        _years_sheet(book, scenario.result)
        _grades_sheet(book, scenario.result)
    else:
        _lcc_sheet(book, scenario)
    _assumptions_sheet(book, scenario.result)
    _models_sheet(book, scenario.result)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def compare_xlsx(data: dict[str, Any]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "比較 compare"
    columns = data["scenarios"]
    _title(sheet, "シナリオ比較 / Scenarios side by side", len(columns) + 1)
    _header(sheet, ["", *[c["name"] or c["id"][:8] for c in columns]])
    sheet.append(["種類 / kind", *[c["kind"] for c in columns]])
    for key in data["inputs_that_differ"]:
        sheet.append([f"入力 / input: {key}", *[str(c["inputs"].get(key)) for c in columns]])
    sheet.append(["費用（百万円）/ cost (million yen)", *[c["cost_yen"] / 1e6 for c in columns]])
    _format(sheet, sheet.max_row, range(2, len(columns) + 2), MILLION)
    sheet.append(
        [
            "リスク（百万円）/ risk (million yen)",
            *[c["risk_yen"] / 1e6 if "risk_yen" in c else None for c in columns],
        ]
    )
    _format(sheet, sheet.max_row, range(2, len(columns) + 2), MILLION)
    sheet.append(["予防保全型/事後保全型 LCC比", *[c["preventive_vs_corrective"] for c in columns]])
    _format(sheet, sheet.max_row, range(2, len(columns) + 2), RATIO)
    longest = max(len(c["years"]) for c in columns)
    for grade in "AB":
        for k in range(longest):
            year = next((c["years"][k] for c in columns if k < len(c["years"])), k)
            sheet.append(
                [
                    f"{year}年度 {grade} 施設数 / facilities in {grade}",
                    *[
                        c["facilities_by_grade"][grade][k] if k < len(c["years"]) else None
                        for c in columns
                    ],
                ]
            )
    _widths(sheet, {1: 44})
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- plots -------------------------------------------------------------------------------------
def _figure_bytes(fig: Any, fmt: str) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format=fmt, bbox_inches="tight", dpi=110)
    plt.close(fig)
    return out.getvalue()


def _ratio_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _cumulative(
    ax: Any, years: list[int], cumulative: dict[str, list[float]], ratio: float | None, lang: str
) -> None:
    for name in ("preventive", "corrective"):
        if name in cumulative:
            ax.plot(
                years[: len(cumulative[name])],
                [v / 1e6 for v in cumulative[name]],
                label=strategy_label(name, lang),
                color=STRATEGY_COLORS[name],
                lw=2,
            )
    ax.set_ylabel(word("cumulative", lang))
    ax.set_title(word("cumulative_title", lang).format(ratio=_ratio_text(ratio)))


def _spending(ax: Any, result: dict[str, Any], lang: str) -> None:
    years = result["years"]
    bottom = [0.0] * len(years)
    for measure in ("inspection", "preventive", "repair", "renewal"):
        values = [y[f"{measure}_yen"] / 1e6 for y in result["by_year"]]
        ax.bar(
            years,
            values,
            bottom=bottom,
            color=MEASURE_COLORS[measure],
            label=measure_label(measure, lang),
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.step(
        years,
        [y["budget_yen"] / 1e6 for y in result["by_year"]],
        where="mid",
        color="black",
        label=word("budget", lang),
    )
    ax.set_ylabel(word("million_yen", lang))
    ax.set_title(word("spending", lang).format(n=result["plan"]["deferred"]))


def _grades(
    ax: Any,
    years: list[int],
    counts: dict[str, list[int]],
    lang: str,
    nothing: dict[str, list[int]] | None = None,
) -> None:
    ax.stackplot(
        years,
        *[counts[g] for g in "DCBA"],
        colors=[GRADE_COLOURS[g] for g in "DCBA"],
        labels=[f"{word('grade', lang)} {g}" for g in "DCBA"],
        alpha=0.85,
    )
    if nothing is not None:
        worse = [a + b for a, b in zip(nothing["A"], nothing["B"], strict=True)]
        ax.plot(years, worse, color="black", ls="--", label=f"{word('nothing', lang)}: A+B")
    ax.set_ylabel(word("facilities", lang))
    ax.set_title(word("grades_title", lang))


def scenario_plot(
    scenario: PlanScenario, fmt: str = "png", lang: str = "ja", kind: str | None = None
) -> bytes:
    """kind: cumulative, spending or grades (budget plans), cumulative, yearly or grades (LCC)."""
    result = scenario.result
    years = result["years"]
    fig, ax = plt.subplots(figsize=(9, 4.5))
    if scenario.kind == "lcc":
        kind = kind or "cumulative"
        preventive = result["strategies"]["preventive"]
        if kind == "cumulative":
            _cumulative(
                ax,
                years,
                {k: v["cumulative_nominal_yen"] for k, v in result["strategies"].items()},
                result["lcc_ratio"]["preventive_vs_corrective"],
                lang,
            )
        elif kind == "grades":
            _grades(
                ax,
                years,
                preventive["facilities_by_grade"],
                lang,
                result["strategies"]["corrective"]["facilities_by_grade"],
            )
        else:
            for name, s in result["strategies"].items():
                ax.plot(
                    years,
                    [v / 1e6 for v in s["yearly_nominal_yen"]],
                    label=strategy_label(name, lang),
                    color=STRATEGY_COLORS.get(name),
                )
            ax.set_ylabel(word("million_yen", lang))
            ax.set_title(word("lcc_yearly", lang))
    else:
        kind = kind or "spending"
        if kind == "cumulative":
            lcc = result["lcc"]
            first = years[0]
            _cumulative(
                ax,
                list(range(first, first + lcc["horizon_years"])),
                lcc["cumulative_nominal_yen"],
                lcc["preventive_vs_corrective"],
                lang,
            )
        elif kind == "grades":
            _grades(
                ax,
                years,
                result["facilities_by_grade"]["plan"],
                lang,
                result["facilities_by_grade"]["nothing"],
            )
        else:
            _spending(ax, result, lang)
    ax.set_xlabel(word("year", lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=8, loc="best")
    ax.grid(alpha=0.3)
    return _figure_bytes(fig, fmt)


def forecast_plot(data: dict[str, Any], fmt: str = "png", lang: str = "ja") -> bytes:
    fig, ax = plt.subplots(figsize=(8, 4))
    years = data["years"]
    for grade, probs in data["facility_grade_probabilities"].items():
        ax.plot(years, probs, label=f"{word('grade', lang)} {grade}", color=GRADE_COLOURS[grade])
    ax.set_ylim(-0.03, 1.03)  # lines at exactly 0 or 1 stay visible off the frame
    ax.set_ylabel(word("probability", lang))
    ax.set_xlabel(word("year", lang))
    source = word("defaults" if data["uses_defaults"] else "fitted", lang)
    ax.set_title(f"{word('forecast', lang)} ({source})")
    ax.legend()
    ax.grid(alpha=0.3)
    return _figure_bytes(fig, fmt)

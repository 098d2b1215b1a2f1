"""Published deterioration tables as models: the share of items in each grade by years in
service, as Japanese maintenance manuals print them (e.g. 海岸保全施設維持管理マニュアル,
参考資料 表1.2), fitted with the Markov and the Weibull model, compared with the port's own
model, and stored as models a scenario can choose.

A table is a UTF-8 CSV (identified by :func:`geodata.sniff.require_format`, as every upload
is) in either layout the manuals use: one row per age (an age or age range column, then d, c,
b, a, optionally n) or one row per grade with the ages across (the first cell of each row d,
c, b or a). Shares are fractions or percent. Every row is a cross-section:
items sound (d) when new, found in grade g at that age, so a row of n items enters the
likelihood as n pairs (d at age 0, g at the row's age). Without a count per row, each row
stands for ``items_per_row`` items (100 by default): the fit's point estimate does not depend
on it, its confidence intervals do, and the report says so.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from assets.ports import resolve_port
from geodata.errors import ReadError
from geodata.sniff import require_format
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.ids import new_id
from twin.planning.choice import model_for, next_version
from twin.planning.deterioration import STATES, Pair, fit_report, grade_shares
from twin.planning.models import DeteriorationModel

MAX_BYTES = 256 * 1024
AGE_NAMES = ("age", "years", "years_in_service", "経過年", "経過年数", "供用年数", "年")
RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[-–~〜～]\s*(\d+(?:\.\d+)?)\s*$")


def _text(path: Path, name: str) -> str:
    """The table's text, once :func:`require_format` has found it UTF-8 CSV text."""
    try:
        require_format(path, ("CSV",), name=name)
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None
    if path.stat().st_size > MAX_BYTES:
        raise Invalid(f"{name}: a published table is at most {MAX_BYTES // 1024} KiB", field="file")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:  # past the part the sniffer samples
        raise Invalid(f"{name}: not UTF-8 text at byte {exc.start}", field="file") from None


def _number(cell: str, where: str) -> float:
    text = cell.strip().rstrip("%")
    try:
        value = float(text)
    except ValueError:
        raise Invalid(f"{where}: {cell!r} is not a number", field="file") from None
    if not np.isfinite(value) or value < 0:
        raise Invalid(f"{where}: {cell!r} is not a share", field="file")
    return value


def _age(cell: str, where: str) -> float:
    found = RANGE.match(cell)
    if found:
        lo, hi = float(found[1]), float(found[2])
        if hi < lo:
            raise Invalid(f"{where}: age range {cell!r} runs backwards", field="file")
        return (lo + hi) / 2
    return _number(cell, where)


def _grade(cell: str) -> str | None:
    text = cell.strip().lower()
    return text[-1] if text and text[-1] in STATES and len(text) <= 8 else None


def parse_table(path: Path, name: str | None = None) -> list[dict[str, Any]]:
    """Rows of {age, shares (d, c, b, a) summing to 1, n or None}, ages ascending. ``name``
    is how the user called the file."""
    name = name or path.name
    rows = [r for r in csv.reader(io.StringIO(_text(path, name))) if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise Invalid(f"{name}: the table needs a header and rows", field="file")
    header = [c.strip() for c in rows[0]]
    if all(_grade(r[0]) for r in rows[1:] if r):  # one row per grade, ages across
        ages = [_age(c, f"{name} header, column {k + 2}") for k, c in enumerate(header[1:]) if c]
        by_grade: dict[str, list[float]] = {}
        for line, row in enumerate(rows[1:], start=2):
            grade = _grade(row[0]) or ""
            cells = [
                _number(c or "0", f"{name} row {line} ({grade})") for c in row[1 : len(ages) + 1]
            ]
            by_grade[grade] = cells + [0.0] * (len(ages) - len(cells))
        missing = set(STATES) - set(by_grade)
        if missing - {"a"}:
            raise Invalid(f"{name}: no row for grade {', '.join(sorted(missing))}", field="file")
        table: list[tuple[float, list[float | None], float | None, int]] = [
            (ages[k], [by_grade[g][k] if g in by_grade else None for g in STATES], None, k + 2)
            for k in range(len(ages))
        ]
    else:  # one row per age
        lower = [h.lower() for h in header]
        age_col = next((k for k, h in enumerate(lower) if h in AGE_NAMES), 0)
        cols: dict[str, int | None] = {}
        for g in STATES:
            found = [k for k, h in enumerate(lower) if k != age_col and _grade(h) == g]
            if not found and g != "a":
                raise Invalid(f"{name}: no column for grade {g} (columns {header})", field="file")
            cols[g] = found[0] if found else None
        n_col = next((k for k, h in enumerate(lower) if h in ("n", "count", "件数", "数")), None)
        table = []
        for line, row in enumerate(rows[1:], start=2):
            where = f"{name} row {line}"
            text = row + [""] * len(header)
            shares: list[float | None] = []
            for g in STATES:
                col = cols[g]
                shares.append(None if col is None else _number(text[col] or "0", f"{where} ({g})"))
            n = _number(text[n_col], f"{where} (n)") if n_col is not None and text[n_col] else None
            table.append((_age(text[age_col], f"{where} (age)"), shares, n, line))
    out = []
    percent = any(v is not None and v > 1.0 for _, shares, _, _ in table for v in shares)
    for age, shares, n, line in table:
        values: list[float | None] = [
            None if v is None else v / 100 if percent else v for v in shares
        ]
        if values[3] is None:  # the manuals often leave a to the remainder
            values[3] = max(1.0 - sum(v for v in values[:3] if v is not None), 0.0)
        total = sum(v for v in values if v is not None)
        if abs(total - 1.0) > 0.03:
            raise Invalid(
                f"{name} row {line} (age {age:g}): shares add up to {total:.3f}, not 1",
                field="file",
            )
        out.append({"age": age, "shares": [(v or 0.0) / total for v in values], "n": n})
    return sorted(out, key=lambda r: r["age"])


def pairs_of(rows: list[dict[str, Any]], items_per_row: int) -> list[Pair]:
    pairs = []
    for row in rows:
        if row["age"] <= 0:
            continue
        n = row["n"] or items_per_row
        for g, share in enumerate(row["shares"]):
            pairs += [Pair(0, g, 0.0, row["age"])] * round(share * n)
    return pairs


def _loglik(shares: np.ndarray, rows: list[dict[str, Any]], items_per_row: int) -> float:
    total = 0.0
    for row, predicted in zip(rows, shares, strict=True):
        n = row["n"] or items_per_row
        total += n * float(
            np.sum(np.asarray(row["shares"]) * np.log(np.clip(predicted, 1e-12, None)))
        )
    return total


def load_table(
    session: Session,
    who: Principal,
    port_ref: str,
    path: Path,
    *,
    name: str,
    component_type: str,
    title: str,
    items_per_row: int = 100,
) -> dict[str, Any]:
    """Fit both models to the table, compare them with the port's own model for the component
    type, and store them (as new versions) for scenarios to choose."""
    port = resolve_port(session, who, port_ref)
    who.require("plan.write", port.id, "port")
    rows = parse_table(path, name)
    pairs = pairs_of(rows, items_per_row)
    if len(pairs) < 30:
        raise Invalid(
            f"{name}: the table gives {len(pairs)} items; at least 30 are needed", field="file"
        )
    report = fit_report(pairs, min_aged=30)
    ages = np.array([r["age"] for r in rows])
    own = model_for(session, port.id, component_type)
    predicted = {
        method: grade_shares(report[method]["theta"], report[method]["shape"], ages)
        for method in ("markov", "weibull")
    }
    predicted["port"] = grade_shares(own.theta, own.shape, ages)
    comparison = [
        {
            "age": float(r["age"]),
            "table": dict(zip(STATES, np.round(r["shares"], 3).tolist(), strict=True)),
            **{
                k: dict(zip(STATES, v[i].round(3).tolist(), strict=True))
                for k, v in predicted.items()
            },
        }
        for i, r in enumerate(rows)
    ]
    loglik = {k: _loglik(v, rows, items_per_row) for k, v in predicted.items()}
    aic = {"markov": 2 * 3 - 2 * loglik["markov"], "weibull": 2 * 4 - 2 * loglik["weibull"]}
    preferred = "weibull" if report["markov_fits_poorly"] else "markov"
    version = next_version(session, port.id, component_type)
    stored = {}
    for method in ("markov", "weibull"):
        model_id = new_id()
        session.add(
            DeteriorationModel(
                id=model_id,
                port_id=port.id,
                component_type=component_type,
                exposure=None,
                method=method,
                version=version,
                params=report[method],
                n_pairs=report[method]["n_pairs"],
                source=f"published: {title}",
                report={
                    "table": rows,
                    "items_per_row": items_per_row,
                    "comparison": comparison,
                    "log_likelihood": loglik,
                    "advice": report["advice"],
                    "markov_fits_poorly": report["markov_fits_poorly"],
                },
                created_by=who.name,
            )
        )
        stored[method] = str(model_id)
    session.flush()
    counted = all(r["n"] for r in rows)
    return {
        "port": port.code,
        "component_type": component_type,
        "title": title,
        "rows": len(rows),
        "items": len(pairs),
        "items_note": None
        if counted
        else f"the table gives no item counts: each row stands for {items_per_row} items, "
        "which sets the width of the confidence intervals, not the estimates",
        "markov": report["markov"],
        "weibull": report["weibull"],
        "likelihood_ratio_p": report["likelihood_ratio_p"],
        "markov_fits_poorly": report["markov_fits_poorly"],
        "advice": report["advice"],
        "preferred": preferred,
        "port_model": own.as_dict(),
        "log_likelihood": loglik,
        "aic": aic,
        "comparison": comparison,
        "models": stored,
        "version": version,
    }

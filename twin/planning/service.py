"""Deterioration on the registry's own data: fit models to the inspection history and
forecast a facility. (Scenarios, lifecycle cost and budgeted plans: ``scenarios``.)

Every output says which models it used and flags the defaults (``source: default``) when a
component type has no fitted model in the port.
"""

from __future__ import annotations

import itertools
import uuid
from collections import defaultdict
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.facilities import live_facility
from assets.models import Facility
from assets.ports import resolve_port
from inspections.catalog import PERFORMANCE
from inspections.condition import latest_record
from inspections.labels import grade_names
from inspections.models import SUBMITTED, Finding, Inspection
from inspections.rollup import Observation, roll_up
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.ids import new_id
from twin.planning.choice import ModelChoice, model_for, next_version
from twin.planning.deterioration import STATES, Pair, fit_report
from twin.planning.models import DeteriorationModel

MIN_PAIRS = 30
DEFAULT_LENGTH_M = 100.0
STRATEGIES = ["preventive", "corrective", "reactive"]


# -- fitting --------------------------------------------------------------------------------
def collect_pairs(session: Session, port_id: uuid.UUID) -> dict[str, list[Pair]]:
    """Consecutive submitted grades of the same member and item, by component type. Ages are
    years since the facility's construction year; without it the first grade is age 0 (enough
    for the Markov model, which depends only on the years between)."""
    rows = session.execute(
        select(
            Finding.component_type,
            Finding.component_id,
            Finding.span,
            Finding.item_code,
            Finding.grade,
            Inspection.facility_id,
            Inspection.started_on,
            Facility.construction_year,
        )
        .join(
            Inspection,
            (Inspection.port_id == Finding.port_id) & (Inspection.id == Finding.inspection_id),
        )
        .join(
            Facility,
            (Facility.port_id == Inspection.port_id) & (Facility.id == Inspection.facility_id),
        )
        .where(
            Finding.port_id == port_id,
            Inspection.status.in_(SUBMITTED),
            Finding.grade.is_not(None),  # a span not inspected was not observed
        )
        .order_by(Inspection.started_on)
    ).all()
    series: dict[tuple[Any, ...], list[tuple[date, int, int | None]]] = defaultdict(list)
    for ctype, component_id, span, item, grade, facility_id, day, built in rows:
        key = (ctype, component_id or (facility_id, span), item)
        series[key].append((day, STATES.index(grade), built))
    out: dict[str, list[Pair]] = defaultdict(list)
    for (ctype, _, _), points in series.items():
        for (d0, g0, built), (d1, g1, _) in itertools.pairwise(points):
            origin = date(built, 1, 1) if built else points[0][0]
            t0 = (d0 - origin).days / 365.25
            t1 = (d1 - origin).days / 365.25
            out[ctype].append(Pair(g0, g1, max(t0, 0.0), max(t1, 0.0), built is not None))
    return out


def fit_models(session: Session, who: Principal, port_ref: str) -> dict[str, Any]:
    """Fit a Markov model (and compare a Weibull one) per component type with enough pairs;
    each fit is stored as a new version."""
    port = resolve_port(session, who, port_ref)
    who.require("plan.write", port.id, "port")
    results: dict[str, Any] = {}
    for ctype, pairs in sorted(collect_pairs(session, port.id).items()):
        if len(pairs) < MIN_PAIRS:
            results[ctype] = {
                "n_pairs": len(pairs),
                "skipped": f"fewer than {MIN_PAIRS} pairs: defaults stay in use",
            }
            continue
        report = fit_report(pairs)
        version = next_version(session, port.id, ctype)
        for method in ("markov", "weibull"):
            params = report[method]
            if params is None:
                continue
            session.add(
                DeteriorationModel(
                    id=new_id(),
                    port_id=port.id,
                    component_type=ctype,
                    exposure=None,
                    method=method,
                    version=version,
                    params=params,
                    n_pairs=params["n_pairs"],
                    source=f"fitted to {port.code} inspections",
                    report={
                        k: report[k]
                        for k in (
                            "by_age",
                            "chi_square",
                            "chi_square_p",
                            "likelihood_ratio",
                            "likelihood_ratio_p",
                            "markov_fits_poorly",
                            "advice",
                        )
                    },
                    created_by=who.name,
                )
            )
        results[ctype] = {"version": version, **report}
    session.flush()
    return {"port": port.code, "component_types": results}


def list_models(session: Session, who: Principal, port_ref: str) -> list[dict[str, Any]]:
    port = resolve_port(session, who, port_ref)
    rows = session.scalars(
        select(DeteriorationModel)
        .where(DeteriorationModel.port_id == port.id)
        .order_by(DeteriorationModel.component_type, DeteriorationModel.version.desc())
    )
    return [
        {
            "id": str(r.id),
            "component_type": r.component_type,
            "method": r.method,
            "version": r.version,
            "n_pairs": r.n_pairs,
            "source": r.source,
            "theta": r.params["theta"],
            "theta_ci": r.params["theta_ci"],
            "shape": r.params["shape"],
            "created_at": r.created_at.isoformat(),
            "markov_fits_poorly": r.report.get("markov_fits_poorly"),
            "published": r.source.startswith("published"),
        }
        for r in rows
    ]


# -- forecast ---------------------------------------------------------------------------------
def forecast(
    session: Session,
    who: Principal,
    facility_id: uuid.UUID,
    years: int = 30,
    samples: int = 200,
    seed: int = 7,
) -> dict[str, Any]:
    """Probability of each grade per year for every graded member and item of a facility,
    the expected years to reach b and a, and the facility grade by the roll-up rules
    (Monte Carlo over the members' grades)."""
    facility = live_facility(session, who, facility_id)
    record = latest_record(session, facility.port_id, facility.id)
    if record is None:
        raise Invalid(
            "the facility has no submitted inspection to forecast from", field="facility_id"
        )
    findings = session.scalars(
        select(Finding).where(Finding.port_id == record.port_id, Finding.inspection_id == record.id)
    ).all()
    members: dict[tuple[str, str], Finding] = {}
    for f in findings:  # several observations of a span and item: the worst
        key = (f.item_code, f.span)
        if f.effective_grade is None:
            continue
        if key not in members or STATES.index(f.effective_grade) > STATES.index(
            members[key].effective_grade or "d"
        ):
            members[key] = f
    models: dict[str, ModelChoice] = {}
    curves = []
    rng = np.random.default_rng(seed)
    draws = np.zeros((len(members), years + 1, samples), dtype=int)
    for m, f in enumerate(members.values()):
        model = models.setdefault(
            f.component_type, model_for(session, facility.port_id, f.component_type)
        )
        p = model.matrix()
        dist = np.eye(4)[STATES.index(f.effective_grade or "d")]
        path = [dist]
        for _ in range(years):
            dist = dist @ p
            path.append(dist)
        probs = np.array(path)  # (years+1, 4)
        cumulative = probs.cumsum(axis=1)
        draws[m] = (rng.random((years + 1, samples))[..., None] > cumulative[:, None, :]).sum(
            axis=2
        )
        reach = {
            g: next((y for y in range(years + 1) if probs[y, STATES.index(g) :].sum() >= 0.5), None)
            for g in ("b", "a")
        }
        curves.append(
            {
                "item": f.item_code,
                "span": f.span,
                "component_type": f.component_type,
                "item_class": f.item_class,
                "grade_now": f.effective_grade,
                "probabilities": {g: probs[:, i].round(4).tolist() for i, g in enumerate(STATES)},
                "median_years_to": reach,
            }
        )
    facility_grades = np.zeros((years + 1, 4))
    keys = list(members.values())
    for y in range(years + 1):
        for s in range(samples):
            grade = roll_up(
                Observation(
                    f.item_code, f.item_class, f.component_type, f.span, STATES[draws[m, y, s]]
                )
                for m, f in enumerate(keys)
            ).grade
            facility_grades[y, PERFORMANCE.index(grade or "D")] += 1
    facility_grades /= samples
    first_year = record.started_on.year
    return {
        "facility_id": str(facility.id),
        "from_inspection": str(record.id),
        "years": list(range(first_year, first_year + years + 1)),
        "members": curves,
        "facility_grade_probabilities": {
            g: facility_grades[:, i].round(4).tolist() for i, g in enumerate(PERFORMANCE)
        },
        "models": {
            k: {"source": v.source, "theta": v.theta, "is_default": v.is_default}
            for k, v in models.items()
        },
        "uses_defaults": any(v.is_default for v in models.values()),
        "grades": grade_names(),
    }

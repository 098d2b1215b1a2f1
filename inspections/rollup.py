"""Grade roll-up: findings (a–d per component span and item) → item → component → facility.

Pure functions over plain values, so the same rules serve the service, the field package
validation, forecasts and tests. The class rules are data (``catalogs/rollup.yaml``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from inspections.catalog import GRADES, PERFORMANCE, rollup_rules


@dataclass(frozen=True)
class Observation:
    """One grade given to one item at one span of a component type."""

    item: str
    item_class: str
    component_type: str
    span: str
    grade: str


@dataclass(frozen=True)
class ItemGrade:
    item: str
    item_class: str
    component_type: str
    counts: dict[str, int]  # a, b, c, d over the spans
    grade: str  # A–D
    spans: int = 0  # the facility's spans of this item: what shares are taken of


@dataclass(frozen=True)
class Rollup:
    items: list[ItemGrade]
    components: dict[str, str]  # component type → A–D
    grade: str | None  # facility grade, None without observations


def worst(grades: Iterable[str], order: tuple[str, ...] = GRADES) -> str:
    """The worst of some grades (a before b …, A before B …)."""
    return min(grades, key=order.index)


def _holds(rule: dict[str, Any], counts: dict[str, int], total: int) -> bool:
    if "any" in rule:
        return sum(counts[g] for g in rule["any"]) > 0
    if "share" in rule:
        share = rule["share"]
        return total > 0 and sum(counts[g] for g in share["grades"]) / total >= share["at_least"]
    return True


def item_grade(item_class: str, counts: dict[str, int], spans: int | None = None) -> str:
    """Performance grade A–D of one item from the counts of a, b, c, d over its spans. Shares
    are taken of ``spans``, the facility's spans of the item (graded or not), never of the
    graded ones alone: one b among ten spans is not "all spans b".

    >>> item_grade("II", {"a": 0, "b": 8, "c": 2, "d": 0})
    'A'
    >>> item_grade("II", {"a": 0, "b": 1, "c": 0, "d": 0}, spans=10)
    'C'
    """
    total = max(spans or 0, sum(counts.values()))
    for rule in rollup_rules()[item_class]:
        if _holds(rule, counts, total):
            return str(rule["grade"])
    raise ValueError(f"the rules of class {item_class} give no grade for {counts}")


def roll_up(observations: Iterable[Observation], spans: dict[str, int] | None = None) -> Rollup:
    """Several observations of the same span and item combine to the worst grade; each item
    is graded by its class rules over its spans (``spans``: the facility's span count per
    item, see :func:`item_grade`); a component type takes its worst item grade and the
    facility its worst component grade."""
    spans = spans or {}
    per_span: dict[tuple[str, str], Observation] = {}
    for obs in observations:
        key = (obs.item, obs.span)
        if key not in per_span or GRADES.index(obs.grade) < GRADES.index(per_span[key].grade):
            per_span[key] = obs
    by_item: dict[str, list[Observation]] = defaultdict(list)
    for obs in per_span.values():
        by_item[obs.item].append(obs)
    items = []
    for code, graded in sorted(by_item.items()):
        counts = {g: sum(1 for s in graded if s.grade == g) for g in GRADES}
        first = graded[0]
        total = max(spans.get(code, 0), len(graded))
        items.append(
            ItemGrade(
                code,
                first.item_class,
                first.component_type,
                counts,
                item_grade(first.item_class, counts, total),
                total,
            )
        )
    components: dict[str, str] = {}
    for ig in items:
        current = components.get(ig.component_type)
        components[ig.component_type] = (
            ig.grade if current is None else worst([current, ig.grade], PERFORMANCE)
        )
    grade = worst([i.grade for i in items], PERFORMANCE) if items else None
    return Rollup(items=items, components=components, grade=grade)

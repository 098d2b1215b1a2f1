"""How grades are drawn, the same in every client: the viewer's colours (red A/a to green
D/d, grey when not graded), a legend in Japanese and English, and labels by name or ledger
number. The writers for each client's format are in :mod:`geodata.styles`."""

from __future__ import annotations

from geodata.styles import Category, Style
from inspections.labels import GRADES

GRADE_COLOURS = {"A": "#b2182b", "B": "#ef8a62", "C": "#fddb6d", "D": "#4d9221"}
NO_GRADE_COLOUR = "#828282"


def _categories(codes: str) -> tuple[Category, ...]:
    return tuple(
        Category(
            code, f"{code}: {GRADES[code][0]} / {GRADES[code][1]}", GRADE_COLOURS[code.upper()]
        )
        for code in codes
    )


def facility_grades() -> Style:
    """Facilities by performance grade A–D (性能評価)."""
    return Style(
        id="grades",
        title="Performance grade / 性能評価",
        field="grade",
        categories=_categories("ABCD"),
        other=Category(None, "未評価 / not graded", NO_GRADE_COLOUR),
        label_fields=("name_ja", "ledger_no", "name_en"),
    )


def finding_grades() -> Style:
    """Findings by deterioration grade a–d (劣化度)."""
    return Style(
        id="grades",
        title="Deterioration grade / 劣化度",
        field="grade",
        categories=_categories("abcd"),
        other=Category(None, "未点検 / not inspected", NO_GRADE_COLOUR),
        label_fields=("item_code",),
        label_max_scale=2_500,
    )

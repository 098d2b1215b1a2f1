"""The grade roll-up reproduces the published vectors (counts of a, b, c, d → grade)."""

from __future__ import annotations

import pytest

from inspections.catalog import catalog_for, catalogs
from inspections.rollup import Observation, item_grade, roll_up

VECTORS = [
    ("I", (1, 0, 0, 2), "A"),
    ("I", (0, 1, 2, 0), "B"),
    ("I", (0, 0, 1, 2), "C"),
    ("I", (0, 0, 0, 3), "D"),
    ("II", (5, 0, 5, 0), "A"),
    ("II", (0, 8, 2, 0), "A"),
    ("II", (1, 0, 9, 0), "B"),
    ("II", (0, 5, 5, 0), "B"),
    ("II", (0, 0, 2, 8), "C"),
    ("II", (0, 0, 0, 10), "D"),
    ("III", (1, 0, 0, 1), "C"),
    ("III", (0, 0, 0, 2), "D"),
]


@pytest.mark.parametrize(("item_class", "counts", "expected"), VECTORS)
def test_published_vector(item_class, counts, expected):
    assert item_grade(item_class, dict(zip("abcd", counts, strict=True))) == expected


def test_repeated_observations_of_a_span_combine_to_the_worst():
    obs = [Observation("x", "I", "caisson", "1", g) for g in ("d", "b", "c")]
    assert roll_up(obs).items[0].counts == {"a": 0, "b": 1, "c": 0, "d": 0}


def test_facility_takes_the_strictest_item_and_class_iii_stays_at_c():
    obs = [Observation("fender", "III", "fender", s, "a") for s in "1234"]
    obs += [Observation("body", "I", "caisson", s, "d") for s in "1234"]
    result = roll_up(obs)
    assert result.grade == "C"
    assert result.components == {"fender": "C", "caisson": "D"}
    obs.append(Observation("body", "I", "caisson", "2", "b"))
    assert roll_up(obs).grade == "B"


def test_every_catalog_item_has_a_class_rule_and_four_grade_meanings():
    for catalog in catalogs().values():
        for item in catalog.items:
            assert item.item_class in ("I", "II", "III")
            assert set(item.grades) == set("abcd"), (catalog.id, item.code)


def test_catalog_is_chosen_by_kind_and_structure_type():
    assert catalog_for("quay", "steel_sheet_pile").id == "sheet_pile_quay"
    assert catalog_for("quay", "caisson").id == "gravity_quay"
    assert catalog_for("quay", None).id == "gravity_quay"
    assert catalog_for("pier", None).id == "open_pier"
    assert catalog_for("breakwater", None).id == "gravity_breakwater"
    assert catalog_for("crane", None) is None

"""Inspection item catalogs and rules, kept as data files in ``catalogs/``.

A catalog (one per structure family: gravity quay, sheet-pile quay, open-type pier, gravity
breakwater, revetment) lists the inspection items: the component type each applies to, its
class (I, II, III), what grades a–d mean for it, and the measurements it takes. ``rollup.yaml``
holds the class rules, ``cycles.yaml`` the inspection cycles, ``measurements.yaml`` the units
and plausible ranges of measurements, ``coverage.yaml`` which inspection types must cover the
whole catalogue and the reasons a span may be left ungraded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DIRECTORY = Path(__file__).parent / "catalogs"
GRADES = ("a", "b", "c", "d")  # deterioration grades, worst first
PERFORMANCE = ("A", "B", "C", "D")  # performance grades, worst first
RULE_FILES = {"rollup", "cycles", "measurements", "coverage"}
CONDITIONS = ("weather", "sea_state", "tide_level_m", "tide_datum")  # what a record may note


@dataclass(frozen=True)
class Item:
    code: str
    component_type: str
    item_class: str
    name_ja: str
    name_en: str
    grades: dict[str, dict[str, str]]
    measurements: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    id: str
    title_ja: str
    title_en: str
    source: str
    kinds: tuple[str, ...]
    structure_types: tuple[str | None, ...]
    default_for_kinds: tuple[str, ...]
    items: tuple[Item, ...]
    conditions: tuple[str, ...] = ()  # what a covering inspection must record of the day

    def item(self, code: str) -> Item | None:
        return next((i for i in self.items if i.code == code), None)


def _load(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((DIRECTORY / f"{name}.yaml").read_text(encoding="utf-8")))


@lru_cache
def catalogs() -> dict[str, Catalog]:
    out = {}
    for path in sorted(DIRECTORY.glob("*.yaml")):
        if path.stem in RULE_FILES:
            continue
        data = _load(path.stem)
        applies = data["applies_to"]
        for i in data["items"]:
            for grade, text in i["grades"].items():
                if (
                    grade not in GRADES
                    or not isinstance(text, dict)
                    or set(text) != {"ja", "en"}
                    or not all(isinstance(t, str) for t in text.values())
                ):
                    raise ValueError(
                        f"{path.name}: item {i['code']}, grade {grade}: give the meaning as "
                        "{ja: …, en: …} (quote text holding commas)"
                    )
        items = tuple(
            Item(
                code=i["code"],
                component_type=i["component_type"],
                item_class=str(i["class"]),
                name_ja=i["ja"],
                name_en=i["en"],
                grades=i["grades"],
                measurements=tuple(i.get("measurements") or ()),
            )
            for i in data["items"]
        )
        out[data["id"]] = Catalog(
            id=data["id"],
            title_ja=data["title"]["ja"],
            title_en=data["title"]["en"],
            source=data["source"],
            kinds=tuple(applies["kinds"]),
            structure_types=tuple(applies["structure_types"]),
            default_for_kinds=tuple(applies.get("default_for_kinds") or ()),
            items=items,
            conditions=_conditions(path.name, data.get("conditions") or []),
        )
    return out


def _conditions(name: str, listed: list[str]) -> tuple[str, ...]:
    unknown = [c for c in listed if c not in CONDITIONS]
    if unknown:
        raise ValueError(f"{name}: unknown conditions {unknown} (known: {', '.join(CONDITIONS)})")
    return tuple(listed)


@lru_cache
def rollup_rules() -> dict[str, list[dict[str, Any]]]:
    return dict(_load("rollup")["classes"])


@lru_cache
def cycle_rules() -> dict[str, dict[str, Any]]:
    return dict(_load("cycles")["types"])


@lru_cache
def covering_types() -> tuple[str, ...]:
    """Inspection types that must grade (or say why not) every span the catalogue requires."""
    return tuple(_load("coverage")["covering_types"])


@lru_cache
def not_inspected_reasons() -> dict[str, dict[str, str]]:
    """Why a span was left ungraded: code → {ja, en}."""
    return {
        r["code"]: {"ja": r["ja"], "en": r["en"]}
        for r in _load("coverage")["not_inspected_reasons"]
    }


@lru_cache
def measurement_types() -> dict[str, dict[str, Any]]:
    return _load("measurements")


def catalog_for(kind: str, structure_type: str | None) -> Catalog | None:
    """The catalog of a facility: the one naming its kind and structure type, else the
    default for its kind."""
    for catalog in catalogs().values():
        if kind in catalog.kinds and structure_type in catalog.structure_types:
            return catalog
    for catalog in catalogs().values():
        if kind in catalog.default_for_kinds:
            return catalog
    return None

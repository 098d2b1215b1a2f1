"""What people read for the codes of inspections: inspection types, statuses, items and
reasons in Japanese and English (``lang`` ja or en; both as ``ja / en`` when not given).
Registry codes (facility kinds, component types) are labelled by ``assets.codelists.label``."""

from __future__ import annotations

from functools import lru_cache

from inspections.catalog import catalogs, not_inspected_reasons

INSPECTION_TYPES = {
    "initial": ("初回点検", "initial inspection"),
    "routine": ("日常点検", "routine inspection"),
    "general_periodic": ("一般定期点検診断", "general periodic inspection"),
    "detailed_periodic": ("詳細定期点検診断", "detailed periodic inspection"),
    "extraordinary": ("臨時点検診断", "extraordinary inspection"),
}
GRADES = {
    "a": ("性能が相当低下", "performance markedly reduced"),
    "b": ("性能が低下", "performance reduced"),
    "c": ("変状はあるが性能の低下はない", "defect, performance not yet reduced"),
    "d": ("変状なし", "sound"),
    "A": ("性能が相当低下している", "performance markedly reduced"),
    "B": ("性能が低下している", "performance reduced"),
    "C": ("変状はあるが性能の低下がない", "defects, performance not reduced"),
    "D": ("変状がない", "no defect"),
}
STATUSES = {
    "draft": ("下書き", "draft"),
    "submitted": ("提出済", "submitted"),
    "approved": ("承認済", "approved"),
}


def _pick(names: tuple[str, str] | None, code: str, lang: str | None) -> str:
    if names is None:
        return code
    ja, en = names
    return ja if lang == "ja" else en if lang == "en" else f"{ja} / {en}"


def inspection_type_label(code: str, lang: str | None = None) -> str:
    return _pick(INSPECTION_TYPES.get(code), code, lang)


def grade_names() -> dict[str, dict[str, str]]:
    """Deterioration grades a–d (members) and performance grades A–D (facilities)."""
    return {g: {"ja": ja, "en": en} for g, (ja, en) in GRADES.items()}


def status_label(code: str, lang: str | None = None) -> str:
    return _pick(STATUSES.get(code), code, lang)


@lru_cache
def _items() -> dict[str, tuple[str, str]]:
    return {i.code: (i.name_ja, i.name_en) for c in catalogs().values() for i in c.items}


def item_label(code: str, lang: str | None = None) -> str:
    return _pick(_items().get(code), code, lang)


def reason_label(code: str, lang: str | None = None) -> str:
    names = not_inspected_reasons().get(code)
    return _pick((names["ja"], names["en"]) if names else None, code, lang)

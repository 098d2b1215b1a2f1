"""IANA time zones of places: which zones exist, and the likely zone of a point in a country.

The zone table (``zone.tab`` of the IANA database, shipped by the ``tzdata`` package) gives
each zone's country and principal location; a port's zone is its country's only zone, or the
one whose principal location is nearest (Australia, the United States, …). A guess: the
registry stores the zone, and a user can set another.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


@lru_cache
def _known() -> frozenset[str]:
    return frozenset(available_timezones())


def is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows (``Asia/Tokyo``; not ``JST``)."""
    if name not in _known():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _coordinate(text: str, degree_digits: int) -> float:
    sign = -1.0 if text[0] == "-" else 1.0
    digits = text[1:]
    degrees = int(digits[:degree_digits])
    minutes = int(digits[degree_digits : degree_digits + 2])
    seconds = int(digits[degree_digits + 2 :] or 0)
    return sign * (degrees + minutes / 60 + seconds / 3600)


@lru_cache
def zones_by_country() -> dict[str, list[tuple[str, float, float]]]:
    """Country code → [(zone, lon, lat)] from zone.tab."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    out: dict[str, list[tuple[str, float, float]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        country, place, zone = line.split("\t")[:3]
        match = re.fullmatch(r"([+-]\d{4,6})([+-]\d{5,7})", place)
        if match is None:
            continue
        lat = _coordinate(match[1], 2)
        lon = _coordinate(match[2], 3)
        out.setdefault(country.upper(), []).append((zone, lon, lat))
    return out


@lru_cache
def _one_clock(zones: tuple[str, ...]) -> bool:
    """Whether the zones keep the same clock (offsets in January and July of two years)."""
    instants = [datetime(y, m, 15, 12, tzinfo=UTC) for y in (2024, 2025) for m in (1, 7)]
    offsets = {tuple(t.astimezone(ZoneInfo(z)).utcoffset() for t in instants) for z in zones}
    return len(offsets) == 1


def zone_for(country: str, lon: float | None = None, lat: float | None = None) -> str | None:
    """The IANA zone of a place in ``country`` (ISO 3166 alpha-2): the country's zone, or the
    one nearest to (lon, lat) when it has several; None for an unknown country, or a country
    of several zones and no position."""
    zones = zones_by_country().get(country.upper(), [])
    if not zones:
        return None
    if len(zones) == 1 or _one_clock(tuple(z for z, _, _ in zones)):
        return zones[0][0]  # Germany's Europe/Busingen keeps Berlin's clock
    if lon is None or lat is None:
        return None

    def distance(zone: tuple[str, float, float]) -> float:
        _, zlon, zlat = zone
        x = math.radians(zlon - lon) * math.cos(math.radians((zlat + lat) / 2))
        return math.hypot(x, math.radians(zlat - lat))

    return min(zones, key=distance)[0]


def aware(value: datetime, zone: str) -> datetime:
    """``value`` with its offset: a time without one is read as local time in ``zone``."""
    return value if value.tzinfo is not None else value.replace(tzinfo=ZoneInfo(zone))


def local(value: datetime | None, zone: str) -> datetime | None:
    """``value`` as the local time of ``zone``, with its offset (None stays None)."""
    return None if value is None else value.astimezone(ZoneInfo(zone))

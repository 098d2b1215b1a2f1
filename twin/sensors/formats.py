"""Time-series file formats: NOOS text (MATROOS/Deltares), Rijkswaterstaat DIA, and the CSV
and JSON bodies of the bulk API. Each parser yields (time, value, quality) in SI units of the
file (metres for NOOS; DIA keeps its own unit, reported by :func:`read_dia`)."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

Reading = tuple[datetime, float, int]


class FormatError(ValueError):
    """A time series that cannot be read; the message names the line and the reason."""


def _utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)  # C-fast; accepts "Z" since Python 3.11
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


EARLIEST, LATEST = 1800, 2200  # years a reading can carry


def _reading(when: datetime, value: float, quality: int) -> Reading:
    """A checked reading: a finite value, a quality code 0–999 and a plausible year."""
    if not math.isfinite(value):
        raise ValueError(f"the value {value} is not a finite number")
    if not 0 <= quality <= 999:
        raise ValueError(f"the quality code {quality} is not 0–999")
    if not EARLIEST <= when.year <= LATEST:
        raise ValueError(f"the year {when.year} is outside {EARLIEST}–{LATEST}")
    return when, value, quality


def read_noos(path: Path) -> list[Reading]:
    """``YYYYMMDDhhmm value`` lines after ``#`` comments; times are GMT."""
    out = []
    for number, line in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1
    ):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        try:
            when = datetime.strptime(parts[0], "%Y%m%d%H%M").replace(tzinfo=UTC)
            out.append((when, float(parts[1]), 0))
        except (ValueError, IndexError) as exc:
            raise FormatError(
                f"{path.name}, line {number}: not 'YYYYMMDDhhmm value' ({exc})"
            ) from exc
    if not out:
        raise FormatError(f"{path.name}: no readings")
    return out


@dataclass
class DiaSeries:
    location: str
    parameter: str
    unit: str
    datum: str
    readings: list[Reading]


def read_dia(path: Path) -> DiaSeries:
    """Rijkswaterstaat DIA: header blocks, ``TYD`` start/end/step, then ``[WRD]`` values as
    ``value/quality:`` (quality 0 = valid, 25 = suspect, 99 = missing)."""
    text = path.read_text(encoding="latin-1")
    header, _, values = text.partition("[WRD]")
    fields = {
        line.split(";")[0]: line.split(";")[1:] for line in header.splitlines() if ";" in line
    }
    try:
        tyd = fields["TYD"]
        start = datetime.strptime(tyd[0] + tyd[1], "%Y%m%d%H%M").replace(tzinfo=UTC)
        step = timedelta(minutes=int(tyd[4]))
    except (KeyError, IndexError, ValueError) as exc:
        raise FormatError(f"{path.name}: no readable TYD line (start, end, step)") from exc
    readings = []
    for i, token in enumerate(t for t in re.split(r"[:\s]+", values) if t):
        try:
            value, quality = token.split("/")
            readings.append((start + i * step, float(value), int(quality)))
        except ValueError as exc:
            raise FormatError(
                f"{path.name}: value {i + 1} '{token}' is not 'value/quality'"
            ) from exc
    return DiaSeries(
        location=(fields.get("LOC") or ["?"])[0],
        parameter=(fields.get("PAR") or ["?"])[0],
        unit=(fields.get("EHD") or ["", "?"])[1],
        datum=(fields.get("HDH") or ["?"])[0],
        readings=readings,
    )


def parse_json(body: bytes) -> Iterator[Reading]:
    """``[{"t": "2026-05-01T00:00:00Z", "v": 1.2, "q": 0}, …]``"""
    try:
        items: Any = json.loads(body)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not JSON: {exc}") from exc
    if not isinstance(items, list):
        raise FormatError("the body must be a JSON array of readings")
    for i, item in enumerate(items):
        try:
            yield _reading(_utc(str(item["t"])), float(item["v"]), int(item.get("q", 0)))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise FormatError(f"reading {i}: needs t (ISO time) and v (number): {exc}") from exc


def parse_csv(body: bytes) -> Iterator[Reading]:
    """A header ``t,v[,q]`` then one reading per line."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"the CSV is not UTF-8 text ({exc})") from None
    if "\x00" in text:
        raise FormatError("the CSV contains a NUL character")
    reader = csv.DictReader(io.StringIO(text))
    try:
        if not reader.fieldnames or not {"t", "v"} <= set(reader.fieldnames):
            raise FormatError("the CSV needs a header with the columns t and v (and optionally q)")
        for line, row in enumerate(reader, start=2):
            try:
                yield _reading(_utc(row["t"] or ""), float(row["v"] or ""), int(row.get("q") or 0))
            except (TypeError, ValueError, OverflowError) as exc:
                raise FormatError(f"line {line}: {exc}") from exc
    except csv.Error as exc:
        raise FormatError(f"not readable CSV: {exc}") from None

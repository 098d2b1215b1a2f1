"""The CSV and JSON bodies of the bulk readings API, each parsed into (time, value, quality);
files from the field (NOOS, DIA, JMA) are read by :mod:`twin.sensors.series_files`."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from datetime import UTC, datetime
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

"""Time-series files from the field: NOOS text (MATROOS/Deltares), Rijkswaterstaat DIA and the
Japan Meteorological Agency's tide tables and tide-gauge records.

Each reader returns a :class:`Series`: readings with their time (with its offset: NOOS is
GMT, DIA is MET = UTC+1, JMA is JST = UTC+9), the value in the file's own unit, and the
file's quality code; the unit and datum the file declares; and what was left out and why.
A file whose header disagrees with its values (a DIA series whose count does not fit its
begin, end and step, so every later value would sit at the wrong time) is refused, naming
the file and the numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from twin.sensors.formats import FormatError, Reading

MET = timezone(timedelta(hours=1), "MET")  # Rijkswaterstaat's DIA times
JST = timezone(timedelta(hours=9), "JST")  # the JMA's times
MAX_BYTES = 200 << 20
DIA_MISSING = {-999999999.0, 999999999.0}
DIA_QUALITY_MISSING = 99


@dataclass
class Series:
    readings: list[Reading]
    unit: str  # of the values as read: m, cm, …
    datum: str | None = None  # the height datum the file names (NAP, …)
    station: str | None = None
    parameter: str | None = None
    notes: list[str] = field(default_factory=list)
    extremes: list[tuple[datetime, float, str]] = field(default_factory=list)  # (t, v, H|L)


def _text(path: Path, encoding: str) -> str:
    if path.stat().st_size > MAX_BYTES:
        raise FormatError(f"{path.name}: larger than {MAX_BYTES >> 20} MB")
    data = path.read_bytes()
    if b"\x00" in data:
        raise FormatError(f"{path.name}: binary content, not a text time series")
    return data.decode(encoding, errors="replace")


def read_noos(path: Path) -> Series:
    """``YYYYMMDDhhmm value`` lines after ``#`` comments; times GMT, values in metres."""
    out = []
    for number, line in enumerate(_text(path, "utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        try:
            when = datetime.strptime(parts[0], "%Y%m%d%H%M").replace(tzinfo=UTC)
            value = float(parts[1])
            if not math.isfinite(value):
                raise ValueError(f"{parts[1]} is not a finite number")
            out.append((when, value, 0))
        except (ValueError, IndexError) as exc:
            raise FormatError(
                f"{path.name}, line {number}: not 'YYYYMMDDhhmm value' ({exc})"
            ) from exc
    if not out:
        raise FormatError(f"{path.name}: no readings")
    return Series(out, unit="m")


def _dia_time(day: str, clock: str) -> datetime:
    return datetime.strptime(day + clock, "%Y%m%d%H%M").replace(tzinfo=MET)


def read_dia(path: Path) -> Series:
    """Rijkswaterstaat DIA: header blocks (unit in ``EHD``, datum in ``HDH``), ``TYD``
    begin, end and step, then ``[WRD]`` values as ``value/quality:`` (quality 0 valid,
    25 suspect, 99 missing). Times are MET (UTC+1). The values must fill the header's
    period exactly; a missing value keeps its place (quality 99) and is left out."""
    text = _text(path, "latin-1")
    blocks = text.count("[WRD]")
    if blocks != 1:
        raise FormatError(
            f"{path.name}: {blocks} value blocks ([WRD]); import a file of one series"
        )
    header, _, values = text.partition("[WRD]")
    fields = {
        line.split(";")[0].strip(): line.split(";")[1:]
        for line in header.splitlines()
        if ";" in line
    }
    try:
        tyd = fields["TYD"]
        start, end = _dia_time(tyd[0], tyd[1]), _dia_time(tyd[2], tyd[3])
        if tyd[5].strip().lower() != "min":
            raise ValueError(f"step unit {tyd[5]!r}")
        step = timedelta(minutes=int(tyd[4]))
        if step <= timedelta(0) or end < start:
            raise ValueError("the period or step is not positive")
    except (KeyError, IndexError, ValueError) as exc:
        raise FormatError(
            f"{path.name}: no readable TYD line (begin date;time;end date;time;step;min): {exc}"
        ) from None
    tokens = [t for t in re.split(r"[:\s]+", values) if t]
    expected = (end - start) // step + 1
    if len(tokens) != expected:
        what = "a value is missing" if len(tokens) < expected else "values are extra"
        raise FormatError(
            f"{path.name}: the header's period {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} "
            f"(MET) every {int(step.total_seconds() // 60)} min holds {expected} values, the "
            f"file {len(tokens)}: {what}"
            " and every later value would be misplaced; fix the file or its TYD line"
        )
    readings: list[Reading] = []
    missing = flagged = 0
    for i, token in enumerate(tokens):
        try:
            raw, quality_text = token.split("/")
            value, quality = float(raw), int(quality_text)
        except ValueError:
            raise FormatError(
                f"{path.name}: value {i + 1} '{token}' is not 'value/quality'"
            ) from None
        if quality == DIA_QUALITY_MISSING or value in DIA_MISSING or not math.isfinite(value):
            missing += 1
            continue
        if not 0 <= quality <= 999:
            raise FormatError(f"{path.name}: value {i + 1} has quality {quality}, not 0–999")
        flagged += quality != 0
        readings.append((start + i * step, value, quality))
    unit = (fields.get("EHD") or ["", ""])[1].strip() if len(fields.get("EHD") or []) > 1 else ""
    if not unit:
        raise FormatError(f"{path.name}: no unit (EHD line); the values cannot be scaled")
    notes = [f"{len(tokens)} values at {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} MET"]
    if missing:
        notes.append(f"{missing} marked missing (quality 99) left out; the others keep their times")
    if flagged:
        notes.append(f"{flagged} carry a quality flag (e.g. 25 = suspect), kept with the value")
    return Series(
        readings,
        unit=unit,
        datum=(fields.get("HDH") or [""])[0] or None,
        station=(fields.get("LOC") or [""])[0] or None,
        parameter=(fields.get("PAR") or [""])[0] or None,
        notes=notes,
    )


def _jma_date(text: str) -> date:
    yy, mm, dd = (int(text[i : i + 2]) for i in (0, 2, 4))
    return date(2000 + yy if yy < 70 else 1900 + yy, mm, dd)


def _jma_turns(day: date, text: str, kind: str) -> list[tuple[datetime, float, str]]:
    """Up to four (time, height) slots of 7 characters: ``hhmm`` and the height in cm;
    ``9999999`` or blanks for none."""
    out = []
    for k in range(4):
        slot = text[k * 7 : k * 7 + 7]
        if len(slot) < 7 or not slot.strip() or slot == "9999999":
            continue
        hh, mm, cm = int(slot[0:2]), int(slot[2:4]), int(slot[4:7])
        when = datetime(day.year, day.month, day.day, hh, mm, tzinfo=JST)
        out.append((when, cm / 100, kind))
    return out


def read_jma(path: Path) -> Series:
    """A JMA tide table (潮位表, predicted) or tide-gauge record (潮汐観測資料, observed):
    one line a day, columns 1–72 the 24 hourly heights (3 characters each, cm), 73–78 the
    date (YYMMDD), 79–80 the station code, then four high-water and four low-water slots of
    time (hhmm) and height. Times are JST; heights are over the station's datum (潮位表
    基準面 for tables, the gauge's observation datum for records); read in metres."""
    readings: list[Reading] = []
    extremes: list[tuple[datetime, float, str]] = []
    stations: set[str] = set()
    days: set[date] = set()
    for number, line in enumerate(_text(path, "ascii").splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) < 80:
            raise FormatError(
                f"{path.name}, line {number}: {len(line)} characters; a JMA line has the 24 "
                "hourly heights, the date and the station code in its first 80"
            )
        try:
            day = _jma_date(line[72:78].replace(" ", "0"))
            hours = [line[h * 3 : h * 3 + 3] for h in range(24)]
            values = [(h, int(v)) for h, v in enumerate(hours) if v.strip()]
            turns = _jma_turns(day, line[80:108], "H") + _jma_turns(day, line[108:136], "L")
        except ValueError as exc:
            raise FormatError(
                f"{path.name}, line {number}: not a JMA tide line (heights, YYMMDD, code): {exc}"
            ) from None
        if day in days:
            raise FormatError(f"{path.name}, line {number}: {day} appears twice")
        days.add(day)
        stations.add(line[78:80])
        for hour, cm in values:
            when = datetime(day.year, day.month, day.day, hour, tzinfo=JST)
            readings.append((when, cm / 100, 0))
        extremes += turns
    if not readings:
        raise FormatError(f"{path.name}: no readings")
    if len(stations) != 1:
        raise FormatError(f"{path.name}: lines of several stations ({', '.join(sorted(stations))})")
    readings.sort()
    extremes.sort()
    first, last = min(days), max(days)
    notes = [f"{len(days)} days {first} to {last} (JST) at station {next(iter(stations))}"]
    gaps = (last - first).days + 1 - len(days)
    if gaps:
        notes.append(f"{gaps} days of the period have no line (no values invented for them)")
    return Series(readings, unit="m", station=next(iter(stations)), notes=notes, extremes=extremes)


READERS: dict[str, Callable[[Path], Series]] = {"noos": read_noos, "dia": read_dia, "jma": read_jma}
LENGTH_UNITS = {"mm": 0.001, "cm": 0.01, "dm": 0.1, "m": 1.0}


def read_series(path: Path, fmt: str) -> Series:
    """The file as ``fmt`` (noos, dia, jma); FormatError for any other format."""
    reader = READERS.get(fmt)
    if reader is None:
        raise FormatError(f"unknown format '{fmt}': use one of {', '.join(READERS)}")
    return reader(path)


def scale_between(unit: str, target: str) -> float:
    """The factor from values in ``unit`` to ``target`` (cm → m: 0.01); FormatError when
    they are not both lengths or the same unit."""
    a, b = unit.strip().lower(), target.strip().lower()
    if a == b:
        return 1.0
    if a in LENGTH_UNITS and b in LENGTH_UNITS:
        return LENGTH_UNITS[a] / LENGTH_UNITS[b]
    raise FormatError(
        f"the file's values are in '{unit}' and the datastream's in '{target}': give --scale"
    )

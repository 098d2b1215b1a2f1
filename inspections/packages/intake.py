"""Taking a filled field package back in.

The zip holds ``package.json``, the filled ``form.xlsx`` (or ``findings.csv`` with the same
columns, or ``facilities.gpkg`` with its ``findings`` and ``inspections`` layers edited in
QField or QGIS) and photos in ``photos/`` (or ``DCIM/``, where QField's camera puts them).
Every row is checked first and every problem is reported by sheet (or layer), row (or
feature), column and reason; nothing is written if any row is invalid unless the inspector
asked to keep the valid rows. Asked to submit, an inspection of a covering type must grade
(or say why not) every span: the rows left empty are reported, unless the inspector submits
it as partial. Uploading the same package again adds nothing: the package id and each row's
key identify what was already taken in.
"""

from __future__ import annotations

import csv
import json
import math
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
from pydantic import ValidationError
from pyproj import Geod
from shapely.geometry.base import BaseGeometry
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.models import Facility, Port
from geodata.archive import ArchiveError, safe_extract
from geodata.errors import ReadError
from geodata.readers import read_tables
from geodata.sheets import read_xlsx_sheets
from geodata.sniff import require_format
from geodata.timezones import aware
from inspections.attachments import add_attachment, attachment_warnings, describe
from inspections.catalog import GRADES, Catalog, catalog_for, covering_types, measurement_types
from inspections.coverage import Coverage, coverage_of, live_components, required_units
from inspections.findings import check_finding
from inspections.models import Inspection
from inspections.packages.form import (
    FIRST_ROW,
    INSPECTION_SHEET,
    SHEET,
    cell_day,
    cell_moment,
    reason_choices,
    reason_code,
)
from inspections.packages.qfield import FINDINGS, GPKG, INSPECTIONS, SEED
from inspections.records import (
    add_findings,
    create_inspection,
    draft_coverage,
    submit_inspection,
    update_inspection,
)
from inspections.schemas import Conditions, FindingIn, InspectionCreate, InspectionUpdate
from kernel.auth.service import Principal
from kernel.errors import Forbidden, Invalid
from kernel.files import FileStore, file_store
from kernel.jobs import Job, JobProgress, create_job, job_handler
from kernel.lookup import readable

MAX_ROWS = 20_000
MAX_PHOTOS = 500
MOVED_M = 1.0  # a finding's point moved further than this is where the defect was seen
GEOD = Geod(ellps="WGS84")


@dataclass
class Problem:
    sheet: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.sheet.startswith(f"{GPKG}:"):  # a layer of the GeoPackage, edited in a GIS
            return (
                f"{GPKG} layer {self.sheet.split(':', 1)[1]}, feature {self.row}, "
                f"field {self.column}: {self.reason}"
            )
        return f"sheet {self.sheet}, row {self.row}, column {self.column}: {self.reason}"


@dataclass
class PackageReport:
    package_id: str
    rows_read: int = 0
    findings: int = 0
    not_inspected: int = 0
    photos: int = 0
    inspections: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: bool = False

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["problems"] = [p.__dict__ | {"message": str(p)} for p in self.problems]
        return out


class PackageRefused(Invalid):
    def __init__(self, report: PackageReport) -> None:
        super().__init__(
            f"{len(report.problems)} problem(s) in the package, nothing was "
            f"written; first: {report.problems[0]}",
            field="file",
            report=report.as_dict(),
        )
        self.report = report


@dataclass
class PackageFacility:
    facility: Facility
    zone: str
    catalog: Catalog | None
    head: dict[str, Any] = field(default_factory=dict)  # from the inspection sheet
    head_row: int | None = None


def queue_package(
    session: Session,
    who: Principal,
    path: Path,
    *,
    name: str,
    keep_valid: bool,
    submit: bool,
    partial: bool = False,
) -> Job:
    """Store a large package and queue its intake; the job's result is the report."""
    if not who.may("inspection.write"):
        raise Forbidden(f"role '{who.role}' may not inspection write here")
    params = {
        "sha256": file_store().put_file(path),
        "name": name,
        "keep_valid": keep_valid,
        "submit": submit,
        "partial": partial,
    }
    return create_job(session, who, "field-package", None, params)


@job_handler("field-package")
def package_job(
    session: Session, who: Principal, job: Job, progress: JobProgress
) -> dict[str, Any]:
    """The background part of a queued package upload: the same intake."""
    p = job.params
    store = file_store()
    report = import_package(
        session,
        who,
        store,
        store.existing_path(p["sha256"], what=f"the upload {p['name']}"),
        name=p["name"],
        keep_valid=p["keep_valid"],
        submit=p["submit"],
        partial=p.get("partial", False),
        progress=progress,
    )
    return report.as_dict()


def import_package(
    session: Session,
    who: Principal,
    store: FileStore,
    archive: Path,
    *,
    name: str | None = None,
    keep_valid: bool = False,
    submit: bool = False,
    partial: bool = False,
    progress: JobProgress | None = None,
) -> PackageReport:
    """Take in a filled package (a zip, called ``name`` by the user); see the module
    docstring. ``progress`` hears the stages (reading, checking rows, writing)."""
    name = name or archive.name
    progress = progress or JobProgress(None, uuid.UUID(int=0))
    progress.start("reading", None)
    try:
        require_format(archive, ("ZIP",), name=name)
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None
    with tempfile.TemporaryDirectory(prefix="porttwin-package-") as tmp:
        folder = Path(tmp)
        try:
            safe_extract(archive, folder, max_members=MAX_PHOTOS + 20, name=name)
        except ArchiveError as exc:
            raise Invalid(str(exc), field="file") from None
        roots = [p.parent for p in folder.rglob("package.json")]
        if len(roots) != 1:
            raise Invalid(
                f"{name}: the zip must hold exactly one package.json (export a package first)",
                field="file",
            )
        root = roots[0]
        manifest = _manifest(root, name)
        report = PackageReport(package_id=str(manifest["package_id"]))
        form = _read_form(root, name)
        sheet, rows = form.sheet, form.rows
        if len(rows) > MAX_ROWS:
            raise Invalid(f"{len(rows)} rows; at most {MAX_ROWS}", field="file")
        photos = _photos(root)
        if len(photos) > MAX_PHOTOS:
            raise Invalid(f"{len(photos)} photos; at most {MAX_PHOTOS}", field="file")
        facilities = _package_facilities(session, who, manifest)
        _read_heads(form.heads, form.head_sheet, facilities, report)
        progress.start("checking", len(rows))
        accepted = _check_rows(session, manifest, sheet, rows, photos, facilities, report, progress)
        held = (
            _check_complete(manifest, form, facilities, accepted, report, session, partial)
            if submit
            else set()
        )
        if report.problems and not keep_valid:
            raise PackageRefused(report)
        progress.start("writing", len(accepted))
        _write(
            session,
            who,
            store,
            manifest,
            accepted,
            photos,
            facilities,
            report,
            submit,
            partial,
            held,
            progress,
        )
        report.written = True
        return report


@dataclass
class Form:
    """What the inspector filled in: finding rows and inspection rows, each a dict by column
    key with its row number (or feature id) under ``_row``, and where they came from."""

    sheet: str
    rows: list[dict[str, Any]]
    heads: list[dict[str, Any]]
    head_sheet: str

    @property
    def filled(self) -> bool:
        return any(_text(r.get("grade")) or _text(r.get("not_inspected")) for r in self.rows)


def _read_form(folder: Path, archive: str) -> Form:
    """The filled form: ``form.xlsx`` (or ``findings.csv``), or the GeoPackage's layers as
    edited in QField or QGIS, whichever has grades or reasons; both filled is refused, so
    no input is silently dropped."""
    forms = [
        form
        for form in (
            _xlsx_form(folder, archive),
            _csv_form(folder, archive),
            _gpkg_form(folder, archive),
        )
        if form is not None
    ]
    if not forms:
        raise Invalid(
            f"{archive}: the package has neither form.xlsx, findings.csv nor {GPKG}", field="file"
        )
    filled = [form for form in forms if form.filled]
    if len(filled) > 1:
        raise Invalid(
            f"{archive}: findings are filled in both {filled[0].sheet} and {filled[1].sheet}; "
            "fill in one of them (the form or the GeoPackage) and upload again",
            field="file",
        )
    return filled[0] if filled else forms[0]


def _xlsx_form(folder: Path, archive: str) -> Form | None:
    xlsx = folder / "form.xlsx"
    if not xlsx.exists():
        return None
    try:
        sheets = read_xlsx_sheets(
            xlsx, (SHEET,), optional=(INSPECTION_SHEET,), name=f"{archive}/form.xlsx"
        )
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None
    if not sheets[SHEET]:
        raise Invalid(f"{archive}/form.xlsx: the sheet '{SHEET}' is empty", field="file")
    heads = _keyed(sheets.get(INSPECTION_SHEET) or [])
    return Form(SHEET, _keyed(sheets[SHEET]), heads, INSPECTION_SHEET)


def _csv_form(folder: Path, archive: str) -> Form | None:
    csv_path = folder / "findings.csv"
    if not csv_path.exists():
        return None
    try:
        with csv_path.open(encoding="utf-8-sig", newline="") as fh:
            rows = [dict(r) | {"_row": i} for i, r in enumerate(csv.DictReader(fh), start=2)]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise Invalid(f"{archive}/findings.csv: not UTF-8 CSV text ({exc})", field="file") from None
    return Form("findings.csv", rows, [], INSPECTION_SHEET)


def _gpkg_form(folder: Path, archive: str) -> Form | None:
    """The ``findings`` and ``inspections`` layers of the package's GeoPackage; a finding
    whose point was moved more than a metre carries the new place as its location."""
    path = folder / GPKG
    if not path.exists():
        return None
    try:
        tables = read_tables(path, (FINDINGS, INSPECTIONS), name=f"{archive}/{GPKG}")
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None
    found, heads = tables[FINDINGS], tables[INSPECTIONS]
    if found is None:  # a package made before the GeoPackage had the form's layers
        return None
    rows = []
    for fid, record in _records(found):
        row = record | {"_row": fid}
        point = row.pop("geometry", None)
        seed = (row.pop(SEED[0], None), row.pop(SEED[1], None))
        if point is not None and not point.is_empty and None not in seed:
            _, _, moved = GEOD.inv(seed[0], seed[1], point.x, point.y)
            if moved > MOVED_M:
                row["_location"] = {"type": "Point", "coordinates": [point.x, point.y]}
        rows.append(row)
    head_rows = [r | {"_row": fid} for fid, r in _records(heads)] if heads is not None else []
    return Form(f"{GPKG}:{FINDINGS}", rows, head_rows, f"{GPKG}:{INSPECTIONS}")


def _records(frame: Any) -> list[tuple[int, dict[str, Any]]]:
    """(feature id, values) of each row, a missing value as None."""
    out = []
    for fid, values in frame.iterrows():
        out.append(
            (
                int(fid),
                {
                    str(k): (None if not isinstance(v, BaseGeometry) and pd.isna(v) else v)
                    for k, v in values.items()
                },
            )
        )
    return out


def _photos(root: Path) -> dict[str, Path]:
    """The package's photos by file name: those put in ``photos/``, and those QField's camera
    stored under ``DCIM/`` (at any depth)."""
    found: dict[str, Path] = {}
    for folder in ("photos", "DCIM"):
        if (root / folder).is_dir():
            found |= {p.name: p for p in (root / folder).rglob("*") if p.is_file()}
    found.pop(".keep", None)
    return found


def _keyed(values: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    if not values:
        return []
    header = [str(v) if v is not None else "" for v in values[0]]
    return [
        dict(zip(header, r, strict=False)) | {"_row": i}
        for i, r in enumerate(values[FIRST_ROW - 1 :], start=FIRST_ROW)
    ]


def _manifest(root: Path, archive: str) -> dict[str, Any]:
    """package.json, checked: an object with the package id and its facilities' ids."""
    where = f"{archive}/package.json"
    try:
        manifest = json.loads((root / "package.json").read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Invalid(f"{where}: not JSON ({exc})", field="file") from None
    if not isinstance(manifest, dict):
        raise Invalid(f"{where}: must be a JSON object, as exported", field="file")
    try:
        uuid.UUID(str(manifest.get("package_id")))
    except ValueError:
        raise Invalid(f"{where}: package_id is missing or not an id", field="file") from None
    facilities = manifest.get("facilities")
    if not isinstance(facilities, list) or not facilities:
        raise Invalid(f"{where}: facilities must be a non-empty list", field="file")
    measurements = manifest.get("measurements", [])
    if not isinstance(measurements, list) or not all(isinstance(m, str) for m in measurements):
        raise Invalid(f"{where}: measurements must be a list of codes", field="file")
    if not isinstance(manifest.get("inspection_type", ""), str):
        raise Invalid(f"{where}: inspection_type must be text", field="file")
    for item in facilities:
        try:
            uuid.UUID(str(item["id"]))
        except (TypeError, KeyError, ValueError):
            raise Invalid(f"{where}: each facility needs its id", field="file") from None
    return manifest


def _package_facilities(
    session: Session, who: Principal, manifest: dict[str, Any]
) -> dict[uuid.UUID, PackageFacility]:
    """Each facility of the package with its port's zone and its catalog, once the caller
    may write inspections there (404 for a facility gone or out of scope)."""
    out: dict[uuid.UUID, PackageFacility] = {}
    for entry in manifest["facilities"]:
        package_fid = uuid.UUID(str(entry["id"]))
        facility = readable(
            session, who, Facility, package_fid, what=f"facility {package_fid} of the package"
        )
        who.require("inspection.write", facility.port_id, "facility")
        port = session.get(Port, facility.port_id)
        assert port is not None
        catalog = catalog_for(facility.kind, facility.structure_type)
        out[package_fid] = PackageFacility(facility, port.time_zone, catalog)
    return out


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _both(ja: str, en: str) -> str:
    return f"{ja} / {en}"


def _read_heads(
    heads: list[dict[str, Any]],
    sheet: str,
    facilities: dict[uuid.UUID, PackageFacility],
    report: PackageReport,
) -> None:
    """Who inspected, when, and the day's conditions, from the inspection sheet."""
    for row in heads:
        n = row["_row"]

        def problem(column: str, reason: str, n: int = n) -> None:
            report.problems.append(Problem(sheet, n, column, reason))

        try:
            fid = uuid.UUID(_text(row.get("facility_id")))
        except ValueError:
            problem("facility_id", _both("施設IDが読めません", "not a facility id"))
            continue
        if fid not in facilities:
            problem(
                "facility_id",
                _both("このパッケージの施設ではありません", "not a facility of this package"),
            )
            continue
        head: dict[str, Any] = {}
        for key in ("started_on", "ended_on"):
            try:
                head[key] = cell_day(row.get(key))
            except ValueError:
                problem(
                    key,
                    _both(
                        "日付 (YYYY-MM-DD) ではありません",
                        f"'{row.get(key)}' is not a date (YYYY-MM-DD)",
                    ),
                )
        if (
            head.get("started_on")
            and head.get("ended_on")
            and head["ended_on"] < head["started_on"]
        ):
            problem("ended_on", _both("終了日が開始日より前です", "ended before it started"))
        names = _text(row.get("inspectors")).replace("、", ",").replace("，", ",")
        head["inspectors"] = [n.strip() for n in names.split(",") if n.strip()]
        head["organisation"] = _text(row.get("organisation")) or None
        head["remarks"] = _text(row.get("remarks")) or None
        conditions: dict[str, Any] = {
            "weather": _text(row.get("weather")) or None,
            "sea_state": _text(row.get("sea_state")) or None,
            "tide_datum": _text(row.get("tide_datum")) or None,
        }
        tide = _text(row.get("tide_level_m"))
        if tide:
            try:
                conditions["tide_level_m"] = float(tide)
                if (
                    not math.isfinite(conditions["tide_level_m"])
                    or abs(conditions["tide_level_m"]) > 20
                ):
                    raise ValueError
            except ValueError:
                problem(
                    "tide_level_m",
                    _both("潮位は ±20 m 以内の数値です", "the tide level is a number within ±20 m"),
                )
                conditions.pop("tide_level_m", None)
        head["conditions"] = conditions
        facilities[fid].head, facilities[fid].head_row = head, n


def _check_rows(
    session: Session,
    manifest: dict[str, Any],
    sheet: str,
    rows: list[dict[str, Any]],
    photos: dict[str, Path],
    facilities: dict[uuid.UUID, PackageFacility],
    report: PackageReport,
    progress: JobProgress,
) -> dict[uuid.UUID, list[tuple[FindingIn, list[str]]]]:
    """Valid rows by facility; every problem goes to the report. A row is filled in when it
    has a grade or a reason it was not inspected."""
    accepted: dict[uuid.UUID, list[tuple[FindingIn, list[str]]]] = {}
    seen: set[str] = set()
    for row in rows:
        progress.advance()
        if not (_text(row.get("grade")) or _text(row.get("not_inspected"))):
            continue  # not filled in
        report.rows_read += 1
        n = row["_row"]
        key = _text(row.get("row_key"))
        problems = (
            [("row_key", _both("同じ行キーが2回あります", "the same row key appears twice"))]
            if key in seen
            else []
        )
        seen.add(key)
        fid, fields, names = _read_row(row, manifest, photos, facilities, problems)
        if problems:
            report.problems += [Problem(sheet, n, column, reason) for column, reason in problems]
            continue
        assert fid is not None
        try:
            finding = FindingIn(**fields, external_key=key[:80])
            place = facilities[fid]
            if place.catalog is None:
                raise Invalid("this facility has no inspection catalog", field="item_code")
            check_finding(session, place.facility.port_id, fid, finding, place.catalog, f"row {n}")
        except (Invalid, ValidationError) as exc:
            report.problems.append(Problem(sheet, n, *_where(exc)))
            continue
        accepted.setdefault(fid, []).append((finding, names))
    return accepted


class _Cells:
    """The cells of one form row, read as what their column holds; each cell that cannot be
    read adds (column, reason in Japanese and English) to ``problems``."""

    def __init__(self, row: dict[str, Any], problems: list[tuple[str, str]]) -> None:
        self.row, self.problems = row, problems

    def problem(self, column: str, ja: str, en: str) -> None:
        self.problems.append((column, _both(ja, en)))

    def text(self, column: str) -> str:
        return _text(self.row.get(column))

    def number(self, column: str, low: float, high: float) -> float | None:
        raw = self.text(column)
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            self.problem(column, f"'{raw}' は数値ではありません", f"'{raw}' is not a number")
            return None
        if not math.isfinite(value) or not low <= value <= high:
            self.problem(
                column,
                f"{low:g}〜{high:g} の数値ではありません",
                f"not a number from {low:g} to {high:g}",
            )
            return None
        return value

    def uuid(self, column: str, ja: str, en: str) -> uuid.UUID | None:
        raw = self.text(column)
        try:
            return uuid.UUID(raw) if raw else None
        except ValueError:
            self.problem(column, f"'{raw}' は{ja}ではありません", f"'{raw}' is not {en}")
            return None

    def moment(self, zone: str) -> tuple[datetime | None, date | None]:
        """(observed_at with the port's offset, its local day); old forms give a day only."""
        column = "observed_at" if self.row.get("observed_at") is not None else "observed_on"
        try:
            moment = cell_moment(self.row.get("observed_at"))
            if moment is not None:
                seen = aware(moment, zone)
                return seen, seen.date()
            return None, cell_day(self.row.get("observed_on"))
        except ValueError:
            self.problem(
                column,
                "日時 (YYYY-MM-DD HH:MM) ではありません",
                f"'{self.row.get(column)}' is not a date and time (YYYY-MM-DD HH:MM)",
            )
            return None, None

    def grade_or_reason(self) -> tuple[str | None, str | None]:
        grade = self.text("grade").lower() or None
        if grade is not None and grade not in GRADES:
            raw = self.row.get("grade")
            self.problem(
                "grade",
                f"'{raw}' は判定 (a, b, c, d) ではありません",
                f"'{raw}' is not a grade (a, b, c, d)",
            )
        said = self.text("not_inspected")
        reason = reason_code(said) if said else None
        if said and reason is None:
            choices = f" ({'; '.join(reason_choices())})"
            self.problem(
                "not_inspected",
                f"'{said}' は未点検の理由にありません",
                f"'{said}' is not a reason{choices}",
            )
        if grade and reason:
            self.problem(
                "not_inspected",
                "判定と未点検の理由の両方があります。どちらか一方にしてください",
                "both a grade and a reason it was not inspected: give one",
            )
        return grade, reason

    def photos(self, stored: dict[str, Path]) -> list[str]:
        # a name, or a path relative to the package (QField stores DCIM/JPEG_….jpg)
        names = [
            PurePosixPath(p.strip().replace("\\", "/")).name
            for p in self.text("photos").split(",")
            if p.strip()
        ]
        for name in names:
            if name not in stored:
                self.problem(
                    "photos",
                    f"{name} が photos/ フォルダにありません",
                    f"{name} is not in the photos/ folder",
                )
                continue
            try:
                describe(name, stored[name])
            except Invalid as exc:
                self.problems.append(("photos", exc.message))
        return names


def _read_row(
    row: dict[str, Any],
    manifest: dict[str, Any],
    photos: dict[str, Path],
    facilities: dict[uuid.UUID, PackageFacility],
    problems: list[tuple[str, str]],
) -> tuple[uuid.UUID | None, dict[str, Any], list[str]]:
    """One form row as finding fields, its facility and photo names (see :class:`_Cells`)."""
    cells = _Cells(row, problems)
    fid = cells.uuid("facility_id", "施設ID", "a facility id")
    if fid not in facilities and (fid is not None or not cells.text("facility_id")):
        cells.problem(
            "facility_id", "このパッケージの施設ではありません", "not a facility of this package"
        )
    grade, reason = cells.grade_or_reason()
    types = measurement_types()
    values = {
        code: value
        for code in manifest.get("measurements", [])
        if code in types
        and (value := cells.number(code, types[code]["min"], types[code]["max"])) is not None
    }
    observed_at, observed_on = cells.moment(facilities[fid].zone if fid in facilities else "UTC")
    fields = {
        "item_code": cells.text("item_code"),
        "grade": grade,
        "not_inspected": reason,
        "component_id": cells.uuid("component_id", "部材ID", "a component id"),
        "component_type": cells.text("component_type") or None,
        "span": cells.text("span") or None,
        "measurements": values,
        "chainage_m": cells.number("chainage_m", 0, 1_000_000),
        "remarks": cells.text("remarks") or None,
        "observed_on": observed_on,
        "observed_at": observed_at,
        "location": row.get("_location"),
    }
    return fid, fields, cells.photos(photos)


def _where(exc: Invalid | ValidationError) -> tuple[str, str]:
    """(column, reason) of a refused finding: the column is the field the check named."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        column = str(first["loc"][0]) if first["loc"] else "row"
        return column, first["msg"]
    column = (exc.details.get("field") or "row").split(".")[-1]
    reason = exc.message.split(": ", 1)[-1] if exc.message.startswith("row ") else exc.message
    return column, reason


def _check_complete(
    manifest: dict[str, Any],
    form: Form,
    facilities: dict[uuid.UUID, PackageFacility],
    accepted: dict[uuid.UUID, list[tuple[FindingIn, list[str]]]],
    report: PackageReport,
    session: Session,
    partial: bool,
) -> set[uuid.UUID]:
    """Asked to submit, each facility's inspection of a covering type must record the
    conditions its catalogue asks for, and (unless submitted as partial) grade or excuse
    every span: each row left empty is a problem at its row. Returns the facilities that
    cannot be submitted."""
    kind = manifest.get("inspection_type", "general_periodic")
    if kind not in covering_types():
        return set()
    row_of = {
        (_text(r.get("facility_id")), _text(r.get("item_code")), _text(r.get("span")) or "-"): r[
            "_row"
        ]
        for r in form.rows
    }
    held = set()
    for fid, findings in accepted.items():
        place = facilities[fid]
        assert place.catalog is not None
        units = required_units(place.catalog, live_components(session, place.facility))
        seen = [
            SimpleNamespace(item_code=f.item_code, span=f.span or "-", grade=f.grade)
            for f, _ in findings
        ]
        coverage = coverage_of(units, seen)  # type: ignore[arg-type]
        for unit in [] if partial else coverage.missing:
            held.add(fid)
            report.problems.append(
                Problem(
                    form.sheet,
                    row_of.get((str(fid), unit.item_code, unit.span), 0),
                    "grade",
                    _both(
                        "判定も未点検の理由もありません（全スパンが対象の点検です）",
                        f"no grade and no reason it was not inspected: a {kind} inspection "
                        "covers every span (fill it in, or submit as partial)",
                    ),
                )
            )
        conditions = place.head.get("conditions", {})
        for key in place.catalog.conditions:
            if conditions.get(key) in (None, ""):
                held.add(fid)
                report.problems.append(
                    Problem(
                        form.head_sheet,
                        place.head_row or 0,
                        key,
                        _both(
                            "点検時の状況を記入してください",
                            f"the catalogue asks for the day's {key}",
                        ),
                    )
                )
    return held


def _write(
    session: Session,
    who: Principal,
    store: FileStore,
    manifest: dict[str, Any],
    accepted: dict[uuid.UUID, list[tuple[FindingIn, list[str]]]],
    photos: dict[str, Path],
    facilities: dict[uuid.UUID, PackageFacility],
    report: PackageReport,
    submit: bool,
    partial: bool,
    held: set[uuid.UUID],
    progress: JobProgress,
) -> None:
    package_id = uuid.UUID(str(manifest["package_id"]))
    kind = manifest.get("inspection_type", "general_periodic")
    for fid, findings in accepted.items():
        place = facilities[fid]
        record = session.scalar(
            select(Inspection).where(
                Inspection.port_id == place.facility.port_id,
                Inspection.facility_id == fid,
                Inspection.package_id == package_id,
            )
        )
        if record is not None and record.status != "draft":
            report.inspections.append(
                {
                    "facility_id": str(fid),
                    "inspection_id": str(record.id),
                    "action": "already submitted: nothing added",
                }
            )
            continue
        head = {k: v for k, v in place.head.items() if v not in (None, [], {})}
        days = [f.observed_on for f, _ in findings if f.observed_on]
        action = "updated" if record else "created"
        if record is None:
            # the dates the inspector gave, else those of the findings, else today (local)
            started = head.pop("started_on", None)
            ended = head.pop("ended_on", None)
            if started is None:
                started = min(days) if days else datetime.now(ZoneInfo(place.zone)).date()
                ended = ended or (max(days) if days else None)
            record = create_inspection(
                session,
                who,
                InspectionCreate(
                    facility_id=fid,
                    inspection_type=kind,
                    started_on=started,
                    ended_on=ended if ended is None or ended >= started else None,
                    inspectors=head.pop("inspectors", []),
                    organisation=head.pop("organisation", None),
                    conditions=Conditions(
                        **{k: v for k, v in head.pop("conditions", {}).items() if v is not None}
                    ),
                    remarks=head.pop("remarks", None) or f"field package {package_id}",
                ),
                package_id=package_id,
            )
        elif head:
            if "conditions" in head:
                head["conditions"] = Conditions(
                    **{k: v for k, v in head["conditions"].items() if v is not None}
                )
            update_inspection(session, who, record.id, InspectionUpdate(**head))
        rows = add_findings(session, who, record.id, [f for f, _ in findings])
        report.findings += sum(1 for r in rows if r.grade is not None)
        report.not_inspected += sum(1 for r in rows if r.grade is None)
        for row, (_, names) in zip(rows, findings, strict=True):
            for name in names:
                attachment = add_attachment(
                    session, who, store, record.id, name, photos[name], row.id
                )
                report.photos += 1
                report.warnings += attachment_warnings(attachment)
        entry: dict[str, Any] = {"facility_id": str(fid), "inspection_id": str(record.id)}
        if submit and fid not in held:
            submit_inspection(session, who, record.id, partial=partial)
            action += " and submitted" + ("" if record.complete is not False else " as partial")
        elif submit:
            action += "; not submitted: incomplete (see the problems)"
        entry["action"] = action
        progress.advance()
        now = record.coverage if record.status != "draft" else draft_coverage(session, record)
        entry["coverage"] = now.as_json() if isinstance(now, Coverage) else now
        report.inspections.append(entry)

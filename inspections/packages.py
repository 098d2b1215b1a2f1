"""Offline field packages: what an inspector takes to the quay and brings back.

Export: one zip with ``package.json`` (the package id and its facilities), ``form.xlsx`` (one
row per component × item × span with the previous grade, a drop-down list of grades, a column
per measurement), ``facilities.gpkg`` (facilities, components, last findings and the item
catalog, for a GIS on a tablet) and a short README in Japanese and English.

Upload: the filled ``form.xlsx`` (or ``findings.csv`` with the same columns) plus photos in a
``photos/`` folder. Every row is checked first and every problem is reported by sheet, row,
column and reason; nothing is written if any row is invalid unless the inspector asked to
keep the valid rows. Uploading the same package again adds nothing: the package id and each
row's key identify what was already taken in.
"""

from __future__ import annotations

import csv
import io
import json
import math
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
from geoalchemy2.shape import to_shape
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.models import Component, Facility
from geodata.archive import ArchiveError, safe_extract
from geodata.errors import ReadError
from geodata.sheets import read_xlsx_rows
from geodata.sniff import require_format
from inspections.attachments import add_attachment, describe
from inspections.catalog import GRADES, Catalog, catalog_for, measurement_types
from inspections.condition import latest_record
from inspections.models import Finding, Inspection
from inspections.records import (
    add_findings,
    check_finding,
    create_inspection,
    submit_inspection,
)
from inspections.schemas import FindingIn, InspectionCreate
from kernel.auth.service import Principal
from kernel.errors import Forbidden, Invalid
from kernel.files import FileStore, file_store
from kernel.jobs import Job, JobProgress, create_job, job_handler
from kernel.lookup import readable

FORMAT_VERSION = 1
MAX_ROWS = 20_000
MAX_PHOTOS = 500
SHEET = "findings"
FIXED = [
    "row_key",
    "facility_id",
    "ledger_no",
    "facility_name",
    "component_id",
    "component_type",
    "span",
    "item_code",
    "item_name",
    "item_class",
    "previous_grade",
    "previous_date",
    "grade",
]
TRAILING = ["chainage_m", "observed_on", "remarks", "photos"]
LABELS = {
    "row_key": "行キー / row key (do not edit)",
    "facility_id": "施設ID / facility id",
    "ledger_no": "台帳番号 / ledger no.",
    "facility_name": "施設名 / facility",
    "component_id": "部材ID / component id",
    "component_type": "部材 / component",
    "span": "スパン / span",
    "item_code": "点検項目 / item",
    "item_name": "項目名 / item name",
    "item_class": "分類 / class",
    "previous_grade": "前回判定 / previous grade",
    "previous_date": "前回点検日 / previous date",
    "grade": "判定 a-d / grade a-d",
    "chainage_m": "位置(m) / chainage (m)",
    "observed_on": "点検日 / date (YYYY-MM-DD)",
    "remarks": "所見 / remarks",
    "photos": "写真 / photos (file names, comma-separated)",
}
README = """フィールドパッケージ / Field package {package_id}

form.xlsx の「findings」シートに、部材・点検項目・スパンごとに劣化度 a〜d を入力してください。
判定しない行は空欄のままにします。写真は photos/ フォルダに入れ、photos 列にファイル名を書きます。
行キー (row_key) は変更しないでください。入力後、このフォルダ全体を zip にしてアップロードします。

Fill in the grade (a–d) of each component, inspection item and span on the "findings" sheet of
form.xlsx; leave a row's grade empty when it was not inspected. Put photos in the photos/ folder
and write their file names in the photos column. Do not change row_key. Zip the whole folder and
upload it.

a: 性能が著しく低下 / performance markedly reduced   b: 性能が低下 / reduced
c: 変状はあるが性能低下なし / defect, no reduction yet   d: 変状なし / sound
"""


def _component_rows(
    session: Session,
    facility: Facility,
    catalog: Catalog,
    previous: dict[tuple[str, str, str], tuple[str, date]],
) -> list[dict[str, Any]]:
    components = session.scalars(
        select(Component)
        .where(
            Component.port_id == facility.port_id,
            Component.facility_id == facility.id,
            Component.deleted_at.is_(None),
        )
        .order_by(Component.component_type, Component.span)
    )
    by_type: dict[str, list[Component]] = {}
    for c in components:
        by_type.setdefault(c.component_type, []).append(c)
    rows = []
    for item in catalog.items:
        members: list[Component | None] = list(by_type.get(item.component_type, [])) or [None]
        for member in members:
            span = member.span if member and member.span else "-"
            grade, day = previous.get((item.component_type, span, item.code), (None, None))
            rows.append(
                {
                    "row_key": f"{facility.id}|{member.id if member else item.component_type}|"
                    f"{item.code}",
                    "facility_id": str(facility.id),
                    "ledger_no": facility.ledger_no,
                    "facility_name": facility.name_ja or facility.name_en,
                    "component_id": str(member.id) if member else "",
                    "component_type": item.component_type,
                    "span": span,
                    "item_code": item.code,
                    "item_name": f"{item.name_ja} / {item.name_en}",
                    "item_class": item.item_class,
                    "previous_grade": grade,
                    "previous_date": day.isoformat() if day else None,
                    "grade": None,
                }
            )
    return rows


def export_package(
    session: Session,
    who: Principal,
    facility_ids: list[uuid.UUID],
    inspection_type: str = "general_periodic",
) -> tuple[uuid.UUID, bytes]:
    """(package id, zip bytes) for the given facilities of the caller's ports."""
    from kernel.ids import new_id

    if not facility_ids:
        raise Invalid("choose at least one facility", field="facility_ids")
    package_id = new_id()
    facilities, rows, previous_points = [], [], []
    for facility_id in facility_ids:
        facility = readable(session, who, Facility, facility_id, what=f"facility {facility_id}")
        who.require("inspection.write", facility.port_id, "facility")
        catalog = catalog_for(facility.kind, facility.structure_type)
        if catalog is None:
            raise Invalid(
                f"facility {facility.ledger_no or facility.id} ({facility.kind}) has no "
                "inspection catalog; set its structure type",
                field="facility_ids",
            )
        previous: dict[tuple[str, str, str], tuple[str, date]] = {}
        last = latest_record(session, facility.port_id, facility.id)
        if last is not None:
            for f in session.scalars(
                select(Finding).where(
                    Finding.port_id == last.port_id, Finding.inspection_id == last.id
                )
            ):
                previous[f.component_type, f.span, f.item_code] = (f.grade, last.started_on)
                previous_points.append(
                    {
                        "facility_id": str(facility.id),
                        "item": f.item_code,
                        "span": f.span,
                        "grade": f.grade,
                        "date": last.started_on.isoformat(),
                        "geometry": to_shape(f.location)
                        if f.location is not None
                        else to_shape(facility.geom).representative_point(),
                    }
                )
        facilities.append((facility, catalog))
        rows += _component_rows(session, facility, catalog, previous)
    measurements = sorted({m for _, c in facilities for i in c.items for m in i.measurements})
    manifest = {
        "format_version": FORMAT_VERSION,
        "package_id": str(package_id),
        "inspection_type": inspection_type,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "created_by": who.name,
        "facilities": [
            {"id": str(f.id), "ledger_no": f.ledger_no, "catalog_id": c.id} for f, c in facilities
        ],
        "measurements": measurements,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("package.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        zf.writestr("README.txt", README.format(package_id=package_id))
        zf.writestr("form.xlsx", _form(rows, measurements, facilities))
        zf.writestr("facilities.gpkg", _geopackage(session, facilities, previous_points))
        zf.writestr("photos/.keep", "")
    return package_id, buffer.getvalue()


def _form(
    rows: list[dict[str, Any]], measurements: list[str], facilities: list[tuple[Facility, Catalog]]
) -> bytes:
    types = measurement_types()
    columns = FIXED + measurements + TRAILING
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(columns)
    sheet.append(
        [
            LABELS.get(c) or f"{types[c]['ja']} / {types[c]['en']} ({types[c]['unit']})"
            for c in columns
        ]
    )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        cell.font = Font(italic=True, color="555555")
    for row in rows:
        sheet.append([row.get(c) for c in columns])
    grade_col = sheet.cell(row=1, column=columns.index("grade") + 1).column_letter
    validation = DataValidation(
        type="list",
        formula1='"a,b,c,d"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="判定 / grade",
        error="a, b, c, d のいずれか / one of a, b, c, d",
    )
    validation.add(f"{grade_col}3:{grade_col}{len(rows) + 2}")
    sheet.add_data_validation(validation)
    fill = PatternFill("solid", fgColor="FFF6D5")
    for r in range(3, len(rows) + 3):
        sheet[f"{grade_col}{r}"].fill = fill
    sheet.freeze_panes = "A3"
    items = book.create_sheet("items")
    items.append(
        [
            "catalog",
            "item_code",
            "class",
            "component_type",
            "name_ja",
            "name_en",
            "a",
            "b",
            "c",
            "d",
        ]
    )
    for _, catalog in facilities:
        for item in catalog.items:
            items.append(
                [
                    catalog.id,
                    item.code,
                    item.item_class,
                    item.component_type,
                    item.name_ja,
                    item.name_en,
                    *(f"{item.grades[g]['ja']} / {item.grades[g]['en']}" for g in GRADES),
                ]
            )
    readme = book.create_sheet("README")
    for line in README.splitlines():
        readme.append([line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _geopackage(
    session: Session, facilities: list[tuple[Facility, Catalog]], previous: list[dict[str, Any]]
) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "package.gpkg"
        gpd.GeoDataFrame(
            [
                {
                    "id": str(f.id),
                    "ledger_no": f.ledger_no,
                    "name": f.name_ja or f.name_en,
                    "kind": f.kind,
                    "catalog_id": c.id,
                    "geometry": to_shape(f.geom),
                }
                for f, c in facilities
            ],
            crs=4326,
        ).to_file(path, layer="facilities", engine="pyogrio", geometry_type="Unknown")
        comps = [
            {
                "id": str(c.id),
                "facility_id": str(c.facility_id),
                "component_type": c.component_type,
                "span": c.span,
                "geometry": to_shape(c.geom) if c.geom is not None else None,
            }
            for c in session.scalars(
                select(Component).where(
                    Component.facility_id.in_([f.id for f, _ in facilities]),
                    Component.deleted_at.is_(None),
                )
            )
        ]
        if comps:
            gpd.GeoDataFrame(comps, crs=4326).to_file(
                path, layer="components", engine="pyogrio", geometry_type="Unknown"
            )
        if previous:
            gpd.GeoDataFrame(previous, crs=4326).to_file(
                path, layer="last_findings", engine="pyogrio"
            )
        return path.read_bytes()


# -- upload -------------------------------------------------------------------------------------
@dataclass
class Problem:
    sheet: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"sheet {self.sheet}, row {self.row}, column {self.column}: {self.reason}"


@dataclass
class PackageReport:
    package_id: str
    rows_read: int = 0
    findings: int = 0
    photos: int = 0
    inspections: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
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


def queue_package(
    session: Session, who: Principal, path: Path, *, name: str, keep_valid: bool, submit: bool
) -> Job:
    """Store a large package and queue its intake; the job's result is the report."""
    if not who.may("inspection.write"):
        raise Forbidden(f"role '{who.role}' may not inspection write here")
    params = {
        "sha256": file_store().put_file(path),
        "name": name,
        "keep_valid": keep_valid,
        "submit": submit,
    }
    return create_job(session, who, "field-package", None, params)


@job_handler("field-package")
def package_job(
    session: Session, who: Principal, job: Job, progress: JobProgress
) -> dict[str, Any]:
    """The background part of a queued package upload: the same intake."""
    p = job.params
    store = file_store()
    progress.start("checking", None)
    report = import_package(
        session,
        who,
        store,
        store.existing_path(p["sha256"], what=f"the upload {p['name']}"),
        name=p["name"],
        keep_valid=p["keep_valid"],
        submit=p["submit"],
    )
    return report.as_dict()


def _read_rows(folder: Path, archive: str) -> tuple[str, list[dict[str, Any]]]:
    xlsx, csv_path = folder / "form.xlsx", folder / "findings.csv"
    if xlsx.exists():
        try:
            values = read_xlsx_rows(xlsx, SHEET, name=f"{archive}/form.xlsx")
        except ReadError as exc:
            raise Invalid(str(exc), field="file") from None
        if not values:
            raise Invalid(f"{archive}/form.xlsx: the sheet '{SHEET}' is empty", field="file")
        header = [str(v) if v is not None else "" for v in values[0]]
        rows = [
            dict(zip(header, r, strict=False)) | {"_row": i}
            for i, r in enumerate(values[2:], start=3)
        ]
        return SHEET, rows
    if csv_path.exists():
        try:
            with csv_path.open(encoding="utf-8-sig", newline="") as fh:
                return "findings.csv", [
                    dict(r) | {"_row": i} for i, r in enumerate(csv.DictReader(fh), start=2)
                ]
        except (UnicodeDecodeError, csv.Error) as exc:
            raise Invalid(
                f"{archive}/findings.csv: not UTF-8 CSV text ({exc})", field="file"
            ) from None
    raise Invalid(f"{archive}: the package has neither form.xlsx nor findings.csv", field="file")


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


def _where(exc: Invalid | ValidationError) -> tuple[str, str]:
    """(column, reason) of a refused finding: the column is the field the check named."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        column = str(first["loc"][0]) if first["loc"] else "row"
        return column, first["msg"]
    column = (exc.details.get("field") or "row").split(".")[-1]
    reason = exc.message.split(": ", 1)[-1] if exc.message.startswith("row ") else exc.message
    return column, reason


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def import_package(
    session: Session,
    who: Principal,
    store: FileStore,
    archive: Path,
    *,
    name: str | None = None,
    keep_valid: bool = False,
    submit: bool = False,
) -> PackageReport:
    """Take in a filled package (a zip, called ``name`` by the user); see the module
    docstring."""
    name = name or archive.name
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
        sheet, rows = _read_rows(root, name)
        if len(rows) > MAX_ROWS:
            raise Invalid(f"{len(rows)} rows; at most {MAX_ROWS}", field="file")
        photos = (
            {p.name: p for p in (root / "photos").glob("*")} if (root / "photos").is_dir() else {}
        )
        if len(photos) > MAX_PHOTOS:
            raise Invalid(f"{len(photos)} photos; at most {MAX_PHOTOS}", field="file")
        accepted = _check_rows(session, who, manifest, sheet, rows, photos, report)
        if report.problems and not keep_valid:
            raise PackageRefused(report)
        _write(session, who, store, manifest, accepted, photos, report, submit)
        report.written = True
        return report


def _check_rows(
    session: Session,
    who: Principal,
    manifest: dict[str, Any],
    sheet: str,
    rows: list[dict[str, Any]],
    photos: dict[str, Path],
    report: PackageReport,
) -> dict[uuid.UUID, list[tuple[FindingIn, list[str]]]]:
    """Valid rows by facility; every problem goes to the report."""
    facilities = _package_facilities(session, who, manifest)
    accepted: dict[uuid.UUID, list[tuple[FindingIn, list[str]]]] = {}
    seen: set[str] = set()
    for row in rows:
        grade = _text(row.get("grade")).lower()
        if not grade:
            continue  # not inspected
        report.rows_read += 1
        n = row["_row"]
        key = _text(row.get("row_key"))
        problems = [("row_key", "the same row key appears twice")] if key in seen else []
        seen.add(key)
        fid, fields, names = _read_row(row, grade, manifest, photos, facilities, problems)
        if problems:
            report.problems += [Problem(sheet, n, column, reason) for column, reason in problems]
            continue
        assert fid is not None
        try:
            finding = FindingIn(**fields, external_key=key[:80])
            port_id, catalog = facilities[fid]
            if catalog is None:
                raise Invalid("this facility has no inspection catalog", field="item_code")
            check_finding(session, port_id, fid, finding, catalog, f"row {n}")
        except (Invalid, ValidationError) as exc:
            report.problems.append(Problem(sheet, n, *_where(exc)))
            continue
        accepted.setdefault(fid, []).append((finding, names))
    return accepted


def _package_facilities(
    session: Session, who: Principal, manifest: dict[str, Any]
) -> dict[uuid.UUID, tuple[uuid.UUID, Catalog | None]]:
    """Each facility of the package: its port and inspection catalog, once the caller may
    write inspections there (404 for a facility gone or out of scope)."""
    out: dict[uuid.UUID, tuple[uuid.UUID, Catalog | None]] = {}
    for entry in manifest.get("facilities", []):
        package_fid = uuid.UUID(str(entry["id"]))
        facility = readable(
            session, who, Facility, package_fid, what=f"facility {package_fid} of the package"
        )
        who.require("inspection.write", facility.port_id, "facility")
        out[package_fid] = (facility.port_id, catalog_for(facility.kind, facility.structure_type))
    return out


def _read_row(
    row: dict[str, Any],
    grade: str,
    manifest: dict[str, Any],
    photos: dict[str, Path],
    facilities: dict[uuid.UUID, Any],
    problems: list[tuple[str, str]],
) -> tuple[uuid.UUID | None, dict[str, Any], list[str]]:
    """One form row as finding fields, its facility and photo names; each cell that cannot be
    read adds (column, reason) to ``problems``."""

    def problem(column: str, reason: str) -> None:
        problems.append((column, reason))

    fid: uuid.UUID | None
    try:
        fid = uuid.UUID(_text(row.get("facility_id")))
    except ValueError:
        fid = None
    if fid not in facilities:
        problem("facility_id", "not a facility of this package")
    if grade not in GRADES:
        problem("grade", f"'{row.get('grade')}' is not a grade (a, b, c, d)")
    values: dict[str, float] = {}
    for code in manifest.get("measurements", []):
        raw = _text(row.get(code))
        if not raw:
            continue
        try:
            values[code] = float(raw)
        except ValueError:
            problem(code, f"'{raw}' is not a number")
    observed = None
    if _text(row.get("observed_on")):
        raw_date = row["observed_on"]
        try:
            observed = (
                raw_date.date()
                if isinstance(raw_date, datetime)
                else raw_date
                if isinstance(raw_date, date)
                else date.fromisoformat(_text(raw_date))
            )
        except ValueError:
            problem("observed_on", f"'{raw_date}' is not a date (YYYY-MM-DD)")
    chainage = None
    if _text(row.get("chainage_m")):
        try:
            chainage = float(_text(row.get("chainage_m")))
        except ValueError:
            problem("chainage_m", "not a number")
        else:
            if not math.isfinite(chainage) or not -1e6 <= chainage <= 1e6:
                problem("chainage_m", "not a finite distance in metres")
                chainage = None
    names = [p.strip() for p in _text(row.get("photos")).split(",") if p.strip()]
    for name in names:
        if name not in photos:
            problem("photos", f"{name} is not in the photos/ folder")
        else:
            try:
                describe(name, photos[name])
            except Invalid as exc:
                problem("photos", exc.message)
    component = _text(row.get("component_id"))
    component_id = None
    try:
        component_id = uuid.UUID(component) if component else None
    except ValueError:
        problem("component_id", f"'{component}' is not a component id")
    fields = {
        "item_code": _text(row.get("item_code")),
        "grade": grade,
        "component_id": component_id,
        "component_type": _text(row.get("component_type")) or None,
        "span": _text(row.get("span")) or None,
        "measurements": values,
        "chainage_m": chainage,
        "remarks": _text(row.get("remarks")) or None,
        "observed_on": observed,
    }
    return fid, fields, names


def _write(
    session: Session,
    who: Principal,
    store: FileStore,
    manifest: dict[str, Any],
    accepted: dict[uuid.UUID, list[tuple[FindingIn, list[str]]]],
    photos: dict[str, Path],
    report: PackageReport,
    submit: bool,
) -> None:
    package_id = uuid.UUID(str(manifest["package_id"]))
    kind = manifest.get("inspection_type", "general_periodic")
    for fid, findings in accepted.items():
        record = session.scalar(
            select(Inspection).where(
                Inspection.facility_id == fid, Inspection.package_id == package_id
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
        action = "updated" if record else "created"
        if record is None:
            days = [f.observed_on for f, _ in findings if f.observed_on]
            record = create_inspection(
                session,
                who,
                InspectionCreate(
                    facility_id=fid,
                    inspection_type=kind,
                    started_on=min(days) if days else datetime.now(UTC).date(),
                    ended_on=max(days) if days else None,
                    remarks=f"field package {package_id}",
                ),
                package_id=package_id,
            )
        rows = add_findings(session, who, record.id, [f for f, _ in findings])
        report.findings += len(rows)
        for row, (_, names) in zip(rows, findings, strict=True):
            for name in names:
                add_attachment(session, who, store, record.id, name, photos[name], row.id)
                report.photos += 1
        if submit:
            submit_inspection(session, who, record.id)
            action += " and submitted"
        report.inspections.append(
            {"facility_id": str(fid), "inspection_id": str(record.id), "action": action}
        )

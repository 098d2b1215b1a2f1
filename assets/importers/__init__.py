"""Importing facilities from files: the shared upsert, dry run and report.

Each format's reader turns its file into :class:`ImportRow` values (registry fields plus an
external id); :func:`import_facilities` then creates or updates the facilities through the
same service functions as the API, so every row gets the same validation. Rows are matched
to existing facilities by ``(port, source, external id)``: re-importing a file updates, and
rows that changed nothing leave no new version.

A row may carry records other packages keep about its facility (a PLATEAU bridge's
inspection judgement): they are written, after the facility, by the writer registered for
their kind (:func:`record_writer`), in the same transaction.

A real run is one transaction: if any row is invalid nothing is written, unless the caller
chose ``skip_invalid``, in which case the valid rows are written and the others reported with
their row and reason. A dry run does all of the same work and then rolls it back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.facilities import create_facility, update_facility
from assets.models import Facility, FacilityExternalId
from assets.ports import resolve_port
from assets.schemas import ExternalId, FacilityCreate, FacilityUpdate
from kernel.auth.service import Principal
from kernel.errors import Invalid, PortTwinError

Progress = Callable[[int], None]
# (session, who, facility, source, records) → how many records were new or changed
RecordWriter = Callable[[Session, Principal, Facility, str, list[dict[str, Any]]], int]
RECORD_WRITERS: dict[str, RecordWriter] = {}


def record_writer(kind: str) -> Callable[[RecordWriter], RecordWriter]:
    """Register the writer of records of ``kind`` carried by import rows (the inspections
    package registers ``external_inspection``: the registry does not import it)."""

    def register(writer: RecordWriter) -> RecordWriter:
        RECORD_WRITERS[kind] = writer
        return writer

    return register


@dataclass
class ImportRow:
    row: int  # position in the source (1-based feature number, or the file's row number)
    ext_id: str
    values: dict[str, Any]  # FacilityCreate fields except port and external ids
    problem: str | None = None  # the reader found it unusable: reported invalid, never written
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # kind → records


@dataclass
class RowOutcome:
    row: int
    ext_id: str
    action: str  # created, updated, unchanged, invalid
    reason: str | None = None
    facility_id: str | None = None


@dataclass
class ImportReport:
    file: str
    source: str
    port: str
    dry_run: bool
    skip_invalid: bool
    rows: list[RowOutcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    records: dict[str, int] = field(default_factory=dict)  # kind → new or changed records

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def invalid(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.action == "invalid"]

    @property
    def written(self) -> bool:
        return not self.dry_run and (self.skip_invalid or not self.invalid)

    def summary(self) -> str:
        created, updated, same = (self.count(a) for a in ("created", "updated", "unchanged"))
        if self.dry_run:
            text = (
                f"dry run of {self.file} into {self.port}: would create {created}, "
                f"update {updated}; {same} unchanged"
            )
        elif self.written:
            text = (
                f"{self.file} into {self.port}: created {created}, updated {updated}, "
                f"{same} unchanged"
            )
        else:
            text = f"{self.file} into {self.port}: nothing written"
        if self.invalid:
            kept = " (skipped)" if self.skip_invalid else ""
            text += f"; {len(self.invalid)} invalid row(s){kept}"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "source": self.source,
            "port": self.port,
            "dry_run": self.dry_run,
            "written": self.written,
            "created": self.count("created"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged"),
            "invalid": len(self.invalid),
            "rows": [r.__dict__ for r in self.rows],
            "records": self.records,
            "notes": self.notes,
        }


class RowOutcomePublic(BaseModel):
    row: int
    ext_id: str
    action: str = Field(description="created, updated, unchanged or invalid")
    reason: str | None = None
    facility_id: str | None = None


class ImportReportPublic(BaseModel):
    """What an import did, row by row (or, in a dry run, would do)."""

    file: str
    source: str = Field(description="the external-id namespace the rows are matched in")
    port: str
    dry_run: bool
    written: bool
    created: int
    updated: int
    unchanged: int
    invalid: int
    rows: list[RowOutcomePublic]
    records: dict[str, int] = Field(
        default_factory=dict,
        description="records kept with the facilities, by kind (external_inspection …): how "
        "many were new or changed",
    )
    notes: list[str]


class ImportRefused(Invalid):
    """Some rows are invalid and the caller did not ask to keep the valid ones."""

    def __init__(self, report: ImportReport) -> None:
        first = report.invalid[0]
        super().__init__(
            f"{report.file}: {len(report.invalid)} invalid row(s), nothing was written; "
            f"first: row {first.row} ({first.ext_id}): {first.reason}",
            field="file",
            report=report.as_dict(),
        )
        self.report = report


def _reason(exc: PortTwinError | ValidationError) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
    field_name = exc.details.get("field")
    return f"{field_name}: {exc.message}" if field_name else exc.message


def import_facilities(
    session: Session,
    who: Principal,
    port_ref: str,
    source: str,
    rows: Iterable[ImportRow],
    *,
    file: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Create or update one facility per row in the port; see the module docstring."""
    port = resolve_port(session, who, port_ref)
    who.require("registry.write", port.id, "port")
    report = ImportReport(
        file=file, source=source, port=port.code, dry_run=dry_run, skip_invalid=skip_invalid
    )
    existing = {
        ext_id: facility_id
        for ext_id, facility_id in session.execute(
            select(FacilityExternalId.ext_id, FacilityExternalId.facility_id).where(
                FacilityExternalId.port_id == port.id, FacilityExternalId.source == source
            )
        )
    }
    seen: set[str] = set()
    outer = session.begin_nested()
    for item in rows:
        if item.ext_id in seen:
            report.rows.append(
                RowOutcome(
                    item.row, item.ext_id, "invalid", "the same id appears twice in the file"
                )
            )
            continue
        seen.add(item.ext_id)
        if item.problem is not None:
            report.rows.append(RowOutcome(item.row, item.ext_id, "invalid", item.problem))
            continue
        try:
            with session.begin_nested():
                outcome, facility = _upsert(
                    session, who, port.code, source, item, existing.get(item.ext_id)
                )
                _write_records(session, who, source, item, facility, report)
                report.rows.append(outcome)
        except (PortTwinError, ValidationError) as exc:
            report.rows.append(RowOutcome(item.row, item.ext_id, "invalid", _reason(exc)))
        if progress:
            progress(1)
    if dry_run or (report.invalid and not skip_invalid):
        outer.rollback()
    else:
        outer.commit()
    if report.invalid and not skip_invalid and not dry_run:
        raise ImportRefused(report)
    return report


def _write_records(
    session: Session,
    who: Principal,
    source: str,
    item: ImportRow,
    facility: Facility,
    report: ImportReport,
) -> None:
    for kind, records in item.records.items():
        if kind not in RECORD_WRITERS:
            raise Invalid(f"no writer for {kind} records is loaded", field="records")
        changed = RECORD_WRITERS[kind](session, who, facility, source, records)
        report.records[kind] = report.records.get(kind, 0) + changed


def _upsert(
    session: Session, who: Principal, port: str, source: str, item: ImportRow, facility_id: Any
) -> tuple[RowOutcome, Facility]:
    if facility_id is None:
        data = FacilityCreate(
            port=port, external_ids=[ExternalId(source=source, ext_id=item.ext_id)], **item.values
        )
        facility = create_facility(session, who, data)
        return RowOutcome(item.row, item.ext_id, "created", facility_id=str(facility.id)), facility
    version = session.scalar(select(Facility.version).where(Facility.id == facility_id))
    facility = update_facility(session, who, facility_id, FacilityUpdate(**item.values))
    action = "unchanged" if facility.version == version else "updated"
    return RowOutcome(item.row, item.ext_id, action, facility_id=str(facility.id)), facility

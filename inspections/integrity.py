"""Tamper evidence: each submitted inspection is hashed (SHA-256 over a canonical JSON form of
the record, its findings and its attachments' hashes) and chained to the previous submitted
record of the same facility. A record keeps the version of the canonical form it was hashed
with (``hash_version``): version 2 adds the coverage, the spans not inspected and their
carried grades, when each finding was seen, and where a photo's time came from.
:func:`verify` recomputes every chain and re-hashes every stored
file, naming each record or file that no longer matches.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from geoalchemy2.shape import to_shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.models import Attachment, Finding, Inspection
from inspections.schemas import VerifyFailure, VerifyReport
from kernel.files import FileStore

GENESIS = "0" * 64


def _plain(value: Any, version: int = 1) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if version >= 2 and isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).isoformat()  # the same instant reads the same
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "desc") and hasattr(value, "srid"):  # a WKB geometry
        return to_shape(value).wkt
    return value


HASHED_INSPECTION = (
    "id",
    "port_id",
    "facility_id",
    "inspection_type",
    "started_on",
    "ended_on",
    "inspectors",
    "organisation",
    "methods",
    "conditions",
    "catalog_id",
    "event_id",
    "package_id",
    "revises_id",
    "remarks",
    "computed_grade",
    "synthetic",
    "created_by",
    "submitted_by",
    "submitted_at",
    "chain_seq",
    "prev_hash",
)
HASHED_FINDING = (
    "id",
    "component_id",
    "component_type",
    "span",
    "item_code",
    "item_class",
    "grade",
    "measurements",
    "location",
    "chainage_m",
    "remarks",
    "observed_on",
    "external_key",
)
HASHED_ATTACHMENT = (
    "id",
    "finding_id",
    "sha256",
    "filename",
    "media_type",
    "size_bytes",
    "taken_at",
    "location",
)
# version 2 (coverage, spans not inspected, who saw what when): the fields of version 1 and
HASHED = {
    1: (HASHED_INSPECTION, HASHED_FINDING, HASHED_ATTACHMENT),
    2: (
        (*HASHED_INSPECTION, "complete", "coverage", "hash_version"),
        (*HASHED_FINDING, "not_inspected", "carried_grade", "carried_from", "observed_at"),
        (*HASHED_ATTACHMENT, "taken_at_source", "distance_m"),
    ),
}


def canonical_record(session: Session, inspection: Inspection) -> bytes:
    """The bytes that are hashed: sorted keys, no spaces, UTF-8."""
    findings = session.scalars(
        select(Finding)
        .where(Finding.port_id == inspection.port_id, Finding.inspection_id == inspection.id)
        .order_by(Finding.id)
    )
    attachments = session.scalars(
        select(Attachment)
        .where(Attachment.port_id == inspection.port_id, Attachment.inspection_id == inspection.id)
        .order_by(Attachment.id)
    )
    version = inspection.hash_version or 1
    fields, finding_fields, attachment_fields = HASHED[version]
    record = {
        "inspection": {k: _plain(getattr(inspection, k), version) for k in fields},
        "findings": [{k: _plain(getattr(f, k), version) for k in finding_fields} for f in findings],
        "attachments": [
            {k: _plain(getattr(a, k), version) for k in attachment_fields} for a in attachments
        ],
    }
    return json.dumps(
        record, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def record_hash(session: Session, inspection: Inspection) -> str:
    return hashlib.sha256(canonical_record(session, inspection)).hexdigest()


def verify(
    session: Session, store: FileStore, port_ids: list[uuid.UUID] | None = None
) -> VerifyReport:
    """Recompute every facility's chain of submitted records and every attachment's hash
    (of the given ports, or all)."""
    query = select(Inspection).where(Inspection.record_hash.is_not(None))
    files = select(Attachment).order_by(Attachment.id)
    if port_ids is not None:
        query = query.where(Inspection.port_id.in_(port_ids))
        files = files.where(Attachment.port_id.in_(port_ids))
    rows = session.scalars(
        query.order_by(Inspection.port_id, Inspection.facility_id, Inspection.chain_seq)
    )
    chains: dict[tuple[uuid.UUID, uuid.UUID], list[Inspection]] = defaultdict(list)
    for row in rows:
        chains[row.port_id, row.facility_id].append(row)
    failures: list[VerifyFailure] = []
    checked = 0
    for (_, facility_id), records in chains.items():
        previous = GENESIS
        for expected_seq, record in enumerate(records, start=1):
            checked += 1
            if record.chain_seq != expected_seq:
                failures.append(
                    VerifyFailure(
                        kind="chain",
                        inspection_id=record.id,
                        facility_id=facility_id,
                        detail=f"sequence {record.chain_seq} where {expected_seq} was expected "
                        "(a record is missing or was inserted)",
                    )
                )
            if record.prev_hash != previous:
                failures.append(
                    VerifyFailure(
                        kind="chain",
                        inspection_id=record.id,
                        facility_id=facility_id,
                        detail="does not point to the previous record's hash",
                    )
                )
            actual = record_hash(session, record)
            if actual != record.record_hash:
                failures.append(
                    VerifyFailure(
                        kind="record",
                        inspection_id=record.id,
                        facility_id=facility_id,
                        detail=f"content changed since submission (stored hash "
                        f"{(record.record_hash or '')[:12]}…, now {actual[:12]}…)",
                    )
                )
            previous = record.record_hash or ""
    attachments = session.scalars(files).all()
    for attachment in attachments:
        if not store.matches(attachment.sha256):
            failures.append(
                VerifyFailure(
                    kind="attachment",
                    inspection_id=attachment.inspection_id,
                    facility_id=None,
                    detail=f"file {attachment.filename} ({attachment.sha256[:12]}…) is missing "
                    "or its bytes changed",
                )
            )
    return VerifyReport(
        ok=not failures,
        records_checked=checked,
        attachments_checked=len(attachments),
        failures=failures,
    )

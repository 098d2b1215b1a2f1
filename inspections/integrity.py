"""Tamper evidence: each submitted inspection is hashed (SHA-256 over a canonical JSON form of
the record, its findings and its attachments' hashes) and chained to the previous submitted
record of the same facility. :func:`verify` recomputes every chain and re-hashes every stored
file, naming each record or file that no longer matches.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from geoalchemy2.shape import to_shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.models import Attachment, Finding, Inspection
from inspections.schemas import VerifyFailure, VerifyReport
from kernel.files import FileStore

GENESIS = "0" * 64


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
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
    record = {
        "inspection": {k: _plain(getattr(inspection, k)) for k in HASHED_INSPECTION},
        "findings": [{k: _plain(getattr(f, k)) for k in HASHED_FINDING} for f in findings],
        "attachments": [{k: _plain(getattr(a, k)) for k in HASHED_ATTACHMENT} for a in attachments],
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

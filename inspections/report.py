"""A facility's inspection report as an XLSX workbook: summary and condition, the history of
inspections with their grades, the findings of the latest one with measurements, and photo
thumbnails."""

from __future__ import annotations

import io
import uuid
from typing import Any

from openpyxl import Workbook
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.styles import Font
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.codelists import label
from assets.models import Facility, Port
from geodata.timezones import local
from inspections.condition import latest_record
from inspections.labels import inspection_type_label, item_label, reason_label, status_label
from inspections.models import Attachment, Finding, Inspection
from inspections.public import latest_override
from inspections.schedules import facility_condition
from inspections.schemas import ConditionPublic
from kernel.auth.service import Principal
from kernel.files import FileStore

THUMBNAIL = (240, 240)


def _bold_row(sheet: Any, values: list[object]) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)


def _grade_text(f: Finding) -> str:
    if f.grade is not None:
        return f.grade
    text = f"未点検 / not inspected: {reason_label(f.not_inspected or '')}"
    if f.carried_grade:
        text += f" (前回 previous {f.carried_grade})"
    return text


def facility_report(
    session: Session, who: Principal, store: FileStore, facility_id: uuid.UUID
) -> bytes:
    """The workbook: a sheet each for the summary, the history, the latest complete
    inspection's findings and its photos; codes shown by their names, times in the port's
    zone."""
    condition = facility_condition(session, who, facility_id)  # checks access
    facility = session.scalar(select(Facility).where(Facility.id == facility_id))
    assert facility is not None
    port = session.get(Port, facility.port_id)
    assert port is not None
    book = Workbook()
    summary = book.active
    assert summary is not None
    _summary(summary, facility, condition, port.time_zone)
    _history(book.create_sheet("history"), session, facility)
    latest = latest_record(session, facility.port_id, facility.id)
    _findings(book.create_sheet("findings"), session, latest, port.time_zone)
    photos = (
        list(
            session.scalars(
                select(Attachment).where(
                    Attachment.port_id == latest.port_id,
                    Attachment.inspection_id == latest.id,
                    Attachment.media_type.like("image/%"),
                )
            )
        )
        if latest is not None
        else []
    )
    _photos(book.create_sheet("photos"), store, photos, port.time_zone)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _summary(sheet: Any, facility: Facility, condition: ConditionPublic, zone: str) -> None:
    sheet.title = "summary"
    _bold_row(sheet, ["項目 / field", "値 / value"])
    coverage = condition.coverage
    for name, value in [
        ("台帳番号 / ledger no.", facility.ledger_no),
        ("名称 / name", facility.name_ja or facility.name_en),
        ("種類 / kind", label("facility_kind", facility.kind)),
        ("構造形式 / structure", label("structure_type", facility.structure_type)),
        ("重要施設 / important", "はい / yes" if facility.important else "いいえ / no"),
        ("性能評価 / grade", condition.final_grade or "未点検 / not inspected"),
        ("算定評価 / computed grade", condition.computed_grade),
        (
            "点検範囲 / coverage",
            f"{coverage.graded + coverage.not_inspected} / {coverage.required} "
            f"(判定 graded {coverage.graded}, 未点検 not inspected {coverage.not_inspected})"
            if coverage
            else "—",
        ),
        ("評価変更理由 / override reason", condition.override_reason),
        ("最終点検日 / last inspected", condition.last_inspected_on),
        *(
            (f"次回 {inspection_type_label(k)} / next due", v)
            for k, v in condition.next_due.items()
        ),
        (
            "点検期限超過 / overdue",
            ", ".join(inspection_type_label(k) for k in condition.overdue) or "—",
        ),
        ("時間帯 / time zone", zone),
    ]:
        sheet.append([name, value])
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 30


def _history(sheet: Any, session: Session, facility: Facility) -> None:
    _bold_row(
        sheet,
        [
            "点検日 / date",
            "種別 / type",
            "状態 / status",
            "算定 / computed",
            "評価 / final",
            "点検者 / inspectors",
            "記録ハッシュ / record hash",
        ],
    )
    records = session.scalars(
        select(Inspection)
        .where(Inspection.port_id == facility.port_id, Inspection.facility_id == facility.id)
        .order_by(Inspection.started_on, Inspection.chain_seq)
    ).all()
    for record in records:
        override = latest_override(session, record)
        sheet.append(
            [
                record.started_on,
                inspection_type_label(record.inspection_type),
                status_label(record.status)
                + (" (部分点検 / partial)" if record.complete is False else ""),
                record.computed_grade,
                override.grade if override else record.computed_grade,
                ", ".join(record.inspectors),
                record.record_hash,
            ]
        )


def _findings(sheet: Any, session: Session, latest: Inspection | None, zone: str) -> None:
    _bold_row(
        sheet,
        [
            "部材 / component",
            "スパン / span",
            "点検項目 / item",
            "分類 / class",
            "劣化度 / grade",
            "計測値 / measurements",
            "点検日時 / seen at",
            "所見 / remarks",
        ],
    )
    if latest is None:
        return
    for f in session.scalars(
        select(Finding)
        .where(Finding.port_id == latest.port_id, Finding.inspection_id == latest.id)
        .order_by(Finding.component_type, Finding.span, Finding.item_code)
    ):
        seen = local(f.observed_at, zone)
        sheet.append(
            [
                label("component_type", f.component_type),
                f.span,
                item_label(f.item_code),
                f.item_class,
                _grade_text(f),
                ", ".join(f"{k}={v:g}" for k, v in f.measurements.items()),
                seen.strftime("%Y-%m-%d %H:%M %z") if seen else f.observed_on,
                f.remarks,
            ]
        )


def _photos(sheet: Any, store: FileStore, photos: list[Attachment], zone: str) -> None:
    _bold_row(sheet, ["写真 / photo", "撮影日時 / taken", "ファイル / file"])
    for i, attachment in enumerate(photos):
        row = 2 + i * 13
        taken = local(attachment.taken_at, zone)
        sheet.cell(row, 2, taken.strftime("%Y-%m-%d %H:%M %z") if taken else "")
        sheet.cell(row, 3, attachment.filename)
        if not store.path(attachment.sha256).is_file():
            sheet.cell(row, 1, "ファイル欠落 / file missing from the store")
            continue
        with Image.open(store.path(attachment.sha256), formats=["JPEG", "PNG"]) as image:
            image.thumbnail(THUMBNAIL)
            out = io.BytesIO()
            image.convert("RGB").save(out, "PNG")
        sheet.add_image(SheetImage(io.BytesIO(out.getvalue())), f"A{row}")
    sheet.column_dimensions["A"].width = 36

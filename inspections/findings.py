"""The one check of a finding, for the API and for field packages: its item in the facility's
catalogue, where on the facility it was seen (a component, or a span that exists), its grade
or the reason it was not inspected, its measurements within their ranges, its location and
time. Messages name where the finding came from (a field path, or a sheet row) and say what
is wrong in Japanese and English."""

from __future__ import annotations

import uuid
from typing import Any

from geoalchemy2.shape import to_shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.common import check_code, parse_geometry
from assets.models import Component
from assets.ports import port_zone
from geodata.timezones import aware
from inspections.catalog import Catalog, Item, measurement_types, not_inspected_reasons
from inspections.coverage import NO_SPAN
from inspections.schemas import FindingIn
from kernel.errors import Invalid


def check_finding(
    session: Session,
    port_id: uuid.UUID,
    facility_id: uuid.UUID,
    data: FindingIn,
    catalog: Catalog,
    where: str,
) -> dict[str, Any]:
    """Column values of a finding, checked against the catalog, the facility's components
    and the measurement ranges; Invalid names ``where`` (a field path or sheet/row)."""
    item = _item(catalog, data, where)
    _reason(data, where)
    component_type, span = _place(session, port_id, facility_id, item, data, where)
    check_code(session, "component_type", component_type, f"{where}.component_type")
    _measurements(item, data, where)
    location = None
    if data.location is not None:
        location = parse_geometry(data.location, None, field=f"{where}.location")
        if to_shape(location).geom_type != "Point":
            raise Invalid(
                f"{where}: 変状位置は点で指定します / a defect location is a Point",
                field=f"{where}.location",
            )
    seen = aware(data.observed_at, port_zone(session, port_id)) if data.observed_at else None
    return {
        "component_id": data.component_id,
        "component_type": component_type,
        "span": span or NO_SPAN,
        "item_code": item.code,
        "item_class": item.item_class,
        "grade": data.grade,
        "not_inspected": data.not_inspected,
        "measurements": dict(data.measurements),
        "location": location,
        "chainage_m": data.chainage_m,
        "remarks": data.remarks,
        "observed_on": data.observed_on,
        "observed_at": seen,
        "external_key": data.external_key,
    }


def _item(catalog: Catalog, data: FindingIn, where: str) -> Item:
    item = catalog.item(data.item_code)
    if item is None:
        codes = ", ".join(i.code for i in catalog.items)
        raise Invalid(
            f"{where}: 点検項目 '{data.item_code}' は点検項目表 {catalog.id} にありません / "
            f"item '{data.item_code}' is not in catalog {catalog.id} ({codes})",
            field=f"{where}.item_code",
        )
    return item


def _reason(data: FindingIn, where: str) -> None:
    reasons = not_inspected_reasons()
    if data.not_inspected is not None and data.not_inspected not in reasons:
        raise Invalid(
            f"{where}: '{data.not_inspected}' は未点検の理由にありません / is not a reason for "
            f"not inspecting ({', '.join(reasons)})",
            field=f"{where}.not_inspected",
        )
    if data.not_inspected is not None and data.measurements:
        raise Invalid(
            f"{where}: 未点検のスパンに計測値はありません / a span not inspected has no "
            "measurements",
            field=f"{where}.measurements",
        )


def _place(
    session: Session,
    port_id: uuid.UUID,
    facility_id: uuid.UUID,
    item: Item,
    data: FindingIn,
    where: str,
) -> tuple[str, str | None]:
    """(component type, span) where the finding was seen: its component's, or a span the
    facility has for the item's component type (any span when it has none broken down)."""
    live = (
        Component.port_id == port_id,
        Component.facility_id == facility_id,
        Component.deleted_at.is_(None),
    )
    if data.component_id is not None:
        component = session.scalar(
            select(Component).where(Component.id == data.component_id, *live)
        )
        if component is None:
            raise Invalid(
                f"{where}: 部材 {data.component_id} はこの施設の部材ではありません / component "
                f"{data.component_id} is not a component of this facility",
                field=f"{where}.component_id",
            )
        component_type, span = component.component_type, data.span or component.span
    else:
        component_type, span = data.component_type or item.component_type, data.span
        found = session.scalars(
            select(Component.span).where(Component.component_type == item.component_type, *live)
        )
        spans = sorted({s or NO_SPAN for s in found})
        if spans and (span or NO_SPAN) not in spans:
            raise Invalid(
                f"{where}: スパンは {', '.join(spans)} のいずれかです / the facility's "
                f"{item.component_type} spans are {', '.join(spans)}; give one of them (span) "
                "or the component id",
                field=f"{where}.span",
            )
    if component_type != item.component_type:
        raise Invalid(
            f"{where}: 点検項目 {item.code} の対象は {item.component_type} です / item "
            f"{item.code} applies to {item.component_type}, not {component_type}",
            field=f"{where}.component_type",
        )
    return component_type, span


def _measurements(item: Item, data: FindingIn, where: str) -> None:
    types = measurement_types()
    for code, value in data.measurements.items():
        spec = types.get(code)
        if spec is None or code not in item.measurements:
            allowed = ", ".join(item.measurements) or "none"
            raise Invalid(
                f"{where}: 計測値 '{code}' はこの点検項目では計測しません / measurement "
                f"'{code}' is not taken for {item.code} (taken: {allowed})",
                field=f"{where}.measurements.{code}",
            )
        if not spec["min"] <= value <= spec["max"]:
            raise Invalid(
                f"{where}: {code} = {value} {spec['unit']} は範囲外です / is outside "
                f"{spec['min']}..{spec['max']}",
                field=f"{where}.measurements.{code}",
            )

"""Facilities: create, read (now or as of a time), list, update, retire, and their history."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, inspect, or_, select
from sqlalchemy.orm import Session

from assets.common import (
    as_geojson,
    as_shape,
    changed_values,
    check_code,
    code_extra,
    history_entries,
    history_of,
    parse_geometry,
    version_at,
)
from assets.models import Facility, FacilityExternalId, Port, RegistryHistory
from assets.ports import resolve_port
from assets.schemas import (
    ExternalId,
    FacilityCreate,
    FacilityPublic,
    FacilityUpdate,
    Height,
    HistoryEntry,
    Measured,
    Page,
)
from geodata.measure import measure
from kernel.auth.service import Principal
from kernel.errors import Conflict, Invalid, NotFound
from kernel.ids import new_id
from kernel.lookup import readable

COLUMNS = [c.key for c in inspect(Facility).column_attrs]


@dataclass(frozen=True)
class FacilityFilter:
    """What a facility list is narrowed to; every value is bound as a query parameter."""

    port: str | None = None
    kinds: Sequence[str] = ()
    category: str | None = None
    status: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    ledger_no: str | None = None
    ids: Sequence[uuid.UUID] = ()  # a selection (exports of what a viewer's table shows)


# -- writing ----------------------------------------------------------------------------------
def _checked_values(session: Session, data: FacilityCreate | FacilityUpdate) -> dict[str, Any]:
    """Column values from the input, with codes, heights and geometry checked."""
    given = data.model_fields_set
    raw = data.model_dump(exclude_unset=True)
    values: dict[str, Any] = {
        k: v
        for k, v in raw.items()
        if k not in {"port", "geometry", "crs", "external_ids", "design_depth", "crown_height"}
    }
    if "kind" in given:
        if data.kind is None:
            raise Invalid("kind cannot be removed", field="kind")
        check_code(session, "facility_kind", data.kind, "kind")
        values["category"] = code_extra(session, "facility_kind", data.kind)["category"]
    check_code(session, "structure_type", data.structure_type, "structure_type")
    if "status" in given and data.status is None:
        raise Invalid("status cannot be removed", field="status")
    check_code(session, "facility_status", data.status, "status")
    for name in ("design_depth", "crown_height"):
        if name in given:
            height: Height | None = getattr(data, name)
            if height is not None:
                check_code(session, "vertical_datum", height.datum, f"{name}.datum")
            values[f"{name}_m"] = None if height is None else height.value
            values[f"{name}_datum"] = None if height is None else height.datum
    if "geometry" in given:
        if data.geometry is None:
            raise Invalid("a facility needs a geometry", field="geometry")
        values["geom"] = parse_geometry(data.geometry, data.crs)
    for key in ("attributes", "synthetic", "important"):
        if key in values and values[key] is None:
            raise Invalid(f"{key} cannot be null", field=key)
    return values


def _check_ledger_no(
    session: Session, port_id: uuid.UUID, ledger_no: str | None, own_id: uuid.UUID | None
) -> None:
    if ledger_no is None:
        return
    other = session.scalar(
        select(Facility.id).where(
            Facility.port_id == port_id,
            Facility.ledger_no == ledger_no,
            Facility.deleted_at.is_(None),
        )
    )
    if other is not None and other != own_id:
        raise Conflict(
            f"ledger number '{ledger_no}' is already used in this port", field="ledger_no"
        )


def _set_external_ids(session: Session, facility: Facility, external_ids: list[ExternalId]) -> None:
    for i, ext in enumerate(external_ids):
        owner = session.scalar(
            select(FacilityExternalId.facility_id).where(
                FacilityExternalId.port_id == facility.port_id,
                FacilityExternalId.source == ext.source,
                FacilityExternalId.ext_id == ext.ext_id,
            )
        )
        if owner is not None and owner != facility.id:
            raise Conflict(
                f"external id {ext.source}:{ext.ext_id} already belongs to facility {owner}",
                field=f"external_ids[{i}]",
            )
    session.execute(
        delete(FacilityExternalId).where(
            FacilityExternalId.port_id == facility.port_id,
            FacilityExternalId.facility_id == facility.id,
        )
    )
    session.add_all(
        FacilityExternalId(
            port_id=facility.port_id, facility_id=facility.id, source=e.source, ext_id=e.ext_id
        )
        for e in external_ids
    )


def create_facility(session: Session, who: Principal, data: FacilityCreate) -> Facility:
    """Register a facility in a port the caller may edit.

    >>> create_facility(session, engineer, FacilityCreate(port="MCMON", kind="quay",
    ...                 geometry={"type": "LineString", "coordinates": [...]}))
    """
    port = resolve_port(session, who, data.port)
    who.require("registry.write", port.id, "port")
    values = _checked_values(session, data)
    values.setdefault("status", "in_service")
    _check_ledger_no(session, port.id, values.get("ledger_no"), None)
    facility = Facility(port_id=port.id, id=new_id(), **values)
    session.add(facility)
    session.flush()
    _set_external_ids(session, facility, data.external_ids)
    session.flush()
    return facility


def live_facility(session: Session, who: Principal, facility_id: uuid.UUID) -> Facility:
    """The facility if it exists, is not retired and the caller may read its port; else
    NotFound (a facility outside the caller's ports does not exist for them)."""
    return readable(session, who, Facility, facility_id, what="facility")


def update_facility(
    session: Session, who: Principal, facility_id: uuid.UUID, data: FacilityUpdate
) -> Facility:
    """Apply the changes in ``data``; values equal to the stored ones are not changes, so an
    update that changes nothing leaves no new version."""
    facility = live_facility(session, who, facility_id)
    who.require("registry.write", facility.port_id, "facility")
    values = changed_values(facility, _checked_values(session, data))
    if "ledger_no" in values:
        _check_ledger_no(session, facility.port_id, values["ledger_no"], facility.id)
    for key, value in values.items():
        setattr(facility, key, value)
    if data.external_ids is not None:
        _set_external_ids(session, facility, data.external_ids)
    if values:
        session.flush()
        session.refresh(facility)
    return facility


def delete_facility(session: Session, who: Principal, facility_id: uuid.UUID) -> None:
    """Retire a facility: it disappears from reads but stays in history (readable as of)."""
    facility = live_facility(session, who, facility_id)
    who.require("registry.write", facility.port_id, "facility")
    facility.deleted_at = datetime.now(UTC)
    session.flush()


# -- reading ----------------------------------------------------------------------------------
def _ports_by_id(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Port]:
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Port).where(Port.id.in_(ids)))}


def _external_ids(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ExternalId]]:
    out: dict[uuid.UUID, list[ExternalId]] = {i: [] for i in ids}
    if ids:
        rows = session.scalars(
            select(FacilityExternalId)
            .where(FacilityExternalId.facility_id.in_(ids))
            .order_by(FacilityExternalId.source, FacilityExternalId.ext_id)
        )
        for row in rows:
            out[row.facility_id].append(ExternalId(source=row.source, ext_id=row.ext_id))
    return out


def facility_public(
    values: dict[str, Any], port: Port, external_ids: list[ExternalId]
) -> FacilityPublic:
    """The public form of a facility from its column values (a live row or a history row)."""
    geom = as_shape(values["geom"])
    length, area = measure(geom, port.metric_epsg)

    def height(name: str) -> Height | None:
        value = values.get(f"{name}_m")
        return None if value is None else Height(value=value, datum=values[f"{name}_datum"])

    return FacilityPublic.model_validate(
        {
            **{k: values.get(k) for k in FacilityPublic.model_fields if k in COLUMNS},
            "port_code": port.code,
            "geometry": as_geojson(values["geom"]) or {},
            "design_depth": height("design_depth"),
            "crown_height": height("crown_height"),
            "external_ids": external_ids,
            "measured": Measured(length_m=length, area_m2=area),
            "deleted": values.get("deleted_at") is not None,
        }
    )


def _public_list(session: Session, rows: list[dict[str, Any]]) -> list[FacilityPublic]:
    ports = _ports_by_id(session, {r["port_id"] for r in rows})
    ext = _external_ids(session, [r["id"] for r in rows])
    return [facility_public(r, ports[r["port_id"]], ext[r["id"]]) for r in rows]


def _row_values(facility: Facility) -> dict[str, Any]:
    return {key: getattr(facility, key) for key in COLUMNS}


def _history_values(data: dict[str, Any]) -> dict[str, Any]:
    values = dict(data)
    values["port_id"] = uuid.UUID(values["port_id"])
    values["id"] = uuid.UUID(values["id"])
    return values


def get_facility(
    session: Session, who: Principal, facility_id: uuid.UUID, as_of: datetime | None = None
) -> FacilityPublic:
    """A facility as it is now, or as it was at ``as_of``."""
    if as_of is None:
        facility = live_facility(session, who, facility_id)
        return _public_list(session, [_row_values(facility)])[0]
    data = version_at(session, "facility", facility_id, as_of)
    if data is None or not who.can_read(uuid.UUID(data["port_id"])):
        raise NotFound("facility not found at that time")
    return _public_list(session, [_history_values(data)])[0]


def scope_port_ids(who: Principal, session: Session, flt: FacilityFilter) -> list[uuid.UUID] | None:
    """Port ids the list is limited to (None: every port)."""
    if flt.port is not None:
        return [resolve_port(session, who, flt.port).id]
    return None if who.all_ports else sorted(who.port_ids)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(flt: FacilityFilter, col: Any, geom: Any) -> list[ColumnElement[bool]]:
    """Filter conditions over a column accessor (live columns or history JSON)."""
    cond: list[ColumnElement[bool]] = []
    if flt.kinds:
        cond.append(col("kind").in_(list(flt.kinds)))
    if flt.category:
        cond.append(col("category") == flt.category)
    if flt.status:
        cond.append(col("status") == flt.status)
    if flt.ledger_no:
        cond.append(col("ledger_no") == flt.ledger_no)
    if flt.text:
        pattern = _like(flt.text)
        cond.append(
            or_(
                col("name_ja").ilike(pattern),
                col("name_en").ilike(pattern),
                col("ledger_no").ilike(pattern),
            )
        )
    if flt.bbox:
        cond.append(func.ST_Intersects(geom, func.ST_MakeEnvelope(*flt.bbox, 4326)))
    return cond


def facility_conditions(flt: FacilityFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions over the live facility table (scope not included)."""
    return _conditions(flt, _live_col, Facility.geom)


def _live_col(name: str) -> Any:
    return getattr(Facility, name)


def _history_col(name: str) -> Any:
    return RegistryHistory.data[name].astext


def list_facilities(
    session: Session,
    who: Principal,
    flt: FacilityFilter,
    *,
    limit: int = 100,
    offset: int = 0,
    as_of: datetime | None = None,
) -> Page[FacilityPublic]:
    """Facilities the caller can read, filtered, paged, now or as of a time."""
    port_ids = scope_port_ids(who, session, flt)
    if as_of is None:
        cond = facility_conditions(flt)
        cond.append(Facility.deleted_at.is_(None))
        if port_ids is not None:
            cond.append(Facility.port_id.in_(port_ids))
        where = and_(*cond)
        total = session.scalar(select(func.count()).select_from(Facility).where(where)) or 0
        query: Select[Any] = (
            select(Facility)
            .where(where)
            .order_by(Facility.port_id, Facility.ledger_no, Facility.id)
        )
        rows = [_row_values(f) for f in session.scalars(query.limit(limit).offset(offset))]
        return Page(items=_public_list(session, rows), total=total, limit=limit, offset=offset)
    geom = func.ST_GeomFromGeoJSON(RegistryHistory.data["geom"])
    cond = _conditions(flt, _history_col, geom)
    if port_ids is not None:
        cond.append(RegistryHistory.port_id.in_(port_ids))
    cond += [
        RegistryHistory.entity == "facility",
        RegistryHistory.valid_from <= as_of,
        or_(RegistryHistory.valid_to.is_(None), RegistryHistory.valid_to > as_of),
        RegistryHistory.op != "delete",
    ]
    where = and_(*cond)
    total = session.scalar(select(func.count()).select_from(RegistryHistory).where(where)) or 0
    hquery = (
        select(RegistryHistory.data)
        .where(where)
        .order_by(RegistryHistory.port_id, _history_col("ledger_no"), RegistryHistory.entity_id)
        .limit(limit)
        .offset(offset)
    )
    rows = [_history_values(d) for d in session.scalars(hquery)]
    return Page(items=_public_list(session, rows), total=total, limit=limit, offset=offset)


def facility_history(
    session: Session, who: Principal, facility_id: uuid.UUID
) -> list[HistoryEntry]:
    rows = history_of(session, "facility", facility_id)
    if not rows or not who.can_read(rows[0].port_id):  # type: ignore[arg-type]
        raise NotFound("facility not found")
    return history_entries(rows)

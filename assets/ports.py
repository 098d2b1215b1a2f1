"""Authorities (port managers) and ports: the registry's reference level."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from geoalchemy2.shape import from_shape
from shapely.geometry import MultiPolygon, Polygon
from sqlalchemy import delete, func, select, union_all
from sqlalchemy.orm import Session

from assets.common import (
    as_geojson,
    as_shape,
    changed_values,
    check_code,
    history_entries,
    history_of,
    parse_geometry,
)
from assets.models import Authority, Port, PortDatum
from assets.schemas import (
    AuthorityCreate,
    AuthorityPublic,
    AuthorityUpdate,
    DatumOffset,
    HistoryEntry,
    PortCreate,
    PortPublic,
    PortUpdate,
)
from geodata.crs import CRSLookupError, crs_from_epsg, is_metric, proj4_of
from geodata.timezones import is_zone, zone_for
from kernel.auth.service import Principal
from kernel.errors import Conflict, Invalid, NotFound
from kernel.ids import new_id


# -- authorities ------------------------------------------------------------------------------
def authority_public(a: Authority) -> AuthorityPublic:
    return AuthorityPublic.model_validate(a, from_attributes=True)


def create_authority(session: Session, who: Principal, data: AuthorityCreate) -> Authority:
    """Register a port manager; only an administrator of all ports may."""
    who.require_global_admin()
    if session.scalar(select(Authority.id).where(Authority.code == data.code)):
        raise Conflict(f"authority '{data.code}' already exists", field="code")
    if not (data.name_ja or data.name_en):
        raise Invalid("an authority needs a Japanese or an English name", field="name_en")
    authority = Authority(id=new_id(), **data.model_dump())
    session.add(authority)
    session.flush()
    return authority


def list_authorities(session: Session, who: Principal) -> list[Authority]:
    """Authorities of the ports the caller can see (all of them for a global user)."""
    query = select(Authority).where(Authority.deleted_at.is_(None)).order_by(Authority.code)
    if not who.all_ports:
        query = query.where(
            Authority.id.in_(select(Port.authority_id).where(who.port_scope(Port.id)))
        )
    return list(session.scalars(query))


def get_authority(session: Session, who: Principal, authority_id: uuid.UUID) -> Authority:
    for authority in list_authorities(session, who):
        if authority.id == authority_id:
            return authority
    raise NotFound("authority not found")


def update_authority(
    session: Session, who: Principal, authority_id: uuid.UUID, data: AuthorityUpdate
) -> Authority:
    who.require_global_admin()
    authority = get_authority(session, who, authority_id)
    for key, value in data.model_dump(exclude_unset=True).items():
        setattr(authority, key, value)
    session.flush()
    session.refresh(authority)
    return authority


# -- ports ------------------------------------------------------------------------------------
def _check_metric_epsg(epsg: int) -> None:
    try:
        crs_from_epsg(epsg)
    except CRSLookupError as exc:
        raise Invalid(str(exc), field="metric_epsg") from exc
    if not is_metric(epsg):
        raise Invalid(
            f"EPSG:{epsg} is not a projected CRS in metres; use the port's plane rectangular "
            "zone (EPSG:6669–6687 in Japan) or its UTM zone",
            field="metric_epsg",
        )


def _boundary(obj: dict[str, Any], crs: int | None) -> Any:
    element = parse_geometry(obj, crs, field="boundary")
    geom = as_shape(element)
    if isinstance(geom, Polygon):
        return from_shape(MultiPolygon([geom]), srid=4326)
    if not isinstance(geom, MultiPolygon):
        raise Invalid(
            f"a port boundary must be a Polygon or MultiPolygon, not {type(geom).__name__}",
            field="boundary",
        )
    return element


def _time_zone(given: str | None, country: str, boundary: Any) -> str:
    """The zone given (checked), else the country's, else the one nearest the boundary."""
    if given is not None:
        if not is_zone(given):
            raise Invalid(
                f"'{given}' is not an IANA time zone (e.g. Asia/Tokyo, Europe/Paris)",
                field="time_zone",
            )
        return given
    shape = as_shape(boundary) if boundary is not None else None
    centre = shape.centroid if shape is not None else None
    zone = zone_for(country, centre.x if centre else None, centre.y if centre else None)
    if zone is None:
        raise Invalid(
            f"country {country} has several time zones: give the port's time_zone "
            "(or its boundary, to take the nearest)",
            field="time_zone",
        )
    return zone


def _set_datums(session: Session, port_id: uuid.UUID, datums: list[DatumOffset]) -> None:
    session.execute(delete(PortDatum).where(PortDatum.port_id == port_id))
    for i, d in enumerate(datums):
        check_code(session, "vertical_datum", d.datum, f"datums[{i}].datum")
        check_code(session, "vertical_datum", d.reference, f"datums[{i}].reference")
        session.add(PortDatum(port_id=port_id, **d.model_dump()))


def create_port(session: Session, who: Principal, data: PortCreate) -> Port:
    """Register a port under an authority; only an administrator of all ports may."""
    who.require_global_admin()
    if session.get(Authority, data.authority_id) is None:
        raise Invalid("no such authority", field="authority_id")
    if session.scalar(select(Port.id).where(Port.code == data.code)):
        raise Conflict(f"port '{data.code}' already exists", field="code")
    if not (data.name_ja or data.name_en):
        raise Invalid("a port needs a Japanese or an English name", field="name_en")
    check_code(session, "port_class", data.port_class, "port_class")
    _check_metric_epsg(data.metric_epsg)
    values = data.model_dump(exclude={"boundary", "crs", "datums"})
    port = Port(id=new_id(), **values)
    if data.boundary is not None:
        port.boundary = _boundary(data.boundary, data.crs)
    port.time_zone = _time_zone(data.time_zone, data.country, port.boundary)
    session.add(port)
    session.flush()
    _set_datums(session, port.id, data.datums)
    session.flush()
    return port


def port_zone(session: Session, port_id: uuid.UUID) -> str:
    """The IANA time zone of a port (local times are entered and shown in it)."""
    zone = session.scalar(select(Port.time_zone).where(Port.id == port_id))
    return zone or "UTC"


def visible_ports(session: Session, who: Principal) -> list[Port]:
    query = select(Port).where(Port.deleted_at.is_(None)).order_by(Port.code)
    query = query.where(who.port_scope(Port.id))
    return list(session.scalars(query))


def resolve_port(session: Session, who: Principal, ref: str | uuid.UUID) -> Port:
    """A port the caller can read, by id or code; NotFound otherwise (existence not leaked)."""
    try:
        port_id = ref if isinstance(ref, uuid.UUID) else uuid.UUID(str(ref))
        port = session.get(Port, port_id)
    except ValueError:
        port = session.scalar(select(Port).where(Port.code == str(ref)))
    if port is None or port.deleted_at is not None or not who.can_read(port.id):
        raise NotFound(f"port '{ref}' not found")
    return port


def ports_public(session: Session, ports: list[Port]) -> list[PortPublic]:
    """Ports as the API shows them, with their datums and extent, in two queries whatever
    their number."""
    from assets.models import Facility

    if not ports:
        return []
    ids = [p.id for p in ports]
    datums: dict[uuid.UUID, list[PortDatum]] = {i: [] for i in ids}
    for d in session.scalars(
        select(PortDatum).where(PortDatum.port_id.in_(ids)).order_by(PortDatum.valid_from)
    ):
        datums[d.port_id].append(d)
    shapes = union_all(
        select(Facility.port_id.label("p"), Facility.geom.label("g")).where(
            Facility.port_id.in_(ids), Facility.deleted_at.is_(None)
        ),
        select(Port.id.label("p"), Port.boundary.label("g")).where(
            Port.id.in_(ids), Port.boundary.is_not(None)
        ),
    ).subquery()
    extent = func.ST_Extent(shapes.c.g)
    boxes = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                shapes.c.p,
                func.ST_XMin(extent),
                func.ST_YMin(extent),
                func.ST_XMax(extent),
                func.ST_YMax(extent),
            ).group_by(shapes.c.p)
        )
    }
    out = []
    for port in ports:
        box = boxes.get(port.id)
        out.append(
            PortPublic(
                id=port.id,
                metric_crs_proj4=proj4_of(port.metric_epsg),
                metric_north_first=crs_from_epsg(port.metric_epsg).axis_info[0].direction
                == "north",
                bbox=None if box is None or box[0] is None else [float(v) for v in box],
                authority_id=port.authority_id,
                code=port.code,
                unlocode=port.unlocode,
                jp_port_code=port.jp_port_code,
                name_ja=port.name_ja,
                name_en=port.name_en,
                port_class=port.port_class,
                country=port.country,
                time_zone=port.time_zone,
                metric_epsg=port.metric_epsg,
                boundary=as_geojson(port.boundary),
                datums=[
                    DatumOffset.model_validate(d, from_attributes=True) for d in datums[port.id]
                ],
                attributes=port.attributes,
                version=port.version,
                updated_at=port.updated_at,
            )
        )
    return out


def port_public(session: Session, port: Port) -> PortPublic:
    return ports_public(session, [port])[0]


def update_port(session: Session, who: Principal, ref: str, data: PortUpdate) -> Port:
    port = resolve_port(session, who, ref)
    who.require("port.admin", port.id, "port")
    changes = data.model_dump(exclude_unset=True, exclude={"boundary", "crs", "datums"})
    if "port_class" in changes:
        check_code(session, "port_class", changes["port_class"], "port_class")
    if changes.get("metric_epsg") is not None:
        _check_metric_epsg(changes["metric_epsg"])
    if changes.get("time_zone") is not None:
        _time_zone(changes["time_zone"], port.country, None)
    if "boundary" in data.model_fields_set:
        changes["boundary"] = None if data.boundary is None else _boundary(data.boundary, data.crs)
    for key, value in changed_values(port, changes).items():
        setattr(port, key, value)
    if data.datums is not None:
        _set_datums(session, port.id, data.datums)
    session.flush()
    session.refresh(port)
    return port


def delete_port(session: Session, who: Principal, ref: str) -> None:
    """Retire a port (soft delete, kept in history); refused while it has live facilities."""
    from assets.models import Facility

    port = resolve_port(session, who, ref)
    who.require_global_admin()
    live = session.scalar(
        select(func.count()).where(Facility.port_id == port.id, Facility.deleted_at.is_(None))
    )
    if live:
        raise Conflict(f"port '{port.code}' still has {live} facilities; delete them first")
    port.deleted_at = datetime.now(UTC)
    session.flush()


def port_history(session: Session, who: Principal, ref: str) -> list[HistoryEntry]:
    port = resolve_port(session, who, ref)
    return history_entries(history_of(session, "port", port.id))

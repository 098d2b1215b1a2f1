"""A read-only OGC SensorThings API (v1.1) over facilities (Things), datastreams and readings
(Observations), with ``$top``, ``$skip``, ``$count``, ``$orderby=phenomenonTime`` and
``$filter`` comparisons on ``phenomenonTime`` and ``result`` joined by ``and``. Same tokens
and port scopes as the REST API."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from assets.models import Facility
from kernel.auth.service import Principal
from kernel.errors import BadRequest, NotFound
from kernel.web import MAX_OFFSET, CurrentUser, SessionDep
from twin.sensors.models import Datastream, observation
from twin.sensors.service import get_stream

router = APIRouter(prefix="/sta/v1.1", tags=["SensorThings API"])
MAX_TOP = 10_000
_CMP = re.compile(r"^\s*(phenomenonTime|result)\s+(eq|ne|gt|ge|lt|le)\s+(.+?)\s*$")
OPS = {
    "eq": "__eq__",
    "ne": "__ne__",
    "gt": "__gt__",
    "ge": "__ge__",
    "lt": "__lt__",
    "le": "__le__",
}
Top = Annotated[int, Query(alias="$top", ge=0, le=MAX_TOP)]
Skip = Annotated[int, Query(alias="$skip", ge=0, le=MAX_OFFSET)]
Filter = Annotated[str | None, Query(alias="$filter")]
OrderBy = Annotated[str | None, Query(alias="$orderby")]
Count = Annotated[bool, Query(alias="$count")]


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/sta/v1.1"


def _filter(text: str | None) -> list[ColumnElement[bool]]:
    if not text:
        return []
    out = []
    for part in re.split(r"\s+and\s+", text.strip()):
        match = _CMP.match(part)
        if not match:
            raise BadRequest(
                f"$filter: '{part}' is not '<phenomenonTime|result> <op> <value>' "
                "(ops eq, ne, gt, ge, lt, le; clauses joined by and)",
                parameter="$filter",
            )
        name, op, raw = match.groups()
        column = observation.c.observed_at if name == "phenomenonTime" else observation.c.value
        try:
            value: Any = (
                datetime.fromisoformat(raw.replace("Z", "+00:00"))
                if name == "phenomenonTime"
                else float(raw)
            )
        except ValueError:
            raise BadRequest(
                f"$filter: '{raw}' is not a {'time' if name != 'result' else 'number'}",
                parameter="$filter",
            ) from None
        out.append(getattr(column, OPS[op])(value))
    return out


def _order(text: str | None) -> Any:
    if text in (None, "phenomenonTime", "phenomenonTime asc"):
        return observation.c.observed_at.asc()
    if text == "phenomenonTime desc":
        return observation.c.observed_at.desc()
    raise BadRequest("$orderby: phenomenonTime asc or phenomenonTime desc", parameter="$orderby")


def _next(request: Request, top: int, skip: int, returned: int) -> dict[str, str]:
    if returned < top:
        return {}
    url = request.url.include_query_params(**{"$skip": skip + top, "$top": top})
    return {"@iot.nextLink": str(url)}


def _thing(request: Request, f: Facility) -> dict[str, Any]:
    link = f"{_base(request)}/Things({f.id})"
    return {
        "@iot.id": str(f.id),
        "@iot.selfLink": link,
        "name": f.name_en or f.name_ja or "",
        "description": f"{f.kind} {f.ledger_no or ''}".strip(),
        "properties": {"ledger_no": f.ledger_no, "kind": f.kind, "name_ja": f.name_ja},
        "Datastreams@iot.navigationLink": f"{link}/Datastreams",
    }


def _stream(request: Request, s: Datastream) -> dict[str, Any]:
    link = f"{_base(request)}/Datastreams({s.id})"
    return {
        "@iot.id": str(s.id),
        "@iot.selfLink": link,
        "name": s.name,
        "description": s.sensor or s.name,
        "unitOfMeasurement": {"name": s.unit, "symbol": s.unit, "definition": ""},
        "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
        "ObservedProperty": {"name": s.observed_property},
        "properties": {
            "component_id": str(s.component_id) if s.component_id else None,
            "ifc_global_id": s.ifc_global_id,
            "ext_id": s.ext_id,
        },
        "Thing@iot.navigationLink": f"{_base(request)}/Things({s.facility_id})",
        "Observations@iot.navigationLink": f"{link}/Observations",
    }


def _scoped_streams(who: Principal) -> Any:
    query = select(Datastream)
    return query.where(who.port_scope(Datastream.port_id))


@router.get("", summary="SensorThings service root")
def root(request: Request) -> dict[str, Any]:
    base = _base(request)
    return {
        "value": [
            {"name": n, "url": f"{base}/{n}"} for n in ("Things", "Datastreams", "Observations")
        ],
        "serverSettings": {
            "conformance": ["http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel"]
        },
    }


@router.get("/Things")
def things(
    request: Request, who: CurrentUser, session: SessionDep, top: Top = 100, skip: Skip = 0
) -> dict[str, Any]:
    ids = select(Datastream.facility_id).distinct()
    ids = ids.where(who.port_scope(Datastream.port_id))
    rows = session.scalars(
        select(Facility).where(Facility.id.in_(ids)).order_by(Facility.id).limit(top).offset(skip)
    ).all()
    return {"value": [_thing(request, f) for f in rows], **_next(request, top, skip, len(rows))}


@router.get("/Things({thing_id})")
def thing(
    thing_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep
) -> dict[str, Any]:
    f = session.scalar(select(Facility).where(Facility.id == thing_id))
    if f is None or not who.can_read(f.port_id):
        raise NotFound("Thing not found")
    return _thing(request, f)


@router.get("/Things({thing_id})/Datastreams")
def thing_streams(
    thing_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep
) -> dict[str, Any]:
    rows = session.scalars(
        _scoped_streams(who).where(Datastream.facility_id == thing_id).order_by(Datastream.id)
    ).all()
    return {"value": [_stream(request, s) for s in rows]}


@router.get("/Datastreams")
def streams(
    request: Request, who: CurrentUser, session: SessionDep, top: Top = 100, skip: Skip = 0
) -> dict[str, Any]:
    rows = session.scalars(
        _scoped_streams(who).order_by(Datastream.id).limit(top).offset(skip)
    ).all()
    return {"value": [_stream(request, s) for s in rows], **_next(request, top, skip, len(rows))}


@router.get("/Datastreams({stream_id})")
def stream(
    stream_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep
) -> dict[str, Any]:
    return _stream(request, get_stream(session, who, stream_id))


def _observations(
    request: Request,
    session: Session,
    cond: list[ColumnElement[bool]],
    top: int,
    skip: int,
    order: str | None,
    count: bool,
) -> dict[str, Any]:
    o = observation.c
    rows = session.execute(
        select(o.datastream_id, o.observed_at, o.value, o.quality)
        .where(and_(*cond))
        .order_by(_order(order))
        .limit(top)
        .offset(skip)
    )
    value = [
        {
            "@iot.id": f"{sid}:{t.isoformat()}",
            "phenomenonTime": t.isoformat(),
            "result": v,
            "resultQuality": q,
        }
        for sid, t, v, q in rows
    ]
    out: dict[str, Any] = {"value": value, **_next(request, top, skip, len(value))}
    if count:
        out["@iot.count"] = session.scalar(
            select(func.count()).select_from(observation).where(and_(*cond))
        )
    return out


@router.get("/Datastreams({stream_id})/Observations")
def stream_observations(
    stream_id: uuid.UUID,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    top: Top = 100,
    skip: Skip = 0,
    filter_: Filter = None,
    orderby: OrderBy = None,
    count: Count = False,
) -> dict[str, Any]:
    s = get_stream(session, who, stream_id)
    cond = [
        observation.c.port_id == s.port_id,
        observation.c.datastream_id == s.id,
        *_filter(filter_),
    ]
    return _observations(request, session, cond, top, skip, orderby, count)


@router.get("/Observations")
def observations(
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    top: Top = 100,
    skip: Skip = 0,
    filter_: Filter = None,
    orderby: OrderBy = None,
    count: Count = False,
) -> dict[str, Any]:
    cond = _filter(filter_)
    cond.append(who.port_scope(observation.c.port_id))
    return _observations(request, session, cond, top, skip, orderby, count)

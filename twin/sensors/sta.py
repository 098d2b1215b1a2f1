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
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from assets.models import Facility
from kernel.errors import BadRequest
from kernel.lookup import readable
from kernel.web import MAX_OFFSET, CurrentUser, SessionDep, page_size
from twin.sensors import service
from twin.sensors.models import Datastream, observation

router = APIRouter(prefix="/sta/v1.1", tags=["SensorThings API"])
_CMP = re.compile(r"^\s*(phenomenonTime|result)\s+(eq|ne|gt|ge|lt|le)\s+(.+?)\s*$")
OPS = {
    "eq": "__eq__",
    "ne": "__ne__",
    "gt": "__gt__",
    "ge": "__ge__",
    "lt": "__lt__",
    "le": "__le__",
}
Top = Annotated[int | None, Query(alias="$top", ge=0, le=MAX_OFFSET)]
Skip = Annotated[int, Query(alias="$skip", ge=0, le=MAX_OFFSET)]
Filter = Annotated[str | None, Query(alias="$filter")]
OrderBy = Annotated[str | None, Query(alias="$orderby")]
Count = Annotated[bool, Query(alias="$count")]


class StaLink(BaseModel):
    name: str
    url: str


class StaServerSettings(BaseModel):
    conformance: list[str]


class StaRoot(BaseModel):
    value: list[StaLink]
    serverSettings: StaServerSettings


class _Sta(BaseModel):
    """SensorThings names its keys with '@': ``@iot.id`` is ``iot_id`` here, written out
    under the standard's name."""

    model_config = ConfigDict(serialize_by_alias=True)


class Thing(_Sta):
    iot_id: str = Field(serialization_alias="@iot.id")
    self_link: str = Field(serialization_alias="@iot.selfLink")
    name: str
    description: str
    properties: dict[str, Any]
    datastreams_link: str = Field(serialization_alias="Datastreams@iot.navigationLink")


class UnitOfMeasurement(BaseModel):
    name: str
    symbol: str
    definition: str


class ObservedProperty(BaseModel):
    name: str


class StaDatastream(_Sta):
    iot_id: str = Field(serialization_alias="@iot.id")
    self_link: str = Field(serialization_alias="@iot.selfLink")
    name: str
    description: str
    unitOfMeasurement: UnitOfMeasurement
    observationType: str
    ObservedProperty: ObservedProperty
    properties: dict[str, Any]
    thing_link: str = Field(serialization_alias="Thing@iot.navigationLink")
    observations_link: str = Field(serialization_alias="Observations@iot.navigationLink")


class Observation(_Sta):
    iot_id: str = Field(serialization_alias="@iot.id")
    phenomenonTime: datetime
    result: float
    resultQuality: int


class _Page(_Sta):
    next_link: str | None = Field(default=None, serialization_alias="@iot.nextLink")
    count: int | None = Field(default=None, serialization_alias="@iot.count")


class Things(_Page):
    value: list[Thing]


class Datastreams(_Page):
    value: list[StaDatastream]


class Observations(_Page):
    value: list[Observation]


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


def _next(request: Request, top: int, skip: int, returned: int) -> str | None:
    if returned < top:
        return None
    return str(request.url.include_query_params(**{"$skip": skip + top, "$top": top}))


def _thing(request: Request, f: Facility) -> Thing:
    link = f"{_base(request)}/Things({f.id})"
    return Thing(
        iot_id=str(f.id),
        self_link=link,
        name=f.name_en or f.name_ja or "",
        description=f"{f.kind} {f.ledger_no or ''}".strip(),
        properties={"ledger_no": f.ledger_no, "kind": f.kind, "name_ja": f.name_ja},
        datastreams_link=f"{link}/Datastreams",
    )


def _stream(request: Request, s: Datastream) -> StaDatastream:
    link = f"{_base(request)}/Datastreams({s.id})"
    return StaDatastream(
        iot_id=str(s.id),
        self_link=link,
        name=s.name,
        description=s.sensor or s.name,
        unitOfMeasurement=UnitOfMeasurement(name=s.unit, symbol=s.unit, definition=""),
        observationType="http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
        ObservedProperty=ObservedProperty(name=s.observed_property),
        properties={
            "component_id": str(s.component_id) if s.component_id else None,
            "ifc_global_id": s.ifc_global_id,
            "ext_id": s.ext_id,
        },
        thing_link=f"{_base(request)}/Things({s.facility_id})",
        observations_link=f"{link}/Observations",
    )


@router.get("", summary="SensorThings service root")
def root(request: Request) -> StaRoot:
    base = _base(request)
    return StaRoot(
        value=[
            StaLink(name=n, url=f"{base}/{n}") for n in ("Things", "Datastreams", "Observations")
        ],
        serverSettings=StaServerSettings(
            conformance=["http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel"]
        ),
    )


@router.get("/Things")
def things(
    request: Request, who: CurrentUser, session: SessionDep, top: Top = None, skip: Skip = 0
) -> Things:
    size = page_size(request, top, "$top")
    rows = service.things(session, who, size, skip)
    return Things(
        value=[_thing(request, f) for f in rows], next_link=_next(request, size, skip, len(rows))
    )


@router.get("/Things({thing_id})")
def thing(thing_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep) -> Thing:
    return _thing(request, readable(session, who, Facility, thing_id, what="Thing"))


@router.get("/Things({thing_id})/Datastreams")
def thing_streams(
    thing_id: uuid.UUID,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    top: Top = None,
    skip: Skip = 0,
) -> Datastreams:
    facility = readable(session, who, Facility, thing_id, what="Thing")
    size = page_size(request, top, "$top")
    rows = service.streams_page(session, who, size, skip, facility.id)
    return Datastreams(
        value=[_stream(request, s) for s in rows], next_link=_next(request, size, skip, len(rows))
    )


@router.get("/Datastreams")
def streams(
    request: Request, who: CurrentUser, session: SessionDep, top: Top = None, skip: Skip = 0
) -> Datastreams:
    size = page_size(request, top, "$top")
    rows = service.streams_page(session, who, size, skip)
    return Datastreams(
        value=[_stream(request, s) for s in rows], next_link=_next(request, size, skip, len(rows))
    )


@router.get("/Datastreams({stream_id})")
def stream(
    stream_id: uuid.UUID, request: Request, who: CurrentUser, session: SessionDep
) -> StaDatastream:
    return _stream(request, service.get_stream(session, who, stream_id))


def _observations(
    request: Request,
    session: Session,
    cond: list[ColumnElement[bool]],
    top: int | None,
    skip: int,
    order: str | None,
    count: bool,
) -> Observations:
    size = page_size(request, top, "$top")
    rows, total = service.observations_page(session, cond, _order(order), size, skip, count)
    value = [
        Observation(iot_id=f"{sid}:{t.isoformat()}", phenomenonTime=t, result=v, resultQuality=q)
        for sid, t, v, q in rows
    ]
    return Observations(value=value, next_link=_next(request, size, skip, len(value)), count=total)


@router.get("/Datastreams({stream_id})/Observations")
def stream_observations(
    stream_id: uuid.UUID,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    top: Top = None,
    skip: Skip = 0,
    filter_: Filter = None,
    orderby: OrderBy = None,
    count: Count = False,
) -> Observations:
    s = service.get_stream(session, who, stream_id)
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
    top: Top = None,
    skip: Skip = 0,
    filter_: Filter = None,
    orderby: OrderBy = None,
    count: Count = False,
) -> Observations:
    cond = _filter(filter_)
    cond.append(who.port_scope(observation.c.port_id))
    return _observations(request, session, cond, top, skip, orderby, count)

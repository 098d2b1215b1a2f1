"""Reading models and elements, and placing a model on the map by hand."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import String, and_, cast, func, select
from sqlalchemy.orm import Session

from assets.bim.importing import UNPLACED_NOTE, Placement, georef_of, place_footprints
from assets.bim.linking import link_model
from assets.bim.models import BimElement, BimLink, BimModel, BimPlacement
from assets.common import as_geojson
from assets.schemas import Page
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.jobs import Job, JobPublic
from kernel.lookup import readable


def readable_model(session: Session, who: Principal, model_id: uuid.UUID) -> BimModel:
    return readable(session, who, BimModel, model_id, what="model")


class ModelPublic(BaseModel):
    id: uuid.UUID
    port_id: uuid.UUID
    file_name: str
    file_sha256: str
    file_size: int
    declared_schema: str | None
    ifc_schema: str | None
    status: str  # queued, running, ready, failed (from the job until the model is ready)
    job: JobPublic | None
    error: str | None
    notes: list[str]
    georef: dict[str, Any] | None
    element_count: int | None
    linked_elements: int
    glb_url: str | None
    file_url: str
    created_by: str
    created_at: datetime


_LINKED = (
    select(func.count())
    .where(
        BimLink.port_id == BimModel.port_id,
        BimLink.model_id == BimModel.id,
        BimLink.facility_id.is_not(None),
    )
    .correlate(BimModel)
    .scalar_subquery()
)


def _models(session: Session, where: Any) -> list[ModelPublic]:
    """Models with their job and linked-element count, in one query."""
    rows = session.execute(
        select(BimModel, Job, _LINKED)
        .outerjoin(Job, Job.id == BimModel.job_id)
        .where(where)
        .order_by(BimModel.created_at)
    )
    return [_public(model, job, linked) for model, job, linked in rows]


def _public(model: BimModel, job: Job | None, linked: int) -> ModelPublic:
    # the model row knows "ready"; before that its job says queued, running or failed
    status = model.status
    if status != "ready" and job is not None:
        status = {"done": "ready"}.get(job.status, job.status)
    base = f"/api/v1/bim/models/{model.id}"
    return ModelPublic(
        id=model.id,
        port_id=model.port_id,
        file_name=model.file_name,
        file_sha256=model.file_sha256,
        file_size=model.file_size,
        declared_schema=model.declared_schema,
        ifc_schema=model.schema,
        status=status,
        job=JobPublic.of(job) if job else None,
        error=job.message if job is not None and job.status == "failed" else None,
        notes=model.notes,
        georef=model.georef,
        element_count=model.element_count,
        linked_elements=linked,
        glb_url=f"{base}/model.glb" if model.glb_sha256 else None,
        file_url=f"{base}/file",
        created_by=model.created_by,
        created_at=model.created_at,
    )


def model_public(session: Session, model: BimModel) -> ModelPublic:
    (public,) = _models(session, BimModel.id == model.id)
    return public


def list_models(session: Session, who: Principal, port_id: uuid.UUID | None) -> list[ModelPublic]:
    where = who.port_scope(BimModel.port_id)
    if port_id is not None:
        where = and_(where, BimModel.port_id == port_id)
    return _models(session, where)


class ElementPublic(BaseModel):
    global_id: str
    ifc_class: str
    predefined_type: str | None
    object_type: str | None
    name: str | None
    tag: str | None
    parent_global_id: str | None
    psets: dict[str, Any]
    footprint: dict[str, Any] | None
    facility_id: uuid.UUID | None
    component_id: uuid.UUID | None
    link_method: str | None
    link_confidence: float | None


@dataclass(frozen=True)
class ElementFilter:
    ifc_class: str | None = None
    global_id: str | None = None  # one element, as a 3D viewer picks it
    linked: bool | None = None
    text: str | None = None
    prop: str | None = None  # "Pset_Name.Property"
    value: str | None = None


def _property_condition(prop: str, value: str | None) -> Any:
    pset, _, name = prop.partition(".")
    if not pset or not name:
        raise Invalid("property must be 'PsetName.PropertyName'", field="property")
    if value is None:
        return BimElement.psets[pset].has_key(name)
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    return BimElement.psets.contains({pset: {name: parsed}})


def list_elements(
    session: Session,
    who: Principal,
    model_id: uuid.UUID,
    flt: ElementFilter,
    *,
    limit: int = 100,
    offset: int = 0,
) -> Page[ElementPublic]:
    """Elements of a model with their property sets and links; property values are queried
    in the database (``Pset_QuayCommon.StructuralType`` = ``caisson``)."""
    model = readable_model(session, who, model_id)
    cond = [BimElement.port_id == model.port_id, BimElement.model_id == model.id]
    if flt.ifc_class:
        cond.append(BimElement.ifc_class == flt.ifc_class)
    if flt.global_id:
        cond.append(BimElement.global_id == flt.global_id)
    if flt.text:
        cond.append(BimElement.name.ilike(f"%{flt.text}%"))
    if flt.prop:
        cond.append(_property_condition(flt.prop, flt.value))
    link_join = and_(
        BimLink.port_id == BimElement.port_id,
        BimLink.model_id == BimElement.model_id,
        BimLink.global_id == BimElement.global_id,
    )
    if flt.linked is not None:
        linked = BimLink.facility_id.is_not(None)
        cond.append(linked if flt.linked else ~func.coalesce(linked, False))
    base = select(BimElement, BimLink).outerjoin(BimLink, link_join).where(*cond)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(
        base.order_by(BimElement.ifc_class, BimElement.global_id).limit(limit).offset(offset)
    )
    items = [
        ElementPublic(
            global_id=e.global_id,
            ifc_class=e.ifc_class,
            predefined_type=e.predefined_type,
            object_type=e.object_type,
            name=e.name,
            tag=e.tag,
            parent_global_id=e.parent_global_id,
            psets=e.psets,
            footprint=as_geojson(e.footprint),
            facility_id=link.facility_id if link else None,
            component_id=link.component_id if link else None,
            link_method=link.method if link else None,
            link_confidence=link.confidence if link else None,
        )
        for e, link in rows
    ]
    return Page(items=items, total=total, limit=limit, offset=offset)


def place_model(
    session: Session,
    who: Principal,
    model_id: uuid.UUID,
    placement: Placement,
    *,
    create_facilities: bool = False,
) -> dict[str, Any]:
    """Put the model on the map (or move it): every footprint is placed again in the database,
    the placement is recorded, and the model is re-linked (manual links stay)."""
    model = readable_model(session, who, model_id)
    who.require("registry.write", model.port_id, "model")
    if model.status != "ready":
        raise Invalid("the model is still being imported; place it when it is ready", field="id")
    conversion = placement.conversion()
    session.add(
        BimPlacement(
            port_id=model.port_id,
            model_id=model.id,
            placement=placement.model_dump(),
            actor=who.name,
        )
    )
    place_footprints(session, model, conversion)
    glb_origin = model.glb_origin or (0.0, 0.0)
    model.georef = georef_of(conversion, "manual", (glb_origin[0], glb_origin[1]))
    # the import's "no georeferencing, place it by hand" no longer holds
    model.notes = [
        *(n for n in model.notes or [] if not n.startswith(UNPLACED_NOTE)),
        f"placed by hand by {who.name} (EPSG:{placement.crs}, origin "
        f"{placement.eastings:g}, {placement.northings:g})",
    ]
    model.updated_at = func.now()
    session.flush()
    return link_model(session, who, model, create_facilities=create_facilities)


def delete_model(session: Session, who: Principal, model_id: uuid.UUID) -> None:
    """Remove a model with its elements, links and placements. Facilities created from it stay
    (they are registry rows with their own history); the stored file stays in the
    content-addressed store, where other ports may share it."""
    model = readable_model(session, who, model_id)
    who.require("registry.write", model.port_id, "model")
    if model.status != "ready" and model.job_id is not None:
        job = session.get(Job, model.job_id)
        if job is not None and job.status in ("queued", "running"):
            raise Invalid(
                "the model is still being imported; delete it when it is done", field="id"
            )
    session.delete(model)
    session.flush()


class PlacementRecord(BaseModel):
    """A placement given by hand, and who gave it when."""

    model_config = ConfigDict(extra="allow")

    crs: int
    eastings: float
    northings: float
    height: float = 0.0
    rotation_deg: float = 0.0
    actor: str
    placed_at: datetime


def placements(session: Session, who: Principal, model_id: uuid.UUID) -> list[PlacementRecord]:
    """Every placement given to the model by hand, oldest first."""
    model = readable_model(session, who, model_id)
    rows = session.scalars(
        select(BimPlacement)
        .where(BimPlacement.port_id == model.port_id, BimPlacement.model_id == model.id)
        .order_by(BimPlacement.id)
    )
    return [PlacementRecord(**p.placement, actor=p.actor, placed_at=p.placed_at) for p in rows]


class LinkedModel(BaseModel):
    """A model with elements linked to a facility."""

    id: uuid.UUID
    file_name: str
    ifc_schema: str | None = Field(serialization_alias="schema")
    georef: dict[str, Any] | None
    glb_url: str | None
    linked_global_ids: list[str]


def facility_models(session: Session, facility_id: uuid.UUID) -> list[LinkedModel]:
    """Models with elements linked to the facility (for the twin state and the viewer)."""
    rows = session.execute(
        select(BimModel, func.array_agg(cast(BimLink.global_id, String)))
        .join(BimLink, (BimLink.port_id == BimModel.port_id) & (BimLink.model_id == BimModel.id))
        .where(BimLink.facility_id == facility_id, BimModel.status == "ready")
        .group_by(BimModel.port_id, BimModel.id)
        .order_by(BimModel.created_at)
    )
    return [
        LinkedModel(
            id=m.id,
            file_name=m.file_name,
            ifc_schema=m.schema,
            georef=m.georef,
            glb_url=f"/api/v1/bim/models/{m.id}/model.glb" if m.glb_sha256 else None,
            linked_global_ids=sorted(gids),
        )
        for m, gids in rows
    ]

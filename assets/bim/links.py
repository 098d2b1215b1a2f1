"""Links by hand (set, unlink) and the link report of a model: what is linked and how, which
elements that should stand for a facility or component are not, which facilities of the port
no model shows. Automatic linking is :mod:`assets.bim.linking`."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.bim.linking import role_of
from assets.bim.models import BimElement, BimLink, BimModel
from assets.bim.service import readable_model
from assets.models import Component, Facility
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound


class LinkPublic(BaseModel):
    global_id: str
    ifc_class: str
    name: str | None
    facility_id: uuid.UUID | None
    component_id: uuid.UUID | None
    method: str
    confidence: float
    detail: str | None
    actor: str


class UnlinkedElement(BaseModel):
    global_id: str
    ifc_class: str
    predefined_type: str | None
    name: str | None
    expected: str = "facility or component"


class UnmodelledFacility(BaseModel):
    id: uuid.UUID
    ledger_no: str | None
    name: str | None
    kind: str


class LinkSummary(BaseModel):
    """What a linking run did."""

    linked: int = Field(description="elements linked to a facility or component")
    by_method: dict[str, int] = Field(description="links by method (external_id, ledger_no …)")
    linkable: int = Field(description="elements that stand for registry things")
    unlinked: int
    notes: list[str]


class ElementLink(BaseModel):
    global_id: str
    facility_id: uuid.UUID | None
    component_id: uuid.UUID | None
    method: str
    confidence: float


class LinkReport(BaseModel):
    model_id: uuid.UUID
    links: list[LinkPublic]
    unlinked_elements: list[UnlinkedElement]
    other_elements: int
    unmodelled_facilities: list[UnmodelledFacility]


def _element(session: Session, model: BimModel, global_id: str) -> BimElement:
    element = session.get(BimElement, (model.port_id, model.id, global_id))
    if element is None:
        raise NotFound(f"element {global_id} is not in model {model.file_name}")
    return element


def set_link(
    session: Session,
    who: Principal,
    model_id: uuid.UUID,
    global_id: str,
    facility_id: uuid.UUID | None,
    component_id: uuid.UUID | None = None,
) -> BimLink:
    """Link an element by hand (or, with no facility, unlink it); automatic linking keeps it."""
    model = readable_model(session, who, model_id)
    who.require("registry.write", model.port_id, "model")
    _element(session, model, global_id)
    if component_id is not None:
        component = session.get(Component, (model.port_id, component_id))
        if component is None or component.deleted_at is not None:
            raise Invalid("component not found in this port", field="component_id")
        if facility_id is not None and facility_id != component.facility_id:
            raise Invalid("the component belongs to another facility", field="component_id")
        facility_id = component.facility_id
    if facility_id is not None:
        facility = session.get(Facility, (model.port_id, facility_id))
        if facility is None or facility.deleted_at is not None:
            raise Invalid("facility not found in the model's port", field="facility_id")
    link = session.get(BimLink, (model.port_id, model.id, global_id))
    if link is None:
        link = BimLink(port_id=model.port_id, model_id=model.id, global_id=global_id)
        session.add(link)
    link.facility_id, link.component_id = facility_id, component_id
    link.method, link.confidence, link.actor = "manual", 1.0, who.name
    link.detail = "linked by hand" if facility_id else "unlinked by hand"
    session.flush()
    return link


def link_report(session: Session, who: Principal, model_id: uuid.UUID) -> LinkReport:
    model = readable_model(session, who, model_id)
    elements = list(
        session.scalars(
            select(BimElement)
            .where(BimElement.port_id == model.port_id, BimElement.model_id == model.id)
            .order_by(BimElement.ifc_class, BimElement.name)
        )
    )
    links = {
        link.global_id: link
        for link in session.scalars(
            select(BimLink).where(BimLink.port_id == model.port_id, BimLink.model_id == model.id)
        )
    }
    public, unlinked, other = [], [], 0
    for e in elements:
        link = links.get(e.global_id)
        if link is not None and link.facility_id is not None:
            public.append(
                LinkPublic(
                    global_id=e.global_id,
                    ifc_class=e.ifc_class,
                    name=e.name,
                    facility_id=link.facility_id,
                    component_id=link.component_id,
                    method=link.method,
                    confidence=link.confidence,
                    detail=link.detail,
                    actor=link.actor,
                )
            )
            continue
        kind, component_type = role_of(e)
        if kind or component_type:
            unlinked.append(
                UnlinkedElement(
                    global_id=e.global_id,
                    ifc_class=e.ifc_class,
                    predefined_type=e.predefined_type,
                    name=e.name,
                    expected=f"facility ({kind})" if kind else f"component ({component_type})",
                )
            )
        else:
            other += 1
    return LinkReport(
        model_id=model.id,
        links=public,
        unlinked_elements=unlinked,
        other_elements=other,
        unmodelled_facilities=_unmodelled(session, model.port_id),
    )


def _unmodelled(session: Session, port_id: uuid.UUID) -> list[UnmodelledFacility]:
    modelled = (
        select(BimLink.facility_id)
        .join(BimModel, (BimModel.port_id == BimLink.port_id) & (BimModel.id == BimLink.model_id))
        .where(BimLink.port_id == port_id, BimModel.status == "ready")
    )
    rows: Iterable[Facility] = session.scalars(
        select(Facility)
        .where(
            Facility.port_id == port_id,
            Facility.deleted_at.is_(None),
            Facility.id.not_in(modelled.where(BimLink.facility_id.is_not(None))),
        )
        .order_by(Facility.ledger_no, Facility.name_en)
    )
    return [
        UnmodelledFacility(id=f.id, ledger_no=f.ledger_no, name=f.name_ja or f.name_en, kind=f.kind)
        for f in rows
    ]

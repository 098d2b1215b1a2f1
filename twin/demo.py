"""The demo twin: four real ports from open data, plus demo users for each role.

Sources (see ``demo_data/ATTRIBUTION.md``): Port Hercule and Fontvieille in Monaco, and the
Port of Nice (Port Lympia), whose quays the same OpenStreetMap extract of Monaco contains; the
Port of Geraldton breakwater crest lines from Geoscience Australia's PTHA
model inputs, and the Kawasaki port district (臨港地区) boundary from PLATEAU. Values that are
not in those sources (a few specs, the component breakdown of one quay) are invented for the
demo and listed in each row's ``synthetic`` field. Loading is idempotent: rows are found again
by their external id and updated only when the source changed.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

from shapely.geometry import shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.components import create_component
from assets.facilities import create_facility, update_facility
from assets.models import Authority, Component, Facility, FacilityExternalId, Port
from assets.ports import create_authority, create_port
from assets.schemas import (
    AuthorityCreate,
    ComponentCreate,
    DatumOffset,
    ExternalId,
    FacilityCreate,
    FacilityUpdate,
    Height,
    PortCreate,
)
from kernel.auth.models import User
from kernel.auth.service import SYSTEM, create_user, issue_token
from kernel.database import set_actor

DATA = Path(__file__).parent / "demo_data"

AUTHORITIES = [
    AuthorityCreate(
        code="sepm-monaco",
        name_en="Société d'Exploitation des Ports de Monaco",
        name_ja="モナコ港湾運営会社",
        country="MC",
    ),
    AuthorityCreate(
        code="nice-port",
        name_en="Port of Nice authority",
        name_ja="ニース港管理者",
        country="FR",
        attributes={"synthetic": "generic name: the managing body is not in the open data shipped"},
    ),
    AuthorityCreate(
        code="midwest-ports",
        name_en="Mid West Ports Authority",
        name_ja="ミッドウェスト港湾局",
        country="AU",
    ),
    AuthorityCreate(
        code="kawasaki-city",
        name_ja="川崎市",
        name_en="City of Kawasaki",
        country="JP",
        attributes={"local_public_authority_code": "141305"},
    ),
]

PORTS: list[dict[str, Any]] = [
    {
        "authority": "sepm-monaco",
        "code": "MCMON",
        "unlocode": "MCMON",
        "name_en": "Port of Monaco",
        "name_ja": "モナコ港",
        "port_class": "foreign",
        "country": "MC",
        "metric_epsg": 32632,
    },
    {
        "authority": "nice-port",
        "code": "FRNCE",
        "unlocode": "FRNCE",
        "name_en": "Port of Nice (Port Lympia)",
        "name_ja": "ニース港",
        "port_class": "foreign",
        "country": "FR",
        "metric_epsg": 32632,
    },
    {
        "authority": "midwest-ports",
        "code": "AUGET",
        "unlocode": "AUGET",
        "name_en": "Port of Geraldton",
        "name_ja": "ジェラルトン港",
        "port_class": "foreign",
        "country": "AU",
        "metric_epsg": 7850,
    },
    {
        "authority": "kawasaki-city",
        "code": "JPKWS",
        "unlocode": "JPKWS",
        "name_ja": "川崎港",
        "name_en": "Port of Kawasaki",
        "port_class": "international_strategic",
        "country": "JP",
        "metric_epsg": 6677,
        "boundary_file": "kawasaki_port_zone.geojson",
        # Kawasaki's construction datum A.P. is not in the shipped open data; the demo uses the
        # published Yokohama D.L. offset (D.L. = T.P. − 1.090 m) to show dated datum offsets.
        "datums": [
            DatumOffset(
                datum="DL",
                reference="TP",
                offset_m=-1.090,
                valid_from=date(2000, 1, 1),
                source="synthetic: Yokohama D.L. offset used for the demo",
            )
        ],
    },
]

# (role, ports) of each demo user; an empty port list means all ports.
USERS: dict[str, tuple[str, list[str]]] = {
    "demo-admin": ("admin", []),
    "demo-engineer": ("engineer", ["MCMON", "FRNCE", "AUGET"]),
    "demo-inspector": ("inspector", ["MCMON", "FRNCE"]),
    "demo-planner": ("planner", ["MCMON", "FRNCE", "AUGET"]),
    "demo-viewer": ("viewer", ["MCMON"]),
    "kawasaki-engineer": ("engineer", ["JPKWS"]),
}

# Specs invented for two Nice quays so the demo shows them; every one is marked synthetic.
INVENTED_SPECS: dict[str, dict[str, Any]] = {
    "Quai des Docks": {
        "structure_type": "caisson",
        "construction_year": 1926,
        "design_depth": Height(value=-9.0, datum="NGM"),
        "important": True,
    },
    "Quai de la Douane": {
        "structure_type": "concrete_block",
        "construction_year": 1910,
        "design_depth": Height(value=-6.5, datum="NGM"),
    },
}


def _features(name: str) -> list[dict[str, Any]]:
    return list(json.loads((DATA / name).read_text(encoding="utf-8"))["features"])


def _authorities(session: Session) -> dict[str, Authority]:
    out = {}
    for data in AUTHORITIES:
        found = session.scalar(select(Authority).where(Authority.code == data.code))
        out[data.code] = found or create_authority(session, SYSTEM, data)
    return out


def _ports(session: Session, authorities: dict[str, Authority]) -> dict[str, Port]:
    out = {}
    for spec in PORTS:
        found = session.scalar(select(Port).where(Port.code == spec["code"]))
        if found is None:
            values = {k: v for k, v in spec.items() if k not in {"authority", "boundary_file"}}
            if "boundary_file" in spec:
                values["boundary"] = _features(spec["boundary_file"])[0]["geometry"]
            found = create_port(
                session,
                SYSTEM,
                PortCreate(authority_id=authorities[spec["authority"]].id, **values),
            )
        out[spec["code"]] = found
    return out


def _upsert_facility(session: Session, source: str, ext_id: str, data: FacilityCreate) -> Facility:
    """Create the facility, or update it when its demo source changed since the last load."""
    digest = hashlib.sha256(data.model_dump_json().encode()).hexdigest()[:16]
    data.attributes = {**(data.attributes or {}), "demo_source_digest": digest}
    data.external_ids = [ExternalId(source=source, ext_id=ext_id)]
    port = session.scalar(select(Port).where(Port.code == data.port))
    assert port is not None
    existing = session.scalar(
        select(Facility)
        .join(
            FacilityExternalId,
            (FacilityExternalId.facility_id == Facility.id)
            & (FacilityExternalId.port_id == Facility.port_id),
        )
        .where(
            FacilityExternalId.port_id == port.id,
            FacilityExternalId.source == source,
            FacilityExternalId.ext_id == ext_id,
        )
    )
    if existing is None:
        return create_facility(session, SYSTEM, data)
    if existing.attributes.get("demo_source_digest") == digest and existing.deleted_at is None:
        return existing
    update = FacilityUpdate(**data.model_dump(exclude={"port", "external_ids"}, exclude_unset=True))
    return update_facility(session, SYSTEM, existing.id, update)


# The OSM extract of Monaco reaches west to Nice: features west of this longitude are in the
# Port of Nice, the rest in Monaco's Port Hercule and Port de Fontvieille.
NICE_EAST_OF = 7.35


def _osm_ports(session: Session) -> Facility | None:
    counters: dict[tuple[str, str], int] = {}
    prefix = {"quay": "Q", "pier": "P", "floating_pier": "FP", "breakwater": "BW", "crane": "CR"}
    docks = None
    for feat in _features("monaco_osm.geojson"):
        props = feat["properties"]
        kind = props["kind"]
        lon = shape(feat["geometry"]).centroid.x
        port, ledger = ("FRNCE", "NC") if lon < NICE_EAST_OF else ("MCMON", "MC")
        counters[port, kind] = counters.get((port, kind), 0) + 1
        name = props.get("name")
        invented = dict(INVENTED_SPECS.get(name or "", {}))
        facility = _upsert_facility(
            session,
            "osm",
            props["osm"],
            FacilityCreate(
                port=port,
                kind=kind,
                geometry=feat["geometry"],
                ledger_no=f"{ledger}-{prefix[kind]}-{counters[port, kind]:02d}",
                name_en=name,
                status="in_service",
                attributes={"osm_recognised_by": props["recognised_by"]},
                synthetic=[*sorted(invented), "ledger_no"],
                **invented,
            ),
        )
        if name == "Quai des Docks":
            docks = facility
    return docks


def _geraldton(session: Session) -> None:
    for i, feat in enumerate(_features("geraldton_breakwaters.geojson"), start=1):
        props = feat["properties"]
        _upsert_facility(
            session,
            "ptha",
            props["source_file"],
            FacilityCreate(
                port="AUGET",
                kind="breakwater",
                geometry=feat["geometry"],
                ledger_no=f"GT-BW-{i}",
                name_en=f"Geraldton breakwater {i}",
                status="in_service",
                crown_height=Height(value=props["crest_max_m"], datum="MSL"),
                manager="Mid West Ports Authority",
                attributes={
                    "crest_min_m": props["crest_min_m"],
                    "crest_profile_points": props["crest_profile_points"],
                    "crest_datum_note": "elevation as used by the PTHA SWALS model (MSL)",
                },
                synthetic=["ledger_no", "name_en"],
            ),
        )


def _components(session: Session, facility: Facility) -> None:
    """An invented component breakdown of one quay (4 spans), so inspections have members."""
    have = session.scalar(select(Component.id).where(Component.facility_id == facility.id))
    if have is not None:
        return
    for span in range(1, 5):
        for ctype, exposure in (
            ("superstructure", "splash"),
            ("caisson", "submerged"),
            ("fender", "tidal"),
            ("bollard", "atmospheric"),
            ("pavement", "atmospheric"),
        ):
            create_component(
                session,
                SYSTEM,
                ComponentCreate(
                    facility_id=facility.id,
                    component_type=ctype,
                    span=str(span),
                    name=f"{ctype} span {span}",
                    exposure=exposure,
                    synthetic=["component breakdown"],
                ),
            )


def _users(session: Session, ports: dict[str, Port]) -> dict[str, tuple[str, str, str]]:
    """Demo users, each with a new token (tokens printed by earlier runs keep working)."""
    tokens = {}
    for name, (role, codes) in USERS.items():
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            user, token = create_user(
                session, name, role, [ports[c].id for c in codes], all_ports=not codes
            )
        else:
            token = issue_token(session, user.id)
        tokens[name] = (role, ",".join(codes) or "all ports", token)
    return tokens


def load_demo(session: Session) -> dict[str, tuple[str, str, str]]:
    """Load (or refresh) the demo ports and users; returns name → (role, ports, token)."""
    set_actor(session, "demo loader")
    authorities = _authorities(session)
    ports = _ports(session, authorities)
    docks = _osm_ports(session)
    if docks is not None:
        _components(session, docks)
    _geraldton(session)
    return _users(session, ports)

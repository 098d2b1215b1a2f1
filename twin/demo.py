"""The demo twin: five real ports from open data, loaded through the real importers, plus a
demo user for each role.

Sources (``demo_data/ATTRIBUTION.md``): OpenStreetMap for Monaco's Port Hercule and Port de
Fontvieille and for the Port of Nice, whose quays the same extract contains; Geoscience
Australia's breakwater crest lines for the Port of Geraldton; PLATEAU for the Kawasaki port
district and a Numazu revetment. Values not in those files (ledger numbers, a few specs, the
component breakdown of one quay) are invented and listed in each row's ``synthetic`` field.
Loading again changes nothing: the importers match rows by external id and skip unchanged
ones.
"""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from shapely import LineString
from shapely.geometry import mapping
from shapely.ops import substring
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from assets.basemap import import_basemap
from assets.bim.importing import register_model
from assets.bim.models import BimModel
from assets.common import as_shape
from assets.components import create_component
from assets.facilities import update_facility
from assets.importers.files import run_import
from assets.importers.vector import Mapping
from assets.models import Authority, Component, Facility, Port
from assets.ports import create_authority, create_port
from assets.schemas import (
    AuthorityCreate,
    ComponentCreate,
    DatumOffset,
    FacilityUpdate,
    Height,
    PortCreate,
)
from geodata.crs import STORAGE_EPSG, reproject
from inspections.catalog import catalog_for
from inspections.models import Inspection
from inspections.records import add_findings, create_inspection, submit_inspection
from inspections.schemas import Conditions, FindingIn, InspectionCreate, InspectionType
from kernel.auth.models import ApiToken, User
from kernel.auth.service import SYSTEM, create_user, issue_token
from kernel.database import set_actor
from kernel.jobs import run_inline
from twin.ifc_export.service import export_facility
from twin.planning.deterioration import STATES

DATA = Path(__file__).parent / "demo_data"
OSM = DATA / "osm" / "monaco-latest.osm.pbf"
PORT_ZONE = DATA / "plateau/kawasaki-shi/udx/urf/533915_urf_6668_rinko_op.gml"
REVETMENT = DATA / "plateau/plateau-3_0/udx/cons/52384698_cons_6697_1.gml"

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
        attributes={"plateau_city_code": "14130"},
    ),
    AuthorityCreate(
        code="shizuoka-pref",
        name_ja="静岡県",
        name_en="Shizuoka Prefecture",
        country="JP",
        attributes={"plateau_admin_type": "2 都道府県（港湾管理者）"},
    ),
]

# Kawasaki's construction datum is not in the shipped data; the demo uses the published
# Yokohama D.L. offset (D.L. = T.P. − 1.090 m) to show dated datum offsets, marked synthetic.
YOKOHAMA_DL = DatumOffset(
    datum="DL",
    reference="TP",
    offset_m=-1.090,
    valid_from=date(2000, 1, 1),
    source="synthetic: Yokohama D.L. offset used for the demo",
)

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
        "time_zone": "Australia/Perth",
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
        "datums": [YOKOHAMA_DL],
    },
    {
        "authority": "shizuoka-pref",
        "code": "JPNUMAZU",
        "name_ja": "沼津港",
        "name_en": "Port of Numazu",
        "country": "JP",
        "metric_epsg": 6676,
    },
]

# Where each port's features are in the OSM extract (lon/lat boxes).
OSM_AREAS = {"MCMON": (7.40, 43.70, 7.45, 43.76), "FRNCE": (7.27, 43.68, 7.30, 43.71)}

# (role, ports) of each demo user; an empty port list means all ports.
USERS: dict[str, tuple[str, list[str]]] = {
    "demo-admin": ("admin", []),
    "demo-engineer": ("engineer", ["MCMON", "FRNCE", "AUGET", "JPNUMAZU"]),
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
        "design_depth": Height(value=-9.0, datum="MSL"),
        "important": True,
    },
    "Quai de la Douane": {
        "structure_type": "concrete_block",
        "construction_year": 1910,
        "design_depth": Height(value=-6.5, datum="MSL"),
    },
}
LEDGER_PREFIX = {
    "quay": "Q",
    "pier": "P",
    "floating_pier": "FP",
    "breakwater": "BW",
    "crane": "CR",
    "slipway": "SW",
    "marina": "MA",
    "revetment": "RV",
}


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
            values = {k: v for k, v in spec.items() if k != "authority"}
            found = create_port(
                session,
                SYSTEM,
                PortCreate(authority_id=authorities[spec["authority"]].id, **values),
            )
        out[spec["code"]] = found
    return out


def _import_sources(session: Session) -> None:
    for port, area in OSM_AREAS.items():
        run_import(session, SYSTEM, "osm", OSM, port, bbox=area)
    geraldton = Mapping(
        id_field="id",
        constants={"kind": "breakwater", "manager": "Mid West Ports Authority"},
        crest_csv="{stem}.csv",
        crest_datum="MSL",
    )
    for shp in sorted((DATA / "geraldton").glob("*.shp")):
        run_import(session, SYSTEM, "vector", shp, "AUGET", mapping=geraldton)
    run_import(session, SYSTEM, "plateau", PORT_ZONE, "JPKWS")
    run_import(session, SYSTEM, "plateau", REVETMENT, "JPNUMAZU")
    import_basemap(session, SYSTEM, "MCMON", OSM)  # the offline basemap around Monaco


def _ledger_numbers_and_specs(session: Session, ports: dict[str, Port]) -> None:
    """Invented ledger numbers (by port, kind and external id) and the specs above."""
    for code, port in ports.items():
        rows = session.scalars(
            select(Facility)
            .where(Facility.port_id == port.id, Facility.deleted_at.is_(None))
            .order_by(Facility.kind, Facility.created_at, Facility.id)
        )
        counters: dict[str, int] = {}
        for facility in rows:
            counters[facility.kind] = counters.get(facility.kind, 0) + 1
            invented = INVENTED_SPECS.get(facility.name_en or "", {})
            ledger = (
                f"{code[2:4]}-{LEDGER_PREFIX.get(facility.kind, 'X')}-{counters[facility.kind]:02d}"
            )
            update_facility(
                session,
                SYSTEM,
                facility.id,
                FacilityUpdate(
                    ledger_no=facility.ledger_no or ledger,
                    synthetic=sorted({*facility.synthetic, "ledger_no", *invented}),
                    **invented,
                ),
            )
            if not facility.name_en and code == "AUGET":
                update_facility(
                    session,
                    SYSTEM,
                    facility.id,
                    FacilityUpdate(
                        name_en=f"Geraldton breakwater {counters[facility.kind]}",
                        synthetic=sorted({*facility.synthetic, "name_en"}),
                    ),
                )


def _components(session: Session, port: Port) -> None:
    """An invented breakdown of Quai des Docks into 4 spans along its line, so inspections
    have members, grades can be drawn span by span and its IFC model has an element each."""
    docks = session.scalar(
        select(Facility).where(Facility.port_id == port.id, Facility.name_en == "Quai des Docks")
    )
    if docks is None:
        return
    if session.scalar(select(Component.id).where(Component.facility_id == docks.id)):
        return
    line = reproject(as_shape(docks.geom), STORAGE_EPSG, port.metric_epsg)
    if not isinstance(line, LineString):
        line = None
    face = (docks.width_m or 5.0) / 2  # the fenders and bollards sit on one face
    for span in range(1, 5):
        part = substring(line, (span - 1) / 4, span / 4, normalized=True) if line else None
        bollard = part and part.offset_curve(face - 1.0).interpolate(0.5, normalized=True)
        for ctype, exposure, where in (
            ("superstructure", "splash", part),
            ("caisson", "submerged", part),
            ("fender", "tidal", part and part.offset_curve(face + 0.4)),
            ("bollard", "atmospheric", bollard),
            ("pavement", "atmospheric", part),
        ):
            create_component(
                session,
                SYSTEM,
                ComponentCreate(
                    facility_id=docks.id,
                    component_type=ctype,
                    span=str(span),
                    name=f"{ctype} span {span}",
                    exposure=exposure,
                    geometry=mapping(where) if where is not None else None,
                    crs=port.metric_epsg,
                    synthetic=["component breakdown", "geometry"],
                ),
            )


DEMO_MODEL = "demo-quai-des-docks.ifc"


def _bim_model(session: Session, port: Port) -> None:
    """A BIM model of Quai des Docks: the registry's own IFC 4.3 export, imported back, so the
    demo shows a model linked element by element (it locates the quay; not a design model)."""
    docks = session.scalar(
        select(Facility).where(Facility.port_id == port.id, Facility.name_en == "Quai des Docks")
    )
    if docks is None:
        return
    existing = select(BimModel.id).where(
        BimModel.port_id == port.id, BimModel.file_name == DEMO_MODEL
    )
    if session.scalar(existing):
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / DEMO_MODEL
        path.write_bytes(export_facility(session, SYSTEM, docks.id))
        _, job = register_model(session, SYSTEM, port.code, path)
    if job is not None:
        run_inline(session, SYSTEM, job)


HISTORY_PATTERNS: tuple[list[tuple[InspectionType, int]], ...] = (
    [("general_periodic", 2016), ("general_periodic", 2021)],
    [("general_periodic", 2015), ("general_periodic", 2019)],  # overdue since 2024
    [
        ("initial", 2012),
        ("general_periodic", 2017),
        ("detailed_periodic", 2018),
        ("general_periodic", 2020),
        ("general_periodic", 2023),
    ],
)
WORSEN_PER_YEAR = {"I": 0.05, "II": 0.08, "III": 0.12}  # invented deterioration for the demo


def _inspection_history(session: Session, ports: dict[str, Port]) -> None:
    """Synthetic inspections of the Nice quays, Monaco piers and Geraldton breakwaters: a
    component breakdown, then grades that worsen at random over the years, so grades,
    trends and overdue inspections show up. Every row is marked synthetic."""
    facilities = session.scalars(
        select(Facility)
        .where(
            Facility.port_id.in_([ports[c].id for c in ("FRNCE", "MCMON", "AUGET")]),
            Facility.kind.in_(("quay", "pier", "breakwater")),
            Facility.deleted_at.is_(None),
        )
        .order_by(Facility.ledger_no)
    ).all()
    for facility in facilities:
        if session.scalar(
            select(Inspection.id).where(Inspection.facility_id == facility.id).limit(1)
        ):
            continue
        catalog = catalog_for(facility.kind, facility.structure_type)
        if catalog is None:
            continue
        rng = random.Random(facility.ledger_no)  # noqa: S311 (demo data, reproducible)
        spans = _demo_components(session, facility, catalog, rng)
        state = {
            (item.code, span): rng.choice("ddddc")
            for item in catalog.items
            for span in spans[item.component_type]
        }
        pattern = HISTORY_PATTERNS[rng.randrange(len(HISTORY_PATTERNS))]
        year = pattern[0][1]
        for kind, when in pattern:
            for _ in range(when - year):
                for item in catalog.items:
                    for span in spans[item.component_type]:
                        grade = state[item.code, span]
                        if grade != "a" and rng.random() < WORSEN_PER_YEAR[item.item_class]:
                            state[item.code, span] = STATES[STATES.index(grade) + 1]
            year = when
            record = create_inspection(
                session,
                SYSTEM,
                InspectionCreate(
                    facility_id=facility.id,
                    inspection_type=kind,
                    started_on=date(when, 5 + rng.randrange(5), 1 + rng.randrange(27)),
                    inspectors=["demo inspector (synthetic)"],
                    organisation="demo (synthetic)",
                    methods=["visual_on_foot", "boat"],
                    conditions=_demo_conditions(facility.ledger_no, when),
                    remarks="synthetic demo inspection",
                ),
                synthetic=True,
            )
            add_findings(
                session,
                SYSTEM,
                record.id,
                [
                    FindingIn(
                        item_code=item.code,
                        grade=state[item.code, span],  # type: ignore[arg-type]
                        component_id=component_id,
                        span=span,
                    )
                    for item in catalog.items
                    for span, component_id in spans[item.component_type].items()
                ],
            )
            submit_inspection(session, SYSTEM, record.id)


def _demo_conditions(ledger_no: str | None, year: int) -> Conditions:
    """The day's weather of a synthetic inspection (its own random stream, so the grades of
    the demo do not depend on it)."""
    rng = random.Random(f"{ledger_no}/{year}")  # noqa: S311 (demo data, reproducible)
    return Conditions(
        weather=rng.choice(["晴れ / clear", "曇り / cloudy"]),
        sea_state=rng.choice(["静穏 / calm", "波あり / slight"]),
        tide_level_m=round(rng.uniform(0.1, 0.6), 2),
        tide_datum="MSL",
    )


def _demo_components(
    session: Session, facility: Facility, catalog: Any, rng: random.Random
) -> dict[str, dict[str, Any]]:
    """component type → span → component id, creating an invented breakdown when missing."""
    existing = session.scalars(
        select(Component).where(
            Component.facility_id == facility.id, Component.deleted_at.is_(None)
        )
    ).all()
    out: dict[str, dict[str, Any]] = {}
    for c in existing:
        out.setdefault(c.component_type, {})[c.span or "-"] = c.id
    count = 2 + rng.randrange(4)
    for ctype in dict.fromkeys(item.component_type for item in catalog.items):
        if ctype in out:
            continue
        out[ctype] = {}
        for span in range(1, count + 1):
            component = create_component(
                session,
                SYSTEM,
                ComponentCreate(
                    facility_id=facility.id,
                    component_type=ctype,
                    span=str(span),
                    name=f"{ctype} span {span}",
                    synthetic=["component breakdown"],
                ),
            )
            out[ctype][str(span)] = component.id
    return out


DEMO_TOKEN = "demo"  # label of the tokens the demo prints  # noqa: S105 (a label)


def demo_users(
    session: Session,
    ports: dict[str, Port],
    users: dict[str, tuple[str, list[str]]] = USERS,
) -> dict[str, tuple[str, str, str]]:
    """Demo users, each with one valid demo token: a run rotates the token the previous run
    printed (it stops working), so demo tokens never pile up."""
    tokens = {}
    now = datetime.now(UTC)
    for name, (role, codes) in users.items():
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            user, token = create_user(
                session,
                name,
                role,
                [ports[c].id for c in codes],
                all_ports=not codes,
                label=DEMO_TOKEN,
            )
        else:
            session.execute(
                update(ApiToken)
                .where(
                    ApiToken.user_id == user.id,
                    ApiToken.label == DEMO_TOKEN,
                    ApiToken.revoked_at.is_(None),
                )
                .values(revoked_at=now)
            )
            token = issue_token(session, user.id, label=DEMO_TOKEN)
        tokens[name] = (role, ",".join(codes) or "all ports", token)
    return tokens


def load_demo(session: Session) -> dict[str, tuple[str, str, str]]:
    """Load (or refresh) the demo ports and users; returns name → (role, ports, token)."""
    set_actor(session, "demo loader")
    ports = _ports(session, _authorities(session))
    _import_sources(session)
    _ledger_numbers_and_specs(session, ports)
    _components(session, ports["FRNCE"])
    _inspection_history(session, ports)
    _bim_model(session, ports["FRNCE"])
    return demo_users(session, ports)

"""The collections the OGC APIs publish, and the SQL that reads them.

A collection names its source (a table or join), its feature id, geometry, port column (for
scoping to the caller's ports), the condition for live rows, and its properties. Feature JSON
is built by PostgreSQL (``json_build_object`` + ``ST_AsGeoJSON``) and returned as one text
value per page, so rows are never turned into Python objects on the way out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Float,
    FromClause,
    Integer,
    Select,
    Text,
    and_,
    case,
    cast,
    func,
    literal,
    not_,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from assets.basemap import BasemapFeature
from assets.bim.models import BimElement, BimLink, BimModel
from assets.models import Component, Facility, Port
from inspections.models import SUBMITTED, FacilityCondition, Finding, Inspection
from kernel.auth.service import Principal
from twin.ogc.crs import OutputCRS


@dataclass(frozen=True)
class Property:
    column: ColumnElement[Any]
    title: str

    @property
    def json_type(self) -> dict[str, str]:
        kind = self.column.type
        if isinstance(kind, Boolean):
            return {"type": "boolean"}
        if isinstance(kind, Integer):
            return {"type": "integer"}
        if isinstance(kind, Float):
            return {"type": "number"}
        if isinstance(kind, DateTime):
            return {"type": "string", "format": "date-time"}
        if isinstance(kind, Date):
            return {"type": "string", "format": "date"}
        return {"type": "string"}

    def coerce(self, name: str, value: Any) -> Any:
        """``value`` as this property's type, or ValueError saying why it cannot be: a filter
        compares like with like (text with quoted text, numbers with numbers)."""
        schema = self.json_type
        kind, fmt = schema["type"], schema.get("format")
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            raise ValueError(f"{name} is true or false, not {value!r}")
        if kind == "integer":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} is a whole number, not {value!r}")
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(f"{name} is a whole number, not {value!r}")
            if not -(2**63) <= value < 2**63:
                raise ValueError(f"{name}: {value} is beyond any whole number stored")
            return int(value)
        if kind == "number":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} is a number, not {value!r}")
            if not math.isfinite(float(value)):
                raise ValueError(f"{name}: {value} is not a finite number")
            return float(value)
        if fmt in ("date", "date-time"):
            if isinstance(value, datetime | date):
                return value
            if isinstance(value, str):
                try:
                    return (date if fmt == "date" else datetime).fromisoformat(value)
                except ValueError:
                    pass
            raise ValueError(f"{name} is a {fmt} (RFC 3339), not {value!r}")
        if not isinstance(value, str):
            raise ValueError(f"{name} is text: compare it with a quoted string, not {value!r}")
        return value

    def parse(self, name: str, text: str) -> Any:
        """A query parameter's text as this property's type (ValueError saying why not)."""
        kind = self.json_type["type"]
        if kind == "boolean":
            if text not in ("true", "false"):
                raise ValueError(f"{name} is true or false")
            return text == "true"
        if kind in ("integer", "number"):
            try:
                number: Any = int(text)
            except ValueError:
                try:
                    number = float(text)
                except ValueError:
                    raise ValueError(f"{name} must be a {kind}") from None
            return self.coerce(name, number)
        return self.coerce(name, text)


@dataclass(frozen=True)
class GeometryKind:
    """A geometry type a single-type view publishes: points, lines or polygons."""

    suffix: str
    code: int  # ST_CollectionExtract's type number
    geojson: str
    title: str
    title_ja: str

    @property
    def format(self) -> str:
        return f"geometry-{self.geojson.lower()}"


GEOMETRY_KINDS = (
    GeometryKind("points", 1, "MultiPoint", "points", "点"),
    GeometryKind("lines", 2, "MultiLineString", "lines", "線"),
    GeometryKind("polygons", 3, "MultiPolygon", "polygons", "面"),
)


@dataclass(frozen=True)
class Collection:
    id: str
    title: str
    title_ja: str
    description: str
    source: FromClause
    feature_id: ColumnElement[Any]
    geometry: ColumnElement[Any]
    port_id: ColumnElement[Any]
    live: ColumnElement[bool]
    datetime_column: ColumnElement[Any]
    properties: dict[str, Property]
    tile_properties: tuple[str, ...] = field(default=())
    tile_properties_low: tuple[str, ...] = ()  # below the detail zoom, when lighter
    shape_kind: GeometryKind | None = None  # one geometry type: a view of a mixed collection
    views: tuple[str, ...] = ()  # the single-type views of a mixed collection
    view_of: str | None = None  # the mixed collection a single-type view shows part of
    drawn_as: str | None = None  # points, lines or polygons when all features are
    tile_order: ColumnElement[Any] | None = None  # what a tile draws first (underneath)
    styled_by: str | None = None  # the property its published styles colour by

    def scope(self, who: Principal) -> ColumnElement[bool]:
        return and_(self.live, who.port_scope(self.port_id))

    @property
    def shape(self) -> ColumnElement[Any]:
        """The geometry served: the stored one, or in a single-type view its parts of that
        type as a multi geometry (so every feature of the view has the declared type)."""
        if self.shape_kind is None:
            return self.geometry
        return func.ST_Multi(func.ST_CollectionExtract(self.geometry, self.shape_kind.code))

    @property
    def geometry_format(self) -> str:
        """The geometry's JSON Schema format (OGC API Features Part 5)."""
        return self.shape_kind.format if self.shape_kind else "geometry-any"


def single_type_views(coll: Collection) -> list[Collection]:
    """One view of ``coll`` per geometry kind: the rows with parts of that kind, so a desktop
    GIS that gives a layer one geometry type (QGIS takes it from the first features) draws
    every feature. A geometry collection appears in each view it has parts for."""
    views = []
    for kind in GEOMETRY_KINDS:
        parts = func.ST_CollectionExtract(coll.geometry, kind.code)
        views.append(
            replace(
                coll,
                id=f"{coll.id}-{kind.suffix}",
                title=f"{coll.title} ({kind.title})",
                title_ja=f"{coll.title_ja}（{kind.title_ja}）",
                description=f"{coll.description} Only those drawn as {kind.title} "
                f"({kind.geojson}), for GIS clients that load one geometry type per layer.",
                live=and_(coll.live, not_(func.ST_IsEmpty(parts))),
                shape_kind=kind,
                views=(),
                view_of=coll.id,
                drawn_as=kind.suffix,
            )
        )
    return views


def _props(pairs: list[tuple[str, ColumnElement[Any], str]]) -> dict[str, Property]:
    return {name: Property(col, title) for name, col, title in pairs}


# -- the collections: one function each, listed once in COLLECTIONS ---------------------------
_f, _p, _c = Facility.__table__, Port.__table__, Component.__table__
_fc, _fi, _ins = FacilityCondition.__table__, Finding.__table__, Inspection.__table__
_be, _bm, _bl = BimElement.__table__, BimModel.__table__, BimLink.__table__


def _ports() -> Collection:
    p = _p
    return Collection(
        id="ports",
        title="Ports",
        title_ja="港湾",
        description="Ports and their boundaries (港湾区域・臨港地区).",
        source=p,
        feature_id=p.c.id,
        geometry=p.c.boundary,
        port_id=p.c.id,
        live=p.c.deleted_at.is_(None),
        datetime_column=p.c.updated_at,
        properties=_props(
            [
                ("code", p.c.code, "Port code"),
                ("unlocode", p.c.unlocode, "UN/LOCODE"),
                ("jp_port_code", p.c.jp_port_code, "Japanese port code / 港湾コード"),
                ("name_ja", p.c.name_ja, "Name (Japanese) / 港名"),
                ("name_en", p.c.name_en, "Name (English)"),
                ("port_class", p.c.port_class, "Port class / 港格"),
                ("country", p.c.country, "Country"),
                ("metric_epsg", p.c.metric_epsg, "Metric CRS (EPSG)"),
                ("updated_at", p.c.updated_at, "Last registry change"),
            ]
        ),
        tile_properties=("code", "name_ja", "name_en", "port_class"),
    )


def _facilities() -> Collection:
    f, p, fc = _f, _p, _fc
    return Collection(
        id="facilities",
        title="Port facilities",
        title_ja="港湾施設",
        description="The registry of port facilities: quays, piers, breakwaters, "
        "revetments … with their specifications.",
        source=f.join(p, p.c.id == f.c.port_id).outerjoin(
            fc, and_(fc.c.port_id == f.c.port_id, fc.c.facility_id == f.c.id)
        ),
        feature_id=f.c.id,
        geometry=f.c.geom,
        port_id=f.c.port_id,
        live=f.c.deleted_at.is_(None),
        datetime_column=f.c.updated_at,
        properties=_props(
            [
                ("ledger_no", f.c.ledger_no, "Ledger number / 台帳番号"),
                ("name_ja", f.c.name_ja, "Name (Japanese) / 名称"),
                ("name_en", f.c.name_en, "Name (English)"),
                ("port_code", p.c.code, "Port code / 港コード"),
                ("category", f.c.category, "Category / 施設分類"),
                ("kind", f.c.kind, "Kind / 施設種類"),
                ("structure_type", f.c.structure_type, "Structure type / 構造形式"),
                ("status", f.c.status, "Status / 供用状況"),
                ("length_m", f.c.length_m, "Length (m) / 延長"),
                ("width_m", f.c.width_m, "Width (m) / 幅"),
                ("design_depth_m", f.c.design_depth_m, "Design depth (m) / 計画水深"),
                ("design_depth_datum", f.c.design_depth_datum, "Datum of design depth"),
                ("crown_height_m", f.c.crown_height_m, "Crown height (m) / 天端高"),
                ("crown_height_datum", f.c.crown_height_datum, "Datum of crown height"),
                ("design_vessel", f.c.design_vessel, "Design vessel / 対象船舶"),
                ("construction_year", f.c.construction_year, "Construction year / 建設年"),
                ("design_life_years", f.c.design_life_years, "Design life (years) / 設計供用期間"),
                ("owner", f.c.owner, "Owner / 所有者"),
                ("manager", f.c.manager, "Manager / 管理者"),
                ("important", f.c.important, "Important for inspection / 重要施設"),
                ("version", f.c.version, "Registry version"),
                ("updated_at", f.c.updated_at, "Last registry change"),
                ("grade", fc.c.final_grade, "Performance grade A–D / 性能評価"),
                ("computed_grade", fc.c.computed_grade, "Grade from the roll-up / 算定評価"),
                ("last_inspected_on", fc.c.inspected_on, "Last inspection / 最終点検日"),
                ("last_inspection_type", fc.c.inspection_type, "Type of the last inspection"),
            ]
        ),
        tile_properties=(
            "ledger_no",
            "name_ja",
            "name_en",
            "port_code",
            "category",
            "kind",
            "status",
            "important",
            "grade",
            "last_inspected_on",
        ),
        tile_properties_low=("ledger_no", "port_code", "kind", "grade"),
        views=tuple(f"facilities-{kind.suffix}" for kind in GEOMETRY_KINDS),
        styled_by="grade",
    )


def _components() -> Collection:
    c, p, fi, fc = _c, _p, _fi, _fc
    # the worst grade (a is worst) the facility's grading record gave the component's spans
    grade = (
        select(func.min(func.coalesce(fi.c.grade, fi.c.carried_grade)))
        .select_from(
            fi.join(
                fc, and_(fc.c.port_id == fi.c.port_id, fc.c.inspection_id == fi.c.inspection_id)
            )
        )
        .where(
            fi.c.port_id == c.c.port_id,
            fi.c.component_id == c.c.id,
            fc.c.facility_id == c.c.facility_id,
        )
        .scalar_subquery()
    )
    return Collection(
        id="components",
        title="Facility components",
        title_ja="部材",
        description="Members of facilities (上部工, ケーソン, 鋼矢板, 防舷材 …).",
        source=c.join(p, p.c.id == c.c.port_id),
        feature_id=c.c.id,
        geometry=c.c.geom,
        port_id=c.c.port_id,
        live=c.c.deleted_at.is_(None),
        datetime_column=c.c.updated_at,
        properties=_props(
            [
                ("facility_id", cast(c.c.facility_id, Text), "Facility id"),
                ("component_type", c.c.component_type, "Component type / 部材"),
                ("name", c.c.name, "Name"),
                ("span", c.c.span, "Span or block / スパン"),
                ("chainage_from_m", c.c.chainage_from_m, "Chainage from (m)"),
                ("chainage_to_m", c.c.chainage_to_m, "Chainage to (m)"),
                ("exposure", c.c.exposure, "Exposure zone / 環境条件"),
                ("port_code", p.c.code, "Port code"),
                ("updated_at", c.c.updated_at, "Last registry change"),
                ("grade", grade, "Worst grade a–d at the last grading / 劣化度（最新の評価）"),
            ]
        ),
        tile_properties=("component_type", "span", "facility_id", "grade"),
    )


def _bim_elements() -> Collection:
    be, bm, bl, p = _be, _bm, _bl, _p
    return Collection(
        id="bim-elements",
        title="BIM model elements",
        title_ja="BIMモデルの要素",
        description="Plan footprints of the elements of imported IFC models placed on the "
        "map, with the facility or component each is linked to and how.",
        source=be.join(bm, and_(bm.c.port_id == be.c.port_id, bm.c.id == be.c.model_id))
        .join(p, p.c.id == be.c.port_id)
        .outerjoin(
            bl,
            and_(
                bl.c.port_id == be.c.port_id,
                bl.c.model_id == be.c.model_id,
                bl.c.global_id == be.c.global_id,
            ),
        ),
        feature_id=be.c.id,
        geometry=be.c.footprint,
        port_id=be.c.port_id,
        live=and_(bm.c.status == "ready", be.c.footprint.is_not(None)),
        datetime_column=bm.c.updated_at,
        properties=_props(
            [
                ("model_id", cast(be.c.model_id, Text), "Model id"),
                ("file_name", bm.c.file_name, "IFC file / ファイル"),
                ("global_id", be.c.global_id, "IFC GlobalId"),
                ("ifc_class", be.c.ifc_class, "IFC class / IFCクラス"),
                ("predefined_type", be.c.predefined_type, "IFC predefined type"),
                ("name", be.c.name, "Name / 名称"),
                ("port_code", p.c.code, "Port code"),
                ("facility_id", cast(bl.c.facility_id, Text), "Linked facility / 施設"),
                ("component_id", cast(bl.c.component_id, Text), "Linked component / 部材"),
                ("link_method", bl.c.method, "How the link was made / 紐付け方法"),
                ("link_confidence", bl.c.confidence, "Link confidence 0–1 / 確度"),
            ]
        ),
        tile_properties=(
            "global_id",
            "ifc_class",
            "name",
            "facility_id",
            "link_method",
            "link_confidence",
        ),
    )


def _inspection_findings() -> Collection:
    fi, ins, f, p = _fi, _ins, _f, _p
    return Collection(
        id="inspection-findings",
        title="Inspection findings",
        title_ja="点検結果",
        description="Graded findings of submitted inspections, at the defect location "
        "(or a point on the facility when none was recorded).",
        source=fi.join(ins, and_(ins.c.port_id == fi.c.port_id, ins.c.id == fi.c.inspection_id))
        .join(f, and_(f.c.port_id == ins.c.port_id, f.c.id == ins.c.facility_id))
        .join(p, p.c.id == fi.c.port_id),
        feature_id=fi.c.id,
        geometry=func.coalesce(fi.c.location, func.ST_PointOnSurface(f.c.geom)),
        port_id=fi.c.port_id,
        live=ins.c.status.in_(SUBMITTED),
        datetime_column=ins.c.started_on,
        properties=_props(
            [
                ("inspection_id", cast(fi.c.inspection_id, Text), "Inspection id"),
                ("facility_id", cast(ins.c.facility_id, Text), "Facility id"),
                ("ledger_no", f.c.ledger_no, "Ledger number / 台帳番号"),
                ("port_code", p.c.code, "Port code"),
                ("inspection_type", ins.c.inspection_type, "Inspection type / 点検種別"),
                ("inspected_on", ins.c.started_on, "Inspection date / 点検日"),
                ("component_type", fi.c.component_type, "Component / 部材"),
                ("span", fi.c.span, "Span / スパン"),
                ("item_code", fi.c.item_code, "Inspection item / 点検項目"),
                ("item_class", fi.c.item_class, "Item class I–III"),
                ("grade", fi.c.grade, "Deterioration grade a–d / 劣化度"),
                ("not_inspected", fi.c.not_inspected, "Why not inspected / 未点検の理由"),
                ("chainage_m", fi.c.chainage_m, "Chainage (m)"),
                ("remarks", fi.c.remarks, "Remarks / 所見"),
            ]
        ),
        tile_properties=(
            "facility_id",
            "ledger_no",
            "item_code",
            "component_type",
            "span",
            "grade",
            "inspected_on",
        ),
        styled_by="grade",
        drawn_as="points",
    )


def _basemap() -> Collection:
    b, p = BasemapFeature.__table__, _p
    return Collection(
        id="basemap",
        title="Map around the ports",
        title_ja="港湾周辺の地図",
        description="Land, water, coastline, buildings and roads around each port, cut from "
        "open data (OpenStreetMap extracts, © OpenStreetMap contributors, ODbL): the "
        "viewer's offline basemap.",
        source=b.join(p, p.c.id == b.c.port_id),
        feature_id=b.c.id,
        geometry=b.c.geom,
        port_id=b.c.port_id,
        live=true(),
        datetime_column=b.c.imported_at,
        properties=_props(
            [
                ("layer", b.c.layer, "Layer: land, water, coastline, building, road"),
                ("kind", b.c.kind, "Kind (the OpenStreetMap tag value)"),
                ("name", b.c.name, "Name"),
                ("port_code", p.c.code, "Port code"),
                ("source", b.c.source, "Source file"),
            ]
        ),
        tile_properties=("layer", "kind", "name"),
        # water and land underneath, then buildings, roads and the coastline on top
        tile_order=case(
            {"water": 0, "land": 1, "building": 2, "road": 3, "coastline": 4},
            value=b.c.layer,
            else_=5,
        ),
    )


# A new collection is one function above and one entry here (its order is the listing order).
COLLECTIONS = (
    _ports,
    _facilities,
    _components,
    _bim_elements,
    _inspection_findings,
    _basemap,
)


@lru_cache
def collections() -> dict[str, Collection]:
    """Every collection by id, each mixed one followed by its single-type views."""
    built = []
    for make in COLLECTIONS:
        coll = make()
        built += [coll, *(single_type_views(coll) if coll.views else [])]
    return {coll.id: coll for coll in built}


# -- queries ----------------------------------------------------------------------------------
def output_geometry(coll: Collection, crs: OutputCRS) -> ColumnElement[Any]:
    geom = coll.shape
    if crs.epsg != 4326:
        geom = func.ST_Transform(geom, crs.epsg)
    if crs.northing_first:
        geom = func.ST_FlipCoordinates(geom)
    return geom


def precision(crs: OutputCRS) -> int:
    """Decimal digits: 1e-7° ≈ 1 cm for geographic CRSs, 1 mm for metric ones."""
    return 7 if crs.epsg in (4326, 6668) else 3


def feature_json(coll: Collection, crs: OutputCRS) -> ColumnElement[Any]:
    args: list[Any] = []
    for name, prop in coll.properties.items():
        args += [literal(name), prop.column]
    return func.json_build_object(
        literal("type"),
        literal("Feature"),
        literal("id"),
        cast(coll.feature_id, Text),
        literal("geometry"),
        # options 0: no "crs" member (RFC 7946); the CRS is in the Content-Crs header
        cast(func.ST_AsGeoJSON(output_geometry(coll, crs), precision(crs), 0), JSON),
        literal("properties"),
        func.json_build_object(*args),
    )


def page_query(
    coll: Collection, where: ColumnElement[bool], crs: OutputCRS, limit: int, offset: int
) -> Select[Any]:
    """One text value: the JSON array of the page's features. The page's ids are found first,
    so the JSON of rows skipped by the offset is never built."""
    ids = (
        select(coll.feature_id.label("fid"))
        .select_from(coll.source)
        .where(where)
        .order_by(coll.feature_id)
        .limit(limit)
        .offset(offset)
        .subquery("page")
    )
    rows = (
        select(feature_json(coll, crs).label("f"), coll.feature_id.label("k"))
        .select_from(coll.source.join(ids, ids.c.fid == coll.feature_id))
        .subquery("rows")
    )
    features = func.json_agg(aggregate_order_by(rows.c.f, rows.c.k))
    return select(cast(func.coalesce(features, func.json_build_array()), Text))


def count_query(coll: Collection, where: ColumnElement[bool]) -> Select[Any]:
    return select(func.count()).select_from(coll.source).where(where)


def read_page(
    session: Session,
    coll: Collection,
    where: ColumnElement[bool],
    crs: OutputCRS,
    limit: int,
    offset: int,
) -> tuple[str, int]:
    """(features JSON array text, numberMatched)."""
    features = session.scalar(page_query(coll, where, crs, limit, offset)) or "[]"
    matched = session.scalar(count_query(coll, where)) or 0
    return features, matched


def read_feature(
    session: Session, coll: Collection, where: ColumnElement[bool], crs: OutputCRS
) -> str | None:
    query = select(cast(feature_json(coll, crs), Text)).select_from(coll.source).where(where)
    return session.scalar(query)


def extent(session: Session, coll: Collection, who: Principal) -> dict[str, Any]:
    row = session.execute(
        select(
            func.ST_XMin(func.ST_Extent(coll.geometry)),
            func.ST_YMin(func.ST_Extent(coll.geometry)),
            func.ST_XMax(func.ST_Extent(coll.geometry)),
            func.ST_YMax(func.ST_Extent(coll.geometry)),
            func.min(coll.datetime_column),
            func.max(coll.datetime_column),
        )
        .select_from(coll.source)
        .where(coll.scope(who))
    ).one()
    spatial = [list(row[:4])] if row[0] is not None else [[-180.0, -90.0, 180.0, 90.0]]
    times: list[datetime | None] = [row[4], row[5]]
    return {
        "spatial": {"bbox": spatial, "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"},
        "temporal": {
            "interval": [[t.isoformat() if t else None for t in times]],
            "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
        },
    }

"""Request and response shapes of the registry, split by purpose (create / update / public)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from kernel.schemas import Input

T = TypeVar("T")
NAME_MAX = 300  # a name, of a port, facility, authority or component

GEOJSON_EXAMPLE = {
    "type": "LineString",
    "coordinates": [[7.4233, 43.7358], [7.4251, 43.7349]],
}


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class Height(Input):
    """A height is never a bare number: a value in metres and the vertical datum it refers to."""

    value: float = Field(ge=-20_000, le=20_000, description="metres, positive up")
    datum: str = Field(
        max_length=20, description="code of the vertical datum, e.g. CDL, DL, TP", examples=["CDL"]
    )


class DatumOffset(Input):
    """``height in reference = height in datum + offset_m`` from ``valid_from``."""

    datum: str = Field(max_length=20, examples=["DL"])
    reference: str = Field(default="TP", max_length=20, examples=["TP"])
    offset_m: float = Field(ge=-1000, le=1000, examples=[-1.090])
    valid_from: date
    valid_to: date | None = None
    source: str | None = None


class ExternalId(Input):
    source: str = Field(max_length=40, examples=["osm"])
    ext_id: str = Field(max_length=200, examples=["way/37806297"])


# -- authorities ------------------------------------------------------------------------------
class AuthorityCreate(Input):
    code: str = Field(max_length=40, pattern=r"^[A-Za-z0-9_.-]+$", examples=["kawasaki-city"])
    name_ja: str | None = Field(default=None, max_length=NAME_MAX, examples=["川崎市"])
    name_en: str | None = Field(default=None, max_length=NAME_MAX, examples=["City of Kawasaki"])
    country: str = Field(min_length=2, max_length=2, examples=["JP"])
    attributes: dict[str, Any] = Field(default_factory=dict)


class AuthorityUpdate(Input):
    not_null = frozenset({"country", "attributes"})

    name_ja: str | None = Field(default=None, max_length=NAME_MAX)
    name_en: str | None = Field(default=None, max_length=NAME_MAX)
    country: str | None = Field(default=None, min_length=2, max_length=2)
    attributes: dict[str, Any] | None = None


class AuthorityPublic(BaseModel):
    id: uuid.UUID
    code: str
    name_ja: str | None
    name_en: str | None
    country: str
    attributes: dict[str, Any]
    version: int
    updated_at: datetime


# -- ports ------------------------------------------------------------------------------------
class PortCreate(Input):
    authority_id: uuid.UUID
    code: str = Field(max_length=20, pattern=r"^[A-Za-z0-9_-]+$", examples=["JPKWS"])
    unlocode: str | None = Field(default=None, pattern=r"^[A-Z]{2}[A-Z2-9]{3}$", examples=["JPKWS"])
    jp_port_code: str | None = Field(default=None, max_length=10)
    name_ja: str | None = Field(default=None, max_length=NAME_MAX, examples=["川崎港"])
    name_en: str | None = Field(default=None, max_length=NAME_MAX, examples=["Port of Kawasaki"])
    port_class: str | None = Field(
        default=None, max_length=60, examples=["international_strategic"]
    )
    country: str = Field(min_length=2, max_length=2, examples=["JP"])
    time_zone: str | None = Field(
        default=None,
        max_length=60,
        description="IANA time zone of local times (photos, field forms); default: the "
        "country's zone, or the one nearest the boundary",
        examples=["Asia/Tokyo"],
    )
    metric_epsg: int = Field(
        ge=1024, le=999_999, description="metric CRS for lengths and areas", examples=[6677]
    )
    boundary: dict[str, Any] | None = Field(default=None, description="GeoJSON (Multi)Polygon")
    crs: int | None = Field(
        default=None, ge=1024, le=999_999, description="EPSG code of `boundary` (default 4326)"
    )
    datums: list[DatumOffset] = Field(default_factory=list)
    attributes: dict[str, Any] = Field(default_factory=dict)


class PortUpdate(Input):
    not_null = frozenset({"metric_epsg", "datums", "attributes", "time_zone"})

    unlocode: str | None = Field(default=None, pattern=r"^[A-Z]{2}[A-Z2-9]{3}$")
    jp_port_code: str | None = Field(default=None, max_length=10)
    name_ja: str | None = Field(default=None, max_length=NAME_MAX)
    name_en: str | None = Field(default=None, max_length=NAME_MAX)
    port_class: str | None = Field(default=None, max_length=60)
    time_zone: str | None = Field(default=None, max_length=60, examples=["Asia/Tokyo"])
    metric_epsg: int | None = Field(default=None, ge=1024, le=999_999)
    boundary: dict[str, Any] | None = None
    crs: int | None = Field(default=None, ge=1024, le=999_999)
    datums: list[DatumOffset] | None = None
    attributes: dict[str, Any] | None = None


class PortPublic(BaseModel):
    id: uuid.UUID
    authority_id: uuid.UUID
    code: str
    unlocode: str | None
    jp_port_code: str | None
    name_ja: str | None
    name_en: str | None
    port_class: str | None
    country: str
    time_zone: str = Field(description="IANA zone: local times are entered and shown in it")
    metric_epsg: int
    metric_crs_proj4: str = Field(
        description="PROJ string of the metric CRS, for clients that convert coordinates themselves"
    )
    metric_north_first: bool = Field(
        description="the metric CRS's first axis is the "
        "northing (JGD2011 plane zones: X north, Y east)"
    )
    bbox: list[float] | None = Field(
        description="extent of the port boundary and its "
        "facilities: [minLon, minLat, maxLon, maxLat]"
    )
    boundary: dict[str, Any] | None
    datums: list[DatumOffset]
    attributes: dict[str, Any]
    version: int
    updated_at: datetime


# -- facilities -------------------------------------------------------------------------------
class FacilityFields(Input):
    ledger_no: str | None = Field(default=None, max_length=60, examples=["K-12-001"])
    name_ja: str | None = Field(default=None, max_length=NAME_MAX, examples=["千鳥町1号岸壁"])
    name_en: str | None = Field(
        default=None, max_length=NAME_MAX, examples=["Chidoricho Quay No. 1"]
    )
    structure_type: str | None = Field(default=None, max_length=60, examples=["caisson"])
    status: str | None = Field(default=None, max_length=40, examples=["in_service"])
    length_m: float | None = Field(default=None, ge=0, le=100_000)
    width_m: float | None = Field(default=None, ge=0, le=100_000)
    design_depth: Height | None = None
    crown_height: Height | None = None
    design_vessel: str | None = Field(default=None, max_length=200, examples=["30,000 DWT"])
    construction_year: int | None = Field(default=None, ge=1600, le=2200)
    design_life_years: int | None = Field(default=None, gt=0, le=1000)
    owner: str | None = Field(default=None, max_length=NAME_MAX)
    manager: str | None = Field(default=None, max_length=NAME_MAX)
    important: bool | None = Field(
        default=None, description="designated important for inspection (3-year cycle)"
    )
    attributes: dict[str, Any] | None = None
    synthetic: list[str] | None = Field(
        default=None, description="names of fields whose values are invented (demo data)"
    )
    crs: int | None = Field(
        default=None, ge=1024, le=999_999, description="EPSG code of `geometry` (default 4326)"
    )


class FacilityCreate(FacilityFields):
    port: str = Field(max_length=64, description="port code or id", examples=["MCMON"])
    kind: str = Field(max_length=60, examples=["quay"])
    geometry: dict[str, Any] = Field(examples=[GEOJSON_EXAMPLE])
    external_ids: list[ExternalId] = Field(default_factory=list)


class FacilityUpdate(FacilityFields):
    kind: str | None = Field(default=None, max_length=60)
    geometry: dict[str, Any] | None = None
    external_ids: list[ExternalId] | None = None


class Measured(BaseModel):
    """Measured from the geometry in the port's metric CRS."""

    length_m: float | None
    area_m2: float | None


class FacilityPublic(BaseModel):
    id: uuid.UUID
    port_id: uuid.UUID
    port_code: str
    ledger_no: str | None
    name_ja: str | None
    name_en: str | None
    category: str
    kind: str
    structure_type: str | None
    status: str
    geometry: dict[str, Any]
    length_m: float | None
    width_m: float | None
    design_depth: Height | None
    crown_height: Height | None
    design_vessel: str | None
    construction_year: int | None
    design_life_years: int | None
    owner: str | None
    manager: str | None
    important: bool
    attributes: dict[str, Any]
    synthetic: list[str]
    external_ids: list[ExternalId]
    measured: Measured
    version: int
    updated_at: datetime
    deleted: bool = False


# -- components -------------------------------------------------------------------------------
class ComponentFields(Input):
    name: str | None = Field(default=None, max_length=NAME_MAX, examples=["上部工 No.3"])
    span: str | None = Field(default=None, max_length=40, examples=["3"])
    chainage_from_m: float | None = Field(default=None, ge=-1e6, le=1e6)
    chainage_to_m: float | None = Field(default=None, ge=-1e6, le=1e6)
    exposure: str | None = Field(default=None, max_length=40, examples=["splash"])
    attributes: dict[str, Any] | None = None
    synthetic: list[str] | None = None
    crs: int | None = Field(default=None, ge=1024, le=999_999)


class ComponentCreate(ComponentFields):
    facility_id: uuid.UUID
    component_type: str = Field(max_length=60, examples=["superstructure"])
    geometry: dict[str, Any] | None = None


class ComponentUpdate(ComponentFields):
    component_type: str | None = Field(default=None, max_length=60)
    geometry: dict[str, Any] | None = None


class ComponentPublic(BaseModel):
    id: uuid.UUID
    port_id: uuid.UUID
    facility_id: uuid.UUID
    component_type: str
    name: str | None
    span: str | None
    chainage_from_m: float | None
    chainage_to_m: float | None
    exposure: str | None
    geometry: dict[str, Any] | None
    attributes: dict[str, Any]
    synthetic: list[str]
    version: int
    updated_at: datetime
    deleted: bool = False


# -- history and code lists --------------------------------------------------------------------
class HistoryEntry(BaseModel):
    version: int
    op: str = Field(description="insert, update or delete")
    valid_from: datetime
    valid_to: datetime | None
    actor: str
    data: dict[str, Any] = Field(description="the row as it was in this version")


class Code(BaseModel):
    code: str
    name_ja: str
    name_en: str
    extra: dict[str, Any]


class CodeList(BaseModel):
    name: str
    title_ja: str
    title_en: str
    source: str
    codes: list[Code]


class ExportSelection(Input):
    """Facilities chosen by id (what a viewer's table shows), to export in one format."""

    ids: list[uuid.UUID] = Field(min_length=1, max_length=10_000)
    format: str = Field(default="xlsx", description="geojson, gpkg, fgb, parquet, csv or xlsx")
    port: str | None = Field(default=None, description="port code or id (for crs=metric)")
    crs: str | None = Field(default=None, description="'metric' for the port's metric CRS")

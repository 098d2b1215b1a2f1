"""Request and response shapes of inspections."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from kernel.schemas import Input

InspectionType = Literal[
    "initial", "routine", "general_periodic", "detailed_periodic", "extraordinary"
]
Grade = Literal["a", "b", "c", "d"]
Performance = Literal["A", "B", "C", "D"]


class Conditions(Input):
    tide_level_m: float | None = Field(default=None, ge=-100, le=100)
    tide_datum: str | None = Field(default=None, max_length=20)
    weather: str | None = Field(default=None, examples=["晴れ / clear"])
    sea_state: str | None = None


class InspectionCreate(Input):
    facility_id: uuid.UUID
    inspection_type: InspectionType
    started_on: date
    ended_on: date | None = None
    inspectors: list[str] = Field(default_factory=list, examples=[["山田 太郎"]])
    organisation: str | None = Field(default=None, examples=["○○港湾事務所"])
    methods: list[str] = Field(default_factory=list, examples=[["visual_on_foot", "boat"]])
    conditions: Conditions = Field(default_factory=Conditions)
    remarks: str | None = None


class InspectionUpdate(Input):
    not_null = frozenset({"started_on", "inspectors", "methods", "conditions"})

    started_on: date | None = None
    ended_on: date | None = None
    inspectors: list[str] | None = None
    organisation: str | None = None
    methods: list[str] | None = None
    conditions: Conditions | None = None
    remarks: str | None = None


class FindingIn(Input):
    """One grade for an item at a span of a component (or of a component type when the
    facility has no component breakdown), or the reason the span was not inspected."""

    item_code: str = Field(max_length=80, examples=["caisson_damage"])
    grade: Grade | None = Field(default=None, description="a–d; leave out when not inspected")
    not_inspected: str | None = Field(
        default=None,
        max_length=20,
        description="why the span was not inspected (GET /api/v1/catalogs/not-inspected-reasons): "
        "inaccessible, submerged, covered, unsafe, in_use, other",
        examples=[None],
    )
    component_id: uuid.UUID | None = None
    component_type: str | None = Field(default=None, max_length=60, examples=["caisson"])
    span: str | None = Field(default=None, max_length=40, examples=["3"])
    measurements: dict[str, float] = Field(default_factory=dict, examples=[{"crack_width_mm": 0.4}])
    location: dict[str, Any] | None = Field(default=None, description="GeoJSON Point (lon/lat)")
    chainage_m: float | None = Field(default=None, ge=0, le=1e6)
    remarks: str | None = None
    observed_on: date | None = None
    observed_at: datetime | None = Field(
        default=None,
        description="when the span was seen; a time without an offset is the port's local time",
    )
    external_key: str | None = Field(
        default=None, max_length=80, description="client's id; sending it again updates"
    )

    @model_validator(mode="after")
    def _graded_or_excused(self) -> FindingIn:
        if (self.grade is None) == (self.not_inspected is None):
            raise ValueError(
                "give the grade (a–d), or not_inspected with the reason the span was not seen"
            )
        return self


class FindingPublic(BaseModel):
    id: uuid.UUID
    item_code: str
    item_class: str
    component_id: uuid.UUID | None
    component_type: str
    span: str
    grade: str | None
    not_inspected: str | None = None
    carried_grade: str | None = Field(
        default=None, description="for a span not inspected: the grade it last had"
    )
    carried_from: uuid.UUID | None = Field(default=None, description="the record that gave it")
    measurements: dict[str, float]
    location: dict[str, Any] | None
    chainage_m: float | None
    remarks: str | None
    observed_on: date | None
    observed_at: datetime | None = None
    external_key: str | None


class AttachmentPublic(BaseModel):
    id: uuid.UUID
    finding_id: uuid.UUID | None
    filename: str
    media_type: str
    sha256: str
    taken_at: datetime | None
    taken_at_source: str | None = Field(
        default=None, description="exif_offset, gps or port_zone: where the time's offset came from"
    )
    distance_m: float | None = Field(
        default=None, description="from the photo's GPS position to its facility"
    )


class ItemGradePublic(BaseModel):
    item: str
    item_class: str
    component_type: str
    counts: dict[str, int]
    grade: str
    spans: int = Field(default=0, description="the facility's spans of the item")


class MissingUnit(BaseModel):
    """An item at a span that has neither a grade nor a reason it was not inspected."""

    item_code: str
    component_type: str
    span: str
    component_id: uuid.UUID | None


class CoveragePublic(BaseModel):
    """How much of what the catalogue requires an inspection covers."""

    required: int = Field(description="item × span units the catalogue requires")
    graded: int
    not_inspected: int = Field(description="marked not inspected, with the reason")
    carried: int = Field(default=0, description="not inspected, judged by their last grade")
    missing: int = Field(description="neither graded nor excused")
    complete: bool
    missing_units: list[MissingUnit] | None = Field(
        default=None, description="drafts: the spans still to grade or excuse"
    )

    @classmethod
    def of(cls, stored: dict[str, Any] | None) -> CoveragePublic | None:
        """From what a record keeps (``inspections.coverage.Coverage.as_json``)."""
        if not stored:
            return None
        return cls(
            required=stored["required"],
            graded=stored["graded"],
            not_inspected=stored["not_inspected"],
            carried=stored.get("carried", 0),
            missing=stored["missing"],
            complete=stored["missing"] == 0,
        )


class RollupPublic(BaseModel):
    items: list[ItemGradePublic]
    components: dict[str, str]
    grade: str | None


class InspectionPublic(BaseModel):
    id: uuid.UUID
    port_id: uuid.UUID
    facility_id: uuid.UUID
    inspection_type: str
    status: str
    started_on: date
    ended_on: date | None
    inspectors: list[str]
    organisation: str | None
    methods: list[str]
    conditions: dict[str, Any]
    catalog_id: str | None
    event_id: uuid.UUID | None
    package_id: uuid.UUID | None
    revises_id: uuid.UUID | None
    remarks: str | None
    computed_grade: str | None
    final_grade: str | None
    override_reason: str | None
    complete: bool | None = Field(
        description="submitted records: every required span graded or excused (false: "
        "partial); null on records from before coverage was recorded"
    )
    coverage: CoveragePublic | None = None
    synthetic: bool
    created_by: str
    submitted_by: str | None
    submitted_at: datetime | None
    approved_by: str | None
    approved_at: datetime | None
    chain_seq: int | None
    prev_hash: str | None
    record_hash: str | None
    findings: list[FindingPublic] = Field(default_factory=list)
    attachments: list[AttachmentPublic] = Field(default_factory=list)
    rollup: RollupPublic | None = None


class AttachmentStored(BaseModel):
    id: uuid.UUID
    sha256: str = Field(description="the file's SHA-256: where it is stored, how it is verified")
    media_type: str
    taken_at: datetime | None = Field(description="from the photo's EXIF, in the port's zone")
    taken_at_source: str | None = Field(
        default=None,
        description="exif_offset (the camera's OffsetTimeOriginal), gps (the GPS time stamp, "
        "UTC) or port_zone (the camera's local time read in the port's zone)",
    )
    has_location: bool = Field(description="the photo's EXIF had a GPS position")
    distance_m: float | None = Field(
        default=None, description="from the photo's GPS position to its facility"
    )
    warnings: list[str] = Field(
        default_factory=list, description="e.g. a position too far from the facility to use"
    )


class CatalogItemPublic(BaseModel):
    code: str
    component_type: str
    item_class: str = Field(description="I, II or III")
    name_ja: str
    name_en: str
    grades: dict[str, dict[str, str]] = Field(description="a–d: what each grade means (ja, en)")
    measurements: list[str]


class CatalogPublic(BaseModel):
    id: str
    title_ja: str
    title_en: str
    source: str
    kinds: list[str]
    structure_types: list[str | None]
    items: list[CatalogItemPublic]

    @classmethod
    def of(cls, c: Any) -> CatalogPublic:
        return cls(
            id=c.id,
            title_ja=c.title_ja,
            title_en=c.title_en,
            source=c.source,
            kinds=list(c.kinds),
            structure_types=list(c.structure_types),
            items=[
                CatalogItemPublic(**{**i.__dict__, "measurements": list(i.measurements)})
                for i in c.items
            ],
        )


class OverrideIn(Input):
    grade: Performance
    reason: str = Field(min_length=3, examples=["背後の陥没を確認済み、A判定とする"])


class ConditionPublic(BaseModel):
    facility_id: uuid.UUID
    final_grade: str | None
    computed_grade: str | None
    override_reason: str | None
    last_inspection_id: uuid.UUID | None
    last_inspected_on: date | None
    last_inspection_type: str | None
    coverage: CoveragePublic | None = Field(
        default=None, description="of the inspection the grade stands on"
    )
    worsened_by: uuid.UUID | None = Field(
        default=None, description="a later partial inspection that made the grade worse"
    )
    next_due: dict[str, date | None]
    overdue: list[str]
    never_inspected: bool


class EventIn(Input):
    kind: Literal["earthquake", "tsunami", "typhoon", "collision", "other"]
    name: str = Field(max_length=300, examples=["千葉県東方沖地震"])
    occurred_at: datetime
    epicentre: list[float] | None = Field(
        default=None,
        min_length=2,
        max_length=2,
        description="[lon, lat] in degrees",
        examples=[[139.75, 35.45]],
    )
    radius_km: float | None = Field(default=None, gt=0, le=2000, examples=[30])
    area: dict[str, Any] | None = Field(default=None, description="GeoJSON polygon instead")

    @field_validator("epicentre")
    @classmethod
    def _on_earth(cls, value: list[float] | None) -> list[float] | None:
        if value is not None and not (-180 <= value[0] <= 180 and -90 <= value[1] <= 90):
            raise ValueError("the epicentre is [longitude, latitude] within ±180, ±90")
        return value


class EventPublic(BaseModel):
    id: uuid.UUID
    kind: str
    name: str
    occurred_at: datetime
    facilities: list[uuid.UUID]
    inspections_created: int
    new_event: bool = Field(
        default=True, description="false when the same event (kind, name, time) was known"
    )


class VerifyFailure(BaseModel):
    kind: str  # record, chain, attachment
    inspection_id: uuid.UUID | None
    facility_id: uuid.UUID | None
    detail: str


class VerifyReport(BaseModel):
    ok: bool
    records_checked: int
    attachments_checked: int
    failures: list[VerifyFailure]


class PackageProblem(BaseModel):
    sheet: str
    row: int
    column: str
    reason: str = Field(description="in Japanese and English")
    message: str


class PackageEntry(BaseModel):
    facility_id: uuid.UUID
    inspection_id: uuid.UUID
    action: str = Field(description="created, updated, … and submitted (as partial)")
    coverage: dict[str, Any] | None = None


class PackageReportPublic(BaseModel):
    """What a field package upload did (or, with 422, why it did nothing)."""

    package_id: str
    rows_read: int = Field(description="rows with a grade or a reason not inspected")
    findings: int = Field(description="graded findings written")
    not_inspected: int
    photos: int
    inspections: list[PackageEntry]
    problems: list[PackageProblem]
    warnings: list[str]
    written: bool

"""Response shapes of surveys: STAC items, values at points, berth depth checks."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class StacItem(BaseModel):
    """A survey described as a STAC 1.0 item (projection and raster extensions)."""

    model_config = ConfigDict(extra="allow")

    type: Literal["Feature"]
    stac_version: str
    id: str
    geometry: dict[str, Any] = Field(description="the raster's outline, GeoJSON in lon/lat")
    bbox: list[float]
    properties: dict[str, Any]
    assets: dict[str, Any]
    stac_extensions: list[str]


class StacItems(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[StacItem]


class SurveyValue(BaseModel):
    lon: float
    lat: float
    value: float | None = Field(description="none outside the raster or on no-data")
    datum: str | None = Field(description="the survey's vertical datum")


class DepthSample(BaseModel):
    chainage_m: float
    bed_m: float | None = Field(description="bed level in the survey's datum; none on no-data")


class ShoalStretch(BaseModel):
    from_m: float
    to_m: float
    shallowest_m: float
    shortfall_m: float = Field(description="how much higher the bed is than the design depth")


class DepthCheck(BaseModel):
    facility_id: uuid.UUID
    survey_id: uuid.UUID
    surveyed_on: date
    datum: str
    design_depth_m: float = Field(description="the quay's design depth in the survey's datum")
    offset_m: float
    spacing_m: float
    samples: list[DepthSample]
    shoal_stretches: list[ShoalStretch]
    ok: bool

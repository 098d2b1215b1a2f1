"""The documents the OGC APIs answer (Features Part 1–3, Tiles), as response models: what
OpenAPI documents and the fuzzer checks. Extra members are allowed, as the standards do."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Doc(BaseModel):
    model_config = ConfigDict(extra="allow")


class Link(_Doc):
    href: str
    rel: str
    type: str | None = None
    title: str | None = None
    templated: bool | None = None


class LandingPage(_Doc):
    title: str
    description: str
    links: list[Link]


class Conformance(_Doc):
    conformsTo: list[str]
    links: list[Link] = Field(default_factory=list)


class SpatialExtent(_Doc):
    bbox: list[list[float]]
    crs: str


class TemporalExtent(_Doc):
    interval: list[list[str | None]]
    trs: str


class Extent(_Doc):
    spatial: SpatialExtent
    temporal: TemporalExtent


class CollectionDoc(_Doc):
    id: str
    title: str
    description: str
    itemType: str
    extent: Extent
    crs: list[str]
    storageCrs: str
    links: list[Link]


class Collections(_Doc):
    collections: list[CollectionDoc]
    links: list[Link]


class Queryables(_Doc):
    type: str
    title: str
    properties: dict[str, dict[str, Any]]


class TilesetLink(_Doc):
    title: str
    dataType: str
    crs: str
    tileMatrixSetURI: str
    links: list[Link]


class Tilesets(_Doc):
    tilesets: list[TilesetLink]
    links: list[Link]


class TilesetLayer(_Doc):
    id: str
    dataType: str
    geometryType: str
    propertiesSchema: dict[str, Any]


class Tileset(_Doc):
    title: str
    dataType: str
    crs: str
    tileMatrixSetURI: str
    links: list[Link]
    layers: list[TilesetLayer]


class VectorLayer(_Doc):
    id: str
    fields: dict[str, str]


class TileJson(_Doc):
    tilejson: str
    name: str
    tiles: list[str]
    minzoom: int
    maxzoom: int
    bounds: list[float]
    vector_layers: list[VectorLayer]


class TileMatrixSetRef(_Doc):
    id: str
    title: str
    uri: str
    links: list[Link]


class TileMatrixSets(_Doc):
    tileMatrixSets: list[TileMatrixSetRef]


class TileMatrix(_Doc):
    id: str
    scaleDenominator: float
    cellSize: float
    pointOfOrigin: list[float]
    tileWidth: int
    tileHeight: int
    matrixWidth: int
    matrixHeight: int
    cornerOfOrigin: str


class TileMatrixSet(_Doc):
    id: str
    title: str
    uri: str
    crs: str
    orderedAxes: list[str]
    tileMatrices: list[TileMatrix]


def json_or_html(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """The 200 answer of a route that answers ``model`` as JSON, or the same as HTML."""
    return {200: {"model": model, "content": {"text/html": {}}}}

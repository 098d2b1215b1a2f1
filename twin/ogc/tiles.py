"""OGC API Tiles: Mapbox Vector Tiles of each collection in WebMercatorQuad, from PostGIS.

Tiles are made by ``ST_AsMVT`` in one query per tile, scoped to the caller's ports like every
other read. Geometry is simplified to two tile units below zoom 15 (a tile has 4096 units,
drawn 512 px wide: a quarter pixel), a collection may carry fewer properties below zoom 14
(the facilities: what is drawn and filtered, not names and dates), an empty tile answers 204,
and every tile carries an ETag (SHA-1 of the bytes) so clients revalidate cheaply. Tiles are
kept in memory by collection, tile, the caller's ports and the data version
(:mod:`twin.ogc.tile_cache`): a tile asked for again costs two small queries, not a new tile.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Text, and_, cast, func, select

from kernel.data_version import data_version
from kernel.errors import NotFound
from kernel.web import CurrentUser, SessionDep
from twin.ogc.collections import Collection
from twin.ogc.features import JSON_TYPE, base_url, get_collection, link
from twin.ogc.schemas import TileJson, TileMatrixSet, TileMatrixSets, Tileset, Tilesets
from twin.ogc.tile_cache import TileCache, scope_of

router = APIRouter(prefix="/ogc", tags=["OGC API Tiles"])

MVT_TYPE = "application/vnd.mapbox-vector-tile"
TMS = "WebMercatorQuad"
TMS_URI = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad"
EXTENT = 4096
BUFFER = 64
MAX_ZOOM = 24
MAX_FEATURES_PER_TILE = 50_000
DETAIL_ZOOM = 14  # from this zoom tiles carry every tile property (labels, tooltips)
WORLD = 20037508.342789244  # half the Web Mercator world width, metres


def tile_sql(coll: Collection, who: Any, z: int, x: int, y: int) -> Any:
    env = func.ST_TileEnvelope(z, x, y)
    margin_env = func.ST_TileEnvelope(
        z, x, y, func.ST_MakeEnvelope(-WORLD, -WORLD, WORLD, WORLD, 3857), BUFFER / EXTENT
    )
    geom = func.ST_Transform(coll.shape, 3857)
    if z < 15:
        # a tile is drawn 512 px wide: 8 of its 4096 units to a pixel, so a tolerance of two
        # units (a quarter pixel) changes nothing one can see and halves dense low-zoom tiles
        unit = 2 * WORLD / (2**z) / EXTENT
        geom = func.ST_Simplify(geom, unit * 2, True)
    names = coll.tile_properties
    if z < DETAIL_ZOOM and coll.tile_properties_low:
        names = coll.tile_properties_low  # what is drawn and filtered; names and dates later
    columns = [
        func.ST_AsMVTGeom(geom, env, EXTENT, BUFFER, True).label("geom"),
        cast(coll.feature_id, Text).label("id"),
        *(coll.properties[name].column.label(name) for name in names),
    ]
    rows = (
        select(*columns)
        .select_from(coll.source)
        .where(and_(coll.scope(who), coll.geometry.op("&&")(func.ST_Transform(margin_env, 4326))))
        .order_by(*([] if coll.tile_order is None else [coll.tile_order]))
        .limit(MAX_FEATURES_PER_TILE)
        .subquery("t")
    )
    return select(func.ST_AsMVT(rows.table_valued(), coll.id, EXTENT, "geom")).select_from(rows)


@router.get(
    "/collections/{collection_id}/tiles/WebMercatorQuad/{z}/{y}/{x}",
    summary="A vector tile",
    response_class=Response,
    responses={200: {"content": {MVT_TYPE: {}}}, 204: {"description": "empty tile"}},
)
def tile(
    collection_id: str,
    z: int,
    y: int,
    x: int,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
) -> Response:
    coll = get_collection(collection_id)
    if not (0 <= z <= MAX_ZOOM and 0 <= x < 2**z and 0 <= y < 2**z):
        raise NotFound(f"tile {z}/{y}/{x} is outside {TMS}")
    cache: TileCache = request.app.state.tile_cache
    key = (coll.id, z, x, y, scope_of(who), data_version(session))  # the version first
    found = cache.get(key)
    if found is None:
        found = cache.put(key, bytes(session.scalar(tile_sql(coll, who, z, x, y)) or b""))
    headers = {"Cache-Control": "private, max-age=60", "Vary": "Authorization"}
    if not found.data:
        return Response(status_code=204, headers=headers)
    headers["ETag"] = found.etag
    if request.headers.get("if-none-match") == found.etag:
        return Response(status_code=304, headers=headers)
    return Response(found.data, media_type=MVT_TYPE, headers=headers)


def _tileset(request: Request, coll: Collection) -> dict[str, Any]:
    href = f"{base_url(request)}/collections/{coll.id}/tiles/{TMS}"
    fields = {name: coll.properties[name].json_type["type"] for name in coll.tile_properties}
    return {
        "title": f"{coll.title} vector tiles",
        "dataType": "vector",
        "crs": "http://www.opengis.net/def/crs/EPSG/0/3857",
        "tileMatrixSetURI": TMS_URI,
        "links": [
            link(href, "self", JSON_TYPE, "This tileset"),
            link(
                f"{base_url(request)}/tileMatrixSets/{TMS}",
                "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme",
                JSON_TYPE,
                TMS,
            ),
            {
                **link(f"{href}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", "item", MVT_TYPE, "Tiles"),
                "templated": True,
            },
            link(f"{href}/tilejson.json", "alternate", JSON_TYPE, "TileJSON"),
        ],
        "layers": [
            {
                "id": coll.id,
                "dataType": "vector",
                "geometryType": coll.shape_kind.suffix if coll.shape_kind else "any",
                "propertiesSchema": {
                    "type": "object",
                    "properties": {
                        name: {"type": t} for name, t in {"id": "string", **fields}.items()
                    },
                },
            }
        ],
    }


@router.get(
    "/collections/{collection_id}/tiles",
    summary="Vector tilesets of a collection",
    response_class=JSONResponse,
    responses={200: {"model": Tilesets}},
)
def tilesets(collection_id: str, request: Request, who: CurrentUser) -> JSONResponse:
    coll = get_collection(collection_id)
    ts = _tileset(request, coll)
    return JSONResponse(
        {
            "tilesets": [
                {
                    "title": ts["title"],
                    "dataType": "vector",
                    "crs": ts["crs"],
                    "tileMatrixSetURI": TMS_URI,
                    "links": ts["links"][:1],
                }
            ],
            "links": [link(str(request.url), "self", JSON_TYPE)],
        }
    )


@router.get(
    "/collections/{collection_id}/tiles/WebMercatorQuad",
    summary="Tileset metadata",
    response_class=JSONResponse,
    responses={200: {"model": Tileset}},
)
def tileset(collection_id: str, request: Request, who: CurrentUser) -> JSONResponse:
    return JSONResponse(_tileset(request, get_collection(collection_id)))


@router.get(
    "/collections/{collection_id}/tiles/WebMercatorQuad/tilejson.json",
    summary="TileJSON 3.0 of the tileset",
    response_class=JSONResponse,
    responses={200: {"model": TileJson}},
)
def tilejson(collection_id: str, request: Request, who: CurrentUser) -> JSONResponse:
    coll = get_collection(collection_id)
    href = f"{base_url(request)}/collections/{coll.id}/tiles/{TMS}/{{z}}/{{y}}/{{x}}"
    fields = {name: coll.properties[name].title for name in coll.tile_properties}
    return JSONResponse(
        {
            "tilejson": "3.0.0",
            "name": coll.title,
            "tiles": [href],
            "minzoom": 0,
            "maxzoom": MAX_ZOOM,
            "bounds": [-180, -85.0511, 180, 85.0511],
            "vector_layers": [{"id": coll.id, "fields": {"id": "Feature id", **fields}}],
        }
    )


@router.get(
    "/tileMatrixSets",
    summary="Tile matrix sets",
    response_class=JSONResponse,
    responses={200: {"model": TileMatrixSets}},
)
def tile_matrix_sets(request: Request) -> JSONResponse:
    href = f"{base_url(request)}/tileMatrixSets/{TMS}"
    return JSONResponse(
        {
            "tileMatrixSets": [
                {
                    "id": TMS,
                    "title": "Google Maps compatible",
                    "uri": TMS_URI,
                    "links": [link(href, "self", JSON_TYPE)],
                }
            ]
        }
    )


@router.get(
    "/tileMatrixSets/WebMercatorQuad",
    summary="The WebMercatorQuad tile matrix set",
    response_class=JSONResponse,
    responses={200: {"model": TileMatrixSet}},
)
def web_mercator_quad() -> JSONResponse:
    matrices = []
    for z in range(MAX_ZOOM + 1):
        cell = 2 * WORLD / 256 / 2**z
        matrices.append(
            {
                "id": str(z),
                "scaleDenominator": cell / 0.00028,
                "cellSize": cell,
                "pointOfOrigin": [-WORLD, WORLD],
                "tileWidth": 256,
                "tileHeight": 256,
                "matrixWidth": 2**z,
                "matrixHeight": 2**z,
                "cornerOfOrigin": "topLeft",
            }
        )
    return JSONResponse(
        {
            "id": TMS,
            "title": "Google Maps compatible",
            "uri": TMS_URI,
            "crs": "http://www.opengis.net/def/crs/EPSG/0/3857",
            "orderedAxes": ["X", "Y"],
            "tileMatrices": matrices,
            "wellKnownScaleSet": "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
            "boundingBox": {
                "lowerLeft": [-WORLD, -WORLD],
                "upperRight": [WORLD, WORLD],
                "crs": "http://www.opengis.net/def/crs/EPSG/0/3857",
            },
        }
    )

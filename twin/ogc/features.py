"""OGC API Features at /ogc: Part 1 (core, GeoJSON, HTML, OpenAPI 3.0), Part 2 (CRS) and
Part 3 (queryables, CQL2 text filters). Same tokens and port scopes as the REST API."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from shapely.geometry import MultiPoint, mapping
from sqlalchemy import ColumnElement, and_, func, true

from kernel.errors import BadRequest, NotFound
from kernel.web import MAX_OFFSET, CurrentUser, SessionDep, bbox_numbers, page_size
from twin.ogc import html
from twin.ogc.collections import Collection, collections, extent, read_feature, read_page
from twin.ogc.cql2 import geometry_literal, parse_filter
from twin.ogc.crs import CRS84, OutputCRS, offered_uris, parse_crs
from twin.ogc.openapi import ogc_openapi
from twin.ogc.schemas import (
    CollectionDoc,
    Collections,
    Conformance,
    LandingPage,
    Queryables,
    json_or_html,
)

router = APIRouter(prefix="/ogc", tags=["OGC API"])

GEOJSON = "application/geo+json"
JSON_TYPE = "application/json"
HTML_TYPE = "text/html"

CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
    "http://www.opengis.net/spec/ogcapi-features-5/1.0/conf/schemas",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
    "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
    "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
    "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
    "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
    "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
    "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
    "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
    "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
    "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
    "http://www.opengis.net/spec/ogcapi-styles-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-styles-1/1.0/conf/mapbox-style",
    "http://www.opengis.net/spec/ogcapi-styles-1/1.0/conf/sld-11",
]

ITEMS_PARAMS = {
    "f",
    "limit",
    "offset",
    "bbox",
    "bbox-crs",
    "crs",
    "datetime",
    "filter",
    "filter-lang",
    "filter-crs",
}

FormatParam = Annotated[Literal["json", "html"] | None, Query(description="json or html")]
OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0"
SCHEMA_TYPE = "application/schema+json"
GEOJSON_OR_HTML: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {GEOJSON: {}, HTML_TYPE: {}},
        "headers": {"Content-Crs": {"description": "the CRS of the coordinates, as <URI>"}},
    }
}


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/ogc"


def wants_html(request: Request, f: str | None) -> bool:
    if f is not None:
        if f not in ("json", "html"):
            raise BadRequest("f must be json or html", parameter="f")
        return f == "html"
    accept = request.headers.get("accept", "")
    return HTML_TYPE in accept and "json" not in accept


def link(href: str, rel: str, type_: str, title: str | None = None) -> dict[str, str]:
    out = {"href": href, "rel": rel, "type": type_}
    if title:
        out["title"] = title
    return out


def get_collection(collection_id: str) -> Collection:
    coll = collections().get(collection_id)
    if coll is None:
        raise NotFound(f"no collection '{collection_id}'")
    return coll


# -- landing, conformance, API description ------------------------------------------------
@router.get(
    "", summary="Landing page", response_class=Response, responses=json_or_html(LandingPage)
)
def landing(request: Request, f: FormatParam = None) -> Response:
    base = base_url(request)
    doc: dict[str, Any] = {
        "title": "Port Twin — OGC API",
        "description": "Port facilities, their components and ports as OGC API Features and "
        "vector tiles, with styles for QGIS, SLD clients and MapLibre. Every data request "
        "needs the API token: Authorization: Bearer <token>, or HTTP Basic with the token "
        "as the password (any user name).",
        "links": [
            link(base, "self", JSON_TYPE, "This document"),
            link(f"{base}?f=html", "alternate", HTML_TYPE, "This document as HTML"),
            link(
                f"{base}/api",
                "service-desc",
                "application/vnd.oai.openapi+json;version=3.0",
                "API definition (OpenAPI 3.0)",
            ),
            link(str(request.base_url) + "docs", "service-doc", HTML_TYPE, "API documentation"),
            link(f"{base}/conformance", "conformance", JSON_TYPE, "Conformance classes"),
            link(f"{base}/collections", "data", JSON_TYPE, "Collections"),
        ],
    }
    return html.document(str(doc["title"]), doc) if wants_html(request, f) else JSONResponse(doc)


@router.get(
    "/conformance",
    summary="Conformance classes",
    response_class=Response,
    responses=json_or_html(Conformance),
)
def conformance(request: Request, f: FormatParam = None) -> Response:
    doc: dict[str, Any] = {"conformsTo": CONFORMANCE, "links": []}
    return html.document("Conformance", doc) if wants_html(request, f) else JSONResponse(doc)


@router.get(
    "/api",
    summary="OpenAPI 3.0 definition of the OGC API",
    response_class=Response,
    responses={200: {"content": {OPENAPI_TYPE: {}}}},
)
def api(request: Request) -> Response:
    return JSONResponse(
        ogc_openapi(base_url(request), collections()),
        media_type=OPENAPI_TYPE,
    )


# -- collections -------------------------------------------------------------------------------
def collection_doc(request: Request, coll: Collection, ext: dict[str, Any]) -> dict[str, Any]:
    href = f"{base_url(request)}/collections/{coll.id}"
    return {
        "id": coll.id,
        "title": f"{coll.title} / {coll.title_ja}",
        "description": coll.description,
        "itemType": "feature",
        "extent": ext,
        "crs": offered_uris(),
        "storageCrs": CRS84,
        "links": [
            link(href, "self", JSON_TYPE, coll.title),
            link(f"{href}/items", "items", GEOJSON, f"{coll.title} (GeoJSON)"),
            link(f"{href}/items?f=html", "items", HTML_TYPE, f"{coll.title} (HTML)"),
            link(
                f"{href}/queryables",
                "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                "application/schema+json",
                "Queryables",
            ),
            link(
                f"{href}/schema",
                "http://www.opengis.net/def/rel/ogc/1.0/schema",
                SCHEMA_TYPE,
                "Schema of the features (with the geometry type)",
            ),
            link(
                f"{href}/tiles",
                "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector",
                JSON_TYPE,
                "Vector tilesets",
            ),
            *(
                [
                    link(
                        f"{href}/styles",
                        "http://www.opengis.net/def/rel/ogc/1.0/styles",
                        JSON_TYPE,
                        "Styles (QGIS QML, SLD, MapLibre)",
                    )
                ]
                if coll.styled_by
                else []
            ),
            *(
                link(
                    f"{base_url(request)}/collections/{view}",
                    "related",
                    JSON_TYPE,
                    f"The {view.rsplit('-', 1)[-1]} only (one geometry type, for desktop GIS)",
                )
                for view in coll.views
            ),
        ],
    }


@router.get(
    "/collections",
    summary="Collections",
    response_class=Response,
    responses=json_or_html(Collections),
)
def list_collections(
    request: Request, who: CurrentUser, session: SessionDep, f: FormatParam = None
) -> Response:
    base = base_url(request)
    doc = {
        "collections": [
            collection_doc(request, c, extent(session, c, who)) for c in collections().values()
        ],
        "links": [link(f"{base}/collections", "self", JSON_TYPE, "Collections")],
    }
    return html.document("Collections", doc) if wants_html(request, f) else JSONResponse(doc)


@router.get(
    "/collections/{collection_id}",
    summary="A collection",
    response_class=Response,
    responses=json_or_html(CollectionDoc),
)
def describe_collection(
    collection_id: str,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    f: FormatParam = None,
) -> Response:
    coll = get_collection(collection_id)
    doc = collection_doc(request, coll, extent(session, coll, who))
    return html.document(doc["title"], doc) if wants_html(request, f) else JSONResponse(doc)


@router.get(
    "/collections/{collection_id}/queryables",
    summary="Queryables (JSON Schema)",
    response_class=Response,
    responses={200: {"model": Queryables, "content": {SCHEMA_TYPE: {}}}},
)
def queryables(collection_id: str, request: Request, who: CurrentUser) -> Response:
    return JSONResponse(
        _feature_schema(request, get_collection(collection_id), "queryables"),
        media_type=SCHEMA_TYPE,
    )


@router.get(
    "/collections/{collection_id}/schema",
    summary="Schema of the features (JSON Schema, OGC API Features Part 5)",
    response_class=Response,
    responses={200: {"model": Queryables, "content": {SCHEMA_TYPE: {}}}},
)
def feature_schema(collection_id: str, request: Request, who: CurrentUser) -> Response:
    """What each feature carries: its properties' types and titles, its id, and the one
    geometry type of a single-type view (``format: geometry-multipolygon`` …), each with
    its role (``x-ogc-role``), so a client can build the layer before reading any feature."""
    return JSONResponse(
        _feature_schema(request, get_collection(collection_id), "schema"),
        media_type=SCHEMA_TYPE,
    )


def _feature_schema(request: Request, coll: Collection, kind: str) -> dict[str, Any]:
    geometry: dict[str, Any] = {"title": "Geometry", "format": coll.geometry_format}
    geometry["$ref"] = (
        f"https://geojson.org/schema/{coll.shape_kind.geojson}.json"
        if coll.shape_kind
        else "https://geojson.org/schema/Geometry.json"
    )
    props: dict[str, Any] = {"geometry": geometry}
    if kind == "schema":
        geometry["x-ogc-role"] = "primary-geometry"
        props["id"] = {"title": "Feature id", "type": "string", "x-ogc-role": "id"}
    for name, prop in coll.properties.items():
        props[name] = {"title": prop.title, **prop.json_type}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{base_url(request)}/collections/{coll.id}/{kind}",
        "type": "object",
        "title": f"{coll.title} / {coll.title_ja}",
        "properties": props,
        "additionalProperties": False,
    }


# -- items --------------------------------------------------------------------------------------
def _bbox(value: str, crs: OutputCRS) -> ColumnElement[Any]:
    try:
        nums = bbox_numbers(value)
    except ValueError as exc:
        raise BadRequest(f"bbox: {exc}", parameter="bbox") from None
    if len(nums) == 6:
        nums = [nums[0], nums[1], nums[3], nums[4]]
    a1, b1, a2, b2 = nums
    if crs.northing_first:  # given as (north, east) pairs
        a1, b1, a2, b2 = b1, a1, b2, a2
    box = MultiPoint([(a1, b1), (a2, b2)]).envelope  # a point or line when it has no area
    return geometry_literal(mapping(box), crs, parameter="bbox", flip=False)


def _datetime(value: str, coll: Collection) -> ColumnElement[bool]:
    """A feature's temporal extent runs from its last registry change to now; it matches an
    instant or interval it overlaps."""

    def parse(text: str) -> datetime | None:
        if text in ("..", ""):
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise BadRequest(f"datetime '{text}' is not RFC 3339", parameter="datetime") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    parts = value.split("/")
    if len(parts) > 2:
        raise BadRequest("datetime is an instant or start/end", parameter="datetime")
    end = parse(parts[-1])
    return coll.datetime_column <= end if end is not None else true()


def _property_filters(request: Request, coll: Collection) -> list[ColumnElement[bool]]:
    conds = []
    for key, value in request.query_params.multi_items():
        if key in ITEMS_PARAMS:
            continue
        prop = coll.properties.get(key)
        if prop is None:
            raise BadRequest(f"unknown query parameter '{key}'; see the queryables", parameter=key)
        try:
            typed = prop.parse(key, value)
        except ValueError as exc:
            raise BadRequest(str(exc), parameter=key) from None
        conds.append(prop.column == typed)
    return conds


def _int(request: Request, name: str, default: int | None, low: int, high: int) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be an integer", parameter=name) from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}", parameter=name)
    return value


def _page_links(request: Request, limit: int, offset: int, matched: int) -> list[dict[str, str]]:
    def with_offset(value: int, fmt: str | None = None) -> str:
        params = dict(request.query_params)
        params["offset"] = str(value)
        params["limit"] = str(limit)
        if fmt:
            params["f"] = fmt
        url = request.url.replace_query_params(**params)
        return str(url)

    links = [
        link(with_offset(offset), "self", GEOJSON, "This page"),
        link(with_offset(offset, "html"), "alternate", HTML_TYPE, "This page as HTML"),
    ]
    if offset + limit < matched:
        links.append(link(with_offset(offset + limit), "next", GEOJSON, "Next page"))
    if offset > 0:
        links.append(link(with_offset(max(0, offset - limit)), "prev", GEOJSON, "Previous page"))
    return links


@router.get(
    "/collections/{collection_id}/items",
    summary="Features of a collection",
    response_class=Response,
    responses=GEOJSON_OR_HTML,
)
def items(
    collection_id: str,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    f: FormatParam = None,
    limit: Annotated[
        int | None, Query(description="page size (PORTTWIN_DEFAULT_PAGE_SIZE)")
    ] = None,
    offset: Annotated[int | None, Query()] = None,
    bbox: Annotated[str | None, Query(description="minx,miny,maxx,maxy in bbox-crs")] = None,
    bbox_crs: Annotated[str | None, Query(alias="bbox-crs")] = None,
    crs: Annotated[str | None, Query(description="output CRS URI")] = None,
    datetime_: Annotated[str | None, Query(alias="datetime")] = None,
    filter_: Annotated[str | None, Query(alias="filter", description="CQL2 text")] = None,
    filter_lang: Annotated[str | None, Query(alias="filter-lang")] = None,
    filter_crs: Annotated[str | None, Query(alias="filter-crs")] = None,
) -> Response:
    coll = get_collection(collection_id)
    size = page_size(request, _int(request, "limit", None, 1, MAX_OFFSET), "limit")
    start = _int(request, "offset", 0, 0, MAX_OFFSET) or 0
    out_crs = parse_crs(crs, "crs")
    where = [coll.scope(who), *_property_filters(request, coll)]
    if bbox is not None:
        env = _bbox(bbox, parse_crs(bbox_crs, "bbox-crs"))
        where.append(func.ST_Intersects(coll.geometry, env))
    if datetime_ is not None:
        where.append(_datetime(datetime_, coll))
    if filter_ is not None:
        if filter_lang not in (None, "cql2-text"):
            raise BadRequest("filter-lang must be cql2-text", parameter="filter-lang")
        where.append(parse_filter(filter_, coll, parse_crs(filter_crs, "filter-crs")))
    features, matched = read_page(session, coll, and_(*where), out_crs, size, start)
    returned = max(0, min(size, matched - start))
    links = _page_links(request, size, start, matched)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    if wants_html(request, f):
        doc = {
            "features": json.loads(features),
            "numberMatched": matched,
            "numberReturned": returned,
            "links": links,
        }
        return html.features(coll.title, doc)
    body = (
        f'{{"type":"FeatureCollection","features":{features},"numberMatched":{matched},'
        f'"numberReturned":{returned},"timeStamp":"{stamp}","links":{json.dumps(links)}}}'
    )
    return Response(body, media_type=GEOJSON, headers={"Content-Crs": f"<{out_crs.uri}>"})


@router.get(
    "/collections/{collection_id}/items/{feature_id}",
    summary="One feature",
    response_class=Response,
    responses=GEOJSON_OR_HTML,
)
def item(
    collection_id: str,
    feature_id: str,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    f: FormatParam = None,
    crs: Annotated[str | None, Query()] = None,
) -> Response:
    coll = get_collection(collection_id)
    out_crs = parse_crs(crs, "crs")
    try:
        fid = uuid.UUID(feature_id)
    except ValueError:
        raise NotFound("feature not found") from None
    body = read_feature(session, coll, and_(coll.scope(who), coll.feature_id == fid), out_crs)
    if body is None:
        raise NotFound("feature not found")
    href = f"{base_url(request)}/collections/{coll.id}"
    links = [
        link(f"{href}/items/{feature_id}", "self", GEOJSON),
        link(f"{href}/items/{feature_id}?f=html", "alternate", HTML_TYPE),
        link(href, "collection", JSON_TYPE, coll.title),
    ]
    feature = json.loads(body)
    feature["links"] = links
    if wants_html(request, f):
        return html.features(f"{coll.title}: {feature_id}", feature)
    return JSONResponse(feature, media_type=GEOJSON, headers={"Content-Crs": f"<{out_crs.uri}>"})

"""An OpenAPI 3.0 description of the OGC API part (the oas30 conformance class).

FastAPI's own document (/openapi.json) is OpenAPI 3.1; OGC clients expect 3.0, so this one is
written out here, one path set per collection, with the shared parameters as components.
"""

from __future__ import annotations

from typing import Any

from twin.ogc.collections import Collection


def _param(
    name: str, description: str, schema: dict[str, Any], style: str = "form", explode: bool = False
) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        "style": style,
        "explode": explode,
    }


PARAMETERS = {
    "f": _param("f", "Output format", {"type": "string", "enum": ["json", "html"]}),
    "limit": _param(
        "limit", "Page size", {"type": "integer", "minimum": 1, "maximum": 10000, "default": 10}
    ),
    "offset": _param("offset", "Features to skip", {"type": "integer", "minimum": 0}),
    "bbox": _param(
        "bbox",
        "minx,miny,maxx,maxy in bbox-crs (default CRS84)",
        {"type": "array", "minItems": 4, "maxItems": 6, "items": {"type": "number"}},
    ),
    "bbox-crs": _param("bbox-crs", "CRS of bbox", {"type": "string", "format": "uri"}),
    "crs": _param("crs", "CRS of the response geometry", {"type": "string", "format": "uri"}),
    "datetime": _param("datetime", "Instant or interval (RFC 3339)", {"type": "string"}),
    "filter": _param("filter", "CQL2 text filter", {"type": "string"}),
    "filter-lang": _param(
        "filter-lang", "Filter language", {"type": "string", "enum": ["cql2-text"]}
    ),
    "filter-crs": _param(
        "filter-crs", "CRS of geometries in the filter", {"type": "string", "format": "uri"}
    ),
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/parameters/{name}"}


def _ok(media: str, description: str) -> dict[str, Any]:
    return {
        "200": {"description": description, "content": {media: {"schema": {"type": "object"}}}},
        "400": {"description": "Bad request"},
        "401": {"description": "No or invalid token"},
        "404": {"description": "Not found"},
    }


def ogc_openapi(base: str, colls: dict[str, Collection]) -> dict[str, Any]:
    paths: dict[str, Any] = {
        "/": {
            "get": {
                "summary": "Landing page",
                "operationId": "getLandingPage",
                "parameters": [_ref("f")],
                "responses": _ok("application/json", "Landing"),
            }
        },
        "/conformance": {
            "get": {
                "summary": "Conformance classes",
                "operationId": "getConformance",
                "parameters": [_ref("f")],
                "responses": _ok("application/json", "Conformance"),
            }
        },
        "/collections": {
            "get": {
                "summary": "Collections",
                "operationId": "getCollections",
                "parameters": [_ref("f")],
                "responses": _ok("application/json", "Collections"),
            }
        },
    }
    for cid, coll in colls.items():
        prefix = f"/collections/{cid}"
        props = [_param(name, prop.title, prop.json_type) for name, prop in coll.properties.items()]
        paths[prefix] = {
            "get": {
                "summary": coll.title,
                "operationId": f"describe_{cid}",
                "parameters": [_ref("f")],
                "responses": _ok("application/json", "Collection"),
            }
        }
        paths[f"{prefix}/items"] = {
            "get": {
                "summary": f"{coll.title}: features",
                "operationId": f"getItems_{cid}",
                "parameters": [_ref(p) for p in PARAMETERS] + props,
                "responses": _ok("application/geo+json", "Features"),
            }
        }
        paths[f"{prefix}/items/{{featureId}}"] = {
            "get": {
                "summary": f"{coll.title}: one feature",
                "operationId": f"getItem_{cid}",
                "parameters": [
                    {
                        "name": "featureId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    _ref("f"),
                    _ref("crs"),
                ],
                "responses": _ok("application/geo+json", "Feature"),
            }
        }
        paths[f"{prefix}/queryables"] = {
            "get": {
                "summary": f"{coll.title}: queryables",
                "operationId": f"getQueryables_{cid}",
                "responses": _ok("application/schema+json", "Queryables"),
            }
        }
        paths[f"{prefix}/schema"] = {
            "get": {
                "summary": f"{coll.title}: schema (geometry type and properties)",
                "operationId": f"getSchema_{cid}",
                "responses": _ok("application/schema+json", "Schema"),
            }
        }
        paths[f"{prefix}/tiles/WebMercatorQuad/{{tileMatrix}}/{{tileRow}}/{{tileCol}}"] = {
            "get": {
                "summary": f"{coll.title}: vector tile",
                "operationId": f"getTile_{cid}",
                "parameters": [
                    {
                        "name": n,
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 0},
                    }
                    for n in ("tileMatrix", "tileRow", "tileCol")
                ],
                "responses": {
                    "200": {
                        "description": "Mapbox Vector Tile",
                        "content": {
                            "application/vnd.mapbox-vector-tile": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    },
                    "204": {"description": "Empty tile"},
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Port Twin OGC API",
            "version": "0.1.0",
            "description": "OGC API Features and Tiles of Port Twin.",
        },
        "servers": [{"url": base}],
        "security": [{"bearer": []}, {"basic": []}],
        "paths": paths,
        "components": {
            "parameters": PARAMETERS,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "basic": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "The API token as the password (any user name)",
                },
            },
        },
    }

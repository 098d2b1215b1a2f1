"""CQL2 text filters (OGC API Features Part 3) as SQL over a collection's properties.

pygeofilter parses the text; this module walks its syntax tree and builds SQLAlchemy
expressions in which every value is a bound parameter and every property name must be one of
the collection's queryables. Supported: comparison (=, <>, <, <=, >, >=, LIKE, BETWEEN, IN,
IS NULL), logical (AND, OR, NOT) and spatial predicates (S_INTERSECTS, S_WITHIN, S_CONTAINS,
S_DISJOINT, S_EQUALS, S_TOUCHES, S_CROSSES, S_OVERLAPS).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from pygeofilter import ast, values
from pygeofilter.parsers.cql2_text import parse
from sqlalchemy import ColumnElement, and_, func, not_, or_

from kernel.errors import BadRequest
from twin.ogc.collections import Collection
from twin.ogc.crs import OutputCRS

GEOMETRY_NAME = "geometry"

_COMPARE = {
    ast.Equal: lambda a, b: a == b,
    ast.NotEqual: lambda a, b: a != b,
    ast.LessThan: lambda a, b: a < b,
    ast.LessEqual: lambda a, b: a <= b,
    ast.GreaterThan: lambda a, b: a > b,
    ast.GreaterEqual: lambda a, b: a >= b,
}

_SPATIAL = {
    ast.GeometryIntersects: func.ST_Intersects,
    ast.GeometryWithin: func.ST_Within,
    ast.GeometryContains: func.ST_Contains,
    ast.GeometryDisjoint: func.ST_Disjoint,
    ast.GeometryEquals: func.ST_Equals,
    ast.GeometryTouches: func.ST_Touches,
    ast.GeometryCrosses: func.ST_Crosses,
    ast.GeometryOverlaps: func.ST_Overlaps,
}


def parse_filter(text: str, coll: Collection, filter_crs: OutputCRS) -> ColumnElement[bool]:
    try:
        tree = parse(text)
    except Exception as exc:  # lark raises several error types
        raise BadRequest(
            f"filter is not valid CQL2 text: {exc}".splitlines()[0], parameter="filter"
        ) from exc
    return _Builder(coll, filter_crs).build(tree)


class _Builder:
    def __init__(self, coll: Collection, crs: OutputCRS) -> None:
        self.coll = coll
        self.crs = crs

    def build(self, node: Any) -> ColumnElement[bool]:
        if isinstance(node, ast.And):
            return and_(self.build(node.lhs), self.build(node.rhs))
        if isinstance(node, ast.Or):
            return or_(self.build(node.lhs), self.build(node.rhs))
        if isinstance(node, ast.Not):
            return not_(self.build(node.sub_node))
        if type(node) in _COMPARE:
            return _COMPARE[type(node)](self.value(node.lhs), self.value(node.rhs))
        if isinstance(node, ast.Like):
            expr = self.property(node.lhs)
            pattern = node.pattern
            cond = expr.ilike(pattern) if node.nocase else expr.like(pattern)
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.Between):
            cond = self.property(node.lhs).between(self.value(node.low), self.value(node.high))
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.In):
            options = [self.literal(v) for v in node.sub_nodes]
            cond = self.property(node.lhs).in_(options)
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.IsNull):
            expr = self.property(node.lhs)
            return expr.is_not(None) if node.not_ else expr.is_(None)
        if type(node) in _SPATIAL:
            return _SPATIAL[type(node)](self.spatial(node.lhs), self.spatial(node.rhs))
        raise BadRequest(
            f"filter uses {type(node).__name__}, which this server does not support",
            parameter="filter",
        )

    def property(self, node: Any) -> ColumnElement[Any]:
        if not isinstance(node, ast.Attribute):
            raise BadRequest(
                "the left side of a comparison must be a property name", parameter="filter"
            )
        prop = self.coll.properties.get(node.name)
        if prop is None:
            raise BadRequest(
                f"'{node.name}' is not a queryable of {self.coll.id}; "
                f"see /ogc/collections/{self.coll.id}/queryables",
                parameter="filter",
            )
        return prop.column

    def value(self, node: Any) -> Any:
        if isinstance(node, ast.Attribute):
            return self.property(node)
        return self.literal(node)

    def literal(self, node: Any) -> Any:
        if isinstance(node, str | int | float | bool | date | datetime):
            return node
        if isinstance(node, values.Timestamp | values.Date):  # pragma: no cover - defensive
            return node
        raise BadRequest(f"unsupported value in filter: {node!r}", parameter="filter")

    def spatial(self, node: Any) -> ColumnElement[Any]:
        if isinstance(node, ast.Attribute):
            if node.name != GEOMETRY_NAME:
                raise BadRequest(
                    f"spatial predicates apply to '{GEOMETRY_NAME}', not '{node.name}'",
                    parameter="filter",
                )
            return self.coll.geometry
        if isinstance(node, values.Geometry):
            return geometry_literal(node.geometry, self.crs)
        if isinstance(node, values.Envelope):
            return geometry_literal(
                {
                    "type": "Polygon",
                    "coordinates": [
                        [
                            [node.x1, node.y1],
                            [node.x2, node.y1],
                            [node.x2, node.y2],
                            [node.x1, node.y2],
                            [node.x1, node.y1],
                        ]
                    ],
                },
                self.crs,
            )
        raise BadRequest(
            "a spatial predicate needs the geometry property and a geometry", parameter="filter"
        )


def geometry_literal(geojson: dict[str, Any], crs: OutputCRS) -> ColumnElement[Any]:
    """A bound GeoJSON geometry given in ``crs`` (in its axis order), as EPSG:4326 lon/lat."""
    geom = func.ST_GeomFromGeoJSON(json.dumps(geojson))
    if crs.northing_first:
        geom = func.ST_FlipCoordinates(geom)
    geom = func.ST_SetSRID(geom, crs.epsg)
    return geom if crs.epsg == 4326 else func.ST_Transform(geom, 4326)

"""CQL2 text filters (OGC API Features Part 3) as SQL over a collection's properties.

pygeofilter parses the text; this module walks its syntax tree and builds SQLAlchemy
expressions in which every value is a bound parameter and every property name must be one of
the collection's queryables. Supported: comparison (=, <>, <, <=, >, >=, LIKE, BETWEEN, IN,
IS NULL), logical (AND, OR, NOT) and spatial predicates (S_INTERSECTS, S_WITHIN, S_CONTAINS,
S_DISJOINT, S_EQUALS, S_TOUCHES, S_CROSSES, S_OVERLAPS).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from geoalchemy2.shape import from_shape
from pygeofilter import ast, values
from pygeofilter.parsers.cql2_text import parse
from shapely.geometry import shape
from sqlalchemy import ColumnElement, and_, func, literal, not_, or_

from geodata.geometry import GeometryError, geometry_from_geojson
from kernel.errors import BadRequest
from twin.ogc.collections import Collection, Property
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
            lhs, rhs = self.pair(node.lhs, node.rhs)
            return _COMPARE[type(node)](lhs, rhs)
        if isinstance(node, ast.Like):
            name, prop = self.queryable(node.lhs)
            pattern = self.typed(name, prop, node.pattern)
            if prop.json_type["type"] != "string" or "format" in prop.json_type:
                raise BadRequest(f"LIKE applies to text; {name} is not text", parameter="filter")
            if (len(pattern) - len(pattern.rstrip("\\"))) % 2:
                raise BadRequest(
                    "a LIKE pattern cannot end with the escape character \\", parameter="filter"
                )
            cond = prop.column.ilike(pattern) if node.nocase else prop.column.like(pattern)
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.Between):
            name, prop = self.queryable(node.lhs)
            low, high = self.typed(name, prop, node.low), self.typed(name, prop, node.high)
            cond = prop.column.between(low, high)
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.In):
            name, prop = self.queryable(node.lhs)
            options = [self.typed(name, prop, v) for v in node.sub_nodes]
            if not options:
                raise BadRequest("IN needs at least one value", parameter="filter")
            cond = prop.column.in_(options)
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.IsNull):
            expr = self.queryable(node.lhs)[1].column
            return expr.is_not(None) if node.not_ else expr.is_(None)
        if type(node) in _SPATIAL:
            return _SPATIAL[type(node)](self.spatial(node.lhs), self.spatial(node.rhs))
        raise BadRequest(
            f"filter uses {type(node).__name__}, which this server does not support",
            parameter="filter",
        )

    def queryable(self, node: Any) -> tuple[str, Property]:
        if not isinstance(node, ast.Attribute):
            raise BadRequest(
                f"expected a property name, not {_shown(node)} (functions such as CASEI "
                "are not supported)",
                parameter="filter",
            )
        prop = self.coll.properties.get(node.name)
        if prop is None:
            raise BadRequest(
                f"'{node.name}' is not a queryable of {self.coll.id}; "
                f"see /ogc/collections/{self.coll.id}/queryables",
                parameter="filter",
            )
        return node.name, prop

    def typed(self, name: str, prop: Property, node: Any) -> Any:
        """A literal as the type of the property it is compared with."""
        if isinstance(node, ast.Attribute | ast.Node):
            raise BadRequest(
                f"{name} can only be compared with a value here, not {_shown(node)}",
                parameter="filter",
            )
        if not isinstance(node, str | int | float | bool | date | datetime):
            raise BadRequest(f"unsupported value in filter: {_shown(node)}", parameter="filter")
        try:
            return prop.coerce(name, node)
        except ValueError as exc:
            raise BadRequest(f"filter: {exc}", parameter="filter") from None

    def operand(self, node: Any) -> tuple[str, Property, Any, bool] | None:
        """(name, queryable, SQL expression, case-insensitive) of a property or CASEI(property)
        operand; None for a literal."""
        if isinstance(node, ast.Attribute):
            name, prop = self.queryable(node)
            return name, prop, prop.column, False
        if isinstance(node, ast.Function) and node.name == "lower" and len(node.arguments) == 1:
            name, prop = self.queryable(node.arguments[0])
            if prop.json_type != {"type": "string"}:
                raise BadRequest(f"CASEI applies to text; {name} is not text", parameter="filter")
            return name, prop, func.lower(prop.column), True
        if isinstance(node, ast.Node):
            raise BadRequest(
                f"unsupported expression in filter: {_shown(node)}", parameter="filter"
            )
        return None

    def pair(self, lhs: Any, rhs: Any) -> tuple[Any, Any]:
        """Both sides of a comparison, the literal typed as the property it meets."""
        left, right = self.operand(lhs), self.operand(rhs)
        if left is not None and right is not None:
            if left[1].json_type != right[1].json_type:
                raise BadRequest(
                    f"{left[0]} and {right[0]} have different types", parameter="filter"
                )
            return left[2], right[2]
        if left is None and right is not None:
            b, a = self.pair(rhs, lhs)
            return a, b
        if left is None:
            raise BadRequest("a comparison needs a property on one side", parameter="filter")
        name, prop, expr, nocase = left
        value = self.typed(name, prop, rhs)
        if nocase and isinstance(value, str):
            value = value.lower()
        return expr, literal(value, type_=prop.column.type)

    def spatial(self, node: Any) -> ColumnElement[Any]:
        if isinstance(node, ast.Attribute):
            if node.name != GEOMETRY_NAME:
                raise BadRequest(
                    f"spatial predicates apply to '{GEOMETRY_NAME}', not '{node.name}'",
                    parameter="filter",
                )
            return self.coll.geometry
        if isinstance(node, values.Geometry):
            return geometry_literal(node.geometry, self.crs, parameter="filter")
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
                parameter="filter",
                flip=False,
            )
        raise BadRequest(
            "a spatial predicate needs the geometry property and a geometry", parameter="filter"
        )


def _shown(node: Any) -> str:
    text = getattr(node, "name", None) or repr(node)
    return text if len(text) < 60 else text[:57] + "…"


def geometry_literal(
    geojson: dict[str, Any], crs: OutputCRS, *, parameter: str, flip: bool = True
) -> ColumnElement[Any]:
    """A geometry given in ``crs`` (in its axis order unless ``flip`` is False), checked and
    moved to EPSG:4326 here, bound as a parameter; 400 naming ``parameter`` when it is not
    a position on the Earth in that CRS."""
    if flip and crs.northing_first:
        geojson = shape(geojson).__geo_interface__
        geojson = _flipped(geojson)
    try:
        geom = geometry_from_geojson(geojson, crs.epsg)
    except GeometryError as exc:
        raise BadRequest(f"{parameter}: {exc}", parameter=parameter) from None
    return func.ST_GeomFromEWKB(from_shape(geom, srid=4326))


def _flipped(geojson: dict[str, Any]) -> dict[str, Any]:
    def swap(coords: Any) -> Any:
        if coords and isinstance(coords[0], int | float):
            return [coords[1], coords[0], *coords[2:]]
        return [swap(c) for c in coords]

    return {"type": geojson["type"], "coordinates": swap(geojson["coordinates"])}

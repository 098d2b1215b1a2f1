"""The map around a port, for a basemap that works offline: land and water, the coastline,
buildings and roads, cut from an OpenStreetMap extract around the port and kept per port
(``basemap_feature``), served as vector tiles under the facilities (OGC collection
``basemap``).

OpenStreetMap has no sea polygons: the sea is what the coastline leaves. The coastline ways
(land on their left, by OSM's convention) are cut to the port's box and split it into faces,
each land or water by the side of the coastline it lies on. Areas tagged as water, land use,
parks and the like, buildings and roads are taken as they are. Importing a file again
replaces what that file gave the port, so nothing is duplicated.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import shapely
from geoalchemy2 import Geometry
from geoalchemy2.shape import from_shape
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from sqlalchemy import DateTime, ForeignKey, Text, Uuid, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from assets.models import Facility, Port
from assets.ports import resolve_port
from geodata.errors import ReadError
from geodata.osm import OsmElement, read_osm
from kernel.auth.service import Principal
from kernel.database import Base
from kernel.errors import Invalid
from kernel.ids import new_id

LAYERS = ("land", "water", "coastline", "building", "road")
KEYS = frozenset({"building", "highway", "natural", "landuse", "waterway", "leisure", "place"})
MARGIN_DEG = 0.015  # about 1.2–1.7 km around the port's facilities
WATER_LANDUSE = {"basin", "reservoir"}
LAND_NATURAL = {"wood", "scrub", "grassland", "heath", "beach", "sand", "bare_rock", "cliff"}
LAND_LEISURE = {"park", "garden", "pitch", "marina", "playground", "stadium"}
NO_ROAD = {"proposed", "construction", "abandoned", "razed"}


class BasemapFeature(Base):
    __tablename__ = "basemap_feature"

    port_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("port.id"), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    layer: Mapped[str] = mapped_column(Text)  # land, water, coastline, building, road
    kind: Mapped[str | None] = mapped_column(Text)  # the OSM tag value: residential, primary …
    name: Mapped[str | None] = mapped_column(Text)
    geom: Mapped[object] = mapped_column(Geometry("GEOMETRY", srid=4326, spatial_index=False))
    source: Mapped[str] = mapped_column(Text)  # the file it came from
    imported_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


@dataclass
class BasemapReport:
    port: str
    source: str
    features: dict[str, int] = field(default_factory=dict)
    replaced: int = 0
    problems: int = 0

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def classify(element: OsmElement) -> tuple[str, str | None] | None:
    """(layer, kind) of an OSM element on the basemap, or None when it is not drawn."""
    tags, area = element.tags, element.geometry.geom_type in ("Polygon", "MultiPolygon")
    if area:
        if "building" in tags:
            return "building", tags["building"]
        if (
            tags.get("natural") == "water"
            or tags.get("waterway") in ("riverbank", "dock")
            or tags.get("landuse") in WATER_LANDUSE
        ):
            return "water", tags.get("water") or tags.get("natural") or tags.get("landuse")
        if "landuse" in tags:
            return "land", tags["landuse"]
        if tags.get("natural") in LAND_NATURAL:
            return "land", tags["natural"]
        if tags.get("leisure") in LAND_LEISURE:
            return "land", tags["leisure"]
        if tags.get("place") in ("island", "islet"):
            return "land", tags["place"]
        return None
    if tags.get("natural") == "coastline":
        return "coastline", None
    if "highway" in tags and tags["highway"] not in NO_ROAD and element.layer == "lines":
        return "road", tags["highway"]
    return None


def land_and_water(coastlines: list[BaseGeometry], frame: Polygon) -> list[tuple[str, Polygon]]:
    """The faces the coastline cuts ``frame`` into, each land or water. OSM draws a coastline
    with the land on its left: a face is land when a point just left of a coastline segment on
    its edge lies inside it. Faces no coastline touches are left out (unknown)."""
    cut = [c for c in (shapely.intersection(line, frame) for line in coastlines) if not c.is_empty]
    if not cut:
        return []
    edges = shapely.unary_union([*cut, frame.exterior])
    faces = list(shapely.get_parts(shapely.polygonize(shapely.get_parts(edges))))
    segments = [
        (Point(a), Point(b))
        for line in coastlines
        for part in shapely.get_parts(line)
        if isinstance(part, LineString)
        for a, b in zip(part.coords[:-1], part.coords[1:], strict=True)
    ]
    out = []
    for face in faces:
        side = _side(face, segments)
        if side is not None:
            out.append((side, face))
    return out


def _side(face: Polygon, segments: list[tuple[Point, Point]]) -> str | None:
    edge = face.exterior
    for a, b in segments:
        mid = Point((a.x + b.x) / 2, (a.y + b.y) / 2)
        if edge.distance(mid) > 1e-9:
            continue
        dx, dy = b.x - a.x, b.y - a.y
        length = (dx * dx + dy * dy) ** 0.5
        if length == 0:
            continue
        step = min(length / 4, 1e-6)
        left = Point(mid.x - dy / length * step, mid.y + dx / length * step)
        return "land" if face.contains(left) else "water"
    return None


def port_frame(session: Session, port: Port) -> Polygon:
    """The box the basemap is cut to: the port's facilities (or its boundary) and a margin."""
    extent = session.execute(
        select(
            func.ST_XMin(func.ST_Extent(Facility.geom)),
            func.ST_YMin(func.ST_Extent(Facility.geom)),
            func.ST_XMax(func.ST_Extent(Facility.geom)),
            func.ST_YMax(func.ST_Extent(Facility.geom)),
        ).where(Facility.port_id == port.id, Facility.deleted_at.is_(None))
    ).one()
    if extent[0] is None and port.boundary is not None:
        extent = session.execute(
            select(
                func.ST_XMin(port.boundary),
                func.ST_YMin(port.boundary),
                func.ST_XMax(port.boundary),
                func.ST_YMax(port.boundary),
            )
        ).one()
    if extent[0] is None:
        raise Invalid(
            f"port {port.code} has no facilities and no boundary yet: the basemap is cut "
            "around them, so import the facilities first",
            field="port",
        )
    west, south, east, north = (float(v) for v in extent)
    return box(west - MARGIN_DEG, south - MARGIN_DEG, east + MARGIN_DEG, north + MARGIN_DEG)


def import_basemap(
    session: Session, who: Principal, port_code: str, path: Path, *, name: str | None = None
) -> BasemapReport:
    """Cut an OpenStreetMap extract (.osm.pbf or .osm) to the port and keep it as the port's
    basemap, replacing what the same file gave before."""
    port = resolve_port(session, who, port_code)
    who.require("registry.write", port.id, "port")
    shown = name or path.name
    frame = port_frame(session, port)
    try:
        content = read_osm(path, keys=KEYS, named_ways=False, name=shown)
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None
    rows: list[tuple[str, str | None, str | None, BaseGeometry]] = []
    coastlines = []
    for element in content.elements:
        found = classify(element)
        if found is None or not element.geometry.intersects(frame):
            continue
        layer, kind = found
        if layer == "coastline":
            coastlines.append(element.geometry)
        clipped = shapely.intersection(element.geometry, frame)
        if not clipped.is_empty:
            rows.append((layer, kind, element.name, clipped))
    rows += [
        (side, "sea" if side == "water" else "coast", None, face)
        for side, face in land_and_water(coastlines, frame)
    ]
    if not rows:
        raise Invalid(
            f"{shown}: nothing of the map lies around port {port.code} "
            f"({frame.bounds[0]:.4f}, {frame.bounds[1]:.4f} – {frame.bounds[2]:.4f}, "
            f"{frame.bounds[3]:.4f}): is it the extract of another place?",
            field="file",
        )
    gone = session.execute(
        delete(BasemapFeature)
        .where(BasemapFeature.port_id == port.id, BasemapFeature.source == shown)
        .returning(BasemapFeature.id)
    )
    replaced = len(gone.all())
    session.add_all(
        BasemapFeature(
            port_id=port.id,
            id=new_id(),
            layer=layer,
            kind=kind,
            name=label,
            geom=from_shape(geometry, srid=4326),
            source=shown,
        )
        for layer, kind, label, geometry in rows
    )
    session.flush()
    counts = Counter(layer for layer, *_ in rows)
    return BasemapReport(
        port=port.code,
        source=shown,
        features={layer: counts.get(layer, 0) for layer in LAYERS},
        replaced=replaced,
        problems=len(content.problems),
    )

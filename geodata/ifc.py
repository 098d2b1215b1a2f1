"""Reading IFC models with ifcopenshell: schema dialects, elements, georeferencing, footprints.

Pure spatial work, no database: :func:`open_model` reads a file or refuses it with
:class:`IfcReadError` naming the file and the reason; :func:`elements` lists every product
with its class, predefined type, property sets and container; :func:`map_conversion` reads
the model's georeferencing; :func:`footprints` runs the ifcopenshell geometry iterator and
returns one 2D footprint per element in the model's engineering coordinates (metres).

Schema logic keys on ``file.schema_identifier`` (``IFC4X3_ADD2``), never ``file.schema``.
Files in the pre-final IFC 4.3 dialects (``IFC4X3_RC1``…``RC4``, ``IFC4X3``, ``IFC4X3_ADD1``)
are read through the final IFC4X3_ADD2 schema; what had to be adjusted or left out is recorded
in :attr:`OpenedModel.notes`.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ifcopenshell
import ifcopenshell.geom
import ifcopenshell.util.element as ifc_element
import ifcopenshell.util.placement as ifc_placement
import ifcopenshell.util.unit as ifc_unit
import numpy as np
from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely import polygons, transform, union_all
from shapely.geometry.base import BaseGeometry

from geodata.crs import STORAGE_EPSG, reproject
from geodata.errors import ReadError

log = logging.getLogger(__name__)

SUPPORTED = ("IFC2X3", "IFC4", "IFC4X3_ADD2")
PRE_FINAL_43 = re.compile(r"^IFC4X3(_RC\d|_ADD1)?$")
FILE_SCHEMA = re.compile(r"FILE_SCHEMA\s*\(\s*\(\s*'([^']+)'\s*\)\s*\)", re.IGNORECASE)
HEADER_BYTES = 64 * 1024
# a model is not scaled 1000× on its way to the map: real grid scale factors are 0.9996–1.0004
PLAUSIBLE_SCALE = (0.9, 1.1)


class IfcReadError(ReadError):
    """An IFC file that cannot be read; names the file and the reason."""


@dataclass
class OpenedModel:
    model: ifcopenshell.file
    declared_schema: str
    notes: list[str] = field(default_factory=list)
    # instance id → the draft predefined type the final schema cannot hold
    # (IFCFACILITYPART(…, IFCMARINEPARTTYPEENUM(.LOWWATERLINE.), …) reads as null)
    draft_types: dict[int, str] = field(default_factory=dict)

    @property
    def schema(self) -> str:
        return str(self.model.schema_identifier)


def _declared_schema(path: Path, text: str) -> str:
    """The schema named in the STEP header."""
    head = text[:HEADER_BYTES]
    if not head.lstrip().startswith("ISO-10303-21"):
        raise IfcReadError(path, "not an IFC STEP file (it does not start with ISO-10303-21)")
    match = FILE_SCHEMA.search(head)
    if match is None:
        raise IfcReadError(path, "the header has no FILE_SCHEMA")
    return match.group(1).upper()


def check_header(path: Path, name: str | None = None) -> str:
    """The declared schema of a file that looks importable; IfcReadError (naming ``name``, or
    the file) when it is not an IFC file or its schema cannot be read at all."""
    with path.open("rb") as fh:
        head = fh.read(HEADER_BYTES).decode("utf-8", errors="replace")
    schema = _declared_schema(Path(name or path.name), head)
    if schema not in SUPPORTED and not PRE_FINAL_43.match(schema):
        raise IfcReadError(name or path, _unsupported(schema))
    return schema


def _unsupported(schema: str) -> str:
    return f"schema {schema} is not supported; export the model as IFC4X3_ADD2, IFC4 or IFC2X3"


def open_model(path: Path) -> OpenedModel:
    text = path.read_text(encoding="utf-8", errors="replace")
    schema = _declared_schema(path, text)
    if schema in SUPPORTED:
        try:
            model = ifcopenshell.file.from_string(text)
        except (RuntimeError, OSError) as exc:
            raise IfcReadError(path, f"{schema} file could not be parsed: {exc}") from exc
        missing = _unread(text, model)
        if missing:
            raise IfcReadError(
                path, f"the {schema} file is damaged: {_describe(missing)} could not be read"
            )
        return OpenedModel(model, schema)
    if not PRE_FINAL_43.match(schema):
        raise IfcReadError(path, _unsupported(schema))
    text = FILE_SCHEMA.sub("FILE_SCHEMA(('IFC4X3_ADD2'))", text, count=1)
    text, renamed = _renamed_strata(text)
    try:
        model = ifcopenshell.file.from_string(text)
    except (RuntimeError, OSError) as exc:
        raise IfcReadError(
            path,
            f"schema {schema} is a pre-final IFC 4.3 dialect that does not read as "
            f"IFC4X3_ADD2 ({exc}); re-export the model as IFC4X3_ADD2",
        ) from exc
    notes = [f"declared {schema}, a pre-final IFC 4.3 dialect; read as IFC4X3_ADD2"]
    if renamed:
        notes.append(
            f"{renamed} stratum instances (IfcSolidStratum/IfcWaterStratum/IfcVoidStratum of "
            "the draft) read as IfcGeotechnicalStratum with that PredefinedType"
        )
    missing = _unread(text, model)
    if missing:
        notes.append(
            f"{_describe(missing)} are not IFC4X3_ADD2 entities (renamed or dropped in the final "
            "IFC 4.3) and were left out; "
            "re-export the model as IFC4X3_ADD2 to keep them"
        )
    draft = {int(i): value for i, _, value in DRAFT_TYPE.findall(text)}
    if draft:
        enums: dict[str, int] = {}
        for _, enum, _ in DRAFT_TYPE.findall(text):
            enums[enum.upper()] = enums.get(enum.upper(), 0) + 1
        listed = ", ".join(f"{n} × {e}" for e, n in sorted(enums.items()))
        notes.append(
            f"{len(draft)} instances carry draft IFC 4.3 part types ({listed}) that IFC4X3_ADD2 "
            "cannot hold; kept as their predefined type"
        )
    return OpenedModel(model, schema, notes, draft)


# a draft facility part's typed PredefinedType: #31= IFCFACILITYPART(…,IFCMARINEPARTTYPEENUM(.X.),…)
DRAFT_TYPE = re.compile(
    r"^\s*#(\d+)\s*=\s*IFC\w+\s*\(.*?\b(IFC\w+TYPEENUM)\s*\(\s*\.(\w+)\.\s*\)",
    re.MULTILINE | re.IGNORECASE,
)
ENTITY_LINE = re.compile(r"^\s*#(\d+)\s*=\s*([A-Za-z0-9_]+)", re.MULTILINE)


def _unread(text: str, model: ifcopenshell.file) -> dict[int, str]:
    """Instances in the file that ifcopenshell skipped (it drops what the schema lacks)."""
    declared = {int(i): name.upper() for i, name in ENTITY_LINE.findall(text)}
    read = {instance.id() for instance in model}
    return {i: name for i, name in declared.items() if i not in read}


def _describe(missing: dict[int, str]) -> str:
    kinds = sorted(set(missing.values()))
    listed = ", ".join(kinds[:5]) + (", …" if len(kinds) > 5 else "")
    return f"{len(missing)} instances ({listed}; first #{min(missing)})"


# Draft IFC 4.3 strata became one entity with a predefined type in IFC4X3_ADD2; the draft
# entities have the 8 IfcGeotechnicalElement attributes, the final one adds PredefinedType.
DRAFT_STRATUM = re.compile(
    r"^(\s*#\d+\s*=\s*)IFC(SOLID|WATER|VOID)STRATUM\s*\((.*)\)\s*;", re.MULTILINE | re.IGNORECASE
)


def _renamed_strata(text: str) -> tuple[str, int]:
    return DRAFT_STRATUM.subn(
        lambda m: f"{m[1]}IFCGEOTECHNICALSTRATUM({m[3]},.{m[2].upper()}.);", text
    )


@dataclass(frozen=True)
class IfcElement:
    global_id: str
    ifc_class: str
    predefined_type: str | None
    name: str | None
    container: str | None  # GlobalId of the spatial container or aggregate
    psets: dict[str, dict[str, Any]]  # property sets and quantity sets by name
    object_type: str | None = None  # the user-defined type when PredefinedType is USERDEFINED
    tag: str | None = None  # the element's Tag (often an asset or ledger number)


def elements(
    model: ifcopenshell.file, draft_types: dict[int, str] | None = None
) -> list[IfcElement]:
    """Every product (spatial elements and built elements) with what the registry links on;
    ``draft_types`` fill the predefined types a pre-final file gave in draft enumerations."""
    found = []
    for product in model.by_type("IfcProduct"):
        if product.is_a("IfcGrid") or product.is_a("IfcAnnotation"):
            continue  # drawing aids, not assets: counted by :func:`not_kept` when they hold shapes
        parent = ifc_element.get_container(product) or ifc_element.get_aggregate(product)
        psets = {
            name: {k: v for k, v in values.items() if k != "id"}
            for name, values in ifc_element.get_psets(product).items()
        }
        found.append(
            IfcElement(
                global_id=product.GlobalId,
                ifc_class=product.is_a(),
                predefined_type=ifc_element.get_predefined_type(product)
                or (draft_types or {}).get(product.id()),
                name=product.Name,
                container=parent.GlobalId if parent is not None else None,
                psets=psets,
                object_type=getattr(product, "ObjectType", None),
                tag=getattr(product, "Tag", None),
            )
        )
    return found


@dataclass(frozen=True)
class MapConversion:
    """Engineering metres → projected map coordinates, as IfcMapConversion describes it."""

    epsg: int
    eastings: float
    northings: float
    height: float
    rotation: float  # radians, anticlockwise from map east to the model's x axis
    scale: float  # map units per engineering metre
    reading: str  # how Scale was interpreted, for the user

    def to_map(self, xy: np.ndarray) -> np.ndarray:
        cos, sin = math.cos(self.rotation), math.sin(self.rotation)
        x, y = xy[..., 0], xy[..., 1]
        east = self.eastings + self.scale * (cos * x - sin * y)
        north = self.northings + self.scale * (sin * x + cos * y)
        return np.stack([east, north], axis=-1)


def map_conversion(opened: OpenedModel, path: Path | str = "") -> MapConversion | None:
    """The model's georeferencing, or None when it has none (the model is placed by hand).

    IFC4 and later: the first IfcMapConversion with its IfcProjectedCRS. IFC2X3: the
    ``ePSet_MapConversion`` / ``ePSet_ProjectedCRS`` property sets on IfcProject.
    """
    model = opened.model
    if opened.schema == "IFC2X3":
        projects = model.by_type("IfcProject")
        psets = ifc_element.get_psets(projects[0]) if projects else {}
        values = psets.get("ePSet_MapConversion")
        if not values:
            return None
        crs_name = psets.get("ePSet_ProjectedCRS", {}).get("Name")
    else:
        conversions = model.by_type("IfcMapConversion")
        if not conversions:
            return None
        conv = conversions[0]
        values = conv.get_info()
        crs_name = getattr(conv.TargetCRS, "Name", None)
    try:
        epsg = CRS.from_user_input(crs_name).to_epsg()
    except (CRSError, TypeError):
        epsg = None
    if epsg is None:
        raise IfcReadError(
            path, f"IfcMapConversion targets CRS {crs_name!r}, which has no EPSG code"
        )

    def number(key: str, default: float) -> float:
        value = values.get(key)  # 0.0 is a value (an abscissa of 0 is a 90° rotation)
        return default if value is None else float(value)

    abscissa, ordinate = number("XAxisAbscissa", 1.0), number("XAxisOrdinate", 0.0)
    if abscissa == 0.0 and ordinate == 0.0:
        raise IfcReadError(path, "IfcMapConversion has a zero-length x axis direction")
    scale, reading = _scale_per_metre(
        number("Scale", 1.0), ifc_unit.calculate_unit_scale(model), path
    )
    return MapConversion(
        epsg=epsg,
        eastings=number("Eastings", 0.0),
        northings=number("Northings", 0.0),
        height=number("OrthogonalHeight", 0.0),
        rotation=math.atan2(ordinate, abscissa),
        scale=scale,
        reading=reading,
    )


def _scale_per_metre(scale: float, unit: float, path: Path | str) -> tuple[float, str]:
    """Map units per engineering metre from IfcMapConversion.Scale and the file length unit.

    Writers disagree on Scale: IFC 4.3 reads it as the grid scale alone, IFC4 exporters fold
    the length unit into it (0.001 for millimetre files), and some write the unit conversion
    upside down (1000 for millimetre files, as the buildingSMART UTM sample does). Each
    reading gives a factor per metre; the first that is a plausible grid scale wins.
    """
    if scale <= 0:
        raise IfcReadError(path, f"IfcMapConversion.Scale is {scale:g}; it must be positive")
    readings = [
        (scale, f"Scale {scale:g} read as the grid scale"),
        (scale / unit, f"Scale {scale:g} read as including the file unit ({unit:g} m)"),
        (
            1.0 / (scale * unit),
            f"Scale {scale:g} read as the file unit conversion written inverted "
            f"(the file unit is {unit:g} m); grid scale 1",
        ),
    ]
    for factor, reading in readings:
        if PLAUSIBLE_SCALE[0] <= factor <= PLAUSIBLE_SCALE[1]:
            return factor, reading
    raise IfcReadError(
        path,
        f"IfcMapConversion.Scale {scale:g} with a file unit of {unit:g} m would scale the "
        "model by more than 10 % on the map; fix the Scale or place the model by hand",
    )


# float32 (glTF) keeps ~0.06 mm at 1 km from the origin and 0.5 m at 4,500 km: beyond this,
# a GLB is written about a local origin near the elements
FAR_FROM_ORIGIN_M = 1000.0


def local_origin(model: ifcopenshell.file) -> tuple[float, float]:
    """Where the model's elements lie, in engineering metres (the median of their placements,
    to the metre); (0, 0) when they lie within :data:`FAR_FROM_ORIGIN_M` of the engineering
    origin. Models placed in projected coordinates lie millions of metres from it, which
    float32 GLB vertices cannot resolve."""
    scale = ifc_unit.calculate_unit_scale(model)
    spots = [
        ifc_placement.get_local_placement(p.ObjectPlacement)[:2, 3] * scale
        for p in model.by_type("IfcProduct")
        if p.ObjectPlacement is not None and p.Representation is not None
    ]
    if not spots:
        return 0.0, 0.0
    x, y = (float(round(v)) for v in np.median(np.array(spots), axis=0))
    return (x, y) if math.hypot(x, y) > FAR_FROM_ORIGIN_M else (0.0, 0.0)


def footprints(
    model: ifcopenshell.file,
    threads: int | None = None,
    *,
    glb: Path | None = None,
    origin: tuple[float, float] = (0.0, 0.0),
    progress: Callable[[int], None] | None = None,
) -> dict[str, BaseGeometry]:
    """Plan-view footprint of every element with body geometry, in engineering metres.

    The union of the element's triangles projected on the XY plane (vertical faces drop
    out as zero-area triangles). Elements with only a ``BoundingBox`` representation get
    the box's plan (see :func:`boxes_as_bodies`). Elements whose geometry cannot be built
    are left out. With ``glb``, the same pass of the geometry iterator also writes the
    model's meshes there (ifcopenshell's glTF serializer, one node per element, named by
    GlobalId), about ``origin`` (engineering metres, see :func:`local_origin`): the GLB's
    (0, 0) is that point, the footprints stay in engineering metres. ``progress(n)`` is told
    of every n shapes done.
    """
    boxes_as_bodies(model)
    with native_output_captured():
        return _footprints(model, threads, glb, origin, progress)


@contextmanager
def native_output_captured() -> Iterator[None]:
    """Keep what the C++ geometry kernel (OpenCASCADE: "local z: …", face and edge dumps)
    prints out of the console: file descriptors 1 and 2 go to a scratch file while the block
    runs, and Python's own output (progress bars, logs) to the original ones meanwhile."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved_out, saved_err = os.dup(1), os.dup(2)
    python_out, python_err = sys.stdout, sys.stderr
    with tempfile.TemporaryFile() as scratch:
        try:
            os.dup2(scratch.fileno(), 1)
            os.dup2(scratch.fileno(), 2)
            sys.stdout = os.fdopen(os.dup(saved_out), "w", buffering=1, encoding="utf-8")
            sys.stderr = os.fdopen(os.dup(saved_err), "w", buffering=1, encoding="utf-8")
            yield
        finally:
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
                stream.close()
            sys.stdout, sys.stderr = python_out, python_err
            os.dup2(saved_out, 1)
            os.dup2(saved_err, 2)
            os.close(saved_out)
            os.close(saved_err)
            scratch.seek(0, os.SEEK_END)
            if scratch.tell():
                log.debug("the geometry kernel printed %d bytes (kept out)", scratch.tell())


def _footprints(
    model: ifcopenshell.file,
    threads: int | None,
    glb: Path | None,
    origin: tuple[float, float],
    progress: Callable[[int], None] | None,
) -> dict[str, BaseGeometry]:
    settings = ifcopenshell.geom.settings()
    settings.set("use-world-coords", True)
    if origin != (0.0, 0.0):
        settings.set("model-offset", (-origin[0], -origin[1], 0.0))
    threads = threads or max(1, multiprocessing.cpu_count())
    iterator = ifcopenshell.geom.iterator(settings, model, threads)
    serializer = None
    if glb is not None:
        settings.set("use-element-guids", True)  # GLB nodes named by GlobalId
        serializer = ifcopenshell.geom.serializers.glb(str(glb), settings)
        serializer.setFile(model)
        serializer.setUnitNameAndMagnitude("METER", 1.0)
        serializer.writeHeader()
    found: dict[str, BaseGeometry] = {}
    has_shapes = iterator.initialize()  # False when no element has body geometry
    while has_shapes:
        shape = iterator.get()
        if serializer is not None:
            serializer.write(shape)
        footprint = _footprint(shape.geometry.verts, shape.geometry.faces, origin)
        if footprint is not None:
            found[shape.guid] = footprint
        if progress is not None:
            progress(1)
        has_shapes = bool(iterator.next())
    if serializer is not None:
        serializer.finalize()
        del serializer  # the file is complete only once the serializer is gone
    return found


def not_kept(model: ifcopenshell.file, kept: Iterable[str]) -> dict[str, str]:
    """Products with a representation that gave no plan footprint, by class: what they hold
    (curves, points, annotations …), for the import's report. Nothing is dropped unsaid."""
    kept = set(kept)
    found: dict[str, dict[str, int]] = {}
    for product in model.by_type("IfcProduct"):
        if product.Representation is None or product.GlobalId in kept:
            continue
        kinds = found.setdefault(product.is_a(), {})
        for rep in product.Representation.Representations:
            kind = rep.RepresentationType or rep.RepresentationIdentifier or "?"
            kinds[kind] = kinds.get(kind, 0) + 1
    return {
        cls: ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        for cls, kinds in sorted(found.items())
    }


def shape_count(model: ifcopenshell.file) -> int:
    """How many products have a representation (the geometry pass's total, for progress)."""
    return sum(1 for p in model.by_type("IfcProduct") if p.Representation is not None)


def boxes_as_bodies(model: ifcopenshell.file) -> int:
    """Give every product whose only shape is a ``BoundingBox`` (as early infrastructure models
    have) an equivalent extruded-box ``Body``, in memory, so the geometry iterator meshes it
    like any other element (footprint and GLB). Returns how many products got one."""
    added = 0
    for product in model.by_type("IfcProduct"):
        shape = product.Representation
        if shape is None:
            continue
        representations = list(shape.Representations)
        if any(r.RepresentationIdentifier == "Body" for r in representations):
            continue
        boxes = [r for r in representations if r.RepresentationType == "BoundingBox"]
        if not boxes:
            continue
        box = boxes[0].Items[0]
        profile = model.createIfcRectangleProfileDef(
            "AREA",
            None,
            model.createIfcAxis2Placement2D(
                model.createIfcCartesianPoint((box.XDim / 2, box.YDim / 2))
            ),
            box.XDim,
            box.YDim,
        )
        solid = model.createIfcExtrudedAreaSolid(
            profile,
            model.createIfcAxis2Placement3D(model.createIfcCartesianPoint(box.Corner.Coordinates)),
            model.createIfcDirection((0.0, 0.0, 1.0)),
            box.ZDim,
        )
        body = model.createIfcShapeRepresentation(
            boxes[0].ContextOfItems, "Body", "SweptSolid", [solid]
        )
        shape.Representations = [*representations, body]
        added += 1
    return added


def _footprint(verts: Any, faces: Any, origin: tuple[float, float]) -> BaseGeometry | None:
    xy = np.asarray(verts, dtype=float).reshape(-1, 3)[:, :2] + origin
    triangles = xy[np.asarray(faces, dtype=int).reshape(-1, 3)]
    doubled = (triangles[:, 1, 0] - triangles[:, 0, 0]) * (
        triangles[:, 2, 1] - triangles[:, 0, 1]
    ) - (triangles[:, 2, 0] - triangles[:, 0, 0]) * (triangles[:, 1, 1] - triangles[:, 0, 1])
    triangles = triangles[np.abs(doubled) > 1e-9]
    if len(triangles) == 0:
        return None
    merged = union_all(polygons(triangles))
    return None if merged.is_empty else merged


def to_lonlat(geometry: BaseGeometry, conversion: MapConversion) -> BaseGeometry:
    """A footprint in engineering metres placed on the map in the storage CRS (lon, lat)."""
    return reproject(transform(geometry, conversion.to_map), conversion.epsg, STORAGE_EPSG)


def summary(path: Path) -> dict[str, Any]:
    """What a user checks before importing a model: schema, georeferencing, elements."""
    opened = open_model(path)
    found = elements(opened.model, opened.draft_types)
    plans = footprints(opened.model)
    conversion = map_conversion(opened, path)
    classes: dict[str, int] = {}
    for element in found:
        classes[element.ifc_class] = classes.get(element.ifc_class, 0) + 1
    info: dict[str, Any] = {
        "file": path.name,
        "declared_schema": opened.declared_schema,
        "schema": opened.schema,
        "notes": opened.notes,
        "elements": len(found),
        "classes": dict(sorted(classes.items())),
        "footprints": len(plans),
        "georeferenced": conversion is not None,
    }
    if conversion is not None:
        info["crs"] = f"EPSG:{conversion.epsg}"
        info["scale_reading"] = conversion.reading
        if plans:
            info["bounds_lonlat"] = [
                round(v, 7) for v in to_lonlat(union_all(list(plans.values())), conversion).bounds
            ]
    return info


__all__ = [
    "SUPPORTED",
    "IfcElement",
    "IfcReadError",
    "MapConversion",
    "OpenedModel",
    "boxes_as_bodies",
    "check_header",
    "elements",
    "footprints",
    "local_origin",
    "map_conversion",
    "native_output_captured",
    "not_kept",
    "open_model",
    "shape_count",
    "summary",
    "to_lonlat",
]

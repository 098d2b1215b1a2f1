"""The field package for a GIS on a tablet: ``facilities.gpkg`` with the layers to fill in,
and ``project.qgz``, the QGIS project that opens them in QField (or QGIS) styled and with
forms.

Layers of the GeoPackage:

- ``facilities_points`` / ``_lines`` / ``_polygons``: the facilities by geometry type (a
  GIS layer has one), coloured by performance grade and labelled, read-only;
- ``components``: their members (a table), read-only;
- ``findings``: the rows of the form (same columns as the ``findings`` sheet): grade a–d
  and the reason a span was not inspected as drop-downs, the local time with a date
  picker, measurements, remarks and a photo (QField's camera, stored relative to the
  project). Each row is a point where its component or facility is; moved by the
  inspector, the point becomes the finding's location;
- ``inspections``: one row per facility for who inspected, when and the day's conditions
  (same columns as the ``inspection`` sheet);
- ``last_findings``: the grades of the last inspection, for reference;
- ``basemap_areas`` / ``basemap_lines``: the port's offline basemap cut around the package
  (when one was imported), drawn underneath.

Relations let a facility's form list its components, findings and inspection, and a
component's its findings, so an inspector works facility by facility.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely import get_parts
from shapely.geometry import MultiLineString, MultiPoint, MultiPolygon
from shapely.geometry.base import BaseGeometry

from geodata.gpkg import write_layer
from geodata.qgis_project import Field, Layer, Project, Relation, Tab, Widget
from geodata.styles import KINDS, Category, Style
from inspections.catalog import GRADES
from inspections.labels import GRADES as GRADE_NAMES
from inspections.packages.form import INSPECTION_COLUMNS, Column, finding_columns
from inspections.styles import facility_grades, finding_grades

GPKG, PROJECT = "facilities.gpkg", "project.qgz"
FINDINGS, INSPECTIONS, COMPONENTS, LAST = "findings", "inspections", "components", "last_findings"
BASEMAP = {"polygons": "basemap_areas", "lines": "basemap_lines"}  # the offline map under it all
SEED = ("seed_lon", "seed_lat")  # where a finding's point was put: moved, it is a location
_MULTI = {"points": MultiPoint, "lines": MultiLineString, "polygons": MultiPolygon}
_PARTS = {"points": "Point", "lines": "LineString", "polygons": "Polygon"}


def facility_layer(kind: str) -> str:
    return f"facilities_{kind}"


def _of_kind(geometry: BaseGeometry, kind: str) -> BaseGeometry | None:
    """The parts of ``geometry`` of one kind, as a multi geometry (None when it has none)."""
    parts = [p for p in get_parts(geometry) if p.geom_type == _PARTS[kind]]
    for p in get_parts(geometry):
        if p.geom_type.startswith("Multi") or p.geom_type == "GeometryCollection":
            parts += [q for q in get_parts(p) if q.geom_type == _PARTS[kind]]
    return _MULTI[kind](parts) if parts else None


def write_geopackage(
    path: Path,
    facilities: list[dict[str, Any]],
    components: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    heads: list[dict[str, Any]],
    measurements: list[str],
    previous: list[dict[str, Any]],
) -> list[str]:
    """Write the layers (see the module docstring); returns the facility geometry kinds
    written. ``rows`` and ``heads`` are the form's rows, with ``geometry`` (a point) on
    each row."""
    kinds = _write_by_kind(path, facilities, KINDS, facility_layer)
    pd.DataFrame(
        components or [], columns=["id", "facility_id", "component_type", "component", "span"]
    ).pipe(write_layer, path, COMPONENTS)
    columns = [c.key for c in finding_columns(measurements)]
    found = gpd.GeoDataFrame(
        [
            {key: row.get(key) for key in columns}
            | {SEED[0]: row["geometry"].x, SEED[1]: row["geometry"].y, "geometry": row["geometry"]}
            for row in rows
        ],
        columns=[*columns, *SEED, "geometry"],
        crs=4326,
    )
    for key in measurements:
        found[key] = found[key].astype("float64")
    found["chainage_m"] = found["chainage_m"].astype("float64")
    write_layer(found, path, FINDINGS, geometry_type="Point")
    pd.DataFrame(
        [{c.key: head.get(c.key) for c in INSPECTION_COLUMNS} for head in heads],
        columns=[c.key for c in INSPECTION_COLUMNS],
    ).astype({"tide_level_m": "float64"}).pipe(write_layer, path, INSPECTIONS)
    if previous:
        write_layer(gpd.GeoDataFrame(previous, crs=4326), path, LAST)
    return kinds


def _field(column: Column, widget: Widget | None = None) -> Field:
    alias = f"{column.ja} / {column.en}"
    if column.role == "hidden":
        return Field(column.key, alias, Widget("Hidden"))
    return Field(column.key, alias, widget, editable=column.role == "input")


def _finding_widget(key: str, reasons: dict[str, dict[str, str]]) -> Widget | None:
    if key == "grade":
        return Widget.value_map(
            [(g, f"{g}: {GRADE_NAMES[g][0]} / {GRADE_NAMES[g][1]}") for g in GRADES]
        )
    if key == "not_inspected":
        return Widget.value_map([(code, f"{r['ja']} / {r['en']}") for code, r in reasons.items()])
    if key == "observed_at":
        return Widget.date(with_time=True)
    if key == "remarks":
        return Widget.text(multiline=True)
    if key == "photos":
        return Widget.photo()
    return None


def field_project(
    title: str,
    kinds: list[str],
    measurements: list[str],
    reasons: dict[str, dict[str, str]],
    datums: list[str],
    extent: tuple[float, float, float, float] | None,
    *,
    last_findings: bool = True,
    basemap: list[str] | None = None,
) -> Project:
    """The QGIS project over the package's GeoPackage (see the module docstring)."""
    columns = finding_columns(measurements)
    finding_fields = tuple(_field(c, _finding_widget(c.key, reasons)) for c in columns)
    finding_fields += tuple(Field(name, name, Widget("Hidden")) for name in SEED)
    head_widgets = {
        "started_on": Widget.date(),
        "ended_on": Widget.date(),
        "tide_datum": Widget.value_map([(d, d) for d in datums]),
        "remarks": Widget.text(multiline=True),
    }
    head_fields = tuple(_field(c, head_widgets.get(c.key)) for c in INSPECTION_COLUMNS)
    plain = ("id", "facility_id", "component_type", "component", "span")
    component_fields = tuple(
        Field(name, alias)
        for name, alias in zip(
            plain,
            (
                "部材ID / id",
                "施設ID / facility id",
                "部材コード / code",
                "部材 / component",
                "スパン / span",
            ),
            strict=True,
        )
    )
    facility_fields = tuple(
        Field(name, alias)
        for name, alias in (
            ("id", "施設ID / facility id"),
            ("ledger_no", "台帳番号 / ledger no."),
            ("name_ja", "施設名 / name"),
            ("name_en", "name (English)"),
            ("kind_label", "施設種類 / kind"),
            ("grade", "性能評価 / grade"),
            ("last_inspected_on", "最終点検日 / last inspected"),
        )
    )
    inputs = [c.key for c in columns if c.role == "input"]
    shown = [c.key for c in columns if c.role == "shown"]
    relations: list[Relation] = [
        Relation(
            "component_findings", "点検結果 / findings", FINDINGS, COMPONENTS, "component_id", "id"
        )
    ]
    layers = [
        Layer(
            "点検結果の入力 / findings to fill in",
            GPKG,
            FINDINGS,
            "points",
            finding_fields,
            style=finding_grades(),
            display='concat("ledger_no", \' \', "component", \' \', "span", \': \', "item_name")',
            tabs=(Tab("入力 / input", tuple(inputs)), Tab("対象 / what", tuple(shown))),
        ),
        Layer(
            "点検の記録 / inspection",
            GPKG,
            INSPECTIONS,
            None,
            head_fields,
            display='"ledger_no" || \' \' || "facility_name"',
        ),
    ]
    for kind in kinds:
        table = facility_layer(kind)
        for child, field_name, name in (
            (FINDINGS, "facility_id", "点検結果 / findings"),
            (INSPECTIONS, "facility_id", "点検の記録 / inspection"),
            (COMPONENTS, "facility_id", "部材 / components"),
        ):
            relations.append(Relation(f"{table}_{child}", name, child, table, field_name, "id"))
        layers.append(
            Layer(
                f"施設 / facilities ({kind})",
                GPKG,
                table,
                kind,
                facility_fields,
                style=facility_grades(),
                display='"ledger_no" || \' \' || coalesce("name_ja", "name_en", \'\')',
                tabs=(
                    Tab("施設 / facility", tuple(f.name for f in facility_fields)),
                    Tab(
                        "点検 / inspection",
                        relations=(f"{table}_{INSPECTIONS}", f"{table}_{FINDINGS}"),
                    ),
                    Tab("部材 / components", relations=(f"{table}_{COMPONENTS}",)),
                ),
            )
        )
    if last_findings:
        layers.append(_last_findings_layer())
    layers.append(
        Layer(
            "部材 / components",
            GPKG,
            COMPONENTS,
            None,
            component_fields,
            display="\"component\" || ' ' || coalesce(\"span\", '')",
            tabs=(
                Tab("部材 / component", plain),
                Tab("点検結果 / findings", relations=("component_findings",)),
            ),
        )
    )
    layers += basemap_layers(basemap or [])  # last: drawn underneath everything
    return Project(title, tuple(layers), tuple(relations), extent)


def _last_findings_layer() -> Layer:
    fields = (
        ("facility_id", "施設ID / facility id"),
        ("item", "点検項目 / item"),
        ("span", "スパン / span"),
        ("grade", "判定 / grade"),
        ("date", "点検日 / inspected on"),
    )
    return Layer(
        "前回の点検結果 / last findings",
        GPKG,
        LAST,
        "points",
        tuple(Field(name, alias) for name, alias in fields),
        style=finding_grades(),
        visible=False,
    )


def write_basemap(path: Path, features: list[dict[str, Any]]) -> list[str]:
    """The map around the facilities (land, water, buildings; roads, coastline), as one layer
    of areas and one of lines; returns the kinds written."""
    return _write_by_kind(path, features, ("polygons", "lines"), BASEMAP.__getitem__)


def _write_by_kind(
    path: Path, rows: list[dict[str, Any]], kinds: tuple[str, ...], layer: Callable[[str], str]
) -> list[str]:
    """One layer per geometry kind the rows have parts of (a GIS layer has one type);
    returns the kinds written."""
    written = []
    for kind in kinds:
        shaped = [
            row | {"geometry": shape}
            for row in rows
            if (shape := _of_kind(row["geometry"], kind)) is not None
        ]
        if shaped:
            write_layer(gpd.GeoDataFrame(shaped, crs=4326), path, layer(kind))
            written.append(kind)
    return written


def basemap_style(kind: str) -> Style:
    """Quiet colours, as the viewer's offline basemap."""
    categories: tuple[Category, ...]
    if kind == "polygons":
        categories = (
            Category("water", "水面 / water", "#aacbe3"),
            Category("building", "建物 / buildings", "#d6d0c8"),
        )
        other = Category(None, "陸域 / land", "#f1ede4")
    else:
        categories = (Category("coastline", "海岸線 / coastline", "#5a87b4"),)
        other = Category(None, "道路 / roads", "#bdb6ab")
    return Style(
        id="basemap", title="背景地図 / basemap", field="layer", categories=categories, other=other
    )


def basemap_layers(kinds: list[str]) -> list[Layer]:
    fields = (
        Field("layer", "種類 / layer"),
        Field("kind", "区分 / kind"),
        Field("name", "名称 / name"),
    )
    return [
        Layer(
            f"背景地図 / basemap ({kind})",
            GPKG,
            BASEMAP[kind],
            kind,
            fields,
            style=basemap_style(kind),
        )
        for kind in ("lines", "polygons")
        if kind in kinds
    ]

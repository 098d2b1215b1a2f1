"""QGIS projects written for QGIS and QField: layers with their styles, forms (aliases,
value maps, date pickers, photo attachments, read-only fields, tabs with the related
records) and the relations between layers.

The project is described by :class:`Project` and written as the XML QGIS 3.22 reads
(``.qgs``), zipped as ``.qgz``. GeoPackage sources are relative
(``./facilities.gpkg|layername=…``), so the project opens wherever the folder is copied, as
QField needs; OGC API Features sources name the server and an authentication configuration
(never a token). Only what QGIS cannot infer is written: QGIS reads the rest (extents, field
types) from the data.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

from pyproj import CRS

from geodata.styles import KINDS, Style, qml_elements

GEOMETRY = {"points": "Point", "lines": "Line", "polygons": "Polygon"}
WKB = {"points": "MultiPoint", "lines": "MultiLineString", "polygons": "MultiPolygon"}


@dataclass(frozen=True)
class Widget:
    """A QGIS editor widget: ``ValueMap``, ``DateTime``, ``ExternalResource``, ``TextEdit``,
    ``Hidden`` … and its configuration."""

    type: str
    config: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def value_map(choices: list[tuple[str, str]]) -> Widget:
        """A drop-down: (value stored, text shown) in order."""
        return Widget("ValueMap", {"map": [{shown: value} for value, shown in choices]})

    @staticmethod
    def date(with_time: bool = False) -> Widget:
        fmt = "yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd"
        return Widget(
            "DateTime",
            {
                "field_format": fmt,
                "display_format": fmt,
                "calendar_popup": True,
                "allow_null": True,
            },
        )

    @staticmethod
    def photo() -> Widget:
        """A photo taken or picked, stored relative to the project (QField: in DCIM/)."""
        return Widget(
            "ExternalResource",
            {"DocumentViewer": 1, "RelativeStorage": 1, "FileWidget": True, "StorageMode": 0},
        )

    @staticmethod
    def text(multiline: bool = False) -> Widget:
        return Widget("TextEdit", {"IsMultiline": multiline, "UseHtml": False})


@dataclass(frozen=True)
class Field:
    name: str
    alias: str
    widget: Widget | None = None
    editable: bool = False


@dataclass(frozen=True)
class Tab:
    title: str
    fields: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()  # relation ids: the related records, editable in place


@dataclass(frozen=True)
class Layer:
    name: str
    source: str  # the GeoPackage, relative to the project; or the provider's whole URI
    table: str
    kind: str | None  # points, lines, polygons; None for a table without geometry
    fields: tuple[Field, ...]
    style: Style | None = None
    display: str = ""  # the expression naming a feature in lists and relations
    tabs: tuple[Tab, ...] = ()
    visible: bool = True
    provider: str = "ogr"  # or OAPIF: an OGC API Features collection

    @property
    def id(self) -> str:
        """The layer's id in the project, from its table: QGIS keeps an id only when it is
        longer than 10 characters (and makes up a new one otherwise)."""
        return layer_id(self.table)


def layer_id(table: str) -> str:
    return f"{table}_layer"


@dataclass(frozen=True)
class Relation:
    id: str
    name: str
    child: str  # the referencing layer's table
    parent: str  # the referenced layer's table
    child_field: str
    parent_field: str


@dataclass(frozen=True)
class Project:
    title: str
    layers: tuple[Layer, ...]
    relations: tuple[Relation, ...] = ()
    extent: tuple[float, float, float, float] | None = None  # lon/lat: the view to open on


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _option(parent: ET.Element, value: Any, name: str | None = None) -> None:
    """A value as QGIS's typed ``Option`` tree (maps, lists, strings, booleans, numbers)."""
    named = {"name": name} if name is not None else {}
    if isinstance(value, dict):
        node = _sub(parent, "Option", type="Map", **named)
        for key, item in value.items():
            _option(node, item, key)
    elif isinstance(value, list):
        node = _sub(parent, "Option", type="List", **named)
        for item in value:
            _option(node, item)
    elif isinstance(value, bool):
        _sub(parent, "Option", type="bool", value="true" if value else "false", **named)
    elif isinstance(value, int):
        _sub(parent, "Option", type="int", value=str(value), **named)
    else:
        _sub(parent, "Option", type="QString", value=str(value), **named)


def _crs(parent: ET.Element, epsg: int) -> None:
    """A CRS as QGIS stores one: QGIS reads it from the WKT, not from the EPSG code."""
    crs = CRS.from_epsg(epsg)
    system = _sub(parent, "spatialrefsys")
    _sub(system, "wkt", crs.to_wkt("WKT2_2019"))
    _sub(system, "srid", str(epsg))
    _sub(system, "authid", f"EPSG:{epsg}")
    _sub(system, "description", crs.name)
    _sub(system, "geographicflag", "true" if crs.is_geographic else "false")


def _datasource(layer: Layer) -> str:
    if layer.provider == "ogr":
        return f"./{layer.source}|layername={layer.table}"
    return layer.source


def oapif_source(base: str, collection: str, authcfg: str) -> str:
    """QGIS's URI of an OGC API Features collection, logging in with the authentication
    configuration ``authcfg`` (its id: 7 letters or digits, made once by the user)."""
    return f"url='{base}' typename='{collection}' authcfg={authcfg}"


def _map_layer(layer: Layer) -> ET.Element:
    attrs = {"type": "vector", "styleCategories": "AllStyleCategories"}
    if layer.kind is None:
        attrs |= {"geometry": "No geometry", "wkbType": "NoGeometry"}
    else:
        attrs |= {"geometry": GEOMETRY[layer.kind], "wkbType": WKB[layer.kind]}
    attrs["labelsEnabled"] = "1" if layer.style and layer.style.label_fields else "0"
    node = ET.Element("maplayer", attrs)
    _sub(node, "id", layer.id)
    _sub(node, "datasource", _datasource(layer))
    _sub(node, "layername", layer.name)
    if layer.kind is not None:
        _crs(_sub(node, "srs"), 4326)
    _sub(node, "provider", layer.provider, encoding="UTF-8")
    if layer.style is not None and layer.kind is not None:
        node.extend(qml_elements(layer.style, layer.kind))
    config = _sub(node, "fieldConfiguration")
    for f in layer.fields:
        holder = _sub(config, "field", name=f.name, configurationFlags="None")
        if f.widget is not None:
            editor = _sub(holder, "editWidget", type=f.widget.type)
            _option(_sub(editor, "config"), f.widget.config)
    aliases = _sub(node, "aliases")
    for i, f in enumerate(layer.fields):
        _sub(aliases, "alias", name=f.alias, field=f.name, index=str(i))
    if layer.tabs:
        _sub(node, "editorlayout", "tablayout")
        form = _sub(node, "attributeEditorForm")
        index = {f.name: i for i, f in enumerate(layer.fields)}
        for tab in layer.tabs:
            box = _sub(
                form,
                "attributeEditorContainer",
                name=tab.title,
                showLabel="1",
                groupBox="0",
                columnCount="1",
                visibilityExpressionEnabled="0",
                visibilityExpression="",
            )
            for name in tab.fields:
                _sub(box, "attributeEditorField", name=name, index=str(index[name]), showLabel="1")
            for relation in tab.relations:
                editor = _sub(
                    box,
                    "attributeEditorRelation",
                    name=relation,
                    relation=relation,
                    showLabel="1",
                    label="",
                    relationWidgetTypeId="relation_editor",
                    nmRelationId="",
                    forceSuppressFormPopup="0",
                )
                _sub(editor, "editor_configuration")
    else:
        _sub(node, "editorlayout", "generatedlayout")
    editable = _sub(node, "editable")
    for f in layer.fields:
        _sub(editable, "field", name=f.name, editable="1" if f.editable else "0")
    if layer.display:
        _sub(node, "previewExpression", layer.display)
    return node


def to_qgs(project: Project) -> str:
    """The project as QGIS project XML (``.qgs``)."""
    tables = {layer.table for layer in project.layers}
    for r in project.relations:
        if r.child not in tables or r.parent not in tables:
            raise ValueError(f"relation {r.id} joins a layer the project does not have")
    for layer in project.layers:
        if layer.kind is not None and layer.kind not in KINDS:
            raise ValueError(f"layer {layer.id}: {layer.kind!r} is not one of {KINDS}")
    root = ET.Element("qgis", version="3.22.0", projectname=project.title)
    _sub(root, "title", project.title)
    _crs(_sub(root, "projectCrs"), 3857)
    tree = _sub(root, "layer-tree-group")
    for layer in project.layers:
        _sub(
            tree,
            "layer-tree-layer",
            id=layer.id,
            name=layer.name,
            source=_datasource(layer),
            providerKey=layer.provider,
            checked="Qt::Checked" if layer.visible else "Qt::Unchecked",
            expanded="1",
        )
    relations = _sub(root, "relations")
    for r in project.relations:
        element = _sub(
            relations,
            "relation",
            id=r.id,
            name=r.name,
            referencingLayer=layer_id(r.child),
            referencedLayer=layer_id(r.parent),
            strength="Association",
        )
        _sub(element, "fieldRef", referencingField=r.child_field, referencedField=r.parent_field)
    layers = _sub(root, "projectlayers")
    for layer in project.layers:
        layers.append(_map_layer(layer))
    order = _sub(root, "layerorder")
    for layer in project.layers:
        _sub(order, "layer", id=layer.id)
    properties = _sub(root, "properties")
    _sub(_sub(properties, "Paths"), "Absolute", "false", type="bool")
    # without it QGIS ignores the project CRS
    _sub(_sub(properties, "SpatialRefSys"), "ProjectionsEnabled", "1", type="int")
    if project.extent is not None:
        view = _sub(root, "ProjectViewSettings", UseProjectScales="0", rotation="0")
        west, south, east, north = project.extent
        extent = _sub(view, "DefaultViewExtent", xmin=str(west), ymin=str(south))
        extent.attrib |= {"xmax": str(east), "ymax": str(north)}
        _crs(extent, 4326)
    body = ET.tostring(root, encoding="unicode")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"


def to_qgz(project: Project, name: str = "project") -> bytes:
    """The project zipped as QGIS saves it (``.qgz``: the ``.qgs`` inside)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{name}.qgs", to_qgs(project))
    return buffer.getvalue()

"""Map styles written for the clients that draw our layers: QGIS (QML), SLD/SE 1.1 clients
(GeoServer, QGIS, ArcGIS) and MapLibre (a style JSON over vector tiles).

A :class:`Style` says what a map shows in a client-neutral way — the field whose values
colour the features, the colour and legend text of each value, the colour of everything
else, and the fields that label a feature — and each writer turns it into its format for one
geometry kind (points, lines or polygons). The XML is built with ElementTree, so every
value is escaped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

KINDS = ("points", "lines", "polygons")
QML_TYPE = "application/vnd.qgis.qml"
SLD_TYPE = "application/vnd.ogc.se+xml;version=1.1"
MAPBOX_TYPE = "application/vnd.mapbox.style+json"


@dataclass(frozen=True)
class Category:
    value: str | None  # None: every other value, and none
    label: str
    colour: str  # #rrggbb


@dataclass(frozen=True)
class Style:
    id: str
    title: str
    field: str
    categories: tuple[Category, ...]
    other: Category
    label_fields: tuple[str, ...] = ()  # the first that is filled labels a feature
    label_max_scale: int = 25_000  # labels from this scale (1:n) inwards

    @property
    def every(self) -> tuple[Category, ...]:
        return (*self.categories, self.other)

    def label_expression(self) -> str:
        """A QGIS expression: the first label field that is filled."""
        quoted = ", ".join(f'"{name}"' for name in self.label_fields)
        return f"coalesce({quoted})" if len(self.label_fields) > 1 else quoted


def _rgba(colour: str, alpha: int = 255) -> str:
    value = colour.lstrip("#")
    return ",".join(str(int(value[i : i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"a style is drawn as {', '.join(KINDS)}, not {kind!r}")


# -- QGIS QML -----------------------------------------------------------------------------------
def _options(parent: ET.Element, values: dict[str, str]) -> None:
    mapping = ET.SubElement(parent, "Option", type="Map")
    for name, value in values.items():
        ET.SubElement(mapping, "Option", name=name, type="QString", value=value)


def _qml_symbol(parent: ET.Element, name: str, kind: str, cat: Category) -> None:
    """One category's symbol; the rest (``cat.value`` None) is drawn light and first
    (rendering pass 0), the graded over it (pass 1)."""
    symbol_type = {"points": "marker", "lines": "line", "polygons": "fill"}[kind]
    symbol = ET.SubElement(
        parent, "symbol", type=symbol_type, name=name, alpha="1", clip_to_extent="1"
    )
    colour, rest = cat.colour, cat.value is None
    attrs = {"enabled": "1", "pass": "0" if rest else "1"}
    if kind == "points":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleMarker", **attrs})
        props = {
            "name": "circle",
            "color": _rgba(colour),
            "outline_color": "35,35,35,255",
            "outline_width": "0.3",
            "size": "3.2",
            "size_unit": "MM",
        }
    elif kind == "lines":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleLine", **attrs})
        props = {
            "line_color": _rgba(colour),
            "line_width": "1.2",
            "line_width_unit": "MM",
            "capstyle": "round",
        }
    else:
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleFill", **attrs})
        props = {
            "color": _rgba(colour, 77 if rest else 255),
            "outline_color": "138,138,138,255" if rest else _rgba(colour),
            "outline_width": "0.3",
            "outline_width_unit": "MM",
            "style": "solid",
        }
    _options(layer, props)


def qml_renderer(style: Style, kind: str) -> ET.Element:
    """The ``renderer-v2`` element: one category per value, the last for all others."""
    _check_kind(kind)
    renderer = ET.Element(
        "renderer-v2", type="categorizedSymbol", attr=style.field, symbollevels="1"
    )
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    for i, cat in enumerate(style.every):
        ET.SubElement(
            categories,
            "category",
            render="true",
            symbol=str(i),
            value="" if cat.value is None else cat.value,
            label=cat.label,
            type="string",
        )
        _qml_symbol(symbols, str(i), kind, cat)
    return renderer


def qml_labeling(style: Style, kind: str) -> ET.Element:
    """Labels: the first filled label field, with a white halo, from the style's scale
    inwards; along lines, over polygons, around points."""
    labeling = ET.Element("labeling", type="simple")
    settings = ET.SubElement(labeling, "settings", calloutType="simple")
    text = ET.SubElement(
        settings,
        "text-style",
        fieldName=style.label_expression(),
        isExpression="1",
        fontFamily="IPAGothic",
        fontSize="9",
        fontSizeUnit="Point",
        textColor="20,20,20,255",
        textOpacity="1",
        multilineHeight="1",
    )
    ET.SubElement(
        text,
        "text-buffer",
        bufferDraw="1",
        bufferSize="0.8",
        bufferSizeUnits="MM",
        bufferColor="255,255,255,255",
        bufferOpacity="1",
        bufferNoFill="1",
        bufferJoinStyle="128",
    )
    ET.SubElement(settings, "text-format", multilineAlign="3", wrapChar="")
    ET.SubElement(
        settings,
        "placement",
        placement={"points": "0", "lines": "2", "polygons": "1"}[kind],  # around, along, over
        placementFlags="10",  # on or above the line, either side
        polygonPlacementFlags="2",
        dist="1",
        distUnits="MM",
        priority="5",
        quadOffset="4",
        predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR",
        lineAnchorPercent="0.5",
        maxCurvedCharAngleIn="25",
        maxCurvedCharAngleOut="-25",
    )
    ET.SubElement(
        settings,
        "rendering",
        drawLabels="1",
        scaleVisibility="1",
        # QGIS reads these the other way round to their names: scaleMax is the most
        # zoomed-out scale (1:n) at which labels are still drawn
        scaleMin="1",
        scaleMax=str(style.label_max_scale),
        obstacle="1",
        obstacleFactor="1",
        maxNumLabels="2000",
        fontMinPixelSize="3",
        fontMaxPixelSize="10000",
        zIndex="0",
    )
    return labeling


def qml_elements(style: Style, kind: str) -> list[ET.Element]:
    """What a QML carries, also embedded in a project's map layer: renderer and labels."""
    return [qml_renderer(style, kind), qml_labeling(style, kind)]


def to_qml(style: Style, kind: str) -> str:
    """A QGIS layer style file (Symbology and Labels): Layer Properties → Style → Load."""
    root = ET.Element("qgis", version="3.22.0", styleCategories="Symbology|Labeling")
    root.extend(qml_elements(style, kind))
    ET.SubElement(root, "labelsEnabled").text = "1" if style.label_fields else "0"
    ET.SubElement(root, "layerGeometryType").text = str(KINDS.index(kind))
    body = ET.tostring(root, encoding="unicode")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"


# -- SLD / Symbology Encoding 1.1 ----------------------------------------------------------------
SLD, SE, OGC = (
    "http://www.opengis.net/sld",
    "http://www.opengis.net/se",
    "http://www.opengis.net/ogc",
)
ET.register_namespace("sld", SLD)
ET.register_namespace("se", SE)
ET.register_namespace("ogc", OGC)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")


def _se(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{SE}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _param(parent: ET.Element, name: str, value: str) -> None:
    _se(parent, "SvgParameter", value, name=name)


def _se_symbolizer(rule: ET.Element, kind: str, colour: str, graded: bool) -> None:
    if kind == "points":
        graphic = _se(_se(rule, "PointSymbolizer"), "Graphic")
        mark = _se(graphic, "Mark")
        _se(mark, "WellKnownName", "circle")
        _param(_se(mark, "Fill"), "fill", colour)
        stroke = _se(mark, "Stroke")
        _param(stroke, "stroke", "#232323")
        _param(stroke, "stroke-width", "1")
        _se(graphic, "Size", "11")
    elif kind == "lines":
        stroke = _se(_se(rule, "LineSymbolizer"), "Stroke")
        _param(stroke, "stroke", colour)
        _param(stroke, "stroke-width", "4")
        _param(stroke, "stroke-linecap", "round")
    else:
        symbolizer = _se(rule, "PolygonSymbolizer")
        fill = _se(symbolizer, "Fill")
        _param(fill, "fill", colour)
        _param(fill, "fill-opacity", "1" if graded else "0.3")
        stroke = _se(symbolizer, "Stroke")
        _param(stroke, "stroke", colour if graded else "#8a8a8a")
        _param(stroke, "stroke-width", "1")


def _se_filter(rule: ET.Element, style: Style, cat: Category) -> None:
    """The rule's filter. Everything else is spelled out (no value, or none of the values)
    rather than an ElseFilter, which QGIS reads as matching every feature."""
    if cat.value is None and not style.categories:
        return  # a single symbol: every feature
    filter_ = ET.SubElement(rule, f"{{{OGC}}}Filter")

    def equals(parent: ET.Element, value: str) -> None:
        comparison = ET.SubElement(parent, f"{{{OGC}}}PropertyIsEqualTo")
        ET.SubElement(comparison, f"{{{OGC}}}PropertyName").text = style.field
        ET.SubElement(comparison, f"{{{OGC}}}Literal").text = value

    if cat.value is not None:
        equals(filter_, cat.value)
        return
    either = ET.SubElement(filter_, f"{{{OGC}}}Or")
    missing = ET.SubElement(either, f"{{{OGC}}}PropertyIsNull")
    ET.SubElement(missing, f"{{{OGC}}}PropertyName").text = style.field
    none_of = ET.SubElement(ET.SubElement(either, f"{{{OGC}}}Not"), f"{{{OGC}}}Or")
    for other in style.categories:
        assert other.value is not None
        equals(none_of, other.value)


def to_sld(style: Style, kinds: tuple[str, ...], layer: str) -> str:
    """A Styled Layer Descriptor 1.1 (SE 1.1): one rule per value (the last for the rest)
    with a symbolizer per geometry kind drawn, and a rule labelling features at large
    scales."""
    for kind in kinds:
        _check_kind(kind)
    root = ET.Element(
        f"{{{SLD}}}StyledLayerDescriptor",
        {
            "version": "1.1.0",
            "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation": f"{SLD} "
            "http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd",
        },
    )
    named = ET.SubElement(root, f"{{{SLD}}}NamedLayer")
    _se(named, "Name", layer)
    user = ET.SubElement(named, f"{{{SLD}}}UserStyle")
    _se(user, "Name", style.id)
    _se(_se(user, "Description"), "Title", style.title)
    underneath = _se(user, "FeatureTypeStyle")  # the rest first, the graded over it
    feature_style = _se(user, "FeatureTypeStyle")
    for cat in style.every:
        rule = _se(underneath if cat.value is None else feature_style, "Rule")
        _se(rule, "Name", cat.value or "other")
        _se(_se(rule, "Description"), "Title", cat.label)
        _se_filter(rule, style, cat)
        for kind in kinds:
            _se_symbolizer(rule, kind, cat.colour, cat.value is not None)
    if style.label_fields:
        rule = _se(feature_style, "Rule")
        _se(rule, "Name", "labels")
        _se(rule, "MaxScaleDenominator", str(style.label_max_scale))
        text = _se(rule, "TextSymbolizer")
        _se(_se(text, "Label"), "PropertyName", style.label_fields[0])
        font = _se(text, "Font")
        _param(font, "font-family", "IPAGothic")
        _param(font, "font-size", "11")
        halo = _se(text, "Halo")
        _se(halo, "Radius", "1.5")
        _param(_se(halo, "Fill"), "fill", "#ffffff")
        _param(_se(text, "Fill"), "fill", "#141414")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


# -- MapLibre / Mapbox GL style ------------------------------------------------------------------
def _gl_filter(style: Style, kind: str, cat: Category) -> list[Any]:
    geometry = {"points": "Point", "lines": "LineString", "polygons": "Polygon"}[kind]
    values = [c.value for c in style.categories]
    if cat.value is None:
        chosen: list[Any] = ["!in", style.field, *values]
    else:
        chosen = ["==", style.field, cat.value]
    return ["all", ["==", "$type", geometry], chosen]


def gl_layers(
    style: Style, source: str, source_layer: str, kinds: tuple[str, ...] = KINDS
) -> list[dict[str, Any]]:
    """MapLibre layers drawing one vector tile layer: per geometry kind and value a layer
    with a constant colour and a legacy filter (what MapLibre, Mapbox and QGIS's style
    converter all read), polygons under lines under points. MapLibre's labels need a glyph
    server, which the app does not run, so labels are in the QML and SLD only."""
    layers: list[dict[str, Any]] = []
    for kind in sorted(kinds, key=lambda k: -KINDS.index(k)):
        _check_kind(kind)
        for cat in (style.other, *style.categories):  # the rest underneath
            name = f"{source_layer}-{kind}-{cat.value or 'other'}"
            layer: dict[str, Any] = {
                "id": name,
                "source": source,
                "source-layer": source_layer,
                "filter": _gl_filter(style, kind, cat),
                "metadata": {"legend": cat.label},
            }
            if kind == "polygons":
                layer |= {
                    "type": "fill",
                    "paint": {
                        "fill-color": cat.colour,
                        # ungraded areas (port zones, yards) stay light under the graded
                        "fill-opacity": 1.0 if cat.value is not None else 0.3,
                        "fill-outline-color": cat.colour if cat.value is not None else "#8a8a8a",
                    },
                }
            elif kind == "lines":
                layer |= {
                    "type": "line",
                    "layout": {"line-cap": "round"},
                    "paint": {"line-color": cat.colour, "line-width": 4},
                }
            else:
                layer |= {
                    "type": "circle",
                    "paint": {
                        "circle-color": cat.colour,
                        "circle-radius": 6,
                        "circle-stroke-color": "#232323",
                        "circle-stroke-width": 1,
                    },
                }
            layers.append(layer)
    return layers


def to_mapbox(
    style: Style, sources: dict[str, dict[str, Any]], layers: list[dict[str, Any]]
) -> str:
    """A MapLibre/Mapbox GL style (spec version 8) over the given vector tile sources."""
    document = {
        "version": 8,
        "name": style.title,
        "metadata": {"porttwin:field": style.field},
        "sources": sources,
        "layers": layers,  # no background: QGIS would paint it tile by tile
    }
    return json.dumps(document, ensure_ascii=False, indent=1)

"""OGC API Styles: the viewer's look for other clients, in the format each reads, and a
QGIS project that puts it together.

- ``/ogc/styles``: the map as a whole (ports and facilities over their vector tiles) as a
  MapLibre/Mapbox style JSON, which MapLibre draws and QGIS converts (Vector Tiles
  connection → Style URL);
- ``/ogc/collections/{id}/styles``: each styled collection's styles, as QGIS QML (for a
  layer of one geometry type: the single-type views and the findings), SLD/SE 1.1 and a
  style JSON over that collection's tiles.

- ``/ogc/qgis-project?port=CODE``: a QGIS project of a port over this API, each layer with
  its style, logging in with the user's own authentication configuration.

A style holds no data (colours, legend text, field names), so it is served without a
token like the API description; the tiles and features it points at need one.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import func, not_, select

from assets.models import Facility
from assets.ports import resolve_port
from geodata.qgis_project import Field, Layer, Project, oapif_source, to_qgz
from geodata.styles import (
    KINDS,
    MAPBOX_TYPE,
    QML_TYPE,
    SLD_TYPE,
    Category,
    Style,
    gl_layers,
    to_mapbox,
    to_qml,
    to_sld,
)
from inspections.styles import facility_grades, finding_grades
from kernel.errors import NotFound
from kernel.web import CurrentUser, SessionDep
from twin.ogc.collections import Collection, collections
from twin.ogc.features import JSON_TYPE, base_url, get_collection, link
from twin.ogc.tiles import MAX_ZOOM, TMS

router = APIRouter(prefix="/ogc", tags=["OGC API Styles"])

MAP_STYLE = "grades"
STYLES = {"facilities": facility_grades, "inspection-findings": finding_grades}
ENCODINGS = {"mapbox": MAPBOX_TYPE, "sld11": SLD_TYPE, "qml": QML_TYPE}
StyleFormat = Annotated[
    Literal["mapbox", "sld11", "qml"] | None,
    Query(description="mapbox (MapLibre style JSON), sld11 (SLD/SE 1.1) or qml (QGIS)"),
]


def style_of(coll: Collection) -> Style | None:
    """The style a collection (or a single-type view of it) is drawn with."""
    make = STYLES.get(coll.view_of or coll.id)
    return make() if make else None


def encodings(coll: Collection) -> list[str]:
    """QML only for a layer of one geometry type: QGIS gives a layer one."""
    return ["mapbox", "sld11", *(["qml"] if coll.drawn_as else [])]


def _tile_source(request: Request, coll: Collection) -> dict[str, Any]:
    href = f"{base_url(request)}/collections/{coll.id}/tiles/{TMS}"
    return {
        "type": "vector",
        "tiles": [f"{href}/{{z}}/{{y}}/{{x}}"],
        "minzoom": 0,
        "maxzoom": MAX_ZOOM,
        "attribution": "Port Twin",
    }


def _style_entry(request: Request, coll: Collection | None, style: Style) -> dict[str, Any]:
    if coll is None:
        href, formats = f"{base_url(request)}/styles/{style.id}", ["mapbox"]
    else:
        href = f"{base_url(request)}/collections/{coll.id}/styles/{style.id}"
        formats = encodings(coll)
    return {
        "id": style.id,
        "title": style.title,
        "links": [
            link(f"{href}?f={f}", "stylesheet", ENCODINGS[f], f"{style.title} ({f})")
            for f in formats
        ],
    }


@router.get("/styles", summary="Styles of the map (vector tiles)", response_class=JSONResponse)
def map_styles(request: Request) -> JSONResponse:
    return JSONResponse(
        {
            "styles": [_style_entry(request, None, facility_grades())],
            "default": MAP_STYLE,
            "links": [link(f"{base_url(request)}/styles", "self", JSON_TYPE, "Styles")],
        }
    )


@router.get(
    "/styles/{style_id}",
    summary="A style of the map: MapLibre/Mapbox GL style JSON",
    response_class=Response,
    responses={200: {"content": {MAPBOX_TYPE: {}}}},
)
def map_style(style_id: str, request: Request, f: StyleFormat = None) -> Response:
    if style_id != MAP_STYLE or f not in (None, "mapbox"):
        raise NotFound(f"no map style '{style_id}' as {f or 'mapbox'} (try {MAP_STYLE}?f=mapbox)")
    all_collections = collections()
    ports, facilities = all_collections["ports"], all_collections["facilities"]
    outline = {
        "id": "ports-boundary",
        "type": "line",
        "source": ports.id,
        "source-layer": ports.id,
        "paint": {"line-color": "#3b6fb6", "line-width": 1.5, "line-dasharray": [4, 2]},
        "metadata": {"legend": "港湾区域 / port boundary"},
    }
    style = facility_grades()
    body = to_mapbox(
        style,
        {ports.id: _tile_source(request, ports), facilities.id: _tile_source(request, facilities)},
        [outline, *gl_layers(style, facilities.id, facilities.id)],
    )
    return Response(body, media_type=MAPBOX_TYPE)


def _styled(collection_id: str) -> tuple[Collection, Style]:
    coll = get_collection(collection_id)
    style = style_of(coll)
    if style is None:
        raise NotFound(f"collection '{coll.id}' has no published style")
    return coll, style


@router.get(
    "/collections/{collection_id}/styles",
    summary="Styles of a collection (QGIS QML, SLD, MapLibre)",
    response_class=JSONResponse,
)
def collection_styles(collection_id: str, request: Request) -> JSONResponse:
    coll, style = _styled(collection_id)
    href = f"{base_url(request)}/collections/{coll.id}/styles"
    return JSONResponse(
        {
            "styles": [_style_entry(request, coll, style)],
            "default": style.id,
            "links": [link(href, "self", JSON_TYPE, "Styles")],
        }
    )


@router.get(
    "/collections/{collection_id}/styles/{style_id}",
    summary="A style of a collection: ?f=qml (QGIS), sld11 (SLD/SE 1.1) or mapbox",
    response_class=Response,
    responses={200: {"content": {QML_TYPE: {}, SLD_TYPE: {}, MAPBOX_TYPE: {}}}},
)
def collection_style(
    collection_id: str, style_id: str, request: Request, f: StyleFormat = None
) -> Response:
    coll, style = _styled(collection_id)
    fmt = f or ("qml" if coll.drawn_as else "sld11")
    if style_id != style.id:
        raise NotFound(f"collection '{coll.id}' has no style '{style_id}' (try {style.id})")
    if fmt not in encodings(coll):
        raise NotFound(
            f"no QML for '{coll.id}': QGIS draws one geometry type per layer; take the "
            f"style of one of its views ({', '.join(coll.views)})"
        )
    kinds = (coll.drawn_as,) if coll.drawn_as else KINDS
    name = f"{coll.id}-{style.id}"
    if fmt == "qml":
        assert coll.drawn_as is not None
        body, disposition = to_qml(style, coll.drawn_as), f"{name}.qml"
    elif fmt == "sld11":
        body, disposition = to_sld(style, kinds, coll.id), f"{name}.sld"
    else:
        body = to_mapbox(
            style,
            {coll.id: _tile_source(request, coll)},
            gl_layers(style, coll.id, coll.id, kinds),
        )
        disposition = f"{name}.json"
    return Response(
        body,
        media_type=ENCODINGS[fmt],
        headers={"Content-Disposition": f'inline; filename="{disposition}"'},
    )


AUTHCFG = "porttwn"  # the id a user gives their QGIS authentication configuration, once
AuthCfg = Annotated[
    str,
    Query(
        pattern="^[A-Za-z0-9]{7}$",
        description="the id of your QGIS authentication configuration (7 letters or digits)",
    ),
]


@router.get(
    "/qgis-project",
    summary="A QGIS project of a port: its facilities and findings, styled as in the viewer",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}}},
)
def qgis_project(
    port: str,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    authcfg: AuthCfg = AUTHCFG,
) -> Response:
    """The viewer's look in QGIS in one step: the port's boundary, its facilities by
    geometry type coloured by grade and labelled, and the inspection findings (hidden), read
    live from this OGC API. QGIS logs in with the authentication configuration ``authcfg``
    (Basic, the API token as the password), which the user makes once; the project holds no
    token."""
    found = resolve_port(session, who, port)
    geom = Facility.geom
    row = session.execute(  # one pass: the port's extent and the geometry kinds it holds
        select(
            func.ST_XMin(func.ST_Extent(geom)),
            func.ST_YMin(func.ST_Extent(geom)),
            func.ST_XMax(func.ST_Extent(geom)),
            func.ST_YMax(func.ST_Extent(geom)),
            *(
                func.bool_or(not_(func.ST_IsEmpty(func.ST_CollectionExtract(geom, n))))
                for n in (1, 2, 3)
            ),
        ).where(Facility.port_id == found.id, Facility.deleted_at.is_(None))
    ).one()
    extent = None if row[0] is None else (row[0], row[1], row[2], row[3])
    drawn = row[4:]
    base = base_url(request)
    all_collections = collections()
    layers = [
        _remote_layer(base, all_collections["ports"], "polygons", port_outline(), authcfg),
        *(
            _remote_layer(
                base, all_collections[f"facilities-{kind}"], kind, facility_grades(), authcfg
            )
            for kind, has in zip(KINDS, drawn, strict=True)
            if has
        ),
        _remote_layer(
            base,
            all_collections["inspection-findings"],
            "points",
            finding_grades(),
            authcfg,
            visible=False,
        ),
    ]
    body = to_qgz(Project(f"Port Twin {found.code}", tuple(layers), (), extent), found.code)
    return Response(
        body,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="porttwin-{found.code}.qgz"'},
    )


def _remote_layer(
    base: str, coll: Collection, kind: str, style: Style, authcfg: str, *, visible: bool = True
) -> Layer:
    return Layer(
        f"{coll.title_ja} / {coll.title}",
        oapif_source(base, coll.id, authcfg),
        coll.id.replace("-", "_"),
        kind,
        tuple(Field(name, prop.title) for name, prop in coll.properties.items()),
        style=style,
        visible=visible,
        provider="OAPIF",
    )


def port_outline() -> Style:
    """Ports' boundaries (港湾区域): light, labelled by name at small scales."""
    return Style(
        id="boundary",
        title="港湾区域 / port boundary",
        field="code",
        categories=(),
        other=Category(None, "港湾区域 / port boundary", "#3b6fb6"),
        label_fields=("name_ja", "name_en"),
        label_max_scale=500_000,
    )

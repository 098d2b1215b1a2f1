"""PLATEAU CityGML: port zones onto the port, other constructions (護岸, 水門 …) as facilities.

Which i-UR ``OtherConstruction_class`` code is which facility kind is data: the
``iur_other_construction_class`` of the facility_kind code list.
"""

from __future__ import annotations

from typing import Any

from shapely import union_all
from shapely.geometry import MultiPolygon
from shapely.geometry import mapping as to_geojson
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.codelists import code_table
from assets.importers import ImportRow
from assets.importers.registry import Batch, Importer, ImportSource
from assets.ports import resolve_port, update_port
from assets.schemas import PortUpdate
from geodata.citygml import CityModel, read_citygml
from kernel.auth.service import Principal

TP_HEIGHT_EPSG = 6697  # JGD2011 + JGD2011 (vertical) height, i.e. T.P.


def kinds_by_iur_class(session: Session) -> dict[str, str]:
    table = code_table("facility_kind")
    rows = session.execute(select(table.c.code, table.c.extra)).all()
    return {
        extra["iur_other_construction_class"]: code
        for code, extra in rows
        if "iur_other_construction_class" in extra
    }


def plateau_rows(session: Session, model: CityModel) -> tuple[list[ImportRow], list[str]]:
    kinds = kinds_by_iur_class(session)
    rows, notes = [], []
    for number, obj in enumerate(model.objects, start=1):
        notes += obj.warnings
        if obj.feature_type != "OtherConstruction":
            continue
        cls, cls_name = obj.codes.get("class", ("", ""))
        values: dict[str, Any] = {
            "kind": kinds.get(cls, f"(i-UR class {cls} {cls_name}: not a port facility kind)"),
            "name_ja": obj.attributes.get("name")
            or f"{cls_name}（{obj.codes.get('function', ('', ''))[1]}）",
            "geometry": to_geojson(obj.geometry),
            "manager": obj.attributes.get("administrator"),
            "attributes": {
                "plateau_class": f"{cls} {cls_name}",
                **{
                    f"plateau_{k}": f"{c} {m}".strip()
                    for k, (c, m) in obj.codes.items()
                    if k != "class"
                },
                **{f"plateau_{k}": v for k, v in obj.attributes.items()},
            },
        }
        if obj.max_height is not None and model.epsg == TP_HEIGHT_EPSG:
            values["crown_height"] = {"value": round(obj.max_height, 3), "datum": "TP"}
        rows.append(ImportRow(row=number, ext_id=obj.gml_id, values=values))
    return rows, notes


def apply_port_zones(
    session: Session, who: Principal, port_ref: str, model: CityModel, *, dry_run: bool
) -> list[str]:
    """Set the port boundary to the union of the file's urf:PortZone areas (臨港地区)."""
    zones = [o for o in model.objects if o.feature_type == "PortZone"]
    if not zones:
        return []
    area = union_all([z.geometry for z in zones])
    if area.geom_type == "Polygon":
        area = MultiPolygon([area])
    port = resolve_port(session, who, port_ref)
    described = [
        {"gml_id": z.gml_id, **z.attributes, **{k: f"{c} {m}" for k, (c, m) in z.codes.items()}}
        for z in zones
    ]
    if not dry_run:
        update_port(
            session,
            who,
            port.code,
            PortUpdate(
                boundary=to_geojson(area), attributes={**port.attributes, "port_zones": described}
            ),
        )
    verb = "would set" if dry_run else "set"
    return [f"{verb} the boundary of {port.code} from {len(zones)} urf:PortZone area(s)"]


def _read(source: ImportSource) -> Batch:
    model = read_citygml(source.path, name=source.name, code_root=source.root)
    rows, notes = plateau_rows(source.session, model)
    notes += apply_port_zones(
        source.session, source.who, source.port, model, dry_run=source.dry_run
    )
    return Batch(rows, notes, "plateau")


IMPORTER = Importer(
    name="plateau",
    summary="PLATEAU CityGML: urf:PortZone → port boundary, uro:OtherConstruction → facilities",
    suffixes=(".gml", ".xml"),
    read=_read,
    skip_parts=("codelists",),
)

"""PLATEAU CityGML: port zones onto the port; other constructions (護岸, 水門 …), bridges and
navigation routes as facilities; a bridge's recorded inspections as external inspections.

Which i-UR ``OtherConstruction_class`` code is which facility kind is data: the
``iur_other_construction_class`` of the facility_kind code list, and for classes that are not
port facilities by default (樋門・樋管, ダム …) the user's own table (``kind_map``, a CSV of
``class,kind``, or ``class_kind 06=sluice_lock``). A class mapped nowhere is an invalid row
that says how to map it.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any

from shapely import union_all
from shapely.geometry import MultiPolygon
from shapely.geometry import mapping as to_geojson
from sqlalchemy import select
from sqlalchemy.orm import Session

from assets.codelists import code_table
from assets.importers import ImportRow
from assets.importers.registry import Batch, Importer, ImportSource, Option
from assets.ports import resolve_port, update_port
from assets.schemas import PortUpdate
from geodata.citygml import CityModel, CityObject, read_citygml
from kernel.auth.service import Principal
from kernel.errors import Invalid

TP_HEIGHT_EPSG = 6697  # JGD2011 + JGD2011 (vertical) height, i.e. T.P.


def kind_table(session: Session) -> tuple[dict[str, str], set[str]]:
    """The facility kinds: i-UR class code → kind (the code list's default mapping), and
    every kind code."""
    table = code_table("facility_kind")
    rows = session.execute(select(table.c.code, table.c.extra)).all()
    by_class = {
        extra["iur_other_construction_class"]: code
        for code, extra in rows
        if "iur_other_construction_class" in extra
    }
    return by_class, {code for code, _ in rows}


def user_kind_map(options: dict[str, Any], known: set[str]) -> dict[str, str]:
    """The user's class → kind table: the ``kind_map`` CSV (``class,kind``; a class by its
    code, 06, or its name, 樋門・樋管) and the ``class_kind`` pairs (06=sluice_lock) on top;
    each kind must be one of ``known``."""
    table: dict[str, str] = {}
    text = options.get("kind_map")
    if text:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or not {"class", "kind"} <= set(reader.fieldnames):
            raise Invalid("kind_map: a CSV with the columns class,kind", field="kind_map")
        for line, row in enumerate(reader, start=2):
            if not row["class"] or not row["kind"]:
                raise Invalid(f"kind_map line {line}: class and kind are needed", field="kind_map")
            table[row["class"].strip()] = row["kind"].strip()
    for pair in options.get("class_kind") or []:
        cls, sep, kind = pair.partition("=")
        if not sep or not cls.strip() or not kind.strip():
            raise Invalid(f"class_kind '{pair}' is not CLASS=KIND", field="class_kind")
        table[cls.strip()] = kind.strip()
    for cls, kind in table.items():
        if kind not in known:
            raise Invalid(
                f"the kind map gives class {cls} the kind '{kind}', which is not a facility "
                f"kind; one of {', '.join(sorted(known))}",
                field="kind_map",
            )
    return table


def _kind(
    obj: CityObject, kinds: dict[str, str], mapped: dict[str, str]
) -> tuple[str | None, str | None]:
    """(kind, None) of an OtherConstruction, or (None, why not)."""
    cls, cls_name = obj.codes.get("class", ("", ""))
    kind = mapped.get(cls) or mapped.get(cls_name) or kinds.get(cls)
    if kind:
        return kind, None
    return None, (
        f"i-UR class {cls} {cls_name} is not a port facility kind by default; map it with "
        f"kind_map (CSV class,kind) or class_kind {cls}=KIND"
    )


def plateau_rows(
    model: CityModel, kinds: dict[str, str], mapped: dict[str, str]
) -> tuple[list[ImportRow], list[str]]:
    """Rows of the file's facilities; OtherConstruction classes take the user's kind
    (``mapped``) before the default one (``kinds``)."""
    rows, notes = [], []
    for number, obj in enumerate(model.objects, start=1):
        notes += obj.warnings
        if obj.feature_type == "Bridge":
            rows.append(_bridge_row(number, obj))
            continue
        if obj.feature_type == "Waterway":
            rows.append(_waterway_row(number, obj))
            continue
        if obj.feature_type != "OtherConstruction":
            continue
        cls, cls_name = obj.codes.get("class", ("", ""))
        kind, why_not = _kind(obj, kinds, mapped)
        values: dict[str, Any] = {
            "kind": kind,
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
        rows.append(ImportRow(row=number, ext_id=obj.gml_id, values=values, problem=why_not))
    if model.left_out:
        held = ", ".join(f"{t} ({n})" for t, n in sorted(model.left_out.items()))
        notes.append(f"left out, not port features this import reads: {held}")
    bridges = [o for o in model.objects if o.feature_type == "Bridge"]
    if bridges:
        recorded = sum(len(b.risk) for b in bridges)
        notes.append(
            f"{len(bridges)} bridge(s) with {recorded} recorded inspection(s) kept as external "
            "inspections (source PLATEAU, their own 判定区分 scale; not part of our grades)"
        )
    return rows, notes


def _codes_as_attributes(obj: CityObject) -> dict[str, str]:
    return {f"plateau_{k}": f"{c} {m}".strip() for k, (c, m) in obj.codes.items()}


def _bridge_row(number: int, obj: CityObject) -> ImportRow:
    attrs = obj.attributes
    function = obj.codes.get("function", ("", ""))[1]
    values: dict[str, Any] = {
        "kind": "port_bridge",
        "name_ja": attrs.get("name") or function or "橋梁",
        "geometry": to_geojson(obj.geometry),
        "manager": attrs.get("administrator"),
        "attributes": {
            **_codes_as_attributes(obj),
            **{f"plateau_{k}": v for k, v in attrs.items()},
        },
    }
    for field_name, key in (("length_m", "length"), ("width_m", "width")):
        if _number(attrs.get(key)) is not None:
            values[field_name] = _number(attrs.get(key))
    if str(attrs.get("yearOfConstruction", "")).isdigit():
        values["construction_year"] = int(attrs["yearOfConstruction"])
    records = [
        {
            "source": "PLATEAU",
            "source_ref": f"{obj.gml_id}/{risk.get('surveyYear', '-')}",
            "survey_year": int(risk["surveyYear"])
            if str(risk.get("surveyYear", "")).isdigit()
            else None,
            "judgement": risk.get("riskType"),
            "judgement_label": risk.get("riskType_label"),
            "scale": risk.get("riskType_list") or "ConstructionRiskAssessmentAttribute_riskType",
            "reference_date": risk.get("referenceDate"),
            "attributes": {k: v for k, v in risk.items() if not k.startswith("riskType")},
        }
        for risk in obj.risk
    ]
    return ImportRow(
        row=number,
        ext_id=obj.gml_id,
        values=values,
        records={"external_inspection": records} if records else {},
    )


def _waterway_row(number: int, obj: CityObject) -> ImportRow:
    attrs = obj.attributes
    function = obj.codes.get("function", ("", ""))[1]
    return ImportRow(
        row=number,
        ext_id=obj.gml_id,
        values={
            "kind": "navigation_channel",
            "name_ja": attrs.get("name") or function or "航路",
            "geometry": to_geojson(obj.geometry),
            "attributes": {
                **_codes_as_attributes(obj),
                **{f"plateau_{k}": v for k, v in attrs.items()},
            },
        },
    )


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


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
    kinds, known = kind_table(source.session)
    mapped = user_kind_map(source.options, known)
    model = read_citygml(source.path, name=source.name, code_root=source.root)
    rows, notes = plateau_rows(model, kinds, mapped)
    notes += apply_port_zones(
        source.session, source.who, source.port, model, dry_run=source.dry_run
    )
    return Batch(rows, notes, "plateau")


IMPORTER = Importer(
    name="plateau",
    summary="PLATEAU CityGML: urf:PortZone → port boundary; uro:OtherConstruction, "
    "brid:Bridge, uro:Waterway → facilities",
    suffixes=(".gml", ".xml"),
    read=_read,
    skip_parts=("codelists",),
    options=(
        Option(
            "kind_map",
            "CSV class,kind: facility kinds of i-UR OtherConstruction classes that are not "
            "port facilities by default (a class by code, 06, or name, 樋門・樋管)",
            "file",
        ),
        Option("class_kind", "CLASS=KIND, e.g. 06=sluice_lock (repeatable)", "list"),
    ),
    help="A bridge's recorded inspections (survey year, 判定区分) are kept as external "
    "inspections; feature types it does not read are counted in the report.",
)

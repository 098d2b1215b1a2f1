"""Derive the small demo GeoJSON files shipped in twin/demo_data/ from ../shared/data.

Run once when the sources change: ``.venv/bin/python scripts/derive_demo_data.py``. The demo
itself reads only the derived files, so it works on a clone without ../shared.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
from shapely.geometry import LineString, MultiPolygon, Polygon, mapping

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "vector"
OUT = ROOT / "twin" / "demo_data"


def feature(geom, props):  # type: ignore[no-untyped-def]
    return {"type": "Feature", "geometry": mapping(geom), "properties": props}


def write(name: str, features: list[dict]) -> None:
    path = OUT / name
    path.write_text(
        json.dumps(
            {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{path.relative_to(ROOT)}: {len(features)} features")


def tags(other: object) -> dict[str, str]:
    return dict(re.findall(r'"([^"]+)"=>"([^"]*)"', other if isinstance(other, str) else ""))


def monaco() -> None:
    pbf = SHARED / "osm" / "monaco-latest.osm.pbf"
    features = []
    lines = pyogrio.read_dataframe(pbf, layer="lines")
    for row in lines[lines.man_made == "quay"].itertuples():
        features.append(
            feature(
                row.geometry,
                {
                    "osm": f"way/{row.osm_id}",
                    "kind": "quay",
                    "name": row.name if isinstance(row.name, str) else None,
                    "recognised_by": "man_made=quay",
                },
            )
        )
    cruise = lines[lines.name == "Digue Croisières"]
    for row in cruise.itertuples():
        features.append(
            feature(
                row.geometry,
                {
                    "osm": f"way/{row.osm_id}",
                    "kind": "breakwater",
                    "name": row.name,
                    "recognised_by": "name 'Digue' (French for breakwater); no breakwater tag",
                },
            )
        )
    polys = pyogrio.read_dataframe(pbf, layer="multipolygons")
    for row in polys[polys.man_made == "pier"].itertuples():
        t = tags(row.other_tags)
        geom = row.geometry.geoms[0] if len(row.geometry.geoms) == 1 else row.geometry
        features.append(
            feature(
                geom,
                {
                    "osm": f"way/{int(row.osm_way_id)}",
                    "kind": "floating_pier" if t.get("floating") == "yes" else "pier",
                    "name": row.name if isinstance(row.name, str) else None,
                    "recognised_by": "man_made=pier"
                    + (" + floating=yes" if t.get("floating") else ""),
                },
            )
        )
    points = pyogrio.read_dataframe(pbf, layer="points")
    for row in points[points.man_made == "crane"].itertuples():
        features.append(
            feature(
                row.geometry,
                {
                    "osm": f"node/{row.osm_id}",
                    "kind": "crane",
                    "name": row.name if isinstance(row.name, str) else None,
                    "recognised_by": "man_made=crane",
                },
            )
        )
    features.sort(key=lambda f: (f["properties"]["kind"], f["properties"]["osm"]))
    write("monaco_osm.geojson", features)


def geraldton() -> None:
    folder = SHARED / "breakwaters_geraldton"
    features = []
    for i in range(1, 8):
        with open(folder / f"geraldton{i}.csv", newline="") as fh:
            rows = [(float(r["lon"]), float(r["lat"]), float(r["z"])) for r in csv.DictReader(fh)]
        shp = pyogrio.read_dataframe(folder / f"geraldton{i}.shp")
        line = shp.geometry.iloc[0]
        zs = [z for _, _, z in rows]
        features.append(
            feature(
                LineString(line.coords),
                {
                    "source_file": f"geraldton{i}.shp",
                    "crest_max_m": round(max(zs), 2),
                    "crest_min_m": round(min(zs), 2),
                    "crest_profile_points": len(zs),
                },
            )
        )
    write("geraldton_breakwaters.geojson", features)


def kawasaki() -> None:
    gml = SHARED / "plateau" / "kawasaki-shi" / "udx" / "urf" / "533915_urf_6668_rinko_op.gml"
    ns = {"gml": "http://www.opengis.net/gml", "urf": "https://www.geospatial.jp/iur/urf/2.0"}
    polygons = []
    names = []
    root = ET.parse(gml).getroot()  # noqa: S314 (the shared, trusted sample file)
    for zone in root.iter("{https://www.geospatial.jp/iur/urf/2.0}PortZone"):
        names.append(zone.findtext("gml:name", namespaces=ns))
        for pos in zone.iter("{http://www.opengis.net/gml}posList"):
            v = [float(x) for x in (pos.text or "").split()]
            # EPSG:6697 is latitude, longitude, height: swap to x = lon, y = lat
            polygons.append(Polygon([(v[i + 1], v[i]) for i in range(0, len(v), 3)]))
    write(
        "kawasaki_port_zone.geojson",
        [
            feature(
                MultiPolygon(polygons),
                {"name": names[0], "source_file": gml.name, "parts": len(polygons)},
            )
        ],
    )


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    monaco()
    geraldton()
    kawasaki()

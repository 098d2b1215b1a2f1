"""Benchmark: reading IFC models (issue 5) against the raw ifcopenshell geometry iterator.

    .venv/bin/python bench/ifc.py [--elements 3000]

For each sample in ../shared/data/ifc and a synthetic model built here (N extruded quay
blocks, marked synthetic in its header and names), times the raw iterator alone (open + every
shape's triangles) and our reading (open with the dialect and completeness checks, element
list with property sets, footprints, georeferencing). Prints elements/s and ours/raw.

This covers the reading layer only: database writes, GLB and linking are not built yet, so the
issue's target (whole import within 2x of the raw iterator) is not measured here.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

import ifcopenshell
import ifcopenshell.api
import ifcopenshell.geom
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geodata import ifc  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "data" / "ifc"


def synthetic_model(count: int, path: Path) -> Path:
    """A model of ``count`` quay blocks (10 × 5 × 3 m extrusions) in rows, all synthetic."""
    model = ifcopenshell.file(schema="IFC4X3_ADD2")
    project = ifcopenshell.api.run(
        "root.create_entity", model, ifc_class="IfcProject", name="SYNTHETIC bench"
    )
    ifcopenshell.api.run("unit.assign_unit", model)
    context = ifcopenshell.api.run("context.add_context", model, context_type="Model")
    body = ifcopenshell.api.run(
        "context.add_context",
        model,
        context_type="Model",
        context_identifier="Body",
        target_view="MODEL_VIEW",
        parent=context,
    )
    site = ifcopenshell.api.run("root.create_entity", model, ifc_class="IfcSite", name="Site")
    ifcopenshell.api.run("aggregate.assign_object", model, products=[site], relating_object=project)
    quay = ifcopenshell.api.run(
        "root.create_entity",
        model,
        ifc_class="IfcMarineFacility",
        name="SYNTHETIC quay",
        predefined_type="QUAY",
    )
    ifcopenshell.api.run("aggregate.assign_object", model, products=[quay], relating_object=site)
    blocks = []
    for i in range(count):
        block = ifcopenshell.api.run(
            "root.create_entity", model, ifc_class="IfcBuiltElement", name=f"SYNTHETIC block {i}"
        )
        shape = ifcopenshell.api.run(
            "geometry.add_wall_representation",
            model,
            context=body,
            length=10.0,
            height=3.0,
            thickness=5.0,
        )
        ifcopenshell.api.run(
            "geometry.assign_representation", model, product=block, representation=shape
        )
        matrix = np.eye(4)
        matrix[0, 3], matrix[1, 3] = (i % 100) * 10.0, (i // 100) * 6.0
        ifcopenshell.api.run("geometry.edit_object_placement", model, product=block, matrix=matrix)
        pset = ifcopenshell.api.run("pset.add_pset", model, product=block, name="Pset_Synthetic")
        ifcopenshell.api.run("pset.edit_pset", model, pset=pset, properties={"Index": i})
        blocks.append(block)
    ifcopenshell.api.run(
        "spatial.assign_container", model, products=blocks, relating_structure=quay
    )
    model.write(str(path))
    return path


def raw_iterator(path: Path) -> int:
    model = ifcopenshell.open(str(path))
    settings = ifcopenshell.geom.settings()
    settings.set("use-world-coords", True)
    iterator = ifcopenshell.geom.iterator(settings, model, multiprocessing.cpu_count())
    shapes = 0
    more = iterator.initialize()
    while more:
        geometry = iterator.get().geometry
        _ = (geometry.verts, geometry.faces)
        shapes += 1
        more = bool(iterator.next())
    return shapes


def ours(path: Path) -> int:
    opened = ifc.open_model(path)
    found = ifc.elements(opened.model)
    ifc.footprints(opened.model)
    ifc.map_conversion(opened, path)
    return len(found)


def best_of(runs: int, work, path: Path) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times, result = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        result = work(path)
        times.append(time.perf_counter() - t0)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        synthetic = synthetic_model(args.elements, Path(tmp) / "SYNTHETIC-blocks.ifc")
        print(f"built synthetic model: {args.elements} blocks ({time.perf_counter() - t0:.1f} s)")
        files = [*sorted(SAMPLES.glob("*.ifc")), synthetic]
        header = ("model", "elements", "raw s", "ours s", "elem/s", "ours/raw")
        print("\n{:46} {:>8} {:>8} {:>8} {:>9} {:>9}".format(*header))
        for path in files:
            try:
                raw_s, _shapes = best_of(args.runs, raw_iterator, path)
            except ifcopenshell.SchemaError:  # ifcopenshell.open refuses the draft dialects
                raw_s = float("nan")
            ours_s, count = best_of(args.runs, ours, path)
            raw = f"{raw_s:8.3f}" if raw_s == raw_s else f"{'refused':>8}"
            ratio = f"{ours_s / raw_s:9.2f}" if raw_s == raw_s else f"{'-':>9}"
            rate = count / ours_s
            print(f"{path.name[:46]:46} {count:8d} {raw} {ours_s:8.3f} {rate:9.0f} {ratio}")


if __name__ == "__main__":
    main()

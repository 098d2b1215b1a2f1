"""Benchmark: importing IFC models (issue 5) against the raw ifcopenshell geometry iterator.

    .venv/bin/python bench/ifc.py [--elements 3000] [--runs 3]

For each sample in ../shared/data/ifc and a synthetic model built here (N extruded quay
blocks, marked synthetic in its header and names), in the same run and on the same file:

- raw: the raw iterator alone (open + every shape's triangles, all cores);
- read: our reading layer (open with the dialect and completeness checks, elements with
  property sets, footprints, georeferencing);
- import: the whole import as `porttwin import ifc` does it (store the file, the job: parse,
  geometry with footprints and the GLB in one pass, database writes, placement on the map,
  linking), into a fresh port of a fresh database each run (models without georeferencing
  are placed by hand at the origin of JGD2011 plane IX; each port has a registry quay along
  the synthetic blocks' first row, so linking by overlap does real work).

Prints elements/s of the import and the ratios read/raw and import/raw (best of N runs).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic model builder shared with the tests

from common import fresh_database  # noqa: E402
from ifc_samples import blocks_model  # noqa: E402

from assets.bim.importing import Placement, register_model  # noqa: E402
from assets.facilities import create_facility  # noqa: E402
from assets.ports import create_authority, create_port  # noqa: E402
from assets.schemas import AuthorityCreate, FacilityCreate, PortCreate  # noqa: E402
from geodata import ifc  # noqa: E402
from kernel.auth.service import SYSTEM  # noqa: E402
from kernel.database import make_engine, session_scope  # noqa: E402
from kernel.jobs import run_job  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "data" / "ifc"
DB = "porttwin_ifc_bench"


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


class Importer:
    """The whole import into a new port each call (the same bytes in one port are one model)."""

    def __init__(self) -> None:
        self.engine = make_engine(fresh_database(DB))
        with session_scope(self.engine) as session:
            self.authority = create_authority(
                session, SYSTEM, AuthorityCreate(code="bench", name_en="Benchmark", country="JP")
            ).id
        self.ports = 0

    def __call__(self, path: Path) -> int:
        self.ports += 1
        with session_scope(self.engine) as session:
            port = create_port(
                session,
                SYSTEM,
                PortCreate(
                    authority_id=self.authority,
                    code=f"BENCH{self.ports}",
                    name_en="Benchmark port",
                    country="JP",
                    metric_epsg=6677,
                ),
            )
            create_facility(
                session,
                SYSTEM,
                FacilityCreate(
                    port=port.code,
                    kind="quay",
                    name_en="SYNTHETIC quay line",
                    geometry={"type": "LineString", "coordinates": [[0.0, 2.5], [1000.0, 2.5]]},
                    crs=6677,
                    synthetic=["geometry"],
                ),
            )
            _model, job = register_model(
                session,
                SYSTEM,
                port.code,
                path,
                placement=Placement(crs=6677, eastings=0.0, northings=0.0),
            )
        assert job is not None
        done = run_job(self.engine, job.id)
        if done.status != "done":
            raise RuntimeError(f"{path.name}: {done.message}")
        assert done.result is not None
        return int(done.result["elements"])


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
        synthetic = blocks_model(args.elements, Path(tmp) / "SYNTHETIC-blocks.ifc")
        print(f"built synthetic model: {args.elements} blocks ({time.perf_counter() - t0:.1f} s)")
        files = [*sorted(SAMPLES.glob("*.ifc")), synthetic]
        importer = Importer()
        header = (
            "model",
            "elements",
            "raw s",
            "read s",
            "import s",
            "elem/s",
            "read/raw",
            "imp/raw",
        )
        print("\n{:44} {:>8} {:>8} {:>8} {:>8} {:>7} {:>8} {:>8}".format(*header))
        for path in files:
            try:
                raw_s, _shapes = best_of(args.runs, raw_iterator, path)
            except ifcopenshell.SchemaError:  # ifcopenshell.open refuses the draft dialects
                raw_s = float("nan")
            read_s, count = best_of(args.runs, ours, path)
            import_s, _ = best_of(args.runs, importer, path)
            known = raw_s == raw_s
            raw = f"{raw_s:8.3f}" if known else f"{'refused':>8}"
            ratios = (
                f"{read_s / raw_s:8.2f} {import_s / raw_s:8.2f}" if known else f"{'-':>8} {'-':>8}"
            )
            print(
                f"{path.name[:44]:44} {count:8d} {raw} {read_s:8.3f} {import_s:8.3f} "
                f"{count / import_s:7.0f} {ratios}"
            )
        importer.engine.dispose()


if __name__ == "__main__":
    main()

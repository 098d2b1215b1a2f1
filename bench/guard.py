"""Benchmark: how the server answers everyone else while one user's slow upload runs.

    .venv/bin/python bench/guard.py [--points 8000] [--uploads 3]

A GeoJSON of ``--points`` points is imported as a dry run (the work an engineer's import
does, nothing written), ``--uploads`` times in a row, while a second client asks
``/healthz`` and a facility list every 50 ms. It prints the import time and the latency of the
other requests (median, 95th percentile, max) measured in the same run, and their ratio to
the latency of the same requests with no upload running (the baseline).

The issue that asked for this measured /healthz held for 24.8 s by an 8,000-point dry run
when upload handlers ran GDAL on the event loop.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import free_port, fresh_database, serve_app  # noqa: E402

from assets.ports import create_authority, create_port  # noqa: E402
from assets.schemas import AuthorityCreate, PortCreate  # noqa: E402
from kernel.auth.service import SYSTEM, create_user  # noqa: E402
from kernel.database import make_engine, session_scope  # noqa: E402

DB = "porttwin_guard_bench"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def poll(base: str, token: str, stop: threading.Event, out: list[float]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=120) as client:
        while not stop.is_set():
            for path in ("/healthz", "/api/v1/facilities?limit=10"):
                start = time.monotonic()
                client.get(path, headers=headers)
                out.append(time.monotonic() - start)
            time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=8000)
    parser.add_argument("--uploads", type=int, default=3)
    args = parser.parse_args()
    url = fresh_database(DB)
    engine = make_engine(url)
    with session_scope(engine) as session:
        authority = create_authority(
            session, SYSTEM, AuthorityCreate(code="bench", name_en="Bench", country="JP")
        )
        create_port(
            session,
            SYSTEM,
            PortCreate(
                authority_id=authority.id,
                code="BENCH",
                name_en="Bench port",
                country="JP",
                metric_epsg=6677,
            ),
        )
        _, token = create_user(session, "bench-engineer", "engineer", all_ports=True)
    engine.dispose()
    features = [
        {
            "type": "Feature",
            "properties": {"id": i, "name": f"Bollard {i}"},
            "geometry": {"type": "Point", "coordinates": [139.74 + i * 1e-6, 35.49]},
        }
        for i in range(args.points)
    ]
    data = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    port = free_port()
    proc = serve_app(url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        baseline: list[float] = []
        stop = threading.Event()
        watcher = threading.Thread(target=poll, args=(base, token, stop, baseline))
        watcher.start()
        time.sleep(3)
        stop.set()
        watcher.join()

        during: list[float] = []
        stop = threading.Event()
        watcher = threading.Thread(target=poll, args=(base, token, stop, during))
        watcher.start()
        imports = []
        for _ in range(args.uploads):
            start = time.monotonic()
            resp = httpx.post(
                f"{base}/api/v1/imports/vector",
                params={"port": "BENCH", "dry_run": "true", "id_field": "id", "kind": "crane"},
                headers={"Authorization": f"Bearer {token}"},
                files={"file": ("bollards.geojson", data)},
                timeout=600,
            )
            imports.append(time.monotonic() - start)
            if resp.status_code != 200:
                print(f"import answered {resp.status_code}: {resp.text[:300]}")
        stop.set()
        watcher.join()
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    def line(name: str, values: list[float]) -> str:
        return (
            f"{name:<22} n={len(values):>4}  median {statistics.median(values) * 1000:7.1f} ms  "
            f"p95 {pct(values, 0.95) * 1000:7.1f} ms  max {max(values) * 1000:8.1f} ms"
        )

    print(
        f"dry-run import of {args.points:,} points: {statistics.median(imports):.2f} s "
        f"(median of {len(imports)})"
    )
    print(line("others, no upload", baseline))
    print(line("others, during upload", during))
    median_ratio = statistics.median(during) / statistics.median(baseline)
    print(
        f"ratio during/baseline: median {median_ratio:.1f}×, max {max(during) / max(baseline):.1f}×"
    )


if __name__ == "__main__":
    main()

"""Benchmark: the server under many clients at once, reading, then reading with writes.

    .venv/bin/python bench/load.py [--facilities 50000] [--clients 16] [--seconds 60]

Uses the database of ``bench/ogc.py`` (the demo plus synthetic facilities up to the count,
built again here) and one uvicorn process. ``--clients`` threads each send requests back to
back for ``--seconds``: first a mixed read load (facility and inspection lists, OGC items
pages with a bbox, vector tiles at zooms 12–16 around the ports, the list of ports and the
twin state of one port), then the same with one request in ten a registry write (a facility
renamed).
Prints requests per second, p50/p95/p99 latency and errors (4xx, 5xx or no answer) per phase and
per kind of request. The goal of issue 19: reads p95 < 250 ms, no errors with writes.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx
from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import free_port, serve_app  # noqa: E402
from ogc import setup_database, tile_of  # noqa: E402

from kernel.database import make_engine  # noqa: E402


def targets(url: str) -> dict[str, object]:
    engine = make_engine(url)
    with engine.connect() as conn:
        ports = [r[0] for r in conn.execute(text("SELECT code FROM port ORDER BY code"))]
        points = conn.execute(
            text(
                "SELECT ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) "
                "FROM facility ORDER BY random() LIMIT 2000"
            )
        ).all()
        facilities = [
            (str(r[0]), r[1])
            for r in conn.execute(
                text("SELECT id, name_en FROM facility ORDER BY random() LIMIT 500")
            )
        ]
    engine.dispose()
    return {"ports": ports, "points": points, "facilities": facilities}


def read_request(rng: random.Random, t: dict) -> tuple[str, str]:
    port = rng.choice(t["ports"])
    lon, lat = rng.choice(t["points"])
    kind = rng.choices(
        ["facilities list", "inspections list", "ogc items", "tile", "ports", "twin port"],
        weights=[15, 10, 15, 45, 5, 10],
    )[0]
    if kind == "facilities list":
        return kind, f"/api/v1/facilities?port={port}&limit=50&offset={rng.randrange(0, 200)}"
    if kind == "inspections list":
        return kind, f"/api/v1/inspections?port={port}&limit=50"
    if kind == "ogc items":
        d = 0.01
        bbox = f"{lon - d},{lat - d},{lon + d},{lat + d}"
        return kind, f"/ogc/collections/facilities/items?limit=100&bbox={bbox}"
    if kind == "tile":
        z = rng.randint(12, 16)
        x, y = tile_of(lon, lat, z)
        return kind, f"/ogc/collections/facilities/tiles/WebMercatorQuad/{z}/{y}/{x}"
    if kind == "ports":
        return kind, "/api/v1/ports?limit=1000"
    return kind, f"/api/v1/twin/ports/{port}"


def run_phase(
    base: str, token: str, t: dict, clients: int, seconds: float, write_share: float
) -> dict[str, list[tuple[float, int]]]:
    results: dict[str, list[tuple[float, int]]] = defaultdict(list)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def work(seed: int) -> None:
        rng = random.Random(seed)
        mine: dict[str, list[tuple[float, int]]] = defaultdict(list)
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60
        ) as http:
            while time.monotonic() < deadline:
                t0 = time.perf_counter()
                try:
                    if rng.random() < write_share:
                        kind = "write (rename)"
                        fid, name = rng.choice(t["facilities"])
                        resp = http.patch(
                            f"/api/v1/facilities/{fid}",
                            json={"name_en": f"{(name or 'facility')[:60]} {rng.randrange(1000)}"},
                        )
                    else:
                        kind, path = read_request(rng, t)
                        resp = http.get(path)
                    status = resp.status_code
                except httpx.HTTPError:
                    status = 0
                mine[kind].append((time.perf_counter() - t0, status))
        with lock:
            for kind, rows in mine.items():
                results[kind].extend(rows)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def report(name: str, results: dict[str, list[tuple[float, int]]], seconds: float) -> None:
    print(f"\n{name}")
    heads = ("count", "req/s", "p50 ms", "p95 ms", "p99 ms")
    print(f"{'request':<20}" + "".join(f"{h:>9}" for h in heads) + f"{'errors':>8}")
    everything: list[tuple[float, int]] = []
    for kind in sorted(results):
        rows = results[kind]
        everything += rows
        _line(kind, rows, seconds)
    _line("all", everything, seconds)
    reads = [r for k, rows in results.items() if not k.startswith("write") for r in rows]
    if reads:
        print(f"reads p95 {percentile([d for d, _ in reads], 0.95) * 1000:.0f} ms (goal < 250 ms)")


def _line(kind: str, rows: list[tuple[float, int]], seconds: float) -> None:
    times = [d for d, _ in rows]
    errors = sum(1 for _, s in rows if s == 0 or s >= 400)
    print(
        f"{kind:<20}{len(rows):>9}{len(rows) / seconds:>9.1f}"
        f"{percentile(times, 0.5) * 1000:>9.0f}{percentile(times, 0.95) * 1000:>9.0f}"
        f"{percentile(times, 0.99) * 1000:>9.0f}{errors:>8}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=int, default=50_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    url, token = setup_database(args.facilities)
    t = targets(url)
    port = free_port()
    server = serve_app(url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        run_phase(base, token, t, args.clients, 5, 0.0)  # warm up
        print(
            f"{args.clients} clients, {args.seconds:g} s per phase, one uvicorn process, "
            f"{len(t['ports'])} ports"
        )
        for name, share in (("reads", 0.0), ("reads with writes (1 in 10)", 0.1)):
            report(name, run_phase(base, token, t, args.clients, args.seconds, share), args.seconds)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()

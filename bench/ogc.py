"""Benchmark: our OGC API items and vector tiles against tipg on the same PostGIS tables.

    .venv/bin/python bench/ogc.py [--facilities 50000] [--requests 300] [--clients 4]

Builds a database ``porttwin_bench`` in the project's cluster, loads the demo ports through the
real importers and adds synthetic facilities (copies of the real shapes moved on a grid around
each port, flagged ``synthetic``) up to the requested count. tipg (installed into
``.venv-bench`` from PyPI, never into the app's environment) serves a view over the same rows
with the same properties. Both servers run as one uvicorn process; the same requests go to
each in the same run, and the script prints requests per second and ours/tipg ratios for an
items page and for tiles at three zoom levels.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import select, text, type_coerce
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import make_url
from sqlalchemy.types import NullType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import free_port, fresh_database, serve_app, wait_until_up  # noqa: E402

from kernel.auth.service import create_user  # noqa: E402
from kernel.database import make_engine, session_scope  # noqa: E402
from twin.demo import load_demo  # noqa: E402
from twin.ogc.collections import collections  # noqa: E402

DB = "porttwin_bench"
BENCH_VENV = ROOT / ".venv-bench"


def setup_database(total: int) -> tuple[str, str]:
    url = fresh_database(DB)
    engine = make_engine(url)
    with session_scope(engine) as session:
        load_demo(session)
        _, token = create_user(session, "bench", "admin", all_ports=True)
    with engine.begin() as conn:
        real = conn.scalar(text("SELECT count(*) FROM facility"))
        copies = max(0, math.ceil((total - real) / real))
        print(f"loading {copies} synthetic copies of {real} real facilities …", flush=True)
        t0 = time.perf_counter()
        # synthetic rows need no registry history: skip the history triggers for this load
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(
            text("""
            INSERT INTO facility (port_id, id, ledger_no, name_ja, name_en, category, kind,
                                  structure_type, status, geom, length_m, crown_height_m,
                                  crown_height_datum, important, attributes, synthetic)
            SELECT f.port_id, gen_random_uuid(), 'SYN-' || n || '-' || f.ledger_no,
                   f.name_ja, f.name_en, f.category, f.kind, f.structure_type, f.status,
                   ST_Translate(f.geom, (n % 40) * 0.02, (n / 40) * 0.02), f.length_m,
                   f.crown_height_m, f.crown_height_datum, f.important,
                   '{"bench": "synthetic copy"}', '["geometry", "ledger_no"]'
            FROM facility f CROSS JOIN generate_series(1, :copies) AS n
            WHERE f.ledger_no NOT LIKE 'SYN-%'
        """),
            {"copies": copies},
        )
        count = conn.scalar(text("SELECT count(*) FROM facility"))
        print(f"{count} facilities ({time.perf_counter() - t0:.1f} s)", flush=True)
        # tipg serves a view with exactly the columns our facilities collection publishes
        coll = collections()["facilities"]
        view = (
            select(
                coll.feature_id.label("id"),
                *(p.column.label(name) for name, p in coll.properties.items()),
                # no ST_AsEWKB wrapper: tipg must see a geometry column
                type_coerce(coll.geometry, NullType()).label("geom"),
            )
            .select_from(coll.source)
            .where(coll.live)
        )
        sql = view.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
        conn.execute(text(f"CREATE VIEW bench_facilities AS {sql}"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))  # as autovacuum would have done by now
    engine.dispose()
    return url, token


def ensure_tipg() -> Path:
    python = BENCH_VENV / "bin" / "python"
    if not python.exists():
        print("installing tipg into .venv-bench …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "tipg", "uvicorn"], check=True)
    return python


def rate(urls: list[str], headers: dict[str, str], clients: int) -> tuple[float, float]:
    """(requests per second, median latency ms) for ``urls`` with ``clients`` in parallel."""
    latencies: list[float] = []

    def work(chunk: list[str]) -> None:
        with httpx.Client(headers=headers, timeout=60) as client:
            for url in chunk:
                t = time.perf_counter()
                resp = client.get(url)
                if resp.status_code not in (200, 204):
                    raise RuntimeError(f"{url}: {resp.status_code} {resp.text[:200]}")
                latencies.append(time.perf_counter() - t)

    chunks = [urls[i::clients] for i in range(clients)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(work, chunks))
    elapsed = time.perf_counter() - t0
    return len(urls) / elapsed, statistics.median(latencies) * 1000


def tile_of(lon: float, lat: float, z: int) -> tuple[int, int]:
    n = 2**z
    return int((lon + 180) / 360 * n), int(
        (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    random.seed(7)

    url, token = setup_database(args.facilities)
    tipg_python = ensure_tipg()
    ours_port, tipg_port = free_port(), free_port()
    servers = [serve_app(url, ours_port)]
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    tipg_env = {
        "DATABASE_URL": dsn,
        "TIPG_DB_SCHEMAS": '["public"]',
        "TIPG_DB_TABLES": '["public.bench_facilities"]',
        "TIPG_DB_FUNCTIONS": "[]",
        "TIPG_TABLE_CONFIG__public_bench_facilities__PK": "id",
        "TIPG_SORT_COLUMNS": "false",
    }
    tipg_cmd = [str(tipg_python), "-m", "uvicorn", "tipg.main:app", "--port", str(tipg_port)]
    servers.append(
        subprocess.Popen(
            [*tipg_cmd, "--log-level", "warning"],
            env={**os.environ, **tipg_env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    try:
        wait_until_up(f"http://127.0.0.1:{tipg_port}/collections", servers[1], seconds=60)
        engine = make_engine(url)
        with engine.connect() as conn:
            count = conn.scalar(text("SELECT count(*) FROM facility"))
            points = conn.execute(
                text(
                    "SELECT ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) "
                    "FROM facility ORDER BY random() LIMIT :n"
                ),
                {"n": args.requests},
            ).all()
        engine.dispose()
        base_ours = f"http://127.0.0.1:{ours_port}/ogc/collections/facilities"
        base_tipg = f"http://127.0.0.1:{tipg_port}/collections/public.bench_facilities"
        auth = {"Authorization": f"Bearer {token}"}
        offsets = [random.randrange(0, max(1, count - 100)) for _ in range(args.requests)]
        scenarios = {
            "items limit=100": (
                [f"{base_ours}/items?limit=100&offset={o}" for o in offsets],
                [f"{base_tipg}/items?limit=100&offset={o}" for o in offsets],
            )
        }
        for z in (10, 13, 16):
            tiles = [tile_of(x, y, z) for x, y in points]
            scenarios[f"tiles z={z}"] = (
                [f"{base_ours}/tiles/WebMercatorQuad/{z}/{ty}/{tx}" for tx, ty in tiles],
                [f"{base_tipg}/tiles/WebMercatorQuad/{z}/{tx}/{ty}" for tx, ty in tiles],
            )
        print(
            f"\n{count} facilities; {args.requests} requests per scenario, "
            f"{args.clients} clients; one uvicorn process each\n"
        )
        print(
            f"{'scenario':<18}{'ours req/s':>12}{'tipg req/s':>12}{'ours/tipg':>11}"
            f"{'ours p50 ms':>13}{'tipg p50 ms':>13}"
        )
        for name, (ours_urls, tipg_urls) in scenarios.items():
            rate(ours_urls[:20], auth, args.clients)  # warm up both
            rate(tipg_urls[:20], {}, args.clients)
            ours_rps, ours_ms = rate(ours_urls, auth, args.clients)
            tipg_rps, tipg_ms = rate(tipg_urls, {}, args.clients)
            print(
                f"{name:<18}{ours_rps:>12.1f}{tipg_rps:>12.1f}{ours_rps / tipg_rps:>11.2f}"
                f"{ours_ms:>13.1f}{tipg_ms:>13.1f}",
                flush=True,
            )
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()

"""Benchmark: a national-scale twin against the 50,000-facility case, to see how cost grows.

    .venv/bin/python bench/national.py [--ports 1000] [--per-port 100] [--readings 100000000]

Builds ``porttwin_national_bench`` in the project's cluster: the demo, then ``--ports``
synthetic ports (codes SYN0001…, marked synthetic, on a grid over Japan) with ``--per-port``
facilities each (copies of the demo's real shapes), ten years of submitted inspections
(a general periodic inspection every five years, a detailed one in between; grades drawn at
random, marked synthetic) with each facility's condition, one datastream per port and
``--readings`` readings spread over those streams and ten years. Bulk loads run with
triggers off (no registry history, no hash chain: synthetic rows). The 50,000-facility case is
``bench/ogc.py``'s database, built again here.

For both it serves the app (one uvicorn process) and measures the same requests: a page of a
port's facilities and inspections, the twin state of a port and of all ports (the national
list), OGC items in a bbox, vector tiles at zooms 10, 13 and 16, a one-year aggregate of a
stream, and Arrow ingest of 100,000 readings into a stream of the full table. It prints
both figures and their ratio (national / 50k: for times above 1 is slower, for rates
above 1 is faster).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pyarrow as pa
from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import free_port, fresh_database, serve_app  # noqa: E402
from ogc import setup_database, tile_of  # noqa: E402

from kernel.auth.service import create_user  # noqa: E402
from kernel.database import make_engine, session_scope  # noqa: E402
from twin.demo import load_demo  # noqa: E402

DB = "porttwin_national_bench"
ARROW = "application/vnd.apache.arrow.stream"
YEARS = range(2016, 2026)


def build(ports: int, per_port: int, readings: int) -> tuple[str, str]:
    url = fresh_database(DB)
    engine = make_engine(url)
    t0 = time.perf_counter()
    with session_scope(engine) as session:
        load_demo(session)
        _, token = create_user(session, "national-bench", "admin", all_ports=True)
    steps = [
        (
            "ports",
            """
            INSERT INTO port (id, authority_id, code, name_en, country, metric_epsg, time_zone,
                              attributes)
            SELECT gen_random_uuid(), (SELECT id FROM authority ORDER BY code LIMIT 1),
                   format('SYN%s', lpad(n::text, 4, '0')), format('Synthetic port %s', n), 'JP',
                   6677, 'Asia/Tokyo', jsonb_build_object('bench', 'synthetic', 'n', n)
            FROM generate_series(1, :ports) AS n""",
        ),
        (
            "facilities",
            """
            WITH real AS (
              SELECT row_number() OVER (ORDER BY f.id) - 1 AS k, f.*,
                     ST_Centroid(f.geom) AS c
              FROM facility f WHERE f.ledger_no IS NOT NULL OR f.name_en IS NOT NULL),
            n_real AS (SELECT count(*) AS n FROM real),
            syn AS (SELECT id, (attributes->>'n')::int AS n FROM port WHERE code LIKE 'SYN%')
            INSERT INTO facility (port_id, id, ledger_no, name_en, category, kind, structure_type,
                                  status, geom, length_m, important, construction_year,
                                  attributes, synthetic)
            SELECT syn.id, gen_random_uuid(), format('S%s-%s', syn.n, i), r.name_en, r.category,
                   r.kind, r.structure_type, r.status,
                   ST_Translate(r.geom,
                     129.5 + (syn.n % 40) * 0.38 + (i % 10) * 0.004 - ST_X(r.c),
                     31.5 + (syn.n / 40) * 0.5 + (i / 10) * 0.004 - ST_Y(r.c)),
                   r.length_m, r.important, 1960 + (i % 50), '{"bench": "synthetic"}',
                   '["geometry", "ledger_no", "construction_year"]'
            FROM syn CROSS JOIN generate_series(0, :per_port - 1) AS i
            JOIN real r ON r.k = i % (SELECT n FROM n_real)""",
        ),
        (
            "inspections",
            """
            INSERT INTO inspection (port_id, id, facility_id, inspection_type, status, started_on,
                                    computed_grade, synthetic, created_by, submitted_by,
                                    submitted_at, chain_seq, record_hash, complete)
            SELECT f.port_id, gen_random_uuid(), f.id,
                   CASE WHEN y % 5 = 1 THEN 'general_periodic' ELSE 'detailed_periodic' END,
                   'submitted', make_date(y, 1 + (abs(hashtext(f.id::text)) % 12), 15),
                   (ARRAY['A','B','C','D'])[1 + abs(hashtext(f.id::text || y)) % 4], true,
                   'bench', 'bench', make_timestamptz(y, 12, 1, 0, 0, 0, 'UTC'),
                   y - 2015, repeat('0', 64), true
            FROM facility f JOIN port p ON p.id = f.port_id AND p.code LIKE 'SYN%'
            CROSS JOIN (VALUES (2016), (2019), (2021), (2024)) AS years(y)""",
        ),
        (
            "conditions",
            """
            INSERT INTO facility_condition (port_id, facility_id, inspection_id, inspection_type,
                                            inspected_on, computed_grade, final_grade)
            SELECT DISTINCT ON (i.port_id, i.facility_id) i.port_id, i.facility_id, i.id,
                   i.inspection_type, i.started_on, i.computed_grade, i.computed_grade
            FROM inspection i WHERE i.synthetic AND i.created_by = 'bench'
            ORDER BY i.port_id, i.facility_id, i.started_on DESC""",
        ),
        (
            "datastreams",
            """
            INSERT INTO datastream (port_id, id, facility_id, name, observed_property, unit,
                                    ext_id, attributes)
            SELECT DISTINCT ON (f.port_id) f.port_id, gen_random_uuid(), f.id, 'water level',
                   'water_level', 'm', 'bench-' || p.code, '{"bench": "synthetic"}'
            FROM facility f JOIN port p ON p.id = f.port_id AND p.code LIKE 'SYN%'
            ORDER BY f.port_id, f.ledger_no""",
        ),
    ]
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))  # bulk: no triggers
        for name, sql in steps:
            t = time.perf_counter()
            rows = conn.execute(text(sql), {"ports": ports, "per_port": per_port}).rowcount
            print(f"  {name}: {rows:,} rows ({time.perf_counter() - t:.1f} s)", flush=True)
        for year in (*YEARS, 2026, 2027):
            conn.execute(text("SELECT observation_partition(:y)"), {"y": year})
    streams = ports
    per_stream = readings // max(streams, 1)
    step_s = int(10 * 365.25 * 86400 / max(per_stream, 1))
    t = time.perf_counter()
    for year in YEARS:  # one transaction per year: each fills one partition
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(
                text("""
                INSERT INTO observation (port_id, datastream_id, observed_at, value, quality)
                SELECT d.port_id, d.id, ts, 1.5 + sin(extract(epoch FROM ts) / 44714.0), 0
                FROM datastream d
                CROSS JOIN generate_series(make_timestamptz(:y, 1, 1, 0, 0, 0, 'UTC'),
                                           make_timestamptz(:y, 12, 31, 23, 59, 59, 'UTC'),
                                           make_interval(secs => :step)) AS ts
                WHERE d.ext_id LIKE 'bench-%'"""),
                {"y": year, "step": step_s},
            )
        print(f"  readings {year} ({time.perf_counter() - t:.0f} s)", flush=True)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
        total = conn.scalar(text("SELECT count(*) FROM observation"))
        facilities = conn.scalar(text("SELECT count(*) FROM facility"))
    print(
        f"built: {facilities:,} facilities, {total:,} readings ({time.perf_counter() - t0:.0f} s)",
        flush=True,
    )
    engine.dispose()
    return url, token


def arrow_body(start: datetime, n: int) -> bytes:
    table = pa.table(
        {
            "t": pa.array(
                [start + timedelta(seconds=i) for i in range(n)], pa.timestamp("us", tz="UTC")
            ),
            "v": pa.array([i % 100 / 10 for i in range(n)], pa.float64()),
        }
    )
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def measure(url: str, token: str) -> dict[str, float]:
    engine = make_engine(url)
    with engine.connect() as conn:
        port = conn.scalar(
            text(
                "SELECT p.code FROM port p JOIN facility f ON f.port_id = p.id "
                "GROUP BY p.code ORDER BY count(*) DESC, p.code LIMIT 1"
            )
        )
        points = conn.execute(
            text(
                "SELECT ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) "
                "FROM facility ORDER BY random() LIMIT 200"
            )
        ).all()
        facility = conn.scalar(text("SELECT id FROM facility ORDER BY id LIMIT 1"))
        busiest = conn.scalar(
            text(
                "SELECT datastream_id FROM observation GROUP BY datastream_id "
                "ORDER BY count(*) DESC LIMIT 1"
            )
        )
    engine.dispose()
    port_no = free_port()
    server = serve_app(url, port_no)
    base = f"http://127.0.0.1:{port_no}"
    out: dict[str, float] = {}
    try:
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=300
        ) as http:

            def p50(path: str, times: int = 15) -> float:
                http.get(path).raise_for_status()  # warm
                spent = []
                for _ in range(times):
                    t = time.perf_counter()
                    http.get(path).raise_for_status()
                    spent.append((time.perf_counter() - t) * 1000)
                return statistics.median(spent)

            out["facilities page (ms)"] = p50(f"/api/v1/facilities?port={port}&limit=50")
            out["inspections page (ms)"] = p50(f"/api/v1/inspections?port={port}&limit=50")
            out["twin state of a port (ms)"] = p50(f"/api/v1/twin/ports/{port}", 5)
            out["ports list, national (ms)"] = p50("/api/v1/ports?limit=1000", 5)
            lon, lat = points[0]
            bbox = f"{lon - 0.02},{lat - 0.02},{lon + 0.02},{lat + 0.02}"
            out["OGC items in a bbox (ms)"] = p50(
                f"/ogc/collections/facilities/items?limit=100&bbox={bbox}"
            )
            if busiest is not None:
                out["aggregate of 2020, fullest stream (ms)"] = p50(
                    f"/api/v1/datastreams/{busiest}/aggregates"
                    "?start=2020-01-01T00:00:00Z&end=2021-01-01T00:00:00Z",
                    5,
                )
            for z in (10, 13, 16):
                urls = []
                for x, y in points:
                    tx, ty = tile_of(x, y, z)
                    urls.append(f"/ogc/collections/facilities/tiles/WebMercatorQuad/{z}/{ty}/{tx}")
                t = time.perf_counter()
                with ThreadPoolExecutor(4) as pool:
                    list(pool.map(lambda u: http.get(u).status_code, urls))
                out[f"tiles z{z} (req/s)"] = len(urls) / (time.perf_counter() - t)
            # a new stream of the full table: 100,000 readings in 10 Arrow batches, then their
            # aggregate over the days they cover
            made = http.post(
                "/api/v1/datastreams",
                json={
                    "facility_id": str(facility),
                    "name": "bench ingest",
                    "observed_property": "water_level",
                    "unit": "m",
                },
            )
            made.raise_for_status()
            stream = made.json()["id"]
            start = datetime(2027, 1, 1, tzinfo=UTC)
            bodies = [arrow_body(start + timedelta(days=2 * b), 10_000) for b in range(10)]
            t = time.perf_counter()
            for body in bodies:
                http.post(
                    f"/api/v1/datastreams/{stream}/observations",
                    content=body,
                    headers={"Content-Type": ARROW},
                ).raise_for_status()
            out["Arrow ingest (readings/s)"] = 100_000 / (time.perf_counter() - t)
            out["aggregate of the new stream (ms)"] = p50(
                f"/api/v1/datastreams/{stream}/aggregates"
                "?start=2027-01-01T00:00:00Z&end=2027-01-21T00:00:00Z",
                5,
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ports", type=int, default=1000)
    parser.add_argument("--per-port", type=int, default=100)
    parser.add_argument("--readings", type=int, default=100_000_000)
    args = parser.parse_args()
    random.seed(7)
    print("the 50k case (bench/ogc.py's database) …", flush=True)
    url, token = setup_database(50_000)
    base = measure(url, token)
    print(
        f"the national case: {args.ports} ports × {args.per_port} facilities, "
        f"{args.readings:,} readings …",
        flush=True,
    )
    url, token = build(args.ports, args.per_port, args.readings)
    national = measure(url, token)
    print(f"\n{'measure':<40}{'50k case':>12}{'national':>12}{'national/50k':>14}")
    for name in dict.fromkeys([*base, *national]):
        a, b = base.get(name, float("nan")), national.get(name, float("nan"))
        print(f"{name:<40}{a:>12.1f}{b:>12.1f}{b / a:>14.2f}")


if __name__ == "__main__":
    main()

"""Benchmark: how fast the viewer draws a port, in headless Chromium.

    .venv/bin/python bench/viewer.py [--facilities 10000] [--runs 3]

Builds ``porttwin_viewer_bench`` in the project's cluster: the demo, plus a synthetic port
(code SYN10K, marked synthetic) with copies of the demo's Monaco facilities moved on a grid.
For the demo port (MCMON) and the synthetic one it opens the viewer in Debian's Chromium
(software WebGL) and prints, per run: time from navigation to the first facility drawn, to the
map idle (all tiles of the view loaded), and the tile requests made; then the ratio of the
medians to idle, synthetic over demo, measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright
from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import free_port, fresh_database, serve_app  # noqa: E402
from processes import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

from assets.ports import create_authority, create_port  # noqa: E402
from assets.schemas import AuthorityCreate, PortCreate  # noqa: E402
from kernel.auth.service import SYSTEM, create_user  # noqa: E402
from kernel.database import make_engine, session_scope  # noqa: E402
from twin.demo import load_demo  # noqa: E402

DB = "porttwin_viewer_bench"


def setup(count: int) -> tuple[str, str]:
    url = fresh_database(DB)
    engine = make_engine(url)
    with session_scope(engine) as session:
        load_demo(session)
        authority = create_authority(
            session,
            SYSTEM,
            AuthorityCreate(
                code="synthetic", name_en="Synthetic authority (benchmark)", country="MC"
            ),
        )
        create_port(
            session,
            SYSTEM,
            PortCreate(
                authority_id=authority.id,
                code="SYN10K",
                name_en="Synthetic port (benchmark)",
                country="MC",
                metric_epsg=32632,
                attributes={"synthetic": True},
            ),
        )
        _, token = create_user(session, "viewer-bench", "admin", all_ports=True)
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        real = conn.scalar(
            text(
                "SELECT count(*) FROM facility f JOIN port p ON p.id = f.port_id "
                "WHERE p.code = 'MCMON'"
            )
        )
        copies = -(-count // real)
        conn.execute(
            text("""
            INSERT INTO facility (port_id, id, ledger_no, name_en, category, kind, status, geom,
                                  attributes, synthetic)
            SELECT (SELECT id FROM port WHERE code = 'SYN10K'), gen_random_uuid(),
                   'SYN-' || n || '-' || f.ledger_no, f.name_en, f.category, f.kind, f.status,
                   ST_Translate(f.geom, (n % 20) * 0.03, (n / 20) * 0.02),
                   '{"bench": "synthetic copy"}', '["all"]'
            FROM facility f JOIN port p ON p.id = f.port_id CROSS JOIN generate_series(0, :k) n
            WHERE p.code = 'MCMON' LIMIT :count"""),
            {"k": copies, "count": count},
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    return url, token


def measure(server: str, token: str, port: str, runs: int) -> list[dict[str, float]]:
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            context.add_init_script(f"sessionStorage.setItem('porttwin.token', '{token}')")
            page = context.new_page()
            tiles = []
            page.on(
                "request",
                lambda r, tiles=tiles: tiles.append(r.url) if "/tiles/" in r.url else None,
            )
            page.goto(f"{server}/#port={port}")
            deadline = time.monotonic() + 120
            while not page.evaluate(  # evaluate(), not wait_for_function: the CSP forbids eval
                "window.__porttwin && window.__porttwin.firstDrawAt !== null "
                "&& window.__porttwin.idleAt !== null"
            ):
                if time.monotonic() > deadline:
                    raise TimeoutError("the map did not draw within 120 s")
                page.wait_for_timeout(50)
            page.wait_for_timeout(200)
            result = page.evaluate(
                "({first: window.__porttwin.firstDrawAt, "
                "idle: window.__porttwin.idleAt, "
                "features: window.__porttwin.featuresDrawn})"
            )
            result["tile_requests"] = len(tiles)
            out.append(result)
            context.close()
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url, token = setup(args.facilities)
    port = free_port()
    server = serve_app(url, port)
    try:
        base = f"http://127.0.0.1:{port}"
        print(
            f"{'port':<10}{'run':>4}{'first drawn ms':>16}{'idle ms':>10}{'features':>10}"
            f"{'tile requests':>15}"
        )
        medians: dict[str, float] = {}
        for code in ("MCMON", "SYN10K"):
            rows = measure(base, token, code, args.runs)
            medians[code] = statistics.median(r["idle"] for r in rows)
            for i, r in enumerate(rows, 1):
                print(
                    f"{code:<10}{i:>4}{r['first']:>16.0f}{r['idle']:>10.0f}{r['features']:>10}"
                    f"{r['tile_requests']:>15}"
                )
            print(
                f"{code:<10}{'med':>4}{statistics.median(r['first'] for r in rows):>16.0f}"
                f"{statistics.median(r['idle'] for r in rows):>10.0f}"
            )
        print(
            f"ratio SYN10K / MCMON, median time to idle: "
            f"{medians['SYN10K'] / medians['MCMON']:.2f} (goal at most 1.5)"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()

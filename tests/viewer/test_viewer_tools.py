"""The viewer's tools in Debian's Chromium: the national overview of all ports, the map at a
date and what changed since another, measuring in the port's metric CRS (checked against
pyproj), printing the map to PNG and PDF, and the attribute table (sort, filter, CSV and
Excel of exactly the rows shown). Screenshots go to test-artifacts/viewer/."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime

import httpx
from browser import wait_until
from helpers import auth, quay, submit_complete
from openpyxl import load_workbook
from playwright.sync_api import Page
from pyproj import Transformer
from test_viewer import ARTIFACTS, log_in, wait_for_map
from test_viewer_daily import find


def layer_ids(tab: Page) -> list[str]:
    return tab.evaluate("window.__porttwinDeck.props.layers.map((l) => l.id)")


def test_all_ports_show_each_port_with_its_grades_and_a_table_by_authority(tab, live_server, demo):
    token = demo["demo-admin"]
    log_in(tab, live_server, token)
    wait_for_map(tab)
    tab.select_option("#port", "")
    wait_until(tab, "!document.getElementById('national').hidden", timeout=20_000)
    wait_until(tab, "window.__porttwinDeck.props.layers.some((l) => l.id === 'national-ports')")
    ports = httpx.get(f"{live_server}/api/v1/ports", headers=auth(token)).json()
    with_facilities = [p for p in ports if p["bbox"]]
    rows = tab.evaluate("NATIONAL.rows.map((r) => [r.code, r.total, r.overdue, r.grades])")
    assert sorted(r[0] for r in rows) == sorted(p["code"] for p in with_facilities)
    for code, total, _, grades in rows:
        expected = httpx.get(f"{live_server}/api/v1/twin/ports/{code}", headers=auth(token)).json()
        assert total == len(expected["facilities"])
        assert {g: grades[g] for g in "ABCD"} == expected["grades"]
    table = tab.locator("#national table tr")
    authorities = {p["authority_id"] for p in with_facilities}
    assert table.count() == len(authorities) + 1
    tab.screenshot(path=str(ARTIFACTS / "national.png"))
    # a click on a port's symbol opens it
    symbols = tab.evaluate(
        "clusters(NATIONAL.rows).map((c) => [c.members.length, c.members[0].code])"
    )
    single = next((code for n, code in symbols if n == 1), None)
    if single is None:  # every port crowded at this zoom: a cluster zooms in instead
        before = tab.evaluate("window.__porttwin.viewState.zoom")
        tab.evaluate("openNational(clusters(NATIONAL.rows)[0])")
        wait_until(tab, f"window.__porttwin.viewState.zoom > {before}")
    else:
        tab.evaluate(
            "(code) => openNational("
            "clusters(NATIONAL.rows).find((c) => c.members[0].code === code))",
            single,
        )
        wait_until(tab, f"window.__porttwin.port && window.__porttwin.port.code === '{single}'")
        wait_until(tab, "document.getElementById('national').hidden")


def test_the_map_at_a_date_shows_the_registry_then_and_what_changed(
    tab, live_server, make_port, make_token
):
    port = make_port(metric_epsg=6677)
    engineer = make_token("engineer", port)
    kept = httpx.post(
        f"{live_server}/api/v1/facilities", json=quay(port.code), headers=auth(engineer)
    ).json()
    moved = httpx.post(
        f"{live_server}/api/v1/facilities",
        json=quay(
            port.code,
            name_en="Moved quay",
            geometry={
                "type": "LineString",
                "coordinates": [[139.7400, 35.4910], [139.7420, 35.4910]],
            },
        ),
        headers=auth(engineer),
    ).json()
    time.sleep(1.1)
    between = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    time.sleep(1.1)
    resp = httpx.patch(
        f"{live_server}/api/v1/facilities/{moved['id']}",
        json={
            "geometry": {
                "type": "LineString",
                "coordinates": [[139.7400, 35.4915], [139.7420, 35.4915]],
            }
        },
        headers=auth(engineer),
    )
    assert resp.status_code == 200, resp.text
    added = httpx.post(
        f"{live_server}/api/v1/facilities",
        json=quay(
            port.code,
            name_en="New quay",
            geometry={
                "type": "LineString",
                "coordinates": [[139.7400, 35.4920], [139.7420, 35.4920]],
            },
        ),
        headers=auth(engineer),
    ).json()
    time.sleep(0.2)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    log_in(tab, live_server, engineer)
    wait_for_map(tab)
    tab.goto(f"{live_server}/#port={port.code}&at={now}&since={between}")
    tab.reload()
    wait_until(tab, "TIME.data !== null && !TIME.loading", timeout=20_000)
    changes = tab.evaluate(
        "Object.fromEntries(TIME.data.features.map((f) => [f.properties.id, f.properties.change]))"
    )
    assert changes == {kept["id"]: "", moved["id"]: "moved", added["id"]: "added"}
    assert "facilities-at" in layer_ids(tab) and "changes" in layer_ids(tab)
    assert "facilities" not in layer_ids(tab)  # the live tiles are replaced at a date
    banner = tab.locator("#time-banner").inner_text()
    assert "新規 1" in banner and "位置・形状の変更 1" in banner
    # the registry before the moved quay's change: its old place
    tab.evaluate(f"location.hash = 'port={port.code}&at={between}'")
    wait_until(tab, "TIME.at.startsWith('20') && TIME.since === '' && !TIME.loading && TIME.data")
    wait_until(tab, "TIME.data.features.length === 2")
    old = tab.evaluate(
        f"TIME.data.features.find((f) => f.properties.id === '{moved['id']}').geometry.coordinates"
    )
    assert old[0][1] == 35.4910
    tab.click("#time-banner button")
    wait_until(
        tab,
        "TIME.data === null"
        " && window.__porttwinDeck.props.layers.some((l) => l.id === 'facilities')",
    )


def test_measuring_a_distance_and_an_area_agrees_with_pyproj(tab, live_server, demo):
    token = demo["demo-engineer"]
    log_in(tab, live_server, token)
    wait_for_map(tab)
    tab.select_option("#port", "FRNCE")
    wait_for_map(tab)
    corners = [[7.2850, 43.6950], [7.2870, 43.6950], [7.2870, 43.6965]]
    tab.evaluate("startMeasure('distance')")
    for point in corners[:2]:
        tab.evaluate("(p) => measurePoint(p)", point)
    shown = tab.locator("#measure-result").inner_text()
    ports = httpx.get(f"{live_server}/api/v1/ports", headers=auth(token)).json()
    nice = next(p for p in ports if p["code"] == "FRNCE")
    to_metric = Transformer.from_crs(4326, nice["metric_epsg"], always_xy=True)
    (x1, y1), (x2, y2), (x3, y3) = (to_metric.transform(*c) for c in corners)
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    assert f"EPSG:{nice['metric_epsg']}" in shown
    value = float(shown.split()[1].replace(",", ""))
    assert abs(value - length) < 0.01, (shown, length)
    tab.evaluate("startMeasure('area')")
    for point in corners:
        tab.evaluate("(p) => measurePoint(p)", point)
    area = abs((x1 * y2 - x2 * y1) + (x2 * y3 - x3 * y2) + (x3 * y1 - x1 * y3)) / 2
    shown = tab.locator("#measure-result").inner_text()
    value = float(shown.split()[1].replace(",", ""))
    assert abs(value - area) < 0.05, (shown, area)
    assert "measure-area" in layer_ids(tab)
    tab.screenshot(path=str(ARTIFACTS / "measure.png"))
    tab.keyboard.press("Escape")
    assert tab.locator("#measure-box").is_hidden()


def test_the_map_prints_to_png_and_pdf(tab, live_server, demo, tmp_path):
    log_in(tab, live_server, demo["demo-viewer"])
    wait_for_map(tab)
    tab.click("#tools-menu summary")
    with tab.expect_download() as png:
        tab.click("#print-png")
    path = tmp_path / "map.png"
    png.value.save_as(path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    assert png.value.suggested_filename.startswith("porttwin-MCMON-")
    (ARTIFACTS / "print.png").write_bytes(data)
    tab.click("#tools-menu summary")
    with tab.expect_download() as pdf:
        tab.click("#print-pdf")
    path = tmp_path / "map.pdf"
    pdf.value.save_as(path)
    assert path.read_bytes()[:5] == b"%PDF-" and path.stat().st_size > 20_000


def test_the_table_sorts_filters_and_exports_exactly_the_rows_shown(
    tab, live_server, demo, tmp_path
):
    token = demo["demo-viewer"]
    log_in(tab, live_server, token)
    wait_for_map(tab)
    tab.click("#show-list")
    tab.wait_for_selector("#list-body tr")
    total = tab.locator("#list-body tr").count()
    assert total == len(find(live_server, token))
    tab.locator("#list-head button").first.click()  # ledger no., now descending
    first = tab.locator("#list-body tr").first.locator("td").first.inner_text()
    ledgers = sorted((f["properties"]["ledger_no"] for f in find(live_server, token)), reverse=True)
    assert first == ledgers[0]
    tab.fill("#list-filter", "MO-P-1")
    wait_until(tab, f"document.querySelectorAll('#list-body tr').length < {total}")
    shown = [row.locator("td").first.inner_text() for row in tab.locator("#list-body tr").all()]
    assert shown and all("MO-P-1" in s for s in shown)
    with tab.expect_download() as csv_file:
        tab.click("#list-csv")
    text = csv_file.value.path().read_text(encoding="utf-8-sig")
    assert len(text.strip().splitlines()) == len(shown) + 1
    with tab.expect_download() as xlsx_file:
        tab.click("#list-xlsx")
    book = load_workbook(io.BytesIO(xlsx_file.value.path().read_bytes()))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    ledgers_in_file = sorted(
        r[header.index("ledger_no")] for r in sheet.iter_rows(min_row=2, values_only=True)
    )
    assert ledgers_in_file == sorted(shown)


def test_component_grades_are_drawn_along_the_facility(
    tab, client, live_server, make_port, make_token
):
    port = make_port()
    engineer = make_token("engineer", port)
    facility = client.post(
        "/api/v1/facilities", json=quay(port.code, structure_type="caisson"), headers=auth(engineer)
    ).json()
    west, east = 139.7400, 139.7422
    step = (east - west) / 3
    spans = []
    for i in range(3):
        made = client.post(
            "/api/v1/components",
            headers=auth(engineer),
            json={
                "facility_id": facility["id"],
                "component_type": "caisson",
                "span": str(i + 1),
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[west + i * step, 35.49], [west + (i + 1) * step, 35.49]],
                },
            },
        )
        assert made.status_code == 201, made.text
        spans.append(made.json())
    record = client.post(
        "/api/v1/inspections",
        headers=auth(engineer),
        json={
            "facility_id": facility["id"],
            "inspection_type": "general_periodic",
            "started_on": "2026-05-12",
            "inspectors": ["山田 太郎"],
            "conditions": {
                "tide_level_m": 0.4,
                "tide_datum": "CDL",
                "weather": "晴れ",
                "sea_state": "静穏",
            },
        },
    ).json()
    given = dict(zip([c["id"] for c in spans], "bcd", strict=True))
    resp = client.post(
        f"/api/v1/inspections/{record['id']}/findings",
        json=[
            {"item_code": "caisson_damage", "grade": g, "component_id": c} for c, g in given.items()
        ],
        headers=auth(engineer),
    )
    assert resp.status_code == 200, resp.text
    submit_complete(client, engineer, record["id"])
    items = client.get(
        "/ogc/collections/components/items",
        params={"facility_id": facility["id"]},
        headers=auth(engineer),
    ).json()["features"]
    assert {f["id"]: f["properties"]["grade"] for f in items} == given
    log_in(tab, live_server, engineer)
    wait_for_map(tab)
    tab.evaluate(
        "() => { const s = window.__porttwin; s.deck.setProps({ initialViewState: "
        "{ ...s.viewState, longitude: 139.7411, latitude: 35.49, zoom: 17.5 } }); }"
    )
    wait_until(
        tab,
        "window.__porttwinDeck.layerManager.getLayers().some((l) => l.id.startsWith('components')"
        " && Array.isArray(l.props.data) && l.props.data.some((f) => f.properties.grade))",
    )
    drawn = tab.evaluate(
        "Object.fromEntries(window.__porttwinDeck.layerManager.getLayers()"
        ".filter((l) => l.id.startsWith('components') && Array.isArray(l.props.data))"
        ".flatMap((l) => l.props.data.filter((f) => f && f.properties && f.properties.id))"
        ".map((f) => [f.properties.id, f.properties.grade]))"
    )
    assert drawn == given  # each span in the grade its facility's last grading gave it
    tab.wait_for_timeout(500)
    tab.screenshot(path=str(ARTIFACTS / "components.png"))

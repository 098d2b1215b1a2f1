"""The map viewer in a real browser: Debian's Chromium driven by Playwright, software WebGL,
against the app served by uvicorn with the demo loaded. Screenshots of the map and of an open
panel are saved under test-artifacts/viewer/."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from browser import RECORD_CSP, wait_until
from conftest import ROOT
from helpers import auth
from playwright.sync_api import Browser, Page, sync_playwright
from processes import CHROMIUM, CHROMIUM_ARGS
from pyproj import Transformer

from assets.importers.files import run_import
from kernel.auth.service import SYSTEM
from kernel.database import session_scope

ARTIFACTS = ROOT / "test-artifacts" / "viewer"


@pytest.fixture(scope="module")
def browser() -> Browser:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="ja-JP")
    context.add_init_script(RECORD_CSP)
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    blocked = pg.evaluate("window.__cspViolations || []") if not pg.is_closed() else []
    context.close()
    assert blocked == [], f"the content security policy blocked: {blocked}"


def log_in(page: Page, server: str, token: str) -> None:
    page.goto(f"{server}/")
    page.fill("#token", token)
    page.click("#login button")


def wait_for_map(page: Page) -> None:
    wait_until(page, "window.__porttwin && window.__porttwin.firstDrawAt !== null", timeout=30_000)
    wait_until(page, "window.__porttwin.idleAt !== null", timeout=30_000)
    page.wait_for_timeout(300)


def graded_pier(server: str, token: str) -> dict:
    """A Monaco pier with a grade, and where it is (a point inside it)."""
    body = httpx.get(
        f"{server}/ogc/collections/facilities/items",
        params={"kind": "pier", "limit": 100},
        headers=auth(token),
    ).json()
    graded = [f for f in body["features"] if f["properties"]["grade"]]
    largest = max(graded, key=lambda f: len(str(f["geometry"]["coordinates"])))
    from shapely.geometry import shape

    point = shape(largest["geometry"]).representative_point()
    return {
        "id": largest["id"],
        "ledger_no": largest["properties"]["ledger_no"],
        "grade": largest["properties"]["grade"],
        "lon": point.x,
        "lat": point.y,
    }


def zoom_to(page: Page, lon: float, lat: float, zoom: float = 18) -> None:
    page.evaluate(
        """([lon, lat, zoom]) => {
        window.__porttwinDeck.setProps({initialViewState: {longitude: lon, latitude: lat,
            zoom, pitch: 0, bearing: 0}});
        window.__porttwin.idleAt = null;
    }""",
        [lon, lat, zoom],
    )
    wait_until(page, "window.__porttwin.idleAt !== null", timeout=30_000)
    page.wait_for_timeout(500)


def quai_des_docks(server: str, token: str) -> dict:
    """The demo's quay in Nice with a BIM model, as the API lists it."""
    return httpx.get(
        f"{server}/api/v1/facilities",
        params={"port": "FRNCE", "q": "Quai des Docks"},
        headers=auth(token),
    ).json()["items"][0]


def pixel_of(page: Page, lon: float, lat: float) -> tuple[float, float]:
    x, y = page.evaluate(
        "([lon, lat]) => window.__porttwinDeck.getViewports()[0].project([lon, lat])", [lon, lat]
    )
    box = page.locator("#map").bounding_box()
    assert box is not None
    return box["x"] + x, box["y"] + y


def test_browser_has_webgl2(page, live_server):
    page.goto(f"{live_server}/")
    assert page.evaluate("!!document.createElement('canvas').getContext('webgl2')")


def test_map_draws_the_demo_port_coloured_by_grade(page, live_server, demo):
    token = demo["demo-viewer"]
    log_in(page, live_server, token)
    wait_for_map(page)
    page.screenshot(path=str(ARTIFACTS / "map.png"))
    pier = graded_pier(live_server, token)
    zoom_to(page, pier["lon"], pier["lat"])
    picked = page.evaluate(
        """([lon, lat]) => {
        const deck = window.__porttwinDeck;
        const [x, y] = deck.getViewports()[0].project([lon, lat]);
        const info = deck.pickObject({x, y, radius: 3, layerIds: ['facilities']});
        return info && info.object ? info.object.properties : null;
    }""",
        [pier["lon"], pier["lat"]],
    )
    assert picked is not None and picked["id"] == pier["id"]
    assert picked["grade"] == pier["grade"]
    assert page.errors == []


def test_clicking_a_facility_opens_its_panel_with_name_and_grade(page, live_server, demo):
    token = demo["demo-viewer"]
    log_in(page, live_server, token)
    wait_for_map(page)
    pier = graded_pier(live_server, token)
    zoom_to(page, pier["lon"], pier["lat"])
    # click only once the pier (or one of its findings) is drawn under that pixel
    wait_until(
        page,
        """([lon, lat, id]) => {
        const deck = window.__porttwinDeck;
        const [x, y] = deck.getViewports()[0].project([lon, lat]);
        const info = deck.pickObject({x, y, radius: 2});
        const p = info && info.object && info.object.properties;
        return !!p && (p.id === id || p.facility_id === id);
    }""",
        arg=[pier["lon"], pier["lat"], pier["id"]],
        timeout=30_000,
    )
    page.mouse.click(*pixel_of(page, pier["lon"], pier["lat"]))
    page.wait_for_selector("#panel:not([hidden]) .grade")
    wait_until(
        page, f"document.getElementById('panel-title').textContent.includes('{pier['ledger_no']}')"
    )
    assert page.locator("#panel-body .grade").first.inner_text() == pier["grade"]
    assert "一般定期点検" in page.locator("#panel-body").inner_text()  # the inspection timeline
    page.wait_for_selector("#panel-body .forecast img", timeout=20_000)  # planning forecast
    page.screenshot(path=str(ARTIFACTS / "panel.png"))
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()


def test_search_jumps_to_a_facility(page, live_server, demo):
    log_in(page, live_server, demo["demo-viewer"])
    wait_for_map(page)
    page.fill("#search-text", "Digue")
    page.click("#search button")
    wait_until(
        page, "document.getElementById('panel-title').textContent.includes('Digue Croisières')"
    )
    center = page.evaluate(
        "[window.__porttwin.viewState.longitude, window.__porttwin.viewState.latitude]"
    )
    assert abs(center[0] - 7.4286) < 0.003 and abs(center[1] - 43.7341) < 0.003


def test_language_toggle_switches_labels(page, live_server, demo):
    log_in(page, live_server, demo["demo-viewer"])
    wait_for_map(page)
    page.evaluate("localStorage.setItem('porttwin.lang', 'ja')")
    assert page.locator("#legend-title").inner_text() in ("性能評価", "Performance grade")
    before = page.locator("#legend-title").inner_text()
    page.click("#lang")
    after = page.locator("#legend-title").inner_text()
    assert {before, after} == {"性能評価", "Performance grade"}
    assert page.evaluate("document.documentElement.lang") in ("ja", "en")
    page.click("#lang")
    assert page.locator("#legend-title").inner_text() == before


def test_a_wrong_token_shows_a_clear_message(page, live_server):
    log_in(page, live_server, "pt_wrong-token")
    wait_until(page, "document.getElementById('message').textContent.length > 0")
    message = page.locator("#message").inner_text()
    assert "トークンが無効" in message or "not valid" in message
    assert page.locator("#login").is_visible()


@pytest.mark.parametrize("epsg", [6677, 32632, 7850])
def test_cursor_plane_coordinates_agree_with_pyproj(page, live_server, demo, epsg):
    from geodata.crs import proj4_of

    page.goto(f"{live_server}/")
    lon, lat = {6677: (139.7412, 35.4931), 32632: (7.4235, 43.7339), 7850: (114.6, -28.77)}[epsg]
    got = page.evaluate("([p, lon, lat]) => makeProjector(p)(lon, lat)", [proj4_of(epsg), lon, lat])
    x, y = Transformer.from_crs(4326, epsg, always_xy=True).transform(lon, lat)
    assert (got["easting"], got["northing"]) == pytest.approx((x, y), abs=0.001)


def test_a_bim_model_is_drawn_linked_and_listed_in_its_facility_panel(page, live_server, demo):
    token = demo["demo-engineer"]
    docks = quai_des_docks(live_server, token)
    from shapely.geometry import shape

    point = shape(docks["geometry"]).representative_point()
    log_in(page, live_server, token)
    wait_for_map(page)
    zoom_to(page, point.x, point.y, 18)
    # the demo model's footprint is drawn around the quay line, linked to it
    wait_until(
        page,
        """([lon, lat, id]) => {
        const deck = window.__porttwinDeck;
        const [x, y] = deck.getViewports()[0].project([lon, lat]);
        const picked = deck.pickObjects({x: x - 20, y: y - 20, width: 40, height: 40});
        const bim = picked.find((i) => i.layer.id === "bim" && i.object);
        const p = bim && bim.object.properties;
        return !!p && p.facility_id === id && p.link_method === "external_id";
    }""",
        arg=[point.x, point.y, docks["id"]],
        timeout=30_000,
    )
    # the cursor readout uses the metric CRS of the port under the cursor (Nice), whichever
    # port is selected in the list
    nice = httpx.get(f"{live_server}/api/v1/ports/FRNCE", headers=auth(token)).json()
    page.mouse.move(*pixel_of(page, point.x, point.y))
    assert f"EPSG:{nice['metric_epsg']}" in page.locator("#cursor").inner_text()
    page.mouse.click(*pixel_of(page, point.x, point.y))
    wait_until(
        page, "document.getElementById('panel-title').textContent.includes('Quai des Docks')"
    )
    page.wait_for_selector("#panel-body .bim li", timeout=20_000)
    listed = page.locator("#panel-body .bim").inner_text()
    assert "demo-quai-des-docks.ifc" in listed and "GLB" in listed
    assert page.locator("#panel-body button", has_text="IFC 4.3").count() == 1
    page.screenshot(path=str(ARTIFACTS / "bim.png"))


def test_the_bim_model_is_shown_in_3d_on_its_facility(page, live_server, demo):
    """The GLB is placed at its origin with its true bearing: both ends of the quay pick it."""
    token = demo["demo-engineer"]
    docks = quai_des_docks(live_server, token)
    from shapely.geometry import shape

    line = shape(docks["geometry"])
    middle = line.interpolate(0.5, normalized=True)
    ends = [line.interpolate(f, normalized=True) for f in (0.05, 0.95)]
    log_in(page, live_server, token)
    wait_for_map(page)
    page.select_option("#port", "FRNCE")
    page.fill("#search-text", "Quai des Docks")
    page.click("#search button")
    wait_until(
        page, "document.getElementById('panel-title').textContent.includes('Quai des Docks')"
    )
    zoom_to(page, middle.x, middle.y, 16)
    page.wait_for_selector("#panel-body .bim button.show-3d", timeout=20_000)
    page.click("#panel-body .bim button.show-3d")
    wait_until(
        page,
        """(points) => {
        const deck = window.__porttwinDeck;
        const viewport = deck.getViewports()[0];
        return points.every(([lon, lat]) => {
            const [x, y] = viewport.project([lon, lat, 1]);
            const info = deck.pickObject({x, y, radius: 3, layerIds: ["bim-3d"]});
            return !!info && !!info.object;
        });
    }""",
        arg=[[p.x, p.y] for p in ends],
        timeout=30_000,
    )
    page.screenshot(path=str(ARTIFACTS / "bim-3d.png"))
    assert page.errors == []


def panel_of(page: Page, server: str, token: str, name: str) -> None:
    log_in(page, server, token)
    wait_for_map(page)
    page.fill("#search-text", name)
    page.click("#search button")
    wait_until(page, f"document.getElementById('panel-title').textContent.includes('{name}')")
    page.wait_for_selector("#panel-body table")


def test_the_panel_shows_names_not_codes_in_both_languages(page, live_server, demo):
    page.add_init_script("localStorage.setItem('porttwin.lang', 'ja')")
    panel_of(page, live_server, demo["demo-inspector"], "Quai des Docks")
    text = page.locator("#panel-body").inner_text()
    assert "本体工（ケーソン）の損傷・劣化" in text and "ケーソン" in text
    assert "点検範囲" in text
    for code in ("caisson_damage", "apron_settlement", "superstructure", "pavement"):
        assert code not in text, code
    page.click("#lang")
    wait_until(page, "document.getElementById('panel-body').innerText.includes('Coverage')")
    wait_until(
        page,
        "document.getElementById('panel-body').innerText.includes('Caisson damage')",
        timeout=15_000,
    )
    text = page.locator("#panel-body").inner_text()
    assert "Apron settlement and cavities" in text and "caisson_damage" not in text


def test_a_field_package_is_downloaded_and_taken_back_with_its_problems_listed(
    page, live_server, demo, tmp_path
):
    import io
    import zipfile

    from openpyxl import load_workbook

    page.add_init_script("localStorage.setItem('porttwin.lang', 'en')")
    panel_of(page, live_server, demo["demo-inspector"], "Quai des Docks")
    with page.expect_download() as got:
        page.click("#panel-body .package-download")
    package = tmp_path / "package.zip"
    got.value.save_as(package)
    with zipfile.ZipFile(package) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    book = load_workbook(io.BytesIO(files["form.xlsx"]))
    sheet = book["findings"]
    col = {c.value: i + 1 for i, c in enumerate(sheet[1])}
    sheet.cell(5, col["grade"], "x")  # a slip of the finger
    out = io.BytesIO()
    book.save(out)
    files["form.xlsx"] = out.getvalue()
    filled = tmp_path / "filled.zip"
    with zipfile.ZipFile(filled, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    page.set_input_files("#panel-body .package-upload input[type=file]", str(filled))
    page.click("#panel-body .package-upload button")
    page.wait_for_selector("#panel-body .package-result table.problems")
    cells = page.locator("#panel-body .package-result table.problems tr").nth(1).inner_text()
    assert "findings" in cells and "5" in cells and "grade" in cells and "'x'" in cells


def test_an_external_inspection_is_in_the_timeline_marked_as_such(
    page, live_server, engine, make_port, make_token
):
    """A PLATEAU bridge's recorded inspection (issue 15): in the panel's timeline, marked as
    another system's record, in its own scale."""
    port = make_port(metric_epsg=6671)
    bridge = Path(__file__).parents[1] / "data/plateau/udx/brid/hodokyo_51324378_brid_6697.gml"
    with session_scope(engine) as session:
        run_import(session, SYSTEM, "plateau", bridge, port.code)
    page.add_init_script("localStorage.setItem('porttwin.lang', 'ja')")
    panel_of(page, live_server, make_token("viewer", port), "東蟹屋陸橋")
    wait_until(page, "document.querySelector('#panel-body .timeline li.external') !== null")
    entry = page.locator("#panel-body .timeline li.external").inner_text()
    assert entry.startswith("2019 外部記録 (PLATEAU)") and "判定区分Ⅰ（健全）" in entry

"""The viewer as an engineer uses it every day, in Debian's Chromium: an offline basemap
under labelled facilities, tooltips and a highlighted selection, a toolbar on one row, empty
states that say what is missing, past inspections opened and compared, photos large with
their captions, a session that survives reloads and new tabs, links that follow the address,
and no serious or critical accessibility violation (axe-core) on any screen. Screenshots go
to test-artifacts/viewer/."""

from __future__ import annotations

import httpx
from browser import wait_until
from helpers import auth, jpeg_with_gps, quay
from playwright.sync_api import Page
from test_viewer import ARTIFACTS, graded_pier, log_in, pixel_of, wait_for_map, zoom_to

AXE_RUN = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                   nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}"""


def serious(tab: Page) -> list[dict]:
    return tab.evaluate(AXE_RUN)


def find(server: str, token: str, **params: str) -> list[dict]:
    return httpx.get(
        f"{server}/ogc/collections/facilities/items",
        params={"limit": 500, **params},
        headers=auth(token),
        timeout=60,
    ).json()["features"]


def open_by_hash(tab: Page, server: str, port: str, facility_id: str) -> None:
    tab.goto(f"{server}/#port={port}&facility={facility_id}")
    wait_until(tab, "!document.getElementById('panel').hidden")
    tab.wait_for_selector("#panel-body table")


def test_axe_finds_no_serious_violation_on_any_screen(tab, live_server, demo):
    tab.goto(f"{live_server}/")
    tab.wait_for_selector("#login:not([hidden])")
    screens = {"login": serious(tab)}
    log_in(tab, live_server, demo["demo-inspector"])
    wait_for_map(tab)
    screens["map"] = serious(tab)
    tab.click("#filters-menu summary")
    screens["filters"] = serious(tab)
    tab.click("#filters-menu summary")
    tab.fill("#search-text", "Quai des Docks")
    tab.click("#search button")
    tab.wait_for_selector("#panel-body table")
    tab.wait_for_selector(".timeline button.link")
    screens["panel"] = serious(tab)
    tab.locator(".timeline button.link").first.click()
    tab.wait_for_selector("#inspection-dialog[open] table.findings")
    screens["inspection"] = serious(tab)
    tab.keyboard.press("Escape")
    tab.click("#panel-close")
    tab.click("#show-list")
    tab.wait_for_selector("#list-body tr")
    screens["list"] = serious(tab)
    assert {name: found for name, found in screens.items() if found} == {}
    assert not tab.errors  # type: ignore[attr-defined]


def test_the_toolbar_fits_one_row_on_a_laptop(tab, live_server, demo):
    log_in(tab, live_server, demo["demo-engineer"])
    wait_for_map(tab)
    for width in (1400, 1280):
        tab.set_viewport_size({"width": width, "height": 800})
        tab.wait_for_timeout(200)
        header = tab.locator("header").bounding_box()
        assert header is not None and header["height"] < 52, (width, header)
    # the filters are a click away, and still filter
    tab.click("#filters-menu summary")
    assert tab.locator("#filter-grade").is_visible()


def test_the_offline_basemap_and_labels_draw_under_the_facilities(tab, live_server, demo):
    tab.route("https://**", lambda route: route.abort())  # no internet, as on a site office PC
    log_in(tab, live_server, demo["demo-viewer"])
    wait_for_map(tab)
    pier = next(
        f for f in find(live_server, demo["demo-viewer"], kind="pier") if f["properties"]["grade"]
    )
    lon, lat = pier["geometry"]["coordinates"][0][0][:2]
    tab.evaluate(
        "([lon, lat]) => { const s = window.__porttwin; s.deck.setProps({ initialViewState: "
        "{ ...s.viewState, longitude: lon, latitude: lat, zoom: 17 } }); }",
        [lon, lat],
    )
    wait_until(
        tab,
        "window.__porttwinDeck.layerManager.getLayers().some((l) => l.id.startsWith('basemap-port')"
        " && l.props.data && l.isLoaded)",
    )
    wait_until(
        tab,
        "window.__porttwinDeck.layerManager.getLayers().some((l) => l.id.endsWith('-labels')"
        " && l.props.data.length > 0)",
    )
    tab.wait_for_timeout(800)
    tab.screenshot(path=str(ARTIFACTS / "basemap-offline.png"))
    assert "OpenStreetMap" in tab.locator("#attribution").inner_text()
    assert tab.locator("#message").inner_text() == ""
    # an online basemap that cannot be reached says so, and how to get a map anyway
    tab.click("#map-menu summary")
    tab.select_option("#basemap", "gsi")
    wait_until(tab, "document.getElementById('message').textContent.length > 0")
    assert "オフライン" in tab.locator("#message").inner_text()


TOOLTIP_SHOWN = (
    "(() => { const t = document.querySelector('.deck-tooltip');"
    " return !!t && t.style.display !== 'none' && t.textContent.length > 0; })()"
)


def test_a_click_hides_the_tooltip_and_outlines_the_selection(tab, live_server, demo):
    token = demo["demo-viewer"]
    pier = graded_pier(live_server, token)
    log_in(tab, live_server, token)
    wait_for_map(tab)
    zoom_to(tab, pier["lon"], pier["lat"])
    x, y = pixel_of(tab, pier["lon"], pier["lat"])
    tab.mouse.move(x, y)
    wait_until(tab, TOOLTIP_SHOWN)  # hovering shows what is under the pointer
    tab.mouse.click(x, y)
    wait_until(tab, "!document.getElementById('panel').hidden")
    wait_until(tab, "window.__porttwinDeck.props.layers.some((l) => l.id === 'selection')")
    assert tab.evaluate("window.__porttwin.selected") == pier["id"]
    tab.mouse.move(x + 1, y)  # still over the clicked facility: the panel says the rest
    tab.wait_for_timeout(300)
    assert not tab.evaluate(TOOLTIP_SHOWN)
    tab.click("#panel-close")
    wait_until(tab, "!window.__porttwinDeck.props.layers.some((l) => l.id === 'selection')")
    assert "facility=" not in tab.evaluate("location.hash")


def test_the_session_survives_reloads_and_new_tabs_and_links_follow_the_hash(
    tabs, live_server, demo
):
    token = demo["demo-inspector"]
    docks = next(
        f
        for f in find(live_server, token, port_code="FRNCE")
        if f["properties"]["name_en"] == "Quai des Docks"
    )
    first = tabs.new_page()
    log_in(first, live_server, token)
    wait_for_map(first)
    first.reload()
    wait_for_map(first)
    assert first.locator("#login").is_hidden()
    # a link opened in a new tab: no token asked, the port and the facility opened
    second = tabs.new_page()
    open_by_hash(second, live_server, "FRNCE", docks["id"])
    assert second.locator("#login").is_hidden()
    assert "Quai des Docks" in second.locator("#panel-title").inner_text()
    assert second.evaluate("window.__porttwin.port.code") == "FRNCE"
    # the address edited in an open tab is followed
    second.evaluate("location.hash = 'port=MCMON'")
    wait_until(second, "window.__porttwin.port && window.__porttwin.port.code === 'MCMON'")
    wait_until(second, "document.getElementById('panel').hidden")
    second.evaluate(f"location.hash = 'port=FRNCE&facility={docks['id']}'")
    wait_until(second, "!document.getElementById('panel').hidden")
    # logging out in one tab logs out the others
    second.click("#logout")
    wait_until(first, "!document.getElementById('login').hidden", timeout=10_000)
    assert first.evaluate("sessionStorage.getItem('porttwin.token')") is None


def test_past_inspections_open_and_two_are_compared(tab, live_server, demo):
    token = demo["demo-inspector"]
    docks = next(
        f
        for f in find(live_server, token, port_code="FRNCE")
        if f["properties"]["name_en"] == "Quai des Docks"
    )
    records = httpx.get(
        f"{live_server}/api/v1/inspections",
        params={"facility_id": docks["id"], "limit": 50},
        headers=auth(token),
    ).json()["items"]
    assert len(records) >= 2
    log_in(tab, live_server, token)
    wait_for_map(tab)
    open_by_hash(tab, live_server, "FRNCE", docks["id"])
    links = tab.locator(".timeline button.link")
    assert links.count() == len(records)
    oldest = records[-1]
    links.nth(len(records) - 1).click()
    tab.wait_for_selector("#inspection-dialog[open] table.findings")
    assert oldest["started_on"] in tab.locator("#inspection-title").inner_text()
    rows = tab.locator("#inspection-dialog table.findings tr").count() - 1
    assert rows == len(oldest["findings"])
    tab.screenshot(path=str(ARTIFACTS / "inspection.png"))
    tab.click("#inspection-dialog [data-close]")
    boxes = tab.locator(".timeline input[type=checkbox]")
    boxes.nth(0).check()
    assert tab.locator("button.compare").is_disabled()
    boxes.nth(len(records) - 1).check()
    tab.click("button.compare")
    tab.wait_for_selector("#inspection-dialog[open] table.findings")
    title = tab.locator("#inspection-title").inner_text()
    assert f"{oldest['started_on']} → {records[0]['started_on']}" in title
    worse = sum(
        1
        for old in oldest["findings"]
        for new in records[0]["findings"]
        if (old["item_code"], old["component_type"], old["span"])
        == (new["item_code"], new["component_type"], new["span"])
        and old["grade"]
        and new["grade"]
        and new["grade"] < old["grade"]  # a is worse than d
    )
    assert tab.locator("#inspection-dialog tr.worse").count() == worse
    tab.screenshot(path=str(ARTIFACTS / "inspection-compare.png"))


def test_a_photo_opens_large_with_what_it_shows(tab, live_server, demo):
    token = demo["demo-inspector"]
    docks = next(
        f
        for f in find(live_server, token, port_code="FRNCE")
        if f["properties"]["name_en"] == "Quai des Docks"
    )
    headers = auth(token)
    earlier = next(  # a finding of the facility's history (other tests add records too)
        record["findings"][0]
        for record in httpx.get(
            f"{live_server}/api/v1/inspections",
            params={"facility_id": docks["id"], "limit": 50},
            headers=headers,
        ).json()["items"]
        if record["findings"] and record["findings"][0]["component_id"]
    )
    record = httpx.post(
        f"{live_server}/api/v1/inspections",
        json={
            "facility_id": docks["id"],
            "inspection_type": "extraordinary",
            "started_on": "2026-11-20",
        },
        headers=headers,
    ).json()
    seen = {k: earlier[k] for k in ("item_code", "component_id", "component_type", "span")} | {
        "grade": "b"
    }
    added = httpx.post(
        f"{live_server}/api/v1/inspections/{record['id']}/findings", json=[seen], headers=headers
    )
    assert added.status_code == 200, added.text
    finding_id = added.json()["findings"][0]["id"]
    lon, lat = docks["geometry"]["coordinates"][0][:2]
    stored = httpx.post(
        f"{live_server}/api/v1/inspections/{record['id']}/attachments",
        files={"file": ("crack.jpg", jpeg_with_gps(lon, lat, "2026:11:20 10:00:00"), "image/jpeg")},
        data={"finding_id": finding_id},
        headers=headers,
    )
    assert stored.status_code == 201, stored.text
    log_in(tab, live_server, token)
    wait_for_map(tab)
    open_by_hash(tab, live_server, "FRNCE", docks["id"])
    tab.locator(f".timeline button[data-inspection='{record['id']}']").click()
    tab.wait_for_selector("#inspection-dialog[open] table.findings")
    tab.locator("#inspection-dialog table.findings button.link").first.click()
    tab.wait_for_selector("#photo-dialog[open] img")
    caption = tab.locator("#photo-dialog figcaption").inner_text()
    # what the photo shows, named (not coded), its span and grade, when, and the file
    assert earlier["item_code"] not in caption and f" {earlier['span']} · b" in caption
    assert "2026-11-20 10:00" in caption and "crack.jpg" in caption
    assert tab.evaluate("document.querySelector('#photo-dialog img').naturalWidth") > 0
    tab.screenshot(path=str(ARTIFACTS / "photo.png"))


def test_empty_states_and_a_never_inspected_facility_say_what_is_missing(
    tab, live_server, make_port, make_token
):
    port = make_port()
    engineer = make_token("engineer", port)
    log_in(tab, live_server, engineer)
    wait_until(tab, "!document.getElementById('empty').hidden")
    assert "施設が登録されていません" in tab.locator("#empty").inner_text()
    made = httpx.post(
        f"{live_server}/api/v1/facilities", json=quay(port.code), headers=auth(engineer)
    ).json()
    tab.goto(f"{live_server}/#port={port.code}&facility={made['id']}")
    tab.reload()
    wait_until(tab, "!document.getElementById('panel').hidden")
    tab.wait_for_selector("#panel-body table")
    text = tab.locator("#panel-body").inner_text()
    assert "点検記録なし（初回点検が必要）" in text
    assert "— ⚠" not in text


def test_a_grade_a_facility_says_why_its_forecast_is_flat(tab, live_server, demo):
    token = demo["demo-viewer"]
    worst = [f for f in find(live_server, token, kind="pier") if f["properties"]["grade"] == "A"]
    assert worst, "the demo has grade-A piers"
    log_in(tab, live_server, token)
    wait_for_map(tab)
    open_by_hash(tab, live_server, "MCMON", worst[0]["id"])
    tab.wait_for_selector(".forecast .notice")
    assert "対策" in tab.locator(".forecast .notice").inner_text()

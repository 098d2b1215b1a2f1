"""Picking single elements of a BIM model in 3D and reading (or setting) their registry
component (issue 18, point 7), in Chromium over the demo's model of Quai des Docks: the
registry's own IFC export, whose components stand in schematic bands (caisson, superstructure,
pavement, fenders on the face, bollards on top)."""

from __future__ import annotations

import httpx
from browser import wait_until
from helpers import auth
from playwright.sync_api import Page
from test_viewer import ARTIFACTS, log_in, quai_des_docks, wait_for_map, zoom_to
from test_viewer_daily import AXE_RUN


def components_of(server: str, token: str, facility_id: str) -> dict[tuple[str, str], dict]:
    features = httpx.get(
        f"{server}/ogc/collections/components/items",
        params={"facility_id": facility_id, "limit": 100},
        headers=auth(token),
    ).json()["features"]
    return {(f["properties"]["component_type"], f["properties"]["span"]): f for f in features}


def element_of(server: str, token: str, model_id: str, component_id: str) -> dict:
    items = httpx.get(
        f"{server}/api/v1/bim/models/{model_id}/elements",
        params={"limit": 100},
        headers=auth(token),
    ).json()["items"]
    return next(e for e in items if e["component_id"] == component_id)


def show_in_3d(tab: Page, server: str, token: str, facility_id: str) -> None:
    """Log in, open the facility's panel by link and show its model in 3D."""
    log_in(tab, server, token)
    wait_for_map(tab)
    tab.goto(f"{server}/#port=FRNCE&facility={facility_id}")
    tab.wait_for_selector("#panel-body .bim button.show-3d", timeout=30_000)
    tab.click("#panel-body .bim button.show-3d")
    tab.wait_for_timeout(1000)  # the flight to the model (600 ms) is over


def click_model_at(tab: Page, lon: float, lat: float, height: float) -> None:
    """A click on the model where (lon, lat) is seen from straight above, ``height`` metres
    up (the view centred there, so no parallax), once the 3D layer answers picking."""
    zoom_to(tab, lon, lat, 20.5)
    xy = wait_until(
        tab,
        """([lon, lat, h]) => {
        const deck = window.__porttwinDeck;
        const [x, y] = deck.getViewports()[0].project([lon, lat, h]);
        const hit = deck.pickObject({x, y, radius: 0, layerIds: ["bim-3d"]});
        return hit && hit.object ? [x, y] : null;
    }""",
        arg=[lon, lat, height],
        timeout=30_000,
    )
    box = tab.locator("#map").bounding_box()
    assert box is not None
    tab.mouse.click(box["x"] + xy[0], box["y"] + xy[1])


def shown_element(tab: Page, global_id: str) -> str:
    wait_until(
        tab,
        """(gid) => {
        const box = document.querySelector('#panel-body .bim-element');
        return !!box && box.textContent.includes(gid);
    }""",
        arg=global_id,
        timeout=30_000,
    )
    return tab.locator("#panel-body .bim-element").inner_text()


def test_a_click_on_the_3d_model_picks_one_element_and_names_its_component(tab, live_server, demo):
    token = demo["demo-engineer"]
    docks = quai_des_docks(live_server, token)
    model = httpx.get(
        f"{live_server}/api/v1/twin/facilities/{docks['id']}", headers=auth(token)
    ).json()["bim_models"][0]
    parts = components_of(live_server, token, docks["id"])
    tab.add_init_script("localStorage.setItem('porttwin.lang', 'ja')")
    show_in_3d(tab, live_server, token, docks["id"])

    # from above, each place shows the top of a different element of its span: the bollard
    # on top, the pavement over the superstructure, the fender on the face
    cases = {
        ("bollard", "2"): (parts[("bollard", "2")]["geometry"]["coordinates"], 5.6),
        ("fender", "3"): (parts[("fender", "3")]["geometry"]["coordinates"][1], 4.2),
        ("pavement", "1"): (parts[("pavement", "1")]["geometry"]["coordinates"][1], 4.8),
    }
    for (ctype, span), ((lon, lat), top) in cases.items():
        component = parts[(ctype, span)]
        element = element_of(live_server, token, model["id"], component["id"])
        click_model_at(tab, lon, lat, top)
        text = shown_element(tab, element["global_id"])
        assert element["ifc_class"] in text
        link = tab.locator("#panel-body .bim-element .element-link").inner_text()
        labels = {"bollard": "係船柱", "fender": "防舷材", "pavement": "舗装"}
        assert labels[ctype] in link and f"スパン {span}" in link, link
        grade = component["properties"]["grade"]
        assert (grade or "未点検") in link
        # the picked element is drawn over the model, the whole of it
        picked = tab.evaluate(
            """() => {
            const layer = window.__porttwinDeck.props.layers.find((l) => l.id === "bim-3d-picked");
            return layer ? layer.props.mesh.indices.value.length : 0;
        }"""
        )
        assert picked >= 36, picked  # a box at least: 12 triangles
    tab.evaluate(
        """([lon, lat]) => window.__porttwinDeck.setProps({initialViewState: {longitude: lon,
            latitude: lat, zoom: 19.2, pitch: 55, bearing: -30}})""",
        cases[("pavement", "1")][0],
    )
    tab.wait_for_timeout(1500)
    tab.screenshot(path=str(ARTIFACTS / "bim-3d-element.png"))
    violations = tab.evaluate(AXE_RUN)
    assert violations == [], violations

    # an engineer ties the element to another component; the registry keeps it
    pavement = parts[("pavement", "1")]
    element = element_of(live_server, token, model["id"], pavement["id"])
    other = parts[("superstructure", "1")]
    tab.select_option("#element-component", other["id"])
    tab.click("#panel-body .element-relink button")
    wait_until(
        tab,
        "document.querySelector('#panel-body .element-link').textContent.includes('manual')",
        timeout=20_000,
    )
    assert "上部工" in tab.locator("#panel-body .element-link").inner_text()
    relinked = httpx.get(
        f"{live_server}/api/v1/bim/models/{model['id']}/elements",
        params={"global_id": element["global_id"]},
        headers=auth(token),
    ).json()["items"]
    assert [(e["component_id"], e["link_method"]) for e in relinked] == [(other["id"], "manual")]
    put = httpx.put(
        f"{live_server}/api/v1/bim/models/{model['id']}/elements/{element['global_id']}/link",
        json={"component_id": pavement["id"]},
        headers=auth(token),
    )
    assert put.status_code == 200, put.text
    assert tab.errors == []


def test_a_reader_sees_the_element_but_cannot_relink_it(tab, live_server, demo):
    token = demo["demo-planner"]
    docks = quai_des_docks(live_server, token)
    bollard = components_of(live_server, token, docks["id"])[("bollard", "4")]
    show_in_3d(tab, live_server, token, docks["id"])
    lon, lat = bollard["geometry"]["coordinates"]
    click_model_at(tab, lon, lat, 5.6)
    wait_until(tab, "!!document.querySelector('#panel-body .bim-element .element-link')")
    assert tab.locator("#panel-body .element-relink").count() == 0
    assert tab.errors == []

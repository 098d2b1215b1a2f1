"""The API documentation pages work on a machine without internet: Swagger UI (/docs) and
ReDoc (/redoc) come from the npm packages the app serves, under the app's content security
policy, and ask nothing of any other host."""

from __future__ import annotations

import time

import pytest
from browser import RECORD_CSP
from playwright.sync_api import Page, sync_playwright
from processes import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="module")
def browser_page():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context()
        context.add_init_script(RECORD_CSP)
        page = context.new_page()
        page.elsewhere = []  # type: ignore[attr-defined]

        def only_here(route):
            if route.request.url.startswith("http://127.0.0.1"):
                route.continue_()
            else:
                page.elsewhere.append(route.request.url)  # type: ignore[attr-defined]
                route.abort()

        context.route("**/*", only_here)
        yield page
        browser.close()


def count_when_drawn(page: Page, selector: str, seconds: float = 30) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        n = page.evaluate(f"document.querySelectorAll({selector!r}).length")
        if n:
            return int(n)
        page.wait_for_timeout(200)
    return 0


def drawn_while_scrolling(page: Page, selector: str) -> set[str]:
    """Ids of every ``selector`` element drawn from the top of the page to its bottom. Swagger
    UI 5 draws a long list of operations virtualised (only those near the view exist), so the
    page is scrolled a screen at a time and what each screen holds is collected."""
    seen: set[str] = set()
    script = f"[...document.querySelectorAll({selector!r})].map((b) => b.id)"
    page.evaluate("window.scrollTo(0, 0)")
    for _ in range(2000):
        page.wait_for_timeout(50)
        seen.update(page.evaluate(script))
        at_bottom = page.evaluate(
            "window.scrollY + window.innerHeight >= document.body.scrollHeight - 2"
        )
        if at_bottom:
            page.wait_for_timeout(200)
            seen.update(page.evaluate(script))
            return seen
        page.evaluate("window.scrollBy(0, window.innerHeight / 2)")
    raise AssertionError("the page did not reach its bottom while scrolling")


def test_swagger_ui_shows_every_operation_offline(browser_page, live_server, client):
    page = browser_page
    page.goto(f"{live_server}/docs")
    paths = client.get("/openapi.json").json()["paths"]
    wanted = {op["operationId"] for ops in paths.values() for op in ops.values()}
    assert count_when_drawn(page, ".opblock")
    drawn = drawn_while_scrolling(page, ".opblock")
    # each block is "operations-<tag>-<operationId>"; an operation with two tags shows twice
    assert {w for w in wanted if any(d.endswith(f"-{w}") for d in drawn)} == wanted
    assert page.evaluate("window.__cspViolations") == []
    assert page.elsewhere == []  # type: ignore[attr-defined]


def test_redoc_shows_the_api_offline(browser_page, live_server):
    page = browser_page
    page.goto(f"{live_server}/redoc")
    assert count_when_drawn(page, "li[data-item-id]") > 50
    assert "Port Twin" in page.inner_text("h1")
    # ReDoc always shows Redocly's logo from their CDN; the policy keeps it off the network
    blocked = page.evaluate("window.__cspViolations")
    assert set(blocked) <= {"img-src https://cdn.redoc.ly/redoc/logo-mini.svg"}
    assert page.elsewhere == []  # type: ignore[attr-defined]

"""What the browser tests share: recording what the content security policy blocks, and
waiting for the page without the eval the policy forbids."""

from __future__ import annotations

import time
from typing import Any

from playwright.sync_api import Page

# Every page records what the content security policy blocked; the viewer must need nothing
# the policy forbids, so each test ends by checking that nothing was blocked.
RECORD_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


def wait_until(page: Page, expression: str, arg: object = None, timeout: float = 30_000) -> Any:
    """Poll a JavaScript expression (or function of ``arg``) until it is truthy; its value.
    (Playwright's wait_for_function evaluates its predicate with eval, which the viewer's
    CSP rightly forbids; evaluate() goes through the DevTools protocol, which a page's CSP
    does not govern.)"""
    deadline = time.monotonic() + timeout / 1000
    while not (value := page.evaluate(expression, arg)):
        if time.monotonic() > deadline:
            raise TimeoutError(f"still false after {timeout / 1000:g} s: {expression}")
        page.wait_for_timeout(100)
    return value

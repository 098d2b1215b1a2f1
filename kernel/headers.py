"""Security headers on every answer: what a browser may load, frame or sniff.

The content security policy is the viewer's: its own scripts and styles, deck.gl's workers
(from blob: URLs), and the two online basemaps it offers (GSI and OpenStreetMap tiles). No
inline script anywhere, the API documentation pages included.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

BASEMAPS = "https://cyberjapandata.gsi.go.jp https://tile.openstreetmap.org"
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",  # WebAssembly (deck.gl's loaders), never JS eval
        "worker-src 'self' blob:",
        "child-src 'self' blob:",
        f"img-src 'self' data: blob: {BASEMAPS}",
        f"connect-src 'self' data: blob: {BASEMAPS}",
        "style-src 'self' 'unsafe-inline'",
        "font-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(self)"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)

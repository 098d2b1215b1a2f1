"""The request guard: what is checked before a request body is read.

FastAPI reads (and spools to disk) a whole multipart body before any dependency runs, so a
token dependency cannot stop a 2 GiB upload without a token, and a route's own size check
comes after the bytes arrived. This ASGI middleware runs first:

- a path or query string holding a control character (NUL …) is refused (400) naming the
  parameter;
- a request with a body must carry a valid API token (401 before one byte is read); the
  caller found here is handed to the route (``request.state.principal``), not looked up
  twice;
- the declared ``Content-Length`` must be within the route's limit (413 at once), and the
  bytes are counted as they arrive (413 past the limit, whatever was declared);
- a body that stalls (nothing for ``body_idle_timeout_s``) or trickles (slower than
  ``body_min_rate_kbps`` after the first minute) is cut off with 408;
- ``OPTIONS`` on an API path answers 204 with ``Allow``, and a method the path does not have
  answers 405 with the ``Allow`` that path really has.

The API's paths, methods and body limits are read once from the app's OpenAPI document.

A route states its limit with ``openapi_extra=body_limit("upload")`` (see :data:`LIMITS`);
other routes take JSON bodies up to ``max_json_mb``.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kernel.auth.service import Principal, authenticate, token_from_header
from kernel.database import is_unavailable
from kernel.errors import PortTwinError, Unauthenticated
from kernel.schemas import CONTROL
from kernel.settings import Settings

LIMIT_KEY = "x-body-limit"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def body_limit(kind: str) -> dict[str, Any]:
    """``openapi_extra`` of a route whose body is not a small JSON document; ``kind`` is a key
    of :data:`LIMITS`."""
    if kind not in LIMITS:
        raise ValueError(f"unknown body limit {kind!r}")
    return {LIMIT_KEY: kind}


LIMITS: dict[str, Callable[[Settings], int]] = {
    "json": lambda s: s.max_json_mb << 20,
    "upload": lambda s: s.max_upload_mb << 20,
    "attachment": lambda s: min(s.max_upload_mb, s.max_attachment_mb) << 20,
    "bulk": lambda s: s.max_upload_mb << 20,
}


class BodyRefused(PortTwinError):
    """Raised from ``receive`` when the body is cut off; the guard sends the answer."""


def problem(status: int, title: str, detail: str, **extra: Any) -> tuple[int, bytes]:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return status, json.dumps(body, ensure_ascii=False).encode()


class RequestGuard:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self._paths: list[_Path] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = _control_in_parameters(scope)
        if refused:
            await _answer(send, *refused)
            return
        allowed = self._methods(scope)
        method = scope["method"]
        if allowed and (method == "OPTIONS" or method not in allowed):
            allow = [(b"allow", ", ".join(sorted(allowed)).encode())]
            if method == "OPTIONS":
                await _answer(send, 204, b"", extra_headers=allow)
            else:
                await _answer(
                    send,
                    *problem(405, "Method Not Allowed", f"{method} is not a method of this path"),
                    extra_headers=allow,
                )
            return
        if method not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        try:
            principal = await anyio.to_thread.run_sync(
                self._authenticate, scope, headers.get("authorization")
            )
        except Unauthenticated as exc:
            await _answer(
                send,
                *problem(401, "Unauthorized", exc.message),
                extra_headers=[(b"www-authenticate", b"Bearer")],
            )
            return
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            await _answer(
                send,
                *problem(
                    503,
                    "Service Unavailable",
                    "the database is not reachable; the service recovers by itself, try "
                    "again shortly",
                ),
                extra_headers=[(b"retry-after", b"5")],
            )
            return
        scope.setdefault("state", {})["principal"] = principal
        limit = self._limit(scope)
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await _answer(send, *problem(400, "Bad Request", "Content-Length is not a number"))
                return
            if int(declared) > limit:
                await _answer(send, *_too_large(limit, int(declared)))
                return
        await self._guarded(scope, receive, send, limit, int(declared or 0))

    def _authenticate(self, scope: Scope, header: str | None) -> Principal:
        token = token_from_header(header)
        with scope["app"].state.sessionmaker() as session, session.begin():
            return authenticate(session, token)

    def _table(self, scope: Scope) -> list[_Path]:
        if self._paths is None:
            self._paths = _api_paths(scope["app"].openapi())
        return self._paths

    def _methods(self, scope: Scope) -> set[str]:
        """The methods of the API path(s) the request's path matches (empty: not the API)."""
        path = scope["path"]
        out: set[str] = set()
        for entry in self._table(scope):
            if entry.pattern.fullmatch(path):
                out |= set(entry.limits)
        if "GET" in out:
            out.add("HEAD")
        return out | {"OPTIONS"} if out else out

    def _limit(self, scope: Scope) -> int:
        method, path = scope["method"], scope["path"]
        kind = next(
            (
                e.limits[method]
                for e in self._table(scope)
                if method in e.limits and e.pattern.fullmatch(path)
            ),
            "json",
        )
        return LIMITS[kind](self.settings)

    async def _guarded(
        self, scope: Scope, receive: Receive, send: Send, limit: int, declared: int
    ) -> None:
        settings = self.settings
        started = time.monotonic()
        expected = declared or limit
        deadline = started + max(60.0, expected / (settings.body_min_rate_kbps * 1024))
        received = 0
        cut: tuple[int, bytes] | None = None
        answered = False

        async def guarded_receive() -> Message:
            nonlocal received, cut
            if cut is not None:
                raise BodyRefused("the request body was refused")
            wait = min(settings.body_idle_timeout_s, max(0.0, deadline - time.monotonic()))
            try:
                with anyio.fail_after(wait):
                    message = await receive()
            except TimeoutError:
                cut = problem(
                    408,
                    "Request Timeout",
                    "the request body arrived too slowly or stopped; send it again",
                )
                raise BodyRefused("the request body timed out") from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    cut = _too_large(limit, received)
                    raise BodyRefused("the request body is too large")
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal answered
            if cut is not None and not answered:
                return  # the app's own answer to the cut body; ours is sent instead
            if message["type"] == "http.response.start":
                answered = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, guarded_send)
        except BodyRefused:
            pass
        except Exception:
            if cut is None:
                raise
        if cut is not None and not answered:
            await _answer(send, *cut)


@dataclass(frozen=True)
class _Path:
    pattern: re.Pattern[str]
    limits: dict[str, str]  # method → body limit kind


def _api_paths(spec: dict[str, Any]) -> list[_Path]:
    """Every API path as a pattern, with its methods and their body limits, from the app's
    OpenAPI document (where a route's ``openapi_extra`` puts its limit)."""
    out = []
    for path, operations in spec.get("paths", {}).items():
        pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)))
        limits = {
            method.upper(): operation.get(LIMIT_KEY, "json")
            for method, operation in operations.items()
            if isinstance(operation, dict) and method.upper() in HTTP_METHODS
        }
        out.append(_Path(pattern, limits))
    return out


def _too_large(limit: int, size: int) -> tuple[int, bytes]:
    return problem(
        413,
        "Content Too Large",
        f"the request body ({size:,} bytes) is larger than this route's limit of {limit >> 20} MB",
        limit_bytes=limit,
    )


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def _control_in_parameters(scope: Scope) -> tuple[int, bytes] | None:
    """400 for control characters (NUL …) in the path or a query parameter: no identifier,
    code or search text holds them, and PostgreSQL cannot store NUL."""
    raw_path = scope.get("raw_path") or scope["path"].encode()
    if CONTROL_BYTES.search(unquote_to_bytes(raw_path)):
        return problem(
            400, "Bad Request", "the path contains a control character", parameter="path"
        )
    query = unquote_to_bytes(scope.get("query_string", b"").replace(b"+", b" "))
    if not CONTROL_BYTES.search(query):
        return None
    for key, value in parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True):
        if CONTROL.search(key) or CONTROL.search(value):
            name = CONTROL.sub("?", key)
            return problem(
                400,
                "Bad Request",
                f"query parameter '{name}' contains a control character",
                parameter=name,
            )
    return None


async def _answer(
    send: Send,
    status: int,
    body: bytes,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    headers = [
        (b"content-length", str(len(body)).encode()),
        *(extra_headers or []),
    ]
    if body:
        headers.append((b"content-type", b"application/problem+json"))
    if status >= 400:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})

"""Domain errors with messages safe to show a user; mapped to HTTP status in one place."""

from __future__ import annotations

from typing import Any


class PortTwinError(Exception):
    """Base of all errors the service layer raises on purpose."""

    status_code = 400

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(PortTwinError):
    """The thing does not exist, or the caller may not know that it exists."""

    status_code = 404


class Unauthenticated(PortTwinError):
    status_code = 401


class BadRequest(PortTwinError):
    """A query parameter that cannot be understood (OGC APIs answer 400 for these)."""

    status_code = 400

    def __init__(self, message: str, *, parameter: str | None = None, **details: Any) -> None:
        super().__init__(message, parameter=parameter, **details)


class Forbidden(PortTwinError):
    """The caller may see the thing but not do this to it."""

    status_code = 403


class Conflict(PortTwinError):
    status_code = 409


class Gone(PortTwinError):
    """The record exists but the file behind it is missing from the store."""

    status_code = 410


class Invalid(PortTwinError):
    """Input that cannot be accepted; ``field`` names what is wrong."""

    status_code = 422

    def __init__(self, message: str, *, field: str | None = None, **details: Any) -> None:
        super().__init__(message, field=field, **details)
        self.field = field

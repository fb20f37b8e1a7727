"""The one error hierarchy of the mock.

Domain code raises these; a single writer (``error_body``) turns them into GHL's bodies:
``{"statusCode": 400, "message": "...", "error": "Bad Request", "traceId": "..."}``.
422 bodies carry a *list* of messages, as GHL's class-validator pipes do.

DECISION: every error body carries ``error`` (the HTTP reason phrase) and ``traceId``. The
official BadRequestDTO only names statusCode and message, UnauthorizedDTO adds error; none of
them forbids extra keys, and GHL sends a traceId on most responses.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any


class GhlError(Exception):
    """Base class: an HTTP status and a GHL-shaped message."""

    status: int = 500

    def __init__(self, message: str | list[str], *, status: int | None = None, **extra: Any) -> None:
        super().__init__(message if isinstance(message, str) else "; ".join(message))
        self.message = message
        if status is not None:
            self.status = status
        # Extra top-level keys some GHL errors carry (e.g. the existing contact's id on a duplicate).
        self.extra = extra

    @property
    def phrase(self) -> str:
        return HTTPStatus(self.status).phrase


class BadRequest(GhlError):
    """400: a business rule refused the request (GHL also uses it for unknown ids)."""

    status = 400


class Unauthorized(GhlError):
    """401: Version header, token, scope or token-class failures."""

    status = 401


class Forbidden(GhlError):
    """403: the token may not touch this location or company."""

    status = 403


class NotFound(GhlError):
    """404: no such route (GHL answers unknown ids with 400 BadRequest instead)."""

    status = 404


class ClientDisconnected(GhlError):
    """The request ended before its body did: nothing is done, and the answer reaches nobody."""

    status = 400


class PayloadTooLarge(GhlError):
    status = 413


class UnsupportedMediaType(GhlError):
    status = 415


class Unprocessable(GhlError):
    """422: DTO validation failed; ``message`` lists every violated constraint."""

    status = 422

    def __init__(self, messages: list[str], **extra: Any) -> None:
        super().__init__(list(messages), **extra)


class TooManyRequests(GhlError):
    status = 429


class NotImplementedByMock(GhlError):
    """501: an operation GHL serves and the mock does not, yet. One class and one message for both kinds: an
    official operation no area declares (routed from the official index) and a declared one whose handler is
    still ``@unwritten`` (what ``ghl-mock contract scaffold`` writes). Both are journaled as
    ``unimplemented_operation`` by the pipeline."""

    status = 501

    @classmethod
    def of(cls, operation: Any) -> NotImplementedByMock:
        """For an ``Operation`` or an index ``OfficialRoute`` (anything with ``operation_id`` and ``spec_file``)."""
        return cls(f"{operation.operation_id} ({operation.spec_file}) is not implemented by ghl-mock")


class ServiceUnavailable(GhlError):
    """503: the mock could not make a change durable (its disk is full, say), so it did not make it.

    DECISION: 503, not 507 or a bare 500. The refusal is temporary (it passes once space returns) and
    nothing was applied, which is what 503 tells a client (retry later, safely); 507 is WebDAV's, which
    GHL never sends and clients treat as final; a 500 would hide that the request left no trace."""

    status = 503


class OAuthError(GhlError):
    """The token endpoint's own error shape, observed live:
    ``401 {"error": "UnAuthorized!", "error_description": "Authorization code not found"}``."""

    status = 401

    def __init__(self, description: str, *, error: str = "UnAuthorized!", status: int | None = None) -> None:
        super().__init__(description, status=status)
        self.oauth_error = error


def error_body(error: GhlError, trace_id: str | None) -> dict[str, Any]:
    """The one writer of GHL error bodies."""
    if isinstance(error, OAuthError):
        return {"error": error.oauth_error, "error_description": error.message}
    body: dict[str, Any] = {"statusCode": error.status, "message": error.message, "error": error.phrase}
    body.update(error.extra)
    if trace_id is not None:
        body["traceId"] = trace_id
    return body

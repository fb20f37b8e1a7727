"""The loop guard: a header counts how deep in a chain of deliveries a request is.

Every delivery carries ``X-GHL-Mock-Webhook-Depth: n`` (1 for an event caused by a plain API call).
A receiver that calls the mock back while handling a delivery forwards the header it got (in-process
receivers need not: the depth follows the call by context); events caused by such a call are one
level deeper, and beyond ``MAX_DEPTH`` they are recorded but not delivered (status ``skipped``), so a
receiver that reacts to its own events cannot start an endless chain (the habit of Mockoon's callbacks).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar, Token

DEPTH_HEADER = "x-ghl-mock-webhook-depth"
MAX_DEPTH = 5  # DECISION: five hops of webhook -> API call -> webhook is more than any honest flow needs

_depth: ContextVar[int] = ContextVar("ghl_mock_webhook_depth", default=0)


def current_depth() -> int:
    """How many deliveries led to the request being served (0: a plain API call)."""
    return _depth.get()


class depth:
    """``with depth(n):`` serves what follows as ``n`` deliveries deep (a class, not a generator: every API
    request enters one, and a generator-based context manager costs several times more)."""

    __slots__ = ("_token", "_value")

    def __init__(self, value: int) -> None:
        self._value = value
        self._token: Token[int] | None = None

    def __enter__(self) -> None:
        if self._value != _depth.get():  # most requests stay at the depth they are already served at
            self._token = _depth.set(self._value)

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _depth.reset(self._token)
            self._token = None


def depth_of(headers: Mapping[str, str]) -> int:
    """The depth a request declares (or inherits in-process), 0 when it says nothing sensible."""
    raw = headers.get(DEPTH_HEADER)
    if raw is None:
        return _depth.get()
    try:
        return max(0, min(int(raw), 1000))
    except ValueError:
        return 0
